//! Shapes the seventeenth sample (local pages and the State Council's
//! reports of 1954–2025) and its made-up reports (a city's budget report,
//! an environment bulletin, a district's health report given in December,
//! a national report of 1964) found.
use super::test_support::{named_values, names, read_report};
use report_core::FigureKind::*;
use report_core::FigureStatus;

#[test]
fn a_value_joined_to_a_change_is_a_change_of_the_same_kind() {
    let got = named_values("2020年，科技、教育和文化支出比上年增长29.2%、39.4%和23.9%。");
    let kinds: Vec<_> = got.iter().map(|f| f.3).collect();
    assert_eq!(kinds, [Growth, Growth, Growth], "{got:?}");
    let got = named_values("2020年，化学需氧量、氨氮排放量分别削减1860吨、214吨。");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!((got[1].1, got[1].3), (-214.0, Change), "{got:?}");
    let got = named_values("2020年，城乡低保标准每月分别提高25元、50元。");
    assert_eq!((got[1].1, got[1].3), (50.0, Change), "{got:?}");
    // Not a value in another unit, nor one after a verb of its own.
    let got = named_values("2020年，地区生产总值增长5%、占全国10%。");
    assert_eq!(got[1].3, Share, "{got:?}");
}

#[test]
fn a_doing_and_its_result_overlapping_go_together() {
    assert_eq!(
        names("2020年，新建成城镇污水处理厂4座。"),
        ["城镇污水处理厂"]
    );
    // Other overlaps are words of their own.
    assert_eq!(names("2020年，新建设施农业大棚300个。"), ["设施农业大棚"]);
}

#[test]
fn a_burden_lightened_falls() {
    let got = named_values("2002年，试点地区农民负担平均减轻30%。");
    assert_eq!(
        got,
        [(
            "试点地区农民负担".to_string(),
            -30.0,
            "%".to_string(),
            Growth
        )]
    );
}

#[test]
fn a_ranks_scope_with_its_verb_of_standing_is_no_part_of_the_name() {
    assert_eq!(
        names("2020年，出口通关效率稳居中部地区第1，森林覆盖率稳居全国第2。"),
        ["出口通关效率", "森林覆盖率"]
    );
    assert_eq!(
        names("2020年，城乡居民养老保险待遇水平居中部地区第1。"),
        ["城乡居民养老保险待遇水平"]
    );
    // 居 in a word is kept.
    assert_eq!(
        names("2020年，农村人居环境整治率达到90%。"),
        ["农村人居环境整治率"]
    );
}

#[test]
fn fully_before_a_verb_and_among_end_the_noun_after_a_count() {
    assert_eq!(
        names("2020年，实现882个义务教育学区和822所普通高中全覆盖。"),
        ["义务教育学区", "普通高中"]
    );
    assert_eq!(
        names("1955年，苏联帮助建设的一百五十六个工业单位中的主要部分已经确定。"),
        ["工业单位"]
    );
    // A school named by its level keeps its 中 (`县中`).
    assert_eq!(
        names("2020年，开展232所优质高中对县中的结对帮扶。"),
        ["优质高中对县中"]
    );
}

#[test]
fn this_year_and_in_all_inside_a_name_go() {
    assert_eq!(names("1956年，本年预算共支出791459000元。"), ["预算支出"]);
    assert_eq!(
        names("1956年，本年内铁路货物周转量将比上年增长10%。"),
        ["铁路货物周转量"]
    );
    // A word with 共 keeps it.
    assert_eq!(
        names("2020年，紧密型县域医共体占比达91.9%。"),
        ["紧密型县域医共体占比"]
    );
}

#[test]
fn the_speaker_and_what_the_plan_asks_are_no_part_of_a_name() {
    assert_eq!(
        names("1965年，我们要求农业总产值比上年增长百分之五左右。"),
        ["农业总产值"]
    );
}

#[test]
fn a_running_total_plus_is_no_part_of_the_sum_added() {
    assert_eq!(
        names("2024年，收入加上级补助收入198.3亿元、调入资金26.5亿元。"),
        ["上级补助收入", "调入资金"]
    );
    assert_eq!(
        names("2024年，支出加上解上级支出6.4亿元。"),
        ["上解上级支出"]
    );
}

#[test]
fn an_account_of_how_things_stand_reviews_the_year_of_a_december_report() {
    let got = read_report(
        "东湖区卫生健康事业发展情况报告\n——2024年12月20日在东湖区人大常委会会议上\n一、基本情况\n全年医疗卫生机构总诊疗人次达到812万人次。\n二、2025年工作打算\n新增床位500张。\n",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        (got[0].2, got[0].3.as_str()),
        (FigureStatus::Actual, "2024")
    );
    assert_eq!(
        (got[1].2, got[1].3.as_str()),
        (FigureStatus::Target, "2025")
    );
}

#[test]
fn values_in_the_clause_after_a_respectively_list_are_of_its_items() {
    assert_eq!(
        names("2020年，科技、教育和文化事业的支出分别为774亿元、536亿元和123亿元，比上年增长29.2%、39.4%和23.9%。"),
        [
            "科技事业的支出",
            "教育事业的支出",
            "文化事业的支出",
            "科技事业的支出",
            "教育事业的支出",
            "文化事业的支出"
        ]
    );
    // Not where the clause names something of its own.
    let got =
        names("2020年，游客人数和总花费分别增长10.6%、9%，其中入境游客240万人次、增长19.1%。");
    assert_eq!(&got[2..], ["入境游客", "入境游客"], "{got:?}");
}

#[test]
fn a_cap_on_a_stock_of_debt_is_a_statistic() {
    let got = names("2024年，省政府核定我市政府债务限额1280亿元，年末政府债务余额1216.8亿元。");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].ends_with("政府债务限额"), "{got:?}");
    // A threshold a rule sets is none.
    assert!(names("1956年，投资限额为六百万元。").is_empty());
}

#[test]
fn years_of_age_said_of_a_measure_are_a_figure_and_a_class_of_people_none() {
    let got = named_values("2020年，居民人均预期寿命达到80.2岁，比上年提高0.3岁。");
    assert_eq!(
        got,
        [
            (
                "居民人均预期寿命".to_string(),
                80.2,
                "岁".to_string(),
                Quantity
            ),
            (
                "居民人均预期寿命".to_string(),
                0.3,
                "岁".to_string(),
                Change
            ),
        ]
    );
    let got = named_values("2020年，人均预期寿命从2015年的76.5岁提升至78.2岁。");
    assert_eq!(got.len(), 2, "{got:?}");
    // An age that marks out people is none.
    let got =
        named_values("2020年，65岁以上老年人健康管理率达到72%，为0—6岁儿童和3岁以下婴幼儿建档。");
    assert!(got.iter().all(|f| f.2 != "岁"), "{got:?}");
}
