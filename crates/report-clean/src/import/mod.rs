//! Bringing a user's own files in: bytes to reports, through the same
//! pipeline as the bundled corpus, with a result per file.
//!
//! Two steps, so a caller can show progress and stay responsive between
//! reports: [`prepare_file`] checks, decodes and splits a file into units
//! (a text file is one, a CSV file one per row, a corpus JSON one per
//! report); [`finish_unit`] turns one unit into a report, or recognises it
//! as one already known. [`import_file`] does both for callers that need
//! not pause (the command line, tests).

mod columns;
mod correction;
mod csv_rows;
mod decode;
mod document;
mod exchange;
mod html_text;
mod records;

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::clean::pipeline::{process_marked_report, stable_id};
use crate::corpus::{parse_corpus, CorpusError};
use crate::i18n::{Key, Lang};
use crate::model::Report;

pub use crate::model::{Field, Format, ImportWarning, Imported};
pub use columns::{normalise_name, role_of, ColumnChoice, ColumnSample, Role};
pub use correction::{apply_correction, resolve_region, Correction, FieldError};
pub use decode::{binary_kind, BinaryKind};
pub use document::{prepare_extracted, DocumentProblem, Extracted};
pub use exchange::{run_correction, Counted, ImportMessage, ImportRequest, WorkerRequest};
pub use html_text::{html_to_text, looks_like_html, read_web_page, WebPage};

/// Files larger than this are refused before they are read: 20 MB holds
/// thousands of reports as text, and reading more would stall a phone.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// The cap as people read it.
pub fn max_file_size_label() -> String {
    format!("{} MB", MAX_FILE_BYTES / (1024 * 1024))
}

impl Format {
    /// From the file name's extension, else from the content.
    pub fn of(file: &str, text: &str) -> Format {
        let extension = file.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        match extension.as_deref() {
            Some("html" | "htm" | "xhtml" | "shtml") => Format::Html,
            Some("csv") => Format::Csv,
            Some("json") => Format::Corpus,
            Some("jsonl" | "ndjson") => Format::Json,
            Some("txt" | "text") => Format::Text,
            _ if text.trim_start().starts_with('{') => Format::Corpus,
            _ if looks_like_html(text) => Format::Html,
            _ => Format::Text,
        }
    }
}

impl ImportWarning {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            ImportWarning::DamagedBytes { count } => {
                lang.count(Key::WarnDamagedOne, Key::WarnDamagedMany, *count)
            }
            ImportWarning::DateNotFound => lang.text(Key::WarnDateNotFound).to_string(),
            ImportWarning::DateInferred { value } => {
                lang.format(Key::WarnDateInferred, &[("value", value)])
            }
            ImportWarning::RegionNotFound => lang.text(Key::WarnRegionNotFound).to_string(),
            ImportWarning::RegionGuessed { from } => {
                lang.format(Key::WarnRegionGuessed, &[("from", &from.join("、"))])
            }
            ImportWarning::TitleDerived => lang.text(Key::WarnTitleDerived).to_string(),
            ImportWarning::FromProperties { field, value } => lang.format(
                Key::WarnFromProperties,
                &[("field", &lang.text(field.name())), ("value", value)],
            ),
            ImportWarning::ValueIgnored { field, value } => lang.format(
                Key::WarnValueIgnored,
                &[
                    ("field", &lang.text(field.name())),
                    ("value", value),
                    ("why", &correction::why_unusable(*field, value, lang)),
                ],
            ),
        }
    }
}

impl fmt::Display for ImportWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// Why a file was not imported. Serialisable: the worker sends it to the
/// page, which says it in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rejection {
    Empty,
    TooLarge {
        bytes: u64,
    },
    /// What kind of file it is instead.
    Binary {
        kind: BinaryKind,
    },
    UnknownEncoding,
    /// A web page or text with nothing left once markup is dropped.
    NoText,
    /// No column (of a CSV) or field (of JSON records) is clearly the
    /// report's text: every column with a sample, for a person to choose.
    ChooseTextColumn {
        columns: Vec<ColumnSample>,
    },
    InvalidCsv(String),
    Corpus(CorpusError),
    NoReports,
    /// The browser could not read the file (moved, or changed meanwhile).
    Unreadable {
        detail: String,
    },
    /// A Word or PDF document that cannot be read, and why.
    Document {
        problem: DocumentProblem,
    },
}

impl Rejection {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Rejection::Empty => lang.text(Key::RejectEmpty).to_string(),
            Rejection::TooLarge { bytes } => lang.format(
                Key::RejectTooLarge,
                &[
                    ("mb", &format!("{:.1}", *bytes as f64 / (1024.0 * 1024.0))),
                    ("max", &max_file_size_label()),
                ],
            ),
            Rejection::Binary { kind } => {
                lang.format(Key::RejectBinary, &[("kind", &lang.text(kind.name()))])
            }
            Rejection::UnknownEncoding => lang.text(Key::RejectUnknownEncoding).to_string(),
            Rejection::NoText => lang.text(Key::RejectNoText).to_string(),
            Rejection::ChooseTextColumn { columns } => {
                let names: Vec<&str> = columns.iter().map(|c| c.name.as_str()).collect();
                lang.format(
                    Key::RejectChooseTextColumn,
                    &[("columns", &names.join(", "))],
                )
            }
            Rejection::InvalidCsv(why) => lang.format(Key::RejectInvalidCsv, &[("why", why)]),
            Rejection::Corpus(e) => e.describe(lang),
            Rejection::NoReports => lang.text(Key::RejectNoReports).to_string(),
            Rejection::Unreadable { detail } => {
                lang.format(Key::RejectUnreadable, &[("detail", detail)])
            }
            Rejection::Document { problem } => problem.describe(lang),
        }
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// A part of a file that did not become a report, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NotImported {
    /// The same text is already held, under this title.
    Duplicate { origin: String, existing: String },
    /// A CSV row (1 is the header) whose text cell is empty.
    EmptyRow { row: usize },
    /// A JSON record (1 is the first) without text.
    EmptyRecord { record: usize },
}

impl NotImported {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            NotImported::Duplicate { origin, existing } => lang.format(
                Key::Duplicate,
                &[("origin", origin), ("existing", existing)],
            ),
            NotImported::EmptyRow { row } => lang.format(Key::SkippedRow, &[("row", row)]),
            NotImported::EmptyRecord { record } => {
                lang.format(Key::SkippedRecord, &[("record", record)])
            }
        }
    }
}

impl fmt::Display for NotImported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// Values a file gives for a report beside its text (CSV columns, JSON
/// fields: stated, so taken over what the pipeline infers; a document's
/// properties: only where the text states none).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Given {
    pub title: Option<String>,
    pub date: Option<String>,
    /// A year column, read where no date is given (or it cannot be read).
    pub year: Option<String>,
    pub region: Option<String>,
    pub source: Option<String>,
    /// Used only where the text states no value of its own (a document's
    /// properties are weaker evidence than its text); a CSV's columns
    /// override the text.
    pub fills_gaps: bool,
}

/// One report's worth of a file.
#[derive(Debug, Clone)]
pub enum Unit {
    Text {
        origin: String,
        text: String,
        given: Given,
    },
    /// A web page: its text, the lines its markup marks as furniture, and
    /// what its metadata states.
    Page { origin: String, page: WebPage },
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
    /// Parts of the file that are not reports (empty CSV rows).
    pub skipped: Vec<NotImported>,
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
    prepare_file_with(file, bytes, None)
}

/// [`prepare_file`] with the columns a person (or the command line) chose
/// for a CSV or JSON records.
pub fn prepare_file_with(
    file: &str,
    bytes: &[u8],
    columns: Option<&ColumnChoice>,
) -> Result<PreparedFile, Rejection> {
    check_size(bytes.len() as u64)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Rejection::Empty);
    }
    let decoded = decode::decode(bytes)?;
    let text = decoded.text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(Rejection::Empty);
    }
    let mut format = Format::of(file, text);
    let records = match format {
        Format::Corpus | Format::Json => records::parse_records(text),
        _ => None,
    };
    // A .json file is a corpus or records, whichever it holds; a .jsonl
    // that is no records is read as a corpus, to say what is wrong with it.
    format = match (format, &records) {
        (_, Some(_)) => Format::Json,
        (Format::Json, None) => Format::Corpus,
        (format, None) => format,
    };
    let mut skipped = Vec::new();
    let units = match format {
        Format::Text => vec![text_unit(file, text.to_string())],
        Format::Html => {
            let page = read_web_page(text);
            if page.text.trim().is_empty() {
                return Err(Rejection::NoText);
            }
            vec![Unit::Page {
                origin: file.to_string(),
                page,
            }]
        }
        Format::Csv => {
            let (units, rows) = csv_rows::csv_units(file, text, columns)?;
            skipped = rows;
            units
        }
        Format::Json => {
            let records = records.unwrap_or_default();
            let (units, empty) = records::record_units(file, &records, columns)?;
            skipped = empty;
            units
        }
        // Extracted by report-office and brought in by `prepare_extracted`;
        // `Format::of` never names them.
        Format::Docx | Format::Pdf => vec![text_unit(file, text.to_string())],
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
            Format::Corpus | Format::Json => Rejection::NoReports,
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
    let (origin, text, given, furniture, headline) = match unit {
        Unit::Text {
            origin,
            text,
            given,
        } => (origin, text, given, Vec::new(), None),
        Unit::Page { origin, page } => {
            (origin, page.text, page.given, page.furniture, page.headline)
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
            known.add(&report);
            return UnitOutcome::Imported(report);
        }
    };
    if let Some(d) = duplicate(origin.clone(), &stable_id(&text), known) {
        return d;
    }
    let mut report = process_marked_report(&origin, &text, &furniture, headline);
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
        // The country is recognised from its organs (国务院), not a name.
        Some(region)
            if region.level != crate::model::RegionLevel::National
                && !region.evidence.iter().any(|e| e.contains(region.label())) =>
        {
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
    /// Duplicates of reports already held, then parts of the file that
    /// are not reports (empty CSV rows).
    pub not_imported: Vec<NotImported>,
}

/// Imports a whole file at once; sequences start at `first_sequence`.
pub fn import_file(
    file: &str,
    bytes: &[u8],
    known: &mut KnownReports,
    first_sequence: u64,
) -> FileOutcome {
    import_file_reporting(file, bytes, None, known, first_sequence, |_, _| {})
}

/// [`import_file`] with the columns chosen for a CSV or JSON records.
pub fn import_file_with(
    file: &str,
    bytes: &[u8],
    columns: Option<&ColumnChoice>,
    known: &mut KnownReports,
    first_sequence: u64,
) -> FileOutcome {
    import_file_reporting(file, bytes, columns, known, first_sequence, |_, _| {})
}

/// [`import_file`], calling `progress(done, total)` after each unit, so a
/// long import can say how far it is.
pub fn import_file_reporting(
    file: &str,
    bytes: &[u8],
    columns: Option<&ColumnChoice>,
    known: &mut KnownReports,
    first_sequence: u64,
    progress: impl FnMut(usize, usize),
) -> FileOutcome {
    import_prepared(
        file,
        prepare_file_with(file, bytes, columns),
        known,
        first_sequence,
        progress,
    )
}

/// Finishes a prepared file (from [`prepare_file`], or from another
/// crate's reader and [`prepare_extracted`]), calling `progress(done,
/// total)` after each unit.
pub fn import_prepared(
    file: &str,
    prepared: Result<PreparedFile, Rejection>,
    known: &mut KnownReports,
    first_sequence: u64,
    mut progress: impl FnMut(usize, usize),
) -> FileOutcome {
    let result = prepared.map(|mut prepared| {
        let units = std::mem::take(&mut prepared.units);
        let total = units.len();
        let mut reports = Vec::new();
        let mut duplicates = Vec::new();
        for (done, unit) in units.into_iter().enumerate() {
            let sequence = first_sequence + reports.len() as u64;
            match finish_unit(unit, &prepared, sequence, known) {
                UnitOutcome::Imported(report) => reports.push(*report),
                UnitOutcome::Duplicate { origin, existing } => {
                    duplicates.push(NotImported::Duplicate { origin, existing })
                }
            }
            progress(done + 1, total);
        }
        FileImport {
            format: prepared.format,
            encoding: prepared.encoding.to_string(),
            reports,
            not_imported: duplicates.into_iter().chain(prepared.skipped).collect(),
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
