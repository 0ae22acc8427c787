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
    /// A Word 97–2003 document (.doc, or WPS Office's .wps).
    Doc,
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
            Format::Docx | Format::Doc => Key::FormatDocx,
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
/// Stored internally tagged (`{"kind": "date_inferred", "value": …}`), and
/// read back through [`StoredWarning`]: serde's reading of an internally
/// tagged enum buffers each value into its `Content` first, 12 KB of the
/// page's wasm for this one enum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "StoredWarning")]
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
    /// Nothing was read as the report's text: every line went to the
    /// page's furniture (a page saved before its script loaded the text).
    NoBody,
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

/// An [`ImportWarning`] as stored: its kind and every field any kind has.
/// Fields a kind does not have are ignored (as the `why` of old workspaces).
#[derive(Deserialize)]
struct StoredWarning {
    kind: WarningKind,
    count: Option<usize>,
    value: Option<String>,
    from: Option<Vec<String>>,
    field: Option<Field>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum WarningKind {
    DamagedBytes,
    DateNotFound,
    DateInferred,
    RegionNotFound,
    RegionGuessed,
    TitleDerived,
    NoBody,
    ValueIgnored,
    FromProperties,
}

impl TryFrom<StoredWarning> for ImportWarning {
    type Error = &'static str;

    fn try_from(stored: StoredWarning) -> Result<Self, Self::Error> {
        let StoredWarning {
            kind,
            count,
            value,
            from,
            field,
        } = stored;
        let value = || value.ok_or("an import warning without its value");
        let field = || field.ok_or("an import warning without its field");
        Ok(match kind {
            WarningKind::DamagedBytes => ImportWarning::DamagedBytes {
                count: count.ok_or("an import warning without its count")?,
            },
            WarningKind::DateNotFound => ImportWarning::DateNotFound,
            WarningKind::DateInferred => ImportWarning::DateInferred { value: value()? },
            WarningKind::RegionNotFound => ImportWarning::RegionNotFound,
            WarningKind::RegionGuessed => ImportWarning::RegionGuessed {
                from: from.ok_or("an import warning without the names it read")?,
            },
            WarningKind::TitleDerived => ImportWarning::TitleDerived,
            WarningKind::NoBody => ImportWarning::NoBody,
            WarningKind::ValueIgnored => ImportWarning::ValueIgnored {
                field: field()?,
                value: value()?,
            },
            WarningKind::FromProperties => ImportWarning::FromProperties {
                field: field()?,
                value: value()?,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_warning_reads_back_as_written() {
        let warnings = vec![
            ImportWarning::DamagedBytes { count: 3 },
            ImportWarning::DateNotFound,
            ImportWarning::DateInferred {
                value: "2024".into(),
            },
            ImportWarning::RegionNotFound,
            ImportWarning::RegionGuessed {
                from: vec!["坊子".into(), "潍坊".into()],
            },
            ImportWarning::TitleDerived,
            ImportWarning::NoBody,
            ImportWarning::ValueIgnored {
                field: Field::Date,
                value: "去年".into(),
            },
            ImportWarning::FromProperties {
                field: Field::Title,
                value: "政府工作报告".into(),
            },
        ];
        let json = serde_json::to_string(&warnings).unwrap();
        assert!(
            json.contains(r#"{"kind":"damaged_bytes","count":3}"#),
            "{json}"
        );
        let read: Vec<ImportWarning> = serde_json::from_str(&json).unwrap();
        assert_eq!(read, warnings);
    }

    #[test]
    fn a_warning_without_its_fields_is_refused_not_guessed() {
        for json in [
            r#"{"kind":"damaged_bytes"}"#,
            r#"{"kind":"value_ignored","value":"去年"}"#,
            r#"{"kind":"region_guessed"}"#,
            r#"{"kind":"no_such_kind"}"#,
            r#"{"count":3}"#,
        ] {
            assert!(
                serde_json::from_str::<ImportWarning>(json).is_err(),
                "{json}"
            );
        }
    }
}
