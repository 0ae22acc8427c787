//! Times what an empty result list offers for a slip of typing (the
//! strings one edit from a term no report holds, and what letters typed
//! with the input method off read as in pinyin), and what the search box
//! offers for a term written another way (a date, a figure, an
//! abbreviation, a phrase with quotes inside), natively, over a
//! synthetic corpus:
//! `cargo run --release -p report-clean --example near_miss_timing -- 1000`.
mod support;

use std::time::Instant;

use report_clean::SearchIndex;
use report_core::NearMiss;

fn main() {
    let (count, corpus) = support::synthetic_corpus_from_args();
    let index = SearchIndex::new(&corpus.reports);
    println!(
        "{count} reports, {:.1} M characters of folded text",
        index.folded_bytes() as f64 / 3.0 / 1e6
    );
    // A homophone, a dropped, an added and a swapped character, a slip
    // in a two-character word, and a term with no neighbour at all.
    let slips = [
        "营商环竟",
        "乡振兴",
        "高质量量发展",
        "新旧动转能换",
        "民声",
        "量子纠缠",
    ]
    .map(|term| (term, SearchIndex::near_misses as Offer));
    // Pinyin: a long word, a two-syllable one with many homophones, a
    // heteronym, apostrophes, and letters that read as nothing.
    let pinyin = [
        "yingshanghuanjing",
        "shiyan",
        "chongqing",
        "xiang'cun'zhen'xing",
        "qqxz",
        // Letters an input method committed beside its characters.
        "营商huanjing",
    ]
    .map(|term| (term, SearchIndex::read_as_pinyin as Offer));
    // Initials, as the page reads them where letters read as no pinyin.
    let initials = ["xczx", "yshj", "gzlfz"].map(|term| (term, pinyin_offers as Offer));
    // Short forms written out: one the texts write out, one with a
    // common first character, one they never write.
    let full = ["规上工业", "人均收入", "发改委"]
        .map(|term| (term, SearchIndex::written_in_full as Offer));
    for (term, offer) in slips.into_iter().chain(pinyin).chain(initials).chain(full) {
        let started = Instant::now();
        let offered = offer(&index, term, 3);
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let offered: Vec<String> = offered
            .iter()
            .map(|m| format!("{} ({})", m.text, m.count))
            .collect();
        println!("{term}: {ms:.1} ms → {}", offered.join(", "));
    }
    // A term's other spellings, asked at each keystroke of a term that may
    // have one: a year with a zero (three spellings), one in numerals, a
    // figure typed whole and one copied grouped, an abbreviation alone and
    // in a term, phrases typed without the quotes reports put in them
    // (one the synthetic reports quote often, and one they write bare).
    for term in [
        "1958年",
        "2005年",
        "二〇二三年",
        "1234.5万元",
        "12,000",
        "gdp",
        "gdp增长",
        "项目为王理念",
        "六稳工作",
        "营商环境",
        "高质量发展",
    ] {
        let started = Instant::now();
        let found = report_core::spellings_found(&index, term, &[]);
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let found = found.map_or("–".to_string(), |s| {
            format!(
                "{} ({} reports, {} hits)",
                s.texts.join(", "),
                s.reports,
                s.hits
            )
        });
        println!("{term}: {ms:.1} ms → {found}");
    }
}

/// What an empty list offers for a term.
type Offer = fn(&SearchIndex, &str, usize) -> Vec<NearMiss>;

/// What the page offers for letters typed as `input`, all terms together.
fn pinyin_offers(index: &SearchIndex, input: &str, limit: usize) -> Vec<NearMiss> {
    index
        .pinyin_offers(input, limit)
        .into_iter()
        .flat_map(|(_, read)| read)
        .collect()
}
