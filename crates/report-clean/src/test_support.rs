//! What the unit tests share: the bundled corpus (the seeds as
//! data/corpus.json holds them), one place for its path.

use report_core::{parse_corpus, Corpus};

/// The bundled corpus, parsed.
pub(crate) fn bundled_corpus() -> Corpus {
    parse_corpus(include_str!("../../../data/corpus.json")).expect("the bundled corpus reads")
}
