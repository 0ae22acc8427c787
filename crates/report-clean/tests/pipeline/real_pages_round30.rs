//! Made-up pages of the shapes the twelfth look at real report pages
//! (pages30, docs/quality-real-pages.md) found read wrong.

use crate::support::shapes::{first_paragraph, region_path, report};

fn paragraphs(r: &report_core::Report) -> Vec<&String> {
    r.sections.iter().flat_map(|s| &s.paragraphs).collect()
}

#[test]
fn a_grids_empty_cells_leave_the_headline_and_the_body() {
    // A disclosure page's layout table as text: the headline's cell and
    // the grid's empty cells after it, then lines of bars alone.
    let bars = "|".repeat(300);
    let text = [
        format!("某某区某某街道2030年政府信息公开工作年度报告 {bars}"),
        "信息来源:某某区某某街道办事处".to_string(),
        "发布时间:2031-01-08 09:30".to_string(),
        "|".to_string(),
        bars.clone(),
        "---|---|---|".to_string(),
        "一、总体情况".to_string(),
        "2030年,街道认真贯彻落实区委、区政府关于政府信息公开工作的部署。".to_string(),
        "二、主动公开政府信息情况".to_string(),
        "全年主动公开信息42条。".to_string(),
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某区某某街道2030年政府信息公开工作年度报告");
    assert!(!r.title_is_derived);
    for p in paragraphs(&r) {
        assert!(!p.contains("|||"), "{p}");
    }
    assert!(
        first_paragraph(&r).starts_with("2030年"),
        "{}",
        first_paragraph(&r)
    );
}

#[test]
fn a_table_rows_empty_cells_stay() {
    // A row of the report's own table keeps its empty cells: only a run of
    // them after a lone cell is the page's grid.
    let text = [
        "某某县2030年政府信息公开工作年度报告",
        "一、主动公开政府信息情况",
        "规范性文件 | 3 | 1 | 12 | | |",
        "全年主动公开信息42条。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        paragraphs(&r)
            .iter()
            .any(|p| p.as_str() == "规范性文件 | 3 | 1 | 12 | | |"),
        "{:?}",
        paragraphs(&r)
    );
}

#[test]
fn a_disclosure_tables_rows_further_on_keep_their_empty_cells() {
    // The standard table's note row and a row of its own head: without
    // their bars they would read as a heading's words or a heading.
    let note = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | | | | | | | |";
    let text = [
        "某某县人民政府办公室2030年政府信息公开工作年度报告",
        "本年度报告根据《中华人民共和国政府信息公开条例》要求编制。",
        "三、收到和处理政府信息公开申请情况",
        note,
        "一、本年新收政府信息公开申请数量 | 15 | 2 | 0 | 0 | 0 | 0 | 17",
        "三、本年度办理结果 | | | | | | | |",
        "(一)予以公开 | 8 | 1 | 0 | 0 | 0 | 0 | 9",
        "四、政府信息公开工作存在的主要问题及改进情况",
        "一是公开内容不够全面。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        paragraphs(&r).iter().any(|p| p.as_str() == note),
        "{:?}",
        paragraphs(&r)
    );
    let headings = crate::support::shapes::headings(&r);
    assert!(
        !headings.iter().any(|h| h == "三、本年度办理结果"),
        "{headings:?}"
    );
}

#[test]
fn a_news_lead_on_a_published_report_is_not_that_report() {
    // News of the country's bulletin on a city's page: the page is the
    // news, neither titled as the bulletin nor moved to the country.
    let text = [
        "2月28日,国家统计局发布《中华人民共和国2030年国民经济和社会发展统计公报》。湖州市统计局表示,湖州市主要指标好于全国。",
        "湖州市全年地区生产总值增长6%,湖州市居民人均可支配收入增长5%。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(r.title_is_derived);
    assert_ne!(r.title, "中华人民共和国2030年国民经济和社会发展统计公报");
    assert!(
        region_path(&r).iter().any(|p| p == "湖州市"),
        "{:?}",
        r.region
    );
}

#[test]
fn a_disclosure_report_without_a_title_is_named_by_its_format() {
    let text = [
        "本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求编制,全文包括总体情况、主动公开政府信息情况等六个部分。报告中所列数据统计期限自2030年1月1日起至2030年12月31日止。",
        "一、总体情况",
        "2030年,某某街道全年主动公开信息42条。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(r.title_is_derived);
    assert_eq!(r.title, "2030年政府信息公开工作年度报告");
    // The law the report cites names the country as its maker, not as the
    // government the report is about.
    assert!(
        r.region
            .as_ref()
            .is_none_or(|g| g.level != report_core::RegionLevel::National),
        "{:?}",
        r.region
    );
}

#[test]
fn other_reports_opening_on_how_they_were_made_are_no_disclosure_report() {
    // A rule of law report and a department's final accounts open
    // `本报告根据…编制` too.
    for opening in [
        "本报告根据《法治政府建设与责任落实督察工作规定》要求编制,全面总结某某县人民政府2030年度法治政府建设情况,包括推进政府信息公开等方面内容。",
        "本报告依据《中华人民共和国预算法》和政府信息公开有关规定编制,主要反映某某县卫生健康局2030年度部门决算情况。",
    ] {
        let text = [opening, "一、部门基本情况", "某某县卫生健康局是县人民政府工作部门。"].join("\n");
        let r = report(&text);
        assert!(!r.title.contains("政府信息公开工作年度报告"), "{}", r.title);
    }
    // The year its figures cover in Chinese numerals.
    let text = [
        "本年度报告根据《中华人民共和国政府信息公开条例》要求编制。报告中所列数据统计期限自二〇三〇年一月一日起至二〇三〇年十二月三十一日止。",
        "一、总体情况",
        "2030年,某某街道全年主动公开信息42条。",
    ]
    .join("\n");
    assert_eq!(report(&text).title, "2030年政府信息公开工作年度报告");
}

#[test]
fn a_law_cited_in_the_title_does_not_make_the_report_national() {
    let text = [
        "关于检查《中华人民共和国食品安全法》实施情况的报告",
        "——2030年6月20日在某某市第十六届人民代表大会常务委员会第九次会议上",
        "主任、副主任、秘书长、各位委员:",
        "根据市人大常委会2030年工作要点,执法检查组对某某市贯彻实施食品安全法情况进行了检查。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(
        r.region
            .as_ref()
            .is_none_or(|g| g.level != report_core::RegionLevel::National),
        "{:?}",
        r.region
    );
    // A plan the country names in marks is the country's.
    let plan = [
        "关于《中华人民共和国国民经济和社会发展第十六个五年规划纲要(草案)》的说明",
        "各位代表:现在,我就纲要草案的编制情况作说明。",
    ]
    .join("\n");
    let r = report(&plan);
    assert_eq!(
        r.region.as_ref().map(|g| g.level),
        Some(report_core::RegionLevel::National)
    );
}

#[test]
fn the_countrys_own_inspection_of_a_law_stays_national() {
    // Delivered at the country's standing committee, the law's maker is
    // the report's government too.
    let text = [
        "关于检查《中华人民共和国种子法》实施情况的报告",
        "——2031年4月26日在第十四届全国人大常委会第十二次会议上",
        "委员长、各位副委员长、秘书长、各位委员:",
        "为推动种子法全面有效实施,执法检查组分赴河北、河南等地开展检查。",
        "一、检查工作的基本情况",
        "执法检查组先后赴河北、河南检查,河北种子企业120家。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(
        r.region.as_ref().map(|g| g.level),
        Some(report_core::RegionLevel::National),
        "{:?}",
        r.region
    );
}

#[test]
fn an_organ_entrusting_with_de_names_the_report() {
    // `我受市人民政府的委托`: 的 before the errand is no part of the organ.
    let text = [
        "各位代表:我受市人民政府的委托,向大会作政府工作报告,请予审议。一、2029年的主要工作情况",
        "全市生产总值增长6%。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(r.title_is_derived);
    assert_eq!(r.title, "市人民政府工作报告");
}

#[test]
fn a_congress_name_over_its_standing_committees_report_is_one_title() {
    let text = [
        "某某黎族苗族自治县人民代表大会",
        "常务委员会工作报告",
        "——2030年1月14日在某某黎族苗族自治县",
        "第十五届人民代表大会第七次会议上",
        "某某黎族苗族自治县人大常委会主任 张某某",
        "各位代表:",
        "我受县人大常委会的委托,向大会报告工作,请予审议。",
        "一、加强党的领导,坚定正确方向",
        "一年来,共召开常委会会议6次。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某黎族苗族自治县人民代表大会常务委员会工作报告");
    assert_eq!(stated(&r), Some("2030-01-14".to_string()));
}

fn stated(r: &report_core::Report) -> Option<String> {
    crate::support::shapes::stated_day(r)
}

#[test]
fn a_title_line_repeating_the_headlines_end_is_no_run_on() {
    // A district named with 和 (和平区) repeats the headline's end; it is no
    // conjunction going on from it.
    let text = [
        "(某某市)某某市和平区人民政府工作报告(2030年1月8日)",
        "和平区人民政府工作报告",
        "——2030年1月8日在和平区第十八届人民代表大会第五次会议上",
        "和平区人民政府区长 张某某",
        "各位代表:",
        "现在,我代表和平区人民政府,向大会报告工作,请予审议。",
        "一、2029年工作回顾",
        "全区生产总值增长5%。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某市和平区人民政府工作报告");
    // A second line that goes on with 和 still joins.
    let text = [
        "关于某某县2029年国民经济和社会发展计划执行情况",
        "和2030年计划草案的报告",
        "——2030年1月8日在某某县第十八届人民代表大会第五次会议上",
        "各位代表:",
        "受县人民政府委托,现将计划执行情况报告如下。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(
        r.title,
        "关于某某县2029年国民经济和社会发展计划执行情况和2030年计划草案的报告"
    );
}

#[test]
fn a_login_wall_ends_no_report() {
    let text = [
        "某某镇2030年政府工作报告",
        "各位代表:",
        "现在,我代表镇人民政府向大会作政府工作报告,请予审议。",
        "一、过去一年工作回顾",
        "全镇生产总值增长6%。",
        "(查看全部内容,您需要先登录!)",
    ]
    .join("\n");
    let r = report(&text);
    for p in paragraphs(&r) {
        assert!(!p.contains("登录"), "{p}");
    }
    // A report that tells residents to log in to a service keeps the words.
    let text = [
        "某某镇2030年政府工作报告",
        "各位代表:",
        "一、过去一年工作回顾",
        "群众可登录政务服务网办理社保业务,全年网上办件1.2万件。",
        "群众可登录网站查看办事进度。",
    ]
    .join("\n");
    let r = report(&text);
    assert!(paragraphs(&r).iter().any(|p| p.contains("登录政务服务网")));
    assert!(paragraphs(&r).iter().any(|p| p.contains("登录网站查看")));
}

#[test]
fn a_reports_own_lines_on_logging_in_stay() {
    // A reform's name, a service's instructions: 登录 with 全部, 请 or 您
    // in a report's own words is no wall.
    let text = [
        "关于推进“一网登录、全部通办”改革情况的报告",
        "主任、各位副主任、各位委员:",
        "现将全县推进改革情况报告如下,请予审议。",
        "一、2030年工作回顾",
        "(一)推行“一次登录、全部通办”",
        "全年共收到政府信息公开申请58件,均在法定期限内答复。",
        "申请人可登录网站在线提交申请。",
        "您登录“某某通”即可办理。",
        "网上申请须先登录政务服务网",
        "全年清理规范性文件120件。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "关于推进“一网登录、全部通办”改革情况的报告");
    let headings = crate::support::shapes::headings(&r);
    assert!(
        headings.iter().any(|h| h.contains("一次登录、全部通办")),
        "{headings:?}"
    );
    let all: Vec<String> = paragraphs(&r)
        .into_iter()
        .cloned()
        .chain(headings)
        .collect();
    for line in [
        "申请人可登录网站在线提交申请。",
        "您登录“某某通”即可办理。",
        "网上申请须先登录政务服务网",
    ] {
        assert!(all.iter().any(|p| p.contains(line)), "{line}: {all:?}");
    }
}

#[test]
fn a_local_report_citing_its_provinces_inspection_keeps_its_place() {
    // Nearly every local report cites a leader's inspection of its
    // province (or of another one): the county stays the report's place.
    for cited in ["视察陕西重要讲话精神", "视察浙江重要讲话精神"] {
        let text = [
            "各位代表:".to_string(),
            "现在,我代表县人民政府,向大会报告工作,请予审议。".to_string(),
            "一、2030年工作回顾".to_string(),
            format!("过去一年,我们深入学习贯彻习近平总书记{cited},全面落实省委、市委部署。"),
            "宁陕县全年地区生产总值增长6%,宁陕县城镇化率达到55%。".to_string(),
            "二、2031年工作安排".to_string(),
            format!("深入贯彻习近平总书记{cited},奋力谱写宁陕高质量发展新篇章。"),
        ]
        .join("\n");
        let r = report(&text);
        assert!(
            region_path(&r).iter().any(|p| p == "宁陕县"),
            "{cited}: {:?}",
            r.region
        );
    }
}

#[test]
fn a_delivery_line_drawn_with_heavy_dashes_in_a_run_on_header_dates_the_report() {
    // An old news page runs title, delivery line and speech together and
    // draws the dash as `━━`.
    let text = [
        "某某网3月19日电 某某县人民检察院工作报告 ━━2030年3月11日在某某县第十届人民代表大会第四次会议上 各位代表: 现在,我代表县人民检察院向大会报告工作,请予审议。",
        "一、围绕大局,加强法律监督",
        "全年批准逮捕120人。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(stated(&r), Some("2030-03-11".to_string()));
}

fn year(r: &report_core::Report) -> Option<String> {
    r.date.as_ref().map(|d| d.value[..4].to_string())
}

#[test]
fn a_plan_headed_by_its_year_after_an_undated_review_dates_that_year() {
    // `二、2031年主要工作` after `过去一年工作回顾` is the plan: the report
    // is of 2031, not the year after.
    let text = [
        "各位代表:",
        "现在,我代表县人民政府,向大会报告工作,请予审议。",
        "一、过去一年工作回顾",
        "过去一年,全县地区生产总值完成320亿元,增长6%。",
        "二、2031年主要工作",
        "今年政府工作的总体要求是:坚持稳中求进工作总基调。",
    ]
    .join("\n");
    assert_eq!(year(&report(&text)).as_deref(), Some("2031"));
    // A plan's page opening on its year's work.
    let text = [
        "为深入贯彻落实县委全会精神,现将今年全县重点工作安排如下。",
        "2031年主要工作",
        "一、着力扩大有效投资。全年实施重点项目120个,完成投资150亿元。",
        "二、着力推进乡村振兴。粮食播种面积稳定在50万亩以上。",
    ]
    .join("\n");
    assert_eq!(year(&report(&text)).as_deref(), Some("2031"));
}

#[test]
fn a_list_mark_before_a_heading_is_no_part_of_it() {
    // A page's numbered list of the format's parts turned into text.
    let text = [
        "某某市2030年政府信息公开工作年度报告",
        "本年度报告根据《中华人民共和国政府信息公开条例》要求编制,全文包括总体情况、主动公开政府信息情况等六个部分。",
        "- 总体情况",
        "(一)主动公开情况。全年发布信息2100条。",
        "(二)依申请公开情况。全年收到申请12件。",
    ]
    .join("\n");
    let r = report(&text);
    let headings = crate::support::shapes::headings(&r);
    assert!(headings.iter().any(|h| h == "总体情况"), "{headings:?}");
}

#[test]
fn marks_on_both_sides_of_a_heading_stay() {
    // `· 专栏 ·`: a decorative frame, not a list's mark.
    let text = [
        "某某县人民政府工作报告",
        "——2031年1月10日在某某县第十九届人民代表大会第五次会议上",
        "各位代表:",
        "现在,我代表县人民政府,向大会报告工作,请予审议。",
        "· 专栏 ·",
        "· 2030年十件民生实事 ·",
        "1.新建改扩建学校5所。",
        "一、2030年工作回顾",
        "全县地区生产总值增长6%。",
    ]
    .join("\n");
    let r = report(&text);
    let headings = crate::support::shapes::headings(&r);
    assert!(
        headings
            .iter()
            .any(|h| h.contains("· 2030年十件民生实事 ·")),
        "{headings:?}"
    );
    assert!(
        headings.iter().any(|h| h.starts_with("· 专栏 ·")),
        "{headings:?}"
    );
}
