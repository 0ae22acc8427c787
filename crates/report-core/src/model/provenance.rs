//! Provenance: where an imported report came from (file, format, encoding),
//! what the import noticed and which fields a person corrected. Part of the
//! model because a `Report` carries it; how an import finds it out is
//! `import`'s (`Format::of`, `ImportWarning::describe` live there).

use serde::{Deserialize, Serialize};

use crate::i18n::Key;

/// What kind of file a report came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Html,
    Csv,
    Corpus,
    /// JSON records: an array of objects or JSON Lines.
    Json,
    /// A Word document (.docx).
    Docx,
    /// A PDF with a text layer.
    Pdf,
}

impl Format {
    /// What the interface calls the format.
    pub fn name(self) -> Key {
        match self {
            Format::Text => Key::FormatText,
            Format::Html => Key::FormatHtml,
            Format::Csv => Key::FormatCsv,
            Format::Corpus => Key::FormatCorpus,
            Format::Json => Key::FormatJson,
            Format::Docx => Key::FormatDocx,
            Format::Pdf => Key::FormatPdf,
        }
    }
}

/// A report field a file can give or a person can correct.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Title,
    Date,
    Region,
    Source,
}

impl Field {
    /// What the interface calls the field.
    pub fn name(self) -> Key {
        match self {
            Field::Title => Key::FieldTitle,
            Field::Date => Key::FieldDate,
            Field::Region => Key::FieldRegion,
            Field::Source => Key::FieldSource,
        }
    }

    /// A stable identifier (element ids, test ids).
    pub fn label(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Date => "date",
            Field::Region => "region",
            Field::Source => "source",
        }
    }
}

/// Where an imported report came from, and what the import noticed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Imported {
    /// The file's name as the user had it.
    pub file: String,
    pub format: Format,
    /// The encoding the file was read as (`UTF-8`, `gb18030`, …).
    pub encoding: String,
    /// What the import noticed about the file or the values it gave; the
    /// warnings that follow from the report itself are [`warnings`].
    pub notes: Vec<ImportWarning>,
    /// Fields a person corrected by hand.
    pub corrected: Vec<Field>,
    /// Import order across the workspace.
    pub sequence: u64,
}

/// Something an import did not find or had to guess. Never fatal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ImportWarning {
    /// Invalid UTF-8 sequences were replaced with U+FFFD.
    DamagedBytes {
        count: usize,
    },
    DateNotFound,
    /// The date was inferred, not stated.
    DateInferred {
        value: String,
    },
    RegionNotFound,
    /// The region was recognised from short names only (坊子 for 坊子区).
    RegionGuessed {
        from: Vec<String>,
    },
    /// No title line: the title was made from the text.
    TitleDerived,
    /// A file's column gave a value that could not be used. (Workspaces
    /// stored before the interface spoke two languages also carry a `why`
    /// sentence; it is ignored, and said again from `field`.)
    ValueIgnored {
        field: Field,
        value: String,
    },
    /// The text states no such value: it was taken from the document's
    /// own properties (a Word file's core properties, a PDF's Info).
    FromProperties {
        field: Field,
        value: String,
    },
}
