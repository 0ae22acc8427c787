//! Tests of the word rule's twenty-third round, on texts made for them:
//! a term that is the tail of a set phrase cut after its one-character
//! head (longer_words.rs, `tail_of_a_set_phrase`).
use super::neighbours_tests::{new_after_a_measure_and_verbs, words_of_dong};
use super::particles_tests::{alone, clauses};
use super::tests::{judge, texts};

#[test]
fn the_tail_of_a_set_phrase_cut_after_its_head_is_no_term() {
    // 林富民行动 follows 兴 in four of its five uses (a clause's start
    // once), and
    // 兴林富民行动 follows varied text and is followed by varied text: a
    // set phrase. 兴林 is used apart too (兴林护绿), more than 林富, which
    // stands only in the term: 林 holds to 兴, the term is cut after the
    // phrase's head. 青禾论坛 follows 大 in four of five uses, but 大青禾论坛
    // follows 重 in every use: its head is 重大, a word before many
    // words, and 青禾论坛 stays, though 大青 (大青山) is used more than
    // 青禾. So does 青苗工程, after 抓 in four of
    // five uses: 抓青 is used less than 青苗.
    let corpus = texts(&[
        "，深入推进兴林富民行动取得新成效，扎实实施兴林富民行动加快推进",
        "，全面落实兴林富民行动持续发力，兴林富民行动深入实施全面开展",
        "。林富民行动全面开展。",
        &clauses(8, ("，。", "，。"), |l, r| {
            format!("{l}兴林护绿工作{r}")
        }),
        "，持续举办重大青禾论坛推动交流，成功举办重大青禾论坛取得成效",
        "，积极承办重大青禾论坛深化合作，重大青禾论坛持续开展全面推进。青禾论坛深化合作",
        &clauses(8, ("，。", "，。"), |l, r| {
            format!("{l}青禾农业发展{r}")
        }),
        &clauses(16, ("，。", "，。"), |l, r| {
            format!("{l}登上大青山顶{r}")
        }),
        "，持续抓青苗工程推动发展，全面抓青苗工程取得成效",
        "，积极抓青苗工程深化合作，扎实抓青苗工程持续开展，青苗工程全面推进",
        &clauses(8, ("，。", "，。"), |l, r| {
            format!("{l}青苗培育工作{r}")
        }),
        &alone("兴林富民行动强青禾论坛重大抓苗工程", 4),
    ]);
    let judged = judge(&corpus, &["林富民行动", "青禾论坛", "青苗工程"]);
    assert_eq!(
        judged,
        [
            ("林富民行动".to_string(), false),
            ("青禾论坛".to_string(), true),
            ("青苗工程".to_string(), true),
        ]
    );
}

#[test]
fn an_edge_held_by_its_neighbours_cuts_a_term_whose_rest_stands_only_in_it() {
    // 青禾发展动 is followed by 力, 能 and 态 once each and never ends a
    // clause; its rest, 青禾发展, stands only before 动, so it is never
    // used apart. But 展动 is used more than the term and goes on into
    // 动力, 动能 and 动态 in nearly all its uses (动漫 in a few):
    // it is cut there in every use, and so is the term. 新城赛道 after 个,
    // 进 and 到 once each stays: 城赛道 stands only in it, and 新城,
    // used more, follows other characters in most of its uses.
    let corpus = texts(&[
        "，青禾发展动力，。青禾发展动能。青禾发展动态，",
        "两个新城赛道，推进新城赛道，到新城赛道，",
        &clauses(24, ("推促增新", "力能态"), |l, r| {
            format!("{l}发展动{r}，")
        }),
        &clauses(3, ("推促增", "，。"), |l, r| format!("{l}发展动漫{r}")),
        &clauses(400, ("推促增新", "，。"), |l, r| {
            format!("{l}发展{r}")
        }),
        &clauses(24, ("原创升东西", "区，。"), |l, r| {
            format!("{l}新城{r}")
        }),
        &new_after_a_measure_and_verbs("区村镇"),
        &clauses(1600, ("，。", "市墙"), |l, r| format!("{l}城{r}，")),
        &words_of_dong(),
        &clauses(
            3600,
            ("甲乙丙丁戊己庚辛壬癸", "力能态发展个进到"),
            |l, r| format!("{l}{r}，"),
        ),
        &alone("动力能态禾青展发城赛道", 6),
    ]);
    let judged = judge(&corpus, &["青禾发展动", "新城赛道"]);
    assert_eq!(
        judged,
        [
            ("青禾发展动".to_string(), false),
            ("新城赛道".to_string(), true),
        ]
    );
}
