//! Titles and front matter of the shapes 89 real report pages showed
//! (docs/quality-real-pages.md, "titles and front matter"): a site's
//! furniture over the report's own title line, a document-sharing site's
//! file facts and notices, a paper's continuation mark, a bracketed label
//! over a part of the page. Made-up text only.

use crate::support::shapes::{
    around_body, first_paragraph, headings, report, set_aside, stated_day, BODY,
};

#[test]
fn a_search_box_over_the_reports_title_gives_way_to_it() {
    let r = report(&around_body(
        &["站内搜索：范文 合同 致辞 心得", "镇长在人代会上工作汇报"],
        &[],
    ));
    assert_eq!(r.title, "镇长在人代会上工作汇报");
    assert!(!r.title_is_derived);
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
    set_aside(&r, &["站内搜索"]);
}

#[test]
fn site_links_over_the_title_and_its_spaced_repeat_give_way_to_the_fuller_name() {
    let r = report(&around_body(
        &[
            "某县天气预报查询公交线路查询",
            "2019年政府工作报告",
            "政府工作报告",
            "（2019年1月8日在某县第十届人民代表大会第三次会议上）",
        ],
        &[],
    ));
    assert_eq!(r.title, "2019年政府工作报告");
    assert_eq!(stated_day(&r).as_deref(), Some("2019-01-08"));
    set_aside(&r, &["天气预报查询"]);
}

#[test]
fn a_sharing_sites_file_facts_and_notices_are_no_title_nor_body() {
    let r = report(&around_body(
        &[
            "• 36.20 KB",
            "• 2024-03-02 发布",
            "某镇2023年工作总结暨2024年工作思路",
            "• 12页",
            "• 当前文档由用户上传发布，收益归属用户",
            "1、本文档由用户上传，本站整理发布，可阅读全部内容。",
            "温馨提示：当前文档最多只能预览3页，请下载原文档以浏览全部内容。",
        ],
        &[],
    ));
    assert_eq!(r.title, "某镇2023年工作总结暨2024年工作思路");
    assert_eq!(stated_day(&r).as_deref(), Some("2024-03-02"));
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
    set_aside(&r, &["36.20 KB", "12页", "用户上传", "温馨提示"]);
}

#[test]
fn a_shared_files_type_and_badge_are_no_part_of_the_title() {
    let r = report(&around_body(
        &[
            "某镇2025年工作总结及2026年工作计划.docxVIP",
            "• 0",
            "• 约4.9千字",
            "• 约 11页",
        ],
        &[],
    ));
    assert_eq!(r.title, "某镇2025年工作总结及2026年工作计划");
    set_aside(&r, &["约4.9千字", "约 11页"]);
}

#[test]
fn a_fanwen_sites_introduction_is_no_paragraph() {
    let r = report(&around_body(
        &[
            "2023年某县政府工作报告",
            "想知道往年的政府工作报告吗？下面小编给大家分享一篇，一起看一下吧！",
        ],
        &[],
    ));
    assert_eq!(r.title, "2023年某县政府工作报告");
    assert!(first_paragraph(&r).starts_with("各位代表"));
    set_aside(&r, &["小编"]);
}

#[test]
fn bracketed_labels_over_the_parts_of_a_page_are_no_subtitle_nor_heading() {
    let text = [
        "某街道2021年工作总结暨2022年工作计划",
        "【概述】",
        "结合当前工作需要，本站会员为你整理了这篇某街道2021年工作总结暨2022年工作计划范文，希望能给你参考。",
        "【正文】",
    ];
    let r = report(&around_body(&text, &[]));
    assert_eq!(r.subtitle, None);
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
    set_aside(&r, &["【概述】", "【正文】", "本站会员"]);
}

#[test]
fn a_papers_mark_that_the_text_goes_on_from_another_page_is_set_aside() {
    let r = report(&format!(
        "某市政府工作报告\n（紧接第3版）加快重大公共文化项目建设，健全文化遗产保护体系，推动文化事业和文化产业繁荣发展。\n{}",
        BODY[2..].join("\n")
    ));
    assert!(first_paragraph(&r).starts_with("加快重大公共文化项目建设"));
    set_aside(&r, &["紧接第3版"]);
}

#[test]
fn a_site_named_after_a_posting_lines_time_is_the_source() {
    let r = report(&around_body(
        &[
            "某镇政府工作报告",
            "2023-04-25 15:10:15   某某文档网     [ 字体: ] [ 阅读: ] [ 文档下载 ]",
            "说明：文章内容仅供预览，部分内容可能不全。下载后的文档与下面显示的完全一致。",
        ],
        &[],
    ));
    assert_eq!(r.source.as_deref(), Some("某某文档网"));
    set_aside(&r, &["仅供预览"]);
}

#[test]
fn the_title_less_its_note_in_brackets_is_no_heading() {
    let r = report(&around_body(
        &[
            "2022年某县政府工作报告（全文12345字）",
            "2022年某县政府工作报告",
        ],
        &[],
    ));
    assert_eq!(r.title, "2022年某县政府工作报告（全文12345字）");
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
}

#[test]
fn a_sites_category_glued_to_a_title_over_the_headline_is_set_aside() {
    let r = report(&around_body(
        &[
            "某开发区年度述职报告述职报告范文大全",
            "某开发区年度述职报告",
        ],
        &[],
    ));
    assert_eq!(r.title, "某开发区年度述职报告");
    set_aside(&r, &["范文大全"]);
}

#[test]
fn a_breadcrumb_set_as_a_numbered_list_is_no_salutation() {
    let r = report(&around_body(
        &[
            "1. 当前位置:",
            "  2. 首页 > 政务公开 > 某县人民政府 > 政府工作报告",
            "  3. > 正文",
            "",
            "2023年某县政府工作报告",
            "",
            "索  引  号 K00000000/2023-00001 主题分类",
            "发布机构 某县人民政府 发布日期 2023-01-31 18:42",
        ],
        &[],
    ));
    assert_eq!(r.title, "2023年某县政府工作报告");
    assert!(first_paragraph(&r).starts_with("各位代表"));
    set_aside(&r, &["当前位置", "> 正文"]);
}

#[test]
fn a_journal_indexs_label_and_text_mark_are_no_title_nor_text() {
    let r = report(&format!("摘要\n<正>{}\n{}", BODY[0], BODY[1..].join("\n")));
    assert_ne!(r.title, "摘要");
    assert!(first_paragraph(&r).starts_with("各位代表"));
    set_aside(&r, &["<正>"]);
}

#[test]
fn a_skip_link_and_a_rule_of_asterisks_are_no_title_nor_subtitle() {
    let r = report(&around_body(
        &[
            "跳至主要內容",
            "行政长官发表2021年施政报告全文",
            "****************",
        ],
        &[],
    ));
    assert_eq!(r.title, "行政长官发表2021年施政报告全文");
    assert_eq!(r.subtitle, None);
    set_aside(&r, &["跳至主要內容", "****"]);
}

#[test]
fn a_reports_own_words_that_hold_a_sites_subject_or_a_bracket_or_an_arrow_stay_the_reports() {
    // 公文档案, 基本文化, 示范文明 hold 文档, 本文, 范文 inside a word of the
    // report's matter; a bracketed or bulleted part's name after prose is a
    // heading, no page label or path.
    let text = around_body(&[], &[]).replace(
        "二、2024年工作安排",
        "推进机关公文档案数字化，整理馆藏档案1.2万卷。\n保障群众基本文化权益，全县数字资源下载量增长30%。\n新增市级示范文明村镇12个，整理农村人居环境问题1500个。\n【稳增长】\n城镇新增就业3200人。\n› 惠民生\n城乡居民人均可支配收入增长6%。\n二、2024年工作安排",
    );
    let r = report(&format!("某某县政府工作报告\n{text}"));
    for kept in ["推进机关公文档案", "保障群众基本文化", "新增市级示范文明"]
    {
        assert!(r.paragraphs().any(|p| p.starts_with(kept)), "{kept}");
    }
    let heads = headings(&r);
    assert!(heads.iter().any(|h| h.contains("【稳增长】")), "{heads:?}");
    assert!(heads.iter().any(|h| h.contains("› 惠民生")), "{heads:?}");
}
