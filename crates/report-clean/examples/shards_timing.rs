//! What the page computes for a sharded corpus, natively, step by step: the
//! catalogue read and indexed (load), then for each benchmark query of
//! scripts/bench-shards.sh, with its shards held, the count from the shards
//! and the views over it (result rows, facet counts, hits per district).
//! Tells the core's share of the browser's figures from the drawing's.
//!
//! `cargo run --release -p report-clean --example shards_timing -- target/bench/shards-10000`
//! (the folder `report-cli split --shards` wrote; scripts/bench-shards.sh
//! makes it).
use std::time::Instant;

use report_clean::{
    district_hits, facet_counts, parse_corpus_file, parse_query, query_shards, read_shard, results,
    search_all, search_shards, shard_file, CorpusFile, FacetIndex, SearchIndex, Selection,
    TermCache,
};

/// The queries of tests/bench/shards-bench.mjs.
const QUERIES: [&str; 11] = [
    "营商环境",
    "乡村振兴",
    "高质量发展",
    "双招双引",
    "新旧动能转换",
    "固定资产投资",
    "城市更新",
    "招商引资",
    "科技创新",
    "民生",
    "高质量发展 城市更新",
];
const RUNS: usize = 5;

fn median_ms<T>(mut run: impl FnMut() -> T) -> (f64, T) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..RUNS {
        let t = Instant::now();
        last = Some(run());
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    (times[RUNS / 2], last.expect("RUNS > 0"))
}

fn main() {
    let folder = std::env::args()
        .nth(1)
        .expect("usage: shards_timing <folder written by report-cli split --shards>");
    let folder = std::path::Path::new(&folder);
    let text = std::fs::read_to_string(folder.join("corpus.json")).expect("the catalogue");
    let (parse, file) = median_ms(|| parse_corpus_file(&text).expect("a catalogue"));
    let CorpusFile::Sharded(catalogue) = file else {
        panic!("not a sharded catalogue")
    };
    let reports = catalogue.reports;
    let (index_ms, index) = median_ms(|| SearchIndex::new(&reports));
    let (facet_index_ms, facets) = median_ms(|| FacetIndex::new(&reports));
    println!(
        "{} reports: catalogue {:.1} MB parsed in {parse:.1} ms, indexed in {index_ms:.1} ms, facet keys in {facet_index_ms:.1} ms",
        reports.len(),
        text.len() as f64 / 1048576.0
    );
    println!("\n| query | count from shards ms | terms' counts kept ms | local index ms | rows ms | facet counts ms | hits per district ms |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    let selection = Selection::default();
    for q in QUERIES {
        let query = parse_query(q);
        let shards: Vec<_> = query_shards(&query, catalogue.shards)
            .into_iter()
            .map(|n| {
                let bytes = std::fs::read(folder.join(shard_file(n))).expect("a shard");
                read_shard(&bytes).expect("a readable shard")
            })
            .collect::<Vec<_>>();
        let shards: Vec<_> = shards.iter().collect();
        // Read anew each time, then with the query's terms' counts kept.
        let answer = |cache: &mut TermCache| {
            search_shards(&shards, catalogue.shards, reports.len(), &query, cache)
                .expect("an answer")
        };
        let (count_ms, matches) = median_ms(|| answer(&mut TermCache::new()));
        let mut kept = TermCache::new();
        answer(&mut kept);
        let (kept_ms, _) = median_ms(|| answer(&mut kept));
        let (local_ms, _) = median_ms(|| search_all(&index, &query));
        let (rows_ms, rows) = median_ms(|| results(&reports, &matches, &selection));
        let (facets_ms, counts) = median_ms(|| facet_counts(&facets, &matches, &selection));
        let (district_ms, _) = median_ms(|| district_hits(&rows, &facets, query.terms.len()));
        let top = facets
            .regions()
            .top()
            .iter()
            .map(|&n| counts.divisions[n as usize]);
        assert!(top.sum::<usize>() <= rows.len());
        println!("| {q} | {count_ms:.1} | {kept_ms:.1} | {local_ms:.1} | {rows_ms:.1} | {facets_ms:.1} | {district_ms:.1} |");
    }
}
