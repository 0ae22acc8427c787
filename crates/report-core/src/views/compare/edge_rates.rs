//! The word rule's reading of how often characters stand at a clause's
//! edge: a term that begins (ends) on a character, or a pair of
//! characters, that seldom begins (ends) a stretch of text between
//! punctuation is cut inside words there; two characters that may be
//! joined inside a word. Moved out of word_rule.rs.

use super::repeats::{CorpusUsage, Usage};
use super::word_rule::{ATTACHED_SHARE, EDGE_PROPENSITY, JOIN_PROPENSITY, MIN_EXPECTED_EDGES};

impl CorpusUsage<'_> {
    /// A term of three characters or more whose first (last) character
    /// seldom begins (ends) a stretch of text between punctuation, where
    /// the term itself never does: 业增加值 (业 ends 工业, 产业), 质量发展;
    /// or whose first two characters seldom begin one
    /// (部地区具备条件的建制村).
    /// How often a character stands at a clause's edge, against the
    /// corpus's rate, says whether it begins or ends words; a character
    /// seen too seldom to tell is not judged.
    pub(super) fn edge_inside_words(&self, term: &str) -> bool {
        let Some((own, first, last)) = self.long_term_edges(term) else {
            return false;
        };
        let seldom = |c: char, left: bool| {
            self.edge_propensity(c, left)
                .is_some_and(|p| p < EDGE_PROPENSITY)
        };
        // Its first two characters, common enough to tell, seldom begin a
        // clause either: 部地 of 东部地区, 西部地区 and 中部地区 (部 alone
        // begins 部署, 部分).
        (own.left.edges == 0 && (seldom(first, true) || self.opening_pair_inside_words(term)))
            || (own.right.edges == 0 && seldom(last, false))
    }

    /// How often `c` begins (`left`) or ends a run of Han text, as a share
    /// of the corpus's rate; `None` for a character seen too seldom to tell.
    pub(super) fn edge_propensity(&self, c: char, left: bool) -> Option<f64> {
        let side = if left {
            &self.char_left
        } else {
            &self.char_right
        };
        let v = side.get(&c)?;
        let expected = v.seen as f64 * self.runs as f64 / self.chars.max(1) as f64;
        (expected >= MIN_EXPECTED_EDGES).then(|| v.edges as f64 / expected)
    }

    /// Whether the text may join `before` and `after` inside a word: one of
    /// them seldom stands at a clause's edge on that side (零|售, 高|速,
    /// 科|学), or is seen too seldom to tell. 展|新 is a boundary: 新
    /// begins clauses as often as most characters.
    pub(super) fn may_join(&self, before: char, after: char) -> bool {
        let joins = |p: Option<f64>| p.is_none_or(|p| p < JOIN_PROPENSITY);
        joins(self.edge_propensity(before, false)) || joins(self.edge_propensity(after, true))
    }

    /// Whether the two characters of `term` on one side (`left`), as a
    /// string, seldom stand at a clause's edge there: a word that qualifies
    /// what follows it (国家 of 哈大齐国家, before 自主创新示范区 and 级),
    /// though its edge character alone ends many words (家).
    pub(super) fn edge_word_joins(&self, term: &str, left: bool) -> bool {
        self.edge_pair(term, left).is_some_and(|u| {
            let edges = if left { u.left.edges } else { u.right.edges };
            let expected = self.expected_edges(u);
            expected >= MIN_EXPECTED_EDGES && (edges as f64) < JOIN_PROPENSITY * expected
        })
    }

    /// Whether the first two characters of `term`, as a string the rate
    /// expects at a clause's start [`MIN_EXPECTED_EDGES`] times or more,
    /// begin a clause under [`EDGE_PROPENSITY`] of the rate, where in half
    /// their uses or more the character before them is attached to the
    /// first ([`ATTACHED_SHARE`] of its own uses) and makes with it a
    /// string used apart too, and so it is before the term in half its
    /// uses: they begin inside those words (西部|地, 东部|地). A word that
    /// follows verbs in every use (扶持|中小企业, 能|享受权利) begins after
    /// words that end there.
    fn opening_pair_inside_words(&self, term: &str) -> bool {
        let (Some(first), Some(own)) = (term.chars().next(), self.strings.get(term)) else {
            return false;
        };
        // The uses after a character attached to the first and making with
        // it a string used apart, half of them or more: of the pair, and of
        // the term itself (强农惠农富农政策 after 加大 and 完善, though 强农
        // is most often the middle of 加强农业).
        let joined = |u: &Usage| {
            let held: usize = u
                .left
                .chars
                .iter()
                .filter(|&&(c, n)| {
                    self.beside_edge(c, first, true)
                        .is_some_and(|(t, seen)| t as f64 >= ATTACHED_SHARE * seen as f64 && t > n)
                })
                .map(|&(_, n)| n)
                .sum();
            held * 2 >= u.count
        };
        self.edge_pair(term, true).is_some_and(|u| {
            let expected = self.expected_edges(u);
            expected >= MIN_EXPECTED_EDGES
                && (u.left.edges as f64) < EDGE_PROPENSITY * expected
                && joined(u)
                && joined(own)
        })
    }

    /// The two characters of `term` on one side (`left`), as a string a
    /// candidate.
    fn edge_pair(&self, term: &str, left: bool) -> Option<&Usage> {
        let cuts: Vec<usize> = term.char_indices().map(|(at, _)| at).collect();
        let (Some(&second), Some(&last_two)) = (cuts.get(2), cuts.iter().rev().nth(1)) else {
            return None;
        };
        let edge = if left {
            &term[..second]
        } else {
            &term[last_two..]
        };
        self.strings.get(edge)
    }
}
