//! Shapes the twenty-ninth sample (real web pages: townships' half-year
//! summaries, streets, departments, courts, procuratorates, bulletins,
//! chronicles and plans, 1742–2026) found.
use super::indicator::strip_indicator;
use super::test_support::{name_value_period, names, read_report};

#[test]
fn an_items_number_opens_no_name() {
    assert_eq!(
        names("1、完成工业总产值3.2亿元，同比增长6%。"),
        vec!["工业总产值", "工业总产值"]
    );
    assert_eq!(names("2．实现财政收入800万元。"), vec!["财政收入"]);
    // Not a list of numbers, nor a decimal.
    assert_eq!(strip_indicator("3、5月份降水量"), "3、5月份降水量");
    assert_eq!(strip_indicator("12、13号楼建筑面积"), "12、13号楼建筑面积");
    assert_eq!(strip_indicator("1.5级以上地震"), "1.5级以上地震");
}

#[test]
fn a_notes_mark_closes_no_name() {
    assert_eq!(
        names("全年地区生产总值[2]1250亿元，比上年增长5.1%。年末常住人口［3］88.6万人。"),
        vec!["地区生产总值", "地区生产总值", "年末常住人口"]
    );
    // Not a year or words in the brackets.
    assert_eq!(strip_indicator("基金[2023]"), "基金[2023]");
    assert_eq!(strip_indicator("支出[注]"), "支出[注]");
}

#[test]
fn a_share_of_the_years_plan_is_the_figure_befores() {
    let got = read_report(
        "镇半年工作总结\n\n上半年，全镇完成税收收入2780万元，同比增长21%，占年计划的45.6%；完成农业总收入3420万元，占全年目标的43.9%。",
    );
    let got = name_value_period(&got);
    assert_eq!(
        got,
        vec![
            ("税收收入", 2780.0, "上半年"),
            ("税收收入", 21.0, "上半年"),
            ("税收收入", 45.6, "上半年"),
            ("农业总收入", 3420.0, "上半年"),
            ("农业总收入", 43.9, "上半年")
        ]
    );
}

#[test]
fn a_years_plan_not_after_zhan_keeps_its_year() {
    // As before the rule: the year's plan as the period of a target.
    let got = read_report("2025年重点项目\n\n全年计划完成投资98.5亿元。街道财政收入占全区的16%。");
    let got = name_value_period(&got);
    assert_eq!(
        got,
        vec![
            ("计划完成投资", 98.5, "2025"),
            ("街道财政收入占全区", 16.0, "2025")
        ]
    );
    // A plan given its sum keeps its year: the sum is the year's task.
    let got =
        read_report("镇半年工作总结\n\n上半年，财政收入完成1318万元，占全年任务2355万元的60%。");
    assert_eq!(got[1].0, "全年任务");
    assert_eq!(got[1].3, "全年");
}

#[test]
fn what_was_won_may_be_or_came_to_in_all_is_no_name() {
    assert_eq!(
        names("全年争取到上级资金共计27.5亿元，同比增长16.5%。"),
        vec!["上级资金", "上级资金"]
    );
    assert_eq!(names("全县粮食总产可能达到8.4亿斤。"), vec!["粮食总产"]);
    // Not a name they would leave too short, nor a word of their own.
    assert_eq!(names("全年争取到位资金3亿元。"), vec!["到位资金"]);
    assert_eq!(strip_indicator("可能性评估"), "可能性评估");
    assert_eq!(strip_indicator("根据需要和可能"), "根据需要和可能");
    assert_eq!(names("全年争取资金3亿元。"), vec!["资金"]);
}

#[test]
fn a_to_that_begins_a_word_stays_after_zhengqu() {
    // (review) The 到 of 到户, 到期, 到会 is the word's, not the winning's:
    // the name keeps it as before 29d.
    assert_eq!(names("争取到户补贴资金560万元。"), vec!["到户补贴资金"]);
    assert_eq!(
        names("争取到期债务展期资金2.3亿元。"),
        vec!["到期债务展期资金"]
    );
    assert_eq!(names("争取到会客商520人。"), vec!["到会客商"]);
    // But a 会 of the thing won (`会展`, `会议`) is the name's.
    assert_eq!(names("争取到会展项目5个。"), vec!["会展项目"]);
}

#[test]
fn the_possibility_of_a_thing_keeps_its_name() {
    // (review) `的可能` is a noun, the possibility itself, that fell.
    assert_eq!(
        names("全县发生地质灾害的可能减少了15%。"),
        vec!["发生地质灾害的可能"]
    );
}

#[test]
fn a_share_of_the_plan_after_a_share_of_the_whole_is_the_measures() {
    // (review) The figure before is itself a share (`占全市的12.5%`): the
    // plan's share is the measure's, not the share's.
    let got = names("全年财政收入25.6亿元，同比增长8%，占全市的12.5%，占年计划的105.2%。");
    assert_eq!(got.last().map(String::as_str), Some("财政收入"));
}

#[test]
fn very_likely_is_no_part_of_the_name() {
    // (review) An adverb before 可能 goes with it (`很可能`, `有可能`).
    assert_eq!(names("财政收入很可能突破30亿元。"), vec!["财政收入"]);
    assert_eq!(names("全年粮食产量有可能达到46万吨。"), vec!["粮食产量"]);
}
