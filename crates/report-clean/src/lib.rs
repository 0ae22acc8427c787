//! Raw report text to report-core's model: the cleaning pipeline and its
//! stages, figure extraction, the region with the bundled gazetteer, and
//! reading users' files (encodings, web pages, CSV, JSON records). Runs at
//! build time (report-cli) and in the import worker; the page's crate does
//! not depend on it, so none of it (the gazetteer, the encoding tables,
//! the HTML parser) can reach the page's wasm.
//!
//! Invariant: no I/O and no browser, as report-core. One folder a layer,
//! each using only the ones before it (tests/layers.rs in report-core
//! checks this crate too): `clean` (the pipeline), `import` (users' files,
//! with report-core's `import` re-exported), `tools` (synthetic corpora,
//! gold scoring). `import` and `tools` are public namespaces; the pipeline's
//! entry points are re-exported here, with report-core's model.

mod clean;

pub mod import;
pub mod tools;

#[cfg(test)]
mod test_support;

pub use report_core::*;

pub use clean::figures::paragraph_figures;
pub use clean::pipeline::{build_corpus, process_marked_report, process_report, SourceText};
