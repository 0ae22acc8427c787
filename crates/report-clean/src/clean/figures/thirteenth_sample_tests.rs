//! Shapes the thirteenth sample (local pages and the State Council's
//! reports of 1954–2025) and its made-up reports (a city's environment
//! bulletin, a county's 十四五 plan, a province's report of 1965, a
//! district's final accounts) found.
use super::test_support::{check, figures, names, read_report};
use report_core::FigureKind::*;
use report_core::FigureStatus::*;

#[test]
fn a_list_said_alike_gives_each_item_its_figure() {
    check(
        "2020年，游客人数、旅游收入均增长10%以上。",
        &[
            (
                "游客人数",
                10.0,
                "%",
                Growth,
                Some("以上"),
                Actual,
                Some("2020年"),
            ),
            (
                "旅游收入",
                10.0,
                "%",
                Growth,
                Some("以上"),
                Actual,
                Some("2020年"),
            ),
        ],
    );
    assert_eq!(
        names("2020年，基本养老保险、基本医疗保险参保率均达到95%以上。"),
        ["基本养老保险参保率", "基本医疗保险参保率"]
    );
    // The word of change is the figure's; measures of the figure before
    // take its name.
    check(
        "2020年，旅游人次和花费增长均超20%。",
        &[
            (
                "旅游人次",
                20.0,
                "%",
                Growth,
                Some("超"),
                Actual,
                Some("2020年"),
            ),
            (
                "花费",
                20.0,
                "%",
                Growth,
                Some("超"),
                Actual,
                Some("2020年"),
            ),
        ],
    );
    assert_eq!(
        names("2020年，地区生产总值增长5.5%，总量和增速均居全国第5位。"),
        ["地区生产总值", "地区生产总值总量", "地区生产总值增速"]
    );
    // An average (`人均`, `年均`) or a word (`均衡`) is no `均` of a list.
    assert_eq!(
        names("2020年，城镇和农村居民人均可支配收入增长5%。"),
        ["城镇和农村居民人均可支配收入"]
    );
}

#[test]
fn the_speed_of_a_rate_ranked_is_the_figure_befores() {
    check(
        "2020年，地区生产总值增长5.8%，增速居全国第2位。",
        &[
            (
                "地区生产总值",
                5.8,
                "%",
                Growth,
                None,
                Actual,
                Some("2020年"),
            ),
            (
                "地区生产总值",
                2.0,
                "位",
                Rank,
                None,
                Actual,
                Some("2020年"),
            ),
        ],
    );
}

#[test]
fn a_share_of_a_whole_with_no_figure_before_takes_the_clause_before() {
    assert_eq!(
        names("1955年国家决算用于社会文教事业的支出，共占本年支出的10.87%。"),
        ["国家决算用于社会文教事业的支出占本年支出"]
    );
}

#[test]
fn a_case_conceded_is_no_statistic() {
    assert_eq!(
        names("即使削减了50%的战略核武器，它们拥有的核武器仍然很多。"),
        Vec::<String>::new()
    );
    // What follows the concession may be real.
    assert_eq!(
        names("2020年即使在疫情冲击下，全市地区生产总值增长了2.3%。"),
        ["地区生产总值"]
    );
}

#[test]
fn a_noun_after_the_unit_ends_before_the_frame_it_stands_in() {
    assert_eq!(
        names("尤其是在建设一百四十一项企业方面给了我们系统的经济援助。"),
        ["企业"]
    );
}

#[test]
fn an_abbreviation_or_a_class_in_brackets_inside_a_name_is_part_of_it() {
    assert_eq!(
        names("2020年，细颗粒物（PM2.5）年均浓度为34微克/立方米，同比下降5.6%。"),
        ["细颗粒物（PM2.5）年均浓度", "细颗粒物（PM2.5）年均浓度"]
    );
    assert_eq!(
        names("2020年，水质优良（Ⅰ～Ⅲ类）断面比例为91.7%。"),
        ["水质优良（Ⅰ～Ⅲ类）断面比例"]
    );
}

#[test]
fn a_percentile_is_no_rank() {
    check(
        "2020年，臭氧日最大8小时平均浓度第90百分位数为162微克/立方米。",
        &[(
            "臭氧日最大8小时平均浓度第90百分位数",
            162.0,
            "微克/立方米",
            Quantity,
            None,
            Actual,
            Some("2020年"),
        )],
    );
}

#[test]
fn a_column_of_a_year_after_the_reports_holds_targets() {
    let got = read_report(
        "清河县国民经济和社会发展第十四个五年规划纲要\n2021年2月26日\n第一章 主要目标\n到2025年，全县经济实力明显增强。\n指标 2020年 2025年 属性\n地区生产总值（亿元） 412.6 565 预期性\n",
    );
    let got: Vec<_> = got
        .iter()
        .filter(|f| f.1 == 412.6 || f.1 == 565.0)
        .map(|(_, value, status, period)| (*value, *status, period.as_str()))
        .collect();
    assert_eq!(got, [(412.6, Actual, "2020"), (565.0, Target, "2025")]);
}

#[test]
fn a_measure_compared_with_a_year_named_is_a_change() {
    check(
        "一九六四年，粮食总产量达到二百四十亿斤，比一九六三年增加二十亿斤。",
        &[
            (
                "粮食总产量",
                240.0,
                "亿斤",
                Quantity,
                None,
                Actual,
                Some("一九六四年"),
            ),
            (
                "粮食总产量",
                20.0,
                "亿斤",
                Change,
                None,
                Actual,
                Some("一九六四年"),
            ),
        ],
    );
}

#[test]
fn kilowatt_hours_decibels_mixed_livestock_and_rates_per_so_many() {
    check(
        "1964年，全省发电量二十八亿度，比上年增长百分之十。",
        &[
            (
                "发电量",
                28.0,
                "亿度",
                Quantity,
                None,
                Actual,
                Some("1964年"),
            ),
            ("发电量", 10.0, "%", Growth, None, Actual, Some("1964年")),
        ],
    );
    // A degree of heat has no magnitude.
    assert_eq!(names("2020年，最高气温达到38度。"), Vec::<String>::new());
    check(
        "2020年，城区区域声环境昼间平均等效声级为54.3分贝。",
        &[(
            "城区区域声环境昼间平均等效声级",
            54.3,
            "分贝",
            Quantity,
            None,
            Actual,
            Some("2020年"),
        )],
    );
    check(
        "1996年，牧业年度牲畜总头数达到一百二十六万头只。",
        &[(
            "牧业年度牲畜总头数",
            126.0,
            "万头只",
            Count,
            None,
            Actual,
            Some("1996年"),
        )],
    );
    check(
        "2020年，孕产妇死亡率为8.2/10万。",
        &[(
            "孕产妇死亡率",
            8.2,
            "/10万",
            Share,
            None,
            Actual,
            Some("2020年"),
        )],
    );
}

#[test]
fn a_lists_shared_head_starts_past_a_word_like_the_item_before_a_quote_or_a_list_of_examples() {
    assert_eq!(
        names("2013年，铁路、高速公路运营里程均超过10万公里。"),
        ["铁路运营里程", "高速公路运营里程"]
    );
    assert_eq!(
        names("2020年，全国道德模范、“中国好人”数量均居全国第1位。"),
        ["道德模范数量", "“中国好人”数量"]
    );
    assert_eq!(
        names("2020年，锂离子动力电池、新能源汽车、风力发电机组等绿色产品产量均增长20%以上。"),
        ["锂离子动力电池产量", "新能源汽车产量", "风力发电机组产量"]
    );
}

#[test]
fn a_share_that_qualifies_a_noun_keeps_no_clause_before() {
    assert_eq!(
        names("我们从来相信，占人口百分之九十五以上的人民群众是要革命的。"),
        ["占人口"]
    );
}

#[test]
fn a_span_of_years_opening_a_name_is_no_part_of_it() {
    assert_eq!(
        names("过去五年，五年转移农村人口8463万人。今后五年国内生产总值年均增长7.5%。"),
        ["转移农村人口", "国内生产总值"]
    );
    assert_eq!(
        names("“十三五”时期，五年累计完成固定资产投资1580亿元。"),
        ["固定资产投资"]
    );
    // A plan or a campaign of so many years is named by them, as is a
    // schooling.
    assert_eq!(
        names("2020年，九年义务教育巩固率保持在97%以上。"),
        ["九年义务教育巩固率"]
    );
    assert_eq!(
        names("2020年，三年行动计划完成投资50亿元。")[0],
        "三年行动计划完成投资"
    );
}

#[test]
fn a_doing_that_names_a_place_stays_in_the_name() {
    assert_eq!(
        names("2020年，全市森林覆盖率达到38.6%，建成区绿化覆盖率42.1%。"),
        ["森林覆盖率", "建成区绿化覆盖率"]
    );
    assert_eq!(
        names("2020年，建成区域性中心敬老院90家。"),
        ["区域性中心敬老院"]
    );
}

#[test]
fn the_years_of_a_multiples_base_do_not_date_it() {
    let periods = |text: &str| -> Vec<Option<String>> {
        figures(text).into_iter().map(|f| f.period).collect()
    };
    assert_eq!(
        periods("过去五年，环境保护和生态建设投入5800亿元，是1950年到1997年投入总和的1.7倍。"),
        [Some("2016–2020".to_string()), Some("2016–2020".to_string())]
    );
}

#[test]
fn a_shared_head_starts_on_a_word_of_doing_not_inside_it() {
    assert_eq!(
        names("2020年，退役军人、残疾人新增就业均超7.3万人。"),
        ["退役军人新增就业", "残疾人新增就业"]
    );
}

#[test]
fn a_quantity_named_with_one_character_is_named_by_it() {
    assert_eq!(
        names("1985年，原油产量一亿二千五百万吨，钢由三千七百万吨增加到四千六百六十六万吨。"),
        ["原油产量", "钢", "钢"]
    );
    // A character that frames the figure or joins it to the one before
    // names nothing.
    assert_eq!(
        names("1985年，原油产量一亿二千五百万吨，计一百万吨。"),
        ["原油产量", "原油产量"]
    );
    for joining in ["和", "到"] {
        assert_eq!(
            super::subject_elsewhere::one_character_name(joining, Quantity),
            None
        );
    }
}

#[test]
fn what_a_plan_asks_is_no_part_of_the_name() {
    assert_eq!(
        names("一九六五年，全省粮食总产量要求达到二百六十亿斤以上。"),
        ["粮食总产量"]
    );
}
