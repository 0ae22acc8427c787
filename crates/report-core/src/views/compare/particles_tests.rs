//! Tests of the word rule's eleventh round, on texts made for them: the
//! particle of a completed action at a term's end (particles.rs) and the
//! suffix of a named area at its start (function_words.rs), a
//! cut through words whose first character is seldom the neighbour's
//! (word_rule.rs).
use super::tests::{judge, texts};

/// Each character of `chars` alone between stops, `n` times: it begins
/// and ends clauses, as most characters of a real corpus do.
pub(super) fn alone(chars: &str, n: usize) -> String {
    chars
        .chars()
        .flat_map(|c| [c, '。'])
        .collect::<String>()
        .repeat(n)
}

/// `n` clauses made from `make`, each with the next character of `left`
/// and of `right` (so what stands on either side of the term varies).
pub(super) fn clauses(
    n: usize,
    (left, right): (&str, &str),
    make: impl Fn(char, char) -> String,
) -> String {
    left.chars()
        .cycle()
        .zip(right.chars().cycle())
        .take(n)
        .map(|(l, r)| make(l, r))
        .collect()
}

#[test]
fn a_verb_and_the_particle_of_its_completed_action_is_no_term() {
    // 获得了 has varied neighbours on both sides, as a word has: 了 tells
    // the verb's use in a clause, not a term. 受不了 (a potential form)
    // and 获得 stay.
    let corpus = texts(&[
        &clauses(
            24,
            ("城乡村镇区县省市", "荣誉奖称号金牌"),
            |l, r| format!("{l}获得了{r}，"),
        ),
        &clauses(
            48,
            ("城乡村镇区县省市", "资金支持帮扶"),
            |l, r| format!("{l}获得{r}。"),
        ),
        &clauses(24, ("我你他们大家谁", "苦累热冷饿"), |l, r| {
            format!("{l}受不了{r}，")
        }),
        // Each begins clauses too, and the characters beside them end and
        // begin clauses as most do.
        &clauses(
            12,
            ("荣誉奖称号金牌", "资金支持帮扶"),
            |l, r| format!("获得了{l}，获得{r}，受不了。"),
        ),
        &clauses(
            60,
            (
                "城乡村镇区县省市我你他们大家谁",
                "荣誉奖称号金牌资支持帮扶苦累热冷饿",
            ),
            |l, r| format!("{l}。{r}好，"),
        ),
    ]);
    let judged = judge(&corpus, &["获得了", "受不了", "获得"]);
    assert_eq!(
        judged,
        [
            ("获得了".to_string(), false),
            ("受不了".to_string(), true),
            ("获得".to_string(), true),
        ]
    );
}

#[test]
fn a_term_cut_from_words_its_neighbours_seldom_make_is_no_term() {
    // 接调控为主 always follows 间 or 直, and 间接 and 直接 are words used
    // apart, though 间 stands before 接 in a tenth of its uses (之间, 时间)
    // and 直 in a sixth (直到): the term begins inside those words.
    let corpus = texts(&[
        "从直接调控为主转向间接调控为主，建立以间接调控为主的体系。",
        "坚持间接调控为主，改变直接调控为主的做法。",
        &clauses(
            8,
            ("城乡村镇区县省市", "投融促带拉推"),
            |l, r| format!("{l}间接{r}，"),
        ),
        &clauses(6, ("城乡村镇区县", "投融促带拉推"), |l, r| {
            format!("{l}直接{r}。")
        }),
        &clauses(
            60,
            ("城乡村镇区县省市", "合作交流互动"),
            |l, r| format!("{l}之间{r}，"),
        ),
        &clauses(30, ("城乡村镇区县", "节点紧迫充足"), |l, r| {
            format!("{l}时间{r}。")
        }),
        &clauses(
            40,
            ("城乡村镇区县省市", "年月日底末"),
            |l, r| format!("{l}直到{r}，"),
        ),
        // 接 begins clauses and 间 ends them as most characters do.
        &clauses(30, ("待续力受", "城乡村镇区县"), |l, r| {
            format!("接{l}。{r}间。")
        }),
    ]);
    let judged = judge(&corpus, &["接调控为主"]);
    assert_eq!(judged, [("接调控为主".to_string(), false)]);
}

#[test]
fn the_suffix_of_a_named_area_at_the_start_is_no_term() {
    // 区 ends 自治区, 行政区, 先行区: 区筹委会 never begins a clause and is
    // cut from them. 区域 is a word used without the rest: 区域协调 stays.
    let corpus = texts(&[
        "成立自治区筹委会,特别行政区筹委会开展工作,先行区筹委会成立。",
        "推进区域协调,加强区域协调发展,实现区域协调。区域协调取得成效。",
        "区域发展,区域合作加强,区域经济,区域创新。",
    ]);
    let judged = judge(&corpus, &["区筹委会", "区域协调"]);
    assert_eq!(
        judged,
        [
            ("区筹委会".to_string(), false),
            ("区域协调".to_string(), true),
        ]
    );
}
