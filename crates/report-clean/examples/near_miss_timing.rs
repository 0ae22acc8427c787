//! Times what an empty result list offers for a slip of typing (the
//! strings one edit from a term no report holds, and what letters typed
//! with the input method off read as in pinyin), natively, over a
//! synthetic corpus:
//! `cargo run --release -p report-clean --example near_miss_timing -- 1000`.
mod support;

use std::time::Instant;

use report_clean::SearchIndex;

fn main() {
    let (count, corpus) = support::synthetic_corpus_from_args();
    let index = SearchIndex::new(&corpus.reports);
    println!(
        "{count} reports, {:.1} M characters of folded text",
        index.folded_bytes() as f64 / 3.0 / 1e6
    );
    // A homophone, a dropped, an added and a swapped character, a slip
    // in a two-character word, and a term with no neighbour at all.
    for term in [
        "营商环竟",
        "乡振兴",
        "高质量量发展",
        "新旧动转能换",
        "民声",
        "量子纠缠",
    ] {
        let started = Instant::now();
        let misses = index.near_misses(term, 3);
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let offered: Vec<String> = misses
            .iter()
            .map(|m| format!("{} ({})", m.text, m.count))
            .collect();
        println!("{term}: {ms:.1} ms → {}", offered.join(", "));
    }
    // Pinyin: a long word, a two-syllable one with many homophones, a
    // heteronym, apostrophes, and letters that read as nothing.
    for term in [
        "yingshanghuanjing",
        "shiyan",
        "chongqing",
        "xiang'cun'zhen'xing",
        "qqxz",
    ] {
        let started = Instant::now();
        let read = index.read_as_pinyin(term, 3);
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let offered: Vec<String> = read
            .iter()
            .map(|m| format!("{} ({})", m.text, m.count))
            .collect();
        println!("{term}: {ms:.1} ms → {}", offered.join(", "));
    }
}
