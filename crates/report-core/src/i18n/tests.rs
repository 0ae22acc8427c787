use std::collections::HashMap;

use super::*;

/// Keys whose text is the same in both languages on purpose: names,
/// and formats.
const SAME_IN_BOTH: &[Key] = &[Key::AppName, Key::AppNameNumbered, Key::FormatCsv];

/// One table's keys and texts, in a form the checks below share.
struct Table<K: 'static> {
    name: &'static str,
    all: &'static [K],
    english: &'static [(K, &'static str)],
    chinese: &'static [(K, &'static str)],
}

fn check_complete<K: Text + Eq + std::hash::Hash>(table: &Table<K>) {
    for (lang, list) in [(Lang::En, table.english), (Lang::Zh, table.chinese)] {
        let mut by_key: HashMap<K, Vec<&'static str>> = HashMap::new();
        for (key, text) in list {
            by_key.entry(*key).or_default().push(text);
        }
        let missing: Vec<&K> = table
            .all
            .iter()
            .filter(|k| !by_key.contains_key(k))
            .collect();
        assert!(
            missing.is_empty(),
            "{}: {lang:?} has no text for {missing:?}",
            table.name
        );
        let twice: Vec<_> = by_key.iter().filter(|(_, t)| t.len() > 1).collect();
        assert!(
            twice.is_empty(),
            "{}: {lang:?} gives these more than once: {twice:?}",
            table.name
        );
        let empty: Vec<_> = by_key
            .iter()
            .filter(|(_, t)| t[0].trim().is_empty())
            .collect();
        assert!(
            empty.is_empty(),
            "{}: {lang:?} has empty texts: {empty:?}",
            table.name
        );
    }
    for key in table.all {
        assert_eq!(
            placeholders(Lang::En.text(*key)),
            placeholders(Lang::Zh.text(*key)),
            "{}: {key:?}",
            table.name
        );
    }
}

fn check_languages<K: Text>(table: &Table<K>, same_in_both: &[K]) {
    let has_han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    // Chinese writing: characters, or at least Chinese punctuation.
    let is_chinese = |s: &str| {
        has_han(s)
            || s.chars().any(|c| {
                ('\u{3000}'..='\u{303f}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c)
            })
    };
    for key in table.all.iter().filter(|k| !same_in_both.contains(k)) {
        let (en, zh) = (Lang::En.text(*key), Lang::Zh.text(*key));
        assert!(
            is_chinese(zh),
            "{}: {key:?}: the Chinese text “{zh}” has no Chinese in it",
            table.name
        );
        assert_ne!(en, zh, "{}: {key:?} is not translated", table.name);
    }
    // English texts hold Chinese only as examples of what to type.
    for (key, text) in table
        .english
        .iter()
        .filter(|(k, _)| !same_in_both.contains(k))
    {
        let han: String = text.chars().filter(|c| has_han(&c.to_string())).collect();
        assert!(
            han.is_empty() || text.contains("such as") || text.contains("named"),
            "{}: {key:?}: English text with Chinese in it: {text}",
            table.name
        );
    }
}

const FIRST: Table<Key> = Table {
    name: "Key",
    all: Key::ALL,
    english: en::EN,
    chinese: zh::ZH,
};

const LATER: Table<LaterKey> = Table {
    name: "LaterKey",
    all: LaterKey::ALL,
    english: later_en::LATER_EN,
    chinese: later_zh::LATER_ZH,
};

#[test]
fn every_text_is_there_once_in_both_languages_with_the_same_placeholders() {
    check_complete(&FIRST);
    check_complete(&LATER);
}

#[test]
fn chinese_is_chinese_and_english_is_english() {
    check_languages(&FIRST, SAME_IN_BOTH);
    check_languages(&LATER, &[]);
}

#[test]
fn no_key_is_in_both_tables() {
    let first: Vec<String> = Key::ALL.iter().map(|k| format!("{k:?}")).collect();
    let both: Vec<String> = LaterKey::ALL
        .iter()
        .map(|k| format!("{k:?}"))
        .filter(|k| first.contains(k))
        .collect();
    assert!(both.is_empty(), "in both tables: {both:?}");
}

#[test]
fn fills_placeholders_and_keeps_unknown_braces() {
    assert_eq!(
        Lang::En.format(Key::ResultsOf, &[("n", &3), ("total", &5)]),
        "3 of 5 reports"
    );
    assert_eq!(
        Lang::Zh.format(Key::ResultsOf, &[("n", &3), ("total", &5)]),
        "共 5 篇报告，列出 3 篇"
    );
    assert_eq!(fill("{a} {b} {", &[("a", &"x")]), "x {b} {");
    // A noun after a count agrees with it.
    for (n, said) in [
        (1, "营商环境: 1 hit"),
        (2, "营商环境: 2 hits"),
        (0, "营商环境: 0 hits"),
    ] {
        let args: [(&str, &dyn std::fmt::Display); 2] = [("term", &"营商环境"), ("n", &n)];
        assert_eq!(Lang::En.format(Key::SearchTermTotal, &args), said);
    }
    assert_eq!(
        Lang::En.format(Key::ResultsMatch, &[("n", &1), ("total", &1)]),
        "1 of 1 report matches"
    );
    assert_eq!(fill("{x|one|many} {n|one}", &[("n", &1)]), "{x|one|many} 1");
    assert_eq!(Lang::En.count(LaterKey::ReportCount, 1), "1 report");
    assert_eq!(Lang::En.count(LaterKey::ReportCount, 2), "2 reports");
}

#[test]
fn the_browser_language_picks_the_interface_language() {
    assert_eq!(Lang::from_preferences(&["zh-TW", "en"]), Lang::Zh);
    assert_eq!(Lang::from_preferences(&["fr-FR", "en-GB"]), Lang::En);
    assert_eq!(Lang::from_preferences(&["de", "zh_CN"]), Lang::Zh);
    assert_eq!(Lang::from_preferences::<&str>(&[]), Lang::En);
    assert_eq!(Lang::from_tag("EN-us"), Some(Lang::En));
    assert_eq!(Lang::from_tag("ja"), None);
}
