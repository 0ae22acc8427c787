//! Shapes the twenty-first sample (real web pages: streets, counties,
//! banners, zones, budget and final-accounts reports, yearbooks and
//! chronicles, 1952–2024) found: a figure in brackets before the next
//! figure, a comparison with a year named by what it was.
use super::test_support::{named_values, read_report};
use report_core::FigureKind::*;

#[test]
fn a_figure_in_brackets_before_the_next_figure_names_nothing() {
    // This used to panic: the name before the brackets ended before the
    // figure inside them.
    let got = named_values("某某街道实现税收2.5亿元，完成全年目标（2.8亿元）89%。");
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2].1, 89.0, "{got:?}");
    let got = named_values("某某区工业增加值增长12.5%，高于全市增幅（8.1%）4.4个百分点。");
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn a_year_compared_with_is_no_period_and_no_name() {
    let got = read_report(
        "某某县概况\n\n1985年，某某县粮食总产量8000万斤，比历史上最高的1980年增长12.5%。奶牛存栏1200头，比最好的1983年增长20.1%。\n",
    );
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(got[1].0.ends_with("粮食总产量"), "{got:?}");
    assert_eq!(got[1].3, "1985", "{got:?}");
    assert_eq!(got[3].0, "奶牛存栏", "{got:?}");
    assert_eq!(got[3].3, "1985", "{got:?}");
    // 较 before 的 is an adverb: the plan named after it is the period.
    let got = read_report(
        "某某县概况\n\n1985年，某某县农业总产值平均每年增长3.5%，其中增长较快的“六五”时期平均每年增长4.5%。\n",
    );
    assert_eq!(got[1].3, "1981–1985", "{got:?}");
}

#[test]
fn a_year_alone_compared_with_keeps_the_subject_before() {
    let got = named_values("粮食总产量完成计划的62.8%，比1978年还下降20%。");
    assert_eq!(
        got[1],
        ("粮食总产量".to_string(), -20.0, "%".to_string(), Growth),
        "{got:?}"
    );
}

#[test]
fn a_bound_of_a_class_counted_after_it_is_no_figure() {
    let got = named_values("全镇养羊存栏8万只，养羊1000只以上的村6个，500只以上养殖大户12户。");
    assert_eq!(
        got.iter().map(|f| f.1).collect::<Vec<_>>(),
        vec![8.0, 6.0, 12.0],
        "{got:?}"
    );
    // A count of the things themselves stays, as does one joined to the
    // next item.
    let got = named_values("培育30个以上特色产业集群，新增就业2000人以上。");
    assert_eq!(got.len(), 2, "{got:?}");
    let got = named_values("培育50家以上特色企业和20个以上示范项目。");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn this_year_under_a_review_of_the_year_before_is_that_year() {
    let got = read_report(
        "某某街道办事处工作报告\n\n（2031年1月10日在某某街道居民议事会上）\n\n一、2030年工作回顾\n\n今年以来，我们扎实推进各项工作。预计全年实现地区生产总值30.5亿元，同比增长6.5%。\n\n二、2031年工作安排\n\n今年，力争地区生产总值增长6%。\n",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0].3, "2030", "{got:?}");
    assert_eq!(got[1].3, "2030", "{got:?}");
    assert_eq!(got[2].3, "2031", "{got:?}");
    // 今年 alone stays the report's year: a plan may go on under the
    // review's heading.
    let got = read_report(
        "某某县政府工作报告\n\n（2031年1月10日）\n\n一、2030年工作回顾\n\n全县生产总值增长6%。今年，力争全县生产总值增长6.5%。\n",
    );
    assert_eq!(got[1].3, "2031", "{got:?}");
}

#[test]
fn a_doing_before_ye_names_a_trade() {
    let got = named_values("全年农业总产值120亿元，其中种植业产值增长5.2%，养殖业产值增长3.1%。");
    assert_eq!(got[1].0, "种植业产值", "{got:?}");
    assert_eq!(got[2].0, "养殖业产值", "{got:?}");
}

#[test]
fn a_guessed_year_on_a_page_of_the_year_just_past_is_that_year() {
    let got = read_report(
        "某某镇工作汇报\n\n刚刚过去的一年，是全镇经济快速发展的一年。截止2030年底，全镇工农业总产值完成8.6亿元，同比增长12%。\n\n一是工业经济实现新突破。全镇工业企业完成营业收入5.1亿元。\n",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().all(|f| f.3 == "2030"), "{got:?}");
    // A guessed year the page does not say is over is the writer's own.
    let got = read_report(
        "某某镇工作汇报\n\n过去一年，全镇发展良好。2030年全镇工农业总产值完成8.6亿元。\n",
    );
    assert_eq!(got[0].3, "2030", "{got:?}");
}

#[test]
fn figures_after_respectively_parted_by_commas_are_one_list() {
    let got = named_values("全县工业总产值12亿元，农业总产值8亿元，分别比上年增长13.2%，7.5%。");
    assert_eq!(
        got[2..],
        [
            ("工业总产值".to_string(), 13.2, "%".to_string(), Growth),
            ("农业总产值".to_string(), 7.5, "%".to_string(), Growth),
        ],
        "{got:?}"
    );
}

#[test]
fn five_years_past_after_a_plan_just_over_are_the_plans() {
    // The page's year is the plan's last (a year-end report): 五年来 is the
    // plan's five years, not the five before.
    let got = read_report(
        "2030年某某区人民政府工作报告\n\n各位代表：\n\n“十五五”是某某区转型加快的五年。五年来，新增金融企业40家。\n",
    );
    assert_eq!(got[0].3, "2026–2030", "{got:?}");
    assert_eq!(got[0].2, report_core::FigureStatus::Actual, "{got:?}");
}
