//! The messages between a page and the worker that imports for it, as
//! plain data (JSON on the wire). The file's bytes travel beside the
//! request, as the browser's own `File`, never through JSON. Corrections
//! go through the worker too: checking a region needs the gazetteer,
//! which the worker has and the page need not carry. Running a request is
//! report-clean's (`RunImport`).

use serde::{Deserialize, Serialize};

use super::{ColumnChoice, Correction, FieldError, FileImport, KnownReports, Rejection};
use crate::model::Report;

/// What the page asks of the worker.
/// Externally tagged (serde's default), as every enum that only crosses
/// between the page and the worker: an internally tagged enum is read
/// through serde's buffered `Content`, which links a second deserialiser
/// for every type inside it into the page's wasm.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerRequest {
    Import(ImportRequest),
    /// Apply a person's correction to a report.
    Correct {
        report: Box<Report>,
        correction: Correction,
    },
}

/// Import one file or one pasted text.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ImportRequest {
    pub file: String,
    /// Pasted text; `None` when a `File` comes with the request.
    pub text: Option<String>,
    /// Every report already on the page, to recognise duplicates.
    pub known: KnownReports,
    pub first_sequence: u64,
    /// The columns a person chose after the import asked
    /// ([`Rejection::ChooseTextColumn`]).
    #[serde(default)]
    pub columns: Option<ColumnChoice>,
}

/// What the worker says while and after importing one file. Externally
/// tagged, as [`WorkerRequest`]: read through `Content`, the reports inside
/// would bring a second copy of `Report`'s deserialiser.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportMessage {
    /// The worker has loaded and takes requests.
    Ready,
    Progress {
        done: usize,
        total: usize,
        /// What is counted (reports unless said).
        #[serde(default)]
        of: Counted,
    },
    /// The file's result, or why it was refused.
    Finished {
        result: Result<FileImport, Rejection>,
    },
    /// The corrected report, or every value that cannot be used.
    Corrected {
        result: Result<Box<Report>, Vec<FieldError>>,
    },
}

/// What a progress message counts: the reports of a file, or the pages of
/// a long document while its text is taken out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Counted {
    #[default]
    Reports,
    Pages,
}

impl ImportRequest {
    /// A request to import `file` (or pasted `text`) beside `reports`, the
    /// reports the page holds: duplicates of them are recognised, and the
    /// new reports are numbered after the imports among them.
    pub fn beside(file: &str, text: Option<String>, reports: &[Report]) -> ImportRequest {
        let first_sequence = reports
            .iter()
            .filter_map(|r| r.imported.as_ref().map(|i| i.sequence + 1))
            .max()
            .unwrap_or(1);
        ImportRequest {
            file: file.to_string(),
            text,
            known: KnownReports::new(reports),
            first_sequence,
            columns: None,
        }
    }
}
