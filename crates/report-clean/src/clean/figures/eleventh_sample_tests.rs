//! Shapes the eleventh sample (local pages and the State Council's reports
//! of 2001–2025) and its made-up reports (a township of 2019, a statistical
//! bulletin, a plan's execution report, a city of 2001) found.
use super::test_support::{check, figures, names, read_report};
use super::*;
use report_core::FigureKind::*;
use report_core::FigureStatus::*;

#[test]
fn plans_before_the_eleventh_are_periods() {
    let periods = |text: &str| -> Vec<Option<String>> {
        paragraph_figures(text, 0, 0, Some("2001"))
            .into_iter()
            .map(|f| f.period)
            .collect()
    };
    assert_eq!(
        periods("“九五”期间，地方财政收入年均递增12.6%。"),
        [Some("1996–2000".to_string())]
    );
    assert_eq!(
        periods("“十五”期间，国内生产总值年均增长10%左右。八五时期工业总产值年均增长15%。"),
        [Some("2001–2005".to_string()), Some("1991–1995".to_string())]
    );
    // Not in a year written in numerals, nor fifteen.
    assert_eq!(
        periods("一九九五年钢产量九五万吨。"),
        [Some("1995".to_string())]
    );
    assert_eq!(
        periods("全年新建住房十五万套。"),
        [Some("2001".to_string())]
    );
}

#[test]
fn an_account_of_a_closed_year_reports_results_of_that_year() {
    let got = read_report(
        "清河市2021年国民经济和社会发展统计公报\n清河市统计局\n2022年3月20日\n一、综合\n全年全市地区生产总值1862.35亿元，比上年增长7.6%。年末全市常住人口207.7万人。\n",
    );
    let want = [
        ("地区生产总值", 1862.35),
        ("地区生产总值", 7.6),
        ("常住人口", 207.7),
    ];
    assert_eq!(got.len(), want.len(), "{got:?}");
    for ((name, value, status, period), (want_name, want_value)) in got.iter().zip(want) {
        assert!(name.ends_with(want_name), "{got:?}");
        assert_eq!(
            (*value, *status, period.as_str()),
            (want_value, Actual, "2021")
        );
    }
    // A report that names the year it plans as well stays in its own year.
    let plan = read_report(
        "关于2014年计划执行情况与2015年计划草案的报告\n——2015年1月20日在江州市第十五届人民代表大会第四次会议上\n各位代表：\n今年全市地区生产总值增长8.5%左右。\n",
    );
    assert_eq!(plan[0].2, Target, "{plan:?}");
    assert_eq!(plan[0].3, "2015", "{plan:?}");
}

#[test]
fn a_rate_base_in_numbers_is_no_figure() {
    check(
        "今年小麦最低收购价每50公斤提高5到7元。",
        &[(
            "小麦最低收购价",
            5.0,
            "元",
            Change,
            None,
            Target,
            Some("今年"),
        )],
    );
    assert_eq!(
        names("五年来，每10万人口高等教育在校生增长27%。"),
        ["每10万人口高等教育在校生"]
    );
}

#[test]
fn will_is_no_part_of_a_name() {
    assert_eq!(
        names("从今年起，国家财政将每年安排支出1030多亿元，地方财政每年将安排支出250多亿元。"),
        ["国家财政安排支出", "地方财政安排支出"]
    );
    assert_eq!(
        names("中央决定将农民人均纯收入2300元作为新的扶贫标准。"),
        ["农民人均纯收入"]
    );
    assert_eq!(names("今年高校毕业生将达727万人。"), ["高校毕业生"]);
}

#[test]
fn a_target_the_figure_before_was_held_to() {
    check(
        "2020年，城镇登记失业率3.2%，低于4%的控制目标；居民消费价格上涨2.1%，控制在3%的计划目标以内。",
        &[
            ("城镇登记失业率", 3.2, "%", Share, None, Actual, Some("2020年")),
            ("城镇登记失业率", 4.0, "%", Share, None, Target, Some("2020年")),
            ("居民消费价格", 2.1, "%", Growth, None, Actual, Some("2020年")),
            ("居民消费价格", 3.0, "%", Growth, None, Target, Some("2020年")),
        ],
    );
    // A target reached is a result.
    let got = figures("2020年，国内生产总值年均增长10.4%，提前一年实现比1980年翻两番的目标。");
    assert_eq!(got[1].status, Actual);
}

#[test]
fn a_comparison_with_its_own_base_keeps_the_subject() {
    assert_eq!(
        names("2020年，全社会固定资产投资增长16.5%，比计划低1.5个百分点。"),
        ["全社会固定资产投资", "全社会固定资产投资"]
    );
}

#[test]
fn how_early_names_nothing() {
    assert_eq!(
        names("2000年，国内生产总值年均增长10.4%，提前一年实现比1980年翻两番的目标。"),
        ["国内生产总值", "国内生产总值"]
    );
}

#[test]
fn a_share_reached_is_of_the_noun() {
    assert_eq!(names("2020年，助学金惠及90%的在校生。"), ["在校生"]);
}
