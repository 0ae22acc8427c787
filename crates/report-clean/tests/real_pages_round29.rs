//! Made-up pages of the shapes the eleventh look at real report pages
//! (pages29, docs/quality-real-pages.md) found read wrong.

mod support;

use support::shapes::{first_paragraph, region_path, report, stated_day};

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
        "坚定信心 砥砺前行",
        "某某区人大常委会工作报告",
        "各位代表：",
        "我受某某区人民代表大会常务委员会委托，向大会报告工作，请予审议。",
    ]
    .join("\n");
    assert!(!report(&slogan).title.starts_with("坚定信心 砥砺前行某某"));
}
