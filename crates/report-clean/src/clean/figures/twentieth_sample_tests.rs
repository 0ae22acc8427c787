//! Shapes the twentieth sample (real web pages: townships, counties, zones,
//! budget reports, yearbook entries and news pages, 1982–2023) found: a
//! year guessed from the page's own text, 增 or 减 alone after what it is
//! compared with, the rate of a fall, a plan's list after `目标：`.
use super::test_support::{named_values, read_report};
use report_core::FigureKind::*;
use report_core::FigureStatus;

#[test]
fn a_year_guessed_from_the_page_reviews_as_well_as_plans() {
    // A yearbook's entry: no date, no heading; the year it names is the
    // year it reviews.
    let got = read_report(
        "某某乡\n\n〔全乡概况〕2019年全乡粮食播种面积1200公顷，总产粮食5600吨，比上年增300吨。全年造林800亩。\n",
    );
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(got.iter().all(|f| f.2 == FigureStatus::Actual), "{got:?}");
}

#[test]
fn a_plan_on_a_page_whose_year_is_guessed_stays_a_plan() {
    let got = read_report(
        "某某县召开人代会\n\n2019年某某县经济社会发展的主要预期目标：全县生产总值增长7%；城镇新增就业2000人；农民人均纯收入增长8%以上。\n",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().all(|f| f.2 == FigureStatus::Target), "{got:?}");
}

#[test]
fn a_figure_followed_by_target_is_one_where_the_year_is_guessed() {
    let got =
        read_report("某某开发区召开工作会议\n\n会议透露，2019年将瞄准规模工业产值80亿元目标。\n");
    assert_eq!(got[0].2, FigureStatus::Target, "{got:?}");
}

#[test]
fn more_or_less_alone_after_its_comparison_is_a_change() {
    let got = named_values(
        "2020年，全县粮食总产量5.6万吨，比上年增3000吨；财政收入8000万元，同比减500万元。",
    );
    assert_eq!(
        got[1],
        ("粮食总产量".to_string(), 3000.0, "吨".to_string(), Change),
        "{got:?}"
    );
    assert_eq!(
        got[3],
        ("财政收入".to_string(), -500.0, "万元".to_string(), Change),
        "{got:?}"
    );
    // 新增 counts what is added: no change.
    let got = named_values("2020年，新增市场主体300户。");
    assert_eq!(got[0].3, Count, "{got:?}");
}

#[test]
fn the_rate_of_a_fall_is_a_negative_growth_of_the_subject() {
    let got = named_values("2020年，财政收入8000万元，同比减500万元，减幅5.9%。");
    assert_eq!(
        got[2],
        ("财政收入减幅".to_string(), -5.9, "%".to_string(), Growth),
        "{got:?}"
    );
}

#[test]
fn a_name_spaced_to_a_tables_width_closes_up() {
    let got = named_values("主要农产品产量如下：\n粮 食 2345.6万吨 12.1\n麻 类 3456吨 -4.2");
    assert_eq!(got[0].0, "粮食", "{got:?}");
}

#[test]
fn a_dash_that_opens_an_item_is_no_part_of_the_name() {
    let got = named_values("——全县一般公共预算收入完成12.3亿元，增长5%。");
    assert_eq!(got[0].0, "一般公共预算收入", "{got:?}");
}

#[test]
fn what_a_plan_expects_is_a_target_where_the_year_is_guessed() {
    let got = read_report(
        "某某市计划报告\n\n2019年预期规模以上工业增加值增长8%，服务业增加值增长7%。2019年全市人均预期寿命达到78.5岁，预期性指标12项。\n",
    );
    assert_eq!(got[0].0, "规模以上工业增加值", "{got:?}");
    assert_eq!(got[0].2, FigureStatus::Target, "{got:?}");
    assert_eq!(got[1].2, FigureStatus::Target, "{got:?}");
    assert_eq!(got[2].2, FigureStatus::Actual, "{got:?}");
    assert_eq!(got[3].0, "预期性指标", "{got:?}");
}

#[test]
fn the_target_set_for_a_growth_is_a_growth_rate() {
    let got = named_values("某某市长在报告中透露：2021年全市生产总值增长的预期目标为7%、地方财政收入增长的预期目标为5%。");
    assert_eq!(
        got[..2],
        [
            ("生产总值".to_string(), 7.0, "%".to_string(), Growth),
            ("地方财政收入".to_string(), 5.0, "%".to_string(), Growth),
        ],
        "{got:?}"
    );
}

#[test]
fn a_lists_values_share_the_last_ones_percentage_points() {
    let got = named_values(
        "2021年，全市规上工业增加值增长6.6%，较一季度和上半年分别提高2.9个、1.4个和0.7个百分点。",
    );
    let units: Vec<_> = got.iter().map(|g| (g.2.as_str(), g.3)).collect();
    assert_eq!(
        units[1..],
        [
            ("个百分点", Change),
            ("个百分点", Change),
            ("个百分点", Change)
        ],
        "{got:?}"
    );
}

#[test]
fn the_year_just_past_after_a_news_lead_governs_the_paragraphs_after_it() {
    let got = read_report(
        "某某省召开人代会\n\n新华社1月16日讯 今天上午，某某省人民代表大会开幕。省长张某某作工作报告。他说，刚刚过去的2007年，我们努力推动经济社会又好又快发展。\n\n据初步统计，全省生产总值增长14.5%；新增城镇就业73.5万人。\n",
    );
    assert!(
        got.iter()
            .all(|f| f.3 == "2007" && f.2 == FigureStatus::Actual),
        "{got:?}"
    );
}

#[test]
fn what_a_plan_asks_is_a_target_where_the_year_is_guessed() {
    let got = read_report(
        "某某地区农业工作\n\n2019年是某某地区建设农业强区的第一年，行署要求实现农业总产值增长8%。按照省里的要求，2019年全区完成造林5万亩。全区落实省委的工作要求，综合考核排名第3位。\n",
    );
    assert_eq!(got[0].2, FigureStatus::Target, "{got:?}");
    assert_eq!(got[1].2, FigureStatus::Actual, "{got:?}");
    assert_eq!(got[2].2, FigureStatus::Actual, "{got:?}");
}

#[test]
fn a_work_reports_title_states_the_year_it_plans() {
    // The date is inferred from the title, but a work report names the
    // year it plans there: `2031年，…增长6.5%` under its plan is a target.
    let got = read_report(
        "2031年某某镇人民政府工作报告\n各位代表：\n现在，我代表镇人民政府，向大会报告工作，请予审议。\n一、过去一年工作回顾\n过去一年，全镇农民人均可支配收入增长6.2%。\n二、今年工作打算\n2031年，全镇地区生产总值增长6.5%，固定资产投资达到4亿元。\n全年新增城镇就业300人。\n",
    );
    let planned: Vec<_> = got.iter().filter(|f| f.3.starts_with("2031")).collect();
    assert_eq!(planned.len(), 3, "{got:?}");
    assert!(
        planned.iter().all(|f| f.2 == FigureStatus::Target),
        "{got:?}"
    );
}

#[test]
fn an_expectation_met_or_a_demand_in_another_clause_plans_nothing() {
    let got = read_report(
        "某某市经济运行情况通报\n\n今年以来，全市经济运行总体达到预期，地区生产总值增长5.8%。今年以来，全县圆满完成上级要求的各项任务，粮食总产达到50万吨。今年以来，全县各项工作取得预期成效，新增市场主体1200户。今年以来，全县严格要求各乡镇落实责任，完成造林面积3万亩。今年以来，全县一般公共预算收入顺利完成3.2亿元的目标。\n",
    );
    assert_eq!(got.len(), 5, "{got:?}");
    assert!(got.iter().all(|f| f.2 == FigureStatus::Actual), "{got:?}");
}
