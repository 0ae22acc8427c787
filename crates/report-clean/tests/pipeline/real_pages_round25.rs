//! Made-up pages of the shapes the seventh look at real report pages
//! (pages25, docs/quality-real-pages.md) found read wrong: a sharing
//! site's blurb naming the file it offers taken for the title and the
//! body's first paragraph.

use crate::support::shapes::{
    first_paragraph, headings, region_path, report, set_aside, stated_day,
};

#[test]
fn a_sharing_sites_blurb_names_the_file_whose_name_is_the_title() {
    let blurb = "《某某乡2030年工作总结.docx》由会员分享，可在线阅读，更多相关《某某乡2030年工作总结.docx(6页珍藏版)》请在某某文档上搜索。";
    let text = [
        blurb,
        "1、某某乡2030年工作总结一年来，在县委、县政府的坚强领导下，我乡各项工作取得新进展。全乡实现农业总产值3.2亿元，增长5%。",
        "2、二是抓好项目建设，全年实施项目12个，完成投资1.5亿元。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某乡2030年工作总结");
    assert!(!r.title_is_derived);
    set_aside(&r, &[blurb]);
    assert!(first_paragraph(&r).contains("一年来"));
    // Under a headline the blurb is set aside and the headline stays.
    let text = [
        "某某镇2030年政府工作报告",
        "《某某镇政府工作报告.pdf》由会员分享，可在线阅读。",
        "各位代表：",
        "现在，我代表镇人民政府向大会报告工作，请予审议。",
    ]
    .join("\n");
    assert_eq!(report(&text).title, "某某镇2030年政府工作报告");
}

#[test]
fn a_book_title_without_a_files_type_is_no_blurb() {
    // A report cites a document by its title: the sentence is the body's.
    let text = [
        "某某县2030年工作总结",
        "今年以来，我县认真贯彻《某某县乡村振兴促进条例》，各项工作扎实推进，全县实现生产总值120亿元，增长6%。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(first_paragraph(&r).contains("乡村振兴促进条例"));
}

#[test]
fn a_copying_sites_watermark_after_every_line_is_taken_out() {
    let text = [
        "2030年某某县人民政府工作报告(全文)",
        "政府工作报告xQz",
        "xQz",
        "2030年1月8日在某某县第十届人民代表大会第三次会议上xQz",
        "xQz",
        "某某县人民政府县长 张某某xQz",
        "xQz",
        "各位代表:xQz",
        "现在,我代表县人民政府向大会报告工作,请予审议。xQz",
        "一、过去一年工作回顾xQz",
        "过去一年,全县实现生产总值120亿元,增长6%。xQz",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.authors, ["张某某"]);
    assert_eq!(headings(&r), ["一、过去一年工作回顾"]);
    assert!(!first_paragraph(&r).contains("xQz"));
    assert!(r
        .sections
        .iter()
        .flat_map(|s| &s.paragraphs)
        .all(|p| !p.contains("xQz")));
}

#[test]
fn a_toolbar_set_one_word_per_line_over_the_headline_is_no_title() {
    let toolbar = [
        "语音",
        "长者模式",
        "朗读",
        "页面",
        "字体加大",
        "字体减小",
        "高对比",
        "黑底白字蓝色链接",
        "光标",
        "十字线",
        "设置",
        "关闭",
    ];
    let mut lines: Vec<&str> = toolbar.to_vec();
    lines.extend([
        "某某市政府门户网站 政务邮箱",
        "2030年政府工作报告 ——2030年1月9日在某某新区第三届人民代表大会第二次会议上",
        "某某新区区长 张某某",
        "发布日期: 2031-06-02 11:30      来源: 区政府办",
        "各位代表：",
        "现在，我代表某某新区人民政府，向大会作政府工作报告，请予审议。",
    ]);
    let r = report(&lines.join("\n"));
    assert_eq!(r.title, "2030年政府工作报告");
    assert_eq!(r.authors, ["张某某"]);
    assert_eq!(stated_day(&r).as_deref(), Some("2030-01-09"));
    set_aside(&r, &toolbar);
    assert!(r.captions.is_empty());
}

#[test]
fn the_report_named_after_an_office_is_no_speakers_name() {
    let text = [
        "某某村村委会主任任职报告",
        "各位领导、同志们：",
        "今年六月，我当选为某某村村民委员会主任，半年来在镇党委的领导下，各项工作按照预定目标完成。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(r.authors.is_empty(), "{:?}", r.authors);
    assert_eq!(r.title, "某某村村委会主任任职报告");
}

#[test]
fn the_title_again_with_a_collections_piece_number_heads_nothing() {
    let text = [
        "某某街道工作总结",
        "某某街道工作总结精选第2篇",
        "一、党建引领",
        "一年来，街道党工委坚持抓党建促发展，全年发展党员12名。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某街道工作总结");
    assert_eq!(headings(&r), ["一、党建引领"]);
    set_aside(&r, &["某某街道工作总结精选第2篇"]);
}

#[test]
fn a_place_named_as_the_neighbour_is_not_the_reports() {
    let text = [
        "某某乡工作汇报",
        "一、基本情况。某某乡位于龙江县西北部，距县城60公里，东与某某镇隔河相望，西与内蒙古自治区某某旗交界，行政区域总面积320平方千米。",
        "二、重点工作。全乡中草药种植规模3900亩，林果产业发展到1200亩。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(region_path(&r), ["黑龙江省", "齐齐哈尔市", "龙江县"]);
}

#[test]
fn a_headline_opening_on_a_persons_name_and_comrade_names_the_speaker() {
    let text = [
        "张某同志在政协某某市第九届委员会常务委员会工作报告",
        "（2030年1月10日在政协某某市第十届委员会第一次会议上）",
        "各位委员：",
        "我代表政协某某市第九届委员会常务委员会，向大会报告工作，请予审议。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.authors, ["张某"]);
    // A headline on what a comrade did names no speaker.
    let text = [
        "某某县召开学习张某同志先进事迹报告会",
        "3月5日，某某县召开报告会，全县500余名干部参加。",
    ]
    .join("\n");
    assert!(report(&text).authors.is_empty());
}

#[test]
fn a_page_opening_on_the_years_review_has_no_stated_title() {
    let text = [
        "2030年工作回顾",
        "2030年，全市检察机关在市委和省检察院的领导下，忠实履行法律监督职责，各项检察工作取得新进展。",
        "一、充分发挥检察职能",
        "全年共受理审查逮捕案件1200件，提起公诉1500件。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(r.title_is_derived, "{}", r.title);
    assert_eq!(headings(&r)[0], "2030年工作回顾");
    // With its place before the year, the line is the report's title.
    let titled = text.replacen("2030年工作回顾", "某某镇2030年工作回顾", 1);
    let r = report(&titled);
    assert!(!r.title_is_derived);
    assert_eq!(r.title, "某某镇2030年工作回顾");
}

#[test]
fn a_sessions_day_in_eight_figures_run_together_dates_the_speech() {
    let text = [
        "政府工作报告",
        "来源: 某某县政府日期:2031-02-12 23:02",
        "——20301026某某镇第二届人民代表大会第一次会议上",
        "各位代表:",
        "现在,我受某某镇第一届人民政府委托,向大会报告政府工作,请予审议。",
        "一、过去六年工作的基本回顾",
        "六年来,某某镇经历了极不平凡的发展历程,全镇生产总值增长到8亿元。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(stated_day(&r).as_deref(), Some("2030-10-26"));
    assert_eq!(headings(&r), ["一、过去六年工作的基本回顾"]);
}

/// A title a print copy hard-wrapped over three lines under a column's
/// name (`关于…` / `…` / `…的报告`) over its delivery line is the whole
/// title, not its last line.
#[test]
fn a_title_hard_wrapped_over_three_lines_is_read_whole() {
    let text = [
        "财政报告",
        "发布日期:[2031-02-18] 浏览",
        "",
        "关于某某县2030年财政",
        "",
        "预算执行情况及2031年财政",
        "",
        "预算草案的报告",
        "",
        "2031年2月20日在某某县第二届人民代表大会第一次会议上",
        "",
        "各位代表：",
        "受县人民政府委托，现将某某县2030年财政预算执行情况及2031年财政预算草案提请各位代表审议。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(
        r.title,
        "关于某某县2030年财政预算执行情况及2031年财政预算草案的报告"
    );
    // A column's name over a headline on one line is set aside as before.
    let one_line = text.replace(
        "关于某某县2030年财政\n\n预算执行情况及2031年财政\n\n",
        "关于某某县2030年财政预算执行情况及2031年财政",
    );
    assert_eq!(report(&one_line).title, r.title);
}

/// A news site's label and colon before a report it reprints (`资料：`)
/// is set aside from the title; a place before a colon is the headline's.
#[test]
fn a_label_and_its_colon_before_a_reprinted_report_leave_the_title() {
    let page = |headline: &str| {
        [
            headline,
            "2031年03月23日 15:27   来源:某某网",
            "",
            "各位代表：",
            "现在，我代表省人民政府，向大会报告工作，请予审议。",
        ]
        .join("\n")
    };
    let r = report(&page("资料：某某省2030年政府工作报告"));
    assert_eq!(r.title, "某某省2030年政府工作报告");
    set_aside(&r, &["资料："]);
    let r = report(&page("某某县：2030年政府工作报告"));
    assert_eq!(r.title, "某某县：2030年政府工作报告");
}

/// The label a meeting sets over each of its papers, with the paper's
/// number, over the report's own title: the meeting's file, no title.
#[test]
fn a_meetings_label_over_its_paper_is_no_title() {
    let text = [
        "发布时间:2031-08-06 22:52",
        "某某旗第十五届人民代表大会第四次会议材料(九)",
        "政府工作报告",
        "——2031年5月19日在某某旗第十五届人民代表大会第四次会议上",
        "各位代表:",
        "现在，我代表旗人民政府向大会报告工作，请予审议。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "政府工作报告");
    set_aside(&r, &["某某旗第十五届人民代表大会第四次会议材料(九)"]);
    // Materials a report names in its title stay its title.
    let named = text.replace("某某旗第十五届人民代表大会第四次会议材料(九)\n", "");
    let named = named.replace(
        "政府工作报告",
        "关于某某旗2030年预算执行情况的报告（书面材料）",
    );
    assert!(report(&named)
        .title
        .starts_with("关于某某旗2030年预算执行情况的报告"));
}
