//! Tests of the word rule's fourteenth round, on texts made for them: a
//! verb's aspect particle inside a term and a list's last item with the
//! noun the list shares (particles.rs), an
//! interrogative subject and a number cut from its measure after a word
//! (clause_rule.rs), a comparison's preposition at the start or inside
//! (word_rule.rs, function_words.rs) and a share that opens with its verb
//! (cut_rule.rs).
use super::particles_tests::{alone, clauses};
use super::tests::{judge, texts};

#[test]
fn a_verb_its_aspect_particle_and_its_object_are_no_term() {
    // 有效扩大了内需 is a verb, the particle of its completed action and
    // its object: a clause, not a term. 深入了解情况 holds 了 of 了解 (to
    // know), a verb of its own, and stays.
    let corpus = texts(&[
        &clauses(12, ("，。；", "，。；"), |l, r| {
            format!("{l}有效扩大了内需{r}")
        }),
        &clauses(12, ("要须应都", "，。；和"), |l, r| {
            format!("{l}深入了解情况{r}")
        }),
        &alone("有效扩大了内需深入解情况", 12),
    ]);
    let judged = judge(&corpus, &["有效扩大了内需", "深入了解情况"]);
    assert_eq!(
        judged,
        [
            ("有效扩大了内需".to_string(), false),
            ("深入了解情况".to_string(), true),
        ]
    );
}

#[test]
fn an_interrogative_subject_and_its_clause_are_no_term() {
    // 谁要享受 is 谁 (who), the subject, and what it does: 谁 begins
    // clauses as a pronoun does. 享受权利 stays.
    let corpus = texts(&[
        &clauses(12, ("；，。", "自言劳权"), |l, r| {
            format!("{l}谁要享受{r}利")
        }),
        &clauses(12, ("；，。", "负违做"), |l, r| format!("{l}谁{r}责")),
        &clauses(12, ("要能可均", "，。；的"), |l, r| {
            format!("{l}享受权利{r}")
        }),
        &alone("谁要享受权利", 12),
    ]);
    let judged = judge(&corpus, &["谁要享受", "享受权利"]);
    assert_eq!(
        judged,
        [
            ("谁要享受".to_string(), false),
            ("享受权利".to_string(), true)
        ]
    );
}

#[test]
fn a_comparison_cut_at_its_standard_is_no_term() {
    // 比去年 is the preposition of a comparison and its object, 去年, used
    // far more without it; 产值又比去年同期 is a subject and the
    // comparison, cut before what it states (增, 减…; a stray comma once).
    // 比学赶超 holds its first character and stays, and 优良天数比率 ends
    // in a word that holds 比 (no standard after it).
    let corpus = texts(&[
        &clauses(12, ("，。；", "增减多少"), |l, r| {
            format!("{l}比去年{r}加")
        }),
        &clauses(24, ("，。；自", "年月以底"), |l, r| {
            format!("{l}去年{r}，")
        }),
        &clauses(12, ("工农总净", "增减多少增减，"), |l, r| {
            format!("{l}产值又比去年同期{r}了，")
        }),
        &clauses(12, ("开展掀起", "，。的热"), |l, r| {
            format!("{l}比学赶超{r}潮")
        }),
        &clauses(12, ("，。；城", "达为提"), |l, r| {
            format!("{l}优良天数比率{r}高")
        }),
    ]);
    let judged = judge(
        &corpus,
        &["比去年", "产值又比去年同期", "比学赶超", "优良天数比率"],
    );
    assert_eq!(
        judged,
        [
            ("比去年".to_string(), false),
            ("产值又比去年同期".to_string(), false),
            ("比学赶超".to_string(), true),
            ("优良天数比率".to_string(), true),
        ]
    );
}

#[test]
fn a_lists_last_item_and_the_noun_the_list_shares_are_no_term() {
    // 提高的方针 follows an enumeration comma (调整、改革、整顿、提高的方针):
    // the last item and the noun every item qualifies. 以人民为中心的发展
    // 思想, listed among other phrases, has a longer attribute and stays.
    let corpus = texts(&[
        &clauses(12, ("调改整", "，。；"), |l, r| {
            format!("{l}整、提高的方针{r}")
        }),
        &clauses(24, ("要能可", "效水质"), |l, r| {
            format!("{l}提高{r}益，")
        }),
        &clauses(12, ("想、持，", "，。；"), |l, r| {
            format!("{l}以人民为中心的发展思想{r}")
        }),
        &alone("的方针以人民为中心发展思想", 12),
    ]);
    let judged = judge(&corpus, &["提高的方针", "以人民为中心的发展思想"]);
    assert_eq!(
        judged,
        [
            ("提高的方针".to_string(), false),
            ("以人民为中心的发展思想".to_string(), true),
        ]
    );
}

#[test]
fn a_number_cut_from_its_measure_after_a_word_is_no_term() {
    // 出一 is the end of a verb (推出, 走出) and a number cut from its
    // measure (一批, 一条, 一个). 统一 ends in a numeral too, and 第一, an
    // ordinal, is counted: both stay.
    let corpus = texts(&[
        &clauses(24, ("推走拿交", "批条个份"), |l, r| {
            format!("{l}出一{r}新路，")
        }),
        &clauses(40, ("两三五六七", "批条个份"), |l, r| {
            format!("{l}{r}，")
        }),
        &clauses(12, ("要能可须", "，。；的"), |l, r| {
            format!("{l}统一{r}")
        }),
        &clauses(12, ("是居列", "个次批"), |l, r| {
            format!("{l}第一{r}，")
        }),
    ]);
    let judged = judge(&corpus, &["出一", "统一", "第一"]);
    assert_eq!(
        judged,
        [
            ("出一".to_string(), false),
            ("统一".to_string(), true),
            ("第一".to_string(), true),
        ]
    );
}

#[test]
fn a_share_that_opens_with_its_verb_has_lost_its_subject() {
    // 占国民收入的比重 and 所占比重 open with the verb of a share (X占Y比重)
    // after varied subjects: the subject is cut. 国民收入 stays.
    let corpus = texts(&[
        &clauses(12, ("入资酬额", "，。和也"), |l, r| {
            format!("{l}占国民收入的比重{r}")
        }),
        &clauses(12, ("业品者额", "提稳上由"), |l, r| {
            format!("{l}所占比重{r}升")
        }),
        &clauses(12, ("，。；的", "，。；增"), |l, r| {
            format!("{l}国民收入{r}")
        }),
        &alone("占国民收入的比重所", 12),
    ]);
    let judged = judge(&corpus, &["占国民收入的比重", "所占比重", "国民收入"]);
    assert_eq!(
        judged,
        [
            ("占国民收入的比重".to_string(), false),
            ("所占比重".to_string(), false),
            ("国民收入".to_string(), true),
        ]
    );
}
