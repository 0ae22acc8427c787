//! The scorer on reports made up for it.

use super::*;
use crate::clean::pipeline::process_report;

const REPORT: &str = "关于开展春季植树活动的通知\n来源：某县人民政府\n\n一、总体要求\n全县各乡镇要认真组织春季植树活动，确保完成任务。\n二、工作安排\n各单位按时上报植树情况。\n";

#[test]
fn reads_both_gold_schemas() {
    let seeds = r#"{"about": "x", "reports": {"a.txt": {"title": "T"}}}"#;
    let entries = parse_gold(seeds).unwrap();
    assert_eq!(entries[0].key, GoldKey::File("a.txt".into()));
    let lines = "{\"file\": \"b.csv\", \"source\": null}\n\n{\"line\": 3, \"year\": \"2024\"}\n";
    let entries = parse_gold(lines).unwrap();
    assert_eq!(entries[0].key, GoldKey::File("b.csv".into()));
    assert_eq!(entries[1].key, GoldKey::Line(3));
    assert!(parse_gold("{\"title\": \"x\"}").is_err());
    assert!(parse_gold("not json").is_err());
}

#[test]
fn scores_each_field_and_names_every_miss() {
    let report = process_report("a.txt", REPORT);
    let gold = parse_gold(concat!(
        r#"{"file": "a.txt", "title_ok": ["关于开展春季植树活动的通知"], "source": "某县人民政府", "#,
        r#""headings": ["一、总体要求", "二、工作安排"], "not_in_body": ["来源"], "#,
        r#""first_paragraph_starts": "全县", "year": "1999"}"#
    ))
    .unwrap();
    let mut card = Scorecard::default();
    card.score(&gold[0], Some(&report));
    assert_eq!(card.accuracy(GoldField::Title), Some(1.0));
    assert_eq!(card.accuracy(GoldField::Source), Some(1.0));
    assert_eq!(card.accuracy(GoldField::Headings), Some(1.0));
    assert_eq!(card.accuracy(GoldField::Chrome), Some(1.0));
    assert_eq!(card.accuracy(GoldField::FirstParagraph), Some(1.0));
    assert_eq!(card.accuracy(GoldField::Date), Some(0.0));
    assert_eq!(card.accuracy(GoldField::Captions), None, "not judged");
    assert_eq!(card.misses.len(), 1);
    assert_eq!(card.misses[0].field, GoldField::Date);
    assert!(card.misses[0].to_string().contains("in 1999"));
}

#[test]
fn a_missing_report_fails_every_field_the_gold_gives() {
    let gold = parse_gold(r#"{"line": 2, "title": "T", "year": "2020"}"#).unwrap();
    let mut card = Scorecard::default();
    card.score(&gold[0], None);
    assert_eq!(card.fields().len(), 2);
    assert_eq!(card.accuracy(GoldField::Title), Some(0.0));
    assert_eq!(card.misses.len(), 2);
    assert!(card.misses[0].to_string().starts_with("line 2: title"));
}

#[test]
fn real_pages_judge_chrome_standing_apart_and_headings_in_order() {
    assert!(stands_apart("》》点击图片进入专题《《收藏", "收藏"));
    assert!(stands_apart("相关报道:", "相关报道:"));
    assert!(!stands_apart("加大投入力度。", "加大"));
    assert!(!stands_apart("安全屏障更加牢固。", "全屏"));
    assert!(!stands_apart("满意的教育。加大“双一流”建设。", "加大"));
    let got = ["一、回顾", "(一)小节", "二、任务"].map(String::from);
    assert!(in_order(&["一、回顾".into(), "二、任务".into()], &got));
    assert!(!in_order(&["二、任务".into(), "一、回顾".into()], &got));
    assert!(in_order(&[], &got));
}

#[test]
fn chrome_in_a_heading_is_a_miss() {
    let report = process_report("a.txt", REPORT);
    let gold = parse_gold(r#"{"file": "a.txt", "not_in_body": ["总体要求"]}"#).unwrap();
    let mut card = Scorecard::default();
    card.score(&gold[0], Some(&report));
    assert_eq!(card.accuracy(GoldField::Chrome), Some(0.0));
}
