//! Pages and texts of shapes the twentieth round of docs/quality-rounds.md
//! found wanting.

use crate::support::shapes::{
    around_body, headings, region_path, report, stated_day, web_page, BODY,
};

/// [`BODY`] as a page's paragraphs.
fn body_paragraphs() -> String {
    BODY.iter().map(|p| format!("<p>{p}</p>")).collect()
}

#[test]
fn a_meeting_dated_after_at_dates_the_report_and_places_it() {
    let r = report(&around_body(
        &[
            "政府工作报告",
            "在2024年1月10日河口县第十七届人民代表大会第三次会议上",
            "县长 杨 波",
        ],
        &[],
    ));
    assert_eq!(stated_day(&r).as_deref(), Some("2024-01-10"));
    assert_eq!(r.authors, ["杨波"]);
    assert_eq!(
        region_path(&r),
        ["云南省", "红河哈尼族彝族自治州", "河口瑶族自治县"]
    );
}

#[test]
fn a_state_forests_head_delivers_its_report() {
    let r = report(&around_body(
        &[
            "2022年塞罕坝机械林场工作报告",
            "——2022年1月15日在塞罕坝机械林场职工代表大会上",
            "场长 陈 智",
        ],
        &[],
    ));
    assert_eq!(r.authors, ["陈智"]);
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
}

#[test]
fn a_title_only_in_the_title_element_after_a_column_is_the_documents_part() {
    let r = web_page(&format!(
        r#"<html><head><meta charset="utf-8"><title>江口县人民政府_政府信息公开_2023年江口县人民政府工作报告</title></head><body>
        <div class="con"><p>——2023年1月5日在江口县第十八届人民代表大会第二次会议上</p><p>县长 杨 林</p>{}</div></body></html>"#,
        body_paragraphs()
    ));
    assert_eq!(r.title, "2023年江口县人民政府工作报告");
    assert_eq!(stated_day(&r).as_deref(), Some("2023-01-05"));
}

#[test]
fn a_title_broken_after_its_places_name_is_one_title() {
    let r = report(&around_body(
        &[
            "2022年青川县",
            "人民政府工作报告",
            "——2022年1月20日在青川县第十八届人民代表大会第二次会议上",
            "县长 赵 明",
        ],
        &[],
    ));
    assert_eq!(r.title, "2022年青川县人民政府工作报告");
    assert_eq!(r.subtitle, None);
}

#[test]
fn a_text_wrapped_at_a_count_of_characters_reads_as_its_paragraphs() {
    // Every line cut at 30 characters, the header's too.
    let mut lines = Vec::new();
    let paragraphs = [
        "2012年汾西县政府工作报告",
        "——2012年2月20日在汾西县第十五届人民代表大会第二次会议上",
        "县长 王 刚",
        "各位代表：现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
        "一、2011年工作回顾",
        "过去的一年，全县地区生产总值完成128.6亿元，增长6.2%；一般公共预算收入完成9.8亿元，增长5.1%；城镇居民人均可支配收入达到38560元，增长5.6%。",
        "全年实施重点项目86个，完成投资65.3亿元。新增规模以上工业企业12家，规上工业增加值增长7.8%。粮食总产量达到21.5万吨，新建高标准农田3.2万亩。",
        "二、2012年主要目标任务",
        "2012年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城乡居民人均可支配收入与经济增长基本同步。",
    ];
    for p in paragraphs {
        let chars: Vec<char> = p.chars().collect();
        lines.extend(chars.chunks(30).map(|c| c.iter().collect::<String>()));
    }
    let r = report(&lines.join("\n"));
    assert_eq!(
        headings(&r),
        ["一、2011年工作回顾", "二、2012年主要目标任务"]
    );
    let body: Vec<&str> = r.paragraphs().collect();
    assert_eq!(body.len(), 4, "{body:#?}");
    assert!(body[1].contains("城镇居民人均可支配收入达到38560元，增长5.6%。"));
}

#[test]
fn a_second_report_on_the_page_keeps_its_header_out_of_the_body() {
    let r = web_page(&format!(
        r#"<html><head><meta charset="utf-8"><title>黎平县人民代表大会文件</title></head><body>
        <div class="content"><h1>2024年黎平县政府工作报告</h1>
        <p>——2024年1月9日在黎平县第十八届人民代表大会第四次会议上</p><p>县长 龙 刚</p>{}
        <h1>关于黎平县2023年计划执行情况与2024年计划草案的报告</h1>
        <p>——2024年1月9日在黎平县第十八届人民代表大会第四次会议上</p><p>黎平县发展和改革局局长 吴 涛</p>
        <p>各位代表：受县人民政府委托，现将黎平县2023年计划执行情况与2024年计划草案提请大会审议。</p>
        <p>一、2023年计划执行情况</p><p>全县地区生产总值完成186.2亿元，增长5.8%。</p>
        <p>二、2024年计划草案</p><p>地区生产总值增长6%左右。</p></div></body></html>"#,
        body_paragraphs()
    ));
    assert_eq!(r.title, "2024年黎平县政府工作报告");
    assert_eq!(r.authors, ["龙刚"]);
    assert!(
        headings(&r).contains(&"关于黎平县2023年计划执行情况与2024年计划草案的报告".to_string())
    );
    let shown: Vec<String> = r
        .paragraphs()
        .map(String::from)
        .chain(r.headings())
        .collect();
    assert!(
        !shown
            .iter()
            .any(|p| p.contains("吴 涛") || p.contains("——2024年1月9日")),
        "{shown:#?}"
    );
}
