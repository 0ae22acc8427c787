//! Pages and texts of shapes the sixteenth round of docs/quality-rounds-16-17.md
//! found wanting.

use crate::support::shapes::{
    around_body, headings, report, set_aside, stated_day, web_page, BODY,
};

fn paragraphs(r: &report_clean::Report) -> Vec<String> {
    r.paragraphs().map(String::from).collect()
}

fn county(r: &report_clean::Report) -> Option<String> {
    r.region
        .as_ref()
        .and_then(|r| r.county.as_ref())
        .map(|c| c.name.clone())
}

#[test]
fn a_pdf_copy_in_kangxi_radicals() {
    // ⼯ ⼈ ⼤ ⽉ ⽇ ⼗ ⼆ ⻓ ⺠: the radicals a PDF's font maps its glyphs to.
    let r = report(&around_body(
        &[
            "2024年某某市政府\u{2F2F}作报告",
            "——2024年1\u{2F49}8\u{2F47}在某某市第\u{2F17}五届\u{2F08}\u{2EA0}代表\u{2F24}会第\u{2F06}次会议上",
            "市\u{2ED3} 王 强",
        ],
        &[],
    ));
    assert_eq!(r.title, "2024年某某市政府工作报告");
    assert_eq!(stated_day(&r).as_deref(), Some("2024-01-08"));
    assert_eq!(r.authors, ["王强"]);
}

#[test]
fn words_broken_by_zero_width_marks_and_references_kept_as_written() {
    let r = report(&around_body(
        &[
            "2024年某某市政府工作报告",
            "&mdash;&mdash;2024年1月8日在某某市第十五届人民代表大会第二次会议上",
            "市长&nbsp;王&nbsp;强",
        ],
        &["&ldquo;十四五&rdquo;规划\u{200B}目标任务\u{200B}全面完成。"],
    ));
    assert_eq!(stated_day(&r).as_deref(), Some("2024-01-08"));
    assert_eq!(r.authors, ["王强"]);
    assert!(paragraphs(&r).contains(&"“十四五”规划目标任务全面完成。".to_string()));
    assert!(headings(&r).contains(&"一、2023年工作回顾".to_string()));
}

#[test]
fn an_old_macs_text_of_carriage_returns() {
    let r =
        report(&around_body(&["2001年某某市政府工作报告", "市长 王强"], &[]).replace('\n', "\r"));
    assert_eq!(r.title, "2001年某某市政府工作报告");
    assert_eq!(r.authors, ["王强"]);
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
}

#[test]
fn an_exports_text_cell_of_markup() {
    let body: String = BODY
        .iter()
        .map(|p| format!("<p style=\"\"text-indent:2em\"\">{p}</p>"))
        .collect();
    let csv = format!("标题,正文\n2024年某某市政府工作报告,\"<p>市长 王 强</p>{body}\"\n");
    let reports = crate::support::import_file_as_user("reports.csv", csv.as_bytes());
    let r = &reports[0];
    assert_eq!(r.authors, ["王强"]);
    assert!(!paragraphs(r).iter().any(|p| p.contains('<')));
    assert_eq!(headings(r), ["一、2023年工作回顾", "二、2024年工作安排"]);
}

#[test]
fn a_speakers_name_with_another_dot_and_with_particulars() {
    for (line, name) in [
        ("市长 买买提•艾力", "买买提·艾力"),
        ("市长 买买提・艾力", "买买提·艾力"),
        ("市长 向 红（女，土家族）", "向红"),
        ("团长 刘建军", "刘建军"),
    ] {
        let r = report(&around_body(&["2024年某某市政府工作报告", line], &[]));
        assert_eq!(r.authors, [name], "{line}");
        assert!(
            !headings(&r)
                .iter()
                .any(|h| h.contains("市长") || h.contains("团长")),
            "{line}"
        );
    }
}

#[test]
fn dates_in_figures_alone_and_a_signatures_lunar_day() {
    for (field, want) in [
        ("发布日期：20230115", "2023-01-15"),
        ("发布时间：23-01-15 10:30", "2023-01-15"),
        ("发布日期：15/01/2023", "2023-01-15"),
    ] {
        let r = report(&around_body(
            &[
                "2023年某某市政府工作报告",
                &format!("{field} 来源：某某市人民政府"),
            ],
            &[],
        ));
        assert_eq!(stated_day(&r).as_deref(), Some(want), "{field}");
    }
    let r = report(&around_body(
        &["关于一九八六年某某县人民政府工作的报告"],
        &["某某县人民政府", "一九八六年三月十二日（农历二月初三）"],
    ));
    assert_eq!(stated_day(&r).as_deref(), Some("1986-03-12"));
}

#[test]
fn letters_hidden_inside_a_sentence() {
    let r = web_page(&format!(
        "<html><body><h1>2012年某某县政府工作报告</h1><p>{}</p>\
         <p>过去一年，全县<span style=\"display:none\">ab3x</span>经济运行<font style=\"DISPLAY: none\">奇趣</font>稳中向好。</p></body></html>",
        BODY.join("</p><p>")
    ));
    assert!(paragraphs(&r).contains(&"过去一年，全县经济运行稳中向好。".to_string()));
}

#[test]
fn a_table_of_contents_of_in_page_links_and_a_list_of_downloads() {
    let r = web_page(&format!(
        "<html><body><h1>2024年某某市政府工作报告</h1>\
         <div><p><a href=\"#a1\">一、2023年工作回顾</a></p><p><a href=\"#a2\">二、2024年工作安排</a></p></div>\
         <p>{}</p><div><p>附件下载：</p><p><a href=\"a.docx\">报告全文.docx</a>（56.2KB）下载次数：12</p></div></body></html>",
        BODY.join("</p><p>")
    ));
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
    set_aside(&r, &["附件下载："]);
}

#[test]
fn a_live_reports_stamps_a_gallerys_pager_and_a_lists_pager() {
    let r = report(&around_body(
        &[
            "图文直播：某某市第五届人民代表大会第三次会议开幕",
            "09:05",
            "大会开始，全体起立，奏唱国歌。",
            "2/6 上一张 下一张",
        ],
        &["10:30"],
    ));
    set_aside(&r, &["09:05", "2/6 上一张 下一张", "10:30"]);
    assert!(!headings(&r).iter().any(|h| h.contains(':')));
    let r = web_page(
        "<html><head><title>政府工作报告_某某县人民政府</title></head><body>\
         <ul><li><a href=\"1.html\">2024年某某县政府工作报告</a><span>2024-01-20</span></li>\
         <li><a href=\"2.html\">2023年某某县政府工作报告</a><span>2023-01-18</span></li></ul>\
         <div>共2条 首页 上一页 1 下一页 尾页</div></body></html>",
    );
    assert_ne!(r.title, "共2条 首页 上一页 1 下一页 尾页");
}

#[test]
fn a_document_sites_title_bar_over_the_headline() {
    let r = report(&around_body(
        &[
            "2022年某某县政府工作报告 - 百度文库",
            "2022年某某县政府工作报告",
            "县长 王强",
        ],
        &[],
    ));
    assert_eq!(r.title, "2022年某某县政府工作报告");
    assert_eq!(r.subtitle, None);
    set_aside(&r, &["百度文库"]);
}

#[test]
fn a_word_page_dated_by_its_properties() {
    let r = web_page(
        "<html><head><title>政府工作报告</title><!--[if gte mso 9]><xml><o:DocumentProperties>\
         <o:Created>2018-01-12T02:13:00Z</o:Created></o:DocumentProperties></xml><![endif]--></head>\
         <body><p class=MsoTitle>政府工作报告</p><p>——在某某县第十五届人民代表大会第二次会议上</p>\
         <p>各位代表：</p><p>现在，我代表县人民政府向大会报告工作，请予审议。</p><p>过去一年，全县经济运行稳中向好。</p></body></html>"
    );
    assert_eq!(stated_day(&r).as_deref(), Some("2018-01-12"));
}

#[test]
fn a_new_areas_name_holds_no_county() {
    let r = report(&around_body(&["河北雄安新区2024年工作报告"], &[]));
    assert_ne!(county(&r).as_deref(), Some("安新县"));
}

#[test]
fn a_page_drawn_from_its_data() {
    let body: String = BODY.iter().map(|p| format!("<p>{p}</p>")).collect();
    let data = format!(
        "{{\"props\":{{\"article\":{{\"title\":\"2024年某某市政府工作报告\",\"content\":\"{}\"}}}}}}",
        body.replace('"', "\\\"")
    );
    let r = web_page(&format!(
        "<html><head><title>某某新闻网</title></head><body><div id=\"__next\"></div>\
         <script id=\"__NEXT_DATA__\" type=\"application/json\">{data}</script></body></html>"
    ));
    assert_eq!(r.title, "2024年某某市政府工作报告");
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
}

#[test]
fn a_microblog_accounts_name_over_its_posting_line_is_the_source() {
    let r = report(&around_body(
        &[
            "某某发布",
            "23-1-16 10:30 来自 微博网页版",
            "【2023年某某市政府工作报告全文】",
        ],
        &[],
    ));
    assert_eq!(r.title, "2023年某某市政府工作报告全文");
    assert_eq!(r.source.as_deref(), Some("某某发布"));
    // A source the page states wins over the account.
    let r = report(&around_body(
        &[
            "某某发布",
            "23-1-16 10:30 来自 微博网页版",
            "【2023年某某市政府工作报告全文】",
        ],
        &["来源：某某市融媒体中心"],
    ));
    assert_eq!(r.source.as_deref(), Some("某某市融媒体中心"));
}

#[test]
fn a_bilingual_pages_headline_translation() {
    let r = report(&around_body(
        &[
            "2023年某某市政府工作报告",
            "2023 Yiwu Government Work Report",
            "市长 王健",
        ],
        &[],
    ));
    assert_eq!(r.title, "2023年某某市政府工作报告");
    assert_eq!(r.authors, ["王健"]);
    set_aside(&r, &["2023 Yiwu Government Work Report"]);
}
