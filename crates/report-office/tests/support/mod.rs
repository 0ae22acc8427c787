//! What report-office's tests share: the office fixtures and reading them
//! as the import worker does.
#![allow(dead_code)]

use report_clean::import::{PreparedFile, Rejection};

/// A file of `tests/fixtures/office` (make-fixtures.py writes them).
pub fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../../tests/fixtures/office/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The bytes prepared as the import worker prepares a file named `name`.
pub fn prepare_bytes(name: &str, bytes: &[u8]) -> Result<PreparedFile, Rejection> {
    report_office::prepare_file(name, bytes, None, |_, _| {})
}
