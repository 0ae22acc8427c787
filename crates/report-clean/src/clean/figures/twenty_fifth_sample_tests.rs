//! Shapes the twenty-fifth sample (real web pages: streets, townships,
//! counties, zones, budgets, final accounts, plans, courts, procuratorates,
//! 政协, 1986–2024) found: a heading's year written without 年; `一年来`
//! on a guessed page that opens on its year and a comma; a year picked out
//! of a span of years by `；其中，` for the items after it; a month after
//! 从 and before 起 (`从4月份起`), which is no period.
use super::test_support::read_report;
use report_core::FigureStatus::*;

#[test]
fn a_heading_year_without_nian_names_that_year() {
    // A news page on a zone's year: its heading `2030成绩单` reviews 2030,
    // not the year before it.
    let got = read_report(
        "2030年某某高新区地区生产总值增长11.8%左右\n\n某某日报记者 张某某 昨日，从高新区管委会召开的2031年工作会议上获悉，2030年高新区地区生产总值增长11.8%左右。\n\n2030成绩单\n\n2030年高新区完成工业总产值182亿元，同比增长15.7%。\n\n高新区新签约落地项目75个。全年科研经费投入达17.15亿元。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.3.as_str())).collect();
    assert_eq!(
        read,
        vec![
            (182.0, "2030"),
            (15.7, "2030"),
            (75.0, "2030"),
            (17.15, "2030")
        ],
        "{got:?}"
    );
}

#[test]
fn one_year_since_after_the_reports_own_year_is_that_year() {
    // A street's account of 2030, its year only guessed: a page that opens
    // on `2030年，…` and says `一年来` sums up 2030, and so the `全年` of
    // the paragraph after it is 2030.
    let got = read_report(
        "某某街道2030年工作总结\n\n2030年，某某街道团结带领全街干部群众推动经济社会发展。一年来，全街上下深入开展调查研究，各项工作取得新成效。\n\n一是经济发展迈上新台阶。全年共走访慰问企业336家次，帮助重点企业引进12名紧缺骨干人才。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.2, f.3.as_str())).collect();
    assert_eq!(
        read,
        vec![(336.0, Actual, "2030"), (12.0, Actual, "2030")],
        "{got:?}"
    );
}

#[test]
fn qizhong_and_a_year_of_the_span_goes_on_to_the_items_after_it() {
    // A procuratorate's five years, then one of them picked out by
    // `；其中，2030年`: the items after it to the full stop are that year's.
    let got = read_report(
        "某某市人民检察院工作报告\n\n2031年1月8日\n\n五年来，全市检察机关共办理各类案件17.3万件，比前五年上升40%；其中，2030年受理审查逮捕8700人，受理审查起诉2.1万人；办理民事案件3600件、行政案件800件，比2026年分别上升1.5倍、3.3倍。制发指导性案例13件。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.3.as_str())).collect();
    assert_eq!(
        read,
        vec![
            (17.3, "2026–2030"),
            (40.0, "2026–2030"),
            (8700.0, "2030"),
            (2.1, "2030"),
            (3600.0, "2030"),
            (800.0, "2030"),
            (1.5, "2030"),
            (3.3, "2030"),
            (13.0, "2026–2030")
        ],
        "{got:?}"
    );
}

#[test]
fn qizhong_and_a_year_in_passing_goes_no_further() {
    // An account of one year: `其中，2029年结转项目…` names a year in
    // passing; the item after it is the year's own.
    let got = read_report(
        "某某县2030年项目建设情况\n\n2030年，全县完成项目投资100亿元；其中，2029年结转项目完成投资20亿元；新开工项目完成投资80亿元。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.3.as_str())).collect();
    assert_eq!(read.last(), Some(&(80.0, "2030")), "{got:?}");
}

#[test]
fn a_month_after_cong_and_before_qi_is_no_period() {
    // A province's report on the first half of the year: `从4月份起暂停…`
    // says when a measure began; the counts after it are the half year's.
    let got = read_report(
        "关于2030年上半年全省国民经济和社会发展计划执行情况的报告\n\n一、上半年国民经济和社会发展计划执行情况\n\n从4月份起暂停对各类用地项目的审批；清理整顿开发区，撤销了26家开发区；清理了366个固定资产投资项目。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.3.as_str())).collect();
    assert_eq!(read, vec![(26.0, "2030-H1"), (366.0, "2030-H1")], "{got:?}");
}
