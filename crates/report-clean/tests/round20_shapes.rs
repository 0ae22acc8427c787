//! Pages and texts of shapes the twentieth round of docs/quality-rounds.md
//! found wanting.

mod support;

use support::shapes::{around_body, headings, region_path, report, stated_day, web_page, BODY};

/// [`BODY`] as a page's paragraphs.
fn body_paragraphs() -> String {
    BODY.iter().map(|p| format!("<p>{p}</p>")).collect()
}

#[test]
fn a_meeting_dated_after_at_dates_the_report_and_places_it() {
    let r = report(&around_body(
        &[
            "政府工作报告",
            "在2024年1月10日河口县第十七届人民代表大会第三次会议上",
            "县长 杨 波",
        ],
        &[],
    ));
    assert_eq!(stated_day(&r).as_deref(), Some("2024-01-10"));
    assert_eq!(r.authors, ["杨波"]);
    assert_eq!(
        region_path(&r),
        ["云南省", "红河哈尼族彝族自治州", "河口瑶族自治县"]
    );
}

#[test]
fn a_state_forests_head_delivers_its_report() {
    let r = report(&around_body(
        &[
            "2022年塞罕坝机械林场工作报告",
            "——2022年1月15日在塞罕坝机械林场职工代表大会上",
            "场长 陈 智",
        ],
        &[],
    ));
    assert_eq!(r.authors, ["陈智"]);
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
}

#[test]
fn a_title_only_in_the_title_element_after_a_column_is_the_documents_part() {
    let r = web_page(&format!(
        r#"<html><head><meta charset="utf-8"><title>江口县人民政府_政府信息公开_2023年江口县人民政府工作报告</title></head><body>
        <div class="con"><p>——2023年1月5日在江口县第十八届人民代表大会第二次会议上</p><p>县长 杨 林</p>{}</div></body></html>"#,
        body_paragraphs()
    ));
    assert_eq!(r.title, "2023年江口县人民政府工作报告");
    assert_eq!(stated_day(&r).as_deref(), Some("2023-01-05"));
}
