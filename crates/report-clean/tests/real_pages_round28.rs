//! Made-up pages of the shapes the tenth look at real report pages
//! (pages28, docs/quality-real-pages.md) found read wrong.

mod support;

use support::shapes::{first_paragraph, headings, report, stated_day};

#[test]
fn question_marks_opening_lines_are_the_indent_a_copy_lost() {
    let text = [
        "关于某某市政府工作报告",
        "??2031年1月5日在某某市第十五届人民代表大会第一次会议上",
        "市长张某某",
        "各位代表:",
        "我代表市人民政府向大会作政府工作报告,请予审议。",
        "一、过去五年工作回顾",
        "??经济综合实力迈上新台阶。五年来,经济保持较快增长。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(stated_day(&r).as_deref(), Some("2031-01-05"));
    assert_eq!(r.authors, ["张某某"]);
    assert_eq!(headings(&r), ["一、过去五年工作回顾"]);
    assert!(first_paragraph(&r).starts_with("各位代表"));
}
