//! Shapes the twenty-third sample (real web pages: streets, townships,
//! counties, banners, zones, budgets, plans, 政协, 1985–2024) found: months
//! written `1到10月` or `1月至10月`, and months right after the year that
//! opens their clause; a title that sums up one year and plans the next; a
//! year that opens a sentence after a speaker's lead words; a plan's figure
//! named right after 计划 in a period past; a plan's sum taken as the whole
//! of the share after it; a sum invested in the thing named right after its
//! 的; a count alone after a count of the same things; a sum after a share
//! named `占比`; a plan period's end (`“十五”期末`).
use super::report_year::year_a_title_plans;
use super::test_support::{named_values, read_report};
use report_core::FigureStatus::*;

#[test]
fn months_written_with_dao_or_yue_zhi_are_a_span_of_the_year() {
    let got = read_report(
        "某某开发区招商工作\n\n2030年10月20日\n\n今年1到10月，开发区完成到位资金12.4亿元，同比增长29%。其中，省外到位资金6.4亿元。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.2, f.3.as_str())).collect();
    assert_eq!(read, vec![(Actual, "2030-01–2030-10"); 3], "{got:?}");
    let got = read_report("某某街道工作\n\n2030年10月20日\n\n1月至10月救助困难对象930人次。\n");
    assert_eq!(got[0].3, "2030-01–2030-10", "{got:?}");
}

#[test]
fn a_title_that_sums_up_a_year_and_plans_the_next_is_given_in_the_next() {
    let got = read_report(
        "某某街道2030年工作总结和2031年工作安排\n\n2030年，街道较好地完成了年初确定的各项目标任务。全年救助困难对象930人次，受理公租房65户。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.2, f.3.as_str())).collect();
    assert_eq!(read, vec![(Actual, "2030"); 2], "{got:?}");
    assert_eq!(
        year_a_title_plans("某镇2030年工作总结和2031年工作计划"),
        Some(2031)
    );
    // A run-on title that names other years plans none of them.
    assert_eq!(
        year_a_title_plans("某某街道2031年政府工作报告一、2030年工作回顾"),
        None
    );
    assert_eq!(year_a_title_plans("某某镇2030年工作总结"), None);
}

#[test]
fn a_year_after_a_speakers_lead_words_opens_the_sentences_after_it() {
    let got = read_report(
        "某某市召开人代会\n\n某某市人大常委会主任张某某主持会议。李某某说，2030年，在市委的坚强领导下，全市经济持续健康发展。预计完成地区生产总值780亿元，增长10%；财政总收入100亿元。李某某指出，2031年政府工作的总体要求是：稳中求进。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.2, f.3.as_str())).collect();
    assert_eq!(read, vec![(Estimate, "2030"); 3], "{got:?}");
}

#[test]
fn a_figure_right_after_its_plan_is_the_plans_in_a_period_past() {
    let got = read_report(
        "某某县畜牧业规划\n\n一、“十五”期间工作回顾\n\n我县“十五”期末计划存栏42万头只，实际存栏40万头只，完成95%。肉类年总产量计划6100吨，实际完成7404吨。全县增加招生计划1200个。各乡镇产值计划完成102.6%。\n",
    );
    let status: Vec<_> = got.iter().map(|f| (f.1, f.2)).collect();
    assert_eq!(
        status,
        vec![
            (42.0, Target),
            (40.0, Actual),
            (95.0, Actual),
            (6100.0, Target),
            (7404.0, Actual),
            (1200.0, Actual),
            (102.6, Actual)
        ],
        "{got:?}"
    );
}

#[test]
fn a_plans_sum_taken_as_the_whole_of_a_share_is_the_years_target() {
    let got = read_report(
        "某某园区工作\n\n2030年4月10日\n\n1—3月份，园区实现工业总产值17.7亿元，完成年任务75亿元的23.6%；实现税金6900万元，占年初预算3.5亿元的19.7%。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.2, f.3.as_str())).collect();
    assert_eq!(
        read,
        vec![
            (17.7, Actual, "2030-01–2030-03"),
            (75.0, Target, "2030"),
            (23.6, Actual, "2030-01–2030-03"),
            (6900.0, Actual, "2030-01–2030-03"),
            (3.5, Target, "2030"),
            (19.7, Actual, "2030-01–2030-03")
        ],
        "{got:?}"
    );
}

#[test]
fn a_sum_invested_is_of_the_thing_named_right_after_its_de() {
    let got = named_values(
        "某某区相继引进总投资10亿美元的某某药业项目、总投资100亿元的某某汽车项目、2个总投资超5000万元的某某物流项目。",
    );
    let names: Vec<_> = got
        .iter()
        .filter(|f| f.2.ends_with('元'))
        .map(|f| f.0.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "某某药业项目总投资",
            "某某汽车项目总投资",
            "某某物流项目总投资"
        ],
        "{got:?}"
    );
    // A count of them after 的 is what was invested in.
    let got = named_values("全力抓好总投资760亿元的120个重点项目建设。");
    assert_eq!(got[0].0, "重点项目建设总投资", "{got:?}");
    // So is a count closing the list after 的: the sum is of them all, not
    // of the list's first item (the review of round 23).
    let got = named_values("总投资179亿元的某某智谷、某某产业园等16个重点项目正加快建设。");
    assert_eq!(got[0].0, "重点项目总投资", "{got:?}");
}

#[test]
fn a_count_alone_after_a_count_of_the_same_things_is_its_change() {
    use report_core::FigureKind::*;
    let got = named_values(
        "2030年，全县牲畜存栏达到1.1亿多头只，增加434万头只；新建学校12所，增加教室300间。",
    );
    let kinds: Vec<_> = got.iter().map(|f| (f.1, f.3)).collect();
    assert_eq!(
        kinds,
        vec![(1.1, Count), (434.0, Change), (12.0, Count), (300.0, Count)],
        "{got:?}"
    );
}

#[test]
fn a_sum_after_a_share_is_the_subjects_however_the_share_is_named() {
    let got =
        named_values("2030年，某某街道财政收入3.3亿元，其中，工业占比全区45%，完成103.7亿元。");
    assert_eq!(got[2].0, "工业", "{got:?}");
}

#[test]
fn a_plans_end_is_its_last_year() {
    let got = read_report(
        "某某县畜牧业规划\n\n2006年3月1日\n\n全县“十五”期末计划存栏42万头只，实际存栏40万头只。预计十二五末，全县财政收入30亿元。\n",
    );
    let periods: Vec<_> = got.iter().map(|f| f.3.as_str()).collect();
    assert_eq!(periods, ["2005", "2005", "2015"], "{got:?}");
}
