//! A date's other spellings.

use super::*;

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
        assert_eq!(written_otherwise(term), expected.to_vec(), "{term}");
    }
}

#[test]
fn a_date_in_numerals_is_written_in_figures_and_with_the_other_zeros() {
    // (term, its other spellings: in figures, then with the other zeros)
    let cases: [(&str, &[&str]); 9] = [
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
        // January as formal dates write it, and as it counts.
        ("一九九一年元月", &["1991年1月", "一九九一年一月"]),
    ];
    for (term, expected) in cases {
        assert_eq!(written_otherwise(term), expected.to_vec(), "{term}");
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
            written_otherwise(term).is_empty(),
            "{term}: {:?}",
            written_otherwise(term)
        );
    }
}

#[test]
fn a_date_typed_with_dashes_dots_or_slashes_is_written_as_reports_write_it() {
    let cases: [(&str, &[&str]); 5] = [
        (
            "2024-03",
            &[
                "2024年3月",
                "二〇二四年三月",
                "二○二四年三月",
                "二零二四年三月",
            ],
        ),
        (
            "2024.3.15",
            &[
                "2024年3月15日",
                "二〇二四年三月十五日",
                "二○二四年三月十五日",
                "二零二四年三月十五日",
            ],
        ),
        ("1958/3", &["1958年3月", "一九五八年三月"]),
        (
            "1978-12-18会议",
            &["1978年12月18日会议", "一九七八年十二月十八日会议"],
        ),
        // A day that is none: no month and day either, the year alone.
        ("1958.3.45", &["一九五八.3.45"]),
    ];
    for (term, expected) in cases {
        assert_eq!(written_otherwise(term), expected.to_vec(), "{term}");
    }
    // Amounts, decimals, ranges of years and months that are none: no date.
    for term in [
        "1958.3万吨",
        "2024.35",
        "2024.3%",
        "2024-2025",
        "2024-13",
        "2024.3亿元",
    ] {
        assert!(
            written_otherwise(term).iter().all(|s| !s.contains('月')),
            "{term}: {:?}",
            written_otherwise(term)
        );
    }
}
