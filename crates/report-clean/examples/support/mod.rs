//! What the timing examples share: the synthetic corpus they time.

use report_clean::tools::synth::synthesize;
use report_clean::Corpus;

/// As many reports as the first argument says (1,000 if it says none),
/// recombined from the bundled seeds, the same on every run.
pub fn synthetic_corpus_from_args() -> (usize, Corpus) {
    let count: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000);
    let seeds = report_clean::parse_corpus(include_str!("../../../../data/corpus.json"))
        .expect("the bundled corpus reads");
    (count, synthesize(&seeds.reports, count, 1))
}
