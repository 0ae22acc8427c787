//! Tests of the word rule's quantities (a number's unit, numerals and their
//! measure: clause_rule.rs) and of the joins its closed classes read (a
//! figure's prepositions and a list's closing 等: function_words.rs; the
//! particle 之, a bare first conjunct, a joining conjunction, a question:
//! particles.rs), on texts made for them.
use super::tests::{judge, texts};

#[test]
fn a_number_and_its_unit_is_no_term() {
    // 号线 and 万吨 follow a number in every use: a unit, not a term;
    // 千亿元 is numerals and a measure (元 follows 5, 万, 亿 and 千).
    // 两岸 begins with a numeral, but 岸 follows no other; 多元 begins with
    // 多, no definite number: both stay.
    let corpus = texts(&[
        "建成5号线,开通8号线,延伸12号线,规划3号线。",
        "产量达到300万吨,储量120万吨,运量8万吨。",
        "投资超千亿元,产值近千亿元,奖励5元,补助3万元,收入2亿元。",
        "深化两岸交流,推动两岸融合,两岸同胞。",
        "推动多元发展,构建多元格局,坚持多元投入。",
    ]);
    let judged = judge(&corpus, &["号线", "万吨", "千亿元", "两岸", "多元"]);
    assert_eq!(
        judged,
        [
            ("号线".to_string(), false),
            ("万吨".to_string(), false),
            ("千亿元".to_string(), false),
            ("两岸".to_string(), true),
            ("多元".to_string(), true),
        ]
    );
}

#[test]
fn a_measure_after_an_ordinal_is_counted_as_after_a_number() {
    // 个沙漠大基地 follows 首 once and a digit twice: 首 counts the measure
    // as a number does, so the measure and what it counts are no term.
    let corpus = texts(&[
        "首个沙漠大基地开工,建设6个沙漠大基地,争取3个沙漠大基地。",
        "建成一个园区,引进5个项目,新增8个企业,培育两个集群。个人,个体。",
    ]);
    let judged = judge(&corpus, &["个沙漠大基地"]);
    assert_eq!(judged, [("个沙漠大基地".to_string(), false)]);
}

#[test]
fn a_preposition_of_a_figure_at_an_edge_is_no_term() {
    // 提高到 is followed by a number: the verb and the start of its figure;
    // 从每人每月 is the preposition a figure starts from (每人每月 always
    // follows 从, so 从 is not loose at its edge). 达到 is a word.
    let corpus = texts(&[
        "比重提高到45%,寿命提高到78岁,标准提高到700元。",
        "补贴从每人每月200元提高到220元,津贴标准从每人每月100元增至120元。",
        "救助金额从每人每月80元增至90元。",
        "达到3家,达到标准,全面达到。",
    ]);
    let judged = judge(&corpus, &["提高到", "从每人每月", "达到"]);
    assert_eq!(
        judged,
        [
            ("提高到".to_string(), false),
            ("从每人每月".to_string(), false),
            ("达到".to_string(), true),
        ]
    );
}

#[test]
fn the_particle_zhi_and_its_noun_is_no_term() {
    // 之害 is the particle and the noun (背离原则之害); 之间 is a word of place.
    let corpus = texts(&[
        "警醒背离原则之害、作风漂浮之害、家教不严之害。",
        "区域之间、城乡之间、部门之间协同。",
    ]);
    let judged = judge(&corpus, &["之害", "之间"]);
    assert_eq!(
        judged,
        [("之害".to_string(), false), ("之间".to_string(), true)]
    );
}

#[test]
fn a_bare_first_conjunct_without_its_modifier_is_no_term() {
    // 保护 is seen only in 保护和优质发展, after 生态 or 环境, never at a
    // clause's start: the phrase lost its first conjunct's modifier.
    // 文化 is used apart: 文化和旅游 stays.
    let corpus = texts(&[
        "推进流域生态保护和优质发展、统筹环境保护和优质发展,实现优质发展。",
        "推动文化和旅游融合,促进文化和旅游发展。繁荣文化,文化自信。",
    ]);
    let judged = judge(&corpus, &["保护和优质发展", "文化和旅游"]);
    assert_eq!(
        judged,
        [
            ("保护和优质发展".to_string(), false),
            ("文化和旅游".to_string(), true),
        ]
    );
}

#[test]
fn a_conjunction_or_a_question_at_an_edge_is_no_term() {
    // 地区乃至 ends in a joining conjunction; 看谁 never ends a clause, cut
    // before what the question asks. 什么 is a word.
    let corpus = texts(&[
        "亚太地区乃至世界,东部地区乃至全国,周边地区乃至国际。",
        "比发展、看谁争先,比服务、看谁高效,比贡献、看谁带动。",
        "干什么,为什么,什么时候。",
    ]);
    let judged = judge(&corpus, &["地区乃至", "看谁", "什么"]);
    assert_eq!(
        judged,
        [
            ("地区乃至".to_string(), false),
            ("看谁".to_string(), false),
            ("什么".to_string(), true),
        ]
    );
}

#[test]
fn a_list_closer_after_an_enumeration_comma_is_no_term_where_a_clause_ends() {
    // 小型机构等风险 follows 、 and ends a clause once: the list's last item
    // and what the list shares, whether or not the clause goes on.
    let corpus = texts(&[
        "化解房产、小型机构等风险,防范债务、小型机构等风险隐患。",
        "小型机构改革,小型机构重组。风险防控,风险化解。",
    ]);
    let judged = judge(&corpus, &["小型机构等风险"]);
    assert_eq!(judged, [("小型机构等风险".to_string(), false)]);
}
