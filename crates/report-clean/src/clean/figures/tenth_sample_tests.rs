//! Shapes the tenth sample (local pages and the State Council's reports of
//! 1954–2000) and its made-up reports (a county of 1985, a district of
//! 2016, a development zone of 2012, a budget's execution) found.
use super::test_support::{check, figures, names};
use report_core::FigureKind;
use report_core::FigureStatus;

use FigureKind::*;
use FigureStatus::*;

#[test]
fn traditional_numerals_and_units_are_read() {
    let got = figures("一九五三年鋼一百七十七萬噸，等於一九四九年的十三點七倍。");
    let read: Vec<_> = got.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(read, [(177.0, "万吨"), (13.7, "倍")]);
    // The multiple names nothing where its subject is one character.
    let names: Vec<_> = got.iter().map(|f| f.indicator.as_str()).collect();
    assert_eq!(names, ["", ""]);
}

#[test]
fn a_bound_from_above_in_words() {
    check(
        "2020年，年产石油一亿吨以上的国家不到十个，贫困发生率不足5%。",
        &[
            (
                "年产石油一亿吨以上的国家",
                10.0,
                "个",
                Count,
                Some("不到"),
                Actual,
                Some("2020年"),
            ),
            (
                "贫困发生率",
                5.0,
                "%",
                Share,
                Some("不足"),
                Actual,
                Some("2020年"),
            ),
        ],
    );
}

#[test]
fn mu_worked_again_standard_coal_and_piculs_are_units() {
    check(
        "2020年，保护性耕作1.19亿亩次，重大项目用能1302万吨标准煤，棉花总产量四万二千担。",
        &[
            (
                "保护性耕作",
                1.19,
                "亿亩次",
                Quantity,
                None,
                Actual,
                Some("2020年"),
            ),
            (
                "重大项目用能",
                1302.0,
                "万吨标准煤",
                Quantity,
                None,
                Actual,
                Some("2020年"),
            ),
            (
                "棉花总产量",
                42000.0,
                "担",
                Quantity,
                None,
                Actual,
                Some("2020年"),
            ),
        ],
    );
    // A picul's word is no unit where it opens a word.
    assert!(figures("有3名同志担任组长。")
        .iter()
        .all(|f| f.unit != "担"));
}

#[test]
fn a_share_of_the_adjusted_budget_is_the_sums_before() {
    assert_eq!(
        names("一般公共预算支出完成128.6亿元，为调整预算的98.5%，增长5.2%。"),
        ["一般公共预算支出", "一般公共预算支出", "一般公共预算支出"]
    );
}

#[test]
fn sums_added_up_are_named_without_the_adding() {
    assert_eq!(
        names("加上上级补助收入42.3亿元、债券转贷收入15亿元，收入总计143.7亿元。"),
        ["上级补助收入", "债券转贷收入", "收入总计"]
    );
}

#[test]
fn what_would_follow_on_a_condition_is_no_statistic() {
    assert!(figures("工业企业的生产成本只要降低1%，一年就可以增加收入二十亿元。").is_empty());
    // A condition with no consequence drawn leaves the figures.
    assert_eq!(names("如果扣除价格因素，居民收入增长6.2%。").len(), 1);
}

#[test]
fn a_doubling_is_a_multiple_of_its_base() {
    check(
        "今后五年，全区地区生产总值年均增长8%以上，到2025年实现翻番。",
        &[
            (
                "地区生产总值",
                8.0,
                "%",
                Growth,
                Some("以上"),
                Target,
                Some("今后五年"),
            ),
            (
                "地区生产总值",
                2.0,
                "倍",
                Growth,
                None,
                Target,
                Some("到2025年"),
            ),
        ],
    );
    let got = figures("到2030年，全县工农业总产值要比2020年翻两番。");
    let read: Vec<_> = got.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(read, [(4.0, "倍")]);
}

#[test]
fn a_multiple_set_by_equal_to_is_of_its_subject_and_not_of_its_base_year() {
    check(
        "1954年，棉花产量可以等于一九四九年的二点八倍。",
        &[("棉花产量", 2.8, "倍", Growth, None, Actual, Some("1954年"))],
    );
    check(
        "1954年，钢产量一百七十七万吨，等于一九四九年的十三点七倍。",
        &[
            (
                "钢产量",
                177.0,
                "万吨",
                Quantity,
                None,
                Actual,
                Some("1954年"),
            ),
            ("钢产量", 13.7, "倍", Growth, None, Actual, Some("1954年")),
        ],
    );
}

#[test]
fn a_slogans_count_of_doublings_is_no_figure() {
    assert!(figures("2021年，算力规模实现“双翻番”，口岸实现“四个翻番”，产值双翻番。").is_empty());
}

#[test]
fn the_base_of_a_doubling_is_no_part_of_its_name() {
    assert_eq!(
        names("2021年，新增高中学位8700多个、比年度计划翻了一番，营业收入较“十三五”末期翻一番。"),
        ["新增高中学位", "新增高中学位", "营业收入"]
    );
}

#[test]
fn a_count_of_the_parts_that_follow_or_a_task_is_divided_into_is_no_statistic() {
    assert!(figures("今年要着重抓好以下的十项工作。").is_empty());
    assert!(figures("分13个领域细化实化“十五五”时期任务。").is_empty());
    // A count of things split off stays (`分流职工300人` has no `分` right before).
    assert_eq!(names("2021年，分流安置职工300人。").len(), 1);
}

#[test]
fn a_few_years_and_roughly_are_no_part_of_a_multiples_name() {
    assert_eq!(
        names("2021年，高新技术企业数3年翻一番，城镇住宅面积大体相当于2010年的六倍。"),
        ["高新技术企业数", "城镇住宅面积"]
    );
}

#[test]
fn years_counted_from_a_point_stay_in_the_name() {
    // Not a few years of change: a comparison with the years before, left
    // as it was read.
    let got = names("2021年，财政用于教育支出比前五年增长1.26倍。");
    assert!(got.iter().all(|n| n != "比前"), "{got:?}");
}
