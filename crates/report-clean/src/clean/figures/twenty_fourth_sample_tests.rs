//! Shapes the twenty-fourth sample (real web pages: streets, townships,
//! counties, banners, zones, budgets, courts, 政协, 1983–2023) found:
//! `截止9月底` written for `截至9月底`; double prime quotation marks
//! (`〝十五〞`, `“十一五〞期末`) written for quotation marks; a counted noun
//! running into 并 and a verb, or 办理; a second share named by its whole;
//! 预计 said by the place after a year; a share before 已 and a verb; a
//! span of months inside a name.
use super::test_support::{name_value_period, named_values, read_report};
use report_core::FigureStatus::*;

#[test]
fn jiezhi_before_a_month_is_the_year_so_far_as_jiezhi_with_zhi_is() {
    // A plan's first sentence, then where the year stands at the end of
    // September: done so far, not planned.
    let got = read_report(
        "某某旗投资进展\n\n2030年，我旗计划完成固定资产投资80亿元。截止9月底，固定资产投资项目已开工120项，完成投资61.5亿元，同比增长3.1%。其中工业项目40项，完成投资20.2亿元。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.2, f.3.as_str())).collect();
    assert_eq!(
        read,
        vec![
            (80.0, Target, "2030"),
            (120.0, Actual, "2030-09"),
            (61.5, Actual, "2030-09"),
            (3.1, Actual, "2030-09"),
            (40.0, Actual, "2030-09"),
            (20.2, Actual, "2030-09"),
        ],
        "{got:?}"
    );
}

#[test]
fn double_prime_quotation_marks_are_read_as_quotation_marks() {
    let got = read_report(
        "某某区政府工作报告\n\n2031年1月5日\n\n一、“十一五〞时期工作回顾\n\n“十一五〞期末，全区完成生产总值150.2亿元，是〝十五〞期末的1.8倍。〝十一五〞期间共完成固定资产投资96亿元。\n",
    );
    let read = name_value_period(&got);
    assert_eq!(
        read,
        vec![
            ("生产总值", 150.2, "2010"),
            ("生产总值", 1.8, "2010"),
            ("固定资产投资", 96.0, "2006–2010"),
        ],
        "{got:?}"
    );
}

#[test]
fn a_counted_noun_ends_before_bing_and_a_verb_or_before_banli() {
    let got = named_values(
        "园区已建成5栋标准厂房并投入使用，新设6个合并村。提案交120家承办单位办理。梳理80项群众经常办理事项。",
    );
    let names: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(
        names,
        vec![
            ("标准厂房", 5.0),
            ("合并村", 6.0),
            ("承办单位", 120.0),
            ("群众经常办理事项", 80.0)
        ],
        "{got:?}"
    );
    // 并 closing a word (撤并, 一并) is no verb after the noun.
    let got = named_values("全县完成18个行政村撤并工作，120个重点项目一并审批。");
    let names: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(
        names,
        vec![("行政村撤并工作", 18.0), ("重点项目一并审批", 120.0)],
        "{got:?}"
    );
}

#[test]
fn a_second_share_named_by_its_whole_is_the_same_subjects() {
    let got = named_values(
        "从征收部门来看：税务部门完成1200万元，占调整预算101.5%，占一般公共预算收入的45.2%。",
    );
    let names: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(
        names,
        vec![
            ("税务部门", 1200.0),
            ("税务部门占调整预算", 101.5),
            ("税务部门占一般公共预算收入", 45.2)
        ],
        "{got:?}"
    );
}

#[test]
fn an_estimate_the_place_makes_after_a_year_holds_over_the_sentences_items() {
    let got = read_report(
        "某某区人代会开幕\n\n2031年1月8日\n\n张某某在报告中说，2030年，我区预计实现地区生产总值95亿元、财政收入7.2亿元，分别比上年增长9%和12%；城镇居民人均可支配收入31000元，增长8%。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.2)).collect();
    assert_eq!(
        read,
        vec![
            (95.0, Estimate),
            (7.2, Estimate),
            (9.0, Estimate),
            (12.0, Estimate),
            (31000.0, Estimate),
            (8.0, Estimate)
        ],
        "{got:?}"
    );
    // An indicator that estimates is its own `；` item's alone.
    let got = read_report(
        "某某区人代会开幕\n\n2031年1月8日\n\n2030年，地区生产总值预计增长9%；城镇居民人均可支配收入31000元。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.2)).collect();
    assert_eq!(read, vec![(9.0, Estimate), (31000.0, Actual)], "{got:?}");
}

#[test]
fn a_share_opening_its_clause_before_yi_and_a_verb_is_named_by_the_verb() {
    let got = named_values("委员提出提案620件，立案540件，98.5%已办复。截至2月20日，97%已经办结。");
    let names: Vec<_> = got.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(
        names,
        vec![
            ("委员提出提案", 620.0),
            ("立案", 540.0),
            ("办复", 98.5),
            ("办结", 97.0)
        ],
        "{got:?}"
    );
}

#[test]
fn a_span_of_months_inside_a_name_is_no_part_of_it() {
    let got =
        named_values("某某广场项目1-12月份累计完成投资8600万元。某某路1至6月完成投资300万元。");
    let names: Vec<_> = got.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(
        names,
        vec!["某某广场项目累计完成投资", "某某路完成投资"],
        "{got:?}"
    );
}
