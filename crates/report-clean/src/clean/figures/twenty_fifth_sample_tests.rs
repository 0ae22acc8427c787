//! Shapes the twenty-fifth sample (real web pages: streets, townships,
//! counties, zones, budgets, final accounts, plans, courts, procuratorates,
//! 政协, 1986–2024) found: `一年来` on a guessed page that opens on its
//! year and a comma (not a plan's page); a month after 从 and before 起
//! (`从4月份起`), which is no period. (A heading's year without 年 and a
//! year picked out of a span by `；其中，` were taken out after the review:
//! see docs/figures.md.)
use super::test_support::read_report;
use report_core::FigureStatus::*;

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
fn a_page_opening_on_its_year_and_a_plan_is_no_account_of_that_year() {
    // The review of the twenty-fifth sample: `2031年，全县将力争…` opens a
    // plan, and its `去年` is the year before (not 2031's account).
    let got = read_report(
        "某某县经济工作\n\n2031年，全县将力争地区生产总值增长6%左右。去年，全县地区生产总值完成300亿元，增长5.5%。\n",
    );
    let read: Vec<_> = got.iter().map(|f| (f.1, f.2, f.3.as_str())).collect();
    assert_eq!(
        read,
        vec![
            (6.0, Target, "2031"),
            (300.0, Actual, "2030"),
            (5.5, Actual, "2030")
        ],
        "{got:?}"
    );
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
