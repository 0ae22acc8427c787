//! Prints the top distinctive terms of every district of a corpus (each
//! district against the rest), for docs/trends.md:
//! `cargo run --release -p report-core --example key_terms -- [corpus.json] [limit]`
//! (the bundled seeds when no file is named).
use report_core::{district_counts, district_units, key_terms_of_units, KeyTerm, SearchIndex};

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
    let districts: Vec<String> = district_counts(reports)
        .into_iter()
        .map(|(d, _)| d)
        .collect();
    // district_units takes at most four at once: rank them four by four.
    let mut ranked = Vec::new();
    for chunk in districts.chunks(4) {
        let units = district_units(reports, chunk);
        ranked.extend(
            units
                .clone()
                .into_iter()
                .zip(key_terms_of_units(reports, &index, &units, limit)),
        );
    }
    for (unit, terms) in ranked {
        // Boilerplate (a stock phrase of most reports) in brackets.
        let list: Vec<String> = terms.iter().map(KeyTerm::listed).collect();
        println!(
            "- **{}** ({} reports): {}",
            unit.label,
            unit.reports.len(),
            list.join(" ")
        );
    }
}
