//! Made-up pages of the shapes the fourth look at real report pages
//! (pages22, docs/quality-real-pages.md) found read wrong: the national
//! organs other than the State Council, a bracket holding a day and a
//! name, a speaker's line in brackets, a spaced name alone under the
//! delivery line, a machine translation under the report's text.

use crate::support::shapes::{report, stated_day};
use report_clean::RegionLevel;

fn level(text: &str) -> Option<RegionLevel> {
    report(text).region.map(|r| r.level)
}

#[test]
fn the_supreme_procuratorates_report_is_national_whatever_place_its_body_names() {
    let text = [
        "最高人民检察院工作报告",
        "——2030年3月8日在第十九届全国人民",
        "代表大会第二次会议上",
        "最高人民检察院检察长 张某某",
        "各位代表：",
        "现在，我代表最高人民检察院，向大会报告工作，请予审议。",
        "一、过去一年工作回顾",
        "支持新疆等地依法惩治各类犯罪，全年起诉各类犯罪嫌疑人150万人。",
    ]
    .join("\n");
    assert_eq!(level(&text), Some(RegionLevel::National));
}

#[test]
fn the_national_committees_report_is_national_and_no_place_is_read_inside_a_word() {
    let text = [
        "中国人民政治协商会议全国委员会常务委员会工作报告",
        "——在政协第十九届全国委员会第二次会议上",
        "（2030年3月4日）",
        "王某某",
        "各位委员：",
        "我代表常务委员会，向大会报告工作，请予审议。",
        "一、过去一年工作的回顾",
        "委员们围绕重大理论和实践问题深入协商，提出提案5000余件。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.region.map(|r| r.level), Some(RegionLevel::National));
    assert_eq!(stated_day(&report(&text)).as_deref(), Some("2030-03-04"));
}

#[test]
fn a_local_report_following_a_national_sessions_spirit_is_not_national() {
    for session in ["政协第十九届全国委员会", "第十九届全国人民代表大会"] {
        let text = [
            "某某市政协常务委员会工作报告".to_string(),
            "各位委员：".to_string(),
            format!("一年来，我们认真学习贯彻{session}第二次会议精神，向大会报告工作，请予审议。"),
            "一、过去一年工作回顾".to_string(),
            "委员们围绕全市中心工作深入协商，提出提案500余件。".to_string(),
        ]
        .join("\n");
        assert_ne!(level(&text), Some(RegionLevel::National), "{session}");
    }
}

#[test]
fn a_day_and_a_name_in_brackets_after_the_headline_are_when_and_by_whom() {
    let text = [
        "某某自治区政府工作报告 (2030年1月27日 某某某·某某)",
        "——2030年1月27日在某某自治区第十九届人民代表大会第四次会议上",
        "各位代表：",
        "现在，我代表自治区人民政府，向大会报告工作，请予审议。",
        "一、过去一年工作回顾",
        "全区生产总值增长6%，城乡居民收入稳步增长。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某自治区政府工作报告");
    assert_eq!(r.authors, ["某某某·某某"]);
    assert_eq!(stated_day(&r).as_deref(), Some("2030-01-27"));
    // A name of four characters without a known surname, as Tibetan
    // names run, is a name.
    let r = report(&text.replace("某某某·某某", "某某平措"));
    assert_eq!(r.authors, ["某某平措"]);
    // Words of four to six characters after the day name no one: a
    // draft's mark, a paper, a session.
    for words in [
        "征求意见稿",
        "人民日报",
        "第一次全会",
        "提请审议稿",
        "上午九时",
        "审议通过",
    ] {
        let r = report(&text.replace("某某某·某某", words));
        assert!(r.authors.is_empty(), "{words}: {:?}", r.authors);
    }
}

#[test]
fn a_line_of_a_day_and_a_name_in_brackets_under_the_headline_heads_nothing() {
    let text = [
        "某某省2030年政府工作报告",
        "(2030年5月10日 张某某)",
        "各位代表：",
        "现在，我代表省人民政府，向大会作工作报告，请予审议。",
        "一、过去一年工作回顾",
        "全省生产总值增长6%，城乡居民收入稳步增长。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.authors, ["张某某"]);
    assert_eq!(stated_day(&r).as_deref(), Some("2030-05-10"));
    assert!(
        !r.headings().any(|h| h.contains("张某某")),
        "{:?}",
        r.sections
    );
}

#[test]
fn a_speakers_line_in_brackets_is_the_speakers_not_a_heading() {
    let text = [
        "关于第十个五年计划的报告",
        "一九九一年三月二十五日在",
        "第七届全国人民代表大会第四次会议上",
        "（国务院总理 李某某）",
        "各位代表：",
        "现在，我代表国务院，向大会作关于五年计划的报告，请审议。",
        "一、过去五年的回顾",
        "五年来，国民经济持续增长，人民生活逐步改善。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.authors, ["李某某"]);
    assert!(
        !r.headings().any(|h| h.contains("李某某")),
        "{:?}",
        r.sections
    );
}

#[test]
fn a_spaced_name_alone_under_the_delivery_line_is_the_speaker_not_the_title() {
    let text = [
        "2030年12月25日在某某县第十九届人民代表大会第三次会议上",
        "张 某",
        "各位代表：",
        "现在，我代表县人民政府向大会作工作报告，请予审议。",
        "一、过去一年工作回顾",
        "全县生产总值增长6%，城乡居民收入稳步增长。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.authors, ["张某"]);
    assert!(r.title_is_derived, "{}", r.title);
}

#[test]
fn a_machine_translation_under_the_report_is_set_aside() {
    let text = [
        "论文部分内容阅读",
        "各位代表：我受市人民政府的委托，向大会作政府工作报告，请予审议。一、一九八六年的主要工作情况一九八六年，我市在省委、省人民政府和市委的领导下，认真贯彻执行了党中央、国务院一系列的方针、政策，坚持四项基本原则，把改革放在首位，扩大对外经济技术合作，加快企业技术改造，加强城市基础设施建设，大力发展商品经济，全市形势很好。",
        "Distinguished Delegates: I am entrusted by the Municipal People's Government to submit a report on the work of the government to the General Assembly for its consideration.",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        !r.paragraphs().any(|p| p.contains("Distinguished")),
        "{:?}",
        r.sections
    );
    assert!(r.noise.iter().any(|n| n.text.contains("Distinguished")));
}

#[test]
fn a_title_an_information_grid_labels_is_not_displaced_by_the_grids_next_row() {
    let text = [
        "文件名称 | 某某区2030年政府工作报告 | ||",
        "索引号 | /2030-0001 | 公开目录: | 工作报告 |",
        "公开责任部门 | 公开形式: | 主动公开 | |",
        "文号 | 成文日期: | 2030年04月15日 | |",
        "2030年3月21日在某某区第十九届",
        "人民代表大会第四次会议上",
        "某某区人民政府区长 张某某",
        "各位代表：",
        "现在，我代表区人民政府向大会报告工作，请予审议。",
        "一、过去一年工作回顾",
        "全区生产总值增长6%，城乡居民收入稳步增长。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某区2030年政府工作报告");
    assert_eq!(stated_day(&r).as_deref(), Some("2030-03-21"));
}

#[test]
fn a_budget_reports_title_set_over_two_lines_keeps_its_first_half() {
    let text = [
        "",
        "某某区2029年预算执行情况和",
        "2030年预算草案的报告",
        "2030年1月11日在某某区第十九届",
        "人民代表大会第五次会议上",
        "某某区财政局",
        "各位代表：",
        "受区人民政府委托，现将预算执行情况和预算草案提请大会审议。",
        "一、预算收支情况",
        "区级一般公共预算收入完成39.1亿元，增长4.3%。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某区2029年预算执行情况和2030年预算草案的报告");
}

#[test]
fn a_location_label_whose_path_is_lost_is_chrome_over_the_title() {
    let text = [
        "您的当前位置:",
        "",
        "省长张某某在某某省八届人大一次会议上的政府工作报告(摘要)",
        "",
        "一、过去五年各项工作取得显著成就",
        "    五年来，全省改革开放和经济建设取得重大进展，各项指标基本完成，人民生活明显提高。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(
        r.title,
        "省长张某某在某某省八届人大一次会议上的政府工作报告(摘要)"
    );
    assert!(!r.title_is_derived);
    assert!(r.noise.iter().any(|n| n.text.starts_with("您的当前位置")));
    // A profile's heading ending on 位置 is the report's own.
    let profile = format!("{text}\n一、县情概况\n地理位置：\n    某某县位于某某省东部，东邻某某县，西接某某市，总面积1200平方公里。");
    let r = report(&profile);
    assert!(
        r.headings().any(|t| t.contains("地理位置"))
            || r.paragraphs().any(|t| t.contains("地理位置")),
        "{:?}",
        r.noise
    );
}

#[test]
fn a_photos_caption_naming_the_speaker_is_no_paragraph_of_the_speech() {
    let text = [
        "某某市人民代表大会常务委员会工作报告",
        "——2030年1月26日在某某市第十六届人民代表大会第五次会议上",
        "某某市人大常委会主任 张某某",
        "各位代表：",
        "受市人大常委会的委托，我向大会报告工作，请予审议。",
        "一、过去一年的主要工作",
        "一年来，市人大常委会依法履职，召开常委会会议12次，审议法规草案30件。",
        "张某某作市人大常委会工作报告。",
        "二、今年的主要任务",
        "今年，常委会将围绕中心、服务大局，依法做好立法、监督等各项工作。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        !r.paragraphs().any(|p| p.starts_with("张某某作")),
        "{:?}",
        r.sections
    );
    assert!(r.captions.iter().any(|c| c.starts_with("张某某作")));
}

#[test]
fn a_delivery_line_whose_day_was_left_blank_dates_the_speech_to_its_month() {
    let text = [
        "政府工作报告",
        "发表时间:2029/1/9 21:27:22",
        "——2027年12月 日在**县第十五届人民代表大会第一次会议上",
        "县人民政府县长***",
        "各位代表：",
        "现在，我代表县人民政府，向县十五届人大一次会议报告本届政府的工作，请予审议。",
        "一、过去五年政府工作回顾",
        "本届政府自2023年1月就职以来，团结和带领全县人民，圆满完成了各项任务。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(stated_day(&r).as_deref(), Some("2027-12"));
    assert_eq!(
        crate::support::shapes::headings(&r),
        ["一、过去五年政府工作回顾"]
    );
}

#[test]
fn a_heading_set_apart_under_a_paragraph_ending_on_its_lead_clause_heads_what_follows() {
    let text = [
        "最高人民检察院工作报告(摘要)",
        "",
        "  最高人民检察院检察长张某某8日上午向第十九届全国人民代表大会第五次会议作最高人民检察院工作报告。摘要如下:",
        "",
        "  2029年工作回顾",
        "",
        "  2029年是极不平凡的一年。全国检察机关共办理各类案件363.7万件,同比上升20.9%。",
        "",
        "  一、服务大局,以检察履职助推高质量发展",
        "",
        "  在统筹发展和安全中依法能动履职,充分发挥法治的引领、规范和保障作用。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        crate::support::shapes::headings(&r).contains(&"2029年工作回顾".to_string()),
        "{:?}",
        r.sections
    );
}

#[test]
fn a_title_bar_whose_site_carries_its_motto_is_the_pages_over_the_headline() {
    let text = [
        "某某自治区2030年政府工作报告_某某网——某某某某经济门户",
        "",
        "某某自治区2030年政府工作报告",
        "",
        "2031年02月10日 17:41   来源:某某新闻网",
        "",
        "各位代表：",
        "现在，我代表自治区人民政府，向大会作工作报告，请予审议。",
        "一、过去一年工作回顾",
        "全区生产总值增长6%，城乡居民收入稳步增长。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某自治区2030年政府工作报告");
}

#[test]
fn a_news_leads_procurator_general_making_the_report_on_a_day_is_its_speaker() {
    let text = [
        "最高人民检察院工作报告(摘要)",
        "来源:某某网",
        "最高人民检察院检察长张某某8日上午向第十九届全国人民代表大会第五次会议作最高人民检察院工作报告。摘要如下:",
        "一、过去一年工作回顾",
        "全国检察机关共办理各类案件363.7万件,同比上升20.9%。",
    ]
    .join("\n");
    assert_eq!(report(&text).authors, ["张某某"]);
}
