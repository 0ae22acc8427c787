//! Pages of shapes the tenth round of docs/quality.md found wanting: what
//! the ninth left (fields run together, an organ as author, a letter-spaced
//! year in a heading, a date only in the page's address), and the new
//! pages of this round.

use crate::support::shapes::{report, web_page};

fn region_names(r: &report_clean::Report) -> Vec<String> {
    let region = r.region.as_ref().expect("a region");
    [
        &region.province,
        &region.city,
        &region.county,
        &region.township,
    ]
    .into_iter()
    .flatten()
    .map(|d| d.name.clone())
    .collect()
}

#[test]
fn a_link_to_the_next_report_names_another_place() {
    let r = web_page(
        "<html><head><title>政府工作报告_某某网</title></head><body>\
         <h1>政府工作报告</h1>\
         <p>——2023年1月12日在县第十九届人民代表大会第二次会议上</p>\
         <p>各位代表：</p><p>现在，我代表县人民政府向大会报告工作，请予审议。</p>\
         <p>一、2022年工作回顾</p>\
         <p>过去一年，全县地区生产总值完成48.6亿元，增长4.1%。</p>\
         <div>上一篇：<a href=\"/1\">石泉县2023年政府工作报告</a></div>\
         <div>下一篇：<a href=\"/2\">汉阴县人民政府2022年工作总结</a></div>\
         <div class=\"ft\">主办：宁陕县人民政府办公室</div>\
         </body></html>",
    );
    assert_eq!(region_names(&r), ["陕西省", "安康市", "宁陕县"]);
}

#[test]
fn a_street_office_running_the_site_places_its_report() {
    let r = report(
        "五里墩街道2024年工作总结和2025年工作计划\n\
         发布时间：2025-01-09 10:30　来源：五里墩街道办事处\n\
         2024年，五里墩街道紧紧围绕年度目标任务，各项工作取得新成效。\n\
         一、2024年工作总结\n\
         全年完成固定资产投资12.6亿元，增长5.2%；新增市场主体860户。\n\
         二、2025年工作计划\n\
         力争完成固定资产投资13.5亿元。\n\
         扫一扫在手机打开当前页\n\
         主办：武汉市汉阳区五里墩街道办事处\n",
    );
    assert_eq!(
        region_names(&r),
        ["湖北省", "武汉市", "汉阳区", "五里墩街道"]
    );
}

#[test]
fn a_heading_with_a_letter_spaced_year_is_a_heading() {
    let r = report(
        "政府工作报告\n\
         ——1998年1月15日在某某县第十二届人民代表大会第一次会议上\n\
         各位代表：\n\
         现在，我代表县人民政府，向大会报告工作，请予审议。\n\
         一、过去五年的工作回顾\n\
         五年来，全县国内生产总值年均增长11.2%。\n\
         二、关于1 9 9 8 年政府工作的建议\n\
         1998年全县国内生产总值增长10%。\n\
         三、加强政府自身建设\n\
         各级政府要转变职能。\n",
    );
    let headings: Vec<String> = r.headings().collect();
    assert_eq!(
        headings,
        [
            "一、过去五年的工作回顾",
            "二、关于1998年政府工作的建议",
            "三、加强政府自身建设"
        ],
    );
}

#[test]
fn a_saved_page_is_dated_by_its_own_address_where_its_text_is_not() {
    let page = |head: &str, delivery: &str| {
        web_page(&format!(
            "<html><head>{head}<title>2024年某某市政府工作报告_某某市人民政府</title></head><body>\
             <h1>2024年某某市政府工作报告</h1>{delivery}\
             <p>各位代表：</p><p>现在，我代表市人民政府，向大会报告工作，请予审议。</p>\
             <p>一、2023年工作回顾</p>\
             <p>过去一年，全市地区生产总值完成843.7亿元，增长6.8%。</p>\
             <p><a href=\"http://x.gov.cn/art/2023/12/1/art_1_1.html\">上一篇</a></p>\
             </body></html>"
        ))
    };
    let date = |r: &report_clean::Report| r.date.as_ref().map(|d| d.value.clone());
    let canonical =
        r#"<link rel="canonical" href="http://x.gov.cn/art/2024/1/15/art_1229_3964521.html">"#;
    assert_eq!(date(&page(canonical, "")).as_deref(), Some("2024-01-15"));
    // The text's own date wins; a link to another page dates nothing.
    let delivered = "<p>——2024年1月8日在某某市第十七届人民代表大会第四次会议上</p>";
    assert_eq!(
        date(&page(canonical, delivered)).as_deref(),
        Some("2024-01-08")
    );
    assert_eq!(date(&page("", "")).as_deref(), Some("2024"));
}

#[test]
fn a_label_over_the_pages_downloads_is_no_paragraph() {
    let r = report(
        "某某市2025年政府工作报告\n\
         发布日期：2025-01-24　来源：某某市人民政府办公室\n\
         各位代表：\n\
         现在，我代表市人民政府，向大会报告工作，请予审议。\n\
         一、2024年工作回顾\n\
         过去一年，全市实现地区生产总值5280亿元，增长3.8%。\n\
         附件：\n\
         1. 2025年某某市政府工作报告（图解版）.pdf\n\
         2. 名词解释.docx\n",
    );
    assert!(!r.paragraphs().any(|p| p.contains("附件")), "{r:#?}");
    assert!(r.noise.iter().any(|n| n.text == "附件："));
}

#[test]
fn the_site_named_only_in_the_page_title_places_a_township_report() {
    let page = |title: &str| {
        web_page(&format!(
            "<html><head><title>{title}</title></head><body>\
             <h1>龙溪镇2024年政府工作报告</h1>\
             <p>发布时间：2024-03-05</p>\
             <p>各位代表：</p><p>现在，我代表镇人民政府向大会报告工作，请予审议。</p>\
             <p>一、2023年工作回顾</p>\
             <p>过去一年，全镇实现工业总产值58.2亿元，增长9.1%。</p>\
             </body></html>"
        ))
    };
    let r = page("龙溪镇2024年政府工作报告_仙居县人民政府");
    assert_eq!(region_names(&r), ["浙江省", "台州市", "仙居县", "龙溪镇"]);
    let r = page("龙溪镇2024年政府工作报告 - 仙居县人民政府门户网站");
    assert_eq!(region_names(&r), ["浙江省", "台州市", "仙居县", "龙溪镇"]);
    // A report that names its own place keeps it, whoever runs the site.
    let r = web_page(
        "<html><head><title>政府工作报告_仙居县人民政府</title></head><body>\
         <h1>天台县2024年政府工作报告</h1>\
         <p>各位代表：</p><p>现在，我代表县人民政府向大会报告工作，请予审议。</p>\
         </body></html>",
    );
    assert_eq!(region_names(&r), ["浙江省", "台州市", "天台县"]);
}
