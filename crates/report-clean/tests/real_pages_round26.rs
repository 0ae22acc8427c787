//! Made-up pages of the shapes the eighth look at real report pages
//! (pages26, docs/quality-real-pages.md) found read wrong.

mod support;

use support::shapes::{region_path, report, set_aside, stated_day};

#[test]
fn a_session_named_under_the_headline_dates_the_speech_over_a_day_alone_above_it() {
    // An e-paper's day stands alone over the headline; the delivery line
    // under it names the session the report was given at.
    let text = [
        "《某某日报》 《某某日报藏文版》 《某某商报》",
        "2030年02月16日",
        "某某自治区2029年国民经济和社会发展计划执行情况与2030年计划草案报告",
        "——2030年1月7日在自治区第十一届人民代表大会第三次会议上",
        "某某自治区发展和改革委员会",
        "各位代表：",
        "受自治区人民政府委托，现将2029年计划执行情况与2030年计划草案提请大会审议。",
    ]
    .join("\n");
    assert_eq!(stated_day(&report(&text)).as_deref(), Some("2030-01-07"));
    // A day alone under the headline, no session named, still dates it.
    let text = [
        "政府工作报告",
        "——在某某镇第六届人民代表大会第七次会议上",
        "张某某",
        "2030年6月19日",
        "各位代表：",
        "现在，我代表镇人民政府向大会报告工作，请予审议。",
    ]
    .join("\n");
    assert_eq!(stated_day(&report(&text)).as_deref(), Some("2030-06-19"));
}

#[test]
fn a_source_label_whose_value_is_the_next_controls_label_names_no_source() {
    let text = [
        "某某镇2029年政府工作报告",
        "发布日期:2030-03-07 00:00 来源: 分享到:",
        "各位代表:",
        "现在,我代表镇人民政府向大会报告工作,请予审议,并请各位列席人员提出意见。",
    ]
    .join("\n");
    assert_eq!(report(&text).source, None);
    // The source's name ends at the bar before the next field.
    let text = [
        "2030年某某县人民政府工作报告",
        "#2030年某某县人民政府工作报告 | 来源: 某某日报| 查看: 265",
        "各位代表:",
        "现在,我代表县人民政府向大会报告工作,请予审议。",
    ]
    .join("\n");
    assert_eq!(report(&text).source.as_deref(), Some("某某日报"));
}

