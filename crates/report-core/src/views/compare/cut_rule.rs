//! The word rule's cuts from a longer string that the text before a term
//! always or nearly always supplies: the tail of names whose heads never
//! stand apart (浩特 of 呼和浩特 and 二连浩特), a share cut from its subject
//! (投资占固定资产投资比重 of 民间投资占…), and the part of a stock phrase
//! after its opening (总书记对江苏工作重要讲话精神 of 习近平总书记对…),
//! which is shown as boilerplate. Where the text before a term varies,
//! or a clause begins with the term, none of these applies.

use super::repeats::{CorpusUsage, MAX_TERM_CHARS};
use super::word_rule::{FUNCTION_CHARS, MIN_VARIETY};

/// The share of a term's uses that the text before it must supply, with
/// the same characters, to complete it on the left.
const COMPLETED_SHARE: f64 = 0.5;
/// Uses of a left neighbour, at least, to read its own left neighbour as
/// fixed: a single use always has one.
const MIN_FIXED_USES: usize = 2;
/// The characters of a stock phrase's opening read: a formulation
/// (习近平总书记), longer than the pairs of common words that nearly every
/// report has too (全面推进, 加快建设, 生态环境) and that many terms follow.
const STOCK_OPENING_CHARS: usize = 6;
/// The verb of a share (X占Y比重): what it follows is its subject; the
/// particle that may stand between them (X所占比重).
const SHARE_VERB: char = '占';
const SHARE_PARTICLE: char = '所';
/// The nouns that close a share (a closed class).
const SHARE_NOUNS: &[&str] = &["比重", "比例"];

impl CorpusUsage<'_> {
    /// A term that never begins a clause where, in more than half its uses,
    /// the character before it is itself always preceded by the same one,
    /// the two stand before the term in at least half their own uses, and
    /// the text before them varies: the term is the tail of names whose
    /// heads seldom stand apart (呼和|浩特, 二连|浩特, 察汗|淖尔). Each head
    /// must be seen twice: one use always has one neighbour. A word before
    /// a term is used apart too (发展|新质生产力), and a string across words
    /// follows the same text (重要指示和|新时代党的治藏方略). The longer
    /// strings are read among the candidates (repeated where the terms
    /// are listed), so a name the listed text does not repeat is not read.
    pub(super) fn tail_of_fixed_heads(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        if own.left.edges > 0 {
            return false;
        }
        let completed: usize = own
            .left
            .chars
            .iter()
            .filter(|&&(_, n)| n >= MIN_FIXED_USES)
            .filter(|&&(c, n)| {
                let extended = format!("{c}{term}");
                let Some(u) = self.strings.get(&extended) else {
                    return false;
                };
                let [(before, _)] = u.left.chars[..] else {
                    return false;
                };
                // The head stands mostly before the term, and the name
                // begins with it.
                u.left.edges == 0
                    && self
                        .strings
                        .get(&format!("{before}{c}"))
                        .is_some_and(|head| n as f64 >= COMPLETED_SHARE * head.count as f64)
                    && self.begins_a_name(&format!("{before}{extended}"))
            })
            .map(|&(_, n)| n)
            .sum();
        completed as f64 > COMPLETED_SHARE * own.count as f64
    }

    /// Whether the text before `s` varies, or is a character of grammar
    /// (及察汗淖尔): a name may begin with it. A string always after the same
    /// word goes on to the left (重要指|示和|新时代…, never a name's head).
    fn begins_a_name(&self, s: &str) -> bool {
        self.strings.get(s).is_some_and(|u| {
            u.left.edges > 0
                || u.left.value() >= MIN_VARIETY
                || u.left.chars.iter().all(|(c, _)| FUNCTION_CHARS.contains(c))
        })
    }

    /// A share (X占Y比重) that never begins a clause, where one character
    /// stands before it in at least half its uses: its subject goes on to
    /// the left (工业投资占…, 民间投资占固定资产投资比重), though the text
    /// before may end a word (民间). One that opens with its verb, or the
    /// particle 所 and the verb, has lost its subject whatever stands
    /// before it (占国民收入的比重, 所占比重 after 工业, 产品, 服务业…).
    pub(super) fn share_cut_from_its_subject(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        if !SHARE_NOUNS.iter().any(|noun| term.ends_with(noun)) || own.left.edges > 0 {
            return false;
        }
        let verb_first = term
            .trim_start_matches(SHARE_PARTICLE)
            .starts_with(SHARE_VERB);
        let subject_first = term.chars().skip(2).any(|c| c == SHARE_VERB);
        verb_first
            || (subject_first
                && own
                    .left
                    .most_common()
                    .is_some_and(|(_, n)| n as f64 >= COMPLETED_SHARE * own.count as f64))
    }

    /// A term that never begins a clause, where the characters before it
    /// in at least half its uses, read back one by one, open with a stock
    /// phrase of the corpus (in nearly every report): the term is the rest
    /// of that formulation (习近平总书记对辽宁振兴发展的|重要讲话和重要指示精神,
    /// 习近平|总书记对江苏工作重要讲话精神), boilerplate as the phrase is.
    pub(super) fn rest_of_a_stock_phrase(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        if own.left.edges > 0 {
            return false;
        }
        let needed = COMPLETED_SHARE * own.count as f64;
        let mut longer = term.to_string();
        for _ in 0..MAX_TERM_CHARS {
            let Some(u) = self.strings.get_or_look_up(&longer) else {
                return false;
            };
            match u.left.most_common() {
                Some((c, n)) if n as f64 >= needed => longer.insert(0, c),
                _ => return false,
            }
            // The stock phrase may end inside the term (习近平|总书记).
            let opening: String = longer.chars().take(STOCK_OPENING_CHARS).collect();
            if self.is_spread(&opening) {
                return true;
            }
        }
        false
    }
}
