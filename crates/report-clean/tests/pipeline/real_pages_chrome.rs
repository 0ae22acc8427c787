//! Furniture the twenty-first round found still in the body, the headings
//! or the title of 89 real report pages (docs/quality-real-pages.md,
//! "Real pages, round 21: furniture"): a wiki's edit links and box of
//! fields, an archive's address line, a contents list with no page
//! numbers, a sharing site's numbered pages, a yearbook's volume named
//! again over a bulleted header, a heading under a lead on its colon.
//! Made-up text only.

use crate::support::shapes::{
    around_body, first_paragraph, headings, report, set_aside, stated_day,
};

#[test]
fn a_wiki_page_with_its_box_and_edit_links() {
    let r = report(
        "1990年某县人民政府工作报告\n\
         过去的一年，全县经济平稳运行，各项事业取得新进展。\n\
         基本信息\n\
         - 中文名：1990年某县人民政府工作报告\n\
         - 报告单位：某县人民政府\n\
         - 报告时间：1990年3月2日\n\
         一、1989年工作回顾[编辑]\n\
         过去的一年，全县经济平稳运行，粮食总产量增长百分之五。\n\
         二、1990年工作安排[编辑]\n\
         今年全县工作的总要求是稳定经济，深化改革。\n",
    );
    assert_eq!(r.title, "1990年某县人民政府工作报告");
    assert_eq!(headings(&r), ["一、1989年工作回顾", "二、1990年工作安排"]);
    set_aside(&r, &["中文名", "报告时间", "基本信息"]);
}

#[test]
fn an_archives_address_under_the_header_run_into_one_line() {
    let r = report(&around_body(
        &[
            "政府工作报告（摘要）--2001年2月20日在某市第十二届人民代表大会第三次会议上",
            "Original URL: http://lib.example.cn/bin/read.exe?rec=3&run=13",
            "某市市长 王某某",
        ],
        &[],
    ));
    assert_eq!(r.title, "政府工作报告（摘要）");
    assert_eq!(stated_day(&r).as_deref(), Some("2001-02-20"));
    assert_eq!(r.authors, ["王某某"]);
    set_aside(&r, &["Original URL"]);
}

#[test]
fn a_contents_list_without_page_numbers_over_the_report() {
    let r = report(&around_body(
        &[
            "目录",
            "第一部分 报告",
            "第二部分 预算表格",
            "一、全县一般公共预算收支执行情况表",
            "二、全县政府性基金预算收支执行情况表",
            "第三部分 情况说明",
            "第一部分 报告",
            "关于某县2023年预算执行情况和2024年预算草案的报告",
            "——2024年1月8日在某县第九届人民代表大会第三次会议上",
            "某县财政局",
        ],
        &[],
    ));
    assert_eq!(r.title, "关于某县2023年预算执行情况和2024年预算草案的报告");
    assert_eq!(stated_day(&r).as_deref(), Some("2024-01-08"));
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
    set_aside(&r, &["预算表格", "情况说明"]);
}

#[test]
fn a_sharing_sites_pages_numbered_one_a_line() {
    let prose = "全镇上下坚持稳中求进，扎实推进各项工作，经济社会保持平稳发展。".repeat(8);
    let r = report(&format!(
        "1、某镇2023年工作总结 2023年是全面贯彻党的二十大精神的开局之年。{prose}全年完成固定资产投\n\
         2、资三亿元，增长百分之九。{prose}\n"
    ));
    assert!(
        first_paragraph(&r).starts_with("某镇2023年工作总结")
            || r.title.starts_with("某镇2023年工作总结"),
        "{}",
        r.title
    );
    assert!(r.paragraphs().any(|p| p.contains("固定资产投资三亿元")));
    assert!(!r.paragraphs().any(|p| p.contains("2、")));
}

#[test]
fn a_yearbooks_volume_named_again_over_its_bulleted_header() {
    let r = report(&around_body(
        &[
            "当前位置：某某区情网 / 数字史志 / 年鉴 / 某某年鉴 / 2002卷 / 特载",
            "2002卷",
            "• 政府工作报告",
            "• ——2001年2月16日在某某自治区第九届人民代表大会第四次会议上",
            "自治区主席 某某某",
        ],
        &[],
    ));
    assert_eq!(r.title, "政府工作报告");
    assert_eq!(stated_day(&r).as_deref(), Some("2001-02-16"));
    set_aside(&r, &["2002卷"]);
    // A column named as the report is, over the report's own title.
    let r = report(&around_body(
        &[
            "当前位置：首页 > 政务公开 > 政府工作报告",
            "政府工作报告",
            "——2024年1月8日在某市第九届人民代表大会第三次会议上",
        ],
        &[],
    ));
    assert_eq!(r.title, "政府工作报告");
}

#[test]
fn a_heading_set_apart_under_a_news_pages_lead() {
    let r = report(
        "2023年政府工作报告（实录）\n2023-03-13\n\n以下为直播实录：\n\n\
         过去一年的主要工作\n\n\
         过去一年，我国经济发展遇到多重超预期因素冲击，国内生产总值增长3%。\n\n\
         今年发展的主要预期目标\n\n\
         国内生产总值增长5%左右，城镇新增就业1200万人左右。\n",
    );
    assert_eq!(
        headings(&r),
        ["过去一年的主要工作", "今年发展的主要预期目标"]
    );
    assert_eq!(first_paragraph(&r), "以下为直播实录：");
}
