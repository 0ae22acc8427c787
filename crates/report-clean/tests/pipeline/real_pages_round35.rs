//! Made-up pages of the shapes the seventeenth look at real report pages
//! (pages35, docs/quality-real-pages.md) found read wrong, and beside each
//! the nearest shape main already read right, which the rules leave alone.

use crate::support::shapes::{headings, report};

fn date(r: &report_core::Report) -> Option<&str> {
    r.date.as_ref().map(|d| d.value.as_str())
}

#[test]
fn a_years_main_work_over_the_first_part_is_the_review_a_year_before() {
    // A newspaper's copy of a procuratorate's report: the salutation
    // first, no title, no dateline, the review's heading naming its year's
    // main work.
    let text = [
        "各位代表：",
        "现在，我代表某某市人民检察院向大会报告工作，请予审议，并请各位政协委员提出意见。",
        "2031年主要工作",
        "2031年，是某某规划收官之年。一年来，全市检察机关坚持服务大局，共办理各类案件9000余件。",
        "一、全力服务大局",
        "服务实施国家战略，协同办理案件100余件。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(date(&r), Some("2032"), "{:?}", r.date);
}

#[test]
fn a_plans_main_work_under_a_review_that_names_its_year_dates_as_before() {
    // The plan's heading names the year's main work too, under a review
    // that wrote its year: no review's heading, the year read as before.
    let text = [
        "各位代表：",
        "现在，我代表某某县人民政府向大会报告工作，请予审议。",
        "一、过去一年工作回顾",
        "一年来，我们全面完成2030年确定的各项目标任务，经济运行稳中有进。",
        "二、2031年主要工作",
        "今年是某某规划的关键之年，我们将着力抓好以下工作。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(date(&r), Some("2031"), "{:?}", r.date);
    // A plan's task list is more than the year's work.
    let text = [
        "各位代表：",
        "现在，我代表某某县人民政府向大会报告工作，请予审议。",
        "一、2031年主要工作任务",
        "今年我们将着力抓好以下工作，确保完成全年目标任务。",
    ]
    .join("\n");
    assert_eq!(date(&report(&text)), Some("2031"));
    // The plan's heading under a review that writes no year
    // (`过去的一年，…`), and a plan's page under its own lead: the plan's
    // year, as before.
    let text = [
        "各位代表：",
        "现在，我代表某某区人民政府向大会报告工作，请予审议。",
        "过去的一年，全区经济社会发展取得新成效，地区生产总值增长5%。",
        "一、2031年主要工作",
        "（一）推动经济稳中求进。",
    ]
    .join("\n");
    assert_eq!(date(&report(&text)), Some("2031"));
    let text = [
        "为贯彻落实县委全会精神，现将今年全县重点工作安排如下。",
        "2031年主要工作",
        "一、着力扩大有效投资。全年实施重点项目100个。",
        "二、着力保障改善民生。城镇新增就业3000人。",
    ]
    .join("\n");
    assert_eq!(date(&report(&text)), Some("2031"));
}

#[test]
fn the_year_just_past_opening_the_review_under_a_heading_without_it() {
    // A standing committee's report in a newspaper: the vice-chair's
    // byline first, the errand before the speaker, the review's heading
    // naming no year, its first sentence opening on the year reviewed.
    let text = [
        "某某省人民代表大会常务委员会副主任 王某某",
        "各位代表：",
        "受省人大常委会委托，我向大会报告工作，请予审议。",
        "过去一年的主要工作",
        "2031年是某某规划收官之年，也是下一个规划谋篇之年。一年来，常委会认真履行宪法法律赋予的职权。",
        "一、服务中心大局",
        "常委会聚焦全省中心大局，制定地方性法规7件。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(date(&r), Some("2032"), "{:?}", r.date);
    assert!(r.title_is_derived);
    assert_eq!(r.title, "省人大常委会工作报告");
}

#[test]
fn five_years_or_a_span_under_the_review_and_other_errands_read_as_before() {
    // Five years reviewed: the year under it is no year just past.
    let text = [
        "各位代表：",
        "我受某某市人民代表大会常务委员会的委托，向大会报告工作，请予审议。",
        "过去五年工作回顾",
        "2031年是本届常委会任期的最后一年。五年来，常委会认真履行职权。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(date(&r), Some("2031"), "{:?}", r.date);
    assert_eq!(r.title, "某某市人民代表大会常务委员会工作报告");
    // A budget's report made on the government's errand names no work
    // report; `现将` after the errand names no speaker.
    let text = [
        "各位代表：",
        "受县人民政府委托，现将2031年预算执行情况和2032年预算草案提请大会审议，并请各位政协委员提出意见。",
        "一、2031年预算执行情况",
        "全县一般公共预算收入完成5亿元，增长5%。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(!r.title.ends_with("工作报告"), "{}", r.title);
}

#[test]
fn a_caption_naming_the_speaker_over_the_salutation_is_a_caption() {
    // A news site's copy: the photo's caption under the title, no full
    // stop, no byline, then the salutation.
    let text = [
        "某某市人民代表大会常务委员会工作报告",
        "王某某作人大常委会工作报告",
        "各位代表：",
        "我受某某市第十六届人民代表大会常务委员会的委托，向大会报告五年来的主要工作，请予审议。",
        "过去五年的工作回顾",
        "过去的五年，是极不平凡的五年。常委会紧紧围绕全市工作大局，依法履行职责。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(headings(&r), ["过去五年的工作回顾"]);
    assert!(
        r.captions
            .iter()
            .any(|c| c.contains("作人大常委会工作报告")),
        "{:?}",
        r.captions
    );
    assert_eq!(r.authors, ["王某某"]);
}

#[test]
fn a_heading_over_no_salutation_or_of_more_than_a_report_stays() {
    // A news story's heading over its lead: no speech's salutation under
    // it, a heading as before.
    let text = [
        "某某市人大会议开幕",
        "王某某作人大常委会工作报告",
        "1月10日上午，某某市第十六届人民代表大会第三次会议开幕。王某某代表市人大常委会作工作报告。",
        "会议审议通过了大会议程，并听取了其他报告。代表们认真履行职责，积极建言献策。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(r.authors.is_empty(), "{:?}", r.authors);
    // A caption of more than the report (a second clause) names no
    // speaker by this rule.
    let text = [
        "某某市人民代表大会常务委员会工作报告",
        "王某某作报告，李某某主持会议",
        "各位代表：",
        "我受某某市人民代表大会常务委员会的委托，向大会报告工作，请予审议。",
        "一、2031年主要工作",
        "一年来，常委会依法履行职责，各项工作取得新进展。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(!r.authors.iter().any(|a| a == "王某某"), "{:?}", r.authors);
}

#[test]
fn a_formal_names_wrapped_lines_joined_with_spaces_are_one_name() {
    // A congress portal's plan report: its title wrapped on the page and
    // joined with a space at each break.
    let text = [
        "关于某某省2030年国民经济和社会发展计划 执行情况与2031年国民经济和社会发展 计划草案的报告",
        "——2031年1月16日在某某省第六届人民代表大会第三次会议上",
        "某某省发展和改革委员会",
        "各位代表：",
        "受省政府委托，现在向大会报告2030年计划执行情况与2031年计划草案，请予审议。",
        "一、2030年国民经济和社会发展计划执行情况",
        "全省经济社会发展总体平稳，地区生产总值增长5%左右。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(
        r.title,
        "关于某某省2030年国民经济和社会发展计划执行情况与2031年国民经济和社会发展计划草案的报告"
    );
}

#[test]
fn a_space_beside_a_figure_or_after_the_issuer_stays() {
    // The issuer's name and the report's name with a space between, the
    // year after it: as the page sets it.
    let text = [
        "某某县某某镇人民政府 2030年政府信息公开工作年度报告",
        "本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自2030年1月1日起至2030年12月31日止。",
        "一、总体情况",
        "2030年，我镇主动公开政府信息50条。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(
        r.title,
        "某某县某某镇人民政府 2030年政府信息公开工作年度报告"
    );
}

#[test]
fn a_plans_main_work_right_under_the_errand_keeps_the_plans_year() {
    // (review) A report that opens on the year's plan, no review: the
    // errand speaks of this year's work, or the heading's first line of
    // this year; the heading is the plan's, the year as before.
    let text = [
        "各位代表：",
        "现在，我代表镇人民政府将今年工作安排向大会报告，请予审议。",
        "2032年主要工作",
        "一、着力扩大有效投资。全年实施重点项目30个。",
        "二、着力保障改善民生。新增就业800人。",
    ]
    .join("\n");
    assert_eq!(date(&report(&text)), Some("2032"));
    let text = [
        "各位代表：",
        "现在，我代表县人民政府向大会报告工作，请予审议。",
        "2032年主要工作",
        "今年是某某规划的关键之年，全县将着力抓好以下工作。",
        "一、着力扩大有效投资。",
    ]
    .join("\n");
    assert_eq!(date(&report(&text)), Some("2032"));
    // Its first line opening on its year, but speaking ahead: what the
    // year will do, or this year (今年).
    for first in [
        "2032年，全县将着力抓好以下工作。",
        "2032年是某某规划的关键之年，做好今年工作意义重大。",
    ] {
        let text = [
            "各位代表：",
            "现在，我代表县人民政府向大会报告工作，请予审议。",
            "2032年主要工作",
            first,
            "一、着力扩大有效投资。",
        ]
        .join("\n");
        assert_eq!(date(&report(&text)), Some("2032"), "{first}");
    }
}

#[test]
fn a_caption_naming_an_office_or_an_organ_names_no_speaker() {
    // (review) `张主任作…`, `李院长作…`: an office, not the speaker's name.
    for caption in [
        "张主任作常委会工作报告",
        "李院长作法院工作报告",
        "刘书记作政府工作报告",
        "国务院作政府工作报告",
    ] {
        let text = [
            "某某县人民政府工作报告",
            caption,
            "各位代表：",
            "现在，我代表某某县人民政府向大会报告工作，请予审议。",
            "一、2031年工作回顾",
            "全县经济稳中有进。",
        ]
        .join("\n");
        let r = report(&text);
        assert!(r.authors.is_empty(), "{caption}: {:?}", r.authors);
    }
}

#[test]
fn spaces_between_names_or_between_two_names_of_documents_stay() {
    // (review) Names listed with a space, and two documents' names on one
    // line: no wrapped line (too short, or a second 关于).
    for title in [
        "关于张三 李四同志职务任免的报告",
        "关于阿卜杜拉 艾力同志任职的报告",
        "关于2031年预算执行情况的报告 关于2032年预算草案的报告",
    ] {
        let text = [
            title,
            "县人大常委会：",
            "经县人民政府研究，现将有关事项报告如下，请予审议。",
            "某某县人民政府",
        ]
        .join("\n");
        assert_eq!(report(&text).title, title);
    }
}
