//! Pages of shapes the first two rounds lacked (the third round of
//! docs/quality.md): what the header zone and the page's chrome say when
//! a menu, a posting line, letter spacing, a month-only date, a table of
//! contents or only the site's footer carries it.

use crate::support::shapes::{report, set_aside, web_page, PROSE};
use report_clean::{NoiseKind, Report};

/// The region's names as `[province, city, county, township]`.
fn region_path(r: &Report) -> [Option<String>; 4] {
    let region = r.region.as_ref().expect("a region");
    [
        &region.province,
        &region.city,
        &region.county,
        &region.township,
    ]
    .map(|d| d.as_ref().map(|d| d.name.clone()))
}

#[test]
fn a_text_copy_whose_menu_stands_on_one_line_above_a_bare_title() {
    let r = report(&format!(
        "首页 | 政府信息 | 政务动态 | 办事指南\n\
         政府工作报告\n\
         (2005年2月25日在鞍山市第十三届人民代表大会第三次会议上)\n\
         市长  张杰辉\n\
         各位代表：\n{PROSE}\n\
         一、2004年工作回顾\n{PROSE}\n\
         发布日期：2005-3-2  浏览次数：2398\n\
         Copyright 2005 鞍山市人民政府 版权所有\n"
    ));
    assert_eq!(r.title, "政府工作报告");
    assert_eq!(r.date.as_ref().unwrap().value, "2005-02-25");
    assert_eq!(r.headings().collect::<Vec<_>>(), ["一、2004年工作回顾"]);
    set_aside(&r, &["政务动态", "Copyright"]);
}

#[test]
fn a_messaging_app_post_with_its_posting_line_above_an_exclaimed_headline() {
    let r = report(&format!(
        "原创 某某发布 某某发布 2024-01-08 18:30 发表于北京\n\
         点击蓝字 关注我们\n\
         重磅！2024年某某区政府工作报告全文来了\n\
         ——2024年1月5日在某某区第十七届人民代表大会第四次会议上\n\
         某某区人民政府区长 文献\n\
         各位代表：\n{PROSE}\n\
         一、2023年工作回顾\n{PROSE}\n\
         来源：某某区政府办\n编辑：李明\n阅读原文\n分享 收藏 点赞 在看\n"
    ));
    // The callout is the post's, set aside as a tag (tests/account_posts.rs).
    assert_eq!(r.title, "2024年某某区政府工作报告全文来了");
    assert!(!r.title_is_derived);
    let date = r.date.as_ref().unwrap();
    assert!(
        ["2024-01-08", "2024-01-05"].contains(&date.value.as_str()),
        "{date:?}"
    );
    assert!(!date.inferred);
    assert_eq!(r.headings().collect::<Vec<_>>(), ["一、2023年工作回顾"]);
    assert!(r.paragraphs().next().unwrap().starts_with("各位代表"));
    set_aside(&r, &["发表于", "关注我们", "人民代表大会", "阅读原文"]);
}

#[test]
fn a_title_set_letter_spaced_as_a_pdf_gives_it() {
    let r = report(&format!(
        "政 府 工 作 报 告\n\
         ——2019年1月15日在宜昌市第七届人民代表大会第四次会议上\n\
         宜昌市人民政府市长  马 旭 明\n\
         各位代表：\n{PROSE}\n\
         一、2018年工作回顾\n{PROSE}\n— 1 —\n"
    ));
    assert_eq!(r.title, "政府工作报告");
    assert!(r
        .noise
        .iter()
        .any(|n| n.kind == NoiseKind::Byline && n.text.contains("马旭明")));
    assert_eq!(r.headings().collect::<Vec<_>>(), ["一、2018年工作回顾"]);
}

#[test]
fn a_speech_dated_to_its_month_only() {
    let r = report(&format!(
        "罗湖区人民政府2021年工作报告\n（2021年1月）\n各位代表：\n{PROSE}\n\
         一、“十三五”时期和2020年工作回顾\n{PROSE}\n"
    ));
    let date = r.date.as_ref().unwrap();
    assert_eq!((date.value.as_str(), date.inferred), ("2021-01", false));
    assert_eq!(
        r.headings().collect::<Vec<_>>(),
        ["一、“十三五”时期和2020年工作回顾"]
    );
}

#[test]
fn a_township_report_on_its_county_site_takes_the_county_from_the_footer() {
    let html = format!(
        r#"<html><head><meta charset="utf-8"><title>某某县人民政府</title></head><body>
        <table><tr><td>网站首页 | 政务公开 | 镇街动态 | 公众参与</td></tr>
        <tr><td class="title"><b>澄潭街道2023年政府工作报告</b></td></tr>
        <tr><td>信息来源：澄潭街道办事处　发布日期：2023年02月15日　点击数：1203</td></tr>
        <tr><td><p>各位代表：</p><p>{PROSE}</p><p><b>一、2022年工作回顾</b></p><p>{PROSE}</p></td></tr>
        <tr><td>版权所有：新昌县人民政府　主办：新昌县人民政府办公室<br>浙ICP备05012345号</td></tr>
        </table></body></html>"#
    );
    let r = web_page(&html);
    assert_eq!(r.title, "澄潭街道2023年政府工作报告");
    assert_eq!(
        region_path(&r),
        [
            Some("浙江省".to_string()),
            Some("绍兴市".to_string()),
            Some("新昌县".to_string()),
            Some("澄潭街道".to_string())
        ]
    );
    set_aside(&r, &["镇街动态", "版权所有"]);
}

#[test]
fn a_report_naming_its_own_place_is_not_moved_by_the_site_that_carries_it() {
    let r = report(&format!(
        "2024年某某市政府工作报告\n\
         ——2024年1月10日在潍坊市第十八届人民代表大会第三次会议上\n\
         潍坊市人民政府市长 某某\n各位代表：\n{PROSE}\n\
         一、2023年工作回顾\n{PROSE}\n\
         版权所有：临朐县人民政府\n"
    ));
    assert_eq!(region_path(&r)[1].as_deref(), Some("潍坊市"));
    assert_eq!(region_path(&r)[2], None);
}

#[test]
fn a_copy_with_its_table_of_contents_before_the_speech() {
    let r = report(&format!(
        "政府工作报告\n目  录\n\
         一、2022年工作回顾……………………1\n\
         二、2023年工作安排……………………5\n\
         ——2023年1月10日在某某县第十八届人民代表大会第二次会议上\n\
         各位代表：\n{PROSE}\n一、2022年工作回顾\n{PROSE}\n二、2023年工作安排\n{PROSE}\n"
    ));
    assert_eq!(r.title, "政府工作报告");
    let date = r.date.as_ref().unwrap();
    assert_eq!((date.value.as_str(), date.inferred), ("2023-01-10", false));
    assert_eq!(
        r.headings().collect::<Vec<_>>(),
        ["一、2022年工作回顾", "二、2023年工作安排"]
    );
    assert!(r.paragraphs().next().unwrap().starts_with("各位代表"));
    set_aside(&r, &["目 录", "……………………1"]);
}

// The fourth round: a township's disclosure grid, and a district whose
// name four cities share.

#[test]
fn a_township_report_under_a_disclosure_grid_with_spaced_labels() {
    let r = report(&format!(
        "首页 > 信息公开 > 法定主动公开内容 > 规划计划\n\
         索引号：11410900MB123456X/2024-00012    主题分类：综合政务\n\
         发文机关：大营镇人民政府    成文日期：2024年02月20日\n\
         标    题：大营镇2024年政府工作报告\n\
         发布日期：2024年02月26日\n\n\
         政 府 工 作 报 告\n\
         ——2024年2月18日在大营镇第十届人民代表大会第四次会议上\n\
         镇长  刘  洋\n\
         各位代表：\n{PROSE}\n一、2023年工作回顾\n{PROSE}\n\
         扫一扫在手机打开当前页\n【打印】【关闭】\n\
         主办：濮阳县人民政府办公室  承办：濮阳县大数据中心\n"
    ));
    assert_eq!(r.title, "大营镇2024年政府工作报告");
    // Published or delivered, never when the file was written.
    let date = r.date.as_ref().unwrap();
    assert!(
        ["2024-02-26", "2024-02-18"].contains(&date.value.as_str()),
        "{date:?}"
    );
    assert_eq!(
        region_path(&r).map(|n| n.unwrap_or_default()),
        ["河南省", "濮阳市", "濮阳县", "大营镇"].map(String::from)
    );
    assert!(r.paragraphs().next().unwrap().starts_with("各位代表"));
    set_aside(&r, &["索引号", "扫一扫", "【打印】"]);
}

#[test]
fn a_district_named_bare_in_its_title_and_by_its_city_under_it() {
    let r = report(&format!(
        "鼓楼区2023年政府工作报告\n\
         2023-01-30 10:21 来源：鼓楼区人民政府办公室\n\
         ——2023年1月9日在福州市鼓楼区第十八届人民代表大会第二次会议上\n\
         各位代表：\n{PROSE}\n一、2022年工作回顾\n{PROSE}\n"
    ));
    assert_eq!(
        region_path(&r)[..3],
        [
            Some("福建省".into()),
            Some("福州市".into()),
            Some("鼓楼区".into())
        ]
    );
}

#[test]
fn a_repost_with_its_original_headline_and_the_platforms_notice() {
    let r = report(&format!(
        "澎湃新闻 > 政务 > 中国政库\n\
         2023年余杭区政府工作报告\n\
         原标题：2023年余杭区政府工作报告\n\
         余杭发布 2023-02-21 17:05 来源：澎湃新闻·澎湃号·政务\n\
         ——2023年2月15日在杭州市余杭区第二届人民代表大会第三次会议上\n\
         各位代表：\n{PROSE}\n一、2022年工作回顾\n{PROSE}\n\
         本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，\
         不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。\n\
         举报\n"
    ));
    assert_eq!(r.title, "2023年余杭区政府工作报告");
    assert_eq!(r.subtitle, None);
    assert_eq!(region_path(&r)[2].as_deref(), Some("余杭区"));
    set_aside(&r, &["仅代表该作者", "原标题"]);
}

#[test]
fn a_plan_report_whose_body_holds_a_table_of_targets() {
    let r = web_page(&format!(
        "<html><head><meta charset=\"utf-8\"><title>计划报告 - 宁乡市人民政府</title></head><body>\
         <div class=\"sidebar\"><h3>热点新闻</h3><ul><li><a>宁乡召开全市经济工作会议</a><span>2024-01-03</span></li>\
         <li><a>市委常委会召开会议</a><span>2024-01-02</span></li></ul></div>\
         <div id=\"zoom\"><p align=\"center\"><strong>关于宁乡市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告</strong></p>\
         <p align=\"center\">——2024年1月8日在宁乡市第十九届人民代表大会第四次会议上</p>\
         <p align=\"center\">宁乡市发展和改革局局长 周 明</p>\
         <p>各位代表：</p><p>{PROSE}</p>\
         <p><strong>一、2023年国民经济和社会发展计划执行情况</strong></p><p>{PROSE}</p>\
         <table border=\"1\"><tr><td>指标</td><td>单位</td><td>2023年目标</td><td>完成情况</td></tr>\
         <tr><td>地区生产总值增速</td><td>%</td><td>7</td><td>5.1</td></tr></table>\
         <p><strong>二、2024年国民经济和社会发展计划草案</strong></p><p>{PROSE}</p></div>\
         <div class=\"bottom\"><p>【<a>打印本页</a>】 【<a>关闭窗口</a>】</p></div></body></html>"
    ));
    assert_eq!(
        r.headings().collect::<Vec<_>>(),
        [
            "一、2023年国民经济和社会发展计划执行情况",
            "二、2024年国民经济和社会发展计划草案"
        ]
    );
    assert!(r.paragraphs().any(|p| p == "地区生产总值增速 % 7 5.1"));
    assert_eq!(region_path(&r)[2].as_deref(), Some("宁乡市"));
    set_aside(&r, &["热点新闻", "打印本页", "周 明"]);
}

#[test]
fn a_papers_page_with_an_editors_note_above_the_speechs_own_title() {
    let r = report(&format!(
        "【两会特刊】政府工作报告（全文）\n\
         2024-01-18 08:30:12 来源：某某日报\n\
         编者按：1月16日，在市十七届人大三次会议上，市长李明代表市人民政府作政府工作报告。现将全文刊发如下，以飨读者。\n\
         政府工作报告\n\
         ——2024年1月16日在六安市第七届人民代表大会第三次会议上\n\
         六安市人民政府市长 李 明\n\
         各位代表：\n{PROSE}\n一、2023年工作回顾\n{PROSE}\n"
    ));
    assert_eq!(r.title, "政府工作报告（全文）");
    assert_eq!(r.headings().collect::<Vec<_>>(), ["一、2023年工作回顾"]);
    assert!(r.paragraphs().next().unwrap().starts_with("各位代表"));
    assert_eq!(region_path(&r)[1].as_deref(), Some("六安市"));
    set_aside(&r, &["编者按"]);
}

#[test]
fn an_agencys_copy_opened_and_closed_by_its_dateline() {
    let r = report(&format!(
        "新华社北京3月12日电\n\
         政府工作报告\n\
         ——2024年3月5日在第十四届全国人民代表大会第二次会议上\n\
         国务院总理 李强\n\
         各位代表：\n{PROSE}\n一、2023年工作回顾\n{PROSE}\n\
         （新华社北京3月12日电）\n"
    ));
    assert_eq!(r.title, "政府工作报告");
    assert_eq!(r.source.as_deref(), Some("新华社"));
    assert_eq!(
        r.region.as_ref().unwrap().level,
        report_clean::RegionLevel::National
    );
    set_aside(&r, &["新华社北京3月12日电"]);
}

#[test]
fn a_page_whose_headline_is_a_picture_takes_its_title_element() {
    let r = web_page(&format!(
        "<html><head><meta charset=\"utf-8\"><title>政府工作报告--汝阳县人民政府</title></head><body>\
         <div><img src=\"title.png\"></div><div class=\"con\">\
         <p>——2022年1月7日在汝阳县第十五届人民代表大会第一次会议上</p>\
         <p>各位代表：</p><p>{PROSE}</p><p>一、过去五年工作回顾</p><p>{PROSE}</p></div></body></html>"
    ));
    assert_eq!(r.title, "政府工作报告");
    assert!(!r.title_is_derived);
}

#[test]
fn a_note_that_the_text_is_given_whole_names_no_author() {
    for note in ["（全文）", "(全文)", "全文"] {
        let r = report(&format!(
            "2024年某某县政府工作报告\n{note}\n\
             ——2024年1月10日在某某县第十八届人民代表大会第四次会议上\n\
             县长 王某某\n各位代表：\n{PROSE}\n一、2023年工作回顾\n{PROSE}\n"
        ));
        assert_eq!(r.title, "2024年某某县政府工作报告", "{note}");
        assert_eq!(r.authors, ["王某某"], "{note}");
        set_aside(&r, &[note]);
    }
}
