//! The messages between a page and the worker that imports for it, as
//! plain data (JSON on the wire). The file's bytes travel beside the
//! request, as the browser's own `File`, never through JSON. Corrections
//! go through the worker too: checking a region needs the gazetteer,
//! which the worker has and the page need not carry.

use serde::{Deserialize, Serialize};

use super::correction::{apply_correction, Correction, FieldError};
use super::{
    import_prepared, prepare_file_with, ColumnChoice, FileImport, KnownReports, PreparedFile,
    Rejection,
};
use crate::model::Report;

/// What the page asks of the worker.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
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

/// What the worker says while and after importing one file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
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

/// Runs a [`WorkerRequest::Correct`]: the message that answers it.
pub fn run_correction(mut report: Box<Report>, correction: &Correction) -> ImportMessage {
    ImportMessage::Corrected {
        result: apply_correction(&mut report, correction).map(|()| report),
    }
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

    /// Runs the request against the file's bytes, telling `progress` how
    /// far it is; returns the message that ends the exchange.
    pub fn run(self, bytes: &[u8], progress: impl FnMut(usize, usize)) -> ImportMessage {
        let prepared = prepare_file_with(&self.file, bytes, self.columns.as_ref());
        self.run_prepared(prepared, progress)
    }

    /// Runs the request on a file already prepared (by another crate's
    /// reader of documents the core does not read itself).
    pub fn run_prepared(
        mut self,
        prepared: Result<PreparedFile, Rejection>,
        progress: impl FnMut(usize, usize),
    ) -> ImportMessage {
        let outcome = import_prepared(
            &self.file,
            prepared,
            &mut self.known,
            self.first_sequence,
            progress,
        );
        ImportMessage::Finished {
            result: outcome.result,
        }
    }
}
