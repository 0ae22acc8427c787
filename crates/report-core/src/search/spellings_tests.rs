//! A term's other spellings, and which of them reports hold.

use super::*;
use crate::test_support::process_report;

#[test]
fn the_spellings_offered_are_those_the_reports_hold() {
    let index = SearchIndex::new(&[
        process_report(
            "a.txt",
            "某某县政府工作报告\n一九五八年，全国工业总产值比一九五七年增长百分之六十六。",
        ),
        process_report(
            "b.txt",
            "某某县政府工作报告\n二〇〇五年完成了计划。二○○五年的任务",
        ),
        process_report("c.txt", "某某县政府工作报告\n1958年的计划和2005年的预算。"),
        process_report(
            "d.txt",
            "某某区政府工作报告\n一般公共预算收入1,234.5万元，其中税收收入1，000万元。",
        ),
        process_report("e.txt", "某某区政府工作报告\n全区新增就业12000人。"),
    ]);
    let found = |term: &str, except: &[&str]| -> Option<(Vec<String>, usize, usize)> {
        spellings_found(&index, term, except).map(|s| (s.texts, s.reports, s.hits))
    };
    let texts = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(found("1958年", &[]), Some((texts(&["一九五八年"]), 1, 1)));
    // Two of the three zeros are written, in one report.
    assert_eq!(
        found("2005年", &[]),
        Some((texts(&["二〇〇五年", "二○○五年"]), 1, 2))
    );
    // Written in figures in one report and with another zero in another.
    assert_eq!(
        found("二〇〇五年", &[]),
        Some((texts(&["2005年", "二○○五年"]), 2, 2))
    );
    // What is already searched for is not offered again.
    assert_eq!(
        found("二〇〇五年", &["2005年"]),
        Some((texts(&["二○○五年"]), 1, 1))
    );
    assert_eq!(found("1958年", &["一九五八年"]), None);
    assert_eq!(found("一九五七年", &[]), None);
    assert_eq!(found("一九五八年", &[]), Some((texts(&["1958年"]), 1, 1)));
    assert_eq!(found("营商环境", &[]), None);
    // A figure typed whole finds it grouped, in either width of comma.
    assert_eq!(
        found("1234.5万元", &[]),
        Some((texts(&["1,234.5万元"]), 1, 1))
    );
    assert_eq!(found("1000万元", &[]), Some((texts(&["1,000万元"]), 1, 1)));
    // Copied grouped, it finds it whole.
    assert_eq!(found("12,000人", &[]), Some((texts(&["12000人"]), 1, 1)));
    assert_eq!(found("5,678万元", &[]), None);
    // What is excluded is not offered.
    assert_eq!(found("1234.5万元", &["1,234.5万元"]), None);
}

#[test]
fn a_term_may_be_written_otherwise_with_four_figures_or_numerals_in_a_row_or_grouped_figures() {
    for term in [
        "1958年",
        "计划2005",
        "二〇〇五年",
        "一九五八",
        "1,234万元",
        "12000",
    ] {
        assert!(may_be_written_otherwise(term), "{term}");
    }
    for term in [
        "营商环境",
        "195",
        "19五8",
        "一九五",
        "十四五",
        "12,34",
        "20,21",
        "",
    ] {
        assert!(!may_be_written_otherwise(term), "{term}");
    }
}

#[test]
fn a_figure_found_only_inside_longer_figures_is_not_offered() {
    let index = SearchIndex::new(&[
        process_report(
            "a.txt",
            "某某区政府工作报告\n投资15,000万元，另有105,000万元，共1,234,567人。",
        ),
        process_report("b.txt", "某某县政府工作报告\n投资25,000万元。"),
    ]);
    let found = |term: &str| spellings_found(&index, term, &[]).map(|s| s.texts);
    assert_eq!(
        found("5000万元"),
        None,
        "5,000万元 is only inside 15,000万元"
    );
    assert_eq!(found("1234"), None, "1,234 is only inside 1,234,567");
    assert_eq!(found("15000万元"), Some(vec!["15,000万元".to_string()]));
    assert_eq!(found("1234567人"), Some(vec!["1,234,567人".to_string()]));
}

#[test]
fn a_querys_terms_are_offered_their_spellings_but_what_it_searches_or_excludes() {
    let index = SearchIndex::new(&[
        process_report("a.txt", "某某县政府工作报告\n一九五八年，收入1,234.5万元。"),
        process_report("b.txt", "某某县政府工作报告\n1958年的计划。"),
    ]);
    let offered = |query: &str| -> Vec<(String, Vec<String>)> {
        spellings_of_query(&index, &parse_query(query))
            .into_iter()
            .map(|(typed, s)| (typed, s.texts))
            .collect()
    };
    let one = |typed: &str, other: &str| vec![(typed.to_string(), vec![other.to_string()])];
    assert_eq!(
        offered("1958年 1234.5万元"),
        [
            one("1958年", "一九五八年"),
            one("1234.5万元", "1,234.5万元")
        ]
        .concat()
    );
    assert!(
        offered("1958年 | 一九五八年").is_empty(),
        "both are searched"
    );
    assert_eq!(offered("1234.5万元 -1,234.5万元"), []);
    assert!(query_may_be_written_otherwise(&parse_query(
        "营商 1,234万元"
    )));
    // A phrase of three characters or more may be written with quotes
    // inside; two characters not.
    assert!(query_may_be_written_otherwise(&parse_query("营商 十四五")));
    assert!(!query_may_be_written_otherwise(&parse_query("营商 规划")));
}

#[test]
fn an_abbreviation_is_offered_the_names_reports_write() {
    let index = SearchIndex::new(&[
        process_report("a.txt", "某某市政府工作报告\n全市国内生产总值增长5%。"),
        process_report(
            "b.txt",
            "某某省政府工作报告\n全省地区生产总值增长6%，地区生产总值突破万亿。",
        ),
        process_report("c.txt", "某某县政府工作报告\nGDP增长7%。"),
    ]);
    let query = parse_query("GDP增长");
    let offers = spellings_of_query(&index, &query);
    assert_eq!(offers.len(), 1);
    let (typed, found) = &offers[0];
    assert_eq!(typed, "GDP增长");
    assert_eq!(found.texts, vec!["国内生产总值增长", "地区生产总值增长"]);
    assert_eq!((found.reports, found.hits), (2, 2));
    // The page fetches the offer's code for it.
    assert!(query_may_be_written_otherwise(&query));
    // Names the reports do not write are not offered.
    assert!(spellings_found(&index, "cpi", &[]).is_none());
}

#[test]
fn a_phrase_typed_bare_is_offered_as_reports_quote_it() {
    let index = SearchIndex::new(&[
        process_report(
            "a.txt",
            "某某市政府工作报告\n编制“十四五”规划，深化“放管服”改革。",
        ),
        process_report("b.txt", "某某县政府工作报告\n落实“十四五”规划纲要。"),
        process_report("c.txt", "某某区政府工作报告\n十四五时期开局。"),
    ]);
    let offers = spellings_of_query(&index, &parse_query("十四五规划 放管服改革"));
    let shown: Vec<(&str, Vec<&str>, usize, usize)> = offers
        .iter()
        .map(|(typed, s)| {
            (
                typed.as_str(),
                s.texts.iter().map(String::as_str).collect(),
                s.reports,
                s.hits,
            )
        })
        .collect();
    assert_eq!(
        shown,
        vec![
            ("十四五规划", vec!["十四五”规划"], 2, 2),
            ("放管服改革", vec!["放管服”改革"], 1, 1),
        ]
    );
    // The offer searched as the query writes it finds what it counted.
    let query = parse_query(&query_text(&offers[0].1.texts, true));
    assert_eq!(query.terms[0].folded, "十四五”规划");
    assert_eq!(index.search(&query).iter().flatten().count(), 2);
    // Written bare in one report and quoted in another, a phrase is found
    // in the first, and offered as the second writes it: a search for it
    // as typed misses that one.
    let bare = SearchIndex::new(&[
        process_report("a.txt", "某某市政府工作报告\n编制“十四五”规划。"),
        process_report("b.txt", "某某区政府工作报告\n十四五规划开局。"),
    ]);
    let offers = spellings_of_query(&bare, &parse_query("十四五规划"));
    assert_eq!(offers.len(), 1);
    assert_eq!(offers[0].1.texts, vec!["十四五”规划"]);
    assert_eq!((offers[0].1.reports, offers[0].1.hits), (1, 1));
    // Written bare everywhere: nothing to offer.
    let everywhere_bare = SearchIndex::new(&[process_report(
        "b.txt",
        "某某区政府工作报告\n十四五规划开局。",
    )]);
    assert!(spellings_of_query(&everywhere_bare, &parse_query("十四五规划")).is_empty());
    // A form the query would read as another text is not offered.
    let spaced = SearchIndex::new(&[process_report(
        "a.txt",
        "某某市政府工作报告\n编制“十四五” 规划。",
    )]);
    assert_eq!(
        spaced.written_with_quotes("十四五 规划"),
        vec!["十四五” 规划"]
    );
    assert!(spellings_of_query(&spaced, &parse_query("\"十四五 规划\"")).is_empty());
    // Searched already: nothing more to offer.
    assert!(spellings_of_query(&index, &parse_query("十四五规划 | 十四五”规划")).is_empty());
}
