//! The trends on real reports (`../shared/realworld`, see its README),
//! imported as a user imports them: the State Council's reports of
//! 1954–2025 from their JSON Lines file and the 31 provincial reports of
//! 2026 from their CSVs. Counts are checked against a plain scan of the
//! reports' text; the tables are printed for docs/trends.md (the
//! provinces' distinctive terms for docs/word-rule.md and
//! docs/word-rule-rounds.md):
//! `cargo test -p report-clean --test pipeline trends_realworld:: -- --nocapture`.
//! Where `../shared` is absent each test says so and passes.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use crate::support::realworld;
use report_clean::import::{import_file, KnownReports};
use report_clean::{
    body_sizes, district_units, first_use_date, key_terms_by_district, key_terms_of_units,
    new_terms, parse_query, trends, CorpusGrams, Granularity, Period, RegionLevel, Report,
    SearchIndex, Selection, Trends, NEW_TERMS_LIMIT,
};

fn import(path: &Path) -> Vec<Report> {
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let bytes = std::fs::read(path).expect("readable");
    import_file(&name, &bytes, &mut KnownReports::default(), 1)
        .result
        .unwrap_or_else(|why| panic!("{name}: {why}"))
        .reports
}

/// Occurrences of `term` in the report's reader texts, by the reference
/// count (every position tried, no index).
fn plain_count(report: &Report, term: &str) -> usize {
    report_clean::tools::plain_scan::plain_count(
        report.reader_texts().iter().map(|(_, text)| *text),
        term,
    )
}

const NATIONAL_TERMS: [&str; 3] = ["改革开放", "高质量发展", "新质生产力"];

/// The State Council's reports, imported once for every test of this file
/// (importing is most of its time in a debug build).
fn national() -> Option<&'static [Report]> {
    static NATIONAL: OnceLock<Option<Vec<Report>>> = OnceLock::new();
    NATIONAL
        .get_or_init(|| {
            let file = realworld()?.join("national/government_work_reports.jsonl");
            Some(import(&file))
        })
        .as_deref()
}

fn national_trends(reports: &[Report]) -> Trends {
    trends(
        reports,
        &body_sizes(reports),
        &SearchIndex::new(reports),
        &parse_query(&NATIONAL_TERMS.join(" ")),
        &Selection::default(),
        (RegionLevel::Province, Granularity::Year),
    )
}

#[test]
fn national_trends_match_a_plain_scan_year_by_year() {
    let Some(reports) = national() else { return };
    let t = national_trends(reports);
    // Per year, the plain scan's hits and reports using each term.
    let mut scan: BTreeMap<Period, (usize, Vec<(usize, usize)>)> = BTreeMap::new();
    for r in reports {
        let year = r.date.as_ref().and_then(|d| d.year());
        let period = year.map_or(Period::Undated, Period::Year);
        let row = scan
            .entry(period)
            .or_insert_with(|| (0, vec![(0, 0); NATIONAL_TERMS.len()]));
        row.0 += 1;
        for (t, term) in NATIONAL_TERMS.iter().enumerate() {
            let n = plain_count(r, term);
            row.1[t].0 += n;
            row.1[t].1 += usize::from(n > 0);
        }
    }
    println!("\nNational reports: hits (reports using) per year, years with a hit only");
    println!("| Year | Reports | {} |", NATIONAL_TERMS.join(" | "));
    println!("|---|---|{}", "---|".repeat(NATIONAL_TERMS.len()));
    assert_eq!(t.overall.len(), scan.len(), "one row per year");
    for row in &t.overall {
        let (reports_in, terms) = &scan[&row.period];
        assert_eq!(row.reports, *reports_in, "{:?}", row.period);
        let hits: Vec<(usize, usize)> = row.hits.iter().copied().zip(row.using.clone()).collect();
        assert_eq!(&hits, terms, "{:?}: hits and reports using", row.period);
        if row.hits.iter().any(|&h| h > 0) {
            let cells: Vec<String> = hits.iter().map(|(h, u)| format!("{h} ({u})")).collect();
            println!(
                "| {} | {} | {} |",
                row.period.label(report_clean::i18n::Lang::En),
                row.reports,
                cells.join(" | ")
            );
        }
    }
    let years_using = |term: usize| -> Vec<u16> {
        t.overall
            .iter()
            .filter(|r| r.hits[term] > 0)
            .filter_map(|r| r.period.year())
            .collect()
    };
    for (term, name) in NATIONAL_TERMS.iter().enumerate() {
        println!("{name}: used in {:?}", years_using(term));
    }
    assert_eq!(
        years_using(2).first(),
        Some(&2024),
        "新质生产力 arrives in 2024"
    );
    let first = &t.uptake[2].first_uses;
    assert_eq!(first.len(), 1, "one government: the State Council");
    let date = first[0].date.as_ref().expect("the 2024 report is dated");
    assert_eq!(date.year(), Some(2024));
    assert_eq!(first[0].line.keyword, "新质生产力");
    println!(
        "First use of 新质生产力: {} — {}",
        first_use_date(Some(date), report_clean::i18n::Lang::En),
        reports[first[0].report].title
    );
    assert!(
        years_using(0).len() > 30,
        "改革开放 runs through four decades"
    );
}

#[test]
fn new_in_2024_lists_new_quality_productive_forces() {
    let Some(reports) = national() else { return };
    let grams = CorpusGrams::new(reports, &SearchIndex::new(reports));
    let found = new_terms(
        reports,
        &grams,
        &Selection::default(),
        Period::Year(2024),
        (RegionLevel::Province, Granularity::Year),
        NEW_TERMS_LIMIT,
    );
    let listed: Vec<String> = found
        .terms
        .iter()
        .map(|t| {
            let stock = if t.boilerplate { " [stock]" } else { "" };
            format!("{} ×{}{stock}", t.term, t.count)
        })
        .collect();
    println!(
        "\nNew in 2024 ({} report, {} before): {}",
        found.reports,
        found.before,
        listed.join(" · ")
    );
    assert!(
        found.terms.iter().any(|t| t.term == "新质生产力"),
        "{listed:?}"
    );
}

/// The 31 provincial reports, imported once for every test of this file.
fn provincial() -> Option<&'static [Report]> {
    static PROVINCIAL: OnceLock<Option<Vec<Report>>> = OnceLock::new();
    PROVINCIAL
        .get_or_init(|| {
            let dir = realworld()?.join("provincial-2026");
            let mut files: Vec<_> = std::fs::read_dir(&dir)
                .expect("provincial folder")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "csv"))
                .collect();
            files.sort();
            Some(files.iter().flat_map(|f| import(f)).collect())
        })
        .as_deref()
}

#[test]
fn provincial_uptake_of_two_new_formulations() {
    let Some(reports) = provincial() else { return };
    assert_eq!(reports.len(), 31, "one report per province");
    let terms = ["新质生产力", "低空经济"];
    let q = parse_query(&terms.join(" "));
    let t = trends(
        reports,
        &body_sizes(reports),
        &SearchIndex::new(reports),
        &q,
        &Selection::default(),
        (RegionLevel::Province, Granularity::Year),
    );
    assert_eq!(t.regions.len(), 31, "every province at province level");
    println!("\nProvincial reports of 2026: hits per province (rate per 10,000 characters)");
    println!("| Province | {} |", terms.join(" | "));
    println!("|---|---|---|");
    for region in &t.regions {
        let members: Vec<&Report> = reports
            .iter()
            .filter(|r| {
                report_clean::region_at(r, RegionLevel::Province).map(|s| s.code)
                    == Some(region.code.as_str())
            })
            .collect();
        let row = &region.rows[0];
        for (i, term) in terms.iter().enumerate() {
            let plain: usize = members.iter().map(|r| plain_count(r, term)).sum();
            assert_eq!(row.hits[i], plain, "{} {term}", region.name);
        }
        let cells: Vec<String> = (0..terms.len())
            .map(|i| format!("{} ({:.2})", row.hits[i], row.rate(i)))
            .collect();
        println!("| {} | {} |", region.name, cells.join(" | "));
    }
    for (i, term) in terms.iter().enumerate() {
        let uses = &t.uptake[i].first_uses;
        let using = t.regions.iter().filter(|r| r.rows[0].hits[i] > 0).count();
        assert_eq!(
            uses.len(),
            using,
            "{term}: a first use per province using it"
        );
        let order: Vec<String> = uses
            .iter()
            .map(|f| {
                let date = first_use_date(f.date.as_ref(), report_clean::i18n::Lang::En);
                format!("{} {date}", f.region)
            })
            .collect();
        println!(
            "\n{term}, used by {using} of 31, in order: {}",
            order.join(" → ")
        );
        let dates: Vec<String> = uses
            .iter()
            .map(|f| f.date.as_ref().map_or("~".into(), |d| d.value.clone()))
            .collect();
        let mut sorted = dates.clone();
        sorted.sort();
        assert_eq!(dates, sorted, "{term}: first uses by date");
    }
}

#[test]
fn distinctive_terms_of_the_provinces() {
    let Some(reports) = provincial() else { return };
    let districts: Vec<String> = report_clean::district_counts(reports)
        .into_iter()
        .map(|(d, _)| d)
        .collect();
    assert_eq!(districts.len(), 31, "{districts:?}");
    println!("\nDistinctive terms of the provincial reports of 2026:");
    let lines = key_terms_by_district(reports, &SearchIndex::new(reports), 20);
    assert_eq!(lines.len(), 31);
    for line in &lines {
        println!("{line}");
        let terms = line
            .split_once("): ")
            .map_or(0, |(_, t)| t.split(' ').count());
        assert!(terms >= 20, "{line}");
    }
}

/// Characters of grammar no listed term begins or ends with, and those no
/// term ends with: the shapes of the fragments the word rule once let
/// through (是聚力在, 的现代化宁夏, 对口援青和, 居全国第, 生命科学等); nor
/// does a term begin with the measure of a number before it (项指标).
const NEVER_AT_AN_EDGE: [char; 2] = ['的', '是'];
const NEVER_LAST: [char; 6] = ['第', '和', '等', '在', '与', '及'];

#[test]
fn distinctive_terms_of_the_provinces_have_no_fragment_shapes() {
    let Some(reports) = provincial() else {
        println!("../shared/realworld is absent: the provinces' terms are not checked");
        return;
    };
    let index = SearchIndex::new(reports);
    let districts: Vec<String> = report_clean::district_counts(reports)
        .into_iter()
        .map(|(d, _)| d)
        .collect();
    // Four at a time, as the comparison takes them (and as the docs list
    // them): all 31 provinces are checked.
    let units: Vec<_> = districts
        .chunks(4)
        .flat_map(|chunk| district_units(reports, chunk))
        .collect();
    assert_eq!(units.len(), 31);
    let grams = CorpusGrams::new(reports, &index);
    let listed = districts.chunks(4).flat_map(|chunk| {
        let units = district_units(reports, chunk);
        key_terms_of_units(reports, &index, &grams, &units, 20)
    });
    for (n, (unit, terms)) in units.iter().zip(listed).enumerate() {
        for t in &terms {
            let (first, last) = (t.term.chars().next(), t.term.chars().next_back());
            assert!(
                !first.is_some_and(|c| NEVER_AT_AN_EDGE.contains(&c))
                    && !last
                        .is_some_and(|c| NEVER_AT_AN_EDGE.contains(&c) || NEVER_LAST.contains(&c)),
                "{}: {} has a character of grammar at an edge",
                unit.label,
                t.term
            );
            // A term of three characters or more that follows a number in
            // every use begins with the number's measure (项指标 of 5项指标),
            // unless it begins with a numeral itself (万千瓦).
            let numeral = |c: char| {
                c.is_ascii_digit()
                    || ('０'..='９').contains(&c)
                    || "〇零一二三四五六七八九十百千万亿两几多".contains(c)
            };
            let before: Vec<Option<char>> = unit
                .reports
                .iter()
                .flat_map(|&i| reports[i].sections.iter().flat_map(|s| &s.paragraphs))
                .flat_map(|p| {
                    p.match_indices(t.term.as_str()).map(|(at, _)| {
                        // A year before a name is no count (2030启航计划).
                        let digits = p[..at].chars().rev().take_while(char::is_ascii_digit);
                        let year = digits.count() == 4;
                        p[..at].chars().next_back().filter(|_| !year)
                    })
                })
                .collect();
            let counted = t.term.chars().count() >= 3
                && !first.is_some_and(numeral)
                && !before.is_empty()
                && before.iter().all(|c| c.is_some_and(numeral));
            assert!(
                !counted,
                "{}: {} always follows a number",
                unit.label, t.term
            );
            // A listed term inside a longer one that has most of its uses
            // is that word's fragment (秦沈高 in 秦沈高速). Checked for the
            // first four, as the comparison first shows them: further on
            // it finds 持续用力 in 持续用力打造 and 跃升 (a word, 2 of its
            // 10 uses elsewhere) in 实现新跃升, still listed.
            let whole = terms
                .iter()
                .filter(|_| n < 4)
                .find(|l| l.term != t.term && l.term.contains(&t.term) && l.here * 5 >= t.here * 4);
            assert!(
                whole.is_none(),
                "{}: {} is inside {:?}",
                unit.label,
                t.term,
                whole.map(|w| &w.term)
            );
        }
    }
}

/// Words each province's list keeps through the word rule's rounds (read
/// in docs/word-rule.md and the rounds files docs/word-rule-rounds*.md): names, set phrases
/// and a pronoun's word, some of them beside the shapes the rule takes
/// apart (秦沈高 of 秦沈高速, 对口援青和, 持续用力打造).
const WORDS_THAT_STAY: [(&str, &[&str]); 5] = [
    ("辽宁省", &["秦沈高速"]),
    ("湖南省", &["湘江科学城", "持续用力"]),
    ("青海省", &["对口援青", "青藏高原"]),
    ("宁夏回族自治区", &["我区"]),
    ("黑龙江省", &["哈大齐国家自主创新示范区"]),
];
/// How far down each province's list the words above are looked for.
const WORDS_THAT_STAY_LIMIT: usize = 60;

#[test]
fn words_of_the_provinces_stay_listed() {
    let Some(reports) = provincial() else { return };
    let lines = key_terms_by_district(reports, &SearchIndex::new(reports), WORDS_THAT_STAY_LIMIT);
    for (province, words) in WORDS_THAT_STAY {
        let line = lines
            .iter()
            .find(|l| l.contains(&format!("**{province}**")))
            .unwrap_or_else(|| panic!("{province} is listed"));
        let terms: Vec<&str> = line
            .split_once("): ")
            .map_or(vec![], |(_, t)| t.split(' ').collect());
        for word in words {
            assert!(terms.contains(word), "{province}: {word} in {line}");
        }
    }
}
