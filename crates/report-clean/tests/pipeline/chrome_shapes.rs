//! Pages of shapes the sixth round of docs/quality.md found wanting: a
//! long site name over a bare `政府工作报告`, a path of columns without its
//! home page, an account's name over its posting line, a prefecture's
//! 行署专员, a note marked by a circled number, a table under `…如下表：`.

use crate::support::shapes::{report, set_aside, web_page, PROSE};
use report_clean::Report;

fn paragraphs(r: &Report) -> Vec<&str> {
    r.paragraphs().collect()
}

#[test]
fn a_long_site_name_over_a_bare_title_is_no_headline() {
    let r = report(&format!(
        "某某彝族苗族自治县人民政府门户网站\n\
         您现在的位置：首页 > 信息公开 > 规划计划\n\
         政府工作报告\n\
         时间：2022-02-07 09:30:12    作者：县政府办    阅读：2,048\n\
         ——2022年1月20日在某某彝族苗族自治县第九届人民代表大会第一次会议上\n\
         县长  王  芳\n\
         各位代表：\n{PROSE}\n\
         一、2021年工作回顾\n{PROSE}\n"
    ));
    assert_eq!(r.title, "政府工作报告");
    let date = r.date.as_ref().expect("a date");
    assert!(
        ["2022-02-07", "2022-01-20"].contains(&date.value.as_str()),
        "{date:?}"
    );
    assert_eq!(r.headings().collect::<Vec<_>>(), ["一、2021年工作回顾"]);
    set_aside(&r, &["门户网站", "阅读：", "——2022年1月20日", "县长"]);
}

#[test]
fn a_path_of_columns_without_the_home_page_is_chrome() {
    let r = web_page(&format!(
        "<html><head><title>某某地区行政公署</title></head><body>\
         <table><tr><td>政务公开 &gt;&gt; 政府工作报告</td></tr>\
         <tr><td><b>2019年地区政府工作报告</b></td></tr>\
         <tr><td>发布时间：2019年02月12日 点击数：806</td></tr>\
         <tr><td><p>——2019年1月30日在某某地区第三届人民代表大会第四次会议上</p>\
         <p>地委副书记、行署专员 艾合买提·库尔班</p>\
         <p>各位代表：</p><p>{PROSE}</p><p>一、2018年工作回顾</p><p>{PROSE}</p>\
         </td></tr></table></body></html>"
    ));
    assert_eq!(r.title, "2019年地区政府工作报告");
    assert_eq!(r.subtitle, None);
    assert_eq!(r.headings().collect::<Vec<_>>(), ["一、2018年工作回顾"]);
    set_aside(&r, &["政务公开", "行署专员", "库尔班"]);
}

#[test]
fn an_accounts_name_over_its_posting_line_is_no_headline() {
    let r = report(&format!(
        "某某镇发布\n\
         某某镇发布 2023-02-03 20:15 浙江\n\
         权威｜某某镇人民政府2023年工作报告\n\
         各位代表：\n{PROSE}\n\
         一、2022年工作回顾\n{PROSE}\n"
    ));
    assert_eq!(r.title, "某某镇人民政府2023年工作报告");
    assert_eq!(r.date.as_ref().unwrap().value, "2023-02-03");
    assert_eq!(r.headings().collect::<Vec<_>>(), ["一、2022年工作回顾"]);
}

#[test]
fn a_line_opened_by_a_circled_number_the_text_set_after_a_figure_is_a_note() {
    let r = report(&format!(
        "某某市2021年政府工作报告\n\
         各位代表：\n{PROSE}\n\
         一、2020年工作回顾\n\
         全市城镇新增就业3.2万人②，居民消费价格上涨2.1%。\n\
         ② 含灵活就业人员。\n\
         ①新建成的滨河公园\n"
    ));
    assert!(paragraphs(&r).contains(&"② 含灵活就业人员。"), "{r:#?}");
    // A circled number no sentence refers to still labels a photo.
    assert_eq!(r.captions, ["新建成的滨河公园"]);
}

#[test]
fn a_table_under_a_line_ending_in_a_colon_keeps_its_rows() {
    let r = report(&format!(
        "某某县2024年政府工作报告\n\
         各位代表：\n{PROSE}\n\
         一、2023年工作回顾\n\
         主要指标完成情况如下：\n\
         指标 单位 完成值 增长（%）\n\
         地区生产总值 亿元 212.4 5.1\n\
         税收收入 亿元 13.6 -3.2\n"
    ));
    let ps = paragraphs(&r);
    assert!(ps.contains(&"主要指标完成情况如下："), "{ps:?}");
    assert!(ps.contains(&"指标 单位 完成值 增长（%）"), "{ps:?}");
}

#[test]
fn a_governments_name_over_the_rest_of_its_reports_title_is_one_title() {
    let r = report(&format!(
        "某某县人民政府\n\
         工作报告\n\
         二○○五年二月二十日在某某县第十四届人民代表大会第三次会议上\n\
         县长　李　明\n\
         各位代表：\n{PROSE}\n\
         第一部分　2004年工作回顾\n{PROSE}\n"
    ));
    assert_eq!(r.title, "某某县人民政府工作报告");
    // A whole title under a site's banner stays itself.
    let r = report(&format!(
        "某某县人民政府\n\
         政府工作报告\n\
         发布时间：2024-01-20\n\
         各位代表：\n{PROSE}\n"
    ));
    assert_eq!(r.title, "政府工作报告");
}

#[test]
fn a_place_with_namesakes_is_the_one_the_sites_owner_names() {
    let page = |owner: &str| {
        report(&format!(
            "朝阳区人民政府门户网站\n\
             政府工作报告\n\
             发布日期：2022-03-02\n\
             ——2022年1月6日在区第四届人民代表大会第一次会议上\n\
             各位代表：\n{PROSE}\n\
             一、过去五年工作回顾\n{PROSE}\n\
             主办：{owner}人民政府办公室  吉ICP备05001234号\n"
        ))
    };
    let county = |r: &Report| {
        let region = r.region.as_ref().expect("a region");
        (
            region.city.as_ref().map(|d| d.name.clone()),
            region.county.as_ref().map(|d| d.name.clone()),
        )
    };
    let changchun = page("长春市朝阳区");
    assert_eq!(
        county(&changchun),
        (Some("长春市".into()), Some("朝阳区".into()))
    );
    // An owner that is no namesake of the place named leaves it alone.
    let elsewhere = page("长春市南关区");
    assert_ne!(county(&elsewhere).0.as_deref(), Some("长春市"));
}

#[test]
fn a_copied_posts_placeholders_closing_mark_and_credits_are_chrome() {
    let r = report(&format!(
        "2024年某某县政府工作报告\n\
         各位代表：\n{PROSE}\n\
         一、2023年工作回顾\n{PROSE}\n\
         [图片]\n\
         二、2024年工作安排\n{PROSE}\n\
         - END -\n\
         责编：王芳 | 审核：李强\n\
         往期推荐\n\
         某某县召开经济工作会议\n"
    ));
    assert_eq!(
        r.headings().collect::<Vec<_>>(),
        ["一、2023年工作回顾", "二、2024年工作安排"]
    );
    set_aside(&r, &["[图片]", "END", "责编", "往期推荐", "经济工作会议"]);
}

#[test]
fn a_title_set_over_two_lines_at_a_conjunction_is_one_title() {
    let r = report(&format!(
        "关于某某县2023年国民经济和社会发展计划执行情况\n\
         与2024年计划草案的报告\n\
         ——2024年1月15日在某某县第十一届人民代表大会第四次会议上\n\
         各位代表：\n{PROSE}\n\
         一、2023年计划执行情况\n{PROSE}\n"
    ));
    assert_eq!(
        r.title,
        "关于某某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告"
    );
    assert_eq!(r.subtitle, None);
}

#[test]
fn a_new_terms_report_given_in_december_looks_to_the_year_after() {
    let r = report(
        "某某县人民政府工作报告\n\
         ——在某某县第十八届人民代表大会第一次会议上\n\
         （2021年12月26日）\n\
         各位代表：\n\
         现在，我代表县人民政府向大会报告工作，请予审议。\n\
         一、过去五年工作回顾\n\
         五年来，全县地区生产总值年均增长6.9%，2021年达到61.8亿元。\n\
         二、今后五年目标任务\n\
         今后五年，全县地区生产总值年均增长7%以上。\n",
    );
    assert_eq!(r.subtitle, None);
    assert_eq!(r.date.as_ref().unwrap().value, "2021-12-26");
    set_aside(&r, &["——在某某县第十八届"]);
    let periods: Vec<(f64, Option<&str>, report_clean::FigureStatus)> = r
        .figures
        .iter()
        .map(|f| (f.value, f.period.as_deref(), f.status))
        .collect();
    use report_clean::FigureStatus::{Actual, Target};
    assert_eq!(
        periods,
        [
            (6.9, Some("2017–2021"), Actual),
            (61.8, Some("2021"), Actual),
            (7.0, Some("2022–2026"), Target),
        ]
    );
}

#[test]
fn an_old_page_dated_in_yuanyue_with_its_speaker_after_a_colon_and_its_supplier() {
    let r = web_page(&format!(
        "<html><head><title>无标题文档</title></head><body><table><tr><td>\
         <p align=\"center\"><strong>政府工作报告</strong></p>\
         <p align=\"center\">——二〇〇九年元月九日在某某县第十四届人民代表大会第二次会议上</p>\
         <p align=\"center\">县长：赵德明</p>\
         <p>各位代表：<br>　　{PROSE}<br>　　<strong>一、2008年工作回顾</strong><br>　　{PROSE}</p>\
         <p align=\"right\">（某某县人民政府办公室供稿）</p>\
         </td></tr></table></body></html>"
    ));
    assert_eq!(r.title, "政府工作报告");
    assert_eq!(r.date.as_ref().unwrap().value, "2009-01-09");
    assert_eq!(r.source.as_deref(), Some("某某县人民政府办公室"));
    assert!(r.captions.is_empty(), "{:?}", r.captions);
    set_aside(&r, &["——二〇〇九年", "县长：赵德明", "供稿"]);
}

#[test]
fn a_paged_articles_pager_is_chrome() {
    let r = report(&format!(
        "2022年某某市政府工作报告\n\
         各位代表：\n{PROSE}\n\
         一、过去五年工作回顾\n{PROSE}\n\
         共3页: 上一页 1 2 3 下一页\n\
         第1页 共3页 首页 上一页 下一页 尾页\n"
    ));
    set_aside(&r, &["上一页", "尾页"]);
}

#[test]
fn a_top_level_heading_run_into_its_paragraph_stands_apart() {
    let r = report(
        "2023年某某乡政府工作报告\n\
         各位代表：\n\
         现在，我代表乡人民政府向大会报告工作，请予审议。\n\
         一、2022年工作回顾。过去一年，全乡实现财政收入8600万元，增长5.3%。\n\
         二、2023年工作安排。全乡财政收入增长6%，新建村级道路12公里。\n\
         三、加强政府自身建设。我们将坚持依法行政，自觉接受人大监督。\n",
    );
    assert_eq!(
        r.headings().collect::<Vec<_>>(),
        [
            "一、2022年工作回顾",
            "二、2023年工作安排",
            "三、加强政府自身建设"
        ]
    );
    let ps: Vec<&str> = r.paragraphs().collect();
    assert!(
        ps.contains(&"过去一年，全乡实现财政收入8600万元，增长5.3%。"),
        "{ps:?}"
    );
    // Under its own heading, the plan's figure is of the year it plans.
    let plan = r.figures.iter().find(|f| f.value == 6.0).expect("the plan");
    assert_eq!(plan.period.as_deref(), Some("2023"));
}

#[test]
fn a_year_end_speech_that_speaks_of_next_year_has_not_turned_its_year() {
    let r = report(
        "在全县经济工作会议上的讲话\n\
         县委书记　李明华\n\
         （2023年12月28日）\n\
         同志们：\n\
         这次会议的主要任务是，总结今年经济工作，部署明年经济工作。\n\
         一、今年经济运行总体平稳\n\
         预计全年地区生产总值完成215亿元，增长5.5%。\n\
         二、明年经济工作的总体要求\n\
         明年全县地区生产总值增长6%左右。\n",
    );
    let periods: Vec<(&str, f64, Option<&str>)> = r
        .figures
        .iter()
        .map(|f| (f.indicator.as_str(), f.value, f.period.as_deref()))
        .collect();
    assert_eq!(
        periods,
        [
            ("地区生产总值", 215.0, Some("2023")),
            ("地区生产总值", 5.5, Some("2023")),
            ("地区生产总值", 6.0, Some("2024")),
        ]
    );
}

#[test]
fn a_pdf_copy_spacing_its_numbers_reads_as_written_without() {
    let r = report(
        "某某县人民政府工作报告\n\
         —— 2023 年 1 月 10 日在某某县第十七届人民代表大会第二次会议上\n\
         某某县人民政府县长 黄宇\n\
         各位代表：\n\
         现在，我代表县人民政府向大会报告工作，请予审议。\n\
         一、2022 年工作回顾\n\
         2022 年，全县地区生产总值完成 165.8 亿元，同比增长 3.2%。\n",
    );
    assert_eq!(r.date.as_ref().unwrap().value, "2023-01-10");
    assert_eq!(r.headings().collect::<Vec<_>>(), ["一、2022年工作回顾"]);
    set_aside(&r, &["——2023年1月10日", "县长 黄宇"]);
    let read: Vec<(f64, &str, Option<&str>)> = r
        .figures
        .iter()
        .map(|f| (f.value, f.unit.as_str(), f.period.as_deref()))
        .collect();
    assert_eq!(
        read,
        [(165.8, "亿元", Some("2022")), (3.2, "%", Some("2022"))]
    );
}

#[test]
fn an_accounts_name_over_a_posting_line_that_opens_on_its_date_is_no_headline() {
    let r = report(&format!(
        "微信号：mouxianfabu\n\
         某县发布\n\
         2024-01-12 18:20 湖南\n\
         聚焦两会丨2024年某县市政府工作报告（全文）\n\
         各位代表：\n{PROSE}\n\
         一、2023年工作回顾\n{PROSE}\n"
    ));
    assert_eq!(r.title, "2024年某县市政府工作报告（全文）");
    assert_eq!(r.date.as_ref().unwrap().value, "2024-01-12");
    // A page's own headline over its date and time stays the headline.
    let r = report(&format!(
        "2023年政府工作报告\n\
         2023-01-12 18:20\n\
         ——2023年1月5日在某某县第十八届人民代表大会第二次会议上\n\
         各位代表：\n{PROSE}\n"
    ));
    assert_eq!(r.title, "2023年政府工作报告");
}
