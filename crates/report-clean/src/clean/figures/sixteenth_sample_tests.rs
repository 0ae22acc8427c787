//! Shapes the sixteenth sample (local pages and the State Council's
//! reports of 1954–2025) and its made-up reports (a county's report of
//! 1994, a district's population report, an agriculture bureau's summary,
//! a district's statistical bulletin with a table) found.
use super::test_support::{figures, names, read_report};
use report_core::FigureKind::*;

/// (indicator, value, unit, kind, qualifier) of each figure.
fn read(text: &str) -> Vec<(String, f64, String, report_core::FigureKind, Option<String>)> {
    figures(text)
        .into_iter()
        .map(|f| (f.indicator, f.value, f.unit, f.kind, f.qualifier))
        .collect()
}

fn periods(text: &str) -> Vec<Option<String>> {
    figures(text).into_iter().map(|f| f.period).collect()
}

#[test]
fn a_fraction_is_a_share_in_percent() {
    let got = read("2020年，全县三分之二的行政村通了柏油路。");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].1, got[0].2.as_str(), got[0].3), (66.67, "%", Share));
    let got = read("2020年，专项转移支付项目减少1/3以上。");
    assert_eq!(
        (got[0].1, got[0].3, got[0].4.as_deref()),
        (-33.33, Growth, Some("以上"))
    );
    // A date, a rate per so many, a percentage written out are no fraction.
    assert!(read("2020年，2020/1/3召开会议。").is_empty());
    let got = read("2020年，孕产妇死亡率为8.2/10万。");
    assert!(got.iter().all(|f| f.2 != "%"), "{got:?}");
    // Nor a quarter of a century, a span of time.
    assert!(read("在今后不到四分之一世纪的时间内实现现代化。").is_empty());
    let got = read("2020年，工业增长百分之五。");
    assert_eq!((got[0].1, got[0].3), (5.0, Growth));
}

#[test]
fn about_before_a_share_and_its_whole_is_the_qualifier() {
    let got = read("2024年，城镇新增就业1.26万人，约占全市的六分之一。");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        (got[1].0.as_str(), got[1].1, got[1].4.as_deref()),
        ("城镇新增就业占全市", 16.67, Some("约"))
    );
    // Not past another item of the clause.
    let got = read("2024年，城镇新增就业1.26万人，约占全市的三分之一、农村占六分之一。");
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!((got[2].1, got[2].4.as_deref()), (16.67, None), "{got:?}");
}

#[test]
fn per_mille_points_are_a_change() {
    let got = read("2020年，人口出生率为9.8‰，比上年下降0.4个千分点。");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        (got[1].0.as_str(), got[1].1, got[1].2.as_str(), got[1].3),
        ("人口出生率", -0.4, "个千分点", Change)
    );
    let got = read("2020年，人口自然增长率比全省低0.5个千分点。");
    assert_eq!((got[0].2.as_str(), got[0].3), ("个千分点", Change));
}

#[test]
fn the_same_period_of_last_year_is_no_part_of_a_name_nor_a_period() {
    assert_eq!(
        names("2020年，第一季度开工的建筑安装工程件数比去年同期增长62%。"),
        ["开工的建筑安装工程件数"]
    );
    // `去年同期则完成24%`: the base of a contrast governs its sentence only.
    let got = periods(
        "到5月份为止，基本建设投资完成年计划27%，去年同期则完成24%。按照完成的投资额来比较，比去年同期增长68%。",
    );
    assert_eq!(got[1].as_deref(), Some("2020"), "{got:?}");
    assert_ne!(got[2].as_deref(), Some("2020"), "{got:?}");
}

#[test]
fn the_year_a_record_counts_from_is_no_period() {
    let got =
        periods("农村居民人均纯收入实际增速为1985年以来最高；全年人均增加1680元，5700多万人受益。");
    assert_eq!(got, [Some("2021".into()), Some("2021".into())]);
}

#[test]
fn in_full_before_the_verb_is_no_part_of_a_name() {
    assert_eq!(names("2020年，40件民生实事全面完成。"), ["民生实事"]);
    assert_eq!(
        names("2020年，保交房任务全面完成11.08万套。"),
        ["保交房任务"]
    );
}

#[test]
fn wei_closes_what_the_clauses_yi_takes() {
    assert_eq!(
        names("2020年，以10大园区和16家科研院所为平台，新引进项目8个。"),
        ["科研院所", "新引进项目"]
    );
    // An enumeration comma parts the things taken, not the clause.
    assert_eq!(
        names("2020年，以10大园区、16家科研院所为平台，新引进项目8个。"),
        ["科研院所", "新引进项目"]
    );
}

#[test]
fn a_cut_opening_an_item_of_the_clause_cuts_its_object() {
    let got = read("2020年，压缩会议、差旅费用15%。");
    assert_eq!((got[0].1, got[0].3), (-15.0, Growth), "{got:?}");
    let got = read("2020年，新增就业3万人、压缩会议费15%。");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!((got[1].1, got[1].3), (-15.0, Growth), "{got:?}");
}

#[test]
fn the_same_year_and_a_span_of_years_open_no_name() {
    assert_eq!(
        names("2020年工人的劳动生产率比2019年增长了13%，同年中央五个工业部的产品成本比2019年平均降低了3.2%。"),
        ["工人的劳动生产率", "中央五个工业部的产品成本"]
    );
    assert_eq!(names("五年间全国共引进国外技术一万多项。"), ["国外技术"]);
    assert_eq!(
        names("1998年，五年来城镇新增就业3555万人。"),
        ["城镇新增就业"]
    );
}

#[test]
fn a_five_year_plan_named_by_its_ordinal_is_its_span() {
    assert_eq!(
        periods("第一个五年计划期间，国家对经济和文化部门的基本建设投资总额共为四百九十三亿元。"),
        [Some("1953–1957".into())]
    );
    assert_eq!(
        periods("第六个五年计划期间，农业总产值平均每年递增百分之四。"),
        [Some("1981–1985".into())]
    );
    // `第二个五年计划的第一年`: one of its years, not the span.
    assert_eq!(
        periods("第二个五年计划的第一年，钢产量达到八百万吨。"),
        [Some("1958".into())]
    );
}

#[test]
fn a_rate_of_change_falling_to_a_level_is_a_growth_not_a_fall() {
    let got = read("2020年，居民消费价格涨幅回落到2.6%。");
    assert_eq!((got[0].1, got[0].3), (2.6, Growth));
    let got = read("2020年，城镇调查失业率下降到5.2%。");
    assert_eq!((got[0].1, got[0].3), (5.2, Share));
}

#[test]
fn in_all_there_are_is_no_part_of_a_name() {
    assert_eq!(names("2020年，全区育龄妇女共有8.6万人。"), ["育龄妇女"]);
}

#[test]
fn married_keeps_its_already() {
    assert_eq!(
        names("2020年，育龄妇女8.6万人，其中已婚育龄妇女6.2万人。"),
        ["育龄妇女", "已婚育龄妇女"]
    );
    assert_eq!(names("2020年，已完成投资80亿元。"), ["投资"]);
}

#[test]
fn a_numbered_heading_under_the_title_is_no_subtitle() {
    let got = read_report(
        "庆丰县农业农村局2024年工作总结和2025年工作打算\n一、2024年工作完成情况\n（一）粮食生产稳中有增。全年粮食播种面积达到86.5万亩，比上年增加1.2万亩；粮食总产量4.82亿斤，增长2.3%。\n二、2025年工作打算\n全年粮食播种面积稳定在86万亩以上，粮食总产量稳定在4.8亿斤以上。\n",
    );
    assert_eq!(got.len(), 6, "{got:?}");
    assert!(
        got[..4]
            .iter()
            .all(|f| f.2 == report_core::FigureStatus::Actual && f.3 == "2024"),
        "{got:?}"
    );
}

#[test]
fn a_limit_set_from_above_is_the_target_of_the_figure_before() {
    let got = figures("2020年，人口自然增长率为3.2‰，控制在市下达的5‰以内。");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        (got[1].indicator.as_str(), got[1].value, got[1].status),
        ("人口自然增长率", 5.0, report_core::FigureStatus::Target)
    );
    let got = figures("2020年，人口自然增长率为3.2‰，低于市下达的5‰指标。");
    assert_eq!(
        (got[1].indicator.as_str(), got[1].status),
        ("人口自然增长率", report_core::FigureStatus::Target)
    );
    // An amount handed down is no target of the figure before.
    let got = figures("2020年，争取上级资金8.5亿元，省下达的3.2亿元全部到位。");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_ne!(got[1].indicator, got[0].indicator, "{got:?}");
    assert_eq!(got[1].status, report_core::FigureStatus::Actual, "{got:?}");
}

#[test]
fn a_herds_sales_after_its_stock_are_the_same_herds() {
    assert_eq!(
        names("2020年，全县生猪存栏38.6万头，出栏62.4万头，同比增长3.5%。"),
        ["生猪存栏", "生猪出栏", "生猪出栏"]
    );
    let got = read("2020年，家禽出栏420万羽。");
    assert_eq!((got[0].2.as_str(), got[0].3), ("万羽", Count));
}

#[test]
fn the_same_part_of_last_year_compared_with_leaves_this_year() {
    assert_eq!(
        periods("与去年同期相比，工业总产值第一季度下降0.2%。"),
        [Some("2021-Q1".into())]
    );
}

#[test]
fn a_level_alone_after_qizhong_counts_the_things_before_at_that_level() {
    assert_eq!(
        names("2020年，培育县级以上农业产业化龙头企业46家，其中国家级2家、省级11家。"),
        [
            "县级以上农业产业化龙头企业",
            "国家级农业产业化龙头企业",
            "省级农业产业化龙头企业"
        ]
    );
    // A level is known by its shape, not from a list.
    assert_eq!(
        names("2020年，认定市级以上示范合作社30家，其中盟级8家、旗县级22家。"),
        ["市级以上示范合作社", "盟级示范合作社", "旗县级示范合作社"]
    );
}
