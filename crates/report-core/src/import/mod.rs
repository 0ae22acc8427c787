//! Bringing a user's own files in: bytes to reports, through the same
//! pipeline as the bundled corpus, with a result per file.
//!
//! Two steps, so a caller can show progress and stay responsive between
//! reports: [`prepare_file`] checks, decodes and splits a file into units
//! (a text file is one, a CSV file one per row, a corpus JSON one per
//! report); [`finish_unit`] turns one unit into a report, or recognises it
//! as one already known. [`import_file`] does both for callers that need
//! not pause (the command line, tests).

mod correction;
mod csv_rows;
mod decode;
mod exchange;
mod html_text;

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::corpus::{parse_corpus, CorpusError};
use crate::model::Report;
use crate::pipeline::{process_report, stable_id};

pub use correction::{apply_correction, resolve_region, Correction, FieldError};
pub use csv_rows::text_header_names;
pub use exchange::{run_correction, ImportMessage, ImportRequest, WorkerRequest};
pub use html_text::{html_to_text, looks_like_html};

/// Files larger than this are refused before they are read: 20 MB holds
/// thousands of reports as text, and reading more would stall a phone.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// The cap as people read it.
pub fn max_file_size_label() -> String {
    format!("{} MB", MAX_FILE_BYTES / (1024 * 1024))
}

/// What kind of file a report came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Html,
    Csv,
    Corpus,
}

impl Format {
    /// From the file name's extension, else from the content.
    pub fn of(file: &str, text: &str) -> Format {
        let extension = file.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        match extension.as_deref() {
            Some("html" | "htm" | "xhtml" | "shtml") => Format::Html,
            Some("csv") => Format::Csv,
            Some("json") => Format::Corpus,
            Some("txt" | "text") => Format::Text,
            _ if text.trim_start().starts_with('{') => Format::Corpus,
            _ if looks_like_html(text) => Format::Html,
            _ => Format::Text,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "web page",
            Format::Csv => "CSV",
            Format::Corpus => "corpus JSON",
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
    /// A file's column gave a value that could not be used.
    ValueIgnored {
        field: Field,
        value: String,
        why: String,
    },
}

impl fmt::Display for ImportWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportWarning::DamagedBytes { count } => write!(
                f,
                "{count} damaged byte sequence{} replaced with �",
                if *count == 1 { "" } else { "s" }
            ),
            ImportWarning::DateNotFound => f.write_str("date not found"),
            ImportWarning::DateInferred { value } => {
                write!(f, "date inferred as {value}, not stated")
            }
            ImportWarning::RegionNotFound => f.write_str("region not found"),
            ImportWarning::RegionGuessed { from } => {
                write!(f, "region guessed from {}", from.join("、"))
            }
            ImportWarning::TitleDerived => f.write_str("no title: made from the first sentence"),
            ImportWarning::ValueIgnored { field, value, why } => {
                write!(f, "{} “{value}” ignored: {why}", field.label())
            }
        }
    }
}

/// Why a file was not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    Empty,
    TooLarge {
        bytes: u64,
    },
    Binary {
        kind: &'static str,
    },
    UnknownEncoding,
    /// A web page or text with nothing left once markup is dropped.
    NoText,
    NoTextColumn {
        headers: Vec<String>,
    },
    InvalidCsv(String),
    Corpus(CorpusError),
    NoReports,
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejection::Empty => f.write_str("the file is empty"),
            Rejection::TooLarge { bytes } => write!(
                f,
                "the file is {:.1} MB; files up to {} can be imported (split it into smaller files)",
                *bytes as f64 / (1024.0 * 1024.0),
                max_file_size_label()
            ),
            Rejection::Binary { kind } => write!(
                f,
                "this is {kind}, not text: import reports as .txt, .html, .csv or corpus .json"
            ),
            Rejection::UnknownEncoding => f.write_str(
                "the text is in no encoding Report Explorer reads (UTF-8, UTF-16, GBK/GB18030, Big5)",
            ),
            Rejection::NoText => f.write_str("there is no text in it once the markup is removed"),
            Rejection::NoTextColumn { headers } => write!(
                f,
                "no text column: the header row has {}; name the column with the report text one of: {}",
                if headers.is_empty() {
                    "no names".to_string()
                } else {
                    headers.join(", ")
                },
                text_header_names()
            ),
            Rejection::InvalidCsv(why) => write!(f, "the CSV cannot be read: {why}"),
            Rejection::Corpus(e) => e.fmt(f),
            Rejection::NoReports => f.write_str("the corpus has no reports"),
        }
    }
}

/// Values a file gives for a report beside its text (CSV columns).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Given {
    pub title: Option<String>,
    pub date: Option<String>,
    pub region: Option<String>,
    pub source: Option<String>,
}

/// One report's worth of a file.
#[derive(Debug, Clone)]
pub enum Unit {
    Text {
        origin: String,
        text: String,
        given: Given,
    },
    /// A report from a corpus JSON, already processed.
    Report(Box<Report>),
}

/// A file checked, decoded and split into units.
#[derive(Debug)]
pub struct PreparedFile {
    pub file: String,
    pub format: Format,
    pub encoding: &'static str,
    /// Warnings about the file as a whole (damaged bytes).
    pub notes: Vec<ImportWarning>,
    pub units: Vec<Unit>,
    /// Parts of the file that are not reports (empty CSV rows), by place.
    pub skipped: Vec<String>,
}

/// Refuses a file by its size alone, before reading it.
pub fn check_size(bytes: u64) -> Result<(), Rejection> {
    if bytes > MAX_FILE_BYTES {
        Err(Rejection::TooLarge { bytes })
    } else {
        Ok(())
    }
}

pub fn prepare_file(file: &str, bytes: &[u8]) -> Result<PreparedFile, Rejection> {
    check_size(bytes.len() as u64)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Rejection::Empty);
    }
    let decoded = decode::decode(bytes)?;
    let text = decoded.text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(Rejection::Empty);
    }
    let format = Format::of(file, text);
    let mut skipped = Vec::new();
    let units = match format {
        Format::Text => vec![text_unit(file, text.to_string())],
        Format::Html => {
            let text = html_to_text(text);
            if text.trim().is_empty() {
                return Err(Rejection::NoText);
            }
            vec![text_unit(file, text)]
        }
        Format::Csv => {
            let (units, rows) = csv_rows::csv_units(file, text)?;
            skipped = rows;
            units
        }
        Format::Corpus => {
            let corpus = parse_corpus(text).map_err(Rejection::Corpus)?;
            corpus
                .reports
                .into_iter()
                .map(|r| Unit::Report(Box::new(r)))
                .collect()
        }
    };
    if units.is_empty() {
        return Err(match format {
            Format::Corpus => Rejection::NoReports,
            _ => Rejection::NoText,
        });
    }
    Ok(PreparedFile {
        file: file.to_string(),
        format,
        encoding: decoded.encoding,
        notes: decoded.warnings,
        units,
        skipped,
    })
}

fn text_unit(file: &str, text: String) -> Unit {
    Unit::Text {
        origin: file.to_string(),
        text,
        given: Given::default(),
    }
}

/// The reports already present, by id, with their titles (for the
/// "already imported as …" message). Serialisable, so a page can hand it
/// to the worker that imports.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct KnownReports {
    titles: HashMap<String, String>,
}

impl KnownReports {
    pub fn new<'a>(reports: impl IntoIterator<Item = &'a Report>) -> KnownReports {
        let mut known = KnownReports::default();
        for r in reports {
            known.add(r);
        }
        known
    }

    pub fn add(&mut self, report: &Report) {
        self.titles
            .entry(report.id.clone())
            .or_insert_with(|| report.title.clone());
    }

    pub fn title_of(&self, id: &str) -> Option<&str> {
        self.titles.get(id).map(String::as_str)
    }
}

/// What became of one unit.
#[derive(Debug, Clone)]
pub enum UnitOutcome {
    Imported(Box<Report>),
    /// The same text (by id) is already in the corpus or the workspace.
    Duplicate {
        origin: String,
        existing: String,
    },
}

/// Turns one unit into a report marked as imported, unless its text is
/// already known. `sequence` orders imports across the workspace.
pub fn finish_unit(
    unit: Unit,
    file: &PreparedFile,
    sequence: u64,
    known: &mut KnownReports,
) -> UnitOutcome {
    let duplicate = |origin: String, id: &str, known: &KnownReports| {
        known.title_of(id).map(|existing| UnitOutcome::Duplicate {
            origin,
            existing: existing.to_string(),
        })
    };
    let report = match unit {
        Unit::Text {
            origin,
            text,
            given,
        } => {
            if let Some(d) = duplicate(origin.clone(), &stable_id(&text), known) {
                return d;
            }
            let mut report = process_report(&origin, &text);
            let mut notes = file.notes.clone();
            notes.extend(correction::apply_given(&mut report, &given));
            report.imported = Some(Imported {
                file: file.file.clone(),
                format: file.format,
                encoding: file.encoding.to_string(),
                notes,
                corrected: Vec::new(),
                sequence,
            });
            report
        }
        Unit::Report(mut report) => {
            if let Some(d) = duplicate(report.origin.clone(), &report.id, known) {
                return d;
            }
            // A report exported from a workspace keeps its provenance.
            report.imported.get_or_insert_with(|| Imported {
                file: file.file.clone(),
                format: Format::Corpus,
                encoding: file.encoding.to_string(),
                notes: Vec::new(),
                corrected: Vec::new(),
                sequence,
            });
            *report
        }
    };
    known.add(&report);
    UnitOutcome::Imported(Box::new(report))
}

/// Every warning for an imported report: what the import noted, and what
/// the report itself still lacks (so a correction clears its warning).
pub fn warnings(report: &Report) -> Vec<ImportWarning> {
    let mut out = report
        .imported
        .as_ref()
        .map_or_else(Vec::new, |i| i.notes.clone());
    if report.title_is_derived {
        out.push(ImportWarning::TitleDerived);
    }
    match &report.date {
        None => out.push(ImportWarning::DateNotFound),
        Some(d) if d.inferred => out.push(ImportWarning::DateInferred {
            value: d.value.clone(),
        }),
        Some(_) => {}
    }
    match &report.region {
        None => out.push(ImportWarning::RegionNotFound),
        Some(region) if !region.evidence.iter().any(|e| e.contains(region.label())) => {
            out.push(ImportWarning::RegionGuessed {
                from: region.evidence.clone(),
            })
        }
        Some(_) => {}
    }
    out
}

/// The result of importing one whole file.
#[derive(Debug)]
pub struct FileOutcome {
    pub file: String,
    pub result: Result<FileImport, Rejection>,
}

/// What a file gave. Serialisable: the browser imports in a worker and
/// sends this back to the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileImport {
    pub format: Format,
    /// The encoding the file was read as.
    pub encoding: String,
    pub reports: Vec<Report>,
    /// "… is already in the corpus as …", one per duplicate.
    pub duplicates: Vec<String>,
    /// Parts of the file that are not reports (empty CSV rows).
    pub skipped: Vec<String>,
}

impl UnitOutcome {
    /// The message for a duplicate, `None` for an import.
    pub fn duplicate_message(&self) -> Option<String> {
        match self {
            UnitOutcome::Duplicate { origin, existing } => Some(format!(
                "{origin}: already in the corpus as “{existing}”; not imported again"
            )),
            UnitOutcome::Imported(_) => None,
        }
    }
}

/// Imports a whole file at once; sequences start at `first_sequence`.
pub fn import_file(
    file: &str,
    bytes: &[u8],
    known: &mut KnownReports,
    first_sequence: u64,
) -> FileOutcome {
    import_file_reporting(file, bytes, known, first_sequence, |_, _| {})
}

/// [`import_file`], calling `progress(done, total)` after each unit, so a
/// long import can say how far it is.
pub fn import_file_reporting(
    file: &str,
    bytes: &[u8],
    known: &mut KnownReports,
    first_sequence: u64,
    mut progress: impl FnMut(usize, usize),
) -> FileOutcome {
    let result = prepare_file(file, bytes).map(|mut prepared| {
        let units = std::mem::take(&mut prepared.units);
        let total = units.len();
        let mut reports = Vec::new();
        let mut duplicates = Vec::new();
        for (done, unit) in units.into_iter().enumerate() {
            let sequence = first_sequence + reports.len() as u64;
            match finish_unit(unit, &prepared, sequence, known) {
                UnitOutcome::Imported(report) => reports.push(*report),
                duplicate => duplicates.extend(duplicate.duplicate_message()),
            }
            progress(done + 1, total);
        }
        FileImport {
            format: prepared.format,
            encoding: prepared.encoding.to_string(),
            reports,
            duplicates,
            skipped: prepared.skipped,
        }
    });
    FileOutcome {
        file: file.to_string(),
        result,
    }
}

/// The workspace as a corpus: the imported reports, in import order, as
/// corpus JSON that [`prepare_file`] reads back unchanged.
pub fn workspace_json(reports: &[Report]) -> String {
    let mut imported: Vec<&Report> = reports.iter().filter(|r| r.imported.is_some()).collect();
    imported.sort_by_key(|r| r.imported.as_ref().map(|i| i.sequence));
    crate::corpus::corpus_to_json(&crate::model::Corpus {
        schema_version: crate::model::SCHEMA_VERSION,
        reports: imported.into_iter().cloned().collect(),
    })
}
