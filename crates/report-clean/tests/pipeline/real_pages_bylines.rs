//! Who gave the report, where it came from, and a converter's junk, in the
//! shapes real pages gave them (docs/quality-real-pages.md, "Real pages,
//! round 21: speakers, sources and converter junk"). Made-up text in each.

use crate::support::shapes::{around_body, headings, report, BODY};

#[test]
fn the_headline_that_makes_the_report_names_its_speaker() {
    let text = around_body(
        &[
            "县长赵某某在某某县第十届人民代表大会第一次会议上所做的政府工作报告（摘要）",
            "（2001年3月13日）",
        ],
        &[],
    );
    let r = report(&text);
    assert_eq!(r.authors, ["赵某某"]);
    assert_eq!(r.people[0].role, "县长");
}

#[test]
fn a_reposts_lead_that_makes_the_report_names_its_speaker() {
    let text = format!(
        "新华社3月5日发布总理王某代表国务院在十四届全国人大一次会议上所作的《政府工作报告》全文。报告共分四个部分。\n{}",
        BODY.join("\n")
    );
    let r = report(&text);
    assert_eq!(r.authors, ["王某"]);
    // A lead that only mentions the head names no speaker.
    let text = format!(
        "在县委书记李某某的带领下，全县上下团结奋斗，县长赵某某在调研时指出要抓好项目。\n{}",
        BODY.join("\n")
    );
    assert!(report(&text).authors.is_empty());
}

#[test]
fn a_speakers_line_run_into_the_salutation_names_the_speaker() {
    let text = format!(
        "某某会议开幕\n会议在某某会堂举行。\n政协主席 王某某：各位委员：我代表政协常务委员会，向大会报告工作，请予审议。\n{}",
        BODY[2..].join("\n")
    );
    let r = report(&text);
    assert_eq!(r.authors, ["王某某"]);
    assert_eq!(r.people[0].role, "政协主席");
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
}

#[test]
fn a_converters_pinyin_is_no_part_of_the_title_or_the_speakers_line() {
    let text = around_body(
        &[
            "某某自治區(qū)政府工作報(bào)告",
            "自治區(qū)主席 嚴(yán)某某",
        ],
        &[],
    );
    let r = report(&text);
    assert_eq!(r.title, "某某自治區政府工作報告");
    assert_eq!(r.authors, ["嚴某某"]);
}

#[test]
fn a_pages_source_under_labels_and_in_shapes_of_its_own() {
    let with_header = |lines: &[&str]| {
        let mut header = vec!["某某县2026年政府工作报告"];
        header.extend_from_slice(lines);
        header.push("县长 王某某");
        report(&around_body(&header, &[]))
    };
    for (line, source) in [
        // A 范文 site's field run into the others, a catalogue's unit.
        (
            "发表于:2017.11.26来自:www.example.com字数:57790 手机看范文",
            "www.example.com",
        ),
        ("单位某某省发展和改革委员会", "某某省发展和改革委员会"),
        ("单位：某某省发展和改革委员会", "某某省发展和改革委员会"),
        // An aggregator's byline: the paper in Latin letters, a dot, the time.
        ("Mou Mou Ri Bao·2026-02-09 01:28", "Mou Mou Ri Bao"),
        // A portal's line: its name, its domain, the day.
        (
            "某某发展门户网 www.example.cn 2010年02月01日",
            "某某发展门户网",
        ),
    ] {
        let r = with_header(&[line]);
        assert_eq!(r.source.as_deref(), Some(source), "{line}");
        assert_eq!(r.authors, ["王某某"], "{line}");
    }
    // A unit of measure, a person before a day: no source.
    for line in ["单位：万元", "张某某·2026-02-09 01:28"] {
        assert_eq!(with_header(&[line]).source, None, "{line}");
    }
}

#[test]
fn a_reposts_lead_attributing_the_text_names_its_source() {
    let text = format!(
        "某某会议开幕\n据新华社3月3日消息，某某会议3日在某某会堂开幕。\n{}",
        BODY.join("\n")
    );
    assert_eq!(report(&text).source.as_deref(), Some("新华社"));
    let text = format!(
        "某某会议开幕\n据了解，某某会议3日在某某会堂开幕。\n{}",
        BODY.join("\n")
    );
    assert_eq!(report(&text).source, None);
}

#[test]
fn a_governments_name_with_its_heads_run_on_over_the_salutation_is_the_speaker() {
    let header = [
        "1995年政府工作报告",
        "——1995年3月5日在第八届全国人民代表大会第三次会议上",
    ];
    let r = report(&around_body(&[header[0], header[1], "国务院王某某"], &[]));
    assert_eq!(r.authors, ["王某某"]);
    assert_eq!(headings(&r), ["一、2023年工作回顾", "二、2024年工作安排"]);
    // The same header met in the body, under a long line of a page's own.
    let row = (1..8)
        .map(|n| format!("某某县第{n}届农民运动会暨乡村文化旅游节开幕式"))
        .collect::<Vec<_>>()
        .join(",");
    let r = report(&around_body(
        &[
            &row,
            "某某文库 > 工作报告 >",
            header[0],
            "想了解历年政府工作报告吗?本站为大家整理了以下几篇",
            "1995年政府工作报告篇1",
            header[1],
            "国务院王某某",
        ],
        &[],
    ));
    assert_eq!(r.authors, ["王某某"]);
    // A government's document mark over the text names no one.
    let r = report(&around_body(
        &[header[0], header[1], "某某县人民政府文件"],
        &[],
    ));
    assert!(r.authors.is_empty(), "{:?}", r.authors);
}
