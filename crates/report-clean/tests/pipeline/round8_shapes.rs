//! Pages of shapes the eighth round of docs/quality.md found wanting: a
//! mirror in traditional characters, a township with no county on its
//! page, rates given in tenths (两成), a year-end estimate, an audit of a
//! named year.

use crate::support::shapes::{report, set_aside};
use report_core::FigureKind;

#[test]
fn a_report_in_traditional_characters_is_read_and_kept_as_written() {
    let r = report(
        "廣州市人民政府工作報告\n\
         Source: 廣州市人民政府辦公廳\n\
         ——2024年1月20日在廣州市第十六屆人民代表大會第四次會議上\n\
         廣州市市長 郭永航\n\
         各位代表：\n\
         現在，我代表市人民政府，向大會報告工作，請予審議。\n\
         一、2023年工作回顧\n\
         過去一年，全市經濟運行穩中向好，地區生產總值突破3萬億元、增長4.6%，\
         一般公共預算收入增長6.1%。\n",
    );
    assert_eq!(r.title, "廣州市人民政府工作報告");
    assert_eq!(r.headings().collect::<Vec<_>>(), ["一、2023年工作回顧"]);
    assert!(r.paragraphs().any(|p| p.contains("過去一年")), "{r:#?}");
    set_aside(&r, &["廣州市市長"]);
    assert_eq!(
        r.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-01-20")
    );
    let region = r.region.as_ref().expect("a region");
    assert_eq!(
        region.city.as_ref().map(|c| c.name.as_str()),
        Some("广州市")
    );
    let growth = r
        .figures
        .iter()
        .find(|f| f.value == 4.6)
        .expect("the growth rate");
    assert_eq!(growth.kind, FigureKind::Growth, "{growth:#?}");
    assert!(growth.indicator.contains("地區生產總值"), "{growth:#?}");
    let paragraph = &r.sections[growth.section].paragraphs[growth.paragraph];
    assert!(paragraph[growth.start..growth.end].ends_with("4.6%"));
    assert!(r
        .figures
        .iter()
        .any(|f| f.unit.contains("萬億元") || f.unit.contains("万亿元")));
}

#[test]
fn an_audit_of_a_year_of_account_dates_its_figures_that_year() {
    let r = report(
        "关于2023年度市级预算执行和其他财政收支的审计工作报告\n\
         ——2024年6月26日在某某市第十七届人民代表大会常务委员会第二十次会议上\n\
         市审计局局长 王 强\n\
         主任、各位副主任、秘书长、各位委员：\n\
         我受市人民政府委托，报告市级预算执行和其他财政收支的审计情况，请予审议。\n\
         一、市级预算执行审计情况\n\
         市级一般公共预算收入完成86.2亿元，支出132.5亿元。\n",
    );
    let revenue = r
        .figures
        .iter()
        .find(|f| f.value == 86.2)
        .expect("the revenue");
    assert_eq!(revenue.period.as_deref(), Some("2023"), "{revenue:#?}");
}

#[test]
fn a_speaker_under_the_delivery_line_with_no_headline_is_no_title() {
    let r = report(
        "——2024年1月15日在某某市第十五届人民代表大会第四次会议上\n\
         某某市发展和改革委员会主任 陈 华\n\
         各位代表：\n\
         受市人民政府委托，现将2023年国民经济和社会发展计划执行情况与2024年计划草案提请大会审议。\n",
    );
    assert!(r.title_is_derived, "{:?}", r.title);
    set_aside(&r, &["委员会主任 陈 华"]);
}

#[test]
fn a_page_titled_only_in_its_title_element_takes_it() {
    let r = crate::support::shapes::web_page(
        "<html><head><title>关于2023年计划执行情况与2024年计划草案的报告_某某市人民政府</title></head><body>\
         <p>——2024年1月15日在某某市第十五届人民代表大会第四次会议上</p>\
         <p>某某市发展和改革委员会主任 陈 华</p>\
         <p>各位代表：</p><p>受市人民政府委托，现将2023年国民经济和社会发展计划执行情况与2024年计划草案提请大会审议。</p>\
         </body></html>",
    );
    assert_eq!(r.title, "关于2023年计划执行情况与2024年计划草案的报告");
}

#[test]
fn an_office_over_its_holders_name_is_the_speaker() {
    let r = report(
        "2021年某某市政府工作报告\n\
         ——2021年2月25日在某某市第十五届人民代表大会第六次会议上\n\
         代市长\n\
         朱健\n\
         各位代表：\n\
         现在，我代表市人民政府，向大会报告工作，请予审议。\n\
         一、2020年工作回顾\n\
         2020年，全市地区生产总值完成3508.6亿元，增长3.9%。\n",
    );
    assert_eq!(r.headings().collect::<Vec<_>>(), ["一、2020年工作回顾"]);
    set_aside(&r, &["代市长", "朱健"]);
}

#[test]
fn a_name_spaced_out_under_its_office_is_the_speaker() {
    // Official documents set a two-character name to a three-character
    // width: `李　强`, as the State Council's 2024 report does.
    let r = report(
        "政府工作报告\n\
         ——2024年3月5日在某某县第十八届人民代表大会第三次会议上\n\
         县长\u{3000}\n\
         李\u{3000}强\n\
         各位代表：\n\
         现在，我代表县人民政府，向大会报告工作，请予审议。\n\
         一、2023年工作回顾\n\
         2023年，全县地区生产总值完成208.6亿元，增长5.9%。\n",
    );
    assert_eq!(r.authors, ["李强"]);
    // The office on the line over the name is the speaker's role.
    let speaker = r.people.first().expect("the speaker");
    assert_eq!(
        (speaker.name.as_str(), speaker.role.as_str()),
        ("李强", "县长")
    );
    assert_eq!(r.headings().collect::<Vec<_>>(), ["一、2023年工作回顾"]);
    // Lines are read with their spaces made plain.
    set_aside(&r, &["县长", "李 强"]);
}

#[test]
fn a_pictures_credit_under_the_speaker_is_no_author() {
    // The caption states what the picture shows, then who took it.
    let r = report(
        "2026年某某省政府工作报告\n\
         ——2026年1月27日在某某省十四届人民代表大会第四次会议上\n\
         来源：某某日报\n\
         某某省省长 王小明\n\
         王小明作政府工作报告。某某日报记者 刘洋\n\
         各位代表：\n\
         现在，我代表省人民政府，向大会报告工作，请予审议。\n\
         一、2025年工作回顾\n\
         2025年，全省地区生产总值完成1.2万亿元，增长5.5%。\n",
    );
    assert_eq!(r.authors, ["王小明"]);
    assert_eq!(r.headings().collect::<Vec<_>>(), ["一、2025年工作回顾"]);
    set_aside(&r, &["某某日报记者 刘洋"]);
}

#[test]
fn a_reporters_byline_alone_names_the_author() {
    let r = report(
        "我市召开经济工作会议\n\
         来源：某某日报 记者 刘洋\n\
         12月20日，全市经济工作会议召开，总结2025年经济工作，部署2026年工作。\n",
    );
    assert_eq!(r.authors, ["刘洋"]);
}
