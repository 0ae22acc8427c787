//! The report's date and year in the shapes real pages gave them
//! (docs/quality-real-pages.md, "Real pages, round 21: the date and the
//! year"): a posting date over the speech's own delivery line, a date with
//! spaces inside, a year whose role in its sentence says which year the
//! report is. Made-up text in each.

use crate::support::shapes::{around_body, report, stated_day};

fn date_of(text: &str) -> (String, bool) {
    let r = report(text);
    let d = r.date.expect("a date");
    (d.value, d.inferred)
}

#[test]
fn the_speechs_delivery_line_outranks_a_bare_posting_date_over_it() {
    let r = report(&around_body(
        &[
            "某某市人民政府工作报告",
            "发布时间:2026-02-03",
            "2026-02-03",
            "某某市人民政府工作报告",
            "——2026年1月28日在某某市第六届人民代表大会第四次会议上",
            "某某市人民政府市长 某某某",
        ],
        &[],
    ));
    assert_eq!(stated_day(&r).as_deref(), Some("2026-01-28"));
}

#[test]
fn a_labelled_date_spaced_apart_is_read() {
    let r = report(&around_body(
        &[
            "某某新区2016年政府工作报告",
            "日期:2016年 02月 16日    信息来源: 某某新区",
        ],
        &[],
    ));
    assert_eq!(stated_day(&r).as_deref(), Some("2016-02-16"));
}

#[test]
fn a_review_heading_in_numerals_dates_the_report_the_year_after() {
    let text = "各位代表：\n我受市人民政府的委托，向大会作政府工作报告，请予审议。\n一、一九九一年的主要工作情况\n一九九一年，全市工农业总产值比上年增长百分之八，财政收入完成预算。";
    assert_eq!(date_of(text), ("1992".to_string(), true));
}

#[test]
fn the_year_just_past_dates_the_report_the_year_after() {
    let text = "政府工作报告\n各位代表，刚刚过去的2018年，是全县发展很不平凡的一年，全县生产总值增长百分之六，人民生活持续改善。\n一年来，全县上下团结拼搏，较好地完成了各项目标任务，群众得到实惠。";
    assert_eq!(date_of(text), ("2019".to_string(), true));
}

#[test]
fn a_summary_and_plan_run_into_its_text_dates_the_year_summed_up() {
    let text = "1、某区2022年工作总结和2023年工作思路某区2022年工作总结和2023年工作思路 今年以来，全区紧扣决策部署，狠抓落实，全面推进各项工作。现将有关情况汇报如下：一、2022年工作总结（一）经济指标持续增长。二、2023年工作思路（一）抓项目。";
    assert_eq!(date_of(text), ("2022".to_string(), true));
}

#[test]
fn an_aside_on_the_past_gives_no_year_a_plans_outline_its_first_year() {
    let aside = "各位代表：现在，我代表省人民政府，向大会作关于全省工作的报告。早在1994年9月，省委、省政府就组织力量进行调查研究，着手各项准备工作。";
    assert!(report(aside).date.is_none());
    let plan = "各位代表：现在，我代表省人民政府，向大会作关于我省“九五”计划和2010年远景目标纲要的报告。早在1994年9月，省委、省政府就组织力量进行调查研究。";
    assert_eq!(date_of(plan), ("1996".to_string(), true));
}

#[test]
fn a_copy_posted_years_on_is_dated_by_the_reports_own_year() {
    let r = report(
        "区政府工作会议的讲话\n时间:2022-07-15 08:03:00\n各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n一、2008年工作回顾\n2008年是全区发展很不平凡的一年，综合经济实力提升最快，群众得到实惠最多。",
    );
    let d = r.date.expect("a date");
    // The report reviews 2008: it is 2009's; the copy went up in 2022.
    assert_eq!((d.value.as_str(), d.inferred), ("2009", true));
    assert!(d.evidence.iter().any(|e| e.contains("2022-07-15")));
    // Posted the spring after the year its title names: the posting date.
    let r = report(&around_body(
        &[
            "关于某某县2020年预算执行情况和2021年预算草案的报告",
            "发布时间:2021-01-12",
        ],
        &[],
    ));
    assert_eq!(stated_day(&r).as_deref(), Some("2021-01-12"));
}

#[test]
fn a_review_heading_taken_for_the_title_dates_the_year_after() {
    let text = "一、2019年工作回顾\n2019年是新区成立起始之年，全区上下紧紧围绕战略定位，全力抓好体制机制的整合融合，经济社会发展呈现出向上向好的态势。\n——引进了一批重大产业项目，总投资达768亿元，发展后劲不断增强。";
    assert_eq!(date_of(text), ("2020".to_string(), true));
}

#[test]
fn a_titles_day_in_eight_figures_is_the_day_it_was_given() {
    let r = report(&around_body(
        &["2023年某某自治区政府工作报告(20230114)"],
        &[],
    ));
    assert_eq!(r.title, "2023年某某自治区政府工作报告");
    assert_eq!(stated_day(&r).as_deref(), Some("2023-01-14"));
    // Under a site's line taken for the headline, as its subtitle.
    let r = report(&around_body(
        &[
            "文库 实用文档 报告/总结",
            "2023年某某自治区政府工作报告(20230114)",
            "工作报告 报告 政府工作报告 DOCX   52页   下载3   2023-05-23   浏览609   收藏0   点赞0   免费文档",
        ],
        &[],
    ));
    assert_eq!(stated_day(&r).as_deref(), Some("2023-01-14"));
}

#[test]
fn a_delivery_line_broken_over_two_lines_below_a_contents_block_dates_the_speech() {
    let text = "关于某某县2022年预算执行情况和2023年预算草案的报告\n目录\n第一部分 报告\n一、2023年预算情况说明\n二、政府债务情况说明\n第二部分 附表\n第一部分 报告\n关于某某县2022年预算执行情况和2023年预算草案的报告\n——2022年12月18日在某某县第六届人民代表大会\n第二次会议上\n某某县财政局\n各位代表:\n受县人民政府委托,现将2022年预算执行情况和2023年预算草案提请大会审议,并请县政协各位委员提出意见。\n一、2022年财政预算执行情况\n2022年全县一般公共预算收入完成5.2亿元,增长百分之六,支出完成28亿元。";
    let r = report(text);
    assert_eq!(stated_day(&r).as_deref(), Some("2022-12-18"));
}
