//! Shapes the fourteenth sample (local pages and the State Council's
//! reports of 1954–2025) and its made-up reports (a city's report of 1956,
//! a county's report on poverty, a plan's execution, a county's budget)
//! found.
use super::test_support::{figures, names, read_report};
use report_core::FigureKind::*;
use report_core::FigureStatus::*;

/// (indicator, value, unit, kind, qualifier, status) of each figure.
fn read(
    text: &str,
) -> Vec<(
    String,
    f64,
    String,
    report_core::FigureKind,
    Option<String>,
    report_core::FigureStatus,
)> {
    figures(text)
        .into_iter()
        .map(|f| (f.indicator, f.value, f.unit, f.kind, f.qualifier, f.status))
        .collect()
}

#[test]
fn le_after_a_verb_of_change_goes_with_it() {
    let got = read("1956年，钢产量增加了161万吨。");
    assert_eq!(got[0].0, "钢产量");
    assert_eq!(got[0].3, Change);
    // The verb goes with it, though it would name a short subject alone.
    assert_eq!(names("1954年，农业增长了48.5%。"), ["农业"]);
}

#[test]
fn adverbs_of_still_again_already_are_no_part_of_a_name() {
    assert_eq!(names("2020年，粮食仍然连年增产5%。"), ["粮食"]);
    assert_eq!(names("2020年，机床又增长10%。"), ["机床"]);
    assert_eq!(names("2020年，纱锭已达21万锭。"), ["纱锭"]);
}

#[test]
fn there_are_and_jiu_before_a_figure_are_no_part_of_a_name() {
    assert_eq!(names("1960年，粮食总产量应该有5000亿斤。"), ["粮食总产量"]);
    assert_eq!(names("2020年，小学生有319万人。"), ["小学生"]);
    assert_eq!(names("1955年，积压材料就达700万元。"), ["积压材料"]);
    // 成就 is a word: its 就 stays.
    assert_eq!(
        names("2020年，取得重大科技成就30项。"),
        ["取得重大科技成就"]
    );
}

#[test]
fn a_clause_of_a_conjunction_a_year_and_an_adverb_names_nothing() {
    assert_eq!(
        names("1957年，棉纱产量增加了35万件，而1956年就增加了127万件。"),
        ["棉纱产量", "棉纱产量"]
    );
    assert_eq!(
        names("1983年，工业增长10%，而农业总产值增长5%。"),
        ["工业增长", "农业总产值"]
    );
    assert_eq!(
        names("2006年，农业税全部取消，而且各种收费减少700多亿元。"),
        ["各种收费"]
    );
}

#[test]
fn the_first_years_of_a_plan_closing_a_name_are_no_part_of_it() {
    assert_eq!(names("1957年，钢产量前三年共增加了150万吨。"), ["钢产量"]);
}

#[test]
fn bolts_spindles_and_bags_are_units() {
    let units: Vec<String> = read("1955年，棉布310万匹，面粉180万袋，纱锭21万锭。")
        .into_iter()
        .map(|f| f.2)
        .collect();
    assert_eq!(units, ["万匹", "万袋", "万锭"]);
}

#[test]
fn a_space_before_a_bound_keeps_the_bound() {
    let got = read("2011年，医保基金支付水平提高到70% 以上。");
    assert_eq!(got[0].4.as_deref(), Some("以上"));
}

#[test]
fn about_before_a_light_verb_is_the_qualifier() {
    let got = read("2013年，价格上涨的翘尾影响约有1个百分点。");
    assert_eq!(got[0].0, "价格上涨的翘尾影响");
    assert_eq!(got[0].4.as_deref(), Some("约"));
    // A bound after the figure is kept (`约有百分之七十左右`).
    let got = read("2013年，新增产值中约有70%左右。");
    assert_eq!(got[0].4.as_deref(), Some("左右"));
}

#[test]
fn one_character_named_by_how_much_it_changed() {
    let got = read("1958年，钢增加了573万吨。");
    assert_eq!((got[0].0.as_str(), got[0].3), ("钢", Change));
}

#[test]
fn a_count_by_which_a_plan_was_beaten_is_the_figure_befores() {
    let got = read("2025年，新退出政府融资平台346家、超计划19家。");
    assert_eq!(got[1].0, "新退出政府融资平台超计划");
    assert_eq!(got[1].3, Change);
}

#[test]
fn a_sum_moved_to_another_budget_keeps_its_name() {
    assert_eq!(
        names("2024年，国有资本经营预算调出资金0.6亿元用于一般公共预算。"),
        ["国有资本经营预算调出资金"]
    );
}

#[test]
fn a_target_in_an_estimates_sentence_stays_a_target() {
    let got = read("固定资产投资预计增长4.2%，低于6%的计划目标。");
    assert_eq!(got[1].5, Target);
    let got = read("居民消费价格涨幅预计为0.4%，低于3%左右的调控目标。");
    assert_eq!(got[1].5, Target);
    // The plan a clause gives the figure before.
    let got = read("2021年，规模以上工业增加值预计增长7.8%，计划为7.5%。");
    assert_eq!(
        (got[1].0.as_str(), got[1].3, got[1].5),
        ("规模以上工业增加值", Growth, Target)
    );
}

const POVERTY: &str = "关于全县脱贫攻坚工作情况的报告
——2020年9月22日在平安县第十七届人民代表大会常务委员会第三十一次会议上
一、工作情况
2014年，全县识别建档立卡贫困户1.2万户。
全县开发公益性岗位1860个。
二、下一步工作
对边缘易致贫户312户实施动态监测。
";

#[test]
fn a_year_long_before_the_report_opens_its_paragraph_only() {
    let got = read_report(POVERTY);
    assert_eq!(got[0].3, "2014");
    assert_eq!((got[1].1, got[1].3.as_str()), (1860.0, "2020"));
}

#[test]
fn a_heading_of_the_next_steps_plans() {
    let got = read_report(POVERTY);
    assert_eq!((got[2].1, got[2].2), (312.0, Target));
}

#[test]
fn a_share_of_a_whole_given_as_a_figure_is_of_the_subject_before() {
    let got = read("1959年，共有3648万亩棉田，占棉田实收面积8500多万亩的42%。");
    assert_eq!(got[1].0, "棉田实收面积");
    assert_eq!(got[2].0, "棉田占棉田实收面积");
}

#[test]
fn a_name_ends_before_a_count_whose_unit_is_not_read() {
    assert_eq!(
        names("2025年，海南长臂猿种群恢复至7群42只。"),
        ["海南长臂猿种群"]
    );
    // A number that is part of a name stays (`国道318线`).
    assert_eq!(names("2021年，改造国道318线120公里。"), ["国道318线"]);
}

#[test]
fn a_pair_of_counts_with_a_doing_after_is_named_before() {
    assert_eq!(
        names("2020年，对边缘易致贫户312户1004人和脱贫不稳定户205户697人实施动态监测。"),
        [
            "对边缘易致贫户",
            "对边缘易致贫户",
            "脱贫不稳定户",
            "脱贫不稳定户"
        ]
    );
}

#[test]
fn more_than_a_multiple() {
    let got = read("2019年，贫困户人均纯收入比2014年增长3倍多。");
    assert_eq!((got[0].1, got[0].4.as_deref()), (3.0, Some("多")));
}

#[test]
fn the_base_of_a_comparison_given_as_a_figure_is_of_its_year() {
    let got = read_report(
        "关于全县脱贫攻坚工作情况的报告
——2020年9月22日在平安县人民代表大会常务委员会会议上
一、工作情况
2019年，全县贫困户人均纯收入达到9860元，比2014年的2430元增长3倍多。
",
    );
    assert_eq!((got[1].1, got[1].3.as_str()), (2430.0, "2014"));
}

#[test]
fn a_plans_move_within_one_year_starts_where_things_stand() {
    let got = figures("今年，将补助标准由每人每年40元提高到80元。");
    let got: Vec<_> = got
        .iter()
        .map(|f| (f.value, f.status, f.period.as_deref()))
        .collect();
    assert_eq!(
        got,
        [(40.0, Actual, Some("2020")), (80.0, Target, Some("2021"))]
    );
}

#[test]
fn what_a_condition_would_need_is_no_statistic() {
    assert!(figures("1957年，如果人们用来买穿的，就需要增加两千万匹的棉布供应。").is_empty());
}
