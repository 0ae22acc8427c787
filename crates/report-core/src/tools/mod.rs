//! Tools beside the app, for the command line, tests and benchmarks:
//! synthetic corpora (`synth`) and scoring figures against gold
//! (`figure_gold`).

pub mod figure_gold;
pub mod synth;
