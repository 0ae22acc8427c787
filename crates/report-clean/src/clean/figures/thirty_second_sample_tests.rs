//! Shapes the thirty-second sample (real web pages: monthly releases,
//! towns' and streets' summaries, budgets and final accounts, courts and
//! procuratorates, yearbooks, communiqués of 1986, traditional copies,
//! 1986–2025) found.
use super::test_support::{name_value_period, names, read_report};
use report_core::FigureStatus;

/// (indicator, value, status) of each figure of a report's text.
fn name_value_status(text: &str) -> Vec<(String, f64, FigureStatus)> {
    read_report(text)
        .into_iter()
        .map(|f| (f.0, f.1, f.2))
        .collect()
}

#[test]
fn an_account_of_a_years_work_reviews_it() {
    // (32a) `一、2025年主要工作情况` tells what was done in 2025: its
    // figures are results, in a summary written after it.
    let got = name_value_status(
        "某镇2025年工作情况汇报\n\n一、2025年主要工作情况\n\n一是粮食生产稳步提升。建成示范片3个，完成早稻耕种1.2万亩。",
    );
    assert_eq!(
        got,
        vec![
            ("示范片".to_string(), 3.0, FigureStatus::Actual),
            ("早稻耕种".to_string(), 1.2, FigureStatus::Actual),
        ]
    );
    // And with the next year's plan after it, that plan's figures are
    // targets.
    let got = name_value_status(
        "某镇2025年工作情况汇报\n\n一、2025年主要工作情况\n\n建成示范片3个。\n\n二、2026年工作安排\n\n新建示范片4个。",
    );
    assert_eq!(got[0].2, FigureStatus::Actual, "{got:?}");
    assert_eq!(got[1].2, FigureStatus::Target, "{got:?}");
}

#[test]
fn a_plan_heading_and_a_half_years_review_keep_their_year() {
    // Counter-cases: a plan's heading (`2026年工作安排`, `重点工作`) plans
    // its year, as before.
    let got =
        name_value_status("某镇工作报告\n\n一、2026年重点工作\n\n新建示范片4个，完成投资3亿元。");
    assert!(got.iter().all(|f| f.2 == FigureStatus::Target), "{got:?}");
    // (32a) A review of half a year is written in that year: the plan for
    // the half after it is a plan, and its results are results.
    let got = read_report(
        "某镇工作报告\n\n一、2025年上半年工作情况\n\n完成固定资产投资3亿元。\n\n二、下半年工作安排\n\n完成固定资产投资5亿元。",
    );
    assert_eq!(got[0].2, FigureStatus::Actual, "{got:?}");
    assert_eq!(got[1].2, FigureStatus::Target, "{got:?}");
}

#[test]
fn a_month_that_opens_its_clause_is_the_period() {
    // (32b) `7月，…`: the month's figures; `2023年7月，…` too.
    let read = read_report(
        "某省2023年工业运行情况\n\n7月，规模以上工业增加值同比增长9.0%。1~7月，规模以上工业增加值增长8.8%。\n\n分地区看，7月，东部地区增加值增长8.5%。\n\n2023年7月，社会消费品零售总额增长3.1%。",
    );
    assert_eq!(
        name_value_period(&read),
        vec![
            ("规模以上工业增加值", 9.0, "2023-07"),
            ("规模以上工业增加值", 8.8, "2023-01–2023-07"),
            ("东部地区增加值", 8.5, "2023-07"),
            ("社会消费品零售总额", 3.1, "2023-07"),
        ]
    );
}

#[test]
fn a_date_or_a_month_in_passing_is_no_period() {
    // Counter-cases: a day (`7月1日`), a month's end (`7月底`), a month in
    // passing (`7月召开`), a month inside a clause, a span's last month.
    let read = read_report(
        "某县2023年工作总结\n\n7月1日，新建学校2所。7月底，完成投资3亿元。会议于7月召开，参会500人。\n\n全年粮食产量12万吨，较上年增长2%，1-7月，工业增加值增长6%。",
    );
    assert_eq!(
        name_value_period(&read),
        vec![
            ("学校", 2.0, "2023"),
            ("投资", 3.0, "2023"),
            ("参会", 500.0, "2023"),
            ("粮食产量", 12.0, "2023"),
            ("粮食产量", 2.0, "2023"),
            ("工业增加值", 6.0, "2023-01–2023-07"),
        ]
    );
}

#[test]
fn a_month_compared_with_is_not_the_figures_period() {
    // (32c) `增速比6月份加快`, `较6月份提高`: the base of a comparison; the
    // figures after it stay the month the sentence is of.
    let read = read_report(
        "某市2023年工业运行情况\n\n7月份，高技术产业增加值增长11.3%，增速比6月份加快1.4个百分点，占规模以上工业的比重为13.0%。",
    );
    assert_eq!(
        name_value_period(&read),
        vec![
            ("高技术产业增加值", 11.3, "2023-07"),
            ("高技术产业增加值", 1.4, "2023-07"),
            ("高技术产业增加值占规模以上工业的比重", 13.0, "2023-07"),
        ]
    );
    // Counter-case: a month that is no base (`6月份，…`) is the period.
    let read = read_report("某市2023年工业运行情况\n\n6月份，工业增加值增长5%。");
    assert_eq!(
        name_value_period(&read),
        vec![("工业增加值", 5.0, "2023-06")]
    );
}

#[test]
fn a_lists_last_industry_shares_only_its_measure() {
    // (32d) Industries of unlike lengths, the last one's measure shared.
    assert_eq!(
        names("分三大门类看，采矿业、制造业、电力热力燃气及水生产和供应业增加值分别增长7.1%、1.9%、7.0%。"),
        vec![
            "采矿业增加值",
            "制造业增加值",
            "电力热力燃气及水生产和供应业增加值"
        ]
    );
    // Counter-cases: items that do not end alike keep the head their
    // lengths give (`居民收入`), and a class word its rule.
    assert_eq!(
        names("城镇、农村居民收入分别增长5%和6%。"),
        vec!["城镇居民收入", "农村居民收入"]
    );
    assert_eq!(
        names("制造业、数字经济核心产业增加值分别增长5%和9%。"),
        vec!["制造业增加值", "数字经济核心产业增加值"]
    );
}

#[test]
fn during_the_year_is_no_deadline() {
    // (32e) A yearbook's `年内，…`: what the year saw, not a plan.
    let got = name_value_status(
        "某乡\n\n〔全乡概况〕1996年全乡辖26个自然村。年内，人口出生率为12.5‰，人口自然增长率为4.5‰。",
    );
    assert!(got.iter().all(|f| f.2 == FigureStatus::Actual), "{got:?}");
    // Counter-cases: a deadline (`年内建成`, `力争年内完成`) plans.
    let got = name_value_status(
        "某乡\n\n〔全乡概况〕1996年全乡辖26个自然村。年内建成学校3所，力争年内完成造林1000亩。",
    );
    assert_eq!(got[1].2, FigureStatus::Target, "{got:?}");
    assert_eq!(got[2].2, FigureStatus::Target, "{got:?}");
}

#[test]
fn years_to_come_are_no_year_past() {
    // Counter-case of (32e): `五年内，…` in a plan keeps its targets.
    let got = name_value_status(
        "第六个五年计划\n\n五年内，新增原油开采能力3500万吨，天然气开采能力25亿立方米。",
    );
    assert!(got.iter().all(|f| f.2 == FigureStatus::Target), "{got:?}");
}

#[test]
fn a_breakdown_goes_on_in_the_months_before_it() {
    // (32f) `分三大门类看，…`, `从轻重工业看，…` after a paragraph all of
    // `1-7月`: the same months.
    let read = read_report(
        "某区2023年工业运行情况\n\n1-7月，全区规模以上工业增加值同比增长4.5%。\n\n分三大门类看，采矿业增加值增长7.1%。\n\n从轻重工业看，轻工业增加值增长5.8%。",
    );
    assert_eq!(
        name_value_period(&read),
        vec![
            ("规模以上工业增加值", 4.5, "2023-01–2023-07"),
            ("采矿业增加值", 7.1, "2023-01–2023-07"),
            ("轻工业增加值", 5.8, "2023-01–2023-07"),
        ]
    );
}

#[test]
fn no_breakdown_or_a_whole_year_carries_nothing() {
    // Counter-cases: a paragraph that breaks nothing down, one after a
    // paragraph of the whole year, or of periods unlike (`全年…，其中一季度…`).
    let read = read_report(
        "某区2023年经济运行情况\n\n1-7月，全区规模以上工业增加值同比增长4.5%。\n\n全区常住人口52万人。\n\n分行业看，制造业增加值增长6%。",
    );
    assert_eq!(read[1].3, "2023", "{read:?}");
    assert_eq!(read[2].3, "2023", "{read:?}");
    let read = read_report(
        "某区2023年经济运行情况\n\n全年生产总值增长5%，其中一季度增长4%。\n\n分产业看，第一产业增加值增长3%。",
    );
    assert_eq!(read[2].3, "2023", "{read:?}");
}

#[test]
fn an_account_of_a_years_work_to_come_is_a_plan() {
    // Review of 32a: `2026年重点工作情况`, `2026年工作情况安排` name a plan's
    // words as well: the year's work to come, its figures targets.
    let got = name_value_status(
        "某县2026年重点工作情况安排\n\n一、2026年重点工作情况\n\n全县计划实施重点项目86个。新增城镇就业3200人。",
    );
    assert!(got.iter().all(|f| f.2 == FigureStatus::Target), "{got:?}");
    let got = read_report(
        "某区人民政府工作报告\n\n一、2025年工作回顾\n\n过去一年，全区地区生产总值达到512亿元。\n\n二、2026年工作情况预安排\n\n城镇新增就业1.5万人。",
    );
    assert_eq!(got[0].2, FigureStatus::Actual, "{got:?}");
    assert_eq!(got[0].3, "2025", "{got:?}");
    assert_eq!(got[1].2, FigureStatus::Target, "{got:?}");
}

#[test]
fn within_the_year_in_a_plan_is_a_deadline() {
    // Review of 32e: `年内，` opening a clause of a plan (`2026年工作打算`)
    // is by when, as before; only a yearbook's entry (`〔全乡概况〕`,
    // `【人口】`) tells what its year saw.
    let got = name_value_status(
        "某镇2026年工作打算\n\n年内，新建农村公路20公里，新增绿化面积300亩。年内，实现农村集体经济收入1200万元。",
    );
    assert!(got.iter().all(|f| f.2 == FigureStatus::Target), "{got:?}");
    let got = name_value_status("某县年鉴\n\n【人口】年内，全县出生人口3210人。");
    assert_eq!(got[0].2, FigureStatus::Actual, "{got:?}");
}

#[test]
fn an_account_of_work_and_its_next_steps_plans() {
    // Review of 32a: `二、2026年工作情况和打算` (or `…及计划`, `…思路`)
    // plans the year it names.
    let got = read_report(
        "某街道工作报告\n\n一、2025年工作情况\n\n全年街道实现税收收入8.6亿元。\n\n二、2026年工作情况和打算\n\n2026年，街道税收收入力争达到9.2亿元。",
    );
    assert_eq!(got[0].2, FigureStatus::Actual, "{got:?}");
    assert_eq!(got[1].2, FigureStatus::Target, "{got:?}");
}
