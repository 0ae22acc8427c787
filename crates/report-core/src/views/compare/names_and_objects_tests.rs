//! Tests of the word rule's twenty-fifth round, on texts made for them: a
//! piece shared by abbreviations run together (longer_words.rs,
//! `piece_of_names_run_together`), a county named with a word of grammar
//! (particles.rs, `word_of_grammar_and_a_head`), and a verb and the free
//! start of its object (clause_rule.rs,
//! `verb_and_a_free_start_of_its_object`).
use super::particles_tests::clauses;
use super::tests::{judge, texts};

#[test]
fn a_piece_of_abbreviations_run_together_is_no_term() {
    // 桐槐 is a piece of 楠桐槐, 桐槐柏 and 杉桐槐棠, made-up abbreviations of
    // places run together: in no use does it stand alone, and each
    // character beside it makes no word with the one beyond (持楠, 栎杉,
    // 柏一, 棠铁). 沅澧 stays: after 与 and before a comma once, it stands
    // alone. 蜜柑 stays, in lists too: its neighbour 强 is the tail of 做强,
    // a word, and 产 the head of 产业. 柘溪 stays, a name that meets other
    // edges than a list's commas (a bracket: 大柘溪（柘溪县段）).
    let corpus = texts(&[
        "支持楠桐槐、梓桦杉、桐槐柏一体发展，修建栎杉桐槐棠铁路。",
        "加强与沅澧、汉江合作，推动资沅澧、沅澧湘协同。",
        "做强蜜柑、做强茶叶。茶叶、蜜柑产业壮大，扩大蜜柑种植。",
        "做强品牌，要做强企业，发展产业。壮大产业，产业兴旺。扩大开放，要扩大内需。",
        "整治大柘溪（柘溪县段）和柘溪县城。",
    ]);
    let judged = judge(&corpus, &["桐槐", "沅澧", "蜜柑", "柘溪"]);
    assert_eq!(
        judged,
        [
            ("桐槐".to_string(), false),
            ("沅澧".to_string(), true),
            ("蜜柑".to_string(), true),
            ("柘溪".to_string(), true),
        ]
    );
}

#[test]
fn a_name_that_heads_a_longer_word_in_a_list_stays() {
    // 智谷园 stands only in lists, once before 区 (智谷园区建设), and 区 makes
    // no word with 建 beyond it; but 园区, its edge and that neighbour, is a
    // word with varied neighbours: 智谷园 heads the longer 智谷园区, it is
    // no piece of names run together.
    let corpus = texts(&[
        "推进达沃智谷园、临港物流港建设。",
        "加快科创城、智谷园区建设、物流港建设。",
        "建设工业园区，园区企业发展，进园区服务，产业园区提质，园区道路改造。",
        "开发区园区管理，化工园区整治，园区经济，农业园区，园区配套。",
    ]);
    let judged = judge(&corpus, &["智谷园"]);
    assert_eq!(judged, [("智谷园".to_string(), true)]);
}

#[test]
fn a_county_named_with_a_word_of_grammar_stays() {
    // 和县 names a county (和 is also the conjunction): its report names it
    // before its institutions (和县人民政府, 和县县委) and the other
    // reports hold 县人大, 县城 and 县域 as words of their own, and
    // 城市和县域, the conjunction before 县域. Where the county is named
    // alone (和县，), it ends a clause and stays a word.
    let corpus = texts(&[
        "和县人民政府工作报告。和县县委坚强领导下，和县经济稳步增长，全面建设新和县，和县城乡面貌一新。",
        "和县、某某县同步推进。县人大监督，县城扩容，县域经济，县人大常委会，县城更新，县域发展。",
        "推动城市和县域协调，城市和县城联动，省市和县人大。乡村和县域，全市和县城。",
    ]);
    let judged = judge(&corpus, &["和县"]);
    assert_eq!(judged, [("和县".to_string(), true)]);
}

#[test]
fn a_verb_and_the_free_start_of_its_object_is_no_term() {
    // 推进城乡 begins clauses and goes on into many words, never ending a
    // clause: 推进 begins clauses and ends them (a verb whose subject and
    // object may both be dropped), 城乡 is used far more apart, and the two
    // stand together about as often as chance puts them side by side. The
    // verb and the start of its object, no term. 县府财政 stays: 县府 begins
    // clauses as a subject does but never ends one. So does 推进某某会战,
    // whose object stands after 推进 in most of its uses: a set phrase.
    let corpus = texts(&[
        &clauses(
            24,
            ("，。；快力面", "融建规一产业文科教卫体旅"),
            |l, r| format!("{l}推进城乡{r}合工作"),
        ),
        &clauses(
            24,
            ("，。；由和其", "安支拨用收预投补"),
            |l, r| format!("{l}县府财政{r}排资金"),
        ),
        &clauses(24, ("，。；快力面", "动部誓总"), |l, r| {
            format!("{l}推进某某会战{r}员")
        }),
        &clauses(2, ("甲乙", "，。"), |l, r| format!("{l}某某会战{r}")),
        &clauses(80, ("，。；", "，。；"), |l, r| {
            format!("{l}推进改革{r}项目推进{r}城乡面貌{r}统筹城乡{r}")
        }),
        &clauses(80, ("，。；", "，。；"), |l, r| {
            format!("{l}县府部署{r}财政收入{r}地方财政{r}")
        }),
    ]);
    let judged = judge(&corpus, &["推进城乡", "县府财政", "推进某某会战"]);
    assert_eq!(
        judged,
        [
            ("推进城乡".to_string(), false),
            ("县府财政".to_string(), true),
            ("推进某某会战".to_string(), true),
        ]
    );
}
