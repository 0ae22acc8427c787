//! The whole pipeline fuzzed: sentences of Chinese statistical writing made
//! by a small grammar (figures, ranges, Chinese numerals, ranks, years,
//! 分别 lists) with random brackets, punctuation, full-width characters,
//! traditional characters, emoji, stray spaces, empty and very long lines;
//! plus the five seed reports with random insertions, deletions and swaps.
//! Each input goes through `process_report` and `import_file` (as a web
//! page, a CSV, JSON records, a text in another encoding, a page saved as
//! one file: see [`Way`]), one `catch_unwind` each; the first panic is shrunk
//! to a smallest input and reported with it. Deterministic (a fixed seed).
//! `FUZZ_CASES=20000 FUZZ_SEED=7 cargo test -p report-clean --test
//! pipeline fuzz_pipeline:: -- --ignored` hunts longer.

use report_clean::import::{import_file, KnownReports};
use report_clean::process_report;

use crate::support::quiet_panics::panic_of;
use crate::support::rng::Rng;
use crate::support::statistical_text::{grammar_text, mutated_seed, soup};
use crate::support::web_archive::{saved_by_chrome, saved_by_internet_explorer};

fn as_html(text: &str) -> String {
    let mut html = String::from("<html><head><meta charset=\"utf-8\"><title>");
    html += text.lines().next().unwrap_or("");
    html += "</title></head><body><div class=\"content\">";
    for l in text.lines() {
        if l.contains('、') {
            html += "<table><tr><td>";
            html += &l.replace('、', "</td><td>");
            html += "</td></tr></table>\n";
        } else {
            html += "<p>";
            html += l;
            html += "</p>\n";
        }
    }
    html + "</div></body></html>"
}

fn as_csv(text: &str) -> String {
    format!(
        "title,date,text\n\"{}\",2021-02-19,\"{}\"\n",
        text.lines().next().unwrap_or("").replace('"', "\"\""),
        text.replace('"', "\"\"")
    )
}

/// `text` as JSON records: one object with the columns the import
/// recognises, the title its first line.
fn as_json_record(text: &str) -> serde_json::Value {
    serde_json::json!({
        "title": text.lines().next().unwrap_or(""),
        "date": "2021-02-19",
        "region": "某某县",
        "content": text,
    })
}

/// `text` encoded as GBK, as older Chinese sites and Windows tools write
/// it (characters GBK lacks become numeric references, as encoders do).
fn as_gbk(text: &str) -> Vec<u8> {
    encoding_rs::GBK.encode(text).0.into_owned()
}

/// The ways in: as a text; as a web page (UTF-8, or GBK declared); as a CSV;
/// as JSON records (an array, or JSON Lines) and as such records cut off
/// mid-file; as a text file whose bytes are no longer UTF-8 (one broken in
/// the middle, the last cut off), in GBK, or in UTF-16 with its byte-order
/// mark and the last byte cut off; as a page saved as one file, by Chrome
/// (quoted-printable) and by Internet Explorer (base64, GBK declared).
#[derive(Clone, Copy, Debug)]
enum Way {
    Text,
    Html,
    GbkHtml,
    Csv,
    JsonArray,
    JsonLines,
    JsonCut,
    Bytes,
    Gbk,
    Utf16,
    SavedByChrome,
    SavedByInternetExplorer,
}

const WAYS: &[Way] = &[
    Way::Text,
    Way::Html,
    Way::GbkHtml,
    Way::Csv,
    Way::JsonArray,
    Way::JsonLines,
    Way::JsonCut,
    Way::Bytes,
    Way::Gbk,
    Way::Utf16,
    Way::SavedByChrome,
    Way::SavedByInternetExplorer,
];

/// The file `text` becomes on `way` in: its name and bytes.
fn file_for(way: Way, text: &str) -> (&'static str, Vec<u8>) {
    const ADDRESS: &str = "http://www.example.gov.cn/art/2021/2/19/art_1.html";
    match way {
        Way::Text => ("fuzz.txt", text.as_bytes().to_vec()),
        Way::Html => ("fuzz.html", as_html(text).into_bytes()),
        Way::GbkHtml => (
            "fuzz.htm",
            as_gbk(&as_html(text).replace("charset=\"utf-8\"", "charset=\"gbk\"")),
        ),
        Way::Csv => ("fuzz.csv", as_csv(text).into_bytes()),
        Way::JsonArray => {
            let records = serde_json::Value::Array(vec![as_json_record(text); 2]);
            ("fuzz.json", records.to_string().into_bytes())
        }
        Way::JsonLines | Way::JsonCut => {
            let line = as_json_record(text).to_string();
            let mut bytes = format!("{line}\n{line}\n").into_bytes();
            if matches!(way, Way::JsonCut) {
                bytes.truncate(bytes.len() * 3 / 4);
            }
            ("fuzz.jsonl", bytes)
        }
        Way::Bytes => {
            let mut bytes = text.as_bytes().to_vec();
            if let Some(b) = bytes.get_mut(text.len() / 2) {
                *b = 0xB0;
            }
            bytes.pop();
            ("fuzz.txt", bytes)
        }
        Way::Gbk => ("fuzz.txt", as_gbk(text)),
        Way::Utf16 => {
            let mut bytes = vec![0xFF, 0xFE];
            bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            bytes.pop();
            ("fuzz.txt", bytes)
        }
        Way::SavedByChrome => (
            "fuzz.mhtml",
            saved_by_chrome(as_html(text).as_bytes(), ADDRESS),
        ),
        Way::SavedByInternetExplorer => (
            "fuzz.mht",
            saved_by_internet_explorer(
                &as_gbk(&as_html(text).replace("charset=\"utf-8\"", "charset=\"gb2312\"")),
                "gb2312",
                ADDRESS,
            ),
        ),
    }
}

fn run(way: Way, text: &str) {
    match way {
        // The pipeline itself, without the import's reading of a file.
        Way::Text => {
            let _ = process_report("fuzz.txt", text);
        }
        _ => {
            let (name, bytes) = file_for(way, text);
            let _ = import_file(name, &bytes, &mut KnownReports::default(), 1);
        }
    }
}

/// The panic's message and place, if running `text` panics.
fn panics(way: Way, text: &str) -> Option<String> {
    panic_of(|| run(way, text)).err()
}

/// A smaller input that still panics: drop chunks of characters, halving
/// their size, while the panic stays; then lines.
fn shrink(way: Way, text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let mut tries = 0;
    let mut before = usize::MAX;
    while chars.len() < before && tries < 4000 {
        before = chars.len();
        shrink_pass(way, &mut chars, &mut tries);
    }
    chars.into_iter().collect()
}

/// One pass of [`shrink`]: chunks of half the input, a quarter, … one.
fn shrink_pass(way: Way, chars: &mut Vec<char>, tries: &mut usize) {
    let mut chunk = chars.len() / 2;
    while chunk >= 1 && *tries < 4000 {
        let mut at = 0;
        while at < chars.len() && *tries < 4000 {
            let end = (at + chunk).min(chars.len());
            let candidate: String = chars[..at].iter().chain(&chars[end..]).collect();
            *tries += 1;
            if panics(way, &candidate).is_some() {
                chars.drain(at..end);
            } else {
                at += chunk;
            }
        }
        chunk /= 2;
    }
}

fn seeds() -> Vec<Vec<char>> {
    let dir = crate::support::repo_root().join("data/reports");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("data/reports")
        .map(|e| e.expect("entry").path())
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("seed").chars().collect())
        .collect()
}

/// Runs `cases` inputs from `seed`; fails with the smallest panicking input.
fn fuzz(seed: u64, cases: usize) {
    let seeds = seeds();
    let mut rng = Rng(seed | 1);
    for case in 0..cases {
        let text = match case % 4 {
            3 => mutated_seed(&mut rng, &seeds),
            2 => soup(&mut rng),
            _ => grammar_text(&mut rng),
        };
        let way = WAYS[rng.below(WAYS.len())];
        if panics(way, &text).is_some() {
            let small = shrink(way, &text);
            let why = panics(way, &small).unwrap_or_default();
            panic!(
                "case {case} (seed {seed:#x}) panics via {way:?}: {why}\nsmallest input: {small:?}"
            );
        }
    }
}

/// Each way in reads a seed report into reports with its text, so the
/// fuzzer's inputs reach the pipeline rather than a refusal.
#[test]
fn every_way_in_reaches_the_pipeline() {
    let seed = crate::support::seed_text("000_cfd317805aaf1808.txt");
    let sentence = "全区铸造企业由300多家压减到64家";
    assert!(seed.contains(sentence));
    for &way in WAYS.iter().filter(|&&w| !matches!(w, Way::Text)) {
        let (name, bytes) = file_for(way, &seed);
        let reports = crate::support::import_file_as_user(name, &bytes);
        assert!(!reports.is_empty(), "{way:?}: no report");
        assert!(
            reports
                .iter()
                .flat_map(|r| &r.sections)
                .flat_map(|s| &s.paragraphs)
                .any(|p| p.contains(sentence)),
            "{way:?}: the text did not come through"
        );
    }
}

#[test]
fn generated_reports_never_panic() {
    fuzz(0x5EED_2024_1206, 300);
}

#[test]
#[ignore = "a longer hunt: FUZZ_CASES and FUZZ_SEED"]
fn generated_reports_never_panic_long() {
    let env = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    fuzz(env("FUZZ_SEED", 7), env("FUZZ_CASES", 20_000) as usize);
}
