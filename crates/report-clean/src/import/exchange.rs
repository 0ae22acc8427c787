//! Answering the page's requests in the worker: an import request run
//! against a file's bytes, a correction applied. The messages themselves
//! are report-core's (`report_core::import::ImportRequest`, …).

use super::correction::apply_correction;
use super::{import_prepared, prepare_file_with, PreparedFile};
use report_core::import::{Correction, ImportMessage, ImportRequest, Rejection};
use report_core::Report;

/// Runs a [`WorkerRequest::Correct`]: the message that answers it.
pub fn run_correction(mut report: Box<Report>, correction: &Correction) -> ImportMessage {
    ImportMessage::Corrected {
        result: apply_correction(&mut report, correction).map(|()| report),
    }
}

/// Running an [`ImportRequest`], which report-core defines (a trait, as
/// the request is another crate's type).
pub trait RunImport {
    /// Runs the request against the file's bytes, telling `progress` how
    /// far it is; returns the message that ends the exchange.
    fn run(self, bytes: &[u8], progress: impl FnMut(usize, usize)) -> ImportMessage;

    /// Runs the request on a file already prepared (by another crate's
    /// reader of documents the core does not read itself).
    fn run_prepared(
        self,
        prepared: Result<PreparedFile, Rejection>,
        progress: impl FnMut(usize, usize),
    ) -> ImportMessage;
}

impl RunImport for ImportRequest {
    /// Runs the request against the file's bytes, telling `progress` how
    /// far it is; returns the message that ends the exchange.
    fn run(self, bytes: &[u8], progress: impl FnMut(usize, usize)) -> ImportMessage {
        let prepared = prepare_file_with(&self.file, bytes, self.columns.as_ref());
        self.run_prepared(prepared, progress)
    }

    /// Runs the request on a file already prepared (by another crate's
    /// reader of documents the core does not read itself).
    fn run_prepared(
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
