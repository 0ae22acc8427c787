//! Whether to ship a corpus's search index or build it on load: for a
//! corpus JSON, the time to build its `SearchIndex` (and the folding alone,
//! which the reader's hits need either way) against the size of its
//! postings as one shard (`Postings::to_shards(1)`, the compact form a
//! sharded corpus ships) and the time to read that shard back. Writes the
//! shard to `<out>` if given, for `gzip -6 -c <out> | wc -c`.
//!
//! `cargo run --release -p report-clean --example shipped_index -- data/corpus.json [out]`
//! (docs/benchmarks.md, "Shipping the index built at corpus build time").
use std::time::Instant;

use report_clean::{fold_for_search, parse_corpus, read_shard, Postings, SearchIndex};

fn mean_ms(runs: u32, mut run: impl FnMut()) -> f64 {
    let t = Instant::now();
    for _ in 0..runs {
        run();
    }
    t.elapsed().as_secs_f64() * 1000.0 / f64::from(runs)
}

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .ok_or("usage: shipped_index <corpus.json> [out]")?;
    let json = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let corpus = parse_corpus(&json).map_err(|e| format!("{path}: {e}"))?;
    let reports = &corpus.reports;
    // Enough runs for a small corpus's milliseconds to settle.
    let runs = if reports.len() > 100 { 3 } else { 50 };
    let build = mean_ms(runs, || drop(SearchIndex::new(reports)));
    let fold = mean_ms(runs, || {
        for report in reports {
            let texts: Vec<&str> = report.reader_texts().into_iter().map(|(_, t)| t).collect();
            drop(fold_for_search(&texts.join("\n")));
        }
    });
    let index = SearchIndex::new(reports);
    let shard = index.postings().to_shards(1).remove(0);
    let read = mean_ms(runs, || {
        let read = read_shard(&shard).expect("a shard just written reads back");
        drop(Postings::from_shards(&[read]));
    });
    println!(
        "{path}: {} reports, corpus JSON {} bytes; index built in {build:.1} ms (folding alone {fold:.1} ms); \
         postings as one shard {} bytes, read back in {read:.1} ms",
        reports.len(),
        json.len(),
        shard.len(),
    );
    if let Some(out) = args.get(1) {
        std::fs::write(out, &shard).map_err(|e| format!("{out}: {e}"))?;
    }
    Ok(())
}
