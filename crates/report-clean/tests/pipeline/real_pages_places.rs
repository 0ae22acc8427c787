//! The reporting place on made-up pages of the shapes the eighty-nine real
//! pages of docs/quality-real-pages.md (pages20) got wrong: a place read
//! inside a word or a company's name, a superior outranking the report's
//! own government, a short form of an autonomous area, the State Council
//! named only by the speaker after a page's intro.

use crate::support::shapes::{around_body, region_path, report};

#[test]
fn a_towns_report_with_names_hidden_gets_no_place_from_its_words_or_companies() {
    let r = report(
        &[
            "**镇2024年工作总结",
            "2024年，全镇上下坚持长治久安的目标，经济社会保持平稳。",
            "全年洽谈引进某某养殖、江苏某某新型材料、某某科技等项目3个。",
            "全镇完成固定资产投资1.2亿元，增长8%。",
        ]
        .join("\n"),
    );
    assert_eq!(region_path(&r), Vec::<String>::new());
}

#[test]
fn a_citys_report_under_its_provinces_party_committee_is_the_citys() {
    let r = report(
        &[
            "市政府工作回顾与计划",
            "一年来，在党中央、国务院和广东省委、省政府的坚强领导下，全市上下团结奋斗。",
            "这样的投资规模，在深圳经济发展史上是罕见的。",
            "全市地区生产总值增长6%，我市经济稳中向好。",
        ]
        .join("\n"),
    );
    assert_eq!(region_path(&r), ["广东省", "深圳市"]);
}

#[test]
fn an_autonomous_prefecture_named_by_its_short_form_in_the_delivery_line() {
    let r = report(&around_body(
        &[
            "政府工作报告",
            "——2021年3月20日在凉山州第十一届人民代表大会第五次会议上",
        ],
        &[],
    ));
    assert_eq!(region_path(&r), ["四川省", "凉山彝族自治州"]);
}

#[test]
fn the_state_councils_report_after_a_pages_intro_is_national() {
    let r = report(
        &[
            "1983年政府工作报告全文",
            "想知道那一年的政府工作报告说了什么吗？下面为大家分享全文，欢迎阅读。",
            "各位代表：",
            "现在，我代表国务院，向大会报告政府工作，请予审议。",
            "过去一年，国民经济继续好转，工农业总产值增长7.7%。",
        ]
        .join("\n"),
    );
    assert_eq!(
        r.region.as_ref().map(|r| r.level),
        Some(report_core::RegionLevel::National)
    );
}
