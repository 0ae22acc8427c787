//! Made-up pages of the shapes the eighth look at real report pages
//! (pages26, docs/quality-real-pages.md) found read wrong.

use crate::support::shapes::{
    first_paragraph, headings, region_path, report, set_aside, stated_day,
};

#[test]
fn a_session_named_under_the_headline_dates_the_speech_over_a_day_alone_above_it() {
    // An e-paper's day stands alone over the headline; the delivery line
    // under it names the session the report was given at.
    let text = [
        "《某某日报》 《某某日报藏文版》 《某某商报》",
        "2030年02月16日",
        "某某自治区2029年国民经济和社会发展计划执行情况与2030年计划草案报告",
        "——2030年1月7日在自治区第十一届人民代表大会第三次会议上",
        "某某自治区发展和改革委员会",
        "各位代表：",
        "受自治区人民政府委托，现将2029年计划执行情况与2030年计划草案提请大会审议。",
    ]
    .join("\n");
    assert_eq!(stated_day(&report(&text)).as_deref(), Some("2030-01-07"));
    // A day alone under the headline, no session named, still dates it.
    let text = [
        "政府工作报告",
        "——在某某镇第六届人民代表大会第七次会议上",
        "张某某",
        "2030年6月19日",
        "各位代表：",
        "现在，我代表镇人民政府向大会报告工作，请予审议。",
    ]
    .join("\n");
    assert_eq!(stated_day(&report(&text)).as_deref(), Some("2030-06-19"));
}

#[test]
fn a_source_label_whose_value_is_the_next_controls_label_names_no_source() {
    let text = [
        "某某镇2029年政府工作报告",
        "发布日期:2030-03-07 00:00 来源: 分享到:",
        "各位代表:",
        "现在,我代表镇人民政府向大会报告工作,请予审议,并请各位列席人员提出意见。",
    ]
    .join("\n");
    assert_eq!(report(&text).source, None);
    // The source's name ends at the bar before the next field.
    let text = [
        "2030年某某县人民政府工作报告",
        "#2030年某某县人民政府工作报告 | 来源: 某某日报| 查看: 265",
        "各位代表:",
        "现在,我代表县人民政府向大会报告工作,请予审议。",
    ]
    .join("\n");
    assert_eq!(report(&text).source.as_deref(), Some("某某日报"));
}

#[test]
fn a_breadcrumb_broken_after_its_home_page_and_a_grid_in_brackets_are_chrome() {
    let crumbs = "> 政务公开 > 信息公开目录 > 开发区(某某街道) > 计划总结";
    let text = [
        "首页>",
        crumbs,
        "某某开发区(某某街道)2030年工作总结",
        "一、2030年工作总结",
        "2030年,在市委市政府的坚强领导下,开发区聚焦主导产业,全年完成规上工业总产值77.3亿元,同比增长4.2%。",
    ]
    .join("\n");
    let r = report(&text);
    set_aside(&r, &[crumbs]);
    assert_eq!(r.title, "某某开发区(某某街道)2030年工作总结");
    let grid = "[ 索引号 ]115002297/2031-00004 [ 发文字号 ] [ 发布机构 ]某某县财政局 [ 主题分类 ]财政 [ 成文日期 ]2031-01-20 [ 发布日期 ]2031-01-20 [ 体裁分类 ]预算、决算";
    let text = [
        grid,
        "某某县2030年财政预算执行情况和2031年财政预算草案的报告",
        "各位代表:",
        "受县人民政府委托,现将预算执行情况和预算草案提请大会审查。",
    ]
    .join("\n");
    let r = report(&text);
    set_aside(&r, &[grid]);
    assert_eq!(
        r.title,
        "某某县2030年财政预算执行情况和2031年财政预算草案的报告"
    );
    // Two tags in brackets before a headline are its tags, no grid.
    let text = [
        "[视频][全文]某某县2030年政府工作报告",
        "各位代表:",
        "现在,我代表县人民政府向大会报告工作,请予审议。",
    ]
    .join("\n");
    assert!(report(&text).title.contains("某某县2030年政府工作报告"));
}

#[test]
fn a_toolbars_script_switch_is_no_headline() {
    let text = [
        "• 微信",
        "• 微博",
        "• 繁体字",
        "某某街道2030年工作总结",
        "在区委、区政府的正确领导下,某某街道较好地完成了各项任务,全街道经济社会各项事业取得较快发展。",
    ]
    .join("\n");
    let r = report(&text);
    set_aside(&r, &["• 繁体字"]);
    assert_eq!(r.title, "某某街道2030年工作总结");
}

#[test]
fn a_delivery_line_broken_before_its_assembly_names_the_place() {
    // The place the session met in, on the first line of a delivery line a
    // copy broke; the body only says the district's short name.
    let text = [
        "政 府 工 作 报 告",
        "——2030年1月14日在蚌埠市龙子湖区",
        "第五届人民代表大会第六次会议上",
        "各位代表:",
        "现在,我代表区人民政府,向大会报告工作,请予审议。",
        "一、2029年工作回顾",
        "过去一年,全区上下攻坚克难,地区生产总值增长6%,一般公共预算收入增长4%。",
    ]
    .join("\n");
    assert_eq!(
        region_path(&report(&text)),
        ["安徽省", "蚌埠市", "龙子湖区"]
    );
}

#[test]
fn a_field_the_page_left_empty_is_set_aside_over_the_speaker_and_the_text() {
    // A label and its colon alone, over the speaker's line: no salutation.
    let text = [
        "2030年政府工作报告",
        "访问量:",
        "关联稿件:",
        "县长  张某某",
        "各位代表:",
        "现在,我代表县人民政府,向大会作政府工作报告,请予审议,并请县政协委员和列席会议的同志提出宝贵意见。",
    ]
    .join("\n");
    let r = report(&text);
    set_aside(&r, &["关联稿件:"]);
    assert_eq!(r.authors, ["张某某"]);
    assert!(first_paragraph(&r).starts_with("各位代表:"));
    // A yearbook's grid of bulleted fields the copy left empty.
    let text = [
        "某某市人民政府",
        "来源:某某网  发布日期: 2031-04-29 13:49:00",
        "  • 信息类别:",
        "  • 文件编号:",
        "  • 公开时限:",
        "2030年,是某某市实施赶超发展战略的第一年。全年实现国内生产总值830亿元,比上年增长14.5%。",
    ]
    .join("\n");
    let r = report(&text);
    set_aside(&r, &["• 信息类别:", "• 公开时限:"]);
    assert!(first_paragraph(&r).starts_with("2030年,是某某市"));
    // A salutation stays the speech's, over its translation or its other
    // addressees.
    for under in ["Fellow Deputies,", "同志们:"] {
        let text = [
            "政府工作报告",
            "各位代表:",
            under,
            "现在,我代表市人民政府,向大会报告政府工作,请予审议,并请市政协委员提出意见。",
        ]
        .join("\n");
        assert!(
            first_paragraph(&report(&text)).starts_with("各位代表:"),
            "{under}"
        );
    }
}

#[test]
fn a_line_naming_the_assembly_a_report_was_given_at_is_its_delivery_line() {
    let session = "在某某镇第十七届人民代表大会第五次会议上的报告";
    let text = [
        "2030年某某镇人民政府工作报告",
        "某某镇人民政府镇长 张某某",
        session,
        "各位代表:",
        "现在,我代表某某镇人民政府,向大会报告政府工作,请予审议。",
        "一、2029年工作回顾",
        "一年来,全镇地区生产总值16.8亿元,同比增长6.2%。",
    ]
    .join("\n");
    let r = report(&text);
    set_aside(&r, &[session]);
    assert!(!headings(&r).iter().any(|h| h == session));
    // A speech's title naming another meeting stays the title.
    let text = [
        "在全县经济工作会议上的报告",
        "同志们:",
        "今天召开全县经济工作会议,主要任务是总结去年工作,部署今年任务。",
    ]
    .join("\n");
    assert_eq!(report(&text).title, "在全县经济工作会议上的报告");
}

#[test]
fn a_wikis_link_to_the_years_report_before_is_set_aside_from_the_headline() {
    let text = [
        "2029年某某省政府工作报告 2030年某某省人民政府工作报告",
        "2030年1月10日",
        "2031年某某省政府工作报告",
        "2030年1月10日在某某省第八届人民代表大会第二次会议上 省长张某某",
        "各位代表:",
        "现在,我代表省人民政府向大会作政府工作报告,请予审议。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "2030年某某省人民政府工作报告");
    set_aside(&r, &["2029年某某省政府工作报告"]);
    // Two reports of one year, or the later first, are no such link.
    for title in [
        "2030年某某县政府工作报告 2030年某某县预算报告",
        "2031年某某县政府工作报告 2030年某某县政府工作报告",
    ] {
        let text = [
            title,
            "各位代表:",
            "现在,我代表县人民政府向大会作政府工作报告,请予审议。",
        ]
        .join("\n");
        assert_eq!(report(&text).title, title);
    }
}

#[test]
fn a_title_on_a_matter_cut_before_it_closes_goes_on_with_its_close() {
    let text = [
        "关于某某自治县2030年预算执行",
        "情况和2031年预算草案的报告",
        "一、2030年预算执行情况",
        "全县一般公共预算收入完成26.06亿元,增长17.6%,其中税收收入12.25亿元,增长4.7%。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(
        r.title,
        "关于某某自治县2030年预算执行情况和2031年预算草案的报告"
    );
    assert_eq!(headings(&r), ["一、2030年预算执行情况"]);
    // A whole title stays whole over the line under it.
    let text = [
        "关于某某县2030年预算执行情况的报告",
        "某某县财政局局长的报告",
        "各位代表:",
        "受县人民政府委托,现将预算执行情况提请大会审查。",
    ]
    .join("\n");
    assert_eq!(report(&text).title, "关于某某县2030年预算执行情况的报告");
}

// The review of round 26: shapes its rules must leave alone.

#[test]
fn a_titles_notice_or_resolution_is_whole_over_the_report_it_names() {
    // `关于…的通知` and `关于…的决议` close on their kind: no cut title.
    for (first, second) in [
        (
            "关于印发某某县2030年政府工作报告的通知",
            "某某县2030年政府工作报告",
        ),
        ("关于政府工作报告的决议", "某某县政府工作报告"),
    ] {
        let text = [
            first,
            second,
            "各位代表:",
            "现在,我代表县人民政府向大会报告工作,请予审议。",
        ]
        .join("\n");
        let title = report(&text).title;
        assert!(!title.contains(&format!("{first}{second}")), "{title}");
    }
    // A plan's name is no kind that closes: its matter goes on.
    let text = [
        "关于某某县2030年国民经济和社会发展计划",
        "执行情况与2031年计划草案的报告",
        "一、2030年计划执行情况",
        "全县地区生产总值增长6.5%,一般公共预算收入增长7.1%。",
    ]
    .join("\n");
    assert_eq!(
        report(&text).title,
        "关于某某县2030年国民经济和社会发展计划执行情况与2031年计划草案的报告"
    );
}

#[test]
fn a_summary_and_a_plan_side_by_side_are_no_wikis_link() {
    // Two papers of a 范文 site, a year apart, are no link to the year
    // before: their kinds differ.
    for title in [
        "2030年工作总结 2031年工作计划",
        "2030年述职述廉报告 2031年工作计划",
    ] {
        let text = [
            title,
            "各位同事:",
            "过去一年,全县生产总值完成120亿元,增长6.5%。",
        ]
        .join("\n");
        assert_eq!(report(&text).title, title);
    }
}

#[test]
fn a_salutation_over_an_unnumbered_heading_is_the_speechs() {
    let text = [
        "在全镇2030年工作会议上的讲话",
        "镇党委书记 李某某",
        "同志们:",
        "经济运行稳中向好",
        "今年以来,全镇生产总值完成12亿元,增长6.5%。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        first_paragraph(&r).starts_with("同志们:"),
        "{:?}",
        first_paragraph(&r)
    );
}

#[test]
fn a_headlines_tags_run_together_are_no_grid_row() {
    let text = [
        "[视频][图文][全文]某某县2030年政府工作报告",
        "各位代表:",
        "现在,我代表县人民政府向大会报告工作,请予审议。",
    ]
    .join("\n");
    assert!(report(&text).title.contains("某某县2030年政府工作报告"));
}
