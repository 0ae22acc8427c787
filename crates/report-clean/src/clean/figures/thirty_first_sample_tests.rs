//! Shapes the thirty-first sample (real web pages: quarterly and monthly
//! bulletins, budgets with their balance tables, departments' budgets,
//! streets' half-year summaries, yearbooks, chronicles, courts, news of
//! Hong Kong's copies, 1949–2026) found.
use super::test_support::{name_value_period, named_values, names, read_report};
use report_core::FigureKind;

/// (indicator, value) of each figure of a report's text.
fn name_value(text: &str) -> Vec<(String, f64)> {
    read_report(text).into_iter().map(|f| (f.0, f.1)).collect()
}

fn owned(pairs: &[(&str, f64)]) -> Vec<(String, f64)> {
    pairs.iter().map(|(n, v)| (n.to_string(), *v)).collect()
}

#[test]
fn two_tables_side_by_side_name_their_own_numbers() {
    // (31a) A budget's balance table: revenue and its sums beside spending
    // and its sums, each number measuring the name just before it.
    let got = name_value(
        "某县2024年预算执行情况的报告\n\n全县一般公共预算收支平衡表\n\n单位:万元\n\n收入 | 执行数 | 支出 | 执行数 |\n\n一、本级收入 | 2605 | 一、本级支出 | 7631 |\n\n上级补助收入 | 4592 | 结转下年支出 | 1061 |",
    );
    assert_eq!(
        got,
        owned(&[
            ("一、本级收入", 2605.0),
            ("一、本级支出", 7631.0),
            ("上级补助收入", 4592.0),
            ("结转下年支出", 1061.0),
        ])
    );
    // Without the rules between the cells as well.
    let got = name_value(
        "某县2024年预算执行情况的报告\n\n单位：万元\n\n项目 决算数 项目 决算数\n\n税收收入 3120 教育支出 2210",
    );
    assert_eq!(got, owned(&[("税收收入", 3120.0), ("教育支出", 2210.0)]));
}

#[test]
fn a_header_whose_names_do_not_repeat_keeps_one_name_a_row() {
    // Counter-cases: columns of years or of plan and result are one table;
    // every number of a row measures its first cell.
    let got = name_value(
        "某县2024年经济运行情况\n\n单位：亿元\n\n指标 2023年 2024年 增长\n\n地区生产总值 120 126 5",
    );
    assert!(got.iter().all(|(n, _)| n == "地区生产总值"), "{got:?}");
    let got = name_value(
        "某县2024年经济运行情况\n\n单位：亿元\n\n指标 计划 指标 完成\n\n财政收入 12 税收 11",
    );
    assert!(got.iter().all(|(n, _)| n == "财政收入"), "{got:?}");
}

#[test]
fn transport_work_is_counted_in_tonne_and_passenger_kilometres() {
    // (31b) `亿吨公里`, `万人公里`: one unit, not tonnes with `公里` as
    // the name of what follows.
    assert_eq!(
        named_values("全年货物周转量28亿吨公里，增长5%；旅客周转量497万人公里。"),
        vec![
            (
                "货物周转量".to_string(),
                28.0,
                "亿吨公里".to_string(),
                FigureKind::Quantity
            ),
            (
                "货物周转量".to_string(),
                5.0,
                "%".to_string(),
                FigureKind::Growth
            ),
            (
                "旅客周转量".to_string(),
                497.0,
                "万人公里".to_string(),
                FigureKind::Quantity
            ),
        ]
    );
    // Counter-cases: tonnes and people stay themselves, and kilometres.
    assert_eq!(
        named_values("货运量1.3亿吨，客运量9109万人，新建公路12公里。")
            .into_iter()
            .map(|f| f.2)
            .collect::<Vec<_>>(),
        ["亿吨", "万人", "公里"]
    );
}

#[test]
fn a_rates_speed_set_against_a_base_is_the_figure_befores() {
    // (31c) `增幅比二季度回落`, `降幅比上年收窄`: the rate of the figure
    // before, compared with an earlier one.
    assert_eq!(
        names("全社会用电量154.67亿千瓦时，同比增长6.1%，增幅比二季度回落0.3个百分点。"),
        ["全社会用电量", "全社会用电量", "全社会用电量"]
    );
    assert_eq!(
        names("棉花播种面积4500万亩，下降0.9%，降幅比上年收窄3.5个百分点。"),
        ["棉花播种面积", "棉花播种面积", "棉花播种面积"]
    );
    assert_eq!(
        names("工业用电量120亿千瓦时，增长5.8%，增速比上半年提高1.2个百分点。"),
        ["工业用电量", "工业用电量", "工业用电量"]
    );
}

#[test]
fn a_speed_of_its_own_or_a_share_keeps_its_name() {
    // Counter-cases: a speed named with its measure, a share that opens on
    // 比, a comparison with no figure before.
    assert_eq!(
        names("规上工业增加值增速比上半年提高2.1个百分点。"),
        ["规上工业增加值增速比上半年"]
    );
    assert_eq!(
        names("工业增加值增长5%，第三产业比重提高1.2个百分点。"),
        ["工业增加值", "第三产业比重"]
    );
}

#[test]
fn year_on_year_as_hong_kong_writes_it_and_a_fall_in_price() {
    // (31d) `按年增长` is 同比增长: the rate of the figure before; `下跌`
    // is a fall.
    assert_eq!(
        named_values("9月份，全社会用电量8475亿千瓦时，按年增长8.5%；第二产业用电量5379亿千瓦时，按年下跌3.6%。")
            .into_iter()
            .map(|f| (f.0, f.1, f.3))
            .collect::<Vec<_>>(),
        vec![
            ("全社会用电量".to_string(), 8475.0, FigureKind::Quantity),
            ("全社会用电量".to_string(), 8.5, FigureKind::Growth),
            ("第二产业用电量".to_string(), 5379.0, FigureKind::Quantity),
            ("第二产业用电量".to_string(), -3.6, FigureKind::Growth),
        ]
    );
    assert_eq!(
        named_values("猪肉价格下跌12.8%。")
            .into_iter()
            .map(|f| (f.0, f.1, f.3))
            .collect::<Vec<_>>(),
        vec![("猪肉价格".to_string(), -12.8, FigureKind::Growth)]
    );
}

#[test]
fn a_share_or_a_year_plan_is_no_year_on_year() {
    // Counter-cases: a share stays a share, a plan by the year stays.
    assert_eq!(
        named_values("第二产业用电量占全社会用电量的63.5%。")
            .into_iter()
            .map(|f| f.3)
            .collect::<Vec<_>>(),
        [FigureKind::Share]
    );
    assert_eq!(names("按年度计划完成投资5亿元。"), ["按年度计划完成投资"]);
    assert_eq!(
        names("全县粮食总产量按年度计划完成12万吨。"),
        ["粮食总产量按年度计划"]
    );
}

#[test]
fn a_header_of_units_alone_leaves_out_the_names_column() {
    // (31e) `| 绝对额(亿元) | 比去年同期增长(%) |` over `| 国内生产总值 |
    // 386762 | 7.7 |`: the rows' names stand in a column the header left
    // unnamed, and the rules between cells are no cells.
    let got = read_report(
        "某国2013年前三季度国民经济运行情况\n\n初步核算结果如下：\n\n| 绝对额(亿元) | 比去年同期增长(%) |\n\n| 国内生产总值 | 386762 | 7.7 |\n\n| 第一产业 | 35669 | 3.4 |",
    );
    let got: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(
        got,
        [
            ("国内生产总值", 386762.0),
            ("国内生产总值", 7.7),
            ("第一产业", 35669.0),
            ("第一产业", 3.4)
        ]
    );
}

#[test]
fn a_header_with_its_names_column_or_without_units_is_as_before() {
    // Counter-cases: a header naming its names' column keeps its columns;
    // two words with no unit are no header.
    let got =
        name_value("某县2024年经济运行情况\n\n指标 绝对额(亿元) 增长(%)\n\n地区生产总值 126 5.1");
    assert_eq!(
        got,
        owned(&[("地区生产总值", 126.0), ("地区生产总值", 5.1)])
    );
    let got = name_value("某县2024年经济运行情况\n\n主要指标 完成情况\n\n地区生产总值 126 5.1");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_span_of_quarters_is_all_of_them() {
    // (31f) `1-3季度`, `一至三季度`: the first three quarters, not the third.
    let got = read_report(
        "某国2013年经济运行情况\n\n2013年1-3季度，国内生产总值38.6亿元。\n\n2013年一至三季度，工业增加值10亿元。\n\n2013年1—2季度，投资3亿元。",
    );
    let got: Vec<_> = got.iter().map(|f| (f.1, f.3.as_str())).collect();
    assert_eq!(
        got,
        [(38.6, "2013-Q1–Q3"), (10.0, "2013-Q1–Q3"), (3.0, "2013-H1")]
    );
}

#[test]
fn one_quarter_or_a_season_is_as_before() {
    // Counter-cases: a quarter alone keeps its quarter; `季` with no 度
    // after a span is no span.
    let got = read_report(
        "某国2013年经济运行情况\n\n2013年3季度，投资3亿元。\n\n2013年一季度，消费2亿元。",
    );
    let got: Vec<_> = got.iter().map(|f| (f.1, f.3.as_str())).collect();
    assert_eq!(got, [(3.0, "2013-Q3"), (2.0, "2013-Q1")]);
    let got = read_report("某县2013年农业情况\n\n2013年，1-2季稻种植面积3万亩。");
    assert!(got.iter().all(|f| f.3 != "2013-H1"), "{got:?}");
}

// The review of the thirty-first sample's rules: counter-cases on made-up
// shapes, each seen read worse than before the rules.

#[test]
fn a_rank_or_a_measured_column_is_no_second_names_column() {
    // (31a, review) `县区 增速(%) 位次 增速(%)`: the rate repeated is no two
    // tables side by side, and `第一` names nothing; nor does a column
    // stating a unit (`2025年(亿元)`) hold names, under a header of units.
    let got = name_value(
        "某市2025年上半年各县区主要指标\n\n县区 增速(%) 位次 增速(%)\n\n甲县 6.1 第一 5.8",
    );
    assert!(got.iter().all(|(n, _)| n == "甲县"), "{got:?}");
    let got = name_value(
        "某县2025年国民经济运行简况\n\n主要指标如下：\n\n| 2024年(亿元) | 增长(%) | 2025年(亿元) | 增长(%) |\n\n| 固定资产投资 | 45.1 | -3.1 | 新口径 | 2.0 |",
    );
    assert!(got.iter().all(|(n, _)| n == "固定资产投资"), "{got:?}");
}

#[test]
fn a_ruled_table_of_two_columns_keeps_its_rows() {
    // (31e, review) `项目 | 金额(万元)`: two names and the rule between
    // them head a table, as before the rules were left out of the cells.
    let got = name_value(
        "某县2024年财政收入完成情况\n\n单位：万元\n\n项目 | 金额(万元)\n\n税收收入 | 3120\n\n非税收入 | 1100",
    );
    assert_eq!(got, owned(&[("税收收入", 3120.0), ("非税收入", 1100.0)]));
    let got = name_value(
        "某县2024年主要经济指标完成情况\n\n主要指标完成情况如下。\n\n指标 | 完成情况\n\n地区生产总值 | 126.3亿元",
    );
    assert_eq!(got, owned(&[("地区生产总值", 126.3)]));
}

#[test]
fn a_column_of_quarters_names_no_figure() {
    // (31e, review) `| 一季度 | 820.5 | 5.4 |`: a row that opens on a
    // period names no measure of its own: no figure named `一季度`.
    let got = name_value(
        "某市2025年分季度地区生产总值\n\n分季度情况如下。\n\n| 季度 | 地区生产总值(亿元) | 增长(%) |\n\n| 一季度 | 820.5 | 5.4 |\n\n| 二季度 | 880.1 | 5.6 |",
    );
    assert!(got.iter().all(|(n, _)| !n.contains("季度")), "{got:?}");
}

#[test]
fn a_change_after_a_years_column_is_of_that_year() {
    // (31e, review) `| 2024年(亿元) | 增长(%) | 2025年(亿元) | 增长(%) |`:
    // each rate is of the year whose column it follows.
    let got = read_report(
        "某县2025年国民经济运行简况\n\n主要指标如下：\n\n| 2024年(亿元) | 增长(%) | 2025年(亿元) | 增长(%) |\n\n| 地区生产总值 | 120.5 | 5.2 | 126.8 | 5.1 |",
    );
    assert_eq!(
        name_value_period(&got),
        [
            ("地区生产总值", 120.5, "2024"),
            ("地区生产总值", 5.2, "2024"),
            ("地区生产总值", 126.8, "2025"),
            ("地区生产总值", 5.1, "2025"),
        ]
    );
}

#[test]
fn tonnes_or_people_before_a_word_of_kilometres_stay_themselves() {
    // (31b, review) `3万吨公里管网`, `1.2万人公里数`: `公里` opens the next
    // word; the tonne and the person are the unit.
    let units: Vec<String> =
        named_values("新建污水处理能力3万吨公里管网配套建成，搬迁1.2万人公里数以内安置。")
            .into_iter()
            .map(|f| f.2)
            .collect();
    assert_eq!(units, ["万吨", "万人"]);
}

#[test]
fn a_falls_speed_is_not_that_of_a_figure_that_rose() {
    // (31c, review) `轻工业增长1.3%，降幅比上半年收窄`: the fall narrowed is
    // the whole's, not the rise's before it.
    let got = names("全市规模以上工业总产值下降3.2%，其中重工业下降5.1%，轻工业增长1.3%，降幅比上半年收窄2个百分点。");
    assert_eq!(got.iter().filter(|n| *n == "轻工业").count(), 1, "{got:?}");
}

#[test]
fn a_year_and_a_dash_before_one_quarter_is_that_quarter() {
    // (31f, review) `2024-2季度`: the year's second quarter, no span.
    let got = read_report("某县2024年统计信息\n\n2024-2季度全县地区生产总值30亿元。");
    assert!(got.iter().all(|f| f.3 == "2024-Q2"), "{got:?}");
}

#[test]
fn a_change_beside_a_part_of_a_year_keeps_the_tables_period() {
    // (31e, review) `指标 2023年1-9月 2024年1-9月 增长(%)`: the rate is of
    // the months the table stands under, not the year.
    let got = read_report(
        "某市2024年1-9月经济运行情况\n\n1-9月，全市经济运行稳中有进，主要指标如下。\n\n指标 2023年1-9月 2024年1-9月 增长(%)\n\n地区生产总值(亿元) 2500 2620 5.1",
    );
    let rate: Vec<_> = got
        .iter()
        .filter(|f| f.1 == 5.1)
        .map(|f| f.3.as_str())
        .collect();
    assert_eq!(rate, ["2024-01–2024-09"]);
}
