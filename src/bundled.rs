//! The corpus bundled into the page at build time (data/corpus.json).

use report_core::{parse_corpus, Corpus, CorpusError};

const BUNDLED_CORPUS_JSON: &str = include_str!("../data/corpus.json");

pub fn bundled_corpus() -> Result<Corpus, CorpusError> {
    parse_corpus(BUNDLED_CORPUS_JSON)
}
