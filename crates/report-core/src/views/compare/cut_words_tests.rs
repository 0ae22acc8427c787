//! Tests of the word rule's fifteenth round, on texts made for them: a
//! term cut from a longer string that no candidate holds, read from the
//! corpus (word_rule.rs, `inside_longer_word`), with the reference reader
//! (`CorpusUsage::read`) and the corpus read once (`CorpusGrams`) giving
//! the same answer; a preposition (通过, 经过) or a conjunction (但) that
//! opens a clause at a term's start (function_words.rs, word_rule.rs), and
//! 同 (with) before an object that opens with a word (word_rule.rs).
use super::super::corpus_grams::CorpusGrams;
use super::particles_tests::{alone, clauses};
use super::tests::{judge, texts};
use super::CorpusUsage;
use crate::model::{Report, Section};
use crate::search::SearchIndex;
use crate::test_support::bundled_corpus;

/// The substrings (two characters or more) of `terms`: the only
/// candidates, as a period's new strings hold few longer ones.
fn substrings(terms: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for term in terms {
        let cuts: Vec<usize> = term
            .char_indices()
            .map(|(at, _)| at)
            .chain([term.len()])
            .collect();
        for i in 0..cuts.len() {
            for j in i + 2..cuts.len() {
                found.push(term[cuts[i]..cuts[j]].to_string());
            }
        }
    }
    found
}

/// Whether each of `terms` is a word over `texts`, one report each, with
/// only the terms and the strings in them as candidates: so a longer
/// string is known from the corpus alone. Read both ways, which must agree.
fn judge_few_candidates(texts: &[String], terms: &[&str]) -> Vec<(String, bool)> {
    let candidates = substrings(terms);
    let read = CorpusUsage::read(candidates.iter().map(String::as_str), texts.iter().cloned());
    let template = &bundled_corpus().reports[0];
    let reports: Vec<Report> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let mut r = template.clone();
            r.id = format!("made-{i}");
            r.sections = vec![Section {
                heading: Vec::new(),
                paragraphs: vec![text.clone()],
                themes: Vec::new(),
            }];
            r.figures.clear();
            r
        })
        .collect();
    let index = SearchIndex::new(&reports);
    let grams = CorpusGrams::new(&reports, &index);
    let once = grams.corpus_usage(reports.len(), candidates.iter().map(String::as_str));
    terms
        .iter()
        .map(|t| {
            let word = read.is_word(t);
            assert_eq!(word, once.is_word(t), "{t}: read twice, read once");
            (t.to_string(), word)
        })
        .collect()
}

#[test]
fn a_term_completed_by_a_longer_string_that_is_no_candidate_is_a_fragment() {
    // 代表大会及其常 is followed by 委 in 12 of 15 uses (常委会), by 务 in
    // 3 (常务委员会), and 委 stands after 常 in half its own uses: the
    // longer string 代表大会及其常委会 completes it, though only the term
    // and the strings in it are candidates. 常务委员会 stays.
    let corpus = texts(&[
        &clauses(12, ("省市县区乡镇", "，。；"), |l, r| {
            format!("{l}代表大会及其常委会{r}")
        }),
        &clauses(3, ("省市县", "，。；"), |l, r| {
            format!("{l}代表大会及其常务委员会{r}")
        }),
        &clauses(9, ("由，设。经向", "，。；讨决"), |l, r| {
            format!("{l}常务委员会{r}")
        }),
        &alone("代表大会及其务员", 12),
        &clauses(12, ("经正日", "，。；"), |l, r| format!("{l}常{r}")),
    ]);
    let judged = judge_few_candidates(&corpus, &["代表大会及其常", "常务委员会"]);
    assert_eq!(
        judged,
        [
            ("代表大会及其常".to_string(), false),
            ("常务委员会".to_string(), true),
        ]
    );
}

#[test]
fn a_word_before_the_word_that_nearly_always_follows_it_stays() {
    // 全党全军 is followed by 各 (各族人民) in 11 of its 12 uses, but 各
    // stands after 军 in few of its own: the longer string, which no
    // candidate holds, goes on past the end of a word, and 全党全军 stays.
    let corpus = texts(&[
        &clauses(11, ("是，在。使由", "，。；的"), |l, r| {
            format!("{l}全党全军各族人民{r}")
        }),
        "依靠全党全军人民，",
        &alone("各", 160),
        &alone("军", 12),
    ]);
    let judged = judge_few_candidates(&corpus, &["全党全军"]);
    assert_eq!(judged, [("全党全军".to_string(), true)]);
}

#[test]
fn a_clause_opening_preposition_or_conjunction_is_no_part_of_a_term() {
    // 通过深入改革 and 经过整风运动 are a preposition (through, by way
    // of) and its object, 但思想不够 a conjunction (but) and the clause it
    // opens: each object is used without them. 通过率 (a rate) and 思想解放
    // stay.
    let corpus = texts(&[
        &clauses(12, ("仅能要只", "，。还来"), |l, r| {
            format!("{l}通过深入改革{r}")
        }),
        &clauses(12, ("仅能要只", "，。还来"), |l, r| {
            format!("{l}经过整风运动{r}")
        }),
        &clauses(24, ("，。；要", "，。；的"), |l, r| {
            format!("{l}深入改革{r}整风运动")
        }),
        &clauses(12, ("放则，。", "清解认楚明到位全"), |l, r| {
            format!("{l}但思想不够{r}")
        }),
        &clauses(8, ("，。；是", "，。；清"), |l, r| {
            format!("{l}思想不够{r}")
        }),
        &clauses(12, ("，。；的", "提高达，"), |l, r| {
            format!("{l}通过率{r}")
        }),
        &clauses(12, ("，。；的", "，。；和"), |l, r| {
            format!("{l}思想解放{r}")
        }),
        &alone("通过经但深入改革整风运动思想不够率解放", 12),
    ]);
    let judged = judge(
        &corpus,
        &[
            "通过深入改革",
            "经过整风运动",
            "但思想不够",
            "通过率",
            "思想解放",
        ],
    );
    assert_eq!(
        judged,
        [
            ("通过深入改革".to_string(), false),
            ("经过整风运动".to_string(), false),
            ("但思想不够".to_string(), false),
            ("通过率".to_string(), true),
            ("思想解放".to_string(), true),
        ]
    );
}

#[test]
fn a_preposition_with_and_its_object_is_no_term_but_a_name_that_begins_so_is() {
    // 同各国人民的友谊 is 同 (with) and its object, used without it too
    // and opening with a word that begins clauses (各国). 同江市 is a name:
    // 江市 is more common (镇江市, 九江市) but never begins a clause, the
    // tail of other names.
    let corpus = texts(&[
        &clauses(12, ("民进国要", "，。；和"), |l, r| {
            format!("{l}同各国人民的友谊{r}")
        }),
        &clauses(8, ("与和，。", "，。；和"), |l, r| {
            format!("{l}各国人民的友谊{r}")
        }),
        &clauses(24, ("，。；是", "，。；和"), |l, r| {
            format!("{l}各国{r}")
        }),
        &clauses(12, ("，。；在", "，。；的"), |l, r| {
            format!("{l}同江市{r}")
        }),
        &clauses(24, ("镇九浙", "，。；的"), |l, r| {
            format!("{l}江市{r}")
        }),
        &alone("同各国人民的友谊江市", 12),
    ]);
    let judged = judge(&corpus, &["同各国人民的友谊", "同江市"]);
    assert_eq!(
        judged,
        [
            ("同各国人民的友谊".to_string(), false),
            ("同江市".to_string(), true),
        ]
    );
}
