//! Estimates that carry over a list, spans of years, and the standard a
//! comparison is made against.
use super::test_support::{check, figures};
use super::*;
use report_core::FigureKind::*;
use report_core::FigureStatus::*;

#[test]
fn an_estimate_opening_a_sentence_carries_over_its_items() {
    check(
        "预计全年，地区生产总值增长6%；一般公共预算收入120亿元。去年新建学校3所。",
        &[
            (
                "地区生产总值",
                6.0,
                "%",
                Growth,
                None,
                Estimate,
                Some("全年"),
            ),
            (
                "一般公共预算收入",
                120.0,
                "亿元",
                Amount,
                None,
                Estimate,
                Some("全年"),
            ),
            ("学校", 3.0, "所", Count, None, Actual, Some("去年")),
        ],
    );
}

#[test]
fn a_list_introduced_as_expected_is_of_estimates() {
    check(
        "预计全年主要指标完成情况如下：地区生产总值增长6%；城镇新增就业1.2万人。",
        &[
            (
                "地区生产总值",
                6.0,
                "%",
                Growth,
                None,
                Estimate,
                Some("全年"),
            ),
            (
                "城镇新增就业",
                1.2,
                "万人",
                Count,
                None,
                Estimate,
                Some("全年"),
            ),
        ],
    );
}

#[test]
fn a_list_of_estimates_carries_over_its_item_paragraphs() {
    let sections = [report_core::Section {
        heading: vec![],
        paragraphs: vec![
            "预计全年主要指标完成情况如下：".to_string(),
            "（一）地区生产总值增长6%。".to_string(),
            "（二）城镇新增就业1.2万人。".to_string(),
            "去年新建学校3所。".to_string(),
        ],
        themes: vec![],
    }];
    let got: Vec<_> = report_figures(&sections, None)
        .iter()
        .map(|f| (f.indicator.clone(), f.status))
        .collect();
    assert_eq!(
        got,
        [
            ("地区生产总值".to_string(), Estimate),
            ("城镇新增就业".to_string(), Estimate),
            ("学校".to_string(), Actual),
        ]
    );
}

#[test]
fn a_span_of_years_is_the_span_not_its_first_or_last_year() {
    let periods = |text: &str| -> Vec<Option<String>> {
        figures(text).into_iter().map(|f| f.period).collect()
    };
    assert_eq!(
        periods("从一九五三年到一九六○年，钢产量平均每年增长百分之十八。"),
        [Some("1953–1960".to_string())]
    );
    assert_eq!(
        periods("2016—2020年，地区生产总值年均增长6%。"),
        [Some("2016–2020".to_string())]
    );
    assert_eq!(
        periods("2016年至2020年，累计新建学校30所。"),
        [Some("2016–2020".to_string())]
    );
}

#[test]
fn the_standard_of_a_comparison_is_no_figure_of_the_report() {
    let got = figures(
        "这个速度，远远超过了一九五三年到一九七八年平均每年增长百分之三点二的速度。工业增长百分之八。",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].value, 8.0);
}

#[test]
fn a_year_before_a_half_width_comma_opens_its_block() {
    let sections = [report_core::Section {
        heading: vec![],
        paragraphs: vec![
            "2020年,全区上下攻坚克难。".to_string(),
            "新建3个产业扶贫项目,惠及贫困群众4000多人次。".to_string(),
        ],
        themes: vec![],
    }];
    let date = report_core::ReportDate {
        value: "2021-02-19".to_string(),
        precision: report_core::DatePrecision::Day,
        inferred: false,
        evidence: vec![],
    };
    let periods: Vec<_> = report_figures(&sections, Some(&date))
        .into_iter()
        .map(|f| f.period)
        .collect();
    assert_eq!(
        periods,
        [Some("2020".to_string()), Some("2020".to_string())]
    );
}

#[test]
fn a_rank_moved_from_within_a_scope_starts_before_the_span() {
    let got: Vec<_> = figures("过去五年，区域创新能力由全国第12位跃升至第9位。")
        .into_iter()
        .map(|f| (f.value, f.period))
        .collect();
    assert_eq!(
        got,
        [
            (12.0, Some("2015".to_string())),
            (9.0, Some("2020".to_string()))
        ]
    );
}

#[test]
fn this_year_done_already_is_so_far_not_a_plan() {
    check(
        "推进征迁,今年已完成8个地块征迁。在谈企业151家。",
        &[
            ("地块征迁", 8.0, "个", Count, None, Actual, Some("今年")),
            ("在谈企业", 151.0, "家", Count, None, Actual, Some("今年")),
        ],
    );
}

#[test]
fn a_move_over_a_span_named_by_its_years_starts_in_its_first_year() {
    let got: Vec<_> =
        figures("从一九八○年至一九八五年，原煤产量由六亿二千万吨增加到八亿五千万吨。")
            .into_iter()
            .map(|f| f.period)
            .collect();
    assert_eq!(got, [Some("1980".to_string()), Some("1985".to_string())]);
}

#[test]
fn a_month_is_its_own_period() {
    let got: Vec<_> = figures("去年第三季度增长3%，10月份增长了10.6%。")
        .into_iter()
        .map(|f| f.period)
        .collect();
    assert_eq!(
        got,
        [Some("2020-Q3".to_string()), Some("2020-10".to_string())]
    );
}

fn periods(text: &str) -> Vec<Option<String>> {
    figures(text).into_iter().map(|f| f.period).collect()
}

#[test]
fn a_base_given_as_last_years_is_the_year_before() {
    assert_eq!(
        periods("2020年，人均用水由上年的3.15吨下降到2.9吨。"),
        [Some("2019".to_string()), Some("2020".to_string())]
    );
}

#[test]
fn a_move_without_years_after_one_with_them_runs_over_the_same_years() {
    let got =
        figures("资本充足率从2007年底的8.4%提升到去年底的13.3%，不良贷款率由6.1%下降到0.95%。");
    let got: Vec<_> = got
        .iter()
        .map(|f| (f.indicator.as_str(), f.period.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("资本充足率", Some("2007")),
            ("资本充足率", Some("2020")),
            ("不良贷款率", Some("2007")),
            ("不良贷款率", Some("2020")),
        ]
    );
}

#[test]
fn two_years_named_together_are_their_span() {
    let got = figures("一九七九和一九八○两年合计赤字近三百亿元。");
    assert_eq!(got[0].period.as_deref(), Some("1979–1980"));
    assert_eq!(got[0].indicator, "赤字");
}

#[test]
fn the_year_prices_are_held_at_is_no_period() {
    assert_eq!(
        periods("工业总产值达到六百二十八亿元（按一九五二年不变价格计算）。"),
        [Some("2021".to_string())]
    );
}

#[test]
fn five_years_within_are_a_plans_span() {
    assert_eq!(
        periods("五年内新建水库三百二十个。"),
        [Some("2021–2025".to_string())]
    );
    assert_eq!(
        periods("“十三五”时期，五年内新建水库三百二十个。"),
        [Some("2016–2020".to_string())]
    );
}

#[test]
fn a_heading_reviewing_a_plan_period_gives_the_report_its_year() {
    let sections = [report_core::Section {
        heading: vec!["一、“十二五”时期工作回顾".to_string()],
        paragraphs: vec!["五年来，全县财政总收入年均增长13.8%。".to_string()],
        themes: vec![],
    }];
    // A date inferred from a year in the text, not stated.
    let date = report_core::ReportDate {
        value: "2010".to_string(),
        precision: report_core::DatePrecision::Year,
        inferred: true,
        evidence: vec![],
    };
    let got: Vec<_> = report_figures(&sections, Some(&date))
        .into_iter()
        .map(|f| f.period)
        .collect();
    assert_eq!(got, [Some("2011–2015".to_string())]);
}
