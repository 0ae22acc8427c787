//! Shapes the twenty-eighth sample (real web pages: townships, streets,
//! counties, banners, zones, courts, procuratorates, budgets, quarterly
//! and census bulletins, chronicles, 1935–2026) found.
use super::indicator::strip_indicator;
use super::test_support::{name_value_period, named_values, names, read_report};
use report_core::FigureKind::*;

#[test]
fn a_quarter_with_a_digit_is_a_period_not_a_rank() {
    let got = read_report(
        "本区人口统计\n\n2024年第2季，本区新生婴儿有1500名，较去年第4季增加4.5%。第3季的结婚登记有800宗。",
    );
    let got = name_value_period(&got);
    // No `第2` rank; the quarter compared with (`较去年第4季`) is no period.
    assert_eq!(
        got,
        vec![
            ("新生婴儿", 1500.0, "2024-Q2"),
            ("新生婴儿", 4.5, "2024-Q2"),
            ("结婚登记", 800.0, "2024-Q3")
        ]
    );
}

#[test]
fn a_rank_and_a_crops_season_stay() {
    let got = named_values("全市生产总值居全省第2位。全县第一季稻种植面积5万亩。");
    let got: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.1, f.3)).collect();
    assert_eq!(
        got,
        vec![("生产总值", 2.0, Rank), ("第一季稻种植面积", 5.0, Quantity)]
    );
}

#[test]
fn a_wider_places_figure_in_brackets_is_its_own() {
    let got =
        named_values("全县规模以上工业增加值增长8.2%（全市6.1%），较上年同期回落1.3个百分点。");
    let got: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.1, f.3)).collect();
    // The county's change after the bracket is still the county's.
    assert_eq!(
        got,
        vec![
            ("规模以上工业增加值", 8.2, Growth),
            ("全市规模以上工业增加值", 6.1, Growth),
            ("规模以上工业增加值", -1.3, Change)
        ]
    );
    // Not a part in brackets.
    assert_eq!(
        names("全县规模以上工业增加值增长7.5%（其中制造业8.1%）。"),
        vec!["规模以上工业增加值", "制造业"]
    );
}

#[test]
fn a_years_base_before_the_subject_leaves_the_subject() {
    assert_eq!(
        names("1962年比1957年粮食总产减少41.2%，农业总产值减少38.5%。1986年全县粮食总产比1985年增长4.3%。"),
        vec!["粮食总产", "农业总产值", "粮食总产"]
    );
}

#[test]
fn a_budget_line_adjusted_up_or_down() {
    let got = named_values(
        "将全县一般公共预算收入5亿元拟调整为4.6亿元，调减0.4亿元。其中：税收收入拟调整为3亿元，调减0.5亿元；非税收入1.6亿元，调增0.1亿元。",
    );
    let got: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.1, f.3)).collect();
    assert_eq!(
        got,
        vec![
            ("一般公共预算收入", 5.0, Amount),
            ("一般公共预算收入", 4.6, Amount),
            ("一般公共预算收入", -0.4, Change),
            ("税收收入", 3.0, Amount),
            ("税收收入", -0.5, Change),
            ("非税收入", 1.6, Amount),
            ("非税收入", 0.1, Change)
        ]
    );
    // An adjustment that is the thing done keeps its name.
    assert_eq!(names("全年完成产业结构调整3000亩。"), vec!["产业结构调整"]);
}

#[test]
fn can_and_from_before_a_figure_are_no_part_of_its_name() {
    assert_eq!(
        names("预计全年可实现地区生产总值50亿元，可完成规上工业产值80亿元。棉花平均亩产自30公斤提高至45公斤。"),
        vec!["地区生产总值", "规上工业产值", "棉花平均亩产", "棉花平均亩产"]
    );
    assert_eq!(
        names("城镇居民人均可支配收入3万元。来自外地的游客120万人次。"),
        vec!["城镇居民人均可支配收入", "来自外地的游客"]
    );
    // Not the 自 of a word at the end of a name.
    assert_eq!(strip_indicator("入境游客来自"), "入境游客来自");
    assert_eq!(strip_indicator("三个园区各自"), "三个园区各自");
}

#[test]
fn a_measure_named_by_its_acronym_is_read() {
    let got = named_values("全镇实现GDP23.5亿元，同比增长8%。");
    let got: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.1, f.3)).collect();
    assert_eq!(got, vec![("GDP", 23.5, Amount), ("GDP", 8.0, Growth)]);
    // Codes and models with a digit in them stay no figure.
    let got = named_values(
        "PM2.5年均浓度为35微克/立方米，SO2排放量减少5%，C919大飞机交付3架，G20峰会2次。",
    );
    let got: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(
        got,
        vec![
            ("PM2.5年均浓度", 35.0),
            ("SO2排放量", -5.0),
            ("C919大飞机交付", 3.0),
            ("G20峰会", 2.0)
        ]
    );
}

#[test]
fn a_span_of_months_with_a_tilde() {
    let got = read_report(
        "全县经济运行情况\n\n2024年1~4月，全县一般公共预算收入5亿元。1－5月，税收收入4亿元，增速比1~4月加快2个百分点。",
    );
    let got = name_value_period(&got);
    // The span compared with (`比1~4月`) is no period of the change.
    assert_eq!(
        got,
        vec![
            ("一般公共预算收入", 5.0, "2024-01–2024-04"),
            ("税收收入", 4.0, "2024-01–2024-05"),
            ("税收收入", 2.0, "2024-01–2024-05")
        ]
    );
}

#[test]
fn a_day_after_the_month_is_no_part_of_a_name() {
    assert_eq!(
        names("2024年3月31日全区户籍人口为52万人。3月日均客流量2万人次。"),
        vec!["户籍人口", "日均客流量"]
    );
}

// The review's counter-cases (made-up pages aimed at each rule).

#[test]
fn a_season_of_a_show_a_league_or_a_crop_is_no_quarter() {
    let got = read_report(
        "某县2024年工作总结\n\n栏目《田间课堂》第1季点击量达到35万次。县篮球联赛第3季举办比赛96场。全镇早稻（第1季）种植面积3.2万亩；第2季晚稻种植面积2.8万亩。",
    );
    let got: Vec<_> = got.iter().map(|f| (f.1, f.3.as_str())).collect();
    // No quarter, and no rank (`第1`, `第3`).
    assert_eq!(
        got,
        vec![(35.0, "2024"), (96.0, "2024"), (3.2, "2024"), (2.8, "2024")]
    );
}

#[test]
fn a_quarter_joined_to_a_compared_one_is_compared_too() {
    let got = read_report(
        "本澳就业调查\n\n2024年第2季，总体失业率为1.8%；就业人口较去年第4季及第1季分别增加900名及3400名。截至第2季末，本澳总人口为68.6万人。\n\n澳門第3季旅客為850萬人次。",
    );
    let got: Vec<_> = got.iter().map(|f| (f.1, f.3.as_str())).collect();
    assert_eq!(
        got,
        vec![
            (1.8, "2024-Q2"),
            (900.0, "2024-Q2"),
            (3400.0, "2024-Q2"),
            (68.6, "2024-Q2"),
            (850.0, "2024-Q3")
        ]
    );
}

#[test]
fn an_age_in_months_a_yearly_season_and_a_works_end_are_no_span() {
    let got = read_report(
        "某区2024年工作总结\n\n全区1~4月龄婴儿健康管理率达到95%。每年3~5月为森林防火期，全区共配备护林员320人。区医院新院区预计3~5月完工，投资2.6亿元。",
    );
    let got: Vec<_> = got.iter().map(|f| (f.1, f.3.as_str())).collect();
    assert_eq!(got, vec![(95.0, "2024"), (320.0, "2024"), (2.6, "2024")]);
}
