//! Periods and statuses from a report's time structure, on reports of our
//! own making (a county's, a province's, a mid-year one).
use super::*;
use report_core::FigureKind;
use report_core::FigureStatus;
use report_core::{DatePrecision, ReportDate, Section};

fn section(heading: &str, paragraphs: &[&str]) -> Section {
    Section {
        heading: if heading.is_empty() {
            Vec::new()
        } else {
            vec![heading.to_string()]
        },
        paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
        themes: Vec::new(),
    }
}

fn date(value: &str, inferred: bool) -> ReportDate {
    ReportDate {
        value: value.to_string(),
        precision: DatePrecision::Day,
        inferred,
        evidence: Vec::new(),
    }
}

/// (indicator, kind, status, period, period words) of each figure.
fn read(
    sections: &[Section],
    date: Option<&ReportDate>,
) -> Vec<(String, FigureKind, FigureStatus, String, String)> {
    report_figures(sections, date)
        .into_iter()
        .map(|f| {
            (
                f.indicator,
                f.kind,
                f.status,
                f.period.unwrap_or_default(),
                f.period_words.unwrap_or_default(),
            )
        })
        .collect()
}

fn one(
    sections: &[Section],
    date: Option<&ReportDate>,
    indicator: &str,
) -> (FigureKind, FigureStatus, String) {
    read(sections, date)
        .into_iter()
        .find(|f| f.0.contains(indicator))
        .map(|f| (f.1, f.2, f.3))
        .unwrap_or_else(|| panic!("no figure for {indicator}"))
}

/// A county's report of 2031 whose date is only inferred: its headings say
/// it reviews 2030 and the 十五五 period and sets out 2031 and 十六五.
fn county_report() -> Vec<Section> {
    vec![
        section(
            "一、2030年和“十五五”时期工作回顾",
            &[
                "过去一年，全县地区生产总值增长4.8%，一般公共预算收入完成12.5亿元。",
                "粮食总产量达到36万吨，新建乡村道路85公里。",
                "五年来，我们坚持稳中求进。城镇新增就业累计3.2万人，规上工业增加值年均增长6.1%。",
                "这五年，生态环境持续改善，造林面积12万亩。",
            ],
        ),
        section(
            "二、“十六五”时期主要目标",
            &["“十六五”时期，全县地区生产总值年均增长5%左右，常住人口城镇化率提高到62%。"],
        ),
        section(
            "三、2031年工作安排",
            &[
                "今年主要预期目标是：地区生产总值增长5%左右，居民消费价格涨幅3%以内。",
                "截至目前，已有12个项目开工，完成投资8.6亿元。",
                "预计全年社会消费品零售总额突破90亿元。",
            ],
        ),
    ]
}

#[test]
fn periods_follow_headings_and_blocks() {
    let sections = county_report();
    let inferred = date("2040-01-01", true);
    let got = read(&sections, Some(&inferred));
    let period_of = |ind: &str, value_kind: FigureKind| {
        got.iter()
            .find(|f| f.0.contains(ind) && f.1 == value_kind)
            .map(|f| f.3.clone())
            .unwrap_or_else(|| panic!("no {ind}: {got:?}"))
    };
    // The headings set the report in 2031, whatever the inferred date says.
    assert_eq!(period_of("地区生产总值", FigureKind::Growth), "2030");
    assert_eq!(period_of("一般公共预算收入", FigureKind::Amount), "2030");
    assert_eq!(period_of("粮食总产量", FigureKind::Quantity), "2030");
    assert_eq!(period_of("城镇新增就业", FigureKind::Count), "2026–2030");
    assert_eq!(period_of("规上工业增加值", FigureKind::Growth), "2026–2030");
    // A block carries over to the next paragraph.
    assert_eq!(period_of("造林面积", FigureKind::Quantity), "2026–2030");
    assert_eq!(period_of("城镇化率", FigureKind::Share), "2031–2035");
    let plan: Vec<_> = got.iter().filter(|f| f.3 == "2031").collect();
    assert!(plan.len() >= 4, "{got:?}");
}

#[test]
fn plans_are_targets_and_reviews_results() {
    let sections = county_report();
    let stated = date("2031-01-20", false);
    assert_eq!(
        one(&sections, Some(&stated), "一般公共预算收入"),
        (FigureKind::Amount, FigureStatus::Actual, "2030".into())
    );
    assert_eq!(
        one(&sections[1..], Some(&stated), "地区生产总值"),
        (FigureKind::Growth, FigureStatus::Target, "2031–2035".into())
    );
    // A price rise is growth; a target even with 以内.
    assert_eq!(
        one(&sections[2..], Some(&stated), "居民消费价格"),
        (FigureKind::Growth, FigureStatus::Target, "2031".into())
    );
    // Already done in the plan's year, and an estimate.
    assert_eq!(
        one(&sections[2..], Some(&stated), "项目").1,
        FigureStatus::Actual
    );
    assert_eq!(
        one(&sections[2..], Some(&stated), "社会消费品零售总额").1,
        FigureStatus::Estimate
    );
}

#[test]
fn a_plan_heading_with_a_period_and_a_year_is_the_year() {
    let sections = vec![section(
        "二、“十六五”时期目标任务和2031年重点工作",
        &["实施高标准农田建设10万亩，新增养老床位800张。"],
    )];
    let stated = date("2031-02-01", false);
    let got = read(&sections, Some(&stated));
    assert!(
        got.iter()
            .all(|f| f.2 == FigureStatus::Target && f.3 == "2031"),
        "{got:?}"
    );
}

#[test]
fn sub_year_markers_resolve_to_the_year_they_stand_in() {
    let sections = vec![section(
        "一、上半年工作回顾",
        &["一季度，全区固定资产投资增长7.2%。1-5月份，进出口总额增长3%。截至4月底，签约项目15个。"],
    )];
    let stated = date("2032-06-30", false);
    let got = read(&sections, Some(&stated));
    let periods: Vec<(&str, &str)> = got.iter().map(|f| (f.3.as_str(), f.4.as_str())).collect();
    assert_eq!(
        periods,
        [
            ("2032-Q1", "一季度"),
            ("2032-01–2032-05", "1-5月份"),
            ("2032-04", "截至4月底")
        ]
    );
    // This year so far: results.
    assert!(got.iter().all(|f| f.2 == FigureStatus::Actual), "{got:?}");
}

#[test]
fn a_year_before_a_figure_governs_that_figure_only() {
    let sections = vec![section(
        "一、“十五五”时期工作回顾",
        &["全县生产总值从2025年的180亿元增长到2030年的240亿元，粮食产量年均增长2%。"],
    )];
    let stated = date("2031-01-10", false);
    let got = read(&sections, Some(&stated));
    let periods: Vec<&str> = got.iter().map(|f| f.3.as_str()).collect();
    assert_eq!(periods, ["2025", "2030", "2026–2030"], "{got:?}");
    assert!(got[1].0.contains("生产总值"), "{got:?}");
}

#[test]
fn the_plan_a_year_ends_is_not_the_period() {
    // `“十五五”收官之年` names a year of the plan, not the plan.
    let sections = vec![section(
        "一、工作回顾",
        &["2030年是“十五五”收官之年。全县粮食产量达到40万吨。"],
    )];
    let stated = date("2031-01-10", false);
    assert_eq!(one(&sections, Some(&stated), "粮食产量").2, "2030");
}

#[test]
fn quantities_counts_ranks_and_list_items() {
    let f = paragraph_figures(
        "新建供水管网120公里，建成农村公路3座桥梁，发电装机2.5亿千瓦。",
        0,
        0,
        Some("2031"),
    );
    let kinds: Vec<FigureKind> = f.iter().map(|f| f.kind).collect();
    assert_eq!(
        kinds,
        [
            FigureKind::Quantity,
            FigureKind::Count,
            FigureKind::Quantity
        ]
    );
    assert_eq!(f[0].indicator, "供水管网");
    assert_eq!(
        f[2].normalized.as_ref().map(|n| (n.value, n.unit.as_str())),
        Some((2.5e8, "kW"))
    );
    // A rank keeps its subject; an ordinal in a name is no figure.
    let f = paragraph_figures(
        "制造业投资增长12%、居全省第2位，省第十三次党代会作出部署。",
        0,
        0,
        Some("2031"),
    );
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(
        (f[1].kind, f[1].indicator.as_str()),
        (FigureKind::Rank, "制造业投资")
    );
    // Items of 分别 share the last item's head noun, and each list its own 分别.
    let f = paragraph_figures(
        "交通、水利投资分别增长8%、6%，城镇、农村居民收入分别下降1%、2%。",
        0,
        0,
        Some("2031"),
    );
    let got: Vec<(&str, f64)> = f.iter().map(|f| (f.indicator.as_str(), f.value)).collect();
    assert_eq!(
        got,
        [
            ("交通投资", 8.0),
            ("水利投资", 6.0),
            ("城镇居民收入", -1.0),
            ("农村居民收入", -2.0)
        ]
    );
    // Counting the parts of a list is not a statistic.
    assert!(paragraph_figures("重点抓好八个方面工作。", 0, 0, None).is_empty());
}

#[test]
fn what_is_counted_follows_the_classifier_and_spans_are_no_counts() {
    let f = paragraph_figures(
        "航线通达30多个国家的80多个港口，支持东湖、西湖2个实验室建设，甲、乙等5个园区获评示范，销售额连续7个月增长，排名前5%的企业。",
        0,
        0,
        Some("2031"),
    );
    let got: Vec<(&str, f64)> = f.iter().map(|f| (f.indicator.as_str(), f.value)).collect();
    assert_eq!(got, [("国家", 30.0), ("港口", 80.0), ("园区", 5.0)]);
    // `经济增长5%` is the economy's growth, and 地区生产总值 by its canonical name.
    let f = paragraph_figures("经济增长5%左右。", 0, 0, Some("2031"));
    assert_eq!(f[0].indicator, "经济增长");
    assert_eq!(f[0].canonical(), Some("地区生产总值"));
}

#[test]
fn levels_reached_are_shares_and_a_year_mid_paragraph_opens_no_block() {
    let f = paragraph_figures(
        "卫生厕所普及率、污水治理率分别提高到88%、87.5%，30批次代表团来访。",
        0,
        0,
        Some("2031"),
    );
    let got: Vec<(&str, FigureKind)> = f.iter().map(|f| (f.indicator.as_str(), f.kind)).collect();
    assert_eq!(
        got,
        [
            ("卫生厕所普及率", FigureKind::Share),
            ("污水治理率", FigureKind::Share),
            ("代表团来访", FigureKind::Count)
        ]
    );
    // In a five-year block, `…，2030年，…` belongs to its sentence only.
    let sections = vec![section(
        "一、工作回顾",
        &[
            "五年来，全县新建学校12所。",
            "基础设施加快完善，2030年，新建公路80公里。",
            "新增绿地50公顷。",
        ],
    )];
    let stated = date("2031-01-10", false);
    assert_eq!(one(&sections, Some(&stated), "绿地").2, "2026–2030");
}

#[test]
fn a_block_opens_in_the_second_sentence_of_a_lead() {
    let sections = vec![section(
        "一、2030年及“十五五”时期工作回顾",
        &[
            "各位代表！2030年是“十五五”收官之年。五年来，我们接续奋斗，实现良好开局。",
            "——经济实力实现新跃升。全县地区生产总值年均增长5.9%。",
        ],
    )];
    let stated = date("2031-01-10", false);
    assert_eq!(one(&sections, Some(&stated), "地区生产总值").2, "2026–2030");
}

#[test]
fn a_second_respectively_takes_the_first_ones_items() {
    let f = paragraph_figures(
        "机场旅客和货邮吞吐量分别达到1.2亿人次、300万吨，分别增长8%、6%。",
        0,
        0,
        Some("2031"),
    );
    let got: Vec<(&str, f64)> = f.iter().map(|f| (f.indicator.as_str(), f.value)).collect();
    assert_eq!(
        got,
        [
            ("机场旅客", 1.2),
            ("货邮吞吐量", 300.0),
            ("机场旅客", 8.0),
            ("货邮吞吐量", 6.0)
        ]
    );
}

#[test]
fn a_figure_whose_clause_names_nothing_takes_the_subject_its_sentence_states_earlier() {
    let sections = [
        section(
            "一、过去五年工作回顾",
            &["过去五年，全市地区生产总值迈上万亿台阶，2021年达到13270.7亿元，年均增长7.2%。城镇新增就业58万人。"],
        ),
        section(
            "二、今后五年奋斗目标",
            &["今后五年，全市地区生产总值年均增长6.5%左右。"],
        ),
    ];
    let names: Vec<String> = read(&sections, Some(&date("2022-01-14", false)))
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_eq!(
        names,
        [
            "地区生产总值",
            "地区生产总值",
            "城镇新增就业",
            "地区生产总值"
        ]
    );
    // A name the sentence does not state is never borrowed.
    let alone = [section(
        "",
        &["2021年达到13270.7亿元。全市地区生产总值增长6%。"],
    )];
    assert_eq!(read(&alone, None)[0].0, "");
}

#[test]
fn falling_or_rising_to_a_level_is_not_part_of_the_name() {
    let sections = [section(
        "",
        &["年末城镇调查失业率降到5.5%，居民消费价格涨幅回落至2%。"],
    )];
    let names: Vec<String> = read(&sections, Some(&date("2022-03-05", false)))
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_eq!(names, ["年末城镇调查失业率", "居民消费价格涨幅"]);
}

#[test]
fn an_annual_average_under_one_year_is_over_the_span_that_reaches_it() {
    let sections = [section(
        "一、过去五年工作回顾",
        &["过去五年，全市地区生产总值迈上万亿台阶，2021年达到13270.7亿元，年均增长7.2%。"],
    )];
    let got = read(&sections, Some(&date("2022-01-14", false)));
    assert_eq!((got[0].3.as_str(), got[0].4.as_str()), ("2021", "2021年"));
    assert_eq!(
        (got[1].3.as_str(), got[1].4.as_str()),
        ("2017–2021", "过去五年")
    );
    // Growth in one year stays that year's.
    let one_year = [section("", &["过去五年，2021年地区生产总值增长8.1%。"])];
    assert_eq!(
        read(&one_year, Some(&date("2022-01-14", false)))[0].3,
        "2021"
    );
}

#[test]
fn a_move_over_a_span_starts_the_year_before_it_and_ends_in_its_last_year() {
    let sections = [
        section(
            "一、“十三五”时期工作回顾",
            &["五年来，一般公共预算收入由55.4亿元增加到81.2亿元，城镇新增就业12万人。"],
        ),
        section(
            "二、“十四五”时期主要目标",
            &["今后五年，常住人口城镇化率由52.3%提高到58%。"],
        ),
    ];
    let stated = date("2021-01-28", false);
    let got = read(&sections, Some(&stated));
    let at = |value_at: usize| (got[value_at].2, got[value_at].3.as_str());
    assert_eq!(at(0), (FigureStatus::Actual, "2015"), "{got:?}");
    assert_eq!(at(1), (FigureStatus::Actual, "2020"), "{got:?}");
    // A figure of the span that marks no edge keeps the span.
    assert_eq!(at(2), (FigureStatus::Actual, "2016–2020"), "{got:?}");
    // Where a plan's move starts stands already; where it ends is planned.
    assert_eq!(at(3), (FigureStatus::Actual, "2020"), "{got:?}");
    assert_eq!(at(4), (FigureStatus::Target, "2025"), "{got:?}");
}

#[test]
fn a_tables_rows_under_its_column_names_give_figures_of_the_tables_period() {
    let sections = [section(
        "一、2022年工作回顾",
        &[
            "主要指标完成情况如下：",
            "指标 单位 完成值 增长（%）",
            "地区生产总值 亿元 558.2 4.8",
            "一般公共预算收入 亿元 30.1 -2.6",
            "全年新增城镇就业1.2万人。",
        ],
    )];
    let stated = date("2023-01-11", false);
    let got = report_figures(&sections, Some(&stated));
    let read: Vec<_> = got
        .iter()
        .map(|f| {
            (
                f.indicator.as_str(),
                f.value,
                f.unit.as_str(),
                f.period.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            ("地区生产总值", 558.2, "亿元", Some("2022")),
            ("地区生产总值", 4.8, "%", Some("2022")),
            ("一般公共预算收入", 30.1, "亿元", Some("2022")),
            ("一般公共预算收入", -2.6, "%", Some("2022")),
            ("新增城镇就业", 1.2, "万人", Some("2022")),
        ]
    );
    // Each figure's span is its cell.
    assert_eq!(&sections[0].paragraphs[3][got[3].start..got[3].end], "-2.6");
}

#[test]
fn a_planned_change_over_last_year_is_a_target() {
    let sections = [section(
        "二、2031年工作安排",
        &["市财政安排科技资金13亿元，比上年增加2亿元。"],
    )];
    let stated = date("2031-01-20", false);
    let statuses: Vec<FigureStatus> = read(&sections, Some(&stated))
        .into_iter()
        .map(|f| f.2)
        .collect();
    assert_eq!(statuses, [FigureStatus::Target, FigureStatus::Target]);
}
