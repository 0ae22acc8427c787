//! The header of a speech in the shapes real pages gave it
//! (docs/quality-real-pages.md, "Real pages: the header"): run into one
//! line, its lines bulleted, its office letter-spaced, its name masked or
//! long, its date mistyped, a short line over it. Made-up text in each.

use crate::support::shapes::{around_body, first_paragraph, headings, report, stated_day, BODY};

const HEADINGS: [&str; 2] = ["一、2023年工作回顾", "二、2024年工作安排"];

/// [`BODY`] after its first line (the salutation), to follow a header that
/// holds the salutation itself.
fn body_after_salutation() -> String {
    BODY[1..].join("\n")
}

#[test]
fn a_header_run_into_one_line_with_spaces_gives_title_date_and_speaker() {
    let text = format!(
        "2024年某某县政府工作报告 2024年1月5日在某某县第十七届人民代表大会第三次会议上 某某县人民政府县长 阿不都·买买提 各位代表： {}\n{}",
        BODY[1],
        BODY[2..].join("\n")
    );
    let r = report(&text);
    assert_eq!(r.title, "2024年某某县政府工作报告");
    assert!(!r.title_is_derived);
    assert_eq!(stated_day(&r).as_deref(), Some("2024-01-05"));
    assert_eq!(r.authors, ["阿不都·买买提"]);
    assert_eq!(headings(&r), HEADINGS);
}

#[test]
fn a_header_run_together_without_spaces_is_read_as_its_lines() {
    let text = format!(
        "某某自治区政府工作报告\n——2003年1月11日在某某自治区第十届人民代表大会第一次会议上自治区主席 乌云其其格各位代表：{}",
        body_after_salutation()
    );
    let r = report(&text);
    assert_eq!(stated_day(&r).as_deref(), Some("2003-01-11"));
    assert_eq!(r.authors, ["乌云其其格"]);
    assert!(first_paragraph(&r).starts_with("各位代表："));
}

#[test]
fn a_title_joined_to_its_delivery_line_gives_the_day() {
    let r = report(&around_body(
        &[
            "政府工作报告——2006年2月20日在某某旗第十四届人民代表大会第三次会议上",
            "某某旗人民政府旗长 巴特尔",
        ],
        &[],
    ));
    assert_eq!(r.title, "政府工作报告");
    assert_eq!(stated_day(&r).as_deref(), Some("2006-02-20"));
    assert_eq!(r.authors, ["巴特尔"]);
    assert_eq!(headings(&r), HEADINGS);
}

#[test]
fn a_yearbooks_bulleted_header_lines_are_read_as_header() {
    let r = report(&around_body(
        &[
            "某某年鉴 2002卷",
            "  • 政府工作报告",
            "  • ——2001年2月16日在某某自治区第九届人民代表大会第四次会议上",
            "    自治区代主席 乌云其其格",
        ],
        &[],
    ));
    assert_eq!(stated_day(&r).as_deref(), Some("2001-02-16"));
    assert_eq!(r.authors, ["乌云其其格"]);
    assert_eq!(headings(&r), HEADINGS);
}

#[test]
fn a_letter_spaced_office_or_a_stray_mark_keeps_the_speaker() {
    for speaker in ["区 长 王勤明", "某某县人民政府县长 & 武 昌"] {
        let r = report(&around_body(
            &[
                "政 府 工 作 报 告",
                "——2016年1月12日在某某市某某区第十七届人民代表大会第五次会议上",
                speaker,
            ],
            &[],
        ));
        let name = speaker
            .rsplit(['长'])
            .next()
            .unwrap()
            .replace([' ', '&'], "");
        assert_eq!(r.authors, [name], "{speaker}");
        assert_eq!(headings(&r), HEADINGS, "{speaker}");
    }
}

#[test]
fn a_masked_speakers_line_names_no_one_and_heads_nothing() {
    let r = report(&around_body(
        &[
            "某旗政府工作报告",
            "——2006年2月20日在某旗第十四届人民代表大会第三次会议上",
            "旗 长  **",
        ],
        &[],
    ));
    assert!(r.authors.is_empty());
    assert_eq!(headings(&r), HEADINGS);
}

#[test]
fn the_speechs_own_title_under_the_pages_metadata_heads_no_section() {
    // The page's headline, its date, then the speech's own header: the
    // short title line over the undated delivery line is the header's.
    let r = report(&around_body(
        &[
            "当前位置: 首页 > 政务公开 > 政府工作报告",
            "政府工作报告（2022年）",
            "发布日期:2022-02-11 19:15",
            "政府工作报告",
            "  ——在某某旗第十六届人民代表大会第一次会议上",
            "  某某旗人民政府代旗长 周某某",
            "  （2022年1月5日）",
        ],
        &[],
    ));
    assert_eq!(r.authors, ["周某某"]);
    assert_eq!(headings(&r), HEADINGS);
}

#[test]
fn a_subtitle_over_the_speakers_line_heads_no_section() {
    let r = report(&around_body(
        &[
            "1982年政府工作报告",
            "关于第六个五年计划的报告",
            "国务院总理 某某某",
        ],
        &[],
    ));
    assert_eq!(r.title, "1982年政府工作报告");
    assert_eq!(r.authors, ["某某某"]);
    assert_eq!(headings(&r), HEADINGS);
}

#[test]
fn a_delivery_line_with_a_mistyped_date_is_still_the_headers() {
    let r = report(&around_body(
        &[
            "关于某某州2020年预算执行情况和2021年预算草案的报告",
            "2021-01-12 09:15:31",
            "——20211月12日在某某州第十五届人民代表大会第次会议上",
        ],
        &[],
    ));
    assert_eq!(headings(&r), HEADINGS);
}

#[test]
fn the_speechs_header_under_the_pages_chrome_in_the_body_dates_it_and_names_its_speaker() {
    // A numbered breadcrumb ends the header zone at once; the information
    // grid and the speech's own header fall to the body, before any prose.
    let r = report(&around_body(
        &[
            "1. 当前位置:",
            "2. 首页 > 政务公开 > 某某县人民政府 > 政府工作报告",
            "2022年某某县政府工作报告",
            "名        称 2022年某某县政府工作报告",
            "来        源 某某县人民政府办公室",
            "(2023年1月10日在某某县第十七届人民代表大会第三次会议上",
            "县长 木塔力甫·塞衣皮",
        ],
        &[],
    ));
    assert_eq!(stated_day(&r).as_deref(), Some("2023-01-10"));
    assert_eq!(r.authors, ["木塔力甫·塞衣皮"]);
    assert!(headings(&r).iter().all(|h| !h.contains("会议上")));
}

#[test]
fn a_wrapped_line_of_prose_opening_on_a_year_and_ending_on_shang_stays_prose() {
    // Text wrapped at a width: a line may open on a year and end on 上
    // (迈上) with no delivery line in it.
    let r = report(
        "某某县政府工作报告\n——2024年1月5日在某某县第十七届人民代表大会第三次会议上\n县长 王小明\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n2023年在县委的正确领导下，全县上下团结一心，各项工作迈上\n新台阶，地区生产总值达到120亿元，增长6.5%。",
    );
    assert!(first_paragraph(&r).starts_with("各位代表："));
    let lines: Vec<&str> = r
        .sections
        .iter()
        .flat_map(|s| s.heading.iter().chain(&s.paragraphs))
        .map(String::as_str)
        .collect();
    assert!(lines.contains(&"一、2023年工作回顾"), "{lines:?}");
    let kept = |t: &str| t.starts_with("2023年在县委的正确领导下");
    assert!(lines.iter().any(|l| kept(l)), "{lines:?}");
    assert!(r.noise.iter().all(|n| !kept(&n.text)));
}
