//! The word rule's reading of how often characters stand at a clause's
//! edge: a term that begins (ends) on a character, or a pair of
//! characters, that seldom begins (ends) a stretch of text between
//! punctuation is cut inside words there; two characters that may be
//! joined inside a word. Moved out of word_rule.rs.

use super::repeats::{CorpusUsage, Usage, Variety};
use super::word_rule::{
    beside, is_grammar, ATTACHED_SHARE, BOUND_SHARE, EDGE_PROPENSITY, JOIN_PROPENSITY,
    MIN_EXPECTED_EDGES, MIN_VARIETY,
};

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

    /// A term of three characters or more that never meets a clause's
    /// edge on a side, used apart from its edge character there (the rest
    /// is used more often than the term), whose few neighbours there (at
    /// most `MAX_LONGER_WORDS`, no character of grammar) each make with
    /// its edge character a pair repeated with varied neighbours that
    /// holds a larger share of the neighbour's uses than the term's own
    /// pair at that edge holds of its inner character's: the edge
    /// character holds to the words after (before) it more than to the
    /// term, which is cut inside them (陇南入|选 and 陇南入|列: 入 stands
    /// before 选 in more of 选's uses than after 南 in 南's; 联|运新通道).
    /// A word's own edge pair holds its inner character more than a pair
    /// across its edge holds a common neighbour (农业 of 青禾农业; of a
    /// name, 阳湖 of 鄱阳湖 before 区: 湖区 is used more, in few of 区's
    /// uses). A term whose rest is never used apart begins there
    /// (新城产业… after 个 and 进: 个新 and 进新 hold more of 个's and
    /// 进's uses than 新城 of 城's).
    pub(super) fn edge_holds_to_its_neighbours(&self, term: &str) -> bool {
        let Some((own, first, last)) = self.long_term_edges(term) else {
            return false;
        };
        let cuts: Vec<usize> = term.char_indices().map(|(at, _)| at).collect();
        let (Some(&second), Some(&last_two), Some(&last_at)) =
            (cuts.get(2), cuts.iter().rev().nth(1), cuts.last())
        else {
            return false;
        };
        // The share of the uses of `c` a pair stands in.
        let share = |pair: &str, c: char| {
            let seen = self.char_left.get(&c).map_or(0, |v| v.seen);
            self.read_count(pair) as f64 / seen.max(1) as f64
        };
        let holds = |side: &Variety, inner: &str, rest: &str, edge: char, left: bool| {
            let inside = match left {
                true => inner.chars().next_back(),
                false => inner.chars().next(),
            };
            let held_inside = inside.map_or(1.0, |c| share(inner, c));
            side.edges == 0
                && self.few_and_all_seen(side, own.count)
                && (self.read_count(rest) > own.count
                    || self.cut_the_same_way(inner, side, own.count, left))
                && side.chars.iter().all(|&(c, _)| {
                    let pair = beside(&edge.to_string(), c, left);
                    !is_grammar(c)
                        && share(&pair, c) > held_inside
                        && self
                            .strings
                            .get_or_look_up(&pair)
                            .is_some_and(|u| u.left.value().min(u.right.value()) >= MIN_VARIETY)
                })
        };
        holds(&own.left, &term[..second], &term[cuts[1]..], first, true)
            || holds(&own.right, &term[last_two..], &term[..last_at], last, false)
    }

    /// Whether the term's own pair at an edge (`inner`), used more often
    /// than the term, has the term's neighbours on that side (`side`;
    /// before it: `left`) beside it in [`BOUND_SHARE`] of its uses: it is
    /// cut the same way in its other uses, where the neighbours' words go
    /// on from it too (展动 of 发展动力 and 发展动能, 39 of its 42 uses). A
    /// term whose edge pair is used with other neighbours begins (ends)
    /// there (新城 of a term after 个 and 进, 新城 after many more).
    fn cut_the_same_way(&self, inner: &str, side: &Variety, count: usize, left: bool) -> bool {
        self.strings.get_or_look_up(inner).is_some_and(|u| {
            let outer = if left { &u.left } else { &u.right };
            let held = outer.count_of(|c| side.chars.iter().any(|&(x, _)| x == c));
            u.count > count && held as f64 >= BOUND_SHARE * u.count as f64
        })
    }
}
