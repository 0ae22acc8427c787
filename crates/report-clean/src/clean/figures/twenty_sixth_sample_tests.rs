//! Shapes the twenty-sixth sample (real web pages: streets, townships,
//! counties, zones, budgets, plans, courts, procuratorates, 政协,
//! 1982–2025) found.
use super::test_support::{named_values, names, read_report};
use report_core::FigureKind::*;
use report_core::FigureStatus::*;

#[test]
fn bi_zeng_is_a_growth_over_last_year() {
    let got = named_values("茶叶产量887吨，比增1.37%，产值达1419万元，比增12%。");
    let got: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.1, f.3)).collect();
    assert_eq!(
        got,
        vec![
            ("茶叶产量", 887.0, Quantity),
            ("茶叶产量", 1.37, Growth),
            ("产值", 1419.0, Amount),
            ("产值", 12.0, Growth)
        ]
    );
}

#[test]
fn ke_before_a_verb_is_no_part_of_the_name() {
    assert_eq!(
        names("预计全区农业总产值可实现32.43亿元，社会消费品零售总额可达447亿元，行政许可42件。"),
        vec!["农业总产值", "社会消费品零售总额", "行政许可"]
    );
}

#[test]
fn an_adverb_and_a_verb_after_a_counted_noun_end_it() {
    assert_eq!(
        names("全省已有53户国有企业初步建立现代企业制度，某某县由汉族、回族等8个民族组成，全国54个开发区继续保持快速发展，为1200名残疾人提供基本康复服务。"),
        vec!["国有企业", "民族", "开发区", "残疾人提供基本康复服务"]
    );
    // A verb of two characters closing the clause, known or not.
    assert_eq!(
        names("全县13条重点产业链全面起势，甲线、乙线等40条农村公路相继开通。"),
        vec!["重点产业链", "农村公路"]
    );
}

#[test]
fn an_adverb_or_made_up_of_inside_a_counted_noun_is_part_of_it() {
    // An adverb before a noun, not a verb, and 组成 inside 组成员, 组成部分.
    assert_eq!(
        names("某某县选派96名驻村工作组成员，创建4个省级全面小康示范村、2所县级继续教育基地、15家市级持续健康发展企业，配备120名项目组成员，明确3个组成部分。"),
        vec!["驻村工作组成员", "省级全面小康示范村", "县级继续教育基地", "市级持续健康发展企业", "项目组成员", "组成部分"]
    );
    // A count that is a verb's object, not a subject: an adverb and a verb
    // inside its noun are part of its name.
    assert_eq!(
        names("某某县建设20个农村持续增收示范点，确定6个市级稳步推进试点。"),
        vec!["农村持续增收示范点", "市级稳步推进试点"]
    );
}

#[test]
fn a_year_before_named_as_a_base_still_lets_the_page_sum_up_its_year() {
    let got = read_report(
        "某某省经济运行情况\n\n2030年，全省上下认真落实各项任务，经济呈现良好态势。一年来，各项事业进一步发展。\n\n初步统计，全年全省实现生产总值1073亿元，比2029年增长9.4%。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.2, f.3.as_str())).collect();
    assert_eq!(
        read,
        vec![(1073.0, Actual, "2030"), (9.4, Actual, "2030")],
        "{got:?}"
    );
}

#[test]
fn a_bulleted_line_holding_a_figure_is_read() {
    // A news page's short version of a report, one figure a line under a
    // bullet: the lines are data, not headings, and their figures are read.
    let got = read_report(
        "某某省检察院工作报告极简版\n\n2030年工作回顾\n\n全省检察机关共办案42.5万件，同比上升8.9%。\n\n维护稳定促发展\n●批捕7.2万人，起诉16.8万人\n●起诉涉黑涉恶犯罪1500人\n●2030年工作回顾\n",
    );
    let read: Vec<_> = got.iter().map(|f| f.1).collect();
    assert_eq!(read, vec![42.5, 8.9, 7.2, 16.8, 1500.0], "{got:?}");
    assert_eq!(got[4].0, "起诉涉黑涉恶犯罪", "{got:?}");
}

#[test]
fn a_span_of_time_between_a_subject_and_its_verb_is_no_part_of_the_name() {
    assert_eq!(
        names("社会消费品零售总额全年可达447亿元，增幅20.4%；粮食总产量上半年完成12万吨；截止上半年完成投资30亿元。"),
        vec!["社会消费品零售总额", "社会消费品零售总额增幅", "粮食总产量", "截止上半年完成投资"]
    );
}

#[test]
fn a_comparisons_base_and_a_span_the_period_does_not_carry_stay_in_the_name() {
    assert_eq!(
        names("规上工业增加值增速比上半年提高2.1个百分点，工业用电量较上半年增长3%，城镇新增就业下半年完成1.2万人。"),
        vec!["规上工业增加值增速比上半年", "工业用电量较上半年", "城镇新增就业下半年"]
    );
}

#[test]
fn a_page_saying_what_its_year_is_that_names_the_year_before_as_a_base_reviews_that_year() {
    // `2031年是…`, then the year past, then targets over 2030: the figures
    // reviewed are 2030's.
    let got = read_report(
        "某某县政府工作报告\n\n2031年是某某规划的开局之年。过去一年，全县上下攻坚克难。\n\n全县地区生产总值完成120亿元，比2029年增长5%。\n\n2031年主要预期目标：地区生产总值比2030年增长6%左右。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.3.as_str())).collect();
    assert_eq!(read[..2], [(120.0, "2030"), (5.0, "2030")], "{got:?}");
}
