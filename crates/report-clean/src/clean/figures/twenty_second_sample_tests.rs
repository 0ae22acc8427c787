//! Shapes the twenty-second sample (real web pages: streets, townships,
//! counties, banners, zones, budgets, plans, 1985–2024) found: a summary
//! that opens on the year it sums up, a year framing a whole sentence of
//! `；` items, a plan's list of targets in a dated report, what a year
//! past was asked, an estimate's item ended by a half-width `;`, a base
//! given as a figure right after its year, a November page on the year so
//! far, a chronicle's years before 1949, a comparison with the budget,
//! kilowatt-hours written out, expected targets listed with no colon.
use super::test_support::read_report;
use report_core::FigureStatus::*;

#[test]
fn a_summary_that_opens_on_its_year_reviews_it() {
    let got = read_report(
        "某某街道工作总结\n\n2020年是某某街道攻坚之年。一年来，街道上下齐心协力。\n\n全年实现地区生产总值56亿元，税收收入8.2亿元。\n",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].3, "2020", "{got:?}");
    assert_eq!(got[1].3, "2020", "{got:?}");
    // A page that reviews the year before by name is a plan that opens on
    // its own year.
    let got = read_report(
        "某某街道工作要点\n\n2021年是某某街道开局之年。2020年全年实现地区生产总值56亿元。一年来，街道齐心协力。\n",
    );
    assert_eq!(got[0].3, "2020", "{got:?}");
    // A summary that says 今年 is written within its year.
    let got = read_report(
        "某某镇工作总结\n\n2008年是某某镇关键之年。一年来，全镇齐心协力，今年水产养殖达2万亩。\n",
    );
    assert_eq!(got[0].3, "2008", "{got:?}");
}

#[test]
fn a_year_before_the_first_figure_frames_the_whole_sentence() {
    let got = read_report(
        "某某县工作报告\n\n2013年1月10日\n\n过去五年，全县经济快速发展。某某县长张某某说，初步统计，2012年全县生产总值80亿元，增长11%；财政总收入9.5亿元，增长15%；农民人均纯收入9000元。\n",
    );
    let periods: Vec<&str> = got.iter().map(|f| f.3.as_str()).collect();
    assert_eq!(periods, vec!["2012"; 5], "{got:?}");
    // A year after a figure is its item's own.
    let got = read_report(
        "某某县工作报告\n\n2013年1月10日\n\n全县生产总值80亿元，2011年增长9%；财政总收入9.5亿元。\n",
    );
    assert_eq!(got.last().map(|f| f.3.as_str()), Some("2013"), "{got:?}");
    // The base of a comparison frames none of the items after it.
    let got = read_report(
        "某某市2031年政府工作报告\n\n2031年1月10日\n\n与2025年相比，全市生产总值增长35%；一般公共预算收入增长40%；城乡居民收入增长30%。\n",
    );
    assert!(got.len() >= 2, "{got:?}");
    assert!(got[1..].iter().all(|f| f.3 != "2025"), "{got:?}");
}

#[test]
fn a_plans_list_of_targets_holds_over_its_items_in_a_dated_report() {
    let got = read_report(
        "某某市2023年计划\n\n2023年2月20日\n\n主要预期目标是：生产总值增长6%左右；居民消费价格涨幅3%左右；城镇调查失业率5.5%以内。\n",
    );
    let status: Vec<_> = got.iter().map(|f| f.2).collect();
    assert_eq!(status, vec![Target, Target, Target], "{got:?}");
}

#[test]
fn what_a_year_past_was_asked_stays_its_target() {
    let got = read_report(
        "某某地区农业\n\n1996年是某某地区建设农业强区的第一年，要求实现农业总产值增长18%，粮食增产1.5%。经过一年努力，去年全区粮食增产5.5万吨。\n",
    );
    let status: Vec<_> = got.iter().map(|f| (f.1, f.2, f.3.as_str())).collect();
    assert_eq!(
        status,
        vec![
            (18.0, Target, "1996"),
            (1.5, Target, "1996"),
            (5.5, Actual, "1996")
        ],
        "{got:?}"
    );
    // What was reached after the demand is a result.
    let got = read_report(
        "某某地区农业\n\n2019年1月10日\n\n2018年，省里要求全年增长8%，实际增长8.5%。\n",
    );
    assert_eq!(got[1].2, Actual, "{got:?}");
}

#[test]
fn an_estimate_said_of_a_subject_ends_at_a_half_width_semicolon() {
    for stop in ["；", ";"] {
        let text = format!(
            "某某省工作总结\n\n1996年12月20日\n\n全省财政总收入预计可达50亿元{stop}粮食产量首次突破800万吨。\n"
        );
        let got = read_report(&text);
        let status: Vec<_> = got.iter().map(|f| f.2).collect();
        assert_eq!(status, vec![Estimate, Actual], "{got:?}");
        // How it was estimated leads no subject: the estimate holds over
        // the sentence.
        let text = format!(
            "某某县工作报告\n\n经初步预计，某某县2012年生产总值80亿元{stop}农民人均纯收入9000元。\n"
        );
        let got = read_report(&text);
        let status: Vec<_> = got.iter().map(|f| f.2).collect();
        assert_eq!(status, vec![Estimate, Estimate], "{got:?}");
        // So does the year it is for.
        let text = format!(
            "某某区工作报告\n\n2016年1月10日\n\n2015年预计某某区生产总值增长7%左右{stop}区级财政收入完成16亿元。\n"
        );
        let got = read_report(&text);
        let status: Vec<_> = got.iter().map(|f| f.2).collect();
        assert_eq!(status, vec![Estimate, Estimate], "{got:?}");
    }
}

#[test]
fn a_base_given_as_a_figure_right_after_its_year_is_the_subjects() {
    let got = read_report(
        "某某县概况\n\n1985年，某某县粮食总产达到九亿斤，比一九八○年六亿斤增长百分之五十，是一九四九年二亿斤的四倍多。\n",
    );
    let got: Vec<_> = got
        .iter()
        .map(|f| (f.0.trim_start_matches("某某县"), f.1, f.3.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("粮食总产", 9.0, "1985"),
            ("粮食总产", 6.0, "1980"),
            ("粮食总产", 50.0, "1985"),
            ("粮食总产", 2.0, "1949"),
            ("粮食总产", 4.0, "1985"),
        ],
    );
    let got = read_report("某某县概况\n\n2020年，某某县工业产值45亿元，比2015年30亿元增长50%。\n");
    assert!(got[1].0.ends_with("工业产值"), "{got:?}");
    assert_eq!(got[1].3, "2015", "{got:?}");
    assert!(got[2].0.ends_with("工业产值"), "{got:?}");
}

#[test]
fn a_page_of_november_on_the_year_so_far_keeps_its_year() {
    let got = read_report(
        "某某高新区运行情况\n\n2018年11月20日\n\n今年1-5月，某某高新区实现营业收入120亿元，同比增长8.1%。\n",
    );
    assert_eq!(got[0].3, "2018-01–2018-05", "{got:?}");
    // A year-end page that looks ahead has turned its year.
    let got = read_report("某某县工作要点\n\n2018年12月20日\n\n今年，全县生产总值增长6%左右。\n");
    assert_eq!(got[0].3, "2019", "{got:?}");
}

#[test]
fn a_chronicles_years_before_1949_are_periods() {
    let got = read_report(
        "某某县工业\n\n1920年，全县有油坊20余家。1933年，全县酒坊发展至30家。1952年，全县工业总产值110万元。\n",
    );
    let periods: Vec<&str> = got.iter().map(|f| f.3.as_str()).collect();
    assert_eq!(periods, vec!["1920", "1933", "1952"], "{got:?}");
}

#[test]
fn a_comparison_with_the_budget_keeps_the_subject() {
    let got = read_report(
        "某某市决算\n\n2020年7月1日\n\n2019年，市级财政赤字120亿元，比预算减少15亿元；市级财政总支出900亿元，比年初计划增加30亿元。\n",
    );
    let names: Vec<&str> = got.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(
        names,
        vec![
            "市级财政赤字",
            "市级财政赤字",
            "市级财政总支出",
            "市级财政总支出"
        ],
        "{got:?}"
    );
}

#[test]
fn kilowatt_hours_written_out_are_one_unit() {
    let text = "1987年，某某县农业用电2.5亿千瓦小时，比上年增长5.6%。";
    let got: Vec<_> = super::test_support::figures(text)
        .into_iter()
        .map(|f| (f.indicator, f.value, f.unit, f.kind))
        .collect();
    assert_eq!(got[0].2, "亿千瓦小时", "{got:?}");
    assert_eq!(got[0].3, report_core::FigureKind::Quantity, "{got:?}");
    assert!(got[1].0.ends_with("农业用电"), "{got:?}");
}

#[test]
fn a_plans_expected_targets_open_a_list_without_a_colon() {
    let got = read_report(
        "某某高新区会议\n\n2019年，某某高新区全年经济增长的预期目标是实现技工贸总收入增长30%，一般公共预算收入增长10%；认定高新技术企业6家，高新技术企业占规模企业比例达到30%。\n",
    );
    let status: Vec<_> = got.iter().map(|f| f.2).collect();
    assert_eq!(status, vec![Target; 4], "{got:?}");
}
