//! Prints the top distinctive terms of every district of a corpus (each
//! district against the rest), for the first round's lists in
//! docs/word-rule-rounds.md:
//! `cargo run --release -p report-core --example key_terms -- [corpus.json] [limit]`
//! (the bundled seeds when no file is named).
use report_core::{key_terms_by_district, SearchIndex};

fn main() {
    let mut args = std::env::args().skip(1);
    let text = match args.next() {
        Some(path) => std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")),
        None => include_str!("../../../data/corpus.json").to_string(),
    };
    let limit: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
    let corpus = report_core::parse_corpus(&text).expect("the corpus reads");
    let reports = &corpus.reports;
    let index = SearchIndex::new(reports);
    for line in key_terms_by_district(reports, &index, limit) {
        println!("{line}");
    }
}
