//! Tests of the word rule's sixteenth round, on texts made for them: a
//! measure that determiners count more than numerals do, cut from the
//! number before it (clause_rule.rs, `counted_by_a_numeral`); a
//! conjunction of consequence at a term's start (particles.rs); the verb
//! of a share and the start of its object (function_words.rs); a digit
//! before a term, no clause's start (word_rule.rs, `inside_longer_word`).
use super::particles_tests::{alone, clauses};
use super::tests::{judge, texts};

#[test]
fn a_measure_counted_by_determiners_is_cut_from_its_number() {
    // 种 (kind) follows 各 and 这 more often than numerals: with them it
    // is counted as a number counts it, and 种金融组织 (after 各种, 这种,
    // 多种 and 几种, each seldom) is the measure and what it counts. 种子
    // stays.
    let corpus = texts(&[
        "发展各种金融组织，在各种金融组织之间，有各种金融组织。用各种金融组织的",
        "，这种金融组织和这种金融组织。让这种金融组织、对这种金融组织的",
        "展多种金融组织，有多种金融组织。和几种金融组织的，对几种金融组织。",
        &clauses(10, ("，。", "做办情"), |l, r| format!("{l}这种{r}法")),
        &clauses(4, ("，。", "新优"), |l, r| format!("{l}品种{r}良")),
        &clauses(12, ("，。优良好", "公站质，。"), |l, r| {
            format!("{l}种子{r}")
        }),
        // 多 and 各 stand before many characters, seldom before 种.
        &clauses(120, ("，。", "年地级方样"), |l, r| {
            format!("{l}多{r}")
        }),
        &clauses(120, ("，。", "地级方族界"), |l, r| {
            format!("{l}各{r}")
        }),
        &alone("种金融组织", 6),
    ]);
    let judged = judge(&corpus, &["种金融组织", "种子"]);
    assert_eq!(
        judged,
        [
            ("种金融组织".to_string(), false),
            ("种子".to_string(), true),
        ]
    );
}

#[test]
fn a_noun_counted_by_a_number_or_by_this_is_cut_from_its_number() {
    // 世纪 follows 本 (this) and numbers in most of its uses: 21世纪海上
    // 丝绸之路 is a number and what it counts, and 世纪海上丝绸之路 is cut
    // from its number. 启航计划, a name after a year (2030启航计划), stays:
    // 启航 is used only there.
    let corpus = texts(&[
        &clauses(4, ("、和", "，。建的"), |l, r| {
            format!("{l}21世纪海上丝绸之路{r}")
        }),
        &clauses(10, ("到，", "末内"), |l, r| format!("{l}本世纪{r}")),
        &clauses(6, ("，。", "以新"), |l, r| format!("{l}新世纪{r}")),
        &clauses(20, ("全，。和", "和，。经"), |l, r| {
            format!("{l}世界{r}")
        }),
        &clauses(4, ("施，", "，。建的"), |l, r| {
            format!("{l}2030启航计划{r}")
        }),
        &clauses(10, ("，。加要", "实，。工"), |l, r| {
            format!("{l}启动{r}")
        }),
        &alone("世纪海上丝绸之路启航计划", 6),
    ]);
    let judged = judge(&corpus, &["世纪海上丝绸之路", "启航计划"]);
    assert_eq!(
        judged,
        [
            ("世纪海上丝绸之路".to_string(), false),
            ("启航计划".to_string(), true),
        ]
    );
}

#[test]
fn a_conjunction_of_consequence_opens_a_clause_not_a_term() {
    // 所以 (so, therefore) opens the clause 所以我们说 stands in; 我们 stays.
    let corpus = texts(&[
        &clauses(6, ("。；", "，："), |l, r| format!("{l}所以我们说{r}")),
        &clauses(20, ("，。让", "要的，。"), |l, r| {
            format!("{l}我们{r}")
        }),
        &alone("所以我们说", 6),
    ]);
    let judged = judge(&corpus, &["所以我们说", "我们"]);
    assert_eq!(
        judged,
        [
            ("所以我们说".to_string(), false),
            ("我们".to_string(), true),
        ]
    );
}

#[test]
fn the_verb_of_a_share_and_the_start_of_its_whole_is_no_term() {
    // 占本年预算 (of 占本年预算支出的2.47%) is the share's verb and the
    // start of the whole it is a share of; 占用耕地 stays: 占用 is a word
    // used apart.
    let corpus = texts(&[
        &clauses(8, ("，，", "支收总安"), |l, r| {
            format!("{l}占本年预算{r}出的2.47%")
        }),
        &clauses(6, ("。，", "收支"), |l, r| format!("{l}本年预算{r}入")),
        &clauses(8, ("，。减严", "，。和的"), |l, r| {
            format!("{l}占用耕地{r}")
        }),
        &clauses(10, ("，。", "资农土林水"), |l, r| {
            format!("{l}占用{r}金")
        }),
        &alone("占本年预算用耕地", 6),
    ]);
    let judged = judge(&corpus, &["占本年预算", "占用耕地"]);
    assert_eq!(
        judged,
        [
            ("占本年预算".to_string(), false),
            ("占用耕地".to_string(), true),
        ]
    );
}

#[test]
fn a_digit_before_a_term_is_no_clause_start() {
    // 年要 follows 今 in 40 of its 47 uses (今年要, this year we must), a
    // year in digits in 3 and four other heads once each: a number is no clause's start, so that side
    // is no boundary and 今年要 completes the term. 今年 stays.
    let corpus = texts(&[
        &clauses(40, ("。，；", "继完基重实把"), |l, r| {
            format!("{l}今年要{r}好")
        }),
        "，2000年要完成。，2005年要实现。，2010年要做到。",
        "，明年要完成。，全年要实现。，每年要做到。，五年要做到。",
        &clauses(20, ("。，", "，。以我"), |l, r| format!("{l}今年{r}")),
        &alone("今年要", 6),
    ]);
    let judged = judge(&corpus, &["年要", "今年"]);
    assert_eq!(
        judged,
        [("年要".to_string(), false), ("今年".to_string(), true)]
    );
}
