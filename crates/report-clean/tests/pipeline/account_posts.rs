//! A report reposted by a government's social-media account: the account's
//! name over its posting line, then a headline that calls out and ends on
//! a link's arrow, then the report's own header.

use crate::support::shapes::{report, set_aside, PROSE};

fn post(account: &str, headline: &str) -> String {
    format!(
        "点击蓝字 关注我们\n\
         {account}\n\
         2023-02-10 18:30 发表于某某省\n\
         {headline}\n\
         ——2023年2月6日在某某镇第十八届人民代表大会第三次会议上\n\
         镇长 王某某\n\
         各位代表：\n{PROSE}\n\
         一、2022年工作回顾\n{PROSE}\n"
    )
}

#[test]
fn a_headline_that_calls_out_under_the_accounts_name_is_the_title() {
    let r = report(&post("某某发布", "重磅！某某镇2023年政府工作报告全文来了→"));
    assert_eq!(r.title, "某某镇2023年政府工作报告全文来了");
    assert_eq!(r.source.as_deref(), Some("某某发布"));
    assert_eq!(r.date.as_ref().unwrap().value, "2023-02-06");
    assert_eq!(r.people.first().map(|p| p.name.as_str()), Some("王某某"));
    set_aside(&r, &["点击蓝字", "某某发布", "重磅！"]);
}

#[test]
fn a_callout_is_set_aside_only_before_a_reports_name() {
    // Set aside before a headline naming a report, with or without an
    // account's line above it.
    let r = report(&post("某某发布", "刚刚！某某镇2023年政府工作报告"));
    assert_eq!(r.title, "某某镇2023年政府工作报告");
    // Doubled marks go with it.
    for callout in ["重磅！！", "重磅!!", "重磅！！！"] {
        let r = report(&post(
            "某某发布",
            &format!("{callout}某某镇2023年政府工作报告"),
        ));
        assert_eq!(r.title, "某某镇2023年政府工作报告", "{callout}");
    }
    // A headline whose exclamation is its own words keeps them.
    let r = report(&post("某某发布", "奋进！奋进！再奋进的某某镇"));
    assert_eq!(r.title, "奋进！奋进！再奋进的某某镇");
}
