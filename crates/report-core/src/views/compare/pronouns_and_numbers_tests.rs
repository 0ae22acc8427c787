//! Tests of the word rule's eighteenth round, on texts made for them: a
//! personal pronoun inside a term (particles.rs, `holds_a_pronoun`); a
//! number after a term is no clause's end (word_rule.rs,
//! `inside_longer_word`).
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

#[test]
fn a_term_before_a_number_is_cut_where_one_character_nearly_always_follows() {
    // 居全国前 is followed by 列 in 12 of its 15 uses and by a number in
    // the rest (居全国前3): a number is no clause's end, so the term goes
    // on into 居全国前列, a word. 同比增长, followed by numbers and by
    // varied text, stays, and so does 居全国前列; so does 丙丁山, followed
    // by 盆 (丙丁山盆地) in only two thirds of the uses that no number
    // follows.
    let corpus = texts(&[
        // It begins clauses at times (8 of its 68 uses in the provinces'
        // reports).
        &clauses(12, ("均稳，模位。", "，。的和"), |l, r| {
            format!("{l}居全国前列{r}")
        }),
        &clauses(3, ("速度量", "357"), |l, r| {
            format!("{l}居全国前{r}位，")
        }),
        &clauses(8, ("，。业入", "3579"), |l, r| {
            format!("{l}同比增长{r}%，")
        }),
        &clauses(4, ("，。", "较明"), |l, r| format!("{l}同比增长{r}快")),
        &clauses(6, ("，。在的", "，。的和"), |l, r| {
            format!("{l}丙丁山盆地{r}")
        }),
        &clauses(3, ("，。和", "，。"), |l, r| {
            format!("{l}丙丁山绿洲{r}")
        }),
        &clauses(2, ("，。", "37"), |l, r| format!("{l}丙丁山{r}号，")),
        &alone("居全国前列同比增长丙丁山", 6),
    ]);
    let judged = judge(&corpus, &["居全国前", "居全国前列", "同比增长", "丙丁山"]);
    assert_eq!(
        judged,
        [
            ("居全国前".to_string(), false),
            ("居全国前列".to_string(), true),
            ("同比增长".to_string(), true),
            ("丙丁山".to_string(), true),
        ]
    );
}
