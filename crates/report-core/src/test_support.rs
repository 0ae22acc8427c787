//! What the core's unit tests share: the bundled corpus (the seeds as
//! data/corpus.json holds them), one place for its path; and the cleaning
//! pipeline for fixtures made from text. The pipeline is report-clean's, a
//! dev-dependency built on the library build of this crate, whose types
//! are not this test build's: its reports cross as the corpus JSON they
//! are stored as (the model serialised, `SCHEMA_VERSION`), as the page
//! itself receives them.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::corpus::parse_corpus;
use crate::model::{Corpus, Figure, Report};

/// The bundled corpus, parsed.
pub(crate) fn bundled_corpus() -> Corpus {
    parse_corpus(include_str!("../../../data/corpus.json")).expect("the bundled corpus reads")
}

/// A value of report-clean's build of the model as this build's (or back).
fn as_json<From: Serialize, To: DeserializeOwned>(value: &From) -> To {
    serde_json::from_value(serde_json::to_value(value).expect("the model serialises"))
        .expect("the model reads back")
}

/// `report_clean::process_report`.
pub(crate) fn process_report(origin: &str, text: &str) -> Report {
    as_json(&report_clean::process_report(origin, text))
}

/// `report_clean::paragraph_figures`.
pub(crate) fn paragraph_figures(
    paragraph: &str,
    section: usize,
    index: usize,
    default_period: Option<&str>,
) -> Vec<Figure> {
    as_json(&report_clean::paragraph_figures(
        paragraph,
        section,
        index,
        default_period,
    ))
}

/// `report_clean::tools::synth::synthesize`, from this build's seeds.
pub(crate) fn synthesize(seeds: &[Report], count: usize, seed: u64) -> Corpus {
    let seeds: Vec<report_clean::Report> = as_json(&seeds);
    as_json(&report_clean::tools::synth::synthesize(&seeds, count, seed))
}

/// A seeded xorshift generator: the same random corpora on every run.
pub(crate) struct Rng(pub u64);

impl Rng {
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}
