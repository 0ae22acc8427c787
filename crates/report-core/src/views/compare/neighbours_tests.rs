//! Tests of the word rule's twenty-second round, on texts made for them:
//! an edge character that holds to the words its neighbours make more
//! than to the term (edge_rates.rs, `edge_holds_to_its_neighbours`).
use super::particles_tests::{alone, clauses};
use super::tests::{judge, texts};

#[test]
fn an_edge_character_held_by_the_words_beside_it_is_no_end_of_the_term() {
    // 青禾发展动 opens clauses and is followed by 力, 能 and 态 once each,
    // never ending a clause, and 青禾发展 is used apart: 动力, 动能 and
    // 动态, each used in varied text, are used more than 展动, which
    // stands only in the term, and in a larger share of the uses of 力,
    // 能 and 态 than 展动 of 展's. 动 belongs to the words after it; the
    // term is cut inside them. 青禾农业 has the same shape (业发, 业建 and
    // 业生 after it, each pair used more than 农业), but each pair stands
    // in a small share of the uses of 发, 建 and 生, 农业 in most of 农's:
    // it stays. So does 青禾牧场, before 的, 和 and 与, which make no
    // word with its last character however often 场的, 场和 and 场与 are
    // used. 新苗基地, after 个, 进 and 到 once each, is never used apart
    // from its first character (苗基地 stands only in it): it begins there,
    // though 个新, 进新 and 到新 hold more of their first characters' uses
    // than 新苗 of 苗's.
    let corpus = texts(&[
        "，青禾发展动力，。青禾发展动能。青禾发展动态，",
        "，青禾农业发展。青禾农业建设。青禾农业生产，",
        "，青禾牧场的，。青禾牧场和。青禾牧场与，",
        "，青禾发展。青禾农。青禾牧，",
        "两个新苗基地，推进新苗基地，到新苗基地，",
        &new_after_a_measure_and_verbs("区村城"),
        &clauses(400, ("，。", "木圃"), |l, r| format!("{l}苗{r}，")),
        &clauses(600, ("甲乙丙丁戊己", "个进到"), |l, r| {
            format!("{l}{r}，")
        }),
        &words_of_dong(),
        &clauses(20, ("工产商", "展，。"), |l, r| format!("{l}业发{r}")),
        &clauses(20, ("工产商", "设，。"), |l, r| format!("{l}业建{r}")),
        &clauses(20, ("工产商", "产，。"), |l, r| format!("{l}业生{r}")),
        &clauses(15, ("，。", "，。村"), |l, r| format!("{l}农业{r}")),
        &clauses(60, ("，。", "民区业"), |l, r| format!("{l}牧{r}，")),
        &clauses(12, ("市广农", "，。"), |l, r| format!("{l}场的{r}")),
        &clauses(12, ("市广农", "，。"), |l, r| format!("{l}场和{r}")),
        &clauses(12, ("市广农", "，。"), |l, r| format!("{l}场与{r}")),
        &clauses(
            2400,
            ("甲乙丙丁戊己庚辛壬癸", "力能态发建生的和与展"),
            |l, r| format!("{l}{r}，"),
        ),
        &alone("动力能态业场牧发建生禾青展", 6),
    ]);
    let judged = judge(&corpus, &["青禾发展动", "青禾农业", "青禾牧场", "新苗基地"]);
    assert_eq!(
        judged,
        [
            ("青禾发展动".to_string(), false),
            ("青禾农业".to_string(), true),
            ("青禾牧场".to_string(), true),
            ("新苗基地".to_string(), true),
        ]
    );
}

/// 新 after 个, 进 and 到, each followed by a character of `after`, and
/// alone: 个新, 进新 and 到新 hold a share of their first characters' uses.
pub(super) fn new_after_a_measure_and_verbs(after: &str) -> String {
    [("一两三", '个'), ("推促跟", '进'), ("达回看", '到')]
        .into_iter()
        .map(|(before, c)| clauses(15, (before, after), |l, r| format!("{l}{c}新{r}，")))
        .chain([clauses(20, ("，。", "，。"), |l, r| {
            format!("{l}新{r}")
        })])
        .collect()
}

/// 动力, 动能 and 动态, each in varied text.
pub(super) fn words_of_dong() -> String {
    ['力', '能', '态']
        .into_iter()
        .map(|c| {
            clauses(12, ("新强足增", "，。源"), |l, r| {
                format!("{l}动{c}{r}")
            })
        })
        .collect()
}
