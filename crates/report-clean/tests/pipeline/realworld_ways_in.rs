//! The real reports of `../shared/realworld` (beside the clone; see its
//! README) through every way in: the provincial reports of 2026 as the CSV
//! they come in and as the `.txt` a user copies, the State Council's
//! reports as the JSON Lines file they come in. Judged on what this part
//! of the pipeline owns: the region at its level, and for the national
//! file that every report comes in with its title and year. Where
//! `../shared` is absent the test says so and passes without judging.

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::support::{import_file_as_user, realworld};
use report_clean::{RegionLevel, Report};
use serde_json::Value;

fn gold(path: &PathBuf) -> Vec<Value> {
    std::fs::read_to_string(path)
        .expect("gold readable")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("gold line is JSON"))
        .collect()
}

/// The State Council's JSON Lines file as read and as a user imports it,
/// once for both national tests (importing is most of their time).
fn national(dir: &std::path::Path) -> &'static (Vec<u8>, Vec<Report>) {
    static NATIONAL: OnceLock<(Vec<u8>, Vec<Report>)> = OnceLock::new();
    NATIONAL.get_or_init(|| {
        let path = dir.join("national").join("government_work_reports.jsonl");
        let bytes = std::fs::read(&path).expect("JSON Lines readable");
        let reports = import_file_as_user("government_work_reports.jsonl", &bytes);
        (bytes, reports)
    })
}

/// The `full_text` cell of a provincial CSV, as a user would copy the page.
fn full_text(csv: &[u8]) -> String {
    let text = String::from_utf8_lossy(csv);
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let at = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "full_text")
        .expect("a full_text column");
    let row = reader.records().next().unwrap().unwrap();
    row.get(at).unwrap().to_string()
}

/// Whether the report is the province's own, at province level.
fn provincial(report: &Report, province: &str) -> bool {
    report.region.as_ref().is_some_and(|r| {
        r.level == RegionLevel::Province
            && r.province.as_ref().is_some_and(|p| p.name == province)
            && r.city.is_none()
            && r.county.is_none()
    })
}

#[test]
fn provincial_reports_are_the_provinces_as_csv_and_as_text() {
    let Some(dir) = realworld() else { return };
    let set = dir.join("provincial-2026");
    let gold = gold(&set.join("gold.jsonl"));
    assert_eq!(gold.len(), 31);
    let (mut as_csv, mut as_txt) = (0, 0);
    let mut misses = Vec::new();
    for g in &gold {
        let file = g["file"].as_str().unwrap();
        let province = g["region"]["province"].as_str().unwrap();
        let bytes = std::fs::read(set.join(file)).expect("CSV readable");
        let csv = import_file_as_user(file, &bytes);
        assert_eq!(csv.len(), 1, "{file}: one report per row");
        if provincial(&csv[0], province) {
            as_csv += 1;
        } else {
            misses.push(format!("{file} (csv): {:?}", csv[0].region));
        }
        let txt_name = file.replace(".csv", ".txt");
        let txt = import_file_as_user(&txt_name, full_text(&bytes).as_bytes());
        if provincial(&txt[0], province) {
            as_txt += 1;
        } else {
            misses.push(format!("{txt_name}: {:?}", txt[0].region));
        }
    }
    eprintln!("provincial region at its level: CSV {as_csv}/31, .txt {as_txt}/31");
    // 95 % of 31 is 29.45: at most one miss each.
    assert!(
        as_csv * 100 >= 95 * 31 && as_txt * 100 >= 95 * 31,
        "{misses:#?}"
    );
}

#[test]
fn every_national_report_comes_in_with_its_title_year_and_level() {
    let Some(dir) = realworld() else { return };
    let set = dir.join("national");
    let (bytes, reports) = national(&dir);
    let lines = String::from_utf8_lossy(bytes)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    assert_eq!(reports.len(), lines, "every line a report");
    let gold = gold(&set.join("gold.jsonl"));
    assert!(gold.len() >= 50);
    for g in &gold {
        let line = g["line"].as_u64().unwrap();
        let origin = format!("government_work_reports.jsonl (record {line})");
        let r = reports
            .iter()
            .find(|r| r.origin == origin)
            .unwrap_or_else(|| panic!("{origin} not imported"));
        assert_eq!(r.title, g["title"].as_str().unwrap(), "{origin}");
        let year = r.date.as_ref().map(|d| d.value[..4].to_string());
        assert_eq!(year.as_deref(), g["year"].as_str(), "{origin}");
        assert_eq!(
            r.region.as_ref().map(|x| x.level),
            Some(RegionLevel::National),
            "{origin}: {:?}",
            r.region
        );
    }
    // The resolutions of the National People's Congress come in too, and
    // are the country's.
    assert!(reports
        .iter()
        .all(|r| r.region.as_ref().map(|x| x.level) == Some(RegionLevel::National)));
}

/// A line of the source that is only a top-level heading: `二、2012年工作总体部署`
/// alone, short, with no sentence end.
fn is_top_heading_line(line: &str) -> bool {
    let text = line.trim_matches([' ', '\t', '\u{3000}', '\u{a0}']);
    let numeral = text
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .count();
    (1..=2).contains(&numeral)
        && text.chars().nth(numeral) == Some('、')
        && text.chars().count() > numeral + 1
        && text.chars().count() <= 40
        && !text.contains(['。', '！', '？', '；', '，', '：', ' '])
}

#[test]
fn the_national_reports_keep_their_headings_and_drop_the_wikis_notice() {
    let Some(dir) = realworld() else { return };
    let (bytes, reports) = national(&dir);
    let sources: Vec<Value> = String::from_utf8_lossy(bytes)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    let mut headings_seen = 0;
    for (source, report) in sources.iter().zip(reports) {
        let title = &report.title;
        // Indented prose with flush headings, a stray indented line among
        // them: no heading is taken for a photo's caption.
        assert!(report.captions.is_empty(), "{title}: {:?}", report.captions);
        let headings: Vec<String> = report
            .sections
            .iter()
            .filter_map(|s| s.heading_text())
            .collect();
        for line in source["content"].as_str().unwrap().lines() {
            if is_top_heading_line(line) {
                let text = line.trim_matches([' ', '\t', '\u{3000}', '\u{a0}']);
                assert!(
                    headings.iter().any(|h| h.contains(text)),
                    "{title}: {text} is no heading in {headings:?}"
                );
                headings_seen += 1;
            }
        }
        // The wiki's notice of the text's rights is no part of the report.
        for section in &report.sections {
            for text in section.heading.iter().chain(&section.paragraphs) {
                assert!(!text.contains("公有领域"), "{title}: {text}");
            }
        }
    }
    assert!(headings_seen > 150, "{headings_seen} headings checked");
}
