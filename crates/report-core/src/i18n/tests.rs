use std::collections::HashMap;

use super::*;

/// Keys whose text is the same in both languages on purpose: names,
/// and formats.
const SAME_IN_BOTH: &[Key] = &[Key::AppName, Key::AppNameNumbered, Key::FormatCsv];

fn table_of(lang: Lang) -> HashMap<Key, Vec<&'static str>> {
    let table = match lang {
        Lang::En => en::EN,
        Lang::Zh => zh::ZH,
    };
    let mut by_key: HashMap<Key, Vec<&'static str>> = HashMap::new();
    for (key, text) in table {
        by_key.entry(*key).or_default().push(text);
    }
    by_key
}

#[test]
fn no_string_is_missing_or_given_twice_in_either_language() {
    for lang in Lang::ALL {
        let table = table_of(lang);
        let missing: Vec<&Key> = Key::ALL.iter().filter(|k| !table.contains_key(k)).collect();
        assert!(missing.is_empty(), "{lang:?} has no text for {missing:?}");
        let twice: Vec<_> = table.iter().filter(|(_, t)| t.len() > 1).collect();
        assert!(
            twice.is_empty(),
            "{lang:?} gives these more than once: {twice:?}"
        );
        let empty: Vec<_> = table
            .iter()
            .filter(|(_, t)| t[0].trim().is_empty())
            .collect();
        assert!(empty.is_empty(), "{lang:?} has empty texts: {empty:?}");
    }
}

#[test]
fn english_is_at_its_keys_index() {
    for (i, (key, _)) in en::EN.iter().enumerate() {
        assert_eq!(*key as usize, i);
    }
}

#[test]
fn both_languages_fill_the_same_placeholders() {
    for key in Key::ALL {
        assert_eq!(
            placeholders(Lang::En.text(*key)),
            placeholders(Lang::Zh.text(*key)),
            "{key:?}"
        );
    }
}

#[test]
fn chinese_is_chinese_and_english_is_english() {
    let has_han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    // Chinese writing: characters, or at least Chinese punctuation.
    let is_chinese = |s: &str| {
        has_han(s)
            || s.chars().any(|c| {
                ('\u{3000}'..='\u{303f}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c)
            })
    };
    for key in Key::ALL.iter().filter(|k| !SAME_IN_BOTH.contains(k)) {
        let (en, zh) = (Lang::En.text(*key), Lang::Zh.text(*key));
        assert!(
            is_chinese(zh),
            "{key:?}: the Chinese text “{zh}” has no Chinese in it"
        );
        assert_ne!(en, zh, "{key:?} is not translated");
    }
    // English texts hold Chinese only as examples of what to type.
    for (key, text) in en::EN.iter().filter(|(k, _)| !SAME_IN_BOTH.contains(k)) {
        let han: String = text.chars().filter(|c| has_han(&c.to_string())).collect();
        assert!(
            han.is_empty() || text.contains("such as") || text.contains("named"),
            "{key:?}: English text with Chinese in it: {text}"
        );
    }
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
    assert_eq!(Lang::En.count(Key::ReportCount, 1), "1 report");
    assert_eq!(Lang::En.count(Key::ReportCount, 2), "2 reports");
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
