//! Tests of the word rule's twelfth round, on texts made for them: the
//! adverb's marker 地 and 之 after a cut modifier (particles.rs), the
//! tail of names and the head of longer words (longer_words.rs).
use super::particles_tests::{alone, clauses};
use super::tests::{judge, texts};

#[test]
fn an_adverb_and_its_marker_is_no_term() {
    // 深入持久地 and 片面地追求 have varied neighbours on both sides, but
    // 地 makes an adverb of 深入持久 and 片面 (which stand without it) and
    // 久地, 面地 never end a clause: the adverb and its marker, with or
    // without its verb.
    let corpus = texts(&[
        &clauses(24, ("城乡村镇区县省市", "开推落宣"), |l, r| {
            format!("{l}深入持久地{r}展工作，")
        }),
        &clauses(24, ("城乡村镇区县省市", "开推落宣"), |l, r| {
            format!("{l}片面地追求{r}量，")
        }),
        &clauses(12, ("城乡村镇区县省市", "推进实施"), |l, r| {
            format!("{l}片面{r}。{l}深入持久{r}。")
        }),
        &alone("深入持久地片面追求展工作量政之道", 3),
    ]);
    let judged = judge(&corpus, &["深入持久地", "片面地追求"]);
    assert_eq!(
        judged,
        [
            ("深入持久地".to_string(), false),
            ("片面地追求".to_string(), false),
        ]
    );
}

#[test]
fn the_particle_zhi_after_a_modifier_cut_to_one_character_is_no_term() {
    // 政之道 follows 简 and 为 (简政之道, 为政之道) and never begins a
    // clause: the modifier of 之 was cut. “国之大者” begins after a mark.
    let corpus = texts(&[
        &clauses(16, ("行为简定", "，。；，"), |l, r| {
            format!("坚持{l}政之道{r}")
        }),
        &clauses(16, ("心胸怀牢", "，。；，"), |l, r| {
            format!("{l}记“国之大者”{r}")
        }),
        &clauses(
            32,
            ("城乡村镇区县省市", "坚持记心胸怀牢行"),
            |l, r| format!("{l}好。{r}好，"),
        ),
        &alone("政之道国大者", 12),
    ]);
    let judged = judge(&corpus, &["政之道", "国之大者"]);
    assert_eq!(
        judged,
        [
            ("政之道".to_string(), false),
            ("国之大者".to_string(), true),
        ]
    );
}

#[test]
fn the_tail_of_names_each_opened_by_its_first_character_is_no_term() {
    // 江堰 follows 都 and 湔 only and never begins a clause, while 都江堰
    // and 湔江堰 begin list items (都 is a character of grammar too, but
    // 、都江堰 is a list's item): it is the tail of those names.
    // (The rules' guards are read on the real reports: docs/word-rule.md.)
    let corpus = texts(&[
        "扩大三星堆、都江堰等影响，保护都江堰灌区。",
        "湔江堰、通济堰入选名录，修缮湔江堰渠首。",
        "推进都江堰灌区建设，湔江堰入选。",
        &clauses(
            16,
            ("城乡村镇区县省市", "提升增强壮大"),
            |l, r| format!("{l}发展新质生产力{r}，{l}解放和发展生产力。"),
        ),
        &clauses(
            32,
            ("城乡村镇区县省市", "扩大保护推进修缮"),
            |l, r| format!("{l}好。{r}好，"),
        ),
    ]);
    let judged = judge(&corpus, &["江堰"]);
    assert_eq!(judged, [("江堰".to_string(), false)]);
}

#[test]
fn the_head_that_always_goes_on_into_a_few_longer_words_is_no_term() {
    // 密集型产 is followed by 业, 品 or 能 (密集型产业, 密集型产品…), each a
    // string with varied neighbours, and never ends a clause: the head
    // those words share.
    let corpus = texts(&[
        &clauses(
            12,
            ("城乡村镇区县省市", "吸纳发展稳定"),
            |l, r| format!("{l}密集型产业{r}，"),
        ),
        &clauses(12, ("城乡村镇区县省市", "出口销售"), |l, r| {
            format!("{l}密集型产品{r}，")
        }),
        &clauses(12, ("城乡村镇区县省市", "过剩利用"), |l, r| {
            format!("{l}密集型产能{r}，")
        }),
        &clauses(
            32,
            ("城乡村镇区县省市", "吸纳发展稳定出口销售"),
            |l, r| format!("{l}好。{r}好，"),
        ),
        &alone("密集型产业品能", 12),
    ]);
    let judged = judge(&corpus, &["密集型产"]);
    assert_eq!(judged, [("密集型产".to_string(), false)]);
}
