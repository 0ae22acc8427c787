//! Tests of the word rule's eighteenth round, on texts made for them: a
//! personal pronoun inside a term (particles.rs, `holds_a_pronoun`).
use super::particles_tests::{alone, clauses};
use super::tests::{judge, texts};

#[test]
fn a_personal_pronoun_inside_a_term_makes_it_a_clause() {
    // 加强同它们的合作 has varied neighbours on both sides, but 它们 (they)
    // stands for what the text named before: a clause, no term. 我们 and
    // 孩子们 (no person's character before 们) stay.
    let corpus = texts(&[
        &clauses(8, ("，。要和", "，。"), |l, r| {
            format!("{l}加强同它们的合作{r}")
        }),
        &clauses(12, ("，。", "要的在是"), |l, r| format!("{l}我们{r}")),
        &clauses(12, ("，。的", "的，。和"), |l, r| {
            format!("{l}孩子们{r}")
        }),
        &alone("加强同它们的合作我孩子", 6),
    ]);
    let judged = judge(&corpus, &["加强同它们的合作", "我们", "孩子们"]);
    assert_eq!(
        judged,
        [
            ("加强同它们的合作".to_string(), false),
            ("我们".to_string(), true),
            ("孩子们".to_string(), true),
        ]
    );
}
