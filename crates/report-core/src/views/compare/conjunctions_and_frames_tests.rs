//! Tests of the word rule's twenty-first round, on texts made for them:
//! the end of a word and the conjunction after it (particles.rs,
//! `word_end_and_a_conjunction`), the first half of a correlative frame
//! cut before its last slot (longer_words.rs,
//! `frame_cut_before_its_last_slot`), and a measure before a word used
//! apart from it, whose own boundaries branch wide (clause_rule.rs,
//! `counted_by_a_numeral`).
use super::particles_tests::{alone, clauses};
use super::tests::{judge, texts};

#[test]
fn the_end_of_a_word_and_a_conjunction_is_no_term() {
    // 化和 follows seven words' heads and goes on into varied conjuncts,
    // never ending a clause; 化 ends clauses in far more uses (美化。,
    // 绿化，), and 和 joins, never at a clause's edge: the end of a word
    // and the conjunction. 调和 (ends clauses, though 调 is common) and
    // 祥和 (never ends one, but holds nearly every use of 祥) stay.
    let corpus = texts(&[
        &clauses(
            21,
            ("美绿强优深净亮", "产城乡服工商"),
            |l, r| format!("加快{l}化和{r}业建设，"),
        ),
        &clauses(300, ("美绿强优深净亮", "，。"), |l, r| {
            format!("推进{l}化{r}")
        }),
        &clauses(12, ("，。益系", "，。"), |l, r| format!("{l}调和{r}")),
        &clauses(300, ("，。", "整控"), |l, r| format!("{l}调{r}")),
        &clauses(9, ("，。宁乐", "气环局"), |l, r| {
            format!("{l}祥和{r}面，")
        }),
        &clauses(40, ("人物", "事情"), |l, r| {
            format!("开展{l}和{r}工作，")
        }),
        &alone("化调祥", 6),
    ]);
    let judged = judge(&corpus, &["化和", "调和", "祥和"]);
    assert_eq!(
        judged,
        [
            ("化和".to_string(), false),
            ("调和".to_string(), true),
            ("祥和".to_string(), true),
        ]
    );
}

#[test]
fn the_first_half_of_a_frame_cut_before_its_last_slot_is_no_term() {
    // 一镇一 opens clauses and is followed by five characters (一镇一策,
    // 一镇一品…, each once or twice): the frame 一…一… cut before what its
    // second numeral counts, never ending a clause. 一对一 stays: it ends
    // clauses too (实行一对一。), a set phrase that is whole.
    let corpus = texts(&[
        &clauses(10, ("，。", "策品业景案"), |l, r| {
            format!("{l}一镇一{r}，")
        }),
        &clauses(8, ("，。", "帮服，。"), |l, r| {
            format!("实行{l}一对一{r}")
        }),
        &alone("一镇对策品业景案帮服", 6),
    ]);
    let judged = judge(&corpus, &["一镇一", "一对一"]);
    assert_eq!(
        judged,
        [("一镇一".to_string(), false), ("一对一".to_string(), true),]
    );
}

#[test]
fn a_measure_before_a_word_that_measures_count_is_no_term() {
    // 项暖心工程 follows a number in every use (5项…, 8项…): 项 counts
    // 暖心工程, used four times as often without it (after 件 most, and
    // 好, 批, 大), whose left edge varies less than its inside branches
    // (暖心 goes on into many words, 工程 follows many), so its boundaries
    // alone do not say it is a word. 项 is seldom counted (项目 in most
    // of its uses): the rest says it. 项目 stays.
    let corpus = texts(&[
        &clauses(6, ("5879", "，。"), |l, r| {
            format!("实施{l}项暖心工程{r}")
        }),
        &clauses(24, ("件件件好批大", "，。建"), |l, r| {
            format!("办好{l}暖心工程{r}")
        }),
        &clauses(
            48,
            ("，。", "服行驿站餐屋车岗桌包卡线"),
            |l, r| format!("{l}暖心{r}"),
        ),
        &clauses(
            48,
            ("水电路桥网站厂港馆渠堤坝", "，。"),
            |l, r| format!("实施{l}工程{r}"),
        ),
        &clauses(60, ("，。点大新", "，。"), |l, r| {
            format!("{l}项目{r}")
        }),
        &alone("项暖心工程件好批大", 6),
    ]);
    let judged = judge(&corpus, &["项暖心工程", "项目"]);
    assert_eq!(
        judged,
        [
            ("项暖心工程".to_string(), false),
            ("项目".to_string(), true),
        ]
    );
}
