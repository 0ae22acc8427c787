//! Made-up pages of the shapes the thirteenth look at real report pages
//! (pages31, docs/quality-real-pages.md) found read wrong, and beside each
//! the nearest shape main already read right.

use crate::support::shapes::{first_paragraph, report};

fn headings(r: &report_core::Report) -> Vec<String> {
    r.sections.iter().map(|s| s.heading.join(" / ")).collect()
}

#[test]
fn a_resolutions_adoption_line_under_a_posting_line_is_no_heading() {
    // A news page's resolution: the posting line dates the page, a
    // dateline and the headline again, then the adoption line.
    let text = [
        "某某县第九届人民代表大会第三次会议关于县人民法院工作报告的决议",
        "2030年01月15日 21:08| 来源:某某日报 分享到:",
        "某某日报某某1月15日电",
        "某某县第九届人民代表大会第三次会议关于县人民法院工作报告的决议",
        "(2030年1月15日某某县第九届人民代表大会第三次会议通过)",
        "某某县第九届人民代表大会第三次会议听取和审议了县人民法院院长所作的工作报告。会议决定批准这个报告。",
        "会议要求,县人民法院要依法履行职责,为全县发展提供司法保障。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        headings(&r).iter().all(|h| !h.contains("会议通过")),
        "{:?}",
        headings(&r)
    );
    assert_eq!(
        r.date.as_ref().map(|d| d.value.as_str()),
        Some("2030-01-15")
    );
    assert!(
        first_paragraph(&r).starts_with("某某县第九届"),
        "{}",
        first_paragraph(&r)
    );
}

#[test]
fn an_adoption_line_further_on_stays_in_the_text() {
    // The nearest shape read right: a resolution appended after the lead,
    // its adoption line in the body, where no header reaches.
    let text = [
        "某某县人民代表大会常务委员会工作报告",
        "各位代表:现在,我代表县人民代表大会常务委员会向大会报告工作,请予审议。",
        "一、2030年工作回顾",
        "一年来,常委会依法履行职责,各项工作取得新进展。",
        "附:关于县人民政府工作报告的决议",
        "(2030年1月15日某某县第九届人民代表大会第三次会议通过)",
        "会议决定批准这个报告。",
    ]
    .join("\n");
    let r = report(&text);
    let all: String = r
        .sections
        .iter()
        .flat_map(|s| s.heading.iter().chain(&s.paragraphs))
        .cloned()
        .collect();
    assert!(all.contains("会议通过"), "{all}");
}

#[test]
fn a_disclosure_page_without_a_title_is_named_as_its_lead_makes_it_public() {
    // No title line: the lead says, in the page's voice, which report it
    // makes public now.
    for (lead, title) in [
        (
            "根据《中华人民共和国政府信息公开条例》有关要求,现将某某区某某街道办事处2030年度政府信息公开工作年度报告予以公开。本报告所列数据的统计期限自2030年1月1日至2030年12月31日。",
            "某某区某某街道办事处2030年度政府信息公开工作年度报告",
        ),
        (
            "根据《中华人民共和国政府信息公开条例》规定,现公布某某镇人民政府政府信息公开2030年度报告,报告所列数据的统计期限自2030年1月1日起至2030年12月31日止。",
            "某某镇人民政府政府信息公开2030年度报告",
        ),
    ] {
        let text = [
            lead,
            "一、总体情况",
            "2030年,街道认真贯彻落实政府信息公开工作部署。",
        ]
        .join("\n");
        let r = report(&text);
        assert_eq!(r.title, title);
    }
}

#[test]
fn news_of_a_bulletin_and_a_report_to_follow_are_no_report_made_public() {
    // The nearest shapes read right: a city's news that another body
    // published its bulletin, and a speech's `现将有关情况报告如下`.
    for (text, title) in [
        (
            "2月28日,某某市统计局发布《2030年某某市国民经济和社会发展统计公报》。公报显示,全市经济运行总体平稳。\n一、综合\n初步核算,全市生产总值1200亿元。",
            "2月28日",
        ),
        (
            "各位代表:\n现将有关情况报告如下,请予审议。\n一、2030年工作回顾\n2030年,全镇经济运行总体平稳。",
            "现将有关情况报告如下,请予审议",
        ),
    ] {
        assert_eq!(report(text).title, title);
    }
}

#[test]
fn a_disclosure_title_broken_after_the_bodys_name_is_one_title() {
    let text = [
        "2030年某某区某某街道办事处",
        "政府信息公开工作年度报告",
        "某某区某某街道办事处成立于1990年。根据《中华人民共和国政府信息公开条例》规定,现公布本办事处政府信息公开2030年度报告。",
        "一、总体情况",
        "2030年,街道扎实推进政府信息公开工作。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(
        r.title,
        "2030年某某区某某街道办事处政府信息公开工作年度报告"
    );
    assert_eq!(r.subtitle, None);
}

#[test]
fn another_paper_under_an_offices_name_stays_apart() {
    // The nearest shape read right: under the same office's line, a paper
    // that is not the format's report keeps its own line.
    let text = [
        "2030年某某区某某街道办事处",
        "政府信息公开工作要点",
        "一、总体要求",
        "2030年,街道将深入推进政务公开工作。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "2030年某某区某某街道办事处");
}

#[test]
fn a_collections_year_tag_and_empty_selector_leave_the_title() {
    let text = [
        "2030年某某县国民经济和社会发展统计公报 2030",
        "",
        "选择区域:>>",
        "",
        "2030年,全县经济运行总体平稳。",
        "",
        "一、综合",
        "",
        "初步核算,全年全县生产总值120亿元,比上年增长5.0%。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "2030年某某县国民经济和社会发展统计公报");
    assert_eq!(r.subtitle, None);
    assert!(
        first_paragraph(&r).starts_with("2030年,全县"),
        "{}",
        first_paragraph(&r)
    );
}

#[test]
fn a_year_that_is_the_titles_only_year_stays() {
    // The nearest shape read right: the year after the space is the only
    // one the title gives.
    let text = [
        "某某县国民经济和社会发展统计公报 2030",
        "",
        "2030年,全县经济运行总体平稳。",
        "",
        "一、综合",
        "",
        "初步核算,全年全县生产总值120亿元,比上年增长5.0%。",
    ]
    .join("\n");
    assert_eq!(report(&text).title, "某某县国民经济和社会发展统计公报 2030");
}

/// A paragraph of prose under a part's heading.
const PROSE: &str = "一年来,街道坚持以公开促落实、以公开促规范、以公开促服务,不断提升政府信息公开工作质效,全年主动公开各类信息一百二十条,依法保障了群众的知情权、参与权和监督权。";

#[test]
fn a_numbered_part_under_a_paragraph_on_its_colon_is_a_heading() {
    // The lead's last clause is long and no blank line sets the part
    // apart: its heading still heads the paragraph under it.
    let text = [
        "一、总体情况".to_string(),
        "2030年,街道认真贯彻落实上级部署,较好地完成了年度工作。经认真梳理后我街信息公开工作主要包括:".to_string(),
        "(一)组织推动政府信息公开工作".to_string(),
        PROSE.to_string(),
        "(二)政府信息主动公开情况".to_string(),
        PROSE.to_string(),
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        headings(&r).contains(&"(一)组织推动政府信息公开工作".to_string()),
        "{:?}",
        headings(&r)
    );
    for s in &r.sections {
        for p in &s.paragraphs {
            assert!(!p.contains("工作一年来"), "{p}");
        }
    }
}

#[test]
fn a_numbered_list_or_a_number_alone_after_a_colon_goes_on() {
    // The nearest shapes read right: short items one under another, an
    // item that is a sentence, and a number alone over its item.
    for (text, joined) in [
        (
            format!("一、总体情况\n今年主要预期目标是:\n(一)生产总值增长6%左右\n(二)新增就业1万人\n{PROSE}"),
            "今年主要预期目标是:(一)生产总值增长6%左右",
        ),
        (
            format!("一、总体情况\n今年重点抓好三项工作:\n(一)加快产业发展,推动项目落地见效;\n{PROSE}"),
            "今年重点抓好三项工作:(一)加快产业发展,推动项目落地见效;",
        ),
        (
            format!("一、总体情况\n五年计划提出的基本任务是:\n(一)\n{PROSE}"),
            "五年计划提出的基本任务是:(一)",
        ),
    ] {
        let r = report(&text);
        let paragraphs: Vec<&String> = r.sections.iter().flat_map(|s| &s.paragraphs).collect();
        assert!(
            paragraphs.iter().any(|p| p.starts_with(joined)),
            "{paragraphs:?}"
        );
    }
}

#[test]
fn a_heading_run_onto_the_end_of_a_paragraph_heads_what_follows() {
    // The lead's last sentence, then the first part's heading on the same
    // line, a part's heading under it.
    let text = [
        "某某街道2030年政府信息公开工作年度报告".to_string(),
        "根据《中华人民共和国政府信息公开条例》规定,现公开本年度报告。如对本年度报告有任何疑问,请与某某街道党政综合办公室联系(电话:0000-1234567)。一、总体情况".to_string(),
        "(一)政府信息主动公开情况".to_string(),
        PROSE.to_string(),
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        headings(&r).iter().any(|h| h.starts_with("一、总体情况")),
        "{:?}",
        headings(&r)
    );
    assert!(
        first_paragraph(&r).ends_with("0000-1234567)。"),
        "{}",
        first_paragraph(&r)
    );
}

#[test]
fn sectors_listed_after_a_sentence_stay_in_the_paragraph() {
    // The nearest shape read right: a sentence's end, then the sectors
    // numbered in a row, which is prose.
    let text = [
        "某某县2030年国民经济和社会发展统计公报".to_string(),
        format!("{PROSE}产业结构持续优化。一、二、三产业协调发展"),
        "二、农业".to_string(),
        PROSE.to_string(),
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        headings(&r).iter().all(|h| !h.contains("三产业")),
        "{:?}",
        headings(&r)
    );
}

// The review of round 31 (docs/quality-real-pages.md, round 31, the review
// and its mends): the counter-cases it found, made up.

#[test]
fn numbers_in_a_row_wrapped_after_a_sentence_stay_in_the_paragraph() {
    // A hard-wrapped line ends on a sentence and the next sentence's
    // numbers in a row (一、二季度, 二、三产业), its words on the next line.
    for (lead, tail, next) in [
        (
            "全县上下认真贯彻落实县委决策部署，经济运行总体平稳。",
            "一、二季度",
            "生产总值分别增长5.1%和5.6%，三季度起增速有所放缓，全年生产总值增长5.2%。",
        ),
        (
            "过去一年，全县经济总量迈上新台阶，产业结构持续优化。",
            "二、三产业",
            "比重分别达到38.5%和46.2%，服务业对经济增长的贡献率达到58%。",
        ),
        (
            "全年共受理各类案件8562件，审执结8103件，结案率94.6%。",
            "一、二审",
            "案件服判息诉率达到96.3%，同比上升1.2个百分点，审判质效主要指标位居全市前列。",
        ),
        (
            "年降水量612.5毫米，较常年偏多一成。",
            "七、八月份",
            "降水集中，先后出现5次区域性暴雨过程，局地发生山洪灾害，农业生产受到一定影响。",
        ),
        (
            "轨道交通建设加快推进，地铁运营里程达到88公里。",
            "三、四号线",
            "一期工程实现全线贯通，五号线开工建设，城市公共交通出行分担率提高到52%。",
        ),
        (
            "2030年，全縣經濟運行總體平穩，產業結構持續優化。",
            "二、三產業",
            "比重分別達到40.2%和45.1%，服務業增加值增長6.3%，對經濟增長的貢獻率達到55.8%。",
        ),
        (
            "油料、蔬菜产量稳定增长。",
            "二、三类",
            "水库除险加固工程全面完成，新增有效灌溉面积1.2万亩，农田水利条件进一步改善。",
        ),
    ] {
        let text = [
            "某某县2030年国民经济和社会发展统计公报".to_string(),
            format!("2030年，面对复杂严峻的外部环境，{lead}{tail}"),
            next.to_string(),
            "一、综合".to_string(),
            PROSE.to_string(),
        ]
        .join("\n");
        let r = report(&text);
        assert!(
            headings(&r).iter().all(|h| !h.contains(tail)),
            "{:?}",
            headings(&r)
        );
        assert!(
            first_paragraph(&r).contains(&format!("{tail}{}", &next[..6])),
            "{}",
            first_paragraph(&r)
        );
    }
}

#[test]
fn an_item_run_onto_a_line_broken_before_its_figure_stays_in_the_paragraph() {
    // The words after `一、` go on into the next line, broken before the
    // figure.
    let text = [
        "某某县2030年政府工作报告".to_string(),
        format!("{PROSE}主要指标如下。一、全县生产总值增长"),
        "5.2%，高于全市平均水平0.3个百分点，经济运行总体平稳。".to_string(),
        "二、2031年工作安排".to_string(),
        PROSE.to_string(),
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        headings(&r).iter().all(|h| !h.contains("生产总值")),
        "{:?}",
        headings(&r)
    );
    assert!(
        first_paragraph(&r).contains("一、全县生产总值增长5.2%"),
        "{}",
        first_paragraph(&r)
    );
}

#[test]
fn a_heading_run_onto_a_paragraph_over_prose_heads_it() {
    // The nearest shape the rule reads right: the heading ends the line
    // and its paragraph opens the next.
    let text = [
        "某某街道2030年政府信息公开工作年度报告".to_string(),
        "根据《中华人民共和国政府信息公开条例》规定，编制本报告。如对本年度报告有任何疑问，请与某某街道党政办公室联系（电话：0000-1234567）。一、总体情况".to_string(),
        "2030年，街道认真贯彻落实政府信息公开工作部署，全年主动公开各类信息215条。".to_string(),
        "二、主动公开政府信息情况".to_string(),
        PROSE.to_string(),
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        headings(&r).iter().any(|h| h.starts_with("一、总体情况")),
        "{:?}",
        headings(&r)
    );
}

#[test]
fn a_first_item_over_prose_whose_siblings_run_in_goes_on() {
    // The first item alone on its line, the items after it sentences run
    // into their prose (`（二）促进消费提质扩容。一年来…`), or lines of a
    // list broken after their figure (`（1）第一产业增加值30.1亿元` over
    // `比上年增长5.5%，…`): no part's heading.
    for (lead, first, rest) in [
        (
            "今年重点抓好以下工作：",
            "（一）扩大有效投资",
            vec![
                format!("加快构建现代化产业体系，实施重点工业项目42个，新增规模以上工业企业15家。{PROSE}"),
                format!("（二）促进消费提质扩容。{PROSE}"),
                format!("（三）推进乡村全面振兴。{PROSE}"),
            ],
        ),
        (
            "今年重点抓好以下工作：",
            "第一，坚定不移抓项目促投资",
            vec![
                format!("加快构建现代化产业体系，实施重点工业项目42个，新增规模以上工业企业15家。{PROSE}"),
                format!("第二，坚定不移抓改革促开放。{PROSE}"),
                format!("第三，坚定不移抓民生促和谐。{PROSE}"),
            ],
        ),
        (
            "初步核算，全年全县生产总值120.5亿元，比上年增长5.2%。三次产业结构为：",
            "（1）第一产业增加值30.1亿元",
            vec![
                "比上年增长5.5%，占全县生产总值的比重为25.0%，较上年下降0.6个百分点，对经济增长的贡献率为22.3%。".to_string(),
                "（2）第二产业增加值40.2亿元，增长4.8%。".to_string(),
                "（3）第三产业增加值50.2亿元，增长5.3%。".to_string(),
            ],
        ),
    ] {
        let mut lines = vec!["一、总体情况".to_string(), lead.to_string(), first.to_string()];
        lines.extend(rest);
        lines.push("二、农业".to_string());
        lines.push(PROSE.to_string());
        let r = report(&lines.join("\n"));
        assert!(
            headings(&r).iter().all(|h| !h.contains(first)),
            "{:?}",
            headings(&r)
        );
        let paragraphs: Vec<&String> = r.sections.iter().flat_map(|s| &s.paragraphs).collect();
        assert!(
            paragraphs
                .iter()
                .any(|p| p.contains(&format!("{lead}{first}"))),
            "{paragraphs:?}"
        );
    }
}

#[test]
fn news_of_a_report_made_public_by_another_is_not_titled_by_its_of() {
    // `现公布的某某县…报告`: the report another body made public, named
    // after `的`; no title from it.
    let text = [
        "据悉，县政府办公室现公布的某某县2030年度政府信息公开工作年度报告，共分为六个部分，全面反映了全县政府信息公开工作情况。",
        "报告显示，2030年全县主动公开政府信息3562条。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(!r.title.starts_with('的'), "{}", r.title);
}
