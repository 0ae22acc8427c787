//! Times the trends of a query, the search beside them, and the terms new
//! in the latest year on a synthetic corpus, natively:
//! `cargo run --release -p report-clean --example trends_timing -- 1000`.
mod support;

use std::time::Instant;

use report_clean::{
    body_sizes, new_terms, parse_query, search_all, trends, CorpusGrams, Granularity, Period,
    RegionLevel, SearchIndex, Selection, NEW_TERMS_LIMIT,
};

fn ms(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1000.0
}

/// The fastest of three runs of `work`, in ms, and its result.
fn fastest_of_three<T>(mut work: impl FnMut() -> T) -> (f64, T) {
    let started = Instant::now();
    let mut result = work();
    let mut fastest = ms(started);
    for _ in 0..2 {
        let started = Instant::now();
        result = work();
        fastest = fastest.min(ms(started));
    }
    (fastest, result)
}

fn main() {
    let (count, corpus) = support::synthetic_corpus_from_args();
    let reports = &corpus.reports;
    let index = SearchIndex::new(reports);
    let selection = Selection::default();
    let started = Instant::now();
    let sizes = body_sizes(reports);
    println!("body characters counted once: {:.1} ms", ms(started));
    for text in ["高", "高质量发展", "乡村振兴 城市更新"] {
        let query = parse_query(text);
        let started = Instant::now();
        let _ = search_all(&index, &query);
        let search_ms = ms(started);
        for level in [RegionLevel::Province, RegionLevel::County] {
            let started = Instant::now();
            let t = trends(
                reports,
                &sizes,
                &index,
                &query,
                &selection,
                (level, Granularity::Year),
            );
            println!(
                "{count} reports, {text:?} by {}: trends {:.1} ms ({} regions, {} first uses), search {search_ms:.1} ms",
                level.label(),
                ms(started),
                t.regions.len(),
                t.uptake.iter().map(|u| u.first_uses.len()).sum::<usize>()
            );
        }
    }
    // The corpus is read once for every period's new terms. Each time is
    // the fastest of three (the machine is shared).
    let (grams_ms, grams) = fastest_of_three(|| CorpusGrams::new(reports, &index));
    println!("corpus read for new terms, once: {grams_ms:.0} ms");
    let mut years: Vec<u16> = reports
        .iter()
        .filter_map(|r| r.date.as_ref()?.year())
        .collect();
    years.sort_unstable();
    years.dedup();
    for &year in years.iter().rev().take(3) {
        for level in [RegionLevel::Province, RegionLevel::County] {
            let (took, found) = fastest_of_three(|| {
                new_terms(
                    reports,
                    &grams,
                    &selection,
                    Period::Year(year),
                    (level, Granularity::Year),
                    NEW_TERMS_LIMIT,
                )
            });
            let listed: Vec<&str> = found.terms.iter().map(|t| t.term.as_str()).collect();
            println!(
                "new in {year} by {}: {took:.1} ms, {} terms: {}",
                level.label(),
                listed.len(),
                listed.join(" ")
            );
        }
    }
}
