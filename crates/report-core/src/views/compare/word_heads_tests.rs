//! Tests of the word rule's twenty-fourth round, on texts made for them:
//! a word of grammar and the first character of the word after it
//! (particles.rs, `word_of_grammar_and_a_head`).
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
