//! Tests of reading letters typed with the input method off as pinyin.

use super::*;
use crate::search::near_miss::texts_and_counts;

#[test]
fn initials_are_read_only_where_letters_are_no_syllables() {
    let docs = ["乡村振兴，乡村振兴。中华儿女共同奋斗，中华儿女共同奋斗"];
    let offers = |input: &str| pinyin_offers(docs.iter().copied(), input, 3);
    assert_eq!(offers("xczx")[0].1[0].text, "乡村振兴");
    // zheng is one syllable, too few to read; not z-h-e-n-g initials.
    assert!(offers("zheng").is_empty(), "{:?}", offers("zheng"));
    // Initials typed apart are one word's, offered for what was typed.
    let apart = offers("xc zx");
    assert_eq!(apart.len(), 1, "{apart:?}");
    assert_eq!(
        (apart[0].0.as_str(), apart[0].1[0].text.as_str()),
        ("xc zx", "乡村振兴")
    );
    // Too few letters apart as together.
    assert!(offers("xc z").is_empty());
    // Letters beside characters are pinyin or nothing: the characters
    // are not dropped for initials.
    assert!(offers("营商xczx").is_empty(), "{:?}", offers("营商xczx"));
}

#[test]
fn tones_marked_or_numbered_read_as_the_syllables() {
    let docs = ["促进就业，稳定就业。西安市绿色发展"];
    for typed in ["jiùyè", "jiu4ye4", "jiu4 ye4", "jiù yè", "jiu4ye"] {
        let read = offers(&docs, typed);
        assert_eq!(read.len(), 1, "{typed}: {read:?}");
        assert_eq!(read[0].1, ["就业"], "{typed}");
    }
    assert_eq!(offers(&docs, "lǜsè")[0].1, ["绿色"]);
    assert_eq!(offers(&docs, "xī'ān")[0].1, ["西安"]);
    // Capitalised as names are (folding lowers ASCII only), and marks
    // set apart after their vowels.
    assert_eq!(offers(&docs, "Xī'Ān")[0].1, ["西安"]);
    assert_eq!(offers(&docs, "jiu\u{300}ye\u{300}")[0].1, ["就业"]);
    // A tone's number parts syllables as an apostrophe does: xi1an1 is
    // 西安, never 县.
    assert_eq!(offers(&["西安市与某某县"], "xi1an1")[0].1, ["西安"]);
}

#[test]
fn a_figure_after_no_syllable_is_part_of_a_code() {
    for term in ["jiùyè", "jiu4ye4", "lǜse4", "xi'an1", "ma5"] {
        assert!(may_be_pinyin(term), "{term}");
    }
    for term in ["gdp2", "mp3", "5g", "4ye", "jiu44", "g20", "a-b"] {
        assert!(!may_be_pinyin(term), "{term}");
    }
}

fn offered(documents: &[&str], term: &str) -> Vec<(String, usize)> {
    texts_and_counts(read_as_pinyin(documents.iter().copied(), term, 3))
}

const DOCS: [&str; 2] = [
    "持续优化营商环境，营造良好氛围。\n重庆市某某区",
    "打造一流营商环境\n推动成渝地区双城经济圈建设，重庆与成都",
];

#[test]
fn reads_pinyin_typed_without_the_input_method() {
    assert_eq!(
        offered(&DOCS, "yingshanghuanjing"),
        [("营商环境".to_string(), 2)]
    );
    assert_eq!(
        offered(&DOCS, "ying'shang'huan'jing"),
        [("营商环境".to_string(), 2)]
    );
}

#[test]
fn reads_every_reading_of_a_heteronym() {
    assert_eq!(offered(&DOCS, "chongqing"), [("重庆".to_string(), 2)]);
}

#[test]
fn an_apostrophe_parts_syllables() {
    // xi'an is 西安 (two syllables), never 先 or 县 (one).
    let docs = ["西安市与某某县先行"];
    assert_eq!(offered(&docs, "xi'an"), [("西安".to_string(), 1)]);
    assert!(offered(&docs, "xian")
        .iter()
        .all(|(t, _)| t.chars().count() >= 2));
}

#[test]
fn tells_letters_that_may_be_pinyin_before_any_reading() {
    for term in ["yingshang", "xi'an", "xi’an", "lüse"] {
        assert!(may_be_pinyin(term), "{term}");
    }
    for term in ["营商", "gdp2", "'", "", "5g"] {
        assert!(!may_be_pinyin(term), "{term}");
    }
}

#[test]
fn offers_nothing_for_what_is_not_pinyin_or_is_there() {
    let docs = ["GDP增长5%，ppp项目，营商环境"];
    assert!(offered(&docs, "gdp").is_empty(), "not pinyin");
    assert!(offered(&docs, "ying").is_empty(), "one syllable");
    // ying is no yi'ng: 嗯 (n, ng) is read with no syllable of its own.
    assert!(offered(&["一嗯，衣嗯"], "ying").is_empty(), "one syllable");
    assert!(
        offered(&["一嗯，衣嗯"], "yin'g").is_empty(),
        "no syllable g"
    );
    assert!(offered(&docs, "营商环境").is_empty());
    // No tone is numbered 0 or 25: a code.
    assert!(offered(&docs, "yingshang0").is_empty());
    assert!(offered(&docs, "yingshang25").is_empty());
    assert!(
        offered(&["yingshang 营商"], "yingshang").is_empty(),
        "the letters are there"
    );
    assert!(offered(&docs, "").is_empty());
}

#[test]
fn common_readings_come_before_rare_ones() {
    // 广 reads yan in old dictionaries; 重 reads chong less often than
    // zhong, but 重庆 has no other reading.
    let docs = ["市广场，市广场，实验室", "重庆"];
    assert_eq!(offered(&docs, "shiyan")[0].0, "实验");
    assert_eq!(offered(&docs, "chongqing"), [("重庆".to_string(), 1)]);
}

#[test]
fn the_most_frequent_reading_comes_first() {
    let docs = ["试验区，实验室，实验中学，十堰市"];
    assert_eq!(
        offered(&docs, "shiyan"),
        [
            ("实验".to_string(), 2),
            ("十堰".to_string(), 1),
            ("试验".to_string(), 1)
        ]
    );
}

#[test]
fn a_string_the_first_outweighs_is_not_offered() {
    // 究业 of 研究业务 reads jiuye too, once beside 就业's eleven times.
    let often = "稳就业，".repeat(11) + "研究业务";
    assert_eq!(offered(&[&often], "jiu4ye4"), [("就业".to_string(), 11)]);
    // One in ten is kept.
    let docs = ["实验，实验，实验，实验，实验，实验，实验，实验，实验，实验，试验"];
    assert_eq!(offered(&docs, "shiyan").len(), 2);
}

fn offers(documents: &[&str], typed: &str) -> Vec<(String, Vec<String>)> {
    pinyin_offers(documents.iter().copied(), typed, 3)
        .into_iter()
        .map(|(typed, read)| (typed, read.into_iter().map(|m| m.text).collect()))
        .collect()
}

fn one(typed: &str, word: &str) -> Vec<(String, Vec<String>)> {
    vec![(typed.to_string(), vec![word.to_string()])]
}

#[test]
fn syllables_typed_apart_are_read_as_one_word() {
    let offered = |typed| offers(&DOCS, typed);
    assert_eq!(
        offered("ying shang huan jing"),
        one("ying shang huan jing", "营商环境")
    );
    // However spaced, in full width too.
    assert_eq!(
        offered("ying  shang\u{3000}huan jing"),
        one("ying shang huan jing", "营商环境")
    );
    assert_eq!(
        offered("yingshang huanjing"),
        one("yingshang huanjing", "营商环境")
    );
    // Parted where the spaces were: xi an is 西安, never 县.
    assert_eq!(offers(&["西安市与某某县"], "xi an"), one("xi an", "西安"));
    // A run that reads as nothing whole is read term by term.
    assert_eq!(
        offers(&["营商氛围", "某某县环境"], "yingshang huanjing"),
        vec![
            ("yingshang".to_string(), vec!["营商".to_string()]),
            ("huanjing".to_string(), vec!["环境".to_string()])
        ]
    );
}

#[test]
fn characters_alternatives_and_exclusions_end_a_run() {
    let offered = |typed| offers(&DOCS, typed);
    // Characters between: each side alone (one syllable reads as nothing).
    assert!(offered("ying 营商 shang").is_empty());
    assert_eq!(offered("营商 chong qing"), one("chong qing", "重庆"));
    // Alternatives are not one word typed apart.
    assert!(offered("chong | qing").is_empty());
    assert_eq!(
        offered("chongqing | yingshang"),
        vec![
            ("chongqing".to_string(), vec!["重庆".to_string()]),
            ("yingshang".to_string(), vec!["营商".to_string()])
        ]
    );
    assert!(offered("-chong qing").is_empty());
    // A quoted word is a term of its own.
    assert!(offered("\"ying\" shang").is_empty());
    assert_eq!(offered("chong -qing chong qing"), one("chong qing", "重庆"));
}

#[test]
fn letters_committed_between_characters_are_read_with_them() {
    assert_eq!(
        offered(&DOCS, "营商huanjing"),
        [("营商环境".to_string(), 2)]
    );
    assert_eq!(
        offered(&DOCS, "yingshang环境"),
        [("营商环境".to_string(), 2)]
    );
    // One syllable is enough where characters anchor it.
    assert_eq!(offered(&DOCS, "营商huan境"), [("营商环境".to_string(), 2)]);
    assert_eq!(offered(&DOCS, "营商huan"), [("营商环".to_string(), 2)]);
    // The characters typed must be there, around the reading.
    assert!(offered(&DOCS, "营造huanjing").is_empty());
    assert!(
        offered(&DOCS, "营商huan境jing").is_empty(),
        "letters on both sides of 境"
    );
    // In a query, such a word is offered on its own.
    assert_eq!(
        offers(&DOCS, "营商huanjing 重庆"),
        one("营商huanjing", "营商环境")
    );
    for term in ["营商huanjing", "yingshang环境", "营商huan境"] {
        assert!(may_be_typed_in_pinyin(term), "{term}");
    }
    for term in ["营商环境", "5g网络", "营商huan境jing", "gdp2增长"] {
        assert!(!may_be_typed_in_pinyin(term), "{term}");
    }
}

#[test]
fn a_syllable_typed_twice_stays_in_its_run() {
    // Parsing keeps one `shi` of `shi shi`: the run is read as typed.
    let docs = ["抓好实施方案落实，某某施工方案"];
    assert_eq!(
        offers(&docs, "shi shi fang an"),
        one("shi shi fang an", "实施方案")
    );
    assert_eq!(
        crate::search::query::with_term_replaced("shi shi fang an", "shi shi fang an", "实施方案"),
        "实施方案"
    );
    // A word typed twice alone is offered once.
    assert_eq!(offers(&DOCS, "chongqing 营商 chongqing").len(), 1);
}
