//! Pages of shapes the eleventh round of docs/quality.md found wanting.

mod support;

use support::shapes::web_page;

/// An old site's table layout: a side column's box of links beside the
/// content cell, the report's headline only in `<title>` (set in a picture).
const SIDE_BOX_PAGE: &str = "<html><head><title>2019年某某县政府工作报告_某某县人民政府</title></head>\
     <body><table><tr><td width=\"200\">热门信息推荐<br><a href=\"/b\">关于做好春节期间安全生产工作的通知</a></td>\
     <td><font size=\"3\">&nbsp;&nbsp;各位代表：<br>&nbsp;&nbsp;现在，我代表县人民政府向大会报告工作，请予审议。<br>\
     一、2018年工作回顾<br>&nbsp;&nbsp;过去一年，全县地区生产总值完成246.3亿元，增长7.5%。<br>\
     二、2019年主要任务<br>&nbsp;&nbsp;今年全县地区生产总值预期增长7%左右。</font></td></tr></table></body></html>";

#[test]
fn a_side_boxs_label_over_links_gives_way_to_the_title_element() {
    let r = web_page(SIDE_BOX_PAGE);
    assert_eq!(r.title, "2019年某某县政府工作报告");
    assert!(!r.title_is_derived);
    assert!(r.noise.iter().any(|n| n.text == "热门信息推荐"));
    let first = &r.sections[0].paragraphs[0];
    assert!(first.starts_with("各位代表"), "{first}");
    assert_eq!(r.date.as_ref().map(|d| d.value.as_str()), Some("2019"));
}

#[test]
fn a_headline_the_title_element_does_not_hold_stays_where_it_names_a_document() {
    // The page's own headline names a report: the `<title>` does not
    // replace it, though it says more.
    let page = SIDE_BOX_PAGE.replace("热门信息推荐", "县长工作报告摘要");
    let r = web_page(&page);
    assert_eq!(r.title, "县长工作报告摘要");
}
