//! The word rule's closed classes of function words whose place in a
//! string says it is part of a clause, not a term: an adverb of a
//! predicate after its subject, a verb of reaching before a figure, a verb
//! that must take an object, a quantity that names nothing. No counts are
//! needed to tell these, so they hold on a corpus of a few reports too.

use super::repeats::CorpusUsage;
use super::word_rule::NUMERAL_SHARE;

/// Adverbs that only qualify a predicate (a closed class): after a term's
/// first two characters or more they begin what is said of a subject
/// (高质量发展明显进位, 服务业营收分别增长, 作用明显). 均 is left out: 年均
/// and 人均 are words (细颗粒物年均浓度).
const PREDICATE_ADVERBS: &[&str] = &["分别", "明显", "显著", "累计", "大幅", "稳步"];
/// Verbs that state a figure reached or a change by it (a closed class):
/// a term nearly always followed by a number that ends in one is a subject
/// and its figure (有效期内高新技术企业达 7800家).
const FIGURE_VERBS: &[&str] = &[
    "达", "达到", "超过", "突破", "增长", "增加", "提高", "下降", "减少",
];
/// Verbs that must take an object (a closed class: of relation and of
/// obtaining): a term that begins with one is the verb and the start of its
/// object (涉及政府职能方面问题整改, 获得银行 of 获得银行融资).
const OBJECT_VERBS: &[&str] = &[
    "涉及", "包括", "属于", "关于", "针对", "获得", "取得", "赢得",
];
/// Quantities that name nothing (a closed class): 一批 counts what follows
/// it (一批规模大、带动强的企业), so at a term's edge it joins a quantity to a
/// phrase (一批规模大, 培育一批).
const INDEFINITE_QUANTITIES: &[&str] = &["一批", "一些", "一系列", "一大批"];

impl CorpusUsage<'_> {
    /// A term of three characters or more with an adverb of a predicate
    /// ([`PREDICATE_ADVERBS`]) after its first two characters: a subject
    /// and what is said of it.
    pub(super) fn subject_and_adverb(&self, term: &str) -> bool {
        PREDICATE_ADVERBS.iter().any(|adverb| {
            term.match_indices(adverb)
                .any(|(at, _)| term[..at].chars().nth(1).is_some())
        })
    }

    /// A term nearly always followed by a number that ends in a verb of
    /// [`FIGURE_VERBS`] after two characters or more: the subject and the
    /// figure it reached, however seldom its parts are seen.
    pub(super) fn reaches_a_figure(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        own.right.numeral_share() >= NUMERAL_SHARE
            && FIGURE_VERBS.iter().any(|verb| {
                term.strip_suffix(verb)
                    .is_some_and(|subject| subject.chars().nth(1).is_some())
            })
    }

    /// A term that begins with a verb of [`OBJECT_VERBS`] and two
    /// characters or more after it, unless the verb and the next character
    /// are a word used without the rest (获得感 of 获得感幸福感).
    pub(super) fn verb_and_its_object(&self, term: &str) -> bool {
        OBJECT_VERBS.iter().any(|verb| {
            let Some(object) = term.strip_prefix(verb) else {
                return false;
            };
            let Some((next, _)) = object.char_indices().nth(1) else {
                return false;
            };
            let word = &term[..verb.len() + next];
            !(self.count(word) > self.count(term) && self.has_word_boundaries(word))
        })
    }

    /// A term longer than a quantity of [`INDEFINITE_QUANTITIES`] that
    /// begins or ends with it.
    pub(super) fn indefinite_quantity_at_an_edge(&self, term: &str) -> bool {
        INDEFINITE_QUANTITIES.iter().any(|quantity| {
            term.len() > quantity.len() && (term.starts_with(quantity) || term.ends_with(quantity))
        })
    }
}
