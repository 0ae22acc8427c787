//! Tests of the word rule's tenth round, on texts made for them: a term
//! the next character nearly always completes (word_rule.rs), a verb and
//! the start of its object, numerals whose measure was cut
//! (clause_rule.rs), a figure written in words (clause_rule.rs), the last
//! item before a relation and the inside of 在…上 (particles.rs).
use super::tests::{judge, texts};

/// `n` clauses made from `make`, each with a different character from
/// `varied` (so what stands beside the term varies).
fn clauses(n: usize, varied: &str, make: impl Fn(char) -> String) -> String {
    varied.chars().cycle().take(n).map(make).collect()
}

#[test]
fn a_stray_comma_does_not_make_a_boundary() {
    // 一步 follows 进 in 52 of its 54 uses and a comma once: a side where
    // a term so seldom meets a clause's edge for its count is no boundary,
    // and 进一步 is the word, though 进 ends clauses and 一 begins them:
    // the rate would have shown a boundary. 进展 stays.
    let corpus = texts(&[
        &clauses(40, "发加提改扩增完调深巩", |c| {
            format!("要进一步{c}力，")
        }),
        &clauses(12, "发加提改扩增", |c| format!("并进一步{c}好。")),
        "走好第一步，一步一个脚印。",
        // 进 ends clauses and 一 begins them, often enough to tell.
        &clauses(30, "推促改引", |c| format!("{c}进。")),
        &clauses(30, "是要批些", |c| format!("一{c}好。")),
        &clauses(10, "取得显著明显", |c| {
            format!("进展{c}好，工作有进展。")
        }),
        // 新质生产力 follows 发展 in four of its five uses, too few for the
        // rate to expect it at a clause's start: 展 ends clauses and 新
        // begins them, so it stays.
        "加快发展新质生产力，因地制宜发展新质生产力，大力发展新质生产力。",
        "积极发展新质生产力，培育新质生产力。",
        &clauses(20, "经产业农", |c| format!("发展{c}好，")),
        &clauses(30, "开拓进", |c| format!("{c}展。")),
        &clauses(30, "型兴增", |c| format!("新{c}好。")),
    ]);
    let judged = judge(&corpus, &["一步", "进展", "新质生产力"]);
    assert_eq!(
        judged,
        [
            ("一步".to_string(), false),
            ("进展".to_string(), true),
            ("新质生产力".to_string(), true),
        ]
    );
}

#[test]
fn a_term_nearly_always_followed_by_the_rest_of_its_word_is_no_term() {
    // 抓纲治 is followed by 国 four times and 军 once: 抓纲治国 is the word,
    // though 治 ends clauses and 国 begins them (治|国 looks like a
    // boundary). 依法治国 stays.
    let corpus = texts(&[
        "抓纲治国已见成效。提出抓纲治国的决策，实现抓纲治国三年目标，推进抓纲治国战略。抓纲治军，加强国防。",
        "依法治国，依法治国，依法治国。",
        // 治 ends clauses and 国 begins them, often enough to tell.
        &clauses(30, "施兼防整自", |c| format!("综合{c}治。")),
        &clauses(30, "家内际企防", |c| format!("国{c}支持。")),
    ]);
    let judged = judge(&corpus, &["抓纲治", "依法治国"]);
    assert_eq!(
        judged,
        [
            ("抓纲治".to_string(), false),
            ("依法治国".to_string(), true)
        ]
    );
}

#[test]
fn a_verb_and_the_start_of_its_object_is_no_term() {
    // 推进 begins clauses and takes quoted objects (推进“放管服”改革):
    // 推进政府 never ends a clause, the object goes on (职能转变, 机构改革).
    // 推动高质量发展 ends clauses and stays; 青藏高原, a name that begins
    // clauses but takes no quoted object, stays though it never ends one,
    // and so does 国家药械中心: 国家 takes quoted words but seldom begins a
    // clause.
    let corpus = texts(&[
        "推进政府职能转变。推进政府机构改革。深入推进政府信息公开。持续推进政府数字化。",
        "推进“放管服”改革。推进“双招双引”。推进“一网通办”。推进城市更新。推进乡村振兴。",
        "政府工作，政府债务，地方政府，省政府。",
        "推动高质量发展。坚持推动高质量发展。全面推动高质量发展，推动高质量发展。",
        "青藏高原生态，青藏高原保护，青藏高原地区，青藏高原屏障，守护青藏高原环境。",
        "高原城市，高原气候，高原农业。",
        "落实国家“十四五”规划，实现国家“双碳”目标，参与国家“一带一路”建设。",
        "建设国家药械中心挂牌，争取国家药械中心落地。药械监管，药械安全，药械流通。",
        // 不反对台湾: a negation before the verb and its object.
        "反对“台独”。反对“两个中国”。反对“一中一台”。反对分裂。反对霸权。反对干涉。不反对台湾同外国通商，不反对台湾作为关税区。",
        "台湾同胞，台湾问题，台湾地区。",
    ]);
    let judged = judge(
        &corpus,
        &[
            "推进政府",
            "推动高质量发展",
            "青藏高原",
            "国家药械中心",
            "不反对台湾",
        ],
    );
    assert_eq!(
        judged,
        [
            ("推进政府".to_string(), false),
            ("推动高质量发展".to_string(), true),
            ("青藏高原".to_string(), true),
            ("国家药械中心".to_string(), true),
            ("不反对台湾".to_string(), false),
        ]
    );
}

#[test]
fn numerals_without_their_measure_are_no_term() {
    // 万亿 is followed by 元, 吨, 个 or 件 (measures: they follow 5, 万, 亿…),
    // never after a number here:
    // a number whose measure was cut. 十四五 is followed by 规划 and 时期,
    // no measures, and stays.
    let corpus = texts(&[
        "培育万亿元产业，打造万亿吨储量，迈上万亿个台阶，建成万亿件产品。",
        "奖励5元，补助3万元，收入2亿元，补贴千元。运量5吨，产量3万吨，储量2亿吨。",
        "建成5个，新增3万个，培育两个。生产5件，销售3万件，出口2亿件。",
        "编制“十四五”规划，十四五时期，落实十四五目标。十四五期间，谋划十四五发展。",
    ]);
    let judged = judge(&corpus, &["万亿", "十四五"]);
    assert_eq!(
        judged,
        [("万亿".to_string(), false), ("十四五".to_string(), true)]
    );
}

#[test]
fn the_last_item_before_a_relation_is_no_term() {
    // 风险之间的平衡 follows the list it needs (控物价和防风险, 防范金融风险):
    // its first word is the last item. 城乡之间 ends in the relation and
    // names both items: it stays.
    let corpus = texts(&[
        "把握稳增长、控物价和防风险之间的平衡。",
        "处理好促增长、稳物价和防范金融风险之间的平衡。",
        "化解风险，风险防控，金融风险。",
        "缩小城乡之间差距，统筹城乡之间资源，促进城乡之间交流。",
    ]);
    let judged = judge(&corpus, &["风险之间的平衡", "城乡之间"]);
    assert_eq!(
        judged,
        [
            ("风险之间的平衡".to_string(), false),
            ("城乡之间".to_string(), true),
        ]
    );
}

#[test]
fn a_figure_written_in_words_is_no_term() {
    // 增长百分之 and 百分之六点 hold a percentage written out; 达到六百零八
    // ends inside a number. 千项万亿, a slogan that opens with a numeral,
    // and 统一 (one numeral at its end) stay.
    let corpus = texts(&[
        "产值增长百分之六点五，产量增长百分之八，收入增长百分之十。",
        "投资增长百分之三，出口增长百分之五，利润增长百分之九点二。",
        "工资增长较快，人口增长，经济增长。占百分之六点一，约百分之六点四。",
        "储蓄达到六百零八亿元，存款达到六百零八万元，粮食达到九百。",
        "实施千项万亿工程，推进千项万亿行动，落实千项万亿计划。",
        "统一市场，推进统一，加快统一部署。",
    ]);
    let judged = judge(
        &corpus,
        &[
            "增长百分之",
            "百分之六点",
            "达到六百零八",
            "千项万亿",
            "统一",
        ],
    );
    assert_eq!(
        judged,
        [
            ("增长百分之".to_string(), false),
            ("百分之六点".to_string(), false),
            ("达到六百零八".to_string(), false),
            ("千项万亿".to_string(), true),
            ("统一".to_string(), true),
        ]
    );
}

#[test]
fn the_inside_of_a_phrase_of_place_cut_from_its_preposition_is_no_term() {
    // 政策运用上 follows 在财政 and 在货币: 在…上 frames it. 普通高中 ends
    // in 中 but no 在 stands before it: it stays.
    let corpus = texts(&[
        "在财政政策运用上，坚持统筹兼顾。在货币政策运用上，注意把握平衡。",
        "在财政政策运用上，注重综合平衡。在货币政策运用上，保持稳健。",
        "财政收入，财政支出，财政资金。货币供应，货币市场，货币信贷。",
        "在工作上，在思想上，在政策上，在会上。",
        "办好普通高中，建设普通高中，发展普通高中。高中，初中。",
    ]);
    let judged = judge(&corpus, &["政策运用上", "普通高中"]);
    assert_eq!(
        judged,
        [
            ("政策运用上".to_string(), false),
            ("普通高中".to_string(), true),
        ]
    );
}
