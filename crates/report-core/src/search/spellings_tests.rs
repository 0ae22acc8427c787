//! A date's other spellings, and which of them reports hold.

use super::*;
use crate::test_support::process_report;

#[test]
fn a_date_in_figures_is_written_in_numerals_with_each_zero() {
    // (term, its other spellings)
    let cases: [(&str, &[&str]); 9] = [
        ("1958年", &["一九五八年"]),
        ("2005年", &["二〇〇五年", "二○○五年", "二零零五年"]),
        ("1958年3月", &["一九五八年三月"]),
        ("1978年12月18日", &["一九七八年十二月十八日"]),
        (
            "1990年10月1日",
            &[
                "一九九〇年十月一日",
                "一九九○年十月一日",
                "一九九零年十月一日",
            ],
        ),
        ("1961年5月21号", &["一九六一年五月二十一号"]),
        // A year as people type it, digits alone.
        ("1964", &["一九六四"]),
        // The date inside a longer term; the term's other words kept.
        ("1958年计划", &["一九五八年计划"]),
        // A month that is no month stays as typed, as do the words after.
        ("1958年13月", &["一九五八年13月"]),
    ];
    for (term, expected) in cases {
        assert_eq!(other_spellings(term), expected.to_vec(), "{term}");
    }
}

#[test]
fn a_date_in_numerals_is_written_in_figures_and_with_the_other_zeros() {
    // (term, its other spellings: in figures, then with the other zeros)
    let cases: [(&str, &[&str]); 8] = [
        ("一九五八年", &["1958年"]),
        ("二〇〇五年", &["2005年", "二○○五年", "二零零五年"]),
        ("二○○五年", &["2005年", "二〇〇五年", "二零零五年"]),
        ("二零零五年", &["2005年", "二〇〇五年", "二○○五年"]),
        ("一九七八年十二月十八日", &["1978年12月18日"]),
        ("一九五四年九月二十三日", &["1954年9月23日"]),
        (
            "一九九〇年十月",
            &["1990年10月", "一九九○年十月", "一九九零年十月"],
        ),
        ("一九六四", &["1964"]),
    ];
    for (term, expected) in cases {
        assert_eq!(other_spellings(term), expected.to_vec(), "{term}");
    }
}

#[test]
fn numbers_that_are_no_year_have_no_other_spelling() {
    for term in [
        // Not a year of the reports' centuries.
        "1500年",
        "3000吨",
        // Part of a longer number.
        "12005",
        "19580元",
        "一十九五八",
        "三千一九五八",
        // Too short, or no figures at all.
        "195",
        "五年",
        "三年规划",
        "营商环境",
        "",
    ] {
        assert!(
            other_spellings(term).is_empty(),
            "{term}: {:?}",
            other_spellings(term)
        );
    }
}

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
}

#[test]
fn a_term_may_be_spelled_otherwise_where_four_figures_or_numerals_stand_in_a_row() {
    for term in ["1958年", "计划2005", "二〇〇五年", "一九五八"] {
        assert!(may_be_spelled_otherwise(term), "{term}");
    }
    for term in ["营商环境", "195", "19五8", "一九五", "十四五", ""] {
        assert!(!may_be_spelled_otherwise(term), "{term}");
    }
}

#[test]
fn a_share_is_written_in_words_and_in_figures() {
    // (term, its other spelling)
    let cases = [
        ("66%", "百分之六十六"),
        ("8%", "百分之八"),
        ("15%", "百分之十五"),
        ("3.5%", "百分之三点五"),
        ("0.05%", "百分之零点零五"),
        ("105%", "百分之一百零五"),
        ("110%", "百分之一百一十"),
        ("100%", "百分之百"),
        ("增长12%", "增长百分之十二"),
        ("百分之六十六", "66%"),
        ("百分之三点五", "3.5%"),
        ("百分之百", "100%"),
        ("百分之一百零五", "105%"),
        ("比上年增长百分之十", "比上年增长10%"),
    ];
    for (term, expected) in cases {
        assert_eq!(other_spellings(term), vec![expected.to_string()], "{term}");
    }
    // Not a share: part of a longer number, too long, or no number after 百分之.
    for term in ["1.2.5%", "12345%", "百分之", "百分比", "5.1234%"] {
        assert!(
            other_spellings(term).is_empty(),
            "{term}: {:?}",
            other_spellings(term)
        );
    }
    for term in ["12%", "百分之三", "增长 5%"] {
        assert!(may_be_spelled_otherwise(term), "{term}");
    }
    assert!(!may_be_spelled_otherwise("%"));
}
