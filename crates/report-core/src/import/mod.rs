//! A user's own files, as the page sees their import: the size cap it
//! checks before handing a file over, why a file or a part of it was not
//! imported, what a file gave, the warnings an imported report carries,
//! the workspace as a corpus, and the messages between the page and the
//! import worker (`exchange.rs`). Reading files (decoding, web pages,
//! CSV, the pipeline and the gazetteer) is report-clean's `import`, run
//! by the worker and the command line only.

mod columns;
mod correction;
mod exchange;
mod refusal;

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::corpus::CorpusError;
use crate::i18n::{Key, Lang, LaterKey};
use crate::model::Report;
use crate::sorting;

pub use crate::model::{Field, Format, ImportWarning, Imported};
pub use columns::{ColumnChoice, ColumnSample};
pub use correction::{Correction, FieldError};
pub use exchange::{Counted, ImportMessage, ImportRequest, WorkerRequest};
pub use refusal::{BinaryKind, DocumentProblem};

/// Files larger than this are refused before they are read: 20 MB holds
/// thousands of reports as text, and reading more would stall a phone.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// The cap as people read it.
pub fn max_file_size_label() -> String {
    format!("{} MB", MAX_FILE_BYTES / (1024 * 1024))
}

impl ImportWarning {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            ImportWarning::DamagedBytes { count } => lang.count(LaterKey::WarnDamaged, *count),
            ImportWarning::DateNotFound => lang.text(LaterKey::WarnDateNotFound).to_string(),
            ImportWarning::DateInferred { value } => {
                lang.format(LaterKey::WarnDateInferred, &[("value", value)])
            }
            ImportWarning::RegionNotFound => lang.text(LaterKey::WarnRegionNotFound).to_string(),
            ImportWarning::RegionGuessed { from } => {
                lang.format(LaterKey::WarnRegionGuessed, &[("from", &from.join("、"))])
            }
            ImportWarning::TitleDerived => lang.text(LaterKey::WarnTitleDerived).to_string(),
            ImportWarning::NoBody => lang.text(LaterKey::WarnNoBody).to_string(),
            ImportWarning::FromProperties { field, value } => lang.format(
                LaterKey::WarnFromProperties,
                &[("field", &lang.text(field.name())), ("value", value)],
            ),
            ImportWarning::ValueIgnored { field, value } => lang.format(
                LaterKey::WarnValueIgnored,
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
    /// A web page that is only a list of links to other pages (a column's
    /// index saved by mistake): how many items it lists.
    ListOfLinks {
        count: usize,
    },
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
            Rejection::Empty => lang.text(LaterKey::RejectEmpty).to_string(),
            Rejection::TooLarge { bytes } => lang.format(
                LaterKey::RejectTooLarge,
                &[
                    ("mb", &format!("{:.1}", *bytes as f64 / (1024.0 * 1024.0))),
                    ("max", &max_file_size_label()),
                ],
            ),
            Rejection::Binary { kind } => {
                lang.format(LaterKey::RejectBinary, &[("kind", &lang.text(kind.name()))])
            }
            Rejection::UnknownEncoding => lang.text(LaterKey::RejectUnknownEncoding).to_string(),
            Rejection::NoText => lang.text(LaterKey::RejectNoText).to_string(),
            Rejection::ListOfLinks { count } => {
                lang.format(LaterKey::RejectListOfLinks, &[("count", count)])
            }
            Rejection::ChooseTextColumn { columns } => {
                let names: Vec<&str> = columns.iter().map(|c| c.name.as_str()).collect();
                lang.format(
                    LaterKey::RejectChooseTextColumn,
                    &[("columns", &names.join(", "))],
                )
            }
            Rejection::InvalidCsv(why) => lang.format(LaterKey::RejectInvalidCsv, &[("why", why)]),
            Rejection::Corpus(e) => e.describe(lang),
            Rejection::NoReports => lang.text(LaterKey::RejectNoReports).to_string(),
            Rejection::Unreadable { detail } => {
                lang.format(LaterKey::RejectUnreadable, &[("detail", detail)])
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
/// Externally tagged, as the worker's messages (`exchange::WorkerRequest`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotImported {
    /// The same text is already held, under this title.
    Duplicate { origin: String, existing: String },
    /// A CSV row (1 is the header) whose text cell is empty.
    EmptyRow { row: usize },
    /// A JSON record (1 is the first) without text.
    EmptyRecord { record: usize },
    /// A line of a JSON Lines file (1 is the first) that is no record:
    /// cut off, or not JSON.
    UnreadableLine { line: usize },
}

impl NotImported {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            NotImported::Duplicate { origin, existing } => lang.format(
                Key::Duplicate,
                &[("origin", origin), ("existing", existing)],
            ),
            NotImported::EmptyRow { row } => lang.format(LaterKey::SkippedRow, &[("row", row)]),
            NotImported::EmptyRecord { record } => {
                lang.format(LaterKey::SkippedRecord, &[("record", record)])
            }
            NotImported::UnreadableLine { line } => {
                lang.format(LaterKey::SkippedUnreadableLine, &[("line", line)])
            }
        }
    }
}

impl fmt::Display for NotImported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// Refuses a file by its size alone, before reading it.
pub fn check_size(bytes: u64) -> Result<(), Rejection> {
    if bytes > MAX_FILE_BYTES {
        Err(Rejection::TooLarge { bytes })
    } else {
        Ok(())
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

/// Every warning for an imported report: what the import noted, and what
/// the report itself still lacks (so a correction clears its warning).
pub fn warnings(report: &Report) -> Vec<ImportWarning> {
    let mut out = report
        .imported
        .as_ref()
        .map_or_else(Vec::new, |i| i.notes.clone());
    // First: what else is said of such a report matters less, and it
    // has no sentence to make a title of.
    let has_body = report.has_body();
    if report.all_set_aside() {
        out.insert(0, ImportWarning::NoBody);
    }
    if report.title_is_derived && has_body {
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

/// Puts imported reports in the order they were imported (their
/// sequence numbers), however they were stored or listed.
pub fn in_import_order<R: std::borrow::Borrow<Report>>(reports: &mut [R]) {
    sorting::sort_by_key(reports, |r| {
        r.borrow().imported.as_ref().map(|i| i.sequence)
    });
}

/// The workspace as a corpus: the imported reports, in import order, as
/// corpus JSON that [`prepare_file`] reads back unchanged.
pub fn workspace_json(reports: &[Report]) -> String {
    let mut imported: Vec<&Report> = reports.iter().filter(|r| r.imported.is_some()).collect();
    in_import_order(&mut imported);
    crate::corpus::corpus_to_json(&crate::model::Corpus {
        schema_version: crate::model::SCHEMA_VERSION,
        reports: imported.into_iter().cloned().collect(),
    })
}
