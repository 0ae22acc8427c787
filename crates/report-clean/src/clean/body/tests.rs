use super::*;
use report_core::text::layout::read_lines;

fn body(text: &str) -> Body {
    structure_body(
        &read_lines(text),
        &Known {
            title: None,
            subtitle: None,
        },
    )
}

const LONG: &str =
    "这是一个足够长的段落，用来确认行的长度超过了标题和小标题的上限，因此被当作正文处理。";

#[test]
fn a_numbered_heading_right_after_the_salutation_is_a_heading() {
    let b = body(&format!(
        "各位代表：\n一、2022年工作回顾\n{LONG}\n二、2023年工作安排\n{LONG}"
    ));
    let headings: Vec<&String> = b.sections.iter().flat_map(|s| &s.heading).collect();
    assert_eq!(headings, ["一、2022年工作回顾", "二、2023年工作安排"]);
    assert_eq!(b.sections[0].paragraphs, ["各位代表："]);
}

/// A speech's greeting on a line of its own opens its prose: no heading.
#[test]
fn a_greeting_alone_on_its_line_is_no_heading() {
    let b = body(&format!("大家好\n{LONG}\n一、2030年工作回顾\n{LONG}"));
    let headings: Vec<&String> = b.sections.iter().flat_map(|s| &s.heading).collect();
    assert_eq!(headings, ["一、2030年工作回顾"]);
    assert_eq!(b.sections[0].paragraphs[0], "大家好");
}

#[test]
fn a_tables_rows_are_paragraphs_and_spaced_headings_stay_headings() {
    let b = body(&format!(
        "一、执行情况\n{LONG}\n\
         指标 单位 2023年目标 完成情况\n\
         地区生产总值增速 % 7 5.1\n\
         一般公共预算收入 亿元 60 61.2\n\
         二、强化创新驱动 提升产业能级 推动高质量发展\n{LONG}"
    ));
    let headings: Vec<&String> = b.sections.iter().flat_map(|s| &s.heading).collect();
    assert_eq!(
        headings,
        [
            "一、执行情况",
            "二、强化创新驱动 提升产业能级 推动高质量发展"
        ]
    );
    let rows: Vec<&String> = b.sections[0].paragraphs.iter().skip(1).collect();
    assert_eq!(
        rows,
        [
            "指标 单位 2023年目标 完成情况",
            "地区生产总值增速 % 7 5.1",
            "一般公共预算收入 亿元 60 61.2"
        ]
    );
}

#[test]
fn a_tables_rows_whose_cells_carry_their_units_are_rows() {
    let b = body(&format!(
        "一、计划执行情况\n主要指标完成情况如下：\n\
         指标名称 2024年目标 完成情况\n\
         地区生产总值 增长5.5% 增长4.8%\n\
         一般公共预算收入 82亿元 84.6亿元\n\
         二、2025年主要目标\n{LONG}"
    ));
    let headings: Vec<&String> = b.sections.iter().flat_map(|s| &s.heading).collect();
    assert_eq!(headings, ["一、计划执行情况", "二、2025年主要目标"]);
    assert_eq!(
        b.sections[0].paragraphs,
        [
            "主要指标完成情况如下：",
            "指标名称 2024年目标 完成情况",
            "地区生产总值 增长5.5% 增长4.8%",
            "一般公共预算收入 82亿元 84.6亿元"
        ]
    );
    let b = body(&format!(
        "一、2024年工作回顾\n{LONG}\n\
         表1　2024年主要经济指标完成情况\n\
         单位：亿元、%\n\
         指标 完成值 增长\n\
         地区生产总值 758.6 4.2\n"
    ));
    let headings: Vec<&String> = b.sections.iter().flat_map(|s| &s.heading).collect();
    assert_eq!(headings, ["一、2024年工作回顾"]);
    assert_eq!(
        b.sections[0].paragraphs[1],
        "表1 2024年主要经济指标完成情况"
    );
    assert_eq!(b.sections[0].paragraphs[2], "单位：亿元、%");
}

#[test]
fn joins_lines_broken_mid_sentence() {
    let b = body(&format!(
        "{}重点打造一区、\n\n一镇、一城。\n\n下一段。{LONG}",
        &LONG[..LONG.len() - 3]
    ));
    let paragraphs: Vec<&String> = b.sections.iter().flat_map(|s| &s.paragraphs).collect();
    assert_eq!(paragraphs.len(), 2, "{paragraphs:?}");
    assert!(paragraphs[0].ends_with("重点打造一区、一镇、一城。"));
}

#[test]
fn joins_a_short_line_ending_in_a_comma() {
    let b = body(&format!(
        "小标题\n坊子区坚持就业是最大的民生，\n全面落实就业优先政策。{LONG}"
    ));
    assert_eq!(b.sections[0].heading, vec!["小标题"]);
    assert!(b.sections[0].paragraphs[0].starts_with("坊子区坚持就业是最大的民生，全面落实"));
}

#[test]
fn two_short_lines_make_one_heading() {
    let b = body(&format!(
        "  {LONG}\n聚焦“百亿级产业集群”\n推动高质量发展\n  {LONG}"
    ));
    assert_eq!(
        b.sections[1].heading,
        vec!["聚焦“百亿级产业集群”", "推动高质量发展"]
    );
}

#[test]
fn flush_short_lines_are_captions_when_headings_are_indented() {
    let b = body(&format!(
        "  小标题一\n  {LONG}\n航天城\n  {LONG}\n  小标题二\n  {LONG}"
    ));
    assert_eq!(b.captions, vec!["航天城"]);
    let headings: Vec<_> = b.sections.iter().filter_map(|s| s.heading_text()).collect();
    assert_eq!(headings, vec!["小标题一", "小标题二"]);
}

#[test]
fn flush_numbered_headings_stay_headings_beside_a_stray_indented_line() {
    // A wiki copy: indented prose, flush numbered headings, and one
    // indented line a link broke off short.
    let lines = [
        "一、2011年工作回顾".to_string(),
        format!("　　{LONG}"),
        "　　我们必须认真执行".to_string(),
        format!("　　{LONG}"),
        "（一）加强宏观调控".to_string(),
        format!("　　{LONG}"),
    ];
    let b = body(&lines.join("\n"));
    let headings: Vec<_> = b.sections.iter().filter_map(|s| s.heading_text()).collect();
    assert_eq!(headings[0], "一、2011年工作回顾");
    assert!(headings.contains(&"（一）加强宏观调控".to_string()));
    assert!(b.captions.is_empty(), "{:?}", b.captions);
}

#[test]
fn a_flush_line_set_apart_over_indented_sub_headings_is_a_heading() {
    // Parts flush after extra blank lines, their sub-headings indented
    // like the prose; a photo's name flush between paragraphs stays a
    // caption.
    let b = body(&format!(
        "国民经济的成就\n\n\n\n  今后的建设任务\n\n  {LONG}\n\n航天城\n\n  {LONG}\n\n\n\n\
         国际形势\n\n  对外工作的方针\n\n  {LONG}"
    ));
    let headings: Vec<_> = b.sections.iter().filter_map(|s| s.heading_text()).collect();
    assert!(
        headings.iter().any(|h| h.contains("国民经济的成就")),
        "{headings:?}"
    );
    assert!(
        headings.iter().any(|h| h.contains("国际形势")),
        "{headings:?}"
    );
    assert_eq!(b.captions, vec!["航天城"]);
}

#[test]
fn title_repeats_cut_mid_word_but_not_at_a_break() {
    assert!(is_title_repeat(
        "乘风破浪行 坊子奋力开创高",
        "乘风破浪行 坊子奋力开创高质量发展新局面"
    ));
    assert!(!is_title_repeat(
        "做优做强三大产业",
        "做优做强三大产业 重点打造五大片区"
    ));
    assert!(is_title_repeat("标题", "标题"));
    assert!(!is_title_repeat("乘风", "乘风破浪行"));
}

#[test]
fn the_subtitle_repeated_cut_and_spaced_is_no_heading() {
    // The report's name given as the subtitle under a page's crumb, and
    // repeated over the speech as its wrapped first line, a year spaced.
    let lines = read_lines(&format!(
        "2023 年某某自治区政府工作报\n各位代表：\n{LONG}\n二〇二三年某某自治区\n{LONG}"
    ));
    let known = Known {
        title: Some("文库 实用文档 报告/总结"),
        subtitle: Some("2023年某某自治区政府工作报告(20230114)"),
    };
    let b = structure_body(&lines, &known);
    let headings: Vec<&String> = b.sections.iter().flat_map(|s| &s.heading).collect();
    // A heading that shares no cut of the name stays.
    assert_eq!(headings, ["二〇二三年某某自治区"]);
    assert_eq!(b.noise[0].kind, NoiseKind::TitleRepeat);
    // A heading the title opens with before a space between words stays.
    let lines = read_lines(&format!("{LONG}\n做优做强三大产业\n{LONG}"));
    let known = Known {
        title: Some("某区工作纪实"),
        subtitle: Some("做优做强三大产业 重点打造五大片区"),
    };
    let b = structure_body(&lines, &known);
    let headings: Vec<&String> = b.sections.iter().flat_map(|s| &s.heading).collect();
    assert_eq!(headings, ["做优做强三大产业"]);
}

#[test]
fn a_heading_set_apart_under_a_lead_on_its_colon() {
    let b = body(&format!(
        "以下为全文：\n\n过去一年的工作\n\n{LONG}\n\n主要目标是：\n\n生产总值增长5%左右\n\n新增就业1万人\n\n{LONG}"
    ));
    let headings: Vec<&String> = b.sections.iter().flat_map(|s| &s.heading).collect();
    assert_eq!(headings[0], "过去一年的工作");
    assert_eq!(b.sections[0].paragraphs, ["以下为全文："]);
    // A list's first item after its colon goes on with the colon's line.
    assert!(b.sections[1]
        .paragraphs
        .contains(&"主要目标是：生产总值增长5%左右".to_string()));
}

#[test]
fn numbered_and_marked_captions() {
    let b = body(&format!(
        "{LONG}\n①白沙河\n②潍汶河汇流处\n泰华城封顶（资料图）"
    ));
    assert_eq!(
        b.captions,
        vec!["白沙河", "潍汶河汇流处", "泰华城封顶（资料图）"]
    );
}

#[test]
fn footer_contact_and_byline_are_noise() {
    let b = body(&format!(
        "{LONG}\n(阎家鹏)\n4001893518\n相关推荐\n某某新闻标题\n返回顶部"
    ));
    let kinds: Vec<NoiseKind> = b.noise.iter().map(|n| n.kind).collect();
    assert_eq!(
        kinds,
        vec![
            NoiseKind::Byline,
            NoiseKind::Contact,
            NoiseKind::Footer,
            NoiseKind::Footer,
            NoiseKind::Footer
        ]
    );
    assert_eq!(b.authors, vec!["阎家鹏"]);
    assert_eq!(
        b.sections.iter().map(|s| s.paragraphs.len()).sum::<usize>(),
        1
    );
}

#[test]
fn a_numbered_one_sentence_item_heads_its_prose() {
    let b = body(&format!(
        "一、提高城乡低保标准。\n{LONG}\n二、完善养老服务体系。\n{LONG}\n三、加强领导。责任到人。\n{LONG}"
    ));
    let headings: Vec<_> = b.sections.iter().filter_map(|s| s.heading_text()).collect();
    assert_eq!(
        headings,
        vec!["一、提高城乡低保标准。", "二、完善养老服务体系。"]
    );
}

#[test]
fn the_words_under_a_figures_caption_are_no_heading() {
    let b = body(&format!(
        "{LONG}\n图1：2023年主要经济指标\n地区生产总值 1350亿元 增长5.1%\n\
         图2：2024年主要预期目标\n地区生产总值增长6%左右"
    ));
    assert_eq!(
        b.captions,
        ["图1：2023年主要经济指标", "图2：2024年主要预期目标"]
    );
    let paragraphs: Vec<&String> = b.sections.iter().flat_map(|s| &s.paragraphs).collect();
    assert_eq!(paragraphs[2], "地区生产总值增长6%左右", "{b:#?}");
    assert!(b.noise.is_empty(), "{:?}", b.noise);
}

#[test]
fn a_notes_block_at_the_end_is_no_body() {
    let b = body(
        "一、2023年工作回顾\n过去一年，“四上”企业①新增48家，完成“两供两治”②项目12个，地区生产总值增长4.9%。\n\
         名词解释：①“四上”企业：规模以上工业企业、有资质的建筑业企业。\n\
         ②“两供两治”：供水、供气、污水治理、垃圾治理。",
    );
    let paragraphs: Vec<&String> = b.sections.iter().flat_map(|s| &s.paragraphs).collect();
    assert_eq!(paragraphs.len(), 1, "{paragraphs:?}");
    assert_eq!(b.noise.len(), 2);
    assert!(b.noise.iter().all(|n| n.kind == NoiseKind::Footer));
}

#[test]
fn numbered_headings_and_full_width_text() {
    let b = body(&format!("一、总体情况\n{LONG}\n二、下一步工作\n{LONG}"));
    let headings: Vec<_> = b.sections.iter().filter_map(|s| s.heading_text()).collect();
    assert_eq!(headings, vec!["一、总体情况", "二、下一步工作"]);
}

#[test]
fn a_second_reports_header_inside_the_body_is_set_aside() {
    let b = body(&format!(
        "{LONG}\n关于某某县2023年计划执行情况与2024年计划草案的报告\n\
         ——2024年1月9日在某某县第十八届人民代表大会第四次会议上\n\
         某某县发展和改革局局长 吴 涛\n{LONG}\n{LONG}\n{LONG}"
    ));
    let noise: Vec<(NoiseKind, &str)> = b.noise.iter().map(|n| (n.kind, n.text.as_str())).collect();
    assert_eq!(
        noise,
        [
            (
                NoiseKind::Metadata,
                "——2024年1月9日在某某县第十八届人民代表大会第四次会议上"
            ),
            (NoiseKind::Byline, "某某县发展和改革局局长 吴 涛"),
        ]
    );
    assert!(b.authors.is_empty() && b.date.is_none());
    let headings: Vec<String> = b.sections.iter().filter_map(|s| s.heading_text()).collect();
    assert_eq!(
        headings,
        ["关于某某县2023年计划执行情况与2024年计划草案的报告"]
    );
}
