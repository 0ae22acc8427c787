//! Pages and texts of shapes the seventeenth round of docs/quality-rounds-16-17.md
//! found wanting.

use crate::support::shapes::{
    around_body, headings, region_path, report, set_aside, stated_day, web_page,
};

fn paragraphs(r: &report_clean::Report) -> Vec<String> {
    r.paragraphs().map(String::from).collect()
}

#[test]
fn a_delivery_line_dated_to_its_month_in_chinese_numerals() {
    let r = report(&around_body(
        &[
            "政府工作报告",
            "（二〇一九年一月在桦甸市第十八届人民代表大会第四次会议上）",
            "市长 李 伟",
        ],
        &[],
    ));
    let date = r.date.as_ref().expect("a date");
    assert_eq!((date.value.as_str(), date.inferred), ("2019-01", false));
    assert_eq!(r.authors, ["李伟"]);
    assert_eq!(region_path(&r), ["吉林省", "吉林市", "桦甸市"]);
}

#[test]
fn a_pdf_copys_page_break_inside_a_sentence_under_a_heading() {
    let r = report(
        "2021年某某县政府工作报告\n县长 王 军\n各位代表：\n一、2020年工作回顾\n\
         过去的一年，面对复杂严峻的形势，我们坚持稳中求进工作总基调，全县经济社会发展取得\n\
         - 2 -\n某某县人民政府公报\n新成效，地区生产总值增长6.2%。\n二、2021年工作安排\n\
         - 3 -\n某某县人民政府公报\n今年全县地区生产总值增长6%左右。\n",
    );
    assert_eq!(headings(&r), ["一、2020年工作回顾", "二、2021年工作安排"]);
    assert!(paragraphs(&r).contains(
        &"过去的一年，面对复杂严峻的形势，我们坚持稳中求进工作总基调，全县经济社会发展取得新成效，地区生产总值增长6.2%。"
            .to_string()
    ));
}

#[test]
fn a_bare_publishing_label_over_a_two_figure_year() {
    let r = report(&around_body(
        &[
            "2023年古蔺县政府工作报告",
            "发布：23-01-15 10:30  来源：古蔺县融媒体中心",
        ],
        &[],
    ));
    assert_eq!(stated_day(&r).as_deref(), Some("2023-01-15"));
    assert_eq!(r.source.as_deref(), Some("古蔺县融媒体中心"));
}

#[test]
fn a_word_page_made_after_sixteen_hours_utc_is_dated_chinas_next_day() {
    let body: String = crate::support::shapes::BODY
        .iter()
        .map(|p| format!("<p class=MsoNormal>{p}</p>"))
        .collect();
    let r = web_page(&format!(
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><title>政府工作报告</title>\
         <!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Administrator</o:Author>\
         <o:Created>2019-01-20T17:13:00Z</o:Created></o:DocumentProperties></xml><![endif]--></head>\
         <body><p class=MsoTitle>2019年某某县政府工作报告</p>\
         <p class=MsoNormal>——在某某县第十六届人民代表大会第四次会议上</p>{body}</body></html>"
    ));
    assert_eq!(
        r.date.as_ref().map(|d| d.value.as_str()),
        Some("2019-01-21")
    );
}

#[test]
fn a_script_drawn_pages_source_and_time_beside_its_article() {
    let content: String = crate::support::shapes::BODY
        .iter()
        .map(|p| format!("<p>{p}</p>"))
        .collect();
    let data = format!(
        r#"{{"props":{{"pageProps":{{"detail":{{"title":"2024年黄山市政府工作报告","publishTime":"2024-01-22 09:00:00","source":"黄山日报","content":"{}"}}}}}}}}"#,
        content.replace('"', "\\\"")
    );
    let r = web_page(&format!(
        r#"<html><head><title>新安晚报</title></head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>"#
    ));
    assert_eq!(r.title, "2024年黄山市政府工作报告");
    assert_eq!(stated_day(&r).as_deref(), Some("2024-01-22"));
    assert_eq!(r.source.as_deref(), Some("黄山日报"));
}

#[test]
fn an_e_papers_date_banner_names_the_paper_it_is_from() {
    let body: String = crate::support::shapes::BODY
        .iter()
        .map(|p| format!("<p>{p}</p>"))
        .collect();
    let r = web_page(&format!(
        "<html><head><title>某某日报数字报-政府工作报告</title></head><body>\
         <div class=\"banner\">酒泉日报 2024年01月18日 星期四</div>\
         <div>第01版：要闻 <a href=\"p2.html\">第02版：要闻</a> 版面导航</div>\
         <h3>政府工作报告</h3><h4>——2024年1月12日在酒泉市第五届人民代表大会第四次会议上</h4>\
         <p>酒泉市人民政府市长 唐培宏</p>{body}</body></html>"
    ));
    assert_eq!(r.source.as_deref(), Some("酒泉日报"));
    assert_eq!(stated_day(&r).as_deref(), Some("2024-01-12"));
}

#[test]
fn a_documents_distribution_list_under_its_text_is_no_paragraph() {
    let r = report(&around_body(
        &["政府工作报告", "县长 罗 军"],
        &[
            "抄送：县委办，县人大办，县政协办。",
            "石阡县人民政府办公室 2008年2月20日印发",
        ],
    ));
    set_aside(&r, &["抄送：县委办"]);
    assert_eq!(r.source.as_deref(), Some("石阡县人民政府办公室"));
}

#[test]
fn a_gallerys_captions_named_by_their_class_between_paragraphs() {
    let body: Vec<String> = crate::support::shapes::BODY
        .iter()
        .map(|p| format!("<p>{p}</p>"))
        .collect();
    let r = web_page(&format!(
        "<html><head><title>2023年某某区政府工作报告</title></head><body>\
         <h1>2023年某某区政府工作报告</h1><p>区长 林 涛</p>{}\
         <div class=\"pic\"><img src=\"a.jpg\"><p class=\"pic-title\">大会开幕，代表们认真听取政府工作报告。</p></div>\
         <div class=\"pic\"><a href=\"b.jpg\"><img src=\"b.jpg\"></a><p class=\"img-desc\">会场外，代表们交流发言。</p></div>\
         {}</body></html>",
        body[..4].concat(),
        body[4..].concat()
    ));
    assert_eq!(
        r.captions,
        [
            "大会开幕，代表们认真听取政府工作报告。",
            "会场外，代表们交流发言。"
        ]
    );
    assert!(!paragraphs(&r).iter().any(|p| p.contains("代表们")));
}

#[test]
fn a_report_delivered_on_the_heads_behalf_names_the_deliverers_office() {
    let r = report(&around_body(
        &[
            "2023年沁县政府工作报告",
            "——2023年1月9日在沁县第十七届人民代表大会第二次会议上",
            "受县长委托 常务副县长 郭 华",
        ],
        &[],
    ));
    assert_eq!(r.authors, ["郭华"]);
    let roles: Vec<&str> = r.people.iter().map(|p| p.role.as_str()).collect();
    assert_eq!(roles, ["常务副县长"]);
}

#[test]
fn a_word_pages_author_office_is_its_source_where_the_text_states_none() {
    let body: String = crate::support::shapes::BODY
        .iter()
        .map(|p| format!("<p class=MsoNormal>{p}</p>"))
        .collect();
    let page = |author: &str, info: &str| {
        web_page(&format!(
            "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><title>政府工作报告</title>\
             <!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>{author}</o:Author>\
             </o:DocumentProperties></xml><![endif]--></head>\
             <body><p class=MsoTitle>2019年灵丘县政府工作报告</p>{info}\
             <p class=MsoNormal>——2019年1月20日在灵丘县第十六届人民代表大会第四次会议上</p>{body}</body></html>"
        ))
    };
    let r = page("灵丘县人民政府办公室", "");
    assert_eq!(r.source.as_deref(), Some("灵丘县人民政府办公室"));
    // The text's own source wins; a machine's user is none.
    let r = page("灵丘县人民政府办公室", "<p>来源：灵丘县融媒体中心</p>");
    assert_eq!(r.source.as_deref(), Some("灵丘县融媒体中心"));
    assert_eq!(page("Administrator", "").source, None);
}

#[test]
fn a_columns_index_page_saved_by_mistake_is_refused_saying_so() {
    use report_clean::import::{import_file, KnownReports, Rejection};
    let list: String = (2019..=2024)
        .rev()
        .map(|y| {
            format!(
                "<li><a href=\"{y}.html\">{y}年阳城县政府工作报告</a><span>{y}-01-20</span></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>政府工作报告_阳城县人民政府</title></head><body>\
         <div class=\"crumb\">当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>\
         <ul class=\"list\">{list}</ul><div class=\"pager\">共6条 首页 上一页 1 下一页 尾页</div></body></html>"
    );
    let outcome = import_file(
        "index.html",
        html.as_bytes(),
        &mut KnownReports::default(),
        0,
    );
    assert_eq!(
        outcome.result.err(),
        Some(Rejection::ListOfLinks { count: 6 })
    );
}

#[test]
fn a_speaker_holding_two_offices_listed_with_an_enumeration_comma() {
    let r = report(&around_body(
        &[
            "赣江新区2024年工作报告",
            "——2024年1月20日在赣江新区工作会议上",
            "党工委副书记、管委会主任 王 勇",
        ],
        &[],
    ));
    assert_eq!(r.authors, ["王勇"]);
    let roles: Vec<&str> = r.people.iter().map(|p| p.role.as_str()).collect();
    assert_eq!(roles, ["党工委副书记、管委会主任"]);
}

#[test]
fn a_columns_index_copied_as_text_is_refused_saying_so() {
    use report_clean::import::{import_file, KnownReports, Rejection};
    let list: String = (2020..=2024)
        .rev()
        .map(|y| format!("{y}年阳城县政府工作报告 {y}-01-20\n"))
        .collect();
    let text = format!("政府工作报告\n{list}共5条 首页 上一页 1 下一页 尾页\n");
    let outcome = import_file(
        "index.txt",
        text.as_bytes(),
        &mut KnownReports::default(),
        0,
    );
    assert_eq!(
        outcome.result.err(),
        Some(Rejection::ListOfLinks { count: 5 })
    );
}
