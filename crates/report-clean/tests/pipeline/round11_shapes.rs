//! Pages of shapes the eleventh round of docs/quality-rounds-11-13.md found wanting.

use crate::support::shapes::{report, set_aside, web_page};

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

#[test]
fn a_reposts_lead_over_the_reports_own_header_is_set_aside() {
    let r = report(
        "重磅！2024年某某县政府工作报告全文来了\n\
         原创 某某发布 2024-01-16 19:30 浙江\n\
         1月16日，某某县第十八届人民代表大会第四次会议开幕，县长张三代表县人民政府作政府工作报告。\n\
         以下为报告全文：\n\
         政府工作报告\n\
         ——2024年1月16日在某某县第十八届人民代表大会第四次会议上\n\
         某某县人民政府县长 张 三\n\
         各位代表：\n\
         现在，我代表县人民政府向大会报告工作，请予审议。\n\
         一、2023年工作回顾\n\
         过去一年，全县地区生产总值完成208.6亿元，增长7.2%。\n\
         二、2024年主要目标任务\n\
         地区生产总值增长7%左右。\n",
    );
    // The callout is set aside as a tag (tests/account_posts.rs).
    assert_eq!(r.title, "2024年某某县政府工作报告全文来了");
    assert_eq!(r.authors, ["张三"]);
    assert!(r.sections[0].paragraphs[0].starts_with("各位代表"));
    let headings: Vec<&str> = r
        .sections
        .iter()
        .flat_map(|s| s.heading.iter().map(String::as_str))
        .collect();
    assert_eq!(headings, ["一、2023年工作回顾", "二、2024年主要目标任务"]);
    set_aside(
        &r,
        &[
            "以下为报告全文：",
            "——2024年1月16日在某某县第十八届人民代表大会第四次会议上",
        ],
    );
}

#[test]
fn a_townships_print_record_names_its_county_and_its_signature_is_no_caption() {
    let r = report(
        "马家乡人民政府工作报告\n\
         （一九九八年二月十六日在马家乡第十二届人民代表大会第二次会议上）\n\
         乡长　李德才\n\
         各位代表：\n\
         \u{3000}\u{3000}现在，我代表乡人民政府向大会报告工作，请予审议。\n\
         \u{3000}\u{3000}一、一九九七年工作回顾\n\
         \u{3000}\u{3000}一九九七年，全乡工农业总产值达到4580万元，比上年增长11.2%。\n\
         \u{3000}\u{3000}二、一九九八年工作任务\n\
         \u{3000}\u{3000}今年全乡工农业总产值力争达到5100万元。\n\
         中共马家乡委员会　马家乡人民政府　马家乡人大主席团\n\
         遂宁市船山区马家乡人民政府办公室　一九九八年二月二十日印发\n",
    );
    assert!(r.captions.is_empty(), "{:?}", r.captions);
    assert_eq!(
        r.source.as_deref(),
        Some("遂宁市船山区马家乡人民政府办公室")
    );
    let region = r.region.as_ref().expect("a region");
    let names: Vec<&str> = [&region.city, &region.county, &region.township]
        .into_iter()
        .flatten()
        .map(|d| d.name.as_str())
        .collect();
    assert_eq!(names, ["遂宁市", "船山区", "马家乡"]);
}

#[test]
fn a_pages_linked_data_states_its_headline_under_a_sites_logo() {
    let r = web_page(
        "<html><head><title>中国·某某门户网站</title>\
         <script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\
         \"headline\":\"2023年某某市人民政府工作报告\",\"datePublished\":\"2023-02-08T09:00:00+08:00\"}</script>\
         </head><body><div class=\"head\"><h1>中国·某某</h1></div>\
         <p>——2023年1月30日在某某市第五届人民代表大会第三次会议上</p>\
         <p>各位代表：</p><p>现在，我代表市人民政府向大会报告工作，请予审议。</p>\
         <p>一、2022年工作回顾</p><p>过去一年，全市生产总值完成1905.5亿元，增长4.2%。</p>\
         </body></html>",
    );
    assert_eq!(r.title, "2023年某某市人民政府工作报告");
    assert_eq!(
        r.date.as_ref().map(|d| d.value.as_str()),
        Some("2023-02-08")
    );
}

#[test]
fn an_accounts_headline_tagged_with_its_kind_over_the_reports_bare_title() {
    let r = web_page(
        "<html><head><title>政府工作报告｜2024年某某县政府工作报告</title></head><body>\
         <h1 class=\"rich_media_title\">政府工作报告｜2024年某某县政府工作报告</h1>\
         <div id=\"js_content\"><section>点击上方蓝字关注我们</section>\
         <section><strong>政府工作报告</strong></section>\
         <section>——2024年1月8日在某某县第十八届人民代表大会第四次会议上</section>\
         <section>各位代表：</section><section>现在，我代表县人民政府向大会报告工作，请予审议。</section>\
         <section><strong>一、2023年工作回顾</strong></section>\
         <section>过去一年，全县地区生产总值完成710.2亿元，增长6.8%。</section></div></body></html>",
    );
    assert_eq!(r.title, "2024年某某县政府工作报告");
}

#[test]
fn a_click_counter_beside_the_publication_date_leaves_the_date_stated() {
    let r = report(
        "2008年某某县人民政府工作报告\n\
         发布时间：2008年2月26日 点击数：1568\n\
         各位代表：\n\
         现在，我代表县人民政府向大会报告工作，请予审议。\n\
         一、2007年工作回顾\n\
         2007年，全县完成生产总值52.8亿元，增长15.1%。\n",
    );
    let date = r.date.as_ref().expect("a date");
    assert_eq!((date.value.as_str(), date.inferred), ("2008-02-26", false));
}

#[test]
fn a_sessions_masthead_over_the_report_is_no_title() {
    let r = report(
        "某某县第十七届人民代表大会第三次会议文件\n\
         （1）\n\
         政府工作报告\n\
         ——2023年1月10日在某某县第十七届人民代表大会第三次会议上\n\
         各位代表：\n\
         现在，我代表县人民政府向大会报告工作，请予审议。\n\
         一、2022年工作回顾\n\
         过去一年，全县地区生产总值完成330.6亿元，增长4.6%。\n",
    );
    assert_eq!(r.title, "政府工作报告");
}

#[test]
fn the_speaker_signing_at_the_end_over_the_day() {
    let r = report(
        "2010年某某县人民政府工作报告\n\
         各位代表：\n\
         \u{3000}\u{3000}现在，我代表县人民政府向大会报告工作，请予审议。\n\
         \u{3000}\u{3000}一、2009年工作回顾\n\
         \u{3000}\u{3000}2009年，全县生产总值完成98.6亿元，增长11.2%。\n\
         某某县人民政府县长\u{3000}刘勇\n\
         二○一○年一月十八日\n",
    );
    assert!(r.captions.is_empty(), "{:?}", r.captions);
    assert_eq!(r.authors, ["刘勇"]);
    assert_eq!(
        r.date.as_ref().map(|d| d.value.as_str()),
        Some("2010-01-18")
    );
}

#[test]
fn a_papers_lead_over_the_reports_header_keeps_its_reporter() {
    let r = report(
        "奋力谱写新篇章——2024年某某市政府工作报告摘要\n\
         2024-01-12 07:20 来源：某某日报\n\
         本报讯（记者 王佳）1月11日，某某市第十八届人民代表大会第四次会议开幕，市长刘涛作政府工作报告。\n\
         政府工作报告\n\
         ——2024年1月11日在某某市第十八届人民代表大会第四次会议上\n\
         某某市人民政府市长 刘 涛\n\
         一、2023年工作回顾\n\
         过去一年，全市地区生产总值完成520.6亿元，增长6.1%。\n",
    );
    assert_eq!(r.authors, ["刘涛", "王佳"]);
}

#[test]
fn a_speakers_line_carrying_the_day_in_brackets() {
    let r = report(
        "2024年某某县政府工作报告\n\
         县长　王小明（2024年1月5日）\n\
         各位代表：\n\
         现在，我代表县人民政府向大会报告工作，请予审议。\n\
         一、2023年工作回顾\n\
         全县完成地区生产总值52.8亿元，增长5.1%。\n",
    );
    assert_eq!(r.authors, ["王小明"]);
    assert_eq!(r.people.first().map(|p| p.role.as_str()), Some("县长"));
    assert_eq!(
        r.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-01-05")
    );
}
