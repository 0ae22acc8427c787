//! The search index on synthetic corpora, natively: build time, size, peak
//! memory, and each benchmark query answered from the index and by the scan
//! (the same counts, checked). The corpus is `report-cli synth
//! data/corpus.json N` (seed 1), made in process one report at a time and
//! indexed as made ([`SearchIndex::push`], as the app adds an imported
//! report), so the memory figures are the index's, not the corpus's.
//!
//! `cargo run --release -p report-clean --example search_index -- 1000 10000`;
//! with `--paragraphs`, each paragraph is a document, as in the browser
//! bench (tests/bench/engines-bench.mjs).
use std::time::Instant;

use report_clean::tools::synth::synthetic_reports;
use report_clean::{parse_query, QueryMatcher, Report, SearchIndex, Section};

/// The queries of tests/bench/engines-bench.mjs.
const QUERIES: &str = include_str!("../../../tests/bench/engine-queries.json");
const RUNS: usize = 9;

/// Peak and current resident memory, from /proc (Linux), in MB.
fn memory_mb() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

fn median_ms(mut run: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            run();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

/// A report's paragraphs, each alone in a report with no title (what
/// crates/search-bench indexes).
fn paragraph_documents(mut report: Report) -> Vec<Report> {
    let paragraphs: Vec<String> = report
        .sections
        .drain(..)
        .flat_map(|s| s.paragraphs)
        .collect();
    report.title.clear();
    report.subtitle = None;
    report.captions.clear();
    report.figures.clear();
    paragraphs
        .into_iter()
        .map(|p| Report {
            sections: vec![Section {
                heading: Vec::new(),
                paragraphs: vec![p],
                themes: Vec::new(),
            }],
            ..report.clone()
        })
        .collect()
}

fn main() {
    let seeds = report_clean::parse_corpus(include_str!("../../../data/corpus.json"))
        .expect("the bundled corpus reads");
    let paragraphs = std::env::args().any(|a| a == "--paragraphs");
    let counts: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|n| n.parse().ok())
        .collect();
    for count in if counts.is_empty() {
        vec![1000]
    } else {
        counts
    } {
        let (_, before) = memory_mb();
        let mut index = SearchIndex::default();
        let mut build_ms = 0.0;
        for report in synthetic_reports(&seeds.reports, count, 1) {
            let documents = if paragraphs {
                paragraph_documents(report)
            } else {
                vec![report]
            };
            let started = Instant::now();
            for document in &documents {
                index.push(document);
            }
            build_ms += started.elapsed().as_secs_f64() * 1000.0;
        }
        let started = Instant::now();
        index.shrink_to_fit();
        build_ms += started.elapsed().as_secs_f64() * 1000.0;
        let (peak, after) = memory_mb();
        let folded = index.folded_bytes();
        let chars: usize = (0..index.len())
            .flat_map(|i| index.folded_texts(i))
            .map(|t| t.chars().count())
            .sum();
        let postings = index.postings();
        println!(
            "{count} reports as {} documents, {chars} characters: index built in {build_ms:.0} ms; \
             postings {:.1} MB ({} grams, {:.2} bytes per character), folded text {:.1} MB; \
             resident {before:.0} MB before → {after:.0} MB with the index, peak {peak:.0} MB",
            index.len(),
            postings.size_bytes() as f64 / 1048576.0,
            postings.grams(),
            postings.size_bytes() as f64 / chars as f64,
            folded as f64 / 1048576.0,
        );
        println!("| query | documents | index ms | scan ms |");
        println!("| --- | ---: | ---: | ---: |");
        let queries: Vec<String> =
            serde_json::from_str(QUERIES).expect("the benchmark's queries read");
        for q in &queries {
            let query = parse_query(q);
            let matcher = QueryMatcher::new(&query);
            let scan = || {
                (0..index.len())
                    .map(|i| index.report_hits(i, &matcher))
                    .collect::<Vec<_>>()
            };
            let found = index.search(&query);
            assert_eq!(found, scan(), "{q}: the index and the scan differ");
            let index_ms = median_ms(|| {
                std::hint::black_box(index.search(&query));
            });
            let scan_ms = median_ms(|| {
                std::hint::black_box(scan());
            });
            let reports = found.iter().flatten().count();
            println!("| {q} | {reports} | {index_ms:.2} | {scan_ms:.2} |");
        }
    }
}
