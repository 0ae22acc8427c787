//! Made-up pages of the shapes the thirteenth look at real report pages
//! (pages31, docs/quality-real-pages.md) found read wrong, and beside each
//! the nearest shape main already read right.

use crate::support::shapes::{first_paragraph, report};

fn headings(r: &report_core::Report) -> Vec<String> {
    r.sections.iter().map(|s| s.heading.join(" / ")).collect()
}

#[test]
fn a_resolutions_adoption_line_under_a_posting_line_is_no_heading() {
    // A news page's resolution: the posting line dates the page, a
    // dateline and the headline again, then the adoption line.
    let text = [
        "某某县第九届人民代表大会第三次会议关于县人民法院工作报告的决议",
        "2030年01月15日 21:08| 来源:某某日报 分享到:",
        "某某日报某某1月15日电",
        "某某县第九届人民代表大会第三次会议关于县人民法院工作报告的决议",
        "(2030年1月15日某某县第九届人民代表大会第三次会议通过)",
        "某某县第九届人民代表大会第三次会议听取和审议了县人民法院院长所作的工作报告。会议决定批准这个报告。",
        "会议要求,县人民法院要依法履行职责,为全县发展提供司法保障。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        headings(&r).iter().all(|h| !h.contains("会议通过")),
        "{:?}",
        headings(&r)
    );
    assert_eq!(
        r.date.as_ref().map(|d| d.value.as_str()),
        Some("2030-01-15")
    );
    assert!(
        first_paragraph(&r).starts_with("某某县第九届"),
        "{}",
        first_paragraph(&r)
    );
}

#[test]
fn an_adoption_line_further_on_stays_in_the_text() {
    // The nearest shape read right: a resolution appended after the lead,
    // its adoption line in the body, where no header reaches.
    let text = [
        "某某县人民代表大会常务委员会工作报告",
        "各位代表:现在,我代表县人民代表大会常务委员会向大会报告工作,请予审议。",
        "一、2030年工作回顾",
        "一年来,常委会依法履行职责,各项工作取得新进展。",
        "附:关于县人民政府工作报告的决议",
        "(2030年1月15日某某县第九届人民代表大会第三次会议通过)",
        "会议决定批准这个报告。",
    ]
    .join("\n");
    let r = report(&text);
    let all: String = r
        .sections
        .iter()
        .flat_map(|s| s.heading.iter().chain(&s.paragraphs))
        .cloned()
        .collect();
    assert!(all.contains("会议通过"), "{all}");
}
