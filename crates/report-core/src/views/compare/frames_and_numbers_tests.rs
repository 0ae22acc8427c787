//! Tests of the word rule's thirteenth round, on texts made for them: a
//! number cut inside and an ordinal cut before its number
//! (clause_rule.rs), 由 at an edge (word_rule.rs), a preposition's frame
//! without what it names or cut from its preposition, a condition's
//! conjunction (particles.rs), a modal and the start of its object and a
//! postposition that closes the phrase before (function_words.rs), the
//! tail of a numbered name and a list's first item cut before what the
//! items share (longer_words.rs).
use super::particles_tests::{alone, clauses};
use super::tests::{judge, texts};

#[test]
fn a_number_cut_inside_is_no_term() {
    // 一九八 is followed by more numerals (一九八三年, 一九八五年) or by ○,
    // zero in a year written in characters (一九八○年): a number cut
    // inside. 十四五 is followed by 规划 and 时期 and stays.
    let corpus = texts(&[
        &clauses(24, ("在到从至比由", "三五○六二"), |l, r| {
            format!("{l}一九八{r}年，")
        }),
        &clauses(15, ("在到从至", "规时目期发"), |l, r| {
            format!("{l}十四五{r}。")
        }),
        &alone("一九八三五六二十四年规划时期", 12),
    ]);
    let judged = judge(&corpus, &["一九八", "十四五"]);
    assert_eq!(
        judged,
        [("一九八".to_string(), false), ("十四五".to_string(), true)]
    );
}

#[test]
fn the_preposition_you_from_at_an_edge_is_no_part_of_the_term() {
    // 由上年 is 由 (from) and 上年, used far more often without it: 由 is
    // no part of the term. 由衷感谢 always holds its 由 and stays.
    let corpus = texts(&[
        &clauses(12, ("利额量率", "的下增减"), |l, r| {
            format!("{l}由上年{r}降，")
        }),
        &clauses(24, ("比同较超", "增下"), |l, r| {
            format!("{l}上年{r}长。")
        }),
        &clauses(12, ("示致达向", "各大全广"), |l, r| {
            format!("{l}由衷感谢{r}家，")
        }),
        &alone("由上年衷感谢", 12),
    ]);
    let judged = judge(&corpus, &["由上年", "由衷感谢"]);
    assert_eq!(
        judged,
        [
            ("由上年".to_string(), false),
            ("由衷感谢".to_string(), true),
        ]
    );
}

#[test]
fn a_frame_without_what_it_names_is_no_term() {
    // 以经济体制改革为 opens with 以 and ends in 为, before 重点, 牵引…:
    // the frame 以…为 cut before what it names. 以人民为中心 ends past
    // the verb and stays.
    let corpus = texts(&[
        &clauses(24, ("须要，必", "重牵主抓"), |l, r| {
            format!("{l}以经济体制改革为{r}手，")
        }),
        &clauses(12, ("持，守终", "的，发。"), |l, r| {
            format!("{l}以人民为中心{r}展")
        }),
        &alone("以经济体制改革为人民中心", 12),
    ]);
    let judged = judge(&corpus, &["以经济体制改革为", "以人民为中心"]);
    assert_eq!(
        judged,
        [
            ("以经济体制改革为".to_string(), false),
            ("以人民为中心".to_string(), true),
        ]
    );
}

#[test]
fn a_modal_and_a_verb_waiting_for_its_object_are_no_term() {
    // 要有一个好的作风 is the modal 要 and 有 and its object: 要有 is used
    // apart, but 有 begins clauses as a verb does. 要素保障 stays: 素
    // never begins one.
    let corpus = texts(&[
        &clauses(16, ("党家队也", "，。；，"), |l, r| {
            format!("{l}要有一个好的作风{r}")
        }),
        &clauses(36, ("都需也只，", "计新领足较所"), |l, r| {
            format!("{l}要有{r}划，")
        }),
        &clauses(24, ("，。；", "效力序机"), |l, r| {
            format!("{l}有{r}地推进")
        }),
        &clauses(16, ("强化，足", "工，。体"), |l, r| {
            format!("{l}要素保障{r}")
        }),
        &clauses(16, ("产数生各", "，。"), |l, r| format!("{l}要素{r}")),
        &alone("一个好的作风素保障", 12),
    ]);
    let judged = judge(&corpus, &["要有一个好的作风", "要素保障"]);
    assert_eq!(
        judged,
        [
            ("要有一个好的作风".to_string(), false),
            ("要素保障".to_string(), true),
        ]
    );
}

#[test]
fn a_condition_cut_after_its_conjunction_is_no_term() {
    // 凡是适宜种 opens a condition (凡是适宜种粮食的地区): the conjunction
    // and the start of its clause.
    let corpus = texts(&[
        &clauses(24, ("。，；", "粮经果"), |l, r| {
            format!("{l}凡是适宜种{r}物的地区")
        }),
        &alone("凡是适宜种粮经果", 12),
    ]);
    let judged = judge(&corpus, &["凡是适宜种"]);
    assert_eq!(judged, [("凡是适宜种".to_string(), false)]);
}

#[test]
fn the_tail_of_a_numbered_name_is_no_term() {
    // 线一期北段 follows 号 and a number (7号线一期北段, Z4线一期北段) and
    // never begins a clause: 号线一期北段 follows a number, which opens it.
    let corpus = texts(&[
        "推进7号线一期北段、11号线延伸线，Z4线一期北段建成通车。",
        "7号线一期北段开工，Z4线一期北段、5号线二期贯通。",
        "加快7号线一期北段建设，Z4线一期北段投用。",
        &alone("线一期北段号延伸建成通车开工", 12),
    ]);
    let judged = judge(&corpus, &["线一期北段"]);
    assert_eq!(judged, [("线一期北段".to_string(), false)]);
}

#[test]
fn a_postposition_that_closes_the_phrase_before_is_no_part_of_the_term() {
    // 中存在的问题 and 中的重要作用 begin with 中, which closes 工作中 and
    // 经济中, before a phrase used more often without it (存在的问题, whose
    // 的 is a wider boundary than its edges) or 的, which makes the place
    // an attribute (中的, though it has varied neighbours, is no word).
    // 中小企业 stays: 中小 is a word used apart.
    let corpus = texts(&[
        &clauses(16, ("作活展用进", "，。以"), |l, r| {
            format!("，{l}中存在的问题{r}")
        }),
        &clauses(24, ("面域对决理", "，。"), |l, r| {
            format!("，{l}存在的问题{r}")
        }),
        &clauses(16, ("病定展济控", "。，"), |l, r| {
            format!("，{l}中的重要作用{r}")
        }),
        &clauses(24, ("展试面起", "。，"), |l, r| {
            format!("，{l}的重要作用{r}")
        }),
        &clauses(36, ("挥起有具了着出显", "。，"), |l, r| {
            format!("，{l}重要作用{r}")
        }),
        &clauses(
            36,
            ("作展设活业济", "比积一突主各缺问基某独社"),
            |l, r| format!("，{l}中的{r}点。"),
        ),
        &clauses(
            36,
            ("不仍都还", "风隐短差漏困矛弱偏误障缺"),
            |l, r| format!("，{l}存在{r}险。"),
        ),
        &clauses(
            48,
            ("新老主热难突根实深重大小关", "，。"),
            |l, r| format!("，{l}的问题{r}"),
        ),
        &clauses(12, ("持扶励助", "发，。"), |l, r| {
            format!("，{l}中小企业{r}展")
        }),
        &clauses(12, ("持扶励助", "，。"), |l, r| {
            format!("，{l}中小学{r}")
        }),
        &alone("中存在的问题重要作用小企业学", 12),
    ]);
    let judged = judge(&corpus, &["中存在的问题", "中的重要作用", "中小企业"]);
    assert_eq!(
        judged,
        [
            ("中存在的问题".to_string(), false),
            ("中的重要作用".to_string(), false),
            ("中小企业".to_string(), true),
        ]
    );
}

#[test]
fn a_lists_first_item_cut_before_what_the_items_share_is_no_term() {
    // 全面贯彻党的十九大和十九届二中 always stands before 、三中全会: its
    // last item, 二中, goes on into 二中全会 elsewhere, and 中全 follows 三
    // as it follows 二中. 长三角 always stands before 、 too, but 角债 of
    // 三角债 follows nothing else: a name in a list, it stays.
    let corpus = texts(&[
        &clauses(10, ("，。；", "精，"), |l, r| {
            format!("{l}全面贯彻党的十九大和十九届二中、三中、四中全会{r}神")
        }),
        &clauses(6, ("，。开召", "精，"), |l, r| {
            format!("{l}十九届二中全会{r}")
        }),
        &clauses(10, ("，。在对", "珠京"), |l, r| {
            format!("{l}长三角、{r}")
        }),
        &clauses(6, ("，清理解", "。，"), |l, r| {
            format!("{l}三角债{r}")
        }),
        &alone("全面贯彻党的十九大和届二中三四会精神长角债珠京", 12),
    ]);
    let judged = judge(&corpus, &["全面贯彻党的十九大和十九届二中", "长三角"]);
    assert_eq!(
        judged,
        [
            ("全面贯彻党的十九大和十九届二中".to_string(), false),
            ("长三角".to_string(), true),
        ]
    );
}

#[test]
fn an_ordinal_cut_before_the_number_it_counts_is_no_term() {
    // 党的二十届 ends in a numeral and 届, a measure (第一届, 第二届…),
    // and is followed by more numerals (党的二十届三中全会, 二中全会): an
    // ordinal cut before the number of the plenum it counts.
    let corpus = texts(&[
        &clauses(12, ("，。实", "三二四"), |l, r| {
            format!("{l}党的二十届{r}中全会")
        }),
        &clauses(24, ("一二三四五六七八", "人政委"), |l, r| {
            format!("第{l}届{r}，")
        }),
        &"召开第十届。".repeat(12),
        &alone("党的二十届三中全会", 12),
    ]);
    let judged = judge(&corpus, &["党的二十届"]);
    assert_eq!(judged, [("党的二十届".to_string(), false)]);
}

#[test]
fn the_inside_of_a_frame_cut_from_its_preposition_is_no_term() {
    // 供给侧结构性改革为主线 holds 为 and follows 以 in most of its uses
    // (以供给侧结构性改革为主线): the inside of the frame 以…为, cut from
    // its preposition.
    let corpus = texts(&[
        &clauses(16, ("持须要是", "，。；"), |l, r| {
            format!("{l}以供给侧结构性改革为主线{r}")
        }),
        &clauses(6, ("进化", "，。"), |l, r| {
            format!("{l}供给侧结构性改革为主线{r}")
        }),
        &alone("以供给侧结构性改革为主线推进深化", 12),
    ]);
    let judged = judge(&corpus, &["供给侧结构性改革为主线"]);
    assert_eq!(judged, [("供给侧结构性改革为主线".to_string(), false)]);
}
