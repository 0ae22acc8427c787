//! The byline under a page's headline, in layouts real news and government
//! portals use that the reading of the header does not see as its own: a
//! box the markup names a side bar, or a counter glued to the line.

use crate::support::shapes::{stated_day, web_page};

const PARAGRAPHS: &str = "<p>　　新春伊始，某某镇召开全镇经济工作会议，总结2022年工作，部署2023年重点任务，全镇上下干劲十足。</p>\
     <p>　　会议指出，过去一年全镇地区生产总值增长6.5%，一般公共预算收入增长8.2%，城乡居民收入稳步提高。</p>\
     <p>　　会议强调，今年要坚持稳中求进工作总基调，扎实推进乡村振兴，加快建设现代化产业体系。</p>";

fn page(under_headline: &str) -> String {
    format!(
        "<html><head><meta charset=\"utf-8\"><title>某某镇召开全镇经济工作会议</title></head><body>\
         <div class=\"header\"><a href=\"/\">某某商报</a></div>\
         <div id=\"content-wrap\"><h1>某某镇召开全镇经济工作会议</h1>{under_headline}\
         <div class=\"entry\">{PARAGRAPHS}</div></div></body></html>"
    )
}

#[test]
fn a_labelled_date_in_a_box_the_markup_names_a_side_bar() {
    // A theme's "hide the side bar" toggle wraps the byline: the box is
    // furniture by its name, and the date in it is still the page's.
    let r = web_page(&page(
        "<div id=\"sidebar-toggle\"><ul id=\"fontsize\"><li>A+</li></ul>\
         <div class=\"single-cat\">发布日期：2023-09-23 14:34:05&nbsp;&nbsp;所属分类： \
         <a href=\"/c\">头条</a></div></div>",
    ));
    assert_eq!(stated_day(&r).as_deref(), Some("2023-09-23"));
}

#[test]
fn a_posting_line_in_a_side_bar_box_under_the_headline() {
    // A full date with its clock time and the site's name: when it went up.
    let r = web_page(&page(
        "<div class=\"sidebar-meta\"><span>2023-09-23 11:10 某某商报[整理]</span></div>",
    ));
    assert_eq!(stated_day(&r).as_deref(), Some("2023-09-23"));
}

#[test]
fn a_related_link_or_a_sentence_under_the_headline_dates_nothing() {
    // A link's date with no clock time, and a sentence stating a day, are
    // no byline: the year is inferred from the text as before.
    for under in [
        "<div class=\"sidebar\"><a href=\"/a\">某某县召开全县经济工作会议 2023-01-05</a></div>",
        "<div class=\"sidebar\">据了解，2021年9月23日，某某镇曾召开同类会议。</div>",
    ] {
        let r = web_page(&page(under));
        assert_eq!(stated_day(&r), None, "{under}");
    }
}

#[test]
fn a_publication_date_the_page_labels_once_after_the_article() {
    // A theme floats the byline after the text, among its widgets.
    let html = page("").replace(
        "</div></div></body>",
        "</div><div class=\"widget\">阅读 539</div><div class=\"widget\">隐藏边栏</div>\
         <div class=\"post-footer\"><div class=\"cat\">发布日期：2023-09-23 14:34:05 所属分类： 头条</div></div></div></body>",
    );
    assert_eq!(stated_day(&web_page(&html)).as_deref(), Some("2023-09-23"));
}

#[test]
fn a_byline_beside_a_headline_set_in_an_aside() {
    // The template sets headline and byline in an `<aside>`, which is
    // chrome by its name: the title is still found, and its byline read.
    let html = "<html><head><meta charset=\"utf-8\"><title>某某镇召开全镇经济工作会议_某某网</title></head><body>\
        <aside class=\"contxt-aside\"><h1>某某镇召开全镇经济工作会议</h1>\
        <span>2023-09-05 11:10 某某网[整理]</span></aside>"
        .to_string()
        + &format!("<div class=\"Mid2L_con\">{PARAGRAPHS}</div></body></html>");
    let r = web_page(&html);
    assert_eq!(r.title, "某某镇召开全镇经济工作会议");
    assert_eq!(stated_day(&r).as_deref(), Some("2023-09-05"));
}
