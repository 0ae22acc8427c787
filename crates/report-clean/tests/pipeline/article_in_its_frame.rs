//! An article whose page frames it in ways boilerplate rules misread, seen
//! on real portals' pages (GNE's and newspaper4k's saved pages; see
//! docs/quality-real-pages.md): a list of related links set inside the
//! article, over the report or between its lead and its text; a container
//! around the whole page whose class names a navigation layout.

use crate::support::shapes::{set_aside, web_page};

const SENTENCES: [&str; 4] = [
    "各位代表：现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
    "过去一年，全县地区生产总值完成186.5亿元，增长6.1%；一般公共预算收入完成12.3亿元，增长5.2%。",
    "一年来，我们坚持稳中求进工作总基调，统筹发展和安全，经济社会发展取得新成效。",
    "今年是全面贯彻落实党的二十大精神的开局之年，做好政府工作意义重大。",
];

fn paragraphs() -> String {
    SENTENCES
        .iter()
        .map(|s| format!("<p>{s}</p>"))
        .collect::<Vec<_>>()
        .join("")
        .repeat(2)
}

fn page(article: &str) -> String {
    format!(
        "<html><head><title>2024年某某县政府工作报告_某某县人民政府</title></head><body>\
         <div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a></div>\
         <div class=\"article\"><h1>2024年某某县政府工作报告</h1>\
         <div class=\"info\">发布时间：2024-01-20 来源：县政府办</div>{article}</div>\
         <div class=\"footer\">主办：某某县人民政府办公室</div></body></html>"
    )
}

#[test]
fn related_links_over_the_report_leave_the_report_whole() {
    let r = web_page(&page(&format!(
        "<p>相关链接：</p><p><a href=\"/a.html\">一图读懂2024年某某县政府工作报告</a></p>{}",
        paragraphs()
    )));
    assert_eq!(r.paragraphs().count(), 8);
    set_aside(&r, &["相关链接：", "一图读懂2024年某某县政府工作报告"]);
}

#[test]
fn related_news_between_the_lead_and_the_text_leave_the_text() {
    let r = web_page(&page(&format!(
        "<p>{}</p><p>相关新闻：</p><p><a href=\"/b.html\">某某县召开第十八届人民代表大会第三次会议</a></p>\
         <p><a href=\"/c.html\">县长答记者问</a></p>{}",
        SENTENCES[1],
        paragraphs()
    )));
    assert_eq!(r.paragraphs().count(), 9);
    set_aside(&r, &["相关新闻：", "县长答记者问"]);
}

#[test]
fn related_links_after_the_report_are_still_its_footer() {
    let r = web_page(&page(&format!(
        "{}<p>相关阅读：</p><p><a href=\"/d.html\">某某县召开经济工作会议</a></p>\
         <p>会议部署今年重点工作任务和发展目标。</p>",
        paragraphs()
    )));
    assert_eq!(r.paragraphs().count(), 8);
    set_aside(&r, &["相关阅读：", "会议部署今年重点工作任务和发展目标。"]);
}

#[test]
fn a_container_named_for_a_navigation_layout_holds_the_article() {
    let html = page(&paragraphs())
        .replace(
            "<body>",
            "<body><div id=\"container\" class=\"site-int-nav\">",
        )
        .replace("</body>", "</div></body>");
    let r = web_page(&html);
    assert_eq!(r.title, "2024年某某县政府工作报告");
    assert_eq!(r.paragraphs().count(), 8);
    set_aside(&r, &["首页", "主办：某某县人民政府办公室"]);
}
