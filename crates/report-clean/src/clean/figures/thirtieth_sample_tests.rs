//! Shapes the thirtieth sample (real web pages: townships' half-year
//! summaries, streets, courts, procuratorates, quarterly bulletins,
//! budgets, yearbooks and plans, 1985–2026) found.
use super::test_support::{name_value_period, names, read_report};

#[test]
fn an_account_of_months_puts_its_figures_in_those_months() {
    // (30a) The title gives account of a part of a year: a paragraph with no
    // period of its own is in that part, not in the whole year.
    let got = read_report(
        "某县2019年1至6月经济运行简况\n\n1-6月，全县规模以上工业增加值同比增长6.5%。\n\n社会消费品零售总额12.4亿元，同比增长8.1%。",
    );
    assert_eq!(
        name_value_period(&got),
        vec![
            ("规模以上工业增加值", 6.5, "2019-01–2019-06"),
            ("社会消费品零售总额", 12.4, "2019-01–2019-06"),
            ("社会消费品零售总额", 8.1, "2019-01–2019-06")
        ]
    );
    let got = read_report(
        "某乡2021年上半年工作总结\n\n今年以来，各项工作稳步推进。\n\n全乡完成固定资产投资4380万元，同比增长9%。",
    );
    assert_eq!(
        name_value_period(&got),
        vec![
            ("固定资产投资", 4380.0, "2021-H1"),
            ("固定资产投资", 9.0, "2021-H1")
        ]
    );
}

#[test]
fn an_account_of_a_whole_year_or_a_months_own_period_is_kept() {
    // Counter-cases: an account of the whole year keeps the year; a
    // paragraph's own month keeps it; a title that plans as well is no
    // account.
    let got = read_report(
        "某县2019年国民经济和社会发展统计公报\n\n全年地区生产总值125.6亿元。\n\n社会消费品零售总额42.4亿元。",
    );
    assert_eq!(
        name_value_period(&got),
        vec![
            ("地区生产总值", 125.6, "2019"),
            ("社会消费品零售总额", 42.4, "2019")
        ]
    );
    let got = read_report("某县2019年1至6月经济运行简况\n\n6月份，全县用电量1.2亿千瓦时。");
    assert_eq!(name_value_period(&got), vec![("用电量", 1.2, "2019-06")]);
    let got =
        read_report("某镇2021年上半年工作总结和下半年工作计划\n\n全镇完成固定资产投资4380万元。");
    assert_ne!(got[0].3, "2021-H1");
}

#[test]
fn this_year_in_an_accounts_heading_is_the_year_accounted_for() {
    // (30b) A year's summary read as an account of that year: its heading's
    // 今年 is that year, and its months with it.
    let got = read_report(
        "某街道2023年度工作总结\n\n一、今年工作回顾\n\n1-10月，规上工业产值31.2亿元，同比增长7%。\n\n新增高新技术企业4家。",
    );
    assert_eq!(
        name_value_period(&got),
        vec![
            ("规上工业产值", 31.2, "2023-01–2023-10"),
            ("规上工业产值", 7.0, "2023-01–2023-10"),
            ("新增高新技术企业", 4.0, "2023")
        ]
    ); // 明年 is the year after the one accounted for.
    let got = read_report("某街道2023年度工作总结\n\n二、明年工作打算\n\n力争规上工业产值增长8%。");
    assert_eq!(name_value_period(&got), vec![("规上工业产值", 8.0, "2024")]);
}

#[test]
fn a_year_named_in_an_accounts_heading_is_kept() {
    // Counter-cases: a heading's own year is as written; a summary that is
    // no account keeps its own years.
    let got =
        read_report("某街道2023年度工作总结\n\n二、2024年工作打算\n\n力争规上工业产值增长8%。");
    assert_eq!(name_value_period(&got), vec![("规上工业产值", 8.0, "2024")]);
    let got = read_report("某街道工作总结\n\n一、今年工作回顾\n\n2023年，规上工业产值31.2亿元。");
    assert_eq!(
        name_value_period(&got),
        vec![("规上工业产值", 31.2, "2023")]
    );
}

#[test]
fn a_verb_of_reach_inside_a_name_is_no_part_of_it() {
    // (30c) Subject, verb, measure: the verb goes.
    assert_eq!(
        names("其中，第一产业实现增加值26.1亿元，同比增长4.2%；第二产业完成增加值41.7亿元。"),
        vec!["第一产业增加值", "第一产业增加值", "第二产业增加值"]
    );
    assert_eq!(
        names("镇属工业完成增加值3.4亿元。饲料实现产量12.6万吨。"),
        vec!["镇属工业增加值", "饲料产量"]
    );
}

#[test]
fn a_verb_of_reach_before_no_measure_or_after_an_adverb_stays() {
    // Counter-cases: no measure after the verb (`完成率`, `实现利润`), an
    // adverb before it (`累计完成`), no subject of its own.
    assert_eq!(
        names("规上工业增加值完成率为98.5%。"),
        vec!["规上工业增加值完成率"]
    );
    assert_eq!(
        names("全年工业累计完成增加值5.2亿元。"),
        vec!["工业累计完成增加值"]
    );
    assert_eq!(names("规上企业实现利润4.1亿元。"), vec!["规上企业实现利润"]);
}

#[test]
fn a_plans_opening_year_is_the_pages_own() {
    // (30d) A title that calls the year the plan's opening is of that year,
    // not of the goal's year it names too; a traditional copy says so too.
    let got = read_report(
        "“十五五”开局年 某省：2035年人均生产总值要比2020年翻一番\n\n今年全省研发经费投入增长6%以上。",
    );
    assert_eq!(got[0].3, "2026");
    let got = read_report(
        "某市人大会议昨日开幕\n\n今年是本市十五五規劃開年。今年一般公共預算收入擬增長4%。",
    );
    assert_eq!(got[0].3, "2026");
}

#[test]
fn a_year_of_its_own_or_a_start_of_the_year_is_kept() {
    // Counter-cases: a title's own year stays; the start of a year that
    // is no plan's (`开年以来`) says nothing of the plan.
    let got = read_report(
        "某县2024年政府工作报告\n\n“十四五”开局之年以来，全县地区生产总值年均增长6%。今年力争增长6.5%。",
    );
    assert_eq!(got.last().map(|f| f.3.as_str()), Some("2024"));
    let got = read_report("某市开年以来经济运行\n\n2023年，全市地区生产总值增长5.2%。");
    assert_eq!(got[0].3, "2023");
}

#[test]
fn a_title_that_opens_on_months_puts_the_pages_figures_in_them() {
    // (30e) A bulletin whose title (its first sentence) opens on months and
    // names no year: a paragraph with no period of its own is in them.
    let got = read_report(
        "1-10月，全市经济运行总体平稳。\n\n一、工业\n\n分门类看，采矿业同比增长12.4%，制造业同比增长7.3%。",
    );
    assert_eq!(
        got.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(),
        vec!["采矿业", "制造业"]
    );
    let words = crate::clean::pipeline::process_report(
        "a.txt",
        "1-10月，全市经济运行总体平稳。\n\n一、工业\n\n分门类看，采矿业同比增长12.4%。",
    )
    .figures[0]
        .period_words
        .clone();
    assert_eq!(words.as_deref(), Some("1-10月"));
}

#[test]
fn a_title_of_one_month_or_that_plans_sets_no_period() {
    // Counter-cases: one month, a title that plans as well, months not at
    // the title's start.
    for text in [
        "7月份全县防汛工作情况\n\n全县转移群众1200人。",
        "1-10月工作总结和下一步工作打算\n\n全县转移群众1200人。",
        "全县防汛工作情况（1-10月）\n\n全县转移群众1200人。",
    ] {
        let got = crate::clean::pipeline::process_report("a.txt", text);
        assert_eq!(got.figures[0].period_words, None, "{text}");
    }
}

#[test]
fn a_year_the_title_names_within_or_before_the_plan_is_its_own() {
    // (review of 30d) A title that names its own year and the plan's
    // opening as well (`某县2022年政府工作报告——在“十四五”开局年基础上…`)
    // keeps its own year; so does a year before the opening (`前夕`).
    let got = read_report(
        "某县2022年政府工作报告——在“十四五”开局年基础上再接再厉\n\n今年地区生产总值增长6.5%。",
    );
    assert_eq!(got[0].3, "2022");
    let got = read_report(
        "奋力开创“十五五”开局年新局面——某市2027年政府工作报告\n\n今年全市地区生产总值增长5.5%。",
    );
    assert_eq!(got[0].3, "2027");
    let got = read_report(
        "2025年，“十五五”规划开年前夕，某县召开经济工作会议\n\n今年全县地区生产总值增长6%。",
    );
    assert_eq!(got[0].3, "2025");
}

#[test]
fn a_verb_of_reach_before_a_measure_of_a_rate_stays() {
    // (review of 30c) `完成产值率` is a rate of output reached, no output.
    assert_eq!(
        names("全县规上工业完成产值率98%。"),
        vec!["规上工业完成产值率"]
    );
    // Nor after `多`, `少`: what was reached more is no output.
    assert_eq!(
        names("全县企业同比多实现产值8亿元。"),
        vec!["企业同比多实现产值"]
    );
}

#[test]
fn a_title_of_months_and_the_whole_year_sets_no_period() {
    // (review of 30e) A title that gives account of months and of the
    // whole year (`1-3月和全年…`, `…和全年目标`) leaves the period open.
    for text in [
        "1-3月和全年全县主要经济指标完成情况\n\n全县规上工业增加值增长6%。",
        "1-10月份全县经济运行情况和全年目标\n\n规上工业增加值增长5%。",
    ] {
        let got = crate::clean::pipeline::process_report("a.txt", text);
        assert_eq!(got.figures[0].period_words, None, "{text}");
    }
}

#[test]
fn a_title_looking_back_on_a_plans_opening_is_not_of_that_year() {
    // (review of 30d) `回望“十四五”开局年：…` looks back from a later year:
    // the page's `今年` is the year its text names, not the opening.
    let got = read_report(
        "回望“十四五”开局年：全县经济稳中向好\n\n2023年，全县地区生产总值增长5%。\n\n今年力争增长6%。",
    );
    assert_eq!(got.last().map(|f| f.3.as_str()), Some("2023"));
}

#[test]
fn a_meetings_title_of_a_quarter_sets_no_period() {
    // (review of 30e) A speech at a meeting on a quarter speaks of the
    // year's targets as well: its title sets no period.
    let got = crate::clean::pipeline::process_report(
        "a.txt",
        "一季度全县经济运行分析会议讲话\n\n全县确保完成地区生产总值目标200亿元。",
    );
    assert_eq!(got.figures[0].period_words, None);
}

#[test]
fn the_years_own_target_in_an_account_of_months_is_the_years() {
    // (review of 30a) In an account of a part of a year, what the year was
    // given at its start (`年初预算安排…`, `年度目标：…`) is the whole year's;
    // what the part reached of it stays in the part.
    let got = read_report(
        "关于某县2019年1-6月预算执行情况的报告\n\n全县一般公共预算收入5.2亿元，完成年度预算的52%。\n\n年初预算安排一般公共预算收入10亿元。",
    );
    assert_eq!(
        got.iter().map(|f| f.3.as_str()).collect::<Vec<_>>(),
        vec!["2019-01–2019-06", "2019-01–2019-06", "2019"]
    );
    let got = read_report("某乡2021年上半年工作总结\n\n年度目标：财政收入1200万元。");
    assert_eq!(name_value_period(&got), vec![("财政收入", 1200.0, "2021")]);
    // The part's share of the year's target stays the part's.
    let got =
        read_report("某乡2021年上半年工作总结\n\n上半年，财政收入完成650万元，占全年目标的52.3%。");
    assert!(got.iter().all(|f| f.3 == "2021-H1"), "{got:?}");
}
