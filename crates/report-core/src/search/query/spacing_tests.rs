//! Groups in brackets however they are spaced, and characters spaced
//! apart, as people type and copy them (the review's cases among them).

use super::*;

fn texts(terms: &[Term]) -> Vec<&str> {
    terms.iter().map(|t| t.text.as_str()).collect()
}

#[test]
fn characters_spaced_apart_are_the_word_they_spell() {
    // Typed with spaces, or copied from a letter-spaced heading.
    for typed in ["乡 村 振 兴", "乡　村　振　兴", "乡 村 振 兴。"] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.terms), vec!["乡村振兴"], "{typed}");
    }
    let q = parse_query("乡 村 振 兴 或 共 同 富 裕 -疫情");
    assert_eq!(texts(&q.terms), vec!["乡村振兴", "共同富裕"]);
    assert_eq!(q.clauses, vec![vec![0, 1]]);
    assert_eq!(texts(&q.excluded), vec!["疫情"]);
    // Two characters spaced so beside others spaced so are a word too.
    let q = parse_query("乡 村 振 兴 或 共 富");
    assert_eq!(texts(&q.terms), vec!["乡村振兴", "共富"]);
    // Two characters alone may be two words; quoted, a phrase is as written;
    // words of more characters are words.
    assert_eq!(texts(&parse_query("就 业").terms), vec!["就", "业"]);
    assert_eq!(
        texts(&parse_query("\"乡 村 振 兴\"").terms),
        vec!["乡 村 振 兴"]
    );
    assert_eq!(
        texts(&parse_query("乡村 振兴 发展").terms),
        vec!["乡村", "振兴", "发展"]
    );
    // An offer for the word replaces the run that spells it.
    assert_eq!(
        with_term_replaced("营 商 环 竟 -疫情", "营商环竟", "营商环境"),
        "营商环境 -疫情"
    );
}

#[test]
fn spaced_characters_end_at_marks_and_take_the_phrase_s_and() {
    // A mark between words or at a sentence's end ends a run.
    let q = parse_query("乡 村 振 兴，共 同 富 裕");
    assert_eq!(texts(&q.terms), vec!["乡村振兴", "共同富裕"]);
    let q = parse_query("推 动 高 质 量 发 展。 深 化 改 革");
    assert_eq!(texts(&q.terms), vec!["推动高质量发展", "深化改革"]);
    assert_eq!(
        texts(&parse_query("省、市、县").terms),
        vec!["省", "市", "县"]
    );
    // 和, 与 among spaced characters are the phrase's; 或 is a choice.
    for (typed, word) in [
        ("国 民 经 济 和 社 会 发 展", "国民经济和社会发展"),
        ("和 谐 社 会", "和谐社会"),
        ("与 时 俱 进", "与时俱进"),
    ] {
        assert_eq!(texts(&parse_query(typed).terms), vec![word], "{typed}");
    }
    // A group's brackets around spaced characters.
    let q = parse_query("(乡 村 振 兴 OR 共同富裕) 农村");
    assert_eq!(texts(&q.terms), vec!["乡村振兴", "共同富裕", "农村"]);
    assert_eq!(q.clauses, vec![vec![0, 1], vec![2]]);
    // An offer replaces a run ending on a sentence mark.
    assert_eq!(
        with_term_replaced("营 商 环 竟。", "营商环竟", "营商环境"),
        "营商环境"
    );
}

#[test]
fn a_group_s_bracket_is_one_however_it_is_spaced() {
    for typed in [
        "（就业 OR 创业）农村",
        "(就业|创业)农村",
        "农村(就业 OR 创业)",
    ] {
        let q = parse_query(typed);
        let mut terms = texts(&q.terms);
        terms.sort_unstable();
        assert_eq!(terms, vec!["农村", "创业", "就业"], "{typed}");
        assert_eq!(q.clauses.len(), 2, "{typed}: {:?}", q.clauses);
    }
    let q = parse_query("NOT(就业 OR 创业) 农村");
    assert_eq!(texts(&q.terms), vec!["农村"]);
    assert_eq!(texts(&q.excluded), vec!["就业", "创业"]);
    let q = parse_query("(就业 OR 创业)AND 农村");
    assert_eq!(q.clauses, vec![vec![0, 1], vec![2]]);
    // A word's own brackets at a group's edge.
    let q = parse_query("(护士 OR 执业（助理）医师)");
    assert_eq!(texts(&q.terms), vec!["护士", "执业（助理）医师"]);
    let q = parse_query("(执业（助理）医师 OR 护士) 培训");
    assert_eq!(texts(&q.terms), vec!["执业（助理）医师", "护士", "培训"]);
    assert_eq!(q.clauses, vec![vec![0, 1], vec![2]]);
    for typed in ["((就业) OR 创业) 农村", "(（就业） OR 创业) 农村"] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.terms), vec!["就业", "创业", "农村"], "{typed}");
        assert_eq!(q.clauses, vec![vec![0, 1], vec![2]], "{typed}");
    }
    let q = parse_query("(就业 OR (创业)) 农村");
    assert_eq!(texts(&q.terms), vec!["就业", "创业", "农村"]);
    // A nested excluded group excludes every word in it, and no more.
    for typed in ["-((就业 创业) 农村) 城镇", "NOT ((就业 创业) OR 农村) 城镇"] {
        let q = parse_query(typed);
        assert_eq!(texts(&q.terms), vec!["城镇"], "{typed}");
        assert_eq!(texts(&q.excluded), vec!["就业", "创业", "农村"], "{typed}");
    }
    // A bracket closing nothing, typed before its partner, leaves the OR.
    let q = parse_query("就业 创业) OR 农村");
    assert_eq!(q.clauses, vec![vec![0], vec![1, 2]]);
}

#[test]
fn a_term_taken_out_takes_its_marks_and_a_space_with_it() {
    assert_eq!(without_term("浙江 乡村振兴", "浙江"), "乡村振兴");
    assert_eq!(without_term("乡村振兴  浙江", "浙江"), "乡村振兴");
    assert_eq!(without_term("（浙江） 乡村振兴", "浙江"), "乡村振兴");
    assert_eq!(
        without_term("\"浙江\" 乡村振兴 \"抓落实  求突破\"", "浙江"),
        "乡村振兴 \"抓落实  求突破\""
    );
    assert_eq!(without_term("就业 浙江 -农村", "浙江"), "就业 -农村");
}

#[test]
fn groups_past_the_pairings_asked_are_any_of_their_words_and_said_so() {
    let typed = "(甲乙 丙丁) OR (戊己 庚辛) OR (壬癸 子丑) OR (寅卯 辰巳) OR (午未 申酉) OR (戌亥 天地) OR (玄黄 宇宙)";
    let q = parse_query(typed);
    assert!(q.loosened);
    assert_eq!(q.clauses, vec![(0..14).collect::<Vec<_>>()]);
    assert!(!parse_query("(甲乙 丙丁) OR (戊己 庚辛)").loosened);
}
