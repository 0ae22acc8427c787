//! Made-up pages of the shapes the sixteenth look at real report pages
//! (pages34, docs/quality-real-pages.md) found read wrong, and beside each
//! the nearest shape main already read right, which the rules leave alone.

use crate::support::shapes::{headings, report};

fn paragraphs(r: &report_core::Report) -> Vec<&str> {
    r.paragraphs().collect()
}

fn in_noise(r: &report_core::Report, text: &str) -> bool {
    r.noise.iter().any(|n| n.text.contains(text))
}

#[test]
fn a_draft_mark_alone_under_a_letter_spaced_title_is_no_title() {
    // A county's draft copy: the title set a letter apart, the draft's
    // stage alone under it, then the delivery line and the speaker.
    let text = [
        "政 府 工 作 报 告",
        "",
        "  （征求意见稿）",
        "",
        "  ── 2031年1月8日在县第十八届人民代表大会第二次会议上",
        "",
        "  县长 王某某",
        "",
        "  各位代表：",
        "",
        "  现在，我代表县政府向大会报告工作，请予审议，并请各位政协委员和其他列席同志提出意见。",
        "",
        "  一、2030年工作回顾",
        "",
        "  2030年，全县上下坚持稳中求进工作总基调，扎实推进各项工作，经济社会保持平稳健康发展态势。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "政府工作报告");
    assert_eq!(r.subtitle, None);
    assert!(in_noise(&r, "征求意见稿"), "{:#?}", r.noise);
    assert_eq!(r.authors, ["王某某"]);
    assert_eq!(headings(&r), ["一、2030年工作回顾"]);
}

#[test]
fn a_draft_mark_after_its_headline_and_a_column_over_a_headline_read_as_before() {
    // The draft's mark on the headline's own line: set apart as before.
    let text = [
        "某某县人民政府工作报告（征求意见稿）",
        "",
        "——2031年1月8日在某某县第十八届人民代表大会第二次会议上",
        "",
        "县长 王某某",
        "",
        "各位代表：",
        "",
        "现在，我代表县政府向大会报告工作，请予审议，并请各位政协委员和其他列席同志提出意见。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某县人民政府工作报告");
    // A column's name over the headline over the delivery line: the
    // headline is the title, as before.
    let text = [
        "政务公开",
        "",
        "2031年某某县人民政府工作报告",
        "",
        "——2031年1月8日在某某县第十八届人民代表大会第二次会议上",
        "",
        "县长 王某某",
        "",
        "各位代表：",
        "",
        "现在，我代表县政府向大会报告工作，请予审议，并请各位政协委员和其他列席同志提出意见。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "2031年某某县人民政府工作报告");
}

/// A provincial committee's report: its title, the delivery line, the day
/// in brackets, `name` alone, then `salutation` and the report.
fn committee_report(name: &str, salutation: &str) -> String {
    [
        "中国人民政治协商会议某某省委员会常务委员会工作报告",
        "——在政协某某省第十三届委员会第四次会议上",
        "（2031年1月26日）",
        name,
        salutation,
        "我代表政协某某省委员会常务委员会，向大会报告工作，请予审议。",
        "一、2030年主要工作",
        "一年来，省政协及其常委会牢牢把握团结和民主两大主题，聚焦全省发展重点难点任务，建真言、谋良策、聚共识。",
    ]
    .join("\n")
}

#[test]
fn a_name_of_no_known_surname_over_the_salutation_is_the_speaker() {
    for name in ["某某多吉", "某某·某某"] {
        let r = report(&committee_report(name, "各位委员："));
        assert_eq!(r.authors, [name], "{name}");
        assert_eq!(headings(&r), ["一、2030年主要工作"], "{name}");
    }
}

#[test]
fn a_word_or_a_line_over_no_salutation_names_no_speaker() {
    // `全文` over the salutation, a name-like line over the first heading:
    // no one's name.
    for word in ["全文", "区人民政府"] {
        let r = report(&committee_report(word, "各位委员："));
        assert!(r.authors.is_empty(), "{word}: {:?}", r.authors);
    }
    let text = [
        "中国人民政治协商会议某某省委员会常务委员会工作报告",
        "——在政协某某省第十三届委员会第四次会议上",
        "（2031年1月26日）",
        "回顾与展望",
        "一、2030年主要工作",
        "一年来，省政协及其常委会牢牢把握团结和民主两大主题，聚焦全省发展重点难点任务，建真言、谋良策、聚共识。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(r.authors.is_empty(), "{:?}", r.authors);
}

/// A township's disclosure report: its channels counted in a short
/// paragraph, `extra` lines after.
fn disclosure_report(channels: &str, extra: &[&str]) -> String {
    let mut lines = vec![
        "某某镇人民政府2030年度政府信息公开工作报告",
        "本年度报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据统计期限自2030年1月1日起至2030年12月31日止。",
        "一、总体情况",
        "2030年，某某镇认真贯彻落实政府信息公开各项规定，扎实推动政府信息公开工作有序开展，公开质量进一步提升。",
        "（一）主动公开情况",
        channels,
        "（二）依申请公开情况",
        "无。",
    ];
    lines.extend_from_slice(extra);
    lines.join("\n")
}

#[test]
fn a_short_paragraph_counting_what_the_account_published_is_the_reports() {
    let channels = "2030年，通过政府信息公开专栏主动公开各类政府信息14条。某某镇微信公众号主动公开各类政府信息99条，累计阅读量近两万次。";
    let r = report(&disclosure_report(channels, &[]));
    assert!(paragraphs(&r).contains(&channels), "{:#?}", paragraphs(&r));
    assert_eq!(
        headings(&r),
        ["一、总体情况", "（一）主动公开情况", "（二）依申请公开情况"]
    );
}

#[test]
fn a_footer_inviting_to_follow_the_account_is_still_a_footer() {
    // The site's invitation, however it counts its posts, and a line
    // naming the account alone, stay the page's footer.
    for footer in [
        "欢迎关注某某镇微信公众号。公众号已发布信息1200条。",
        "某某镇微信公众号",
    ] {
        let r = report(&disclosure_report(
            "2030年，通过政府信息公开专栏主动公开各类政府信息14条，公开率100%。",
            &[footer],
        ));
        assert!(
            !paragraphs(&r).iter().any(|p| p.contains("公众号")),
            "{footer}: {:#?}",
            paragraphs(&r)
        );
    }
}

#[test]
fn figures_spaced_at_their_thousands_in_wrapped_prose_join_their_paragraph() {
    // A 2000s county report copied from a print: figures grouped by a
    // space, lines wrapped mid-sentence before the figure's unit.
    let text = [
        "某某县人民政府工作报告",
        "",
        "2000年，县政府认真贯彻各项部署，正确处理改革、发展和稳定关系，基本完成了全年任务目标。预计实现国内生产总值223 961",
        "万元，比上年增长5.5%，其中，第一产业88 366万元，第二产业51 203万元，第三产业84 392",
        "万元，分别增长15.4%、-5.3%和1.5%；农民人均纯收入2 310元，比上年增长3%。",
    ]
    .join("\n");
    let r = report(&text);
    let paras = paragraphs(&r);
    assert_eq!(paras.len(), 1, "{paras:#?}");
    assert!(paras[0].contains("84 392万元"), "{paras:#?}");
}

#[test]
fn a_tables_rows_of_spaced_figures_stay_rows() {
    // A table's rows (no clause mark in them): each its own line.
    let text = [
        "某某县2030年国民经济和社会发展统计公报",
        "",
        "全年全县地区生产总值稳步增长，主要指标如下表。",
        "指标 2029年 2030年 增长",
        "地区生产总值 758 612 812 301 7.1",
        "一般公共预算收入 12 330 13 004 5.5",
    ]
    .join("\n");
    let r = report(&text);
    let paras = paragraphs(&r);
    assert!(
        paras.contains(&"地区生产总值 758 612 812 301 7.1"),
        "{paras:#?}"
    );
    assert!(
        paras.contains(&"一般公共预算收入 12 330 13 004 5.5"),
        "{paras:#?}"
    );
}

#[test]
fn a_narrow_pages_line_cut_mid_sentence_under_a_heading_is_prose() {
    // A PDF's text, lines of about 36 characters, the width too uneven to
    // be read: the heading's next line is the paragraph's first.
    let text = [
        "某某县人民政府工作报告",
        "",
        "各位代表：",
        "现在，我代表县人民政府向大会报告工作，请予审议，并请政协委员和列席会议的",
        "同志提出意见。",
        "一、过去五年工作回顾",
        "2026年以来，全县上下以新发展理念为指导，坚持稳中求进，深入贯彻新",
        "发展理念，认真落实高质量发展要求，较好地完成了规划确定的目标任务。",
        "过去五年，经济综合实力稳步提升。全县地区生产总值年均增长3.7%，社会消费品",
        "零售总额年均增长7%，固定资产投资累计完成149.8亿元。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(headings(&r), ["一、过去五年工作回顾"]);
    assert!(
        paragraphs(&r)
            .iter()
            .any(|p| p.contains("深入贯彻新发展理念")),
        "{:#?}",
        paragraphs(&r)
    );
}

#[test]
fn a_heading_with_pauses_over_a_longer_paragraph_stays_a_heading() {
    // An unnumbered heading with a pause or two over a web page's
    // paragraph, far longer than it: a heading, as before.
    let heading = "坚持改革创新、扩大开放合作，推动全县经济社会高质量发展";
    let text = [
        "某某县人民政府工作报告",
        "",
        "各位代表：",
        "现在，我代表县人民政府向大会报告工作，请予审议，并请政协委员和列席会议的同志提出意见。",
        heading,
        "一年来，我们坚持以改革创新为动力，扩大对外开放合作，全县地区生产总值增长6.1%，一般公共预算收入增长5.6%，城乡居民人均可支配收入分别增长4.3%和6.4%。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(headings(&r), [heading]);
}

/// A township's disclosure report whose issuer stands over `second`.
fn issuer_over(second: &str) -> String {
    [
        "某某县某某镇人民政府",
        second,
        "本年度报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据统计期限自2030年1月1日起至2030年12月31日止。",
        "一、总体情况",
        "2030年，某某镇认真贯彻落实政府信息公开各项规定，扎实推动政府信息公开工作有序开展，公开质量进一步提升。",
    ]
    .join("\n")
}

#[test]
fn the_issuer_over_the_disclosure_reports_name_with_its_year_is_one_title() {
    let r = report(&issuer_over("2030年度政府信息公开工作报告"));
    assert_eq!(r.title, "某某县某某镇人民政府2030年度政府信息公开工作报告");
    assert_eq!(r.subtitle, None);
    let r = report(&issuer_over("2030年政府信息公开工作年度报告"));
    assert_eq!(
        r.title,
        "某某县某某镇人民政府2030年政府信息公开工作年度报告"
    );
}

#[test]
fn the_issuer_over_another_papers_name_is_not_joined_to_it() {
    // A plan's name with its year, under the same issuer: no disclosure
    // report's format, so no title run together from the two lines.
    let r = report(&issuer_over("2030年度政府信息公开工作要点"));
    assert_ne!(r.title, "某某县某某镇人民政府2030年度政府信息公开工作要点");
}

#[test]
fn slogans_one_a_line_none_ended_stay_lines_of_their_own() {
    // Unnumbered slogans as long as one another, clauses in each, none
    // ended: no narrow page's sentence, so not joined into one paragraph.
    let first = "坚持创新驱动发展，加快产业转型升级，推动经济高质量发展";
    let second = "坚持深化改革开放，激发市场主体活力，增强发展内生动力";
    let text = [
        "某某县人民政府工作报告",
        "",
        "各位代表：",
        "现在，我代表县人民政府向大会报告工作，请予审议，并请政协委员和列席会议的同志提出意见。",
        first,
        second,
        "一年来，我们坚持以改革创新为动力，扩大对外开放合作，全县地区生产总值增长6.1%，一般公共预算收入增长5.6%，城乡居民人均可支配收入分别增长4.3%和6.4%。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        !paragraphs(&r)
            .iter()
            .any(|p| p.contains(first) && p.contains(second)),
        "{:#?}",
        paragraphs(&r)
    );
}

// The review of round 34's rules (review34): made-up pages of shapes the
// rules were not written for, each read wrong by a rule before its mend.

#[test]
fn an_office_a_place_or_an_occasion_over_the_salutation_names_no_speaker() {
    // An office alone, the speech's kind, a street's or a 苏木's name
    // repeating the headline's, a note on the copy: no one's name.
    for word in [
        "主任",
        "书面",
        "开幕词",
        "讲话要点",
        "城关街道",
        "巴彦淖尔苏木",
    ] {
        let r = report(&committee_report(word, "各位委员："));
        assert!(r.authors.is_empty(), "{word}: {:?}", r.authors);
    }
    // A salutation of two lines, the first without its colon: no byline.
    let r = report(&committee_report("各位代表", "各位委员："));
    assert!(
        !r.noise.iter().any(|n| n.text == "各位代表"),
        "{:#?}",
        r.noise
    );
}

#[test]
fn a_sites_tally_of_its_account_is_still_a_footer() {
    // A site's sidebar or footer counting its account's posts: labels with
    // colons, today's count, followers; no clauses of the report's prose.
    for footer in [
        "网站统计：今日发布信息8条。某某发布公众号：累计推送1520篇。",
        "某某发布微信公众号今日更新3条。已有粉丝12万人。",
    ] {
        let r = report(&disclosure_report(
            "2030年，通过政府信息公开专栏主动公开各类政府信息14条，公开率100%。",
            &[footer],
        ));
        assert!(
            !paragraphs(&r).iter().any(|p| p.contains("公众号")),
            "{footer}: {:#?}",
            paragraphs(&r)
        );
    }
}

#[test]
fn a_tables_rows_of_enumerated_trades_and_spaced_figures_stay_rows() {
    // A table's label naming trades with enumeration commas (`农、林、牧、
    // 渔业`), two figures after it: still a row, no heading.
    let rows = [
        "农、林、牧、渔业 3 456",
        "工业、建筑业 5 612",
        "批发、零售业 2 310",
    ];
    let mut lines = vec![
        "某某县2030年国民经济和社会发展统计公报",
        "全年地区生产总值186.5亿元，比上年增长5.8%。",
        "表1 2030年主要行业增加值",
        "行业 增加值 增长",
    ];
    lines.extend(rows);
    lines.push("全年粮食产量保持稳定。");
    let r = report(&lines.join("\n"));
    for row in rows {
        assert!(
            paragraphs(&r).contains(&row),
            "{row}: {:#?}",
            paragraphs(&r)
        );
    }
}

#[test]
fn a_heading_with_pauses_over_a_paragraph_as_long_stays_a_heading() {
    // A web page's unnumbered heading over a short paragraph of its length,
    // the page's other paragraphs long: a heading.
    let heading = "坚持稳中求进、以进促稳、先立后破，全力推动经济回升向好";
    let long = "一年来，我们坚持以改革创新为动力，扩大对外开放合作，全县地区生产总值增长6.1%，一般公共预算收入增长5.6%，城乡居民人均可支配收入分别增长4.3%和6.4%。";
    let text = [
        "某某县人民政府工作报告",
        "各位代表：",
        "现在，我代表县人民政府向大会报告工作，请予审议，并请政协委员和列席会议的同志提出意见。",
        "一、2030年工作回顾",
        long,
        heading,
        "全年地区生产总值增长5.2%，完成年度目标任务。",
        long,
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(headings(&r), ["一、2030年工作回顾", heading]);
    // A narrow page's heading over a wrapped paragraph whose first line
    // runs on past its sentence: the heading stays.
    let heading = "坚持创新驱动、绿色发展、开放合作，产业结构持续优化";
    let text = [
        "某某县人民政府工作报告",
        "各位代表：",
        "现在，我代表县人民政府向大会报告工作，请予审议，并请政协委",
        "员和列席会议的同志提出意见。",
        "一、2030年工作回顾",
        "过去一年，全县上下团结奋斗，经济社会发展取得新成",
        "效。各项工作扎实推进，人民群众获得感不断增强。",
        heading,
        "全年新增高新技术企业15家，研发投入增长12%。工业",
        "经济稳中向好，规上工业增加值增长7.3%，新增规上企",
        "业8家。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        headings(&r).iter().any(|h| h == heading),
        "{:#?}",
        headings(&r)
    );
}

#[test]
fn a_place_dotted_after_the_country_names_no_speaker() {
    // `中国·赣州` over the salutation: a place set as a brand, no
    // Uyghur's dotted name.
    let r = report(&committee_report("中国·赣州", "各位委员："));
    assert!(r.authors.is_empty(), "{:?}", r.authors);
    let r = report(&committee_report("艾尔肯·吐尼亚孜", "各位委员："));
    assert_eq!(r.authors, ["艾尔肯·吐尼亚孜"]);
}

#[test]
fn a_narrow_pages_heading_after_a_paragraph_over_a_one_line_paragraph_stays() {
    // A PDF's text, lines of about 25 characters: an unnumbered heading
    // after a paragraph's end, over a paragraph of one line as long: a
    // heading, no line cut under a numbered heading.
    let heading = "坚持创新驱动、绿色发展、开放合作，产业结构持续优化";
    let text = [
        "某某县人民政府工作报告",
        "各位代表：",
        "现在，我代表县人民政府，向大会报告工作，请予审议，并",
        "请政协委员和其他列席人员提出意见。",
        "一、2030年工作回顾",
        "过去一年，全县上下团结奋斗，经济社会发展取得新成",
        "效。各项工作扎实推进，人民群众获得感不断增强。全县",
        "地区生产总值完成186.5亿元，增长5.8%，一般公共预",
        "算收入完成12.3亿元，增长6.1%，城乡居民收入稳步增",
        "长。",
        heading,
        "全年新增高新技术企业15家，研发投入增长12%以上。",
        "二、2031年主要任务",
        "今年的主要任务是稳定增长。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        headings(&r).iter().any(|h| h == heading),
        "{:#?}",
        headings(&r)
    );
}

#[test]
fn a_county_portals_banner_over_a_departments_disclosure_report_is_no_issuer() {
    // A county portal's name over a report its bureau posted: the portal's
    // banner, not the issuer, so not run into the title.
    let text = [
        "某某县人民政府",
        "2030年度政府信息公开工作报告",
        "发布时间：2031-01-20 来源：某某县教育局",
        "本报告由某某县教育局根据《中华人民共和国政府信息公开条例》编制。",
        "一、总体情况",
        "2030年，我局认真贯彻落实《条例》，政府信息公开工作有序开展。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "2030年度政府信息公开工作报告");
}
