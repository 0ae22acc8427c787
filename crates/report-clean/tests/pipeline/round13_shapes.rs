//! Pages of shapes the thirteenth round of docs/quality-rounds-11-13.md found wanting.

use crate::support::shapes::{report, set_aside, web_page};

/// A county report's body under whatever header a shape puts over it.
const BODY: &str = "各位代表：\n\
     现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。\n\
     一、2023年工作回顾\n过去一年，全县地区生产总值完成158.6亿元，增长6.2%。\n\
     二、2024年工作安排\n今年全县地区生产总值增长6%左右。\n\
     各位代表，新征程催人奋进，让我们凝心聚力、真抓实干，奋力谱写高质量发展新篇章！\n";

fn date(r: &report_clean::Report) -> Option<&str> {
    r.date.as_ref().map(|d| d.value.as_str())
}

fn headings(r: &report_clean::Report) -> Vec<String> {
    r.sections.iter().flat_map(|s| s.heading.clone()).collect()
}

#[test]
fn an_accounts_name_over_the_headline_and_its_posting_line() {
    // A callout before the report's name is the post's (tests/account_posts.rs).
    for (headline, title) in [
        ("2024年某某县政府工作报告", "2024年某某县政府工作报告"),
        (
            "重磅！某某县政府工作报告全文来了",
            "某某县政府工作报告全文来了",
        ),
    ] {
        let r = report(&format!(
            "某某发布\n{headline}\n某某发布 2024-01-16 20:30 湖南\n\
             ——2024年1月12日在某某县第十八届人民代表大会第四次会议上\n县长 张三\n{BODY}"
        ));
        assert_eq!(r.title, title);
        assert_eq!(r.authors, ["张三"]);
        assert_eq!(date(&r), Some("2024-01-12"));
        set_aside(&r, &["某某发布"]);
    }
}

#[test]
fn a_delivery_line_without_its_dash_and_a_speaker_signed_with_one() {
    let r = report(&format!(
        "政府工作报告\n在某某县第十一届人民代表大会第四次会议上\n某某县人民政府县长 次仁多吉\n2024年1月16日\n{BODY}"
    ));
    assert_eq!(r.authors, ["次仁多吉"]);
    assert_eq!(date(&r), Some("2024-01-16"));
    let r = report(&format!(
        "某某县人民政府工作报告\n——在某某县第十八届人民代表大会第四次会议上\n——王　刚\n2024.1.18\n{BODY}"
    ));
    assert_eq!(r.authors, ["王刚"]);
    assert_eq!(date(&r), Some("2024-01-18"));
}

#[test]
fn a_delivery_line_with_a_two_digit_year() {
    let r = report(&format!(
        "某某县政府工作报告\n（24年1月在某某县第十八届人民代表大会第四次会议上）\n县长 汪建国\n{BODY}"
    ));
    assert_eq!(r.authors, ["汪建国"]);
    assert_eq!(date(&r), Some("2024-01"));
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
}

#[test]
fn a_headline_in_another_script_over_the_chinese_one() {
    let r = report(&format!(
        "ᠵᠠᠰᠠᠭ ᠤᠨ ᠠᠵᠢᠯ ᠤᠨ ᠢᠯᠡᠲᠭᠡᠯ\n2024年某某旗政府工作报告\n\
         ——2024年1月9日在某某旗第十八届人民代表大会第四次会议上\n旗长 包金山\n{BODY}"
    ));
    assert_eq!(r.title, "2024年某某旗政府工作报告");
    assert_eq!(r.subtitle, None);
    assert_eq!(r.authors, ["包金山"]);
}

#[test]
fn a_reading_of_the_report_after_it_is_the_pages_next_piece() {
    let paragraphs: String = BODY.lines().map(|l| format!("<p>{l}</p>")).collect();
    let r = web_page(&format!(
        "<html><head><title>2024年某某市政府工作报告</title></head><body>\
         <h1>2024年某某市政府工作报告</h1><div>发布时间：2024-01-18 来源：市政府办</div>{paragraphs}\
         <h2>一图读懂2024年某某市政府工作报告</h2><p>报告提出，要坚持稳中求进工作总基调。</p></body></html>"
    ));
    set_aside(&r, &["一图读懂", "报告提出"]);
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
}

#[test]
fn an_appendix_list_numbered_after_its_label_keeps_its_items_apart() {
    let r = report(&format!(
        "某某县2024年政府工作报告\n——2024年1月15日在某某县第十八届人民代表大会第四次会议上\n\
         {BODY}附件：1.名词解释\n2.2023年十件民生实事完成情况\n"
    ));
    assert!(
        !r.paragraphs().any(|p| p.contains("名词解释2.2023年")),
        "{:#?}",
        r.sections
    );
}

#[test]
fn a_headline_quoting_the_whole_report_given_in_full() {
    let r = report(&format!(
        "《2024年某某区人民政府工作报告》全文\n\
         ——2024年1月13日在某某区第十八届人民代表大会第四次会议上\n区长 张智\n{BODY}"
    ));
    assert_eq!(r.title, "2024年某某区人民政府工作报告全文");
}

#[test]
fn a_day_in_brackets_after_the_headline_dates_the_report() {
    let r = report(&format!(
        "政府工作报告（2024年1月15日）\n某某县人民政府县长 扎西\n{BODY}"
    ));
    assert_eq!(r.title, "政府工作报告");
    assert_eq!(date(&r), Some("2024-01-15"));
    assert_eq!(r.authors, ["扎西"]);
}

#[test]
fn a_source_naming_only_the_site_is_no_source() {
    let r = report(&format!(
        "2024年某某市政府工作报告\n2024-01-22 10:30 来源：本站 【字号：大 中 小】 打印\n\
         ——2024年1月15日在某某市第十八届人民代表大会第四次会议上\n市长 刘智\n{BODY}"
    ));
    assert_eq!(r.source, None);
}
