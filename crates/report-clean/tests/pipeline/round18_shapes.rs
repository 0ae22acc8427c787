//! Pages and texts of shapes the eighteenth round of docs/quality-rounds-18-19.md
//! found wanting.

use crate::support::shapes::{
    around_body, headings, region_path, report, set_aside, stated_day, web_page,
};
use report_clean::import::{import_file, KnownReports, Rejection};

#[test]
fn a_delivery_line_with_the_era_written_before_its_year() {
    let r = report(&around_body(
        &[
            "政府工作报告",
            "——公元二〇〇五年一月十八日在岳西县第十四届人民代表大会第三次会议上",
            "县长 储 诚",
        ],
        &[],
    ));
    let date = r.date.as_ref().expect("a date");
    assert_eq!((date.value.as_str(), date.inferred), ("2005-01-18", false));
    assert_eq!(r.authors, ["储诚"]);
    assert_eq!(region_path(&r), ["安徽省", "安庆市", "岳西县"]);
}

#[test]
fn a_delivery_line_dated_by_the_lunar_calendar_gives_its_year() {
    let r = report(&around_body(
        &[
            "政府工作报告",
            "——2019年农历腊月十八在尖扎县第十七届人民代表大会第四次会议上",
            "县长 才 让",
        ],
        &[],
    ));
    let date = r.date.as_ref().expect("a date");
    assert_eq!((date.value.as_str(), date.inferred), ("2019", false));
    assert_eq!(r.authors, ["才让"]);
    assert!(r.headings().all(|h| !h.contains("农历")));
}

#[test]
fn a_papers_continuation_marks_between_and_inside_lines() {
    let text = around_body(&["2020年临沧市政府工作报告", "市长 杨 洋"], &[]).replace(
        "过去一年，全市地区生产总值完成358.6亿元，增长6.2%。",
        "过去一年，全市上下坚持稳中求进，（下转第三版）\n（上接第一版）地区生产总值完成358.6亿元，增长6.2%。\n（下转第4版）\n（上接第3版）",
    );
    let r = report(&text);
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
    assert!(r
        .paragraphs()
        .any(|p| p == "过去一年，全市上下坚持稳中求进，地区生产总值完成358.6亿元，增长6.2%。"));
    assert_eq!(
        r.noise.iter().filter(|n| n.text.contains("版）")).count(),
        4
    );
}

#[test]
fn the_list_of_attached_documents_and_an_appended_glossary_end_no_body() {
    for tail in [
        &[
            "附件：1.2024年县政府重点民生实事",
            "2.2024年重点项目投资计划表",
        ][..],
        &[
            "附：名词解释",
            "1.新质生产力：是创新起主导作用的先进生产力质态。",
        ][..],
    ] {
        let r = report(&around_body(
            &["2024年通道县政府工作报告", "县长 杨 军"],
            tail,
        ));
        set_aside(&r, tail);
        assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
    }
}

#[test]
fn a_pages_attachments_label_over_the_links_it_set_aside() {
    let body: String = crate::support::shapes::BODY
        .iter()
        .map(|p| format!("<p>{p}</p>"))
        .collect();
    let r = web_page(&format!(
        "<html><head><title>2023年和田市政府工作报告</title></head><body>\
         <h1>2023年和田市政府工作报告</h1>{body}<div class=\"fj\"><p>附件：</p>\
         <p><a href=\"f1.docx\">1.2023年和田市民生实事项目表.docx</a></p>\
         <p><a href=\"f2.pdf\">2.2023年和田市重点项目清单.pdf</a></p></div></body></html>"
    ));
    set_aside(&r, &["附件："]);
}

#[test]
fn notes_numbered_in_square_brackets_under_their_label() {
    let tail = [
        "注释",
        "[1]“两重”建设：指国家重大战略实施和重点领域安全能力建设。",
        "[2]“三大工程”：指保障性住房建设、城中村改造。",
    ];
    let r = report(&around_body(&["2024年某某市政府工作报告"], &tail));
    set_aside(&r, &tail);
}

#[test]
fn a_headline_set_in_a_picture_named_by_its_alternative_text() {
    let body: String = crate::support::shapes::BODY
        .iter()
        .map(|p| format!("<p>{p}</p>"))
        .collect();
    let r = web_page(&format!(
        "<html><head><title>工作报告</title></head><body>\
         <div class=\"title\"><img src=\"t.png\" alt=\"2025年景洪市政府工作报告\"></div>\
         <p>——2025年1月10日在景洪市第十五届人民代表大会第五次会议上</p>{body}</body></html>"
    ));
    assert_eq!(
        (r.title.as_str(), r.title_is_derived),
        ("2025年景洪市政府工作报告", false)
    );
}

#[test]
fn a_sheet_saved_as_tab_separated_text() {
    let body = crate::support::shapes::BODY.join(" ");
    for name in ["sheet.csv", "sheet.tsv"] {
        let sheet = format!("title\tdate\ttext\n2019年永修县政府工作报告\t2019-01-11\t{body}\n");
        let file = import_file(name, sheet.as_bytes(), &mut KnownReports::default(), 0)
            .result
            .expect("the sheet imports");
        let r = &file.reports[0];
        assert_eq!(r.title, "2019年永修县政府工作报告", "{name}");
        assert_eq!(stated_day(r).as_deref(), Some("2019-01-11"), "{name}");
    }
}

#[test]
fn a_transcripts_applause_is_no_part_of_the_speech() {
    let text = around_body(&["2025年荆门市政府工作报告", "市长 王 强"], &[])
        .replace("增长6.2%。", "增长6.2%。（掌声）")
        + "（热烈掌声）";
    let r = report(&text);
    set_aside(&r, &["（掌声）", "（热烈掌声）"]);
    assert!(r
        .paragraphs()
        .any(|p| p == "过去一年，全市地区生产总值完成358.6亿元，增长6.2%。"));
}

#[test]
fn a_year_alone_in_brackets_under_the_title() {
    let r = report(&around_body(
        &["长子县人民政府工作报告", "（2019年）", "县长 李 军"],
        &[],
    ));
    let date = r.date.as_ref().expect("a date");
    assert_eq!((date.value.as_str(), date.inferred), ("2019", false));
    assert_eq!(r.authors, ["李军"]);
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
}

#[test]
fn the_speakers_line_set_over_the_headline() {
    let r = report(&around_body(
        &[
            "市长 刘 军",
            "2016年海城市政府工作报告",
            "——2016年1月6日在海城市第十七届人民代表大会第五次会议上",
        ],
        &[],
    ));
    assert_eq!(r.title, "2016年海城市政府工作报告");
    assert_eq!(r.authors, ["刘军"]);
}

#[test]
fn a_columns_index_of_undated_links_is_refused() {
    let page = "<html><head><title>政府工作报告_定襄县人民政府</title></head><body>\
        <div class=\"crumb\">当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div><ul class=\"list\">\
        <li><a href=\"1.html\">2024年定襄县政府工作报告</a></li><li><a href=\"2.html\">2023年定襄县政府工作报告</a></li>\
        <li><a href=\"3.html\">2022年定襄县政府工作报告</a></li><li><a href=\"4.html\">2021年定襄县政府工作报告</a></li></ul>\
        <div class=\"pager\">共4条 首页 上一页 1 下一页 尾页</div></body></html>";
    let refused = import_file(
        "index.html",
        page.as_bytes(),
        &mut KnownReports::default(),
        0,
    )
    .result
    .err();
    assert_eq!(refused, Some(Rejection::ListOfLinks { count: 4 }));
}
