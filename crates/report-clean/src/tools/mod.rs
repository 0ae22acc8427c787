//! Tools beside the app, for the command line, tests and benchmarks:
//! synthetic corpora (`synth`), scoring figures against gold
//! (`figure_gold`) and whole reports against a gold file (`report_gold`),
//! and the plain count searches are checked against (`plain_scan`).

pub mod figure_gold;
pub mod plain_scan;
pub mod report_gold;
pub mod synth;
