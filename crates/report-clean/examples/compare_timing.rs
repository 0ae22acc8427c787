//! Times a two-district comparison on a synthetic corpus, natively:
//! `cargo run --release -p report-clean --example compare_timing -- 1000`.
mod support;

use std::time::Instant;

use report_clean::{compare, district_of, parse_query, CorpusGrams, SearchIndex, Unit};

fn main() {
    let (count, corpus) = support::synthetic_corpus_from_args();
    let reports = &corpus.reports;
    let index = SearchIndex::new(reports);
    let mut districts: Vec<&str> = reports.iter().filter_map(district_of).collect();
    districts.sort();
    districts.dedup();
    let units: Vec<Unit> = districts[..2]
        .iter()
        .map(|d| Unit {
            label: d.to_string(),
            reports: (0..reports.len())
                .filter(|&i| district_of(&reports[i]) == Some(d))
                .collect(),
        })
        .collect();
    let query = parse_query("营商环境");
    // The corpus read once, as the app keeps it for the corpus (and shares
    // with the trends' new terms).
    let started = Instant::now();
    let grams = CorpusGrams::new(reports, &index);
    println!(
        "corpus read once {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    let started = Instant::now();
    let key_terms = report_clean::key_terms_of_units(reports, &index, &grams, &units, 12);
    let key_terms_ms = started.elapsed().as_secs_f64() * 1000.0;
    // The page also ranks each chosen district's years against the corpus.
    let started = Instant::now();
    for unit in &units {
        let years = report_clean::year_units(reports, &unit.label);
        let _ = report_clean::key_terms_of_units(reports, &index, &grams, &years, 12);
    }
    println!(
        "key terms over each district's years {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    let started = Instant::now();
    let _ = report_clean::slogans(reports, &units);
    let slogans_ms = started.elapsed().as_secs_f64() * 1000.0;
    println!("key terms {key_terms_ms:.0} ms, slogans {slogans_ms:.0} ms");
    // What was listed, to tell a change of speed from a change of result.
    for (unit, terms) in units.iter().zip(&key_terms) {
        let listed: Vec<String> = terms
            .iter()
            .map(|t| format!("{} {}/{} {:.4}", t.listed(), t.here, t.elsewhere, t.keyness))
            .collect();
        println!("{}: {}", unit.label, listed.join(", "));
    }
    let started = Instant::now();
    let cmp = compare(reports, &index, &grams, units, &query);
    println!(
        "{count} reports: comparison of {} and {} in {:.0} ms ({} and {} key terms)",
        cmp.units[0].label,
        cmp.units[1].label,
        started.elapsed().as_secs_f64() * 1000.0,
        cmp.key_terms[0].len(),
        cmp.key_terms[1].len()
    );
}
