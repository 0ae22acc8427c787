//! Made-up pages of the shapes the fifth look at real report pages
//! (pages23, docs/quality-real-pages.md) found read wrong: speaker's lines
//! in other places and forms (the national assembly's chair, run into the
//! salutation, as an author's value, an office without its name), a
//! department's head naming the government, a street's own assembly after
//! its name, a county whose name is an everyday word; titles longer than
//! a short line, cut off or set over two lines; a keyword line, a tag line
//! and a copying site's credit ending line after line.

use crate::support::shapes::{headings, region_path, report, set_aside};

#[test]
fn the_standing_committees_vice_chair_under_the_title_is_the_speaker() {
    let text = [
        "2030年全国人民代表大会常务委员会工作报告",
        "全国人民代表大会常务委员会副委员长 张某某",
        "2030年3月2日",
        "我受常务委员会的委托，向大会报告一年来常委会的工作，请予审议。",
        "一、认真审议法律草案",
        "一年来，常委会审议了法律草案十二件，通过了二十件。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.authors, ["张某某"]);
    assert_eq!(r.subtitle, None);
}

#[test]
fn a_speakers_line_run_into_the_salutation_under_the_delivery_line_is_the_speakers() {
    let text = [
        "某某省人民代表大会常务委员会工作报告",
        "——2030年3月2日在某某省第九届人民代表大会第二次会议上",
        "某某省人民代表大会常务委员会副主任 张某某各位代表：",
        "我受省人民代表大会常务委员会的委托，向大会报告一年来常委会的工作。",
        "一、认真审议法规草案",
        "一年来，常委会审议了地方性法规草案十二件，批准了二十件。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.authors, ["张某某"]);
    assert!(
        r.paragraphs()
            .next()
            .is_some_and(|p| p.starts_with("各位代表")),
        "{:?}",
        r.sections
    );
    // An office before words that are no person's name (`镇长述职报告`)
    // is no speaker's line: the line stays as it is.
    let text = [
        "——2030年3月2日在某某镇第九届人民代表大会第二次会议上",
        "某某镇镇长述职报告各位代表：我代表镇人民政府报告一年来的工作。",
        "一年来，全镇完成固定资产投资十二亿元，增长百分之八。",
    ]
    .join("\n");
    assert!(report(&text).authors.is_empty());
}

#[test]
fn an_authors_field_holding_an_office_and_a_name_names_the_speaker() {
    let text = [
        "政府工作报告",
        "——2030年1月6日在某某省第五届人民代表大会第四次会议上",
        "作者 :某某省省长 张某某 编辑 : 来源 :某某省人大常委会 发布时间 :2030年01月07日",
        "各位代表：",
        "现在，我代表省人民政府向大会作工作报告，请予审议。",
        "一、2029年工作回顾",
        "2029年，全省实现地区生产总值3000亿元，增长7.8%。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.authors, ["张某某"]);
    assert_eq!(r.source.as_deref(), Some("某某省人大常委会"));
}

#[test]
fn a_speakers_line_whose_name_was_left_out_heads_nothing() {
    let text = [
        "2030年某某市某某区人民政府工作报告",
        "2030年1月16日",
        "在某某市某某区第三届人民代表大会第二次会议上",
        "某某市某某区人民政府区长",
        "各位代表：",
        "我代表区人民政府向大会作工作报告，请予审查。",
        "一、产业结构加快调整",
        "全年完成地方生产总值228.72亿元，同比增长14.7%。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(headings(&r), ["一、产业结构加快调整"]);
    set_aside(&r, &["某某市某某区人民政府区长"]);
    assert!(r.authors.is_empty());
}

#[test]
fn a_departments_head_names_the_government_the_department_reports_for() {
    let text = [
        "兰山区审计局局长 张某某",
        "2030年9月28日",
        "主任、各位副主任、各位委员：",
        "我受区人民政府的委托，向区人大常委会报告2029年度区本级预算执行和其他财政收支审计情况，请予审议。",
        "审计结果表明，各有关部门深入贯彻习近平总书记对山东系列重要讲话精神，经济平稳运行。",
    ]
    .join("\n");
    assert_eq!(region_path(&report(&text)), ["山东省", "临沂市", "兰山区"]);
}

#[test]
fn a_street_named_before_its_community_assembly_is_the_reporting_street() {
    let text = [
        "2030年某某路街道社区代表会议上的报告",
        "各位代表：",
        "现在，我代表兰山区人民政府某某路街道办事处，向大会作工作报告，请予以审议。",
        "一、2029年度工作回顾",
        "2029年，街道办事处在区委、区政府的坚强领导下，圆满完成了各方面工作目标。",
    ]
    .join("\n");
    assert_eq!(
        region_path(&report(&text)),
        ["山东省", "临沂市", "兰山区", "某某路街道"]
    );
}

#[test]
fn a_countys_name_that_is_an_everyday_word_in_the_body_places_nothing() {
    let text = [
        "某某路街道2030年社代会报告",
        "发布日期：2030年07月12日",
        "一、2029年工作回顾",
        "2029年，我们圆满完成全年目标任务，社区经济发展、民生保障、文化事业、城区面貌等方面取得明显成效。",
        "某某路街道是兰山区房屋改造主阵地，涉及5000余户居民家庭。",
    ]
    .join("\n");
    assert_eq!(
        region_path(&report(&text)),
        ["山东省", "临沂市", "兰山区", "某某路街道"]
    );
}

#[test]
fn a_title_longer_than_a_short_line_over_the_delivery_line_is_the_title() {
    let title = "关于2030年国民经济和社会发展计划执行情况与2031年国民经济和社会发展计划草案的报告";
    let text = [
        title,
        "——2031年3月5日在第十五届全国人民代表大会第四次会议上",
        "某某发展和改革委员会",
        "各位代表：",
        "受国务院委托，现将2030年计划执行情况提请大会审查。",
        "一、2030年计划执行情况",
        "2030年全国生产总值增长5%。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, title);
    assert_eq!(r.source.as_deref(), Some("某某发展和改革委员会"));
    // Under a tag and a dateline, the title repeated over the delivery line.
    let tagged = format!("（受权发布）{title}\n新华社北京3月13日电\n{text}");
    assert_eq!(report(&tagged).title, title);
}

#[test]
fn a_cut_off_title_over_the_whole_of_it_gives_way_to_it() {
    let text = [
        "某某县关于今年以来国民经济和社会发展计划执",
        "某某县关于今年以来国民经济和社会发展计划执行情况的报告",
        "——2030年8月8日在某某县第十届人民代表大会常务委员会第二十一次会议上",
        "某某县发展和改革局局长 张某某",
        "主任、各位副主任、各位委员：",
        "受县人民政府委托，我向县人大常委会报告今年以来计划执行情况，请审议。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(
        r.title,
        "某某县关于今年以来国民经济和社会发展计划执行情况的报告"
    );
    assert_eq!(r.subtitle, None);
}

#[test]
fn a_title_wrapped_under_a_sites_name_starts_on_its_first_half() {
    let text = [
        "某某市审计局",
        "当前位置：首页 > 政务公开 > 通知公告",
        "关于某某市2030年度市本级预算执行和",
        "其他财政收支的审计工作报告",
        "——2031年7月29日在某某市第九届人民代表大会常务委员会第四十一次会议上",
        "某某市审计局局长 张某某",
        "主任、各位副主任、秘书长，各位委员：",
        "我受市人民政府委托，向市人大常委会报告2030年度市本级预算执行和其他财政收支的审计情况，请审议。",
    ]
    .join("\n");
    assert_eq!(
        report(&text).title,
        "关于某某市2030年度市本级预算执行和其他财政收支的审计工作报告"
    );
}

#[test]
fn a_keyword_line_is_the_pages_however_long() {
    let keywords = "关键词: 某某发展 政府工作报告 惠民政策 草场承包 农家书屋 公共服务体系 生态功能区 毕业生就业 效能建设 环境执法 乡村振兴";
    let text = [
        "2030年某某自治区政府工作报告（全文）",
        "2030年02月23日13:39 | 某某网 www.example.com",
        keywords,
        "大力推进文化事业发展。继续实施文化惠民工程，推进地市图书馆和博物馆建设。",
        "二、科学推进跨越式发展",
        "加快完善综合交通运输体系，加强农村公路建设。",
    ]
    .join("\n");
    let r = report(&text);
    set_aside(&r, &["关键词"]);
    assert!(r
        .paragraphs()
        .next()
        .is_some_and(|p| p.starts_with("大力推进")));
}

#[test]
fn a_line_of_tags_taken_from_the_title_heads_nothing() {
    let text = [
        "2030年镇政府工作报告",
        "2030-04-25 15:10:15 某某文档网",
        "镇政府,工作报告,2030",
        "尊敬的各位代表：",
        "一、经济建设",
        "全镇生产总值达到120亿元，同比增长6.5%。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(headings(&r), ["一、经济建设"]);
    set_aside(&r, &["镇政府,工作报告,2030"]);
}

#[test]
fn a_copying_sites_credit_ending_line_after_line_is_taken_off() {
    let credit = "文章源自某某网-https://www.example.com/1.html";
    let text = [
        format!("关于某某市2030年计划执行情况的报告{credit}"),
        credit.to_string(),
        format!("——2031年1月5日在某某市第十届人民代表大会第四次会议上{credit}"),
        format!("某某市发展和改革委员会{credit}"),
        format!("各位代表：{credit}"),
        "受市人民政府委托，现将2030年计划执行情况提请大会审查。".to_string(),
        "一、2030年计划执行情况".to_string(),
        "全市生产总值增长5%。".to_string(),
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "关于某某市2030年计划执行情况的报告");
    assert_eq!(headings(&r), ["一、2030年计划执行情况"]);
    set_aside(&r, &["文章源自某某网"]);
}

#[test]
fn a_first_line_naming_no_report_gives_way_over_a_grid_to_one_that_names_one() {
    let text = [
        "全文检索",
        "索引号: 1234567890/2030022800000014 发布机构:",
        "生效日期: 2030-02-28 废止日期:",
        "2030年政府工作报告",
        "来源: 发布时间:2030-02-28 浏览次数:",
        "政府工作报告",
        "——2030年2月19日在某某市第一届人民代表大会第四次会议上",
        "某某市人民政府市长 张某某",
        "各位代表：",
        "现在，我代表市人民政府，向大会报告工作，请予审议。",
        "一、2029年工作回顾",
        "全年实现地区生产总值315.5亿元、同比增长6.6%。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "2030年政府工作报告");
    set_aside(&r, &["全文检索"]);
}

#[test]
fn a_newspapers_banner_of_day_paper_and_page_is_no_headline() {
    let text = [
        "2030年4月18日某某日报 第2版",
        "第2版(要闻)",
        "专栏:",
        "某某省人民代表大会常务委员会工作报告",
        "——2030年3月31日在某某省第七届人民代表大会第一次会议上",
        "某某省人民代表大会常务委员会副主任 张某某",
        "各位代表：",
        "我受常务委员会的委托，向大会报告本届常委会五年来的主要工作。",
        "一、立法工作取得重大进展",
        "五年内审议通过地方性法规37件。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某省人民代表大会常务委员会工作报告");
    assert_eq!(r.source.as_deref(), Some("某某日报"));
}

#[test]
fn a_menu_row_with_a_letter_spaced_column_is_no_headline() {
    let text = [
        "专题研究 | 政治史 | 经济史 | 征文启事 | 学 者",
        "您所在的位置:首页 >> 文献与史料 >> 重要文献",
        "某某省人民代表大会常务委员会工作报告",
        "发布时间: 2030-04-22    作者:    来源:某某社 2030-03-18",
        "--2030年3月9日在某某省第九届人民代表大会第三次会议上",
        "某某省人民代表大会常务委员会主任 张某某",
        "各位代表:",
        "现在,我代表省人民代表大会常务委员会,向大会作工作报告,请予审议。",
    ]
    .join("\n");
    assert_eq!(report(&text).title, "某某省人民代表大会常务委员会工作报告");
}

#[test]
fn a_news_headline_over_a_subheading_naming_a_report_stays_the_title() {
    // A grid of stated fields first, then the news headline and its
    // subheading: the subheading names a report, but the headline is no
    // furniture to give way.
    let text = [
        "来源：某某县融媒体中心",
        "发布时间：2030-01-12",
        "某某县十八届人大四次会议隆重开幕",
        "听取和审议县人民政府工作报告",
        "编辑：王某",
        "1月12日上午，某某县第十八届人民代表大会第四次会议在县会议中心隆重开幕。大会听取和审议了县长李某某所作的政府工作报告。",
    ]
    .join("\n");
    let r = report(&text);
    assert_eq!(r.title, "某某县十八届人大四次会议隆重开幕");
}
