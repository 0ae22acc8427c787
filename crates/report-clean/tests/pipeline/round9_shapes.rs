//! Pages of shapes the ninth round of docs/quality.md found wanting: what
//! the eighth left (a publisher between bars, notes marked by circled
//! numbers and their block, the words under a figure's caption), and the
//! new pages of this round.

use crate::support::shapes::{report, set_aside, web_page};

#[test]
fn a_date_led_info_line_names_its_publisher_between_bars() {
    let r = web_page(
        "<html><head><title>Government Work Report</title></head><body>\
         <h1>某某县2024年政府工作报告</h1>\
         <p>2024-01-15 08:30 | 某某县人民政府 | Views: 1203</p>\
         <p>各位代表：</p><p>过去一年，全县经济运行稳中有进，地区生产总值完成286.5亿元，增长5.8%。</p>\
         <p>一、2023年工作回顾</p>\
         <p>过去一年，全县经济运行稳中有进，一般公共预算收入完成18.2亿元，增长7.1%。</p>\
         </body></html>",
    );
    assert_eq!(r.source.as_deref(), Some("某某县人民政府"));
    assert_eq!(
        r.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-01-15")
    );
}

#[test]
fn note_marks_are_no_part_of_a_name_and_the_notes_are_apparatus() {
    let r = report(
        "某某县人民政府工作报告\n\
         ——2024年1月8日在某某县第十八届人民代表大会第四次会议上\n\
         各位代表：\n\
         现在，我代表县人民政府，向大会报告工作，请予审议。\n\
         一、2023年工作回顾\n\
         过去一年，全县地区生产总值增长4.9%，“四上”企业①新增48家，完成“两供两治”②项目12个。\n\
         名词解释：\n\
         ①“四上”企业：规模以上工业企业、有资质的建筑业企业、限额以上批零住餐企业。\n\
         ②“两供两治”：供水、供气、污水治理、垃圾治理。\n",
    );
    let names: Vec<&str> = r.figures.iter().map(|f| f.indicator.as_str()).collect();
    assert!(names.contains(&"“四上”企业新增"), "{names:?}");
    assert!(names.contains(&"“两供两治”项目"), "{names:?}");
    set_aside(&r, &["名词解释", "“四上”企业：规模以上工业企业"]);
    // The marks stay in the text as written.
    assert!(r.paragraphs().any(|p| p.contains("企业①新增")));
}

#[test]
fn a_speech_is_credited_to_its_speaker() {
    let r = report(
        "某某县人民政府工作报告\n\
         ——2024年1月8日在某某县第十八届人民代表大会第四次会议上\n\
         县长 覃 勇\n\
         各位代表：\n\
         现在，我代表县人民政府，向大会报告工作，请予审议。\n\
         一、2023年工作回顾\n\
         过去一年，全县地区生产总值增长4.9%，一般公共预算收入增长6.2%。\n",
    );
    assert_eq!(r.authors, ["覃勇"]);
    // An official named with their role, as the body's officials are.
    assert_eq!(
        r.people
            .iter()
            .map(|p| (p.name.as_str(), p.role.as_str()))
            .collect::<Vec<_>>(),
        [("覃勇", "县长")]
    );
    set_aside(&r, &["县长 覃 勇"]);
    // A story's reporters stay its authors, and no speaker is made up.
    let r = report(
        "某某县召开经济工作会议\n\
         本报讯（记者 张伟 通讯员 刘洋）3月6日，某某县召开经济工作会议，总结去年工作，部署今年任务。\n\
         会议指出，过去一年，全县地区生产总值增长4.9%，一般公共预算收入增长6.2%。\n",
    );
    assert_eq!(r.authors, ["张伟", "刘洋"]);
}

#[test]
fn a_news_agencys_copy_under_a_column_tag_and_the_sites_name() {
    let r = report(
        "（两会受权发布）政府工作报告\n\
         新华网\n\
         2024-03-12 20:15:33\n\
         来源：新华社\n\
         新华社北京3月12日电\n\
         政府工作报告\n\
         ——2024年3月5日在第十四届全国人民代表大会第二次会议上\n\
         国务院总理 李强\n\
         各位代表：\n\
         现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。\n\
         一、2023年工作回顾\n\
         过去一年，国内生产总值超过126万亿元，增长5.2%。\n",
    );
    assert_eq!(r.title, "政府工作报告");
    assert_eq!(r.subtitle, None);
    assert_eq!(r.source.as_deref(), Some("新华社"));
    set_aside(&r, &["两会受权发布", "新华网"]);
}

#[test]
fn a_file_named_for_its_report_gives_the_bare_title_its_year_and_place() {
    use report_clean::import::{import_file, KnownReports};
    let text = "政府工作报告\n\
                ——在某某区第三届人民代表大会第四次会议上\n\
                各位代表：\n\
                现在，我代表区人民政府，向大会报告工作，请予审议。\n\
                一、2023年工作回顾\n\
                过去一年，全区地区生产总值完成300.2亿元，增长4.3%。\n";
    let title = |file: &str| {
        let imported = import_file(file, text.as_bytes(), &mut KnownReports::default(), 0)
            .result
            .expect("the file imports");
        imported.reports[0].title.clone()
    };
    assert_eq!(
        title("reports/2024年梅县区政府工作报告.txt"),
        "2024年梅县区政府工作报告"
    );
    assert_eq!(title("新建文本文档.txt"), "政府工作报告");
    assert_eq!(title("report(1).txt"), "政府工作报告");
}
