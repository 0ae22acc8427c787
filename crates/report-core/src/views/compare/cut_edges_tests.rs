//! Tests of the word rule's nineteenth round, on texts made for them: a
//! term one character short of the longer words its neighbours make with
//! it, where a neighbour seen once says it by the word it makes with the
//! term's edge; before the term, where those words open after a boundary
//! (word_rule.rs, `cuts_through_words`, `opens_after_a_boundary`).
use super::particles_tests::{alone, clauses};
use super::tests::{judge, texts};

#[test]
fn a_term_one_character_short_of_the_words_its_neighbours_complete_is_cut() {
    // 对口援 is followed by 青 (5 uses) and 疆 (5), and 对口援青 and
    // 对口援疆 stand as words, repeated with varied neighbours; 藏 follows
    // it once, and 援藏 is a word used apart. The term never ends a clause:
    // it stops one character short of the words it is part of. 对口支援
    // (ends clauses), 资产负债 (率 after it in 3 of its 7 uses: 资产负债率
    // is a word, but the other uses are not in longer words) and 营商环境
    // (的 after it, which makes no word) and 十四五 stay.
    let corpus = texts(&[
        &clauses(5, ("，。升与实", "，。工干和"), |l, r| {
            format!("{l}对口援青{r}")
        }),
        &clauses(5, ("，。进赴做", "，。工项和"), |l, r| {
            format!("{l}对口援疆{r}")
        }),
        "实施对口援藏工作。",
        &clauses(6, ("，。和的", "，。干工"), |l, r| {
            format!("{l}援藏{r}")
        }),
        &clauses(8, ("，。和做", "，。工的"), |l, r| {
            format!("{l}对口支援{r}")
        }),
        &clauses(3, ("企行业", "，。的"), |l, r| {
            format!("{l}资产负债率{r}")
        }),
        &clauses(4, ("企行善了", "状结比规"), |l, r| {
            format!("{l}资产负债{r}")
        }),
        &clauses(8, ("化好优", "的的的加"), |l, r| {
            format!("{l}营商环境{r}")
        }),
        // Five characters follow 十四五, each once a clause's end: a word
        // that many go on from, not one cut from a few longer words.
        &clauses(15, ("在到从至", "规时目期发"), |l, r| {
            format!("{l}十四五{r}。")
        }),
        &alone("对口援青疆藏支资产负债率营商环境十四五规时目期发", 6),
    ]);
    let judged = judge(
        &corpus,
        &["对口援", "对口支援", "资产负债", "营商环境", "十四五"],
    );
    assert_eq!(
        judged,
        [
            ("对口援".to_string(), false),
            ("对口支援".to_string(), true),
            ("资产负债".to_string(), true),
            ("营商环境".to_string(), true),
            ("十四五".to_string(), true),
        ]
    );
}

#[test]
fn a_term_cut_from_words_that_open_after_a_boundary_is_cut() {
    // 接调控为主 follows 间 twice and 直 once: 间接调控为主 is repeated with
    // varied neighbours and opens after a preposition in every use (以, 向),
    // and 直接 is a word used apart. The term begins inside those words.
    // 文旅融合发展 stays: 进文旅融合发展 and 动文旅融合发展 have varied
    // neighbours too, but 推, 促 and 带 before them are the heads of the
    // verbs 推进, 促进, 推动 and 带动, no boundary.
    let corpus = texts(&[
        "建立以间接调控为主的体系。转向间接调控为主过渡。",
        "从直接调控为主转变。",
        &clauses(8, ("，。和的", "，。的和"), |l, r| {
            format!("{l}直接{r}")
        }),
        &clauses(6, ("推促", "，。的和"), |l, r| {
            format!("{l}进文旅融合发展{r}")
        }),
        &clauses(4, ("推带", "，。的"), |l, r| {
            format!("{l}动文旅融合发展{r}")
        }),
        // 间 stands in other words far more (时间, 之间): no neighbour
        // attached to 接.
        &clauses(24, ("，。时之期", "，。的和"), |l, r| {
            format!("{l}间{r}")
        }),
        &alone("接调控为主间直文旅融合发展推促进动", 6),
    ]);
    let judged = judge(&corpus, &["接调控为主", "文旅融合发展"]);
    assert_eq!(
        judged,
        [
            ("接调控为主".to_string(), false),
            ("文旅融合发展".to_string(), true),
        ]
    );
}
