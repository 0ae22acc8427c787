//! Shapes the eighteenth sample (real web pages, township to national, 1954–2026)
//! found: numbers set with spaces as text copied out of a PDF carries them,
//! a qualifier of two characters, a masked year, a plan period's end, 翻倍.
use super::test_support::{figures, named_values};
use report_core::FigureKind::*;

#[test]
fn a_decimal_point_with_a_space_after_it_still_joins_the_decimals() {
    let got = named_values("2020年，工业销售收入比上年增长 16. 4%，财政收入比上年增长 7. 25%。");
    let values: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(
        values,
        [("工业销售收入", 16.4), ("财政收入", 7.25)],
        "{got:?}"
    );
    // The verb before the space still makes them changes.
    assert!(got.iter().all(|f| f.3 == Growth), "{got:?}");
    // A list's number opening its text is no decimal.
    let got = named_values("1. 3个乡镇完成改造。");
    assert!(got.iter().all(|f| f.1 != 1.3), "{got:?}");
}

#[test]
fn thousands_set_apart_by_a_space_are_one_number() {
    let got = named_values("2020年，第二产业增加值12 345万元，农民人均纯收入3 120元。");
    assert_eq!(
        got,
        [
            (
                "第二产业增加值".to_string(),
                12345.0,
                "万元".to_string(),
                Amount
            ),
            (
                "农民人均纯收入".to_string(),
                3120.0,
                "元".to_string(),
                Amount
            ),
        ]
    );
}

#[test]
fn a_space_between_a_number_and_its_unit_is_passed_over() {
    let got = named_values("2020年，全年实现国内生产总值 57 亿元，新引进项目 38 个。");
    assert_eq!(
        got,
        [
            ("国内生产总值".to_string(), 57.0, "亿元".to_string(), Amount),
            ("新引进项目".to_string(), 38.0, "个".to_string(), Count),
        ]
    );
    // A year with a space before 年 is still no figure.
    assert!(named_values("在 2020 年，人口增长。").is_empty());
}

#[test]
fn close_to_is_a_qualifier_whole() {
    let got = figures("2005年，人均地区生产总值接近1400美元。");
    assert_eq!(got[0].indicator, "人均地区生产总值", "{got:?}");
    assert_eq!(got[0].qualifier.as_deref(), Some("接近"), "{got:?}");
}

#[test]
fn a_masked_year_names_nothing() {
    let got = named_values("“十五”期间全市地区生产总值年均增长11%，XX年达到3100亿元。");
    assert_eq!(got[1].0, "地区生产总值", "{got:?}");
}

#[test]
fn a_plan_periods_end_is_when_not_what() {
    let got = named_values("国内生产总值由“九五”期末的833亿元增加到2005年的1400亿元。");
    let names: Vec<_> = got.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(names, ["国内生产总值", "国内生产总值"], "{got:?}");
    let got = named_values("“十五”期末城乡居民储蓄存款余额达到6.45亿元。");
    assert_eq!(got[0].0, "城乡居民储蓄存款余额", "{got:?}");
}

#[test]
fn a_point_between_spaces_still_joins_the_decimals() {
    let got = named_values("1997年，商品零售价格涨幅为0 ．8 ％。");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, 0.8, "{got:?}");
}

#[test]
fn doubled_said_with_bei_is_a_doubling() {
    let got = named_values("2011年，财政一般预算收入实现翻倍增长。");
    assert_eq!(
        got,
        [(
            "财政一般预算收入".to_string(),
            2.0,
            "倍".to_string(),
            Growth
        )]
    );
}

#[test]
fn digits_after_a_lone_full_width_point_are_decimals_not_a_figure() {
    assert!(named_values("1997年，商品零售价格涨幅为．8％。").is_empty());
}

#[test]
fn a_sessions_ordinal_after_its_body_is_no_count() {
    assert!(named_values("根据区十五次党代会的部署，今后五年全区发展的主要目标是。").is_empty());
    // A count of sessions held stays.
    let got = named_values("2020年，召开常委会会议36次，区委全会2次。");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_spaced_point_before_a_count_ends_a_sentence() {
    // A half-width stop with a space after it, then a count: two figures.
    let got = named_values("2020年，粮食产量达到1200. 3个重点项目全部开工。");
    assert!(got.iter().all(|f| f.1 != 1200.3), "{got:?}");
    assert!(got.iter().any(|f| f.1 == 3.0 && f.2 == "个"), "{got:?}");
}

#[test]
fn a_figures_text_starts_at_its_number_not_at_a_space_before_it() {
    let got = figures("2020年，新增就业 1 200 人，城镇登记失业率 3.5%。");
    let texts: Vec<&str> = got.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(texts, ["1 200 人", "3.5%"]);
}
