//! Tests of the word rule's nineteenth round, on texts made for them: a
//! term one character short of the longer words its neighbours make with
//! it, where a neighbour seen once says it by the word it makes with the
//! term's edge; before the term, where those words open after a boundary
//! (word_rule.rs, `cuts_through_words`, `opens_after_a_boundary`); and
//! the twentieth round's: after the term, a longer word that closes
//! before a boundary or grammar (`closes_before_a_boundary`).
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

#[test]
fn a_term_cut_before_a_word_that_closes_before_grammar_is_cut() {
    // 所有权与经营权分 is followed by 开 twice and 离 once: 所有权与经营权分开
    // follows varied text and stands before 的 in both its uses (a
    // character of grammar, no part of a word), and 分离 is a word used
    // apart. The term never ends a clause: it stops one character short of
    // the word it is part of. 数字经济 stays: 数字经济体 closes before 的
    // too, but the term's other uses stand before grammar (的, 和).
    let corpus = texts(&[
        "根据所有权与经营权分开的原则。探索实行所有权与经营权分开的形式。",
        "坚持企业所有权与经营权分离。",
        // 分 ends clauses (部分, 充分), 开 begins them: no one word across.
        &clauses(12, ("部充", "，。"), |l, r| format!("{l}分{r}")),
        &clauses(30, ("，。召展", "，。放发始"), |l, r| {
            format!("{l}开{r}")
        }),
        &clauses(6, ("，。相和", "，。出的"), |l, r| {
            format!("{l}分离{r}")
        }),
        &clauses(8, ("，。做发展", "的和的和"), |l, r| {
            format!("{l}数字经济{r}")
        }),
        "建设数字经济体的标准。成为数字经济体的一员。",
        &alone("所有权与经营权分开离数字经济体", 6),
    ]);
    let judged = judge(&corpus, &["所有权与经营权分", "分离", "数字经济"]);
    assert_eq!(
        judged,
        [
            ("所有权与经营权分".to_string(), false),
            ("分离".to_string(), true),
            ("数字经济".to_string(), true),
        ]
    );
}

#[test]
fn a_term_that_opens_where_a_string_it_begins_with_is_cut_is_cut() {
    // 收入家庭的住房 follows 低 once and 高 once, which tell nothing alone;
    // but 收入家庭, which it begins with, follows 低 in most of its uses and
    // never begins a clause, and 低收 and 高收 are used apart (低收入, 高收费):
    // it begins inside them, and so does the term. 低收入家庭 stays.
    let corpus = texts(&[
        "发展面向低收入家庭的住房。中高收入家庭的住房需求由市场解决。",
        &clauses(8, ("，。和做帮", "，。的和"), |l, r| {
            format!("{l}低收入家庭{r}")
        }),
        &clauses(10, ("，。和的", "人群户口"), |l, r| {
            format!("{l}低收入{r}。")
        }),
        &clauses(4, ("，。和", "者人"), |l, r| format!("{l}高收入{r}。")),
        &clauses(4, ("，。和", "标项"), |l, r| format!("{l}高收费{r}。")),
        &clauses(4, ("，。和", "标项"), |l, r| format!("{l}低收费{r}。")),
        // 高 stands in many other words (提高, 升高, 高速): 高 before 收 in
        // the term tells nothing alone.
        &clauses(120, ("提升", "速度效"), |l, r| format!("{l}高{r}。")),
        &clauses(12, ("，。民政", "增，。"), |l, r| {
            format!("{l}收入{r}")
        }),
        &alone("低高收入家庭的住房", 6),
    ]);
    let judged = judge(&corpus, &["收入家庭的住房", "低收入家庭"]);
    assert_eq!(
        judged,
        [
            ("收入家庭的住房".to_string(), false),
            ("低收入家庭".to_string(), true),
        ]
    );
}

#[test]
fn a_term_whose_first_two_characters_never_begin_a_clause_is_cut() {
    // 部地区具备条件的乡村 follows 中 and 西: its first two characters, 部地,
    // are used 36 times and never begin a clause (部 alone begins 部署 and
    // 部分), and 东, 西 and 中 before them make words used apart: it begins
    // inside 中部 and 西部. (十四五, after 在 and 从 in the
    // first test, stays: its first two characters never begin a clause
    // there either, but they follow characters of grammar.)
    let corpus = texts(&[
        "推进中部地区具备条件的乡村通路。支持西部地区具备条件的乡村建房。",
        &clauses(36, ("东西中", "，。的和"), |l, r| {
            format!("加快{l}部地区发展{r}")
        }),
        &clauses(12, ("，。", "署分"), |l, r| format!("{l}部{r}")),
        // 东部, 西部 and 中部 are used apart too: 部地 begins inside them.
        &clauses(12, ("东西中", "，。"), |l, r| format!("振兴{l}部{r}")),
        // 中 stands in many other words (中国, 中心): 中 before the term
        // tells nothing alone.
        &clauses(400, ("，。", "国心间"), |l, r| format!("{l}中{r}")),
        &alone("部地区具备条件的乡村", 6),
    ]);
    let judged = judge(&corpus, &["部地区具备条件的乡村"]);
    assert_eq!(judged, [("部地区具备条件的乡村".to_string(), false),]);
}
