//! The word rule's reading of the longer strings a term stands in: a term
//! that is only ever the tail of a few names (江堰 of 都江堰 and 湔江堰), or
//! that always goes on into a few longer words (密集型产 of 密集型产业 and
//! 密集型产品), is part of them. The heads (the continuations) may differ,
//! so no single neighbour dominates and `inside_longer_word` does not
//! extend the term; what says it is cut is that each longer string stands
//! as a word where the term never meets a clause's edge on that side. And
//! a list's first item cut before what the items share (十九届二中 of
//! 十九届二中、三中全会) is part of the longer string the list makes. A
//! term that opens (closes) where a shorter string it begins (ends) with
//! is cut is cut there too; and whether a longer string opens after, or
//! closes before, a boundary or grammar.

use super::repeats::{is_numeral, CorpusUsage, Usage, Variety};
use super::word_rule::{
    is_grammar, BOUND_SHARE, FUNCTION_CHARS, MIN_REPEATS, MIN_VARIETY, NEVER_FIRST,
};

/// The most heads (continuations) a term may be cut from: a few names or
/// words sharing a tail (都江堰, 湔江堰), not a word that many modifiers
/// qualify (生产力 after 新质, 发展, 解放…).
pub(super) const MAX_LONGER_WORDS: usize = 3;

impl CorpusUsage<'_> {
    /// A term that never begins a clause (a digit before it is no clause's
    /// start), whose left neighbours are at most [`MAX_LONGER_WORDS`]
    /// characters, each of which makes with it a string that does begin
    /// a clause or a list's item, or stands after a number: the term is
    /// the tail of those names, each opened by its first character
    /// (、都江堰 and 、湔江堰, 、大柴旦 and 、小柴旦), or by the number before
    /// it (7号线一期北段 and Z4线一期北段: 线一期北段 is cut from the first).
    /// A name held once in the corpus is read from that one use. A
    /// character of grammar before the term opens a name only where it
    /// stands after a list's comma or an opening mark (、都江堰, not
    /// ，在中共湖南省委: the term begins after 在).
    pub(super) fn tail_of_names(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let left = &own.left;
        left.edges == left.digits
            && self.few_and_all_seen(left, own.count)
            && left.chars.iter().all(|&(c, _)| {
                let grammar = FUNCTION_CHARS.contains(&c) || NEVER_FIRST.contains(&c);
                self.strings
                    .get_or_look_up(&format!("{c}{term}"))
                    .is_some_and(|u| match grammar {
                        // A list's item or a quoted name, not a clause the
                        // preposition begins.
                        true => u.left.enumerations + u.left.openings > 0,
                        // A clause's start, a list's item, or a number
                        // before a name's first character (7|号线…); a
                        // numeral goes on the number (万平方米: 平方米 is
                        // the unit of a number, no name's tail).
                        false => {
                            u.left.edges > u.left.digits || (u.left.digits > 0 && !is_numeral(c))
                        }
                    })
            })
    }

    /// A term that never ends a clause, whose right neighbours are at most
    /// [`MAX_LONGER_WORDS`] characters, each of which makes with it a
    /// string seen twice or more with varied neighbours on both sides, as
    /// a word has: the term is the head those words share, cut before
    /// their last characters (密集型产|业 12 times, 密集型产|品 4 times).
    /// A character of grammar after it makes no word (国际惯例的, 国际惯例和).
    pub(super) fn goes_on_into_longer_words(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let right = &own.right;
        right.edges == 0
            && self.few_and_all_seen(right, own.count)
            && right.chars.iter().all(|&(c, _)| {
                let longer = format!("{term}{c}");
                !self.has_function_edge(&longer)
                    && self.strings.get_or_look_up(&longer).is_some_and(|u| {
                        u.count >= MIN_REPEATS && u.left.value().min(u.right.value()) >= MIN_VARIETY
                    })
            })
    }

    /// A term that stands before an enumeration comma in every use, where
    /// its last two characters, in their other uses, nearly always
    /// ([`BOUND_SHARE`]) go on with the same character, and that character
    /// follows the term's last one after the other items too, as often
    /// again as the term is used: the list's first item, cut before what
    /// the items share (全面贯彻党的十九大和十九届二中 of …二中、三中全会:
    /// 二中 goes on into 二中全会, and 中全 stands after 三 as after 二中).
    /// A name in a list stays (乌鲁木齐、伊宁: 齐国 of 乌鲁木齐国际陆港
    /// follows nothing else).
    pub(super) fn item_cut_before_the_lists_continuation(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let cuts: Vec<usize> = term.char_indices().map(|(at, _)| at).collect();
        let (Some(&tail_at), Some(&last_at)) = (cuts.iter().rev().nth(1), cuts.last()) else {
            return false;
        };
        let count = |s: &str| self.strings.get_or_look_up(s).map_or(0, |u| u.count);
        own.right.enumerations == own.count
            && self
                .strings
                .get_or_look_up(&term[tail_at..])
                .is_some_and(|tail| {
                    let other = tail.count - tail.right.enumerations;
                    tail.right.most_common().is_some_and(|(c, n)| {
                        other > 0
                            && n as f64 >= BOUND_SHARE * other as f64
                            && count(&format!("{}{c}", &term[last_at..]))
                                >= count(&format!("{}{c}", &term[tail_at..])) + own.count
                    })
                })
    }

    /// A term of three characters whose first and last are the same
    /// numeral, the middle none, that never ends a clause: the first half
    /// of a correlative frame (一…一…: one county, one product) and the
    /// numeral of its second half, cut before what that numeral counts
    /// (一县一 of 一县一品, 一县一策, 一县一业). The phrase is the whole
    /// frame, whose last character varies, or nothing; a frame that always
    /// goes on alike is judged as a longer word is (一带一|路). A set phrase
    /// of the shape that is whole ends clauses (一对一).
    pub(super) fn frame_cut_before_its_last_slot(&self, term: &str) -> bool {
        let mut chars = term.chars();
        let (Some(first), Some(middle), Some(last), None) =
            (chars.next(), chars.next(), chars.next(), chars.next())
        else {
            return false;
        };
        first == last
            && is_numeral(first)
            && !is_numeral(middle)
            && self
                .strings
                .get(term)
                .is_some_and(|own| own.right.edges == 0)
    }

    /// A term of three characters or more with one character before it in
    /// [`BOUND_SHARE`] of its uses, no character of grammar, that makes
    /// with the term a string standing as a word (repeated, with varied
    /// neighbours on both sides) and with the term's first character a pair
    /// used more often than the term's own first two: the term is the tail
    /// of that set phrase, cut after its one-character head, and never
    /// stands alone (兴|边富民行动 in 7 of 8 uses; 兴边 is used more than
    /// 边富). Read from the term's use where it is too rare for the rate of
    /// clause edges that `inside_longer_word` asks on the left. A word after
    /// a longer head stays, where the character before it and the term
    /// always follow the same one (重大|主场外交: 大主场外交 follows 重 only;
    /// 铸牢|中华民族…), and so does a word after a verb or a modifier that
    /// stands before many words, where its pair with the term's first
    /// character is used less than the term's own opening pair.
    pub(super) fn tail_of_a_set_phrase(&self, term: &str) -> bool {
        let Some((own, first, _)) = self.long_term_edges(term) else {
            return false;
        };
        let opening: String = term.chars().take(2).collect();
        own.left.most_common().is_some_and(|(c, n)| {
            n as f64 >= BOUND_SHARE * own.count as f64
                && n >= MIN_REPEATS
                && !is_grammar(c)
                && self.read_count(&format!("{c}{first}")) > self.read_count(&opening)
                && self.stands_as_word(&format!("{c}{term}"))
                && !self.has_function_edge(&format!("{c}{term}"))
        })
    }

    /// A term that meets a clause's edge only at a list's enumeration
    /// commas, on both sides, and in no use stands alone between
    /// boundaries (an edge or a character of grammar on both sides), with
    /// Han neighbours on both sides, every one of them bound to the term:
    /// with each character beyond it, it makes no word of its own (a pair
    /// seen twice as often with varied neighbours,
    /// `pair_is_a_word_of_its_own`). The term is a piece that several items
    /// of lists share, extended on the left in some and on the right in
    /// others: abbreviations run together (锡常 of 苏锡常、, 、锡常泰 and
    /// 盐泰锡常宜: 动苏 of 推动苏锡常 is no word). A word stays that stands
    /// alone once (与长三角、), whose neighbour is the tail of the word
    /// before (做强|荔枝: 做强 is a word) or the head of the word after
    /// (荔枝|产业), whose neighbour makes a word with its own edge (园|区 of
    /// 智慧产业园区: it heads a longer word), or that meets other edges
    /// (（盈江县段）, 见习岗位，).
    pub(super) fn piece_of_names_run_together(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let bounded = |u: &Usage, left: bool| {
            let side = if left { &u.left } else { &u.right };
            side.edges + side.count_of(is_grammar)
        };
        let words = |side: &Variety| -> Vec<(char, usize)> {
            side.chars
                .iter()
                .copied()
                .filter(|&(c, _)| !is_grammar(c))
                .collect()
        };
        let (lefts, rights) = (words(&own.left), words(&own.right));
        // Every use told, and the edges the items of a list.
        let all_seen = |side: &Variety| {
            side.chars.iter().map(|&(_, n)| n).sum::<usize>() + side.edges == own.count
                && side.enumerations > 0
                && side.edges == side.enumerations
        };
        if lefts.is_empty() || rights.is_empty() || !all_seen(&own.left) || !all_seen(&own.right) {
            return false;
        }
        // The neighbour `c` and the string it makes with the term, and the
        // characters beyond it: none makes a word with it. A neighbour
        // that makes a word with the term's own edge character (园|区 of
        // 智慧产业园区) goes on a longer word the term heads, not a list's
        // next item: the term is no piece.
        let (first, last) = (term.chars().next(), term.chars().next_back());
        let bound = |c: char, n: usize, left: bool| {
            let edge = if left { first } else { last }?;
            if self.pair_is_a_word_of_its_own(edge, c, n, left) {
                return None;
            }
            let longer = super::word_rule::beside(term, c, left);
            self.strings.get_or_look_up(&longer).map(|u| {
                let beyond = if left { &u.left } else { &u.right };
                let alone = beyond
                    .chars
                    .iter()
                    .all(|&(f, _)| !self.pair_is_a_word_of_its_own(c, f, n, left));
                (alone, bounded(&u, !left))
            })
        };
        let mut closed_after_a_neighbour = 0;
        for &(c, n) in &lefts {
            match bound(c, n, true) {
                Some((true, closed)) => closed_after_a_neighbour += closed,
                _ => return false,
            }
        }
        bounded(own, false) == closed_after_a_neighbour
            && rights
                .iter()
                .all(|&(c, n)| bound(c, n, false).is_some_and(|(alone, _)| alone))
    }

    /// Whether the Han neighbours on a side are at least one and at most
    /// [`MAX_LONGER_WORDS`], and every use of the term (`count`) is told
    /// by them or by an edge (none left out by the cap on neighbours).
    pub(super) fn few_and_all_seen(&self, side: &Variety, count: usize) -> bool {
        let told: usize = side.chars.iter().map(|&(_, n)| n).sum::<usize>() + side.edges;
        (1..=MAX_LONGER_WORDS).contains(&side.chars.len()) && told == count
    }

    /// Whether every use of `s` opens after a clause's edge (a digit is
    /// none: a number goes on into what follows it) or a character of
    /// grammar: what stands before it is no part of it.
    pub(super) fn opens_after_a_boundary(&self, s: &str) -> bool {
        self.strings.get_or_look_up(s).is_some_and(|u| {
            u.left.digits == 0 && u.left.edges + u.left.count_of(is_grammar) == u.count
        })
    }

    /// Whether `s` is repeated with varied text before it, and every use
    /// closes before a clause's edge (no digit: a number goes on from it)
    /// or a character of grammar: what follows is no part of it.
    pub(super) fn closes_before_a_boundary(&self, s: &str) -> bool {
        self.strings.get_or_look_up(s).is_some_and(|u| {
            u.count >= MIN_REPEATS
                && u.left.value() >= MIN_VARIETY
                && u.right.digits == 0
                && u.right.edges + u.right.count_of(is_grammar) == u.count
        })
    }

    /// A term that never begins (ends) a clause, whose neighbours on that
    /// side are each seen once (they tell nothing of where it begins),
    /// where a shorter string it begins (ends) with, used more often, is
    /// cut on that side through the words its neighbours make
    /// ([`Self::cuts_through_words_on`]): the term begins (ends) where that
    /// string does, inside those words (收入家庭的住房 after 低 and 高 once
    /// each: 收入家庭 follows 低 in most of its uses, and 低收入 is a word).
    pub(super) fn opens_or_closes_inside_a_cut_word(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let thin =
            |side: &Variety| side.edges == 0 && side.chars.iter().all(|&(_, n)| n < MIN_REPEATS);
        let cuts: Vec<usize> = term.char_indices().map(|(at, _)| at).collect();
        let cut = |part: &str, left: bool| {
            self.count(part) > own.count && self.cuts_through_words_on(part, left)
        };
        // Parts of three characters or more, as the side rule reads.
        let inner = cuts.get(3..).unwrap_or_default();
        (thin(&own.left) && inner.iter().any(|&end| cut(&term[..end], true)))
            || (thin(&own.right)
                && cuts
                    .get(1..cuts.len().saturating_sub(2))
                    .unwrap_or_default()
                    .iter()
                    .any(|&start| cut(&term[start..], false)))
    }
}
