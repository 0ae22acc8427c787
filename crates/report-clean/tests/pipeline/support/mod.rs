//! What report-core's integration tests share: where the repository's
//! seeds and fixtures are, read the same way by every suite. Each suite
//! uses part of it.
#![allow(dead_code)]

pub mod quiet_panics;
pub mod rng;
pub mod shapes;
pub mod statistical_text;
pub mod web_archive;

use std::path::PathBuf;

use report_clean::import::{import_file, KnownReports};
use report_clean::{parse_corpus, Report};

/// The repository's root (the tests run in crates/report-core).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A seed report's raw text, by its file name in data/reports.
pub fn seed_text(file: &str) -> String {
    std::fs::read_to_string(repo_root().join("data/reports").join(file)).expect("seed report")
}

/// The bundled corpus's reports (data/corpus.json).
pub fn bundled_reports() -> Vec<Report> {
    let json = std::fs::read_to_string(repo_root().join("data/corpus.json")).expect("corpus");
    parse_corpus(&json)
        .expect("the bundled corpus reads")
        .reports
}

/// `../shared/realworld` beside the clone (real reports for tests, never
/// copied into the repository), or `None` with a message saying the
/// suite is skipped where it is absent.
pub fn realworld() -> Option<PathBuf> {
    let dir = repo_root().join("../shared/realworld");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "skipped: {} is absent (the real reports live beside the clone)",
            dir.display()
        );
        None
    }
}

/// A file's reports as the app imports it, named `name` (its extension says
/// how to read it); a file the import refuses fails the test with why.
pub fn import_file_as_user(name: &str, bytes: &[u8]) -> Vec<Report> {
    import_file(name, bytes, &mut KnownReports::default(), 1)
        .result
        .unwrap_or_else(|why| panic!("{name}: {why}"))
        .reports
}
