//! Made-up pages of the shapes the fourteenth look at real report pages
//! (pages32, docs/quality-real-pages.md) found read wrong, and beside each
//! the nearest shape main already read right.

use crate::support::shapes::{first_paragraph, report};

fn headings(r: &report_core::Report) -> Vec<String> {
    r.sections.iter().map(|s| s.heading.join(" / ")).collect()
}

fn paragraphs(r: &report_core::Report) -> Vec<&str> {
    r.sections
        .iter()
        .flat_map(|s| s.paragraphs.iter().map(String::as_str))
        .collect()
}

#[test]
fn a_skip_link_over_the_title_is_no_title() {
    // A government site's first line, the link that skips its menu, then
    // the report's name as the page's headline and a salutation in two.
    for skip in ["跳过导航", "跳過導航"] {
        let text = [
            skip,
            "",
            "二〇三〇年度施政方针—引言",
            "",
            "",
            "主席阁下,",
            "",
            "各位议员:",
            "",
            "今天,我向议会说明特区政府下一年度的施政方针,请各位审议。",
            "",
            "这一年里,旅客回升,就业改善,市民生活渐趋安定。",
        ]
        .join("\n");
        let r = report(&text);
        assert_eq!(r.title, "二〇三〇年度施政方针—引言", "{skip}");
        assert!(
            headings(&r)
                .iter()
                .all(|h| !h.contains("导航") && !h.contains("導航") && !h.contains("引言")),
            "{:?}",
            headings(&r)
        );
    }
}

#[test]
fn a_heading_that_names_navigation_stays_a_heading() {
    // The nearest shape: a report's own part about its site's menu; only
    // a line that is nothing but the link is the page's control.
    let text = [
        "某某县人民政府2030年政府网站工作年度报告",
        "一、总体情况",
        "2030年,县政府网站运行平稳,全年发布信息1200条。",
        "二、优化站群导航和栏目设置",
        "全年调整栏目12个,合并重复栏目5个,方便群众查找信息。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        headings(&r)
            .iter()
            .any(|h| h == "二、优化站群导航和栏目设置"),
        "{:?}",
        headings(&r)
    );
}

#[test]
fn a_portals_site_group_link_is_no_title() {
    // A county portal: the link to the sites of its group, the city's and
    // the county's names among its menu, the page's fields, then the
    // township's report.
    let text = [
        "站群导航",
        "",
        "某某州人民政府",
        "",
        "政府工作部门",
        "",
        "各县政府",
        "",
        "|",
        "加入收藏",
        "|",
        "设为首页",
        "|",
        "手机版",
        "",
        "某某县人民政府",
        "",
        "政府信息公开",
        "",
        "全文检索",
        "索引号: 发布机构:",
        "生效日期: 2031-01-18 废止日期:",
        "文 号: 所属主题: 2030",
        "",
        "某某乡人民政府2030年政府信息公开工作年度报告",
        "",
        "来源: 发布时间:2031-01-18 浏览次数: 【字体:",
        "",
        "一、总体情况",
        "",
        "这一年,乡里把公开工作交给党政办牵头,每月检查一次栏目更新。",
        "",
        "(一)公开的内容。2030年,乡里按季度发布村级道路、饮水工程的进度和花费。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某乡人民政府2030年政府信息公开工作年度报告");
    assert_eq!(r.source, None);
    assert!(
        headings(&r).iter().all(|h| !h.contains("加入收藏")),
        "{:?}",
        headings(&r)
    );
}

#[test]
fn an_offices_paragraph_naming_its_account_stays_in_the_text() {
    // A disclosure report names its WeChat account among its channels, a
    // paragraph of prose in the middle of the text.
    let text = [
        "某某乡人民政府2030年政府信息公开工作年度报告",
        "一、总体情况",
        "(一)主动公开",
        "全年主动公开政府信息86条,其中政策文件12条,工作动态74条。",
        "(二)公开渠道",
        "乡里把种粮补贴名单、危房改造进度、低保审批结果放在三处:县政府网站的乡镇栏目、村口的公示板、乡政府的微信公众号,三处同日更新。今年又把目录重新编排了一遍,旧文件按年份归档,方便查找。",
        "(三)依申请公开",
        "全年收到政府信息公开申请2件,均已按时办结。",
    ]
    .join("\n");
    let r = report(&text);
    let ps = paragraphs(&r);
    assert!(
        ps.iter().any(|p| p.contains("乡政府的微信公众号")),
        "{ps:?}"
    );
    assert!(
        headings(&r).iter().any(|h| h == "(二)公开渠道"),
        "{:?}",
        headings(&r)
    );
}

#[test]
fn a_footers_account_promotion_is_still_footer() {
    // The nearest shapes: a line that only promotes the site's account, a
    // short line of two sentences, a long promotion of many clauses that
    // invites its reader to follow, a long one of the site's rights.
    let text = [
        "某某县2030年国民经济和社会发展统计公报",
        "一、综合",
        "初步核算,全年全县地区生产总值100亿元,比上年增长5.0%。",
        "扫码关注某某发布微信公众号",
        "本文来源:某某县融媒体中心微信公众号。转载请注明出处。",
        "欢迎关注某某县人民政府微信公众号,及时了解全县政务动态、便民服务、政策解读、招商引资、文化旅游等各类信息,我们将竭诚为您提供优质、便捷、高效的政务信息服务,感谢您一直以来的支持。",
        "版权所有:某某县人民政府办公室,主办单位:某某县人民政府,欢迎关注微信公众号,获取更多权威信息。网站标识码0000000000。",
    ]
    .join("\n");
    let r = report(&text);
    let ps = paragraphs(&r);
    assert!(ps.iter().all(|p| !p.contains("公众号")), "{ps:?}");
    assert!(first_paragraph(&r).starts_with("初步核算"));
}

#[test]
fn the_next_part_under_a_charts_caption_heads_its_part() {
    // A statistical communiqué: a chart's caption closes the first part,
    // the second part's heading (spaced to the width of two characters)
    // under it.
    let text = [
        "某某县2030年国民经济和社会发展统计公报",
        "一、综合",
        "初步核算,全年全县地区生产总值100亿元,比上年增长5.0%。",
        "图1:2026-2030年全县地区生产总值及增长速度",
        "全年三次产业结构比为20.1:30.2:49.7,第三产业比重比上年上升1.2个百分点。",
        "图2:2026-2030年全县三次产业结构(%)",
        "二、农 业",
        "全年农业增加值30亿元,比上年增长3.0%。粮食总产量10万吨。",
    ]
    .join("\n");
    let r = report(&text);
    let hs = headings(&r);
    assert!(hs.iter().any(|h| h == "二、农 业"), "{hs:?}");
    let ps = paragraphs(&r);
    assert!(ps.iter().all(|p| !p.starts_with("二、")), "{ps:?}");
}

#[test]
fn what_a_caption_heads_that_is_no_next_part_stays_under_it() {
    // The nearest shapes main read right: an illustrated page's items
    // under a chart (no part numbered one before them), and a number that
    // skips a part (`三、` after `一、`), each stays with the caption.
    let text = [
        "某某市2030年政府工作报告图解",
        "图1:2030年主要预期目标",
        "一、生产总值增长6%左右",
        "城镇新增就业5万人以上,居民收入增长与经济增长同步。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        headings(&r).iter().all(|h| !h.starts_with("一、生产总值")),
        "{:?}",
        headings(&r)
    );
    let text = [
        "某某县2030年国民经济和社会发展统计公报",
        "一、综合",
        "初步核算,全年全县地区生产总值100亿元,比上年增长5.0%。",
        "图2:2026-2030年全县三次产业结构(%)",
        "三、工业",
        "全年工业增加值20亿元,比上年增长6.0%。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        headings(&r).iter().all(|h| !h.starts_with("三、")),
        "{:?}",
        headings(&r)
    );
    // An illustrated report's chart under its first part, its items
    // numbered on from the part's number, each with its figure.
    let text = [
        "某某市2030年政府工作报告图解",
        "一、2030年工作回顾",
        "全市经济稳中向好,各项事业取得新进展。",
        "图1:2030年主要指标完成情况",
        "二、城镇新增就业5万人",
        "居民收入增长与经济增长同步。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        headings(&r).iter().all(|h| !h.starts_with("二、城镇")),
        "{:?}",
        headings(&r)
    );
}

// The review's counter-cases (made-up pages, notes/review32).

#[test]
fn a_skip_or_site_group_word_in_the_body_is_the_reports_word() {
    // A site report's own sub-heading and a list of its new features: only
    // the link over the headline is the page's control.
    let text = [
        "某某市2040年政府网站工作年度报表",
        "一、网站建设情况",
        "站群导航",
        "门户网站设置站群导航栏目，集中展示全市各部门和乡镇的网站入口，方便群众查找。",
        "二、改造内容",
        "本次改造新增以下功能：",
        "跳过导航",
        "键盘导航",
        "屏幕阅读",
        "门户网站已通过无障碍检测，全年服务老年用户访问10万人次。",
    ]
    .join("\n\n");
    let r = report(&text);
    let all = format!("{:?} {:?}", headings(&r), paragraphs(&r));
    assert!(all.contains("站群导航\""), "{all}");
    assert!(all.contains("跳过导航"), "{all}");
}

#[test]
fn a_long_site_note_naming_the_account_is_still_a_footer() {
    // A site's owner line run together, an editor's note on where the page
    // was also published: long, commas, a full stop, no invitation, yet
    // the page's words about itself.
    for note in [
        "某某市人民政府办公室主办，某某市大数据中心承办，地址：某某市人民路1号，邮编：100000，本站微信公众号“某某发布”同步推送政务信息，网站支持IPv6访问，建议使用1920×1080分辨率浏览本站。",
        "（编者注：本报告全文已于2040年1月15日在某某县人民政府门户网站和“某某发布”微信公众号同步发布，文中数据为初步统计数据，部分数据以统计部门最终公布为准，特此说明。）",
    ] {
        let text = [
            "某某县2039年政府工作报告",
            "一、2039年工作回顾",
            "这一年，全县经济运行总体平稳，民生保障持续加强，社会大局和谐稳定。",
            note,
        ]
        .join("\n\n");
        let r = report(&text);
        assert!(
            paragraphs(&r).iter().all(|p| !p.contains("公众号")),
            "{:?}",
            paragraphs(&r)
        );
    }
}

#[test]
fn two_numerals_paired_under_a_caption_are_no_part() {
    // `二、三产业` (the second and third industries), `二、三季度` under a
    // chart after `一、综合`: the chart's words, not the outline's part two.
    for line in ["二、三产业占比持续提高", "二、三季度增速逐季回升"] {
        let text = [
            "某某县2039年国民经济和社会发展统计公报",
            "一、综合",
            "全年全县地区生产总值185亿元，比上年增长6.2%。",
            "图1：2035-2039年主要指标",
            line,
            "全县三次产业结构调整为10.8∶37.8∶51.4。",
            "二、农业",
            "全年粮食种植面积35万亩，粮食总产量15万吨。",
        ]
        .join("\n\n");
        let r = report(&text);
        assert!(
            !headings(&r).iter().any(|h| h == line),
            "{:?}",
            headings(&r)
        );
    }
}

#[test]
fn a_site_group_link_under_the_sites_name_is_set_aside() {
    // The portal's name over its link to the site group, both over the
    // report: the link is still the header's control, not a heading.
    let text = [
        "某某县人民政府",
        "站群导航",
        "首页 > 政务公开 > 年度报告",
        "某某乡2039年政府信息公开工作年度报告",
        "一、总体情况",
        "2039年，乡政府主动公开政府信息320条。",
    ]
    .join("\n\n");
    let r = report(&text);
    assert!(
        headings(&r).iter().all(|h| !h.contains("站群导航")),
        "{:?}",
        headings(&r)
    );
}
