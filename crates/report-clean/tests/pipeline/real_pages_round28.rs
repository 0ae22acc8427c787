//! Made-up pages of the shapes the tenth look at real report pages
//! (pages28, docs/quality-real-pages.md) found read wrong.

use crate::support::shapes::{first_paragraph, headings, report, stated_day};

#[test]
fn a_long_title_over_the_speechs_salutation_is_the_title() {
    // No delivery line: the bureau's long title over `各位代表：`, under
    // the site's menu button and breadcrumb.
    let text = [
        "导航",
        "您的位置: 首页>区财政局>政务公开>财政预决算 > 区级预算报告",
        "某某市某某区财政局关于某某市某某区2030年预算执行情况和2031年预算草案的报告",
        "各位代表:",
        "受区人民政府委托,现将我区2030年预算执行情况和2031年预算草案的报告提请大会审查。",
        "一、2030年财政工作情况",
        "2030年,全区财政坚持稳中求进,持续改善民生。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(
        r.title,
        "某某市某某区财政局关于某某市某某区2030年预算执行情况和2031年预算草案的报告"
    );
    assert!(!r.title_is_derived);
    assert!(first_paragraph(&r).starts_with("各位代表"));
}

#[test]
fn question_marks_opening_lines_are_the_indent_a_copy_lost() {
    let text = [
        "关于某某市政府工作报告",
        "??2031年1月5日在某某市第十五届人民代表大会第一次会议上",
        "市长张某某",
        "各位代表:",
        "我代表市人民政府向大会作政府工作报告,请予审议。",
        "一、过去五年工作回顾",
        "??经济综合实力迈上新台阶。五年来,经济保持较快增长。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(stated_day(&r).as_deref(), Some("2031-01-05"));
    assert_eq!(r.authors, ["张某某"]);
    assert_eq!(headings(&r), ["一、过去五年工作回顾"]);
    assert!(first_paragraph(&r).starts_with("各位代表"));
}

#[test]
fn an_empty_source_field_before_the_pages_controls_names_no_source() {
    let text = [
        "2031年某某自治州人民政府工作报告",
        "2031-02-25 00:00 作者: 来源: 【字体:",
        "政府工作报告",
        "——2031年2月25日在某某自治州第十三届人民代表大会第五次会议上",
        "州人民政府州长 张某某",
        "各位代表:",
        "现在,我代表州人民政府向大会作政府工作报告,请予审议。",
    ]
    .join("\n");
    assert_eq!(report(&text).source, None);
}

#[test]
fn a_sites_words_to_its_reader_on_what_it_gathered_are_no_part_of_the_report() {
    for blurb in [
        "在各种场合,报告都被广泛地运用着。以下是小编为大家收集的报告范文,仅供参考,大家一起来看看吧。",
        "绪论:在寻找写作灵感吗?某某网为您精选了8篇村委会工作报告,欢迎您的阅读与分享!",
    ] {
        let text = [
            "村委会工作报告(精选8篇)",
            blurb,
            "村委会工作报告篇一",
            "一年来,某某村在镇党委的领导下,完成了村级道路硬化和人居环境整治。",
            "一、加强组织建设",
            "村两委定期召开会议,明确分工。",
        ]
        .join("\n");
        let r = report(&text);
        assert!(first_paragraph(&r).starts_with("一年来"), "{blurb}");
        assert!(r.noise.iter().any(|n| n.text == blurb), "{blurb}");
    }
}

#[test]
fn a_report_serving_its_people_is_no_site_speaking_to_its_reader() {
    // `为您服务` and `收集` in a report's own sentence (the review of round
    // 28): the site's subject is `为您` with what it did, `为您精选`.
    let line = "12345政务服务便民热线24小时为您服务,全年收集群众诉求15.6万件,办结率99%。";
    let text = [
        "某某市人民政府工作报告",
        "各位代表:",
        "过去一年,我们持续改善政务服务。",
        line,
        "一、2030年工作回顾",
        "全市经济稳中有进。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(r.noise.iter().all(|n| n.text != line), "{:?}", r.noise);
    assert!(
        r.sections
            .iter()
            .any(|s| s.paragraphs.iter().any(|p| p == line)),
        "the sentence stays in the body"
    );
}

#[test]
fn a_title_cut_before_the_of_that_closes_its_matter_goes_on_on_the_next_line() {
    let text = [
        "某某镇十七届人大二次会议文件(12)",
        "关于《某某镇政府工作报告》",
        "的决议(草案)",
        "(2031年2月10日某某镇十七届人大二次会议)",
        "某某镇第十七届人民代表大会第二次会议听取和审议了张某某同志代表镇人民政府所作的工作报告。",
        "会议认为,镇政府较好地完成了目标任务,决定批准这个报告。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "关于《某某镇政府工作报告》的决议(草案)");
    assert_eq!(stated_day(&r).as_deref(), Some("2031-02-10"));
    assert!(headings(&r).is_empty());
    // A line of the text opening on 的 under a whole title stays the text's.
    let text = [
        "关于某某镇2030年预算执行情况的报告",
        "的确,过去一年全镇财政收入稳步增长。",
        "各位代表:",
        "现在,我代表镇人民政府报告预算执行情况。",
    ]
    .join("\n");
    assert_eq!(report(&text).title, "关于某某镇2030年预算执行情况的报告");
}

#[test]
fn a_header_run_on_with_the_pages_fields_after_the_speaker_is_cut_into_its_parts() {
    let text = [
        "政府工作报告 ——二○三一年一月二十一日在某某省第六届人民代表大会第五次会议上 某某省省长 张某某 作者: 发布时间:2031-01-27 09:32:05 信息来源:某某日报客户端 浏览量:",
        "各位代表:",
        "现在,我代表省人民政府,向大会报告政府工作,请予审议。",
        "一、2030年工作回顾",
        "2030年,全省地区生产总值增长5%。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "政府工作报告");
    assert_eq!(stated_day(&r).as_deref(), Some("2031-01-21"));
    assert_eq!(r.authors, ["张某某"]);
    assert_eq!(r.source.as_deref(), Some("某某日报客户端"));
    assert!(first_paragraph(&r).starts_with("各位代表"));
}

#[test]
fn a_pages_first_part_over_its_first_item_opens_the_text_and_names_no_title() {
    let text = [
        "您当前的位置:首页 > 内容",
        "一、2030年工作总结",
        "(一)特色亮点工作",
        "1. 商圈打开流量新天地。进一步发挥商圈联盟的优势,协调辖区内重点企业参与商圈联盟共建,累计召开协商议事会9次。",
        "2. 小而美园区实现效益新突破。紧扣特色园区发展定位,推动特色产业集聚,引领园区高质量发展。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(r.title_is_derived, "{}", r.title);
    assert_ne!(r.subtitle.as_deref(), Some("(一)特色亮点工作"));
    assert_eq!(headings(&r), ["一、2030年工作总结 (一)特色亮点工作"]);
}

#[test]
fn a_source_that_credits_the_sites_users_names_no_publisher() {
    for (field, source) in [
        ("来源:网友投稿", None),
        ("来源:会员上传", None),
        ("来源:某某日报", Some("某某日报")),
    ] {
        let text = [
            "某某区2030年政府工作报告".to_string(),
            format!("时间:2031-05-19 13:50:07 {field}"),
            "各位代表:".to_string(),
            "我代表区人民政府,向大会作工作报告,请予审议。".to_string(),
            "2030年工作简要回顾".to_string(),
            "2030年是极不寻常的一年,全区经济平稳较快发展。".to_string(),
        ]
        .join("\n");
        assert_eq!(report(&text).source.as_deref(), source, "{field}");
    }
}

#[test]
fn an_agencys_dateline_opening_the_text_names_the_agency_not_the_place_it_filed_from() {
    let text = [
        "关于2030年某某省预算执行情况与2031年某某省预算草案的报告",
        "(摘要)",
        "新华社某某3月6日电 受省人民政府委托,省财政厅5日向省人大会议提交了预算报告,摘要如下:",
        "2030年预算执行情况",
        "2030年,全省财政收入完成3162亿元,比上年增长8%。",
    ]
    .join("\n");
    assert_eq!(report(&text).source.as_deref(), Some("新华社"));
    // A place holding an outlet's ending (台), and a long foreign one (the
    // review of round 28).
    for place in ["台北", "烟台", "布宜诺斯艾利斯"] {
        let text = text.replace("新华社某某", &format!("新华社{place}"));
        assert_eq!(report(&text).source.as_deref(), Some("新华社"), "{place}");
    }
}
