//! Tests of the word rule's cuts from a longer string the text before a
//! term supplies (cut_rule.rs), and of a list's numeral and its verb
//! (function_words.rs), on texts made for them.
use super::repeated_strings;
use super::tests::{judge, texts};
use super::CorpusUsage;

#[test]
fn a_list_numeral_and_its_verb_is_no_term() {
    // 一要 and 二要 open the points of a list; 三要素 is a word, as 要素 is
    // used without the rest.
    let corpus = texts(&[
        "一要稳住农业。二要做强工业。一要守住底线。二要防范风险。",
        "把握三要素,用好三要素。要素保障有力,要素流动顺畅。",
    ]);
    let judged = judge(&corpus, &["一要", "二要", "三要素"]);
    assert_eq!(
        judged,
        [
            ("一要".to_string(), false),
            ("二要".to_string(), false),
            ("三要素".to_string(), true),
        ]
    );
}

#[test]
fn the_tail_of_names_whose_heads_never_stand_apart_is_no_term() {
    // 木特 follows 甲乙, 丙丁 and 戊己, heads seen only before it: it is the
    // tail of three names (none follows it in half its uses, so no one
    // longer string completes it). 新质动能 follows 发展 or 培育 in four uses
    // of six, but those stand apart too; 甲乙木特 itself follows varied
    // text: both stay. 治理方略 follows 示和 and 求及, seen only before it,
    // but those always follow the same text (重要指|示和, 明确要|求及): a
    // phrase, not a name, goes on there; it stays.
    let corpus = texts(&[
        "建设甲乙木特枢纽,推动甲乙木特、丙丁木特协同,支持戊己木特口岸。",
        "丙丁木特开放,戊己木特发展。",
        "贯彻重要指示和治理方略,落实重要指示和治理方略要求,明确要求及治理方略。",
        "按照明确要求及治理方略推进,坚持治理方略,完善治理方略。",
        "加快发展新质动能,培育新质动能,推动发展新质动能,着力培育新质动能。壮大新质动能,提升新质动能。推动发展,实现发展,统筹发展,加强培育,注重培育,持续培育。",
    ]);
    let judged = judge(&corpus, &["木特", "甲乙木特", "新质动能", "治理方略"]);
    assert_eq!(
        judged,
        [
            ("木特".to_string(), false),
            ("甲乙木特".to_string(), true),
            ("新质动能".to_string(), true),
            ("治理方略".to_string(), true),
        ]
    );
}

#[test]
fn a_share_cut_from_its_subject_is_no_term() {
    // 投资占总投资比重 follows 民间 twice and 工业 once: its subject is 民间投资
    // or 工业投资, though 间 ends clauses and 投资 begins them (so the
    // longer string is not tried across that boundary), and 民间 is used
    // apart. 研发投入占收入比重 begins a clause: it stays.
    let corpus = texts(&[
        "民间投资占总投资比重达40%,民间投资占总投资比重提高,工业投资占总投资比重上升。民间资本,民间力量,民间组织。",
        "研发投入占收入比重达3%,企业研发投入占收入比重提高,确保研发投入占收入比重稳定。",
        "投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,投资稳,拓空间,",
    ]);
    let judged = judge(&corpus, &["投资占总投资比重", "研发投入占收入比重"]);
    assert_eq!(
        judged,
        [
            ("投资占总投资比重".to_string(), false),
            ("研发投入占收入比重".to_string(), true),
        ]
    );
}

#[test]
fn the_rest_of_a_stock_phrase_is_boilerplate() {
    // 张王李赵书记 is in every report but one; 书记对城区工作重要讲话精神 is
    // always its rest (张王李赵|书记…): boilerplate as the opening is.
    // 城区工作重要讲话 follows varied text: not so.
    let corpus = texts(&[
        "学习张王李赵书记对城区工作重要讲话精神,贯彻张王李赵书记对城区工作重要讲话精神。城区工作重要讲话传达。",
        "张王李赵书记指出,要抓落实。",
        "张王李赵书记强调,要重实干。",
        "张王李赵书记要求,要促发展。",
        "按照城区工作重要讲话要求,落实城区工作重要讲话部署。",
    ]);
    let (candidates, _) = repeated_strings(&corpus, 2);
    let usage = CorpusUsage::read(candidates.keys().copied(), corpus.iter().cloned());
    assert!(usage.is_boilerplate("书记对城区工作重要讲话精神"));
    assert!(!usage.is_boilerplate("城区工作重要讲话"));
}
