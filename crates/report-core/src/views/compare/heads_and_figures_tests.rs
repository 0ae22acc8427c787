//! Tests of the word rule's twenty-fourth round, on texts made for them:
//! a word of grammar and the first character of the word after it
//! (particles.rs, `word_of_grammar_and_a_head`), and a subject and a verb
//! of figures cut inside the verb or before its figure (function_words.rs,
//! `reaches_a_figure`).
use super::particles_tests::{alone, clauses};
use super::tests::{judge, texts};

#[test]
fn a_word_of_grammar_and_the_head_of_the_next_word_is_no_term() {
    // 和高 follows five words and goes on into 高质, 高水, 高端 and 高效,
    // never ending a clause: each pair is a word of its own, used far
    // more without 和, and 高 stands in few of its uses after 和. The
    // conjunction and the head of the next word, no term. 及时 stays: it
    // goes on into 时发, 时处 and 时报, which stand nowhere else. So does
    // 以上, which ends clauses (上 is common).
    let corpus = texts(&[
        &clauses(24, ("业化区品务业", "质水端效"), |l, r| {
            format!("推进{l}和高{r}发展，")
        }),
        &clauses(240, ("推建新强优全", "质水端效"), |l, r| {
            format!("{l}高{r}量，{l}高{r}平。")
        }),
        &clauses(12, ("，。要应将", "发处报"), |l, r| {
            format!("{l}及时{r}理问题，")
        }),
        &clauses(240, ("同长", "间，"), |l, r| format!("{l}时{r}")),
        &clauses(12, ("元亩吨万", "，。"), |l, r| {
            format!("达到十{l}以上{r}")
        }),
        &clauses(240, ("向路", "升，"), |l, r| format!("{l}上{r}")),
        &alone("和高以上", 6),
    ]);
    let judged = judge(&corpus, &["和高", "及时", "以上"]);
    assert_eq!(
        judged,
        [
            ("和高".to_string(), false),
            ("及时".to_string(), true),
            ("以上".to_string(), true),
        ]
    );
}

#[test]
fn a_subject_and_a_verb_of_figures_cut_inside_it_is_no_term() {
    // 农品产值达 goes on into 到 (达到) in half its uses and into a number
    // in the rest: the subject and its verb, cut inside the verb or before
    // its figure. 食品抽检超 is always followed by a number: 超, exceeding,
    // states a figure as 超过 does. 政策直达 stays: it ends clauses and goes
    // on into words, never into a number.
    let corpus = texts(&[
        &clauses(8, ("，。县市", "到3"), |l, r| {
            format!("{l}农品产值达{r}亿元，")
        }),
        &clauses(8, ("，。省镇", "59"), |l, r| {
            format!("{l}食品抽检超{r}千批次，")
        }),
        &clauses(8, ("，。全县", "，。企民"), |l, r| {
            format!("{l}政策直达{r}")
        }),
        &alone("农品产值达到食抽检超政策直", 4),
    ]);
    let judged = judge(&corpus, &["农品产值达", "食品抽检超", "政策直达"]);
    assert_eq!(
        judged,
        [
            ("农品产值达".to_string(), false),
            ("食品抽检超".to_string(), false),
            ("政策直达".to_string(), true),
        ]
    );
}
