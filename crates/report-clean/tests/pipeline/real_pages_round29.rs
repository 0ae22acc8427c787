//! Made-up pages of the shapes the eleventh look at real report pages
//! (pages29, docs/quality-real-pages.md) found read wrong.

use crate::support::shapes::{first_paragraph, headings, region_path, report, stated_day};

#[test]
fn a_page_opening_on_its_adoption_line_is_dated_by_it() {
    // A paper's resolution printed without its headline: the bracketed
    // adoption line opens the page.
    let text = [
        "（2030年1月7日某某县第九届人民代表大会第三次会议通过）",
        "某某县第九届人民代表大会第三次会议听取和审议了县人民法院院长张某某所作的工作报告。会议决定批准这个报告。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(stated_day(&r).as_deref(), Some("2030-01-07"));
    assert!(r.title_is_derived);
    assert!(!r.title.starts_with('（'), "{}", r.title);
}

#[test]
fn an_adoption_line_in_chinese_numerals_dates_the_page() {
    let text = [
        "（二〇三〇年三月七日某某县第九届人民代表大会第三次会议通过）",
        "某某县第九届人民代表大会第三次会议听取和审议了县人民政府县长张某某所作的政府工作报告。会议决定批准这个报告。",
    ]
    .join("\n");
    assert_eq!(stated_day(&report(&text)).as_deref(), Some("2030-03-07"));
}

#[test]
fn an_assemblys_short_term_after_a_place_names_its_government() {
    // `丹寨县九届人大三次会议`: the term without 第, as adoption lines say it.
    let text = [
        "(2030年5月15日丹寨县九届人大三次会议第三次全体会议通过)",
        "听取和审议了张某某县长代表县人民政府所作的政府工作报告。会议决定批准这个报告。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(stated_day(&r).as_deref(), Some("2030-05-15"));
    assert!(
        region_path(&r).iter().any(|p| p == "丹寨县"),
        "{:?}",
        r.region
    );
}

#[test]
fn a_transcripts_bracketed_name_opening_the_speech_is_the_speaker() {
    let text = [
        "2030年3月3日下午，某某会议在某某会堂开幕，听取张某某副主席作的关于提案工作情况的报告。",
        "[张某某]各位委员：我代表某某委员会常务委员会，向大会报告提案工作，请予审议。",
        "一年来，共提交提案500件，经审查立案450件。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.authors, ["张某某"]);
    let paragraphs: Vec<&String> = r.sections.iter().flat_map(|s| &s.paragraphs).collect();
    assert!(
        paragraphs.iter().any(|p| p.starts_with("各位委员")),
        "{paragraphs:?}"
    );
    assert!(paragraphs.iter().all(|p| !p.contains("[张某某]")));
}

#[test]
fn a_speech_without_a_title_is_named_by_the_organ_it_reports_for() {
    let text = [
        "各位代表：",
        "现在，我代表某某县人民检察院向大会报告工作，请予审议，并请各位政协委员提出意见。",
        "一、过去一年工作回顾",
        "过去一年，共批准逮捕120人，提起公诉240人。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某县人民检察院工作报告");
    assert!(r.title_is_derived);

    let entrusted = [
        "各位代表：",
        "我受某某市第九届人民代表大会常务委员会委托，向大会报告工作，请予审议。",
        "一、过去一年的主要工作",
        "一年来，常委会制定地方性法规3件。",
    ]
    .join("\n");
    assert_eq!(
        report(&entrusted).title,
        "某某市第九届人民代表大会常务委员会工作报告"
    );

    // An audit's report to the standing committee reports no work of the
    // organ that sends it: the lead's words stay.
    let audit = [
        "主任、各位副主任、各位委员：",
        "我受县人民政府委托，向县人大常委会报告2030年度县级预算执行和其他财政收支的审计情况，请予审议。",
        "一、县级财政管理审计情况",
        "审计结果表明，县级预算执行情况总体较好。",
    ]
    .join("\n");
    let r = report(&audit);
    assert!(!r.title.ends_with("工作报告"), "{}", r.title);
    assert!(first_paragraph(&r).starts_with("主任"));
}

#[test]
fn a_source_field_in_brackets_of_its_own_ends_before_the_closing_one() {
    let text = [
        "某某市人民代表大会常务委员会工作报告",
        "（来源：某某新闻网）",
        "各位代表：",
        "我受某某市第九届人民代表大会常务委员会委托，向大会报告工作，请予审议。",
        "一、过去一年的主要工作",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.source.as_deref(), Some("某某新闻网"));
}

#[test]
fn a_path_of_columns_ending_on_the_headline_is_the_sites_breadcrumb() {
    let text = [
        "某某总结网 > 工作计划 > 年度工作计划 > 某某镇2030年工作总结和2031年工作计划",
        "某某镇2030年工作总结和2031年工作计划",
        "2030年，镇政府在县委、县政府和镇党委的正确领导下，全镇经济平稳增长。现将工作情况总结如下：",
        "一、认真做好产业开发工作",
        "全年新种植茶叶270亩。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某镇2030年工作总结和2031年工作计划");
    assert!(
        first_paragraph(&r).starts_with("2030年"),
        "{}",
        first_paragraph(&r)
    );
}

#[test]
fn a_title_broken_after_its_year_goes_on_on_the_next_line() {
    let text = [
        "某某新区某某街道办事处2030年度政府",
        "信息公开工作年度报告",
        "根据《中华人民共和国政府信息公开条例》要求，编制本报告。",
        "一、总体情况",
        "全年主动公开政府信息140余条。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(
        r.title,
        "某某新区某某街道办事处2030年度政府信息公开工作年度报告"
    );
    assert!(r.subtitle.is_none(), "{:?}", r.subtitle);

    // A headline of words over the report's own name is no title cut.
    let slogan = [
        "坚定信心 砥砺前行2030年",
        "某某区人大常委会工作报告",
        "各位代表：",
        "我受某某区人民代表大会常务委员会委托，向大会报告工作，请予审议。",
    ]
    .join("\n");
    assert!(!report(&slogan).title.starts_with("坚定信心 砥砺前行某某"));
}

/// Every heading and paragraph of a report, one line each.
fn all_text(r: &report_core::Report) -> String {
    let mut lines = headings(r);
    lines.extend(r.sections.iter().flat_map(|s| s.paragraphs.iter().cloned()));
    lines.join("\n")
}

#[test]
fn a_report_on_a_matter_is_no_organs_work_report() {
    let titled = |lead: &str| {
        let text = [
            "主任、各位副主任、各位委员：",
            lead,
            "一、基本情况",
            "全年共开展检查120次。",
        ]
        .join("\n");
        report(&text).title
    };
    for lead in [
        "我受县人民政府委托，向县人大常委会报告我县安全生产工作情况，请予审议。",
        "我受某某省人民政府委托，向省人大常委会报告全省生态环境保护工作情况，请予审议。",
        "我受县人民政府委托，向县人大常委会作关于2030年度县级预算执行的审计工作报告，请予审议。",
        "我代表某某县人民法院，向大会报告全县法院审判执行工作情况，请予审议。",
        "我代表本届政府，向大会报告工作，请予审议。",
    ] {
        let title = titled(lead);
        assert!(!title.ends_with("工作报告"), "{lead} → {title}");
    }
    for (lead, named) in [
        (
            "我代表某某县人民政府，向大会报告过去五年工作，请予审议。",
            "某某县人民政府工作报告",
        ),
        (
            "我代表某某县人民政府，向大会作政府工作报告，请予审议。",
            "某某县人民政府工作报告",
        ),
    ] {
        assert_eq!(titled(lead), named, "{lead}");
    }
}

#[test]
fn arrows_in_the_text_are_no_breadcrumb() {
    let page = |lines: &[&str]| {
        let mut text = vec![
            "某某县2030年政府工作报告",
            "各位代表：",
            "现在，我代表县人民政府向大会报告工作。",
            "一、过去一年工作回顾",
        ];
        text.extend(lines);
        text.push("全年新增企业20家。");
        all_text(&report(&text.join("\n")))
    };
    for line in [
        "种植→加工→销售一体化格局初步形成",
        "研发 » 中试 » 量产：全年新增产值20亿元",
        "工业 > 农业 > 服务业 > 2030年三次产业结构调整为10:40:50",
    ] {
        let all = page(&[line]);
        assert!(all.contains(line), "{line} lost: {all}");
    }
    // A line hard-wrapped in the middle of a sentence.
    let all = page(&[
        "过去一年，全县经济增长6%，特色产业加快发展，",
        "推动茶叶种植→加工→销售全链条覆盖带动农户",
        "增收2000元，农村居民收入增长8%。",
    ]);
    assert!(all.contains("销售全链条覆盖带动农户"), "{all}");
}

#[test]
fn a_title_cut_after_its_year_is_a_makers_or_places() {
    let title = |first: &str, second: &str| {
        let text = [
            first,
            second,
            "根据有关要求，编制本报告。",
            "一、总体情况",
            "全年主动公开政府信息140余条。",
        ]
        .join("\n");
        report(&text).title
    };
    assert_eq!(
        title("某某县人民政府2030年度", "政府信息公开工作年度报告"),
        "某某县人民政府2030年度政府信息公开工作年度报告"
    );
    assert_eq!(
        title("某某县某某局2030年政府信息", "公开工作年度报告"),
        "某某县某某局2030年政府信息公开工作年度报告"
    );
    for (kicker, own) in [
        ("2030年第1期", "某某县政府工作报告"),
        ("某某日报2030年1月6日第3版", "某某县政府工作报告"),
        ("2030年全国两会", "某某市政府工作报告"),
        ("回顾2030年", "某某县政府工作报告"),
        ("奋进2030年 建设美丽某某", "某某县人民政府工作报告"),
        ("2030年全县经济平稳增长", "县人大常委会听取工作报告"),
    ] {
        let t = title(kicker, own);
        assert!(
            !(t.contains(kicker) && t.contains(own)),
            "{kicker} + {own} → {t}"
        );
    }
}

#[test]
fn a_site_tag_in_brackets_is_no_speaker() {
    for tag in ["【全文】", "[来源]", "【解读】", "【时政】", "［关注］"] {
        let text = [
            format!("{tag}各位代表：现在，我代表某某县人民政府向大会报告工作，请予审议。"),
            "一、过去一年工作回顾".to_string(),
            "过去一年，全县地区生产总值增长6%。".to_string(),
        ]
        .join("\n");
        let r = report(&text);
        assert!(r.authors.is_empty(), "{tag}: {:?}", r.authors);
        let text = format!("{tag}我县今年共完成植树造林1.2万亩。\n全县森林覆盖率达到60%。");
        assert!(report(&text).authors.is_empty(), "{tag}");
    }
    // A tag of two directly before 我代表: a note on the copy, or what the
    // headline tags the report's name with, is no name.
    for (tag, headline) in [
        ("【全文】", "某某县人民政府工作报告"),
        ("【解读】", "某某县人民政府工作报告解读"),
    ] {
        let text = [
            headline.to_string(),
            format!("{tag}我代表某某县人民政府向大会报告工作，请予审议。"),
            "一、过去一年工作回顾".to_string(),
            "全县地区生产总值增长6%。".to_string(),
        ]
        .join("\n");
        let r = report(&text);
        assert!(r.authors.is_empty(), "{tag}: {:?}", r.authors);
    }
    // A name used on the page in other ways is still the speaker: said,
    // delivering, or a word of the text (用电高峰 beside [高峰]).
    for (name, other) in [
        ("张某", "张某说，过去一年极不平凡。"),
        ("张某", "今天上午，张某在大会上作政府工作报告。"),
        ("张某", "张某作政府工作报告。"),
        ("高峰", "全县迎峰度夏用电高峰平稳度过。"),
    ] {
        let text = [
            "某某县人民政府工作报告".to_string(),
            other.to_string(),
            format!("[{name}]我代表某某县人民政府向大会报告工作，请予审议。"),
            "一年来，全县地区生产总值增长6%。".to_string(),
        ]
        .join("\n");
        assert_eq!(report(&text).authors, [name], "{other}");
    }
    // A name of two characters speaking at once for whom it reports.
    let text = [
        "[张某]我受某某委员会常务委员会委托，向大会报告提案工作，请予审议。",
        "一年来，共提交提案500件。",
    ]
    .join("\n");
    assert_eq!(report(&text).authors, ["张某"]);
}

#[test]
fn a_source_naming_its_own_part_in_brackets_keeps_them() {
    let text = [
        "某某县人民政府工作报告",
        "（来源：某某网（某某县））",
        "各位代表：",
        "现在，我代表县人民政府，向大会报告工作，请予审议。",
        "一、过去一年工作回顾",
    ]
    .join("\n");
    assert_eq!(report(&text).source.as_deref(), Some("某某网（某某县）"));
}

#[test]
fn an_assemblys_short_term_in_passing_leaves_the_page_where_it_is() {
    // A county's report quoting its city's assembly in passing.
    let text = [
        "政府工作报告",
        "各位代表：",
        "现在，我代表县人民政府向大会报告工作。",
        "一、过去一年工作回顾",
        "过去一年，延津县认真贯彻新乡市八届人大三次会议精神，全县经济增长6%。延津县粮食产量稳定。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        region_path(&r).iter().any(|p| p == "延津县"),
        "{:?}",
        r.region
    );

    // The page's own session named in its header places it.
    let text = [
        "延津县十五届人大常委会第十二次会议文件",
        "关于2030年度县级预算执行和其他财政收支的审计工作报告",
        "主任、各位副主任、各位委员：",
        "我受县人民政府委托，向县人大常委会报告2030年度县级预算执行的审计情况，请予审议。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        region_path(&r).iter().any(|p| p == "延津县"),
        "{:?}",
        r.region
    );
}
