//! The word rule: whether a repeated string stands as a word, judged over
//! the whole corpus by its neighbours (accessor variety, no dictionary):
//! its boundaries, characters of grammar at its edges, a longer word it is
//! part of, a cut through the words its neighbours make with its edge
//! character. The shapes of a clause that are no term (a measure counted
//! by a number, a subject and its predicate, a verb and the figure or
//! words it introduces) are in clause_rule.rs; closed classes of function
//! words in function_words.rs, of particles, conjunctions and frames in
//! particles.rs; how often characters stand at a clause's edge in
//! edge_rates.rs.
//! `CorpusUsage` (repeats.rs) holds what the corpus says of each string.

use super::function_words::COMPARISON;
use super::longer_words::MAX_LONGER_WORDS;
use super::repeats::{CorpusUsage, Usage, Variety, MAX_TERM_CHARS};

/// A longer word a term is part of is a repeated string: seen this often.
pub(super) const MIN_REPEATS: usize = 2;
/// Distinct neighbours needed on each side of a word.
pub(super) const MIN_VARIETY: usize = 2;
/// A string is split by an inner boundary this many times wider than its
/// narrower edge.
const INNER_BOUNDARY_FACTOR: usize = 2;
/// A term whose rest, without an edge character, is a word this long and
/// this many times as common has a loose edge.
const LOOSE_EDGE_MIN_CHARS: usize = 3;
pub(super) const LOOSE_EDGE_FACTOR: usize = 2;
/// A term one character always or nearly always stands beside on a side
/// is judged on that side by the longer string (see `inside_longer_word`):
/// its share of the term's occurrences.
const EXTENSION_SHARE: f64 = 0.5;
/// Characters of grammar, a closed class, that never begin or end a term:
/// the particle 的 and the copula 是 (的现代化宁夏, 作为现代化建设的,
/// 是奋力推进), and 第, which begins an ordinal (居全国第).
pub(super) const NEVER_FIRST: &[char] = &['的', '是'];
const NEVER_LAST: &[char] = &['的', '是', '第'];
/// Prepositions, conjunctions and adverbs (a closed class) that begin or
/// end a term of three characters or more only as part of a word, where
/// the rest of the term nearly always has them beside it (对口援青, 碳中和,
/// 就业创业) and is seen often enough to tell: not 对口援青和, 生命科学等,
/// 由上年 (由, from, as 从: 自由 and 由衷感谢 stay), 但思想不够 (但, but,
/// opens a clause).
pub(super) const FUNCTION_CHARS: &[char] = &[
    '和', '在', '将', '对', '与', '及', '等', '并', '把', '被', '从', '由', '向', '为', '以', '于',
    '或', '而', '也', '都', '还', '就', '又', '即', '且', '但',
];
/// Prepositions that begin their phrase before the verb it qualifies (a
/// closed class: 比, than, and 同, with), judged as [`FUNCTION_CHARS`] are
/// at a term's start only, where what follows opens an object, its first
/// two characters beginning clauses elsewhere: 比去年 and
/// 同西方国家的关系 are the preposition and its object (去年, 西方…, used
/// far more without it); 比学赶超 holds its 比, and 同江市 its 同: 江市,
/// more common than the name, is the tail of others (镇江市, 九江市) and
/// never begins a clause. At a term's end they close words (对比, 共同).
const LEADING_PREPOSITIONS: &[char] = &[COMPARISON, '同'];
pub(super) const BOUND_SHARE: f64 = 0.8;
/// A character begins (ends) words if it begins (ends) a run of Han text
/// at least this share of the corpus's rate, judged when the rate expects
/// it at an edge this many times: a character never seen at an edge where
/// five are expected is so by chance under 1 % of the time (at three, 5 %:
/// among thousands of characters, many; 新 of 新质生产力 in a small corpus
/// that happens never to start a clause with it).
pub(super) const EDGE_PROPENSITY: f64 = 0.15;
pub(super) const MIN_EXPECTED_EDGES: f64 = 5.0;
/// Two characters a longer word may join across a term's edge: one of
/// them is at a clause's edge on that side under this share of the rate.
pub(super) const JOIN_PROPENSITY: f64 = 0.6;
pub(super) const MIN_BOUND_COUNT: usize = 3;
/// A character attached to the one beside it: the share of its uses it
/// stands there (综 before 合: 12 of 15 in the seeds; 间 before 接 in 间接:
/// a tenth of its uses, most in 之间 and 时间; 展 before 新: 7 of 119).
/// At a twentieth, words whose neighbour makes a rarer word with their
/// edge went too (全党全军全国 after 在全党全军: 党全 and 在全).
pub(super) const ATTACHED_SHARE: f64 = 0.08;

impl CorpusUsage<'_> {
    /// Whether `term` stands as a word: varied neighbours on both sides,
    /// no boundary inside it much wider than its narrower edge, no loose
    /// character or character of grammar at an edge, and not the part of
    /// a longer word that its neighbours nearly always complete.
    pub fn is_word(&self, term: &str) -> bool {
        self.has_word_boundaries(term)
            && !self.has_loose_edge(term)
            && !self.has_function_edge(term)
            && !self.inside_longer_word(term)
            && !self.edge_inside_words(term)
            && !self.opens_or_closes_inside_a_cut_word(term)
            && !self.counted_by_a_numeral(term)
            && !self.runs_on_from_a_subject(term)
            && !self.attribute_without_its_head(term)
            && !self.two_predicates_glued(term)
            && !self.states_a_figure(term)
            && !self.hangs_over_a_clause_edge(term)
            && !self.speaker_and_verb(term)
            && !self.subject_and_adverb(term)
            && !self.reaches_a_figure(term)
            && !self.verb_and_its_object(term)
            && !self.verb_without_its_object(term)
            && !self.begins_with_a_suffix(term)
            && !self.begins_with_a_postposition(term)
            && !self.preposition_cut_before_its_head(term)
            && !self.indefinite_quantity_at_an_edge(term)
            && !self.cuts_through_words(term)
            && !self.enumeration_and_its_verb(term)
            && !self.tail_of_fixed_heads(term)
            && !self.share_cut_from_its_subject(term)
            && !self.names_a_quantity(term)
            && !self.figure_preposition_at_an_edge(term)
            && !self.particle_and_its_noun(term)
            && !self.coordination_without_its_modifier(term)
            && !self.joining_conjunction_at_an_edge(term)
            && !self.frame_without_what_it_names(term)
            && !self.question_cut_before_it_is_asked(term)
            && !self.numerals_without_their_measure(term)
            && !self.predicate_and_the_start_of_its_object(term)
            && !self.last_item_before_a_relation(term)
            && !self.figure_in_words(term)
            && !self.inside_a_frame(term)
            && !self.holds_an_aspect_particle(term)
            && !self.holds_a_pronoun(term)
            && !self.adverb_and_its_marker(term)
            && !self.particle_after_a_cut_modifier(term)
            && !self.tail_of_names(term)
            && !self.goes_on_into_longer_words(term)
            && !self.item_cut_before_the_lists_continuation(term)
            && !self.ordinal_cut_before_its_number(term)
            && !self.head_shared_by_a_list(term)
            && !self.verb_and_a_count_without_what_it_counts(term)
            && !self.two_words_of_grammar(term)
            && !self.word_end_and_a_conjunction(term)
            && !self.frame_cut_before_its_last_slot(term)
            && !self.edge_holds_to_its_neighbours(term)
            && !self.tail_of_a_set_phrase(term)
            && !self.word_of_grammar_and_a_head(term)
            && !self.piece_of_names_run_together(term)
            && !self.verb_and_a_free_start_of_its_object(term)
    }

    /// A term of three characters or more that never meets punctuation on
    /// a side, where each character beside it there makes with its edge
    /// character a string with varied neighbours used at least twice as
    /// often as beside the term, and each stands with the edge character
    /// in [`ATTACHED_SHARE`] of its own uses or more, or those that do,
    /// seen beside it twice or more, are beside it in half its uses or
    /// more; a neighbour that makes with the term a longer word, repeated
    /// with varied neighbours (before the term, opening after a boundary
    /// in every use: `opens_after_a_boundary`), counts as one that does,
    /// and needs no pair of its own (对口援|青 and 对口援|疆, repeated
    /// words, and 对口援|藏 once, 援藏 a word): it begins (ends) inside
    /// those words (综|合体建设工程 and
    /// 联|合体建设工程: 综 is followed by 合 in 12 of its 15 uses in the
    /// seeds, 联 in 3 of 10; 工|作明显加强 and 合|作明显加强, once each;
    /// 直|接控制为主 and 间|接控制为主: 间 stands before 接 in 9 of its 819
    /// uses in the State Council's reports, in 之间, 时间 and 期间 far more,
    /// but 间接 is a word as 直接 is). Read from how the neighbours attach,
    /// not from how often the edge character meets punctuation, it holds
    /// where the corpus is too small for that; 展 of 发展, before 新质生产力,
    /// is followed by 新 in few of its uses.
    fn cuts_through_words(&self, term: &str) -> bool {
        self.cuts_through_words_on(term, true) || self.cuts_through_words_on(term, false)
    }

    /// [`Self::cuts_through_words`] on one side of `term` (before it:
    /// `left`).
    pub(super) fn cuts_through_words_on(&self, term: &str, left: bool) -> bool {
        let Some((own, first, last)) = self.long_term_edges(term) else {
            return false;
        };
        let cut = |side: &Variety, edge: char, left: bool| {
            let beside: usize = side.chars.iter().map(|&(_, n)| n).sum();
            // How often each neighbour stands with the edge character, read
            // from its own neighbours (no lookup where too few are attached);
            // where not all are, one seen once beside the term tells nothing
            // (族 of 各族|人民心情舒畅).
            let attached = |c: char| {
                self.beside_edge(c, edge, left)
                    .is_some_and(|(t, seen)| t as f64 >= ATTACHED_SHARE * seen as f64)
            };
            // The word a neighbour makes with the edge character is one of
            // its own, not the tail of a phrase: no one character stands
            // on its far side in nearly all its uses (写中 of 谱写中国式
            // 现代化, before 中原大地).
            let its_own = |c: char| {
                self.strings
                    .get_or_look_up(&self::beside(&edge.to_string(), c, left))
                    .is_some_and(|u| {
                        let outer = if left { &u.left } else { &u.right };
                        outer
                            .most_common()
                            .is_none_or(|(_, m)| (m as f64) < BOUND_SHARE * u.count as f64)
                    })
            };
            // The term and the neighbour make a longer word, repeated with
            // varied neighbours, the neighbour no character of grammar, one
            // of a few (not a word many characters follow, 十四五|规, 十四五|时…):
            // the term stops one character short of it (对口援|青, 对口援|疆).
            // Before the term, only where the longer string opens after a
            // boundary in every use (以|间接调控为主): the character before a
            // term is most often the tail of the word before (推|进, 促|进),
            // which gives the longer string varied neighbours whatever the
            // term is (进文旅体商融合发展).
            // After the term, a longer string repeated with varied text
            // before it and a boundary or a character of grammar after it in
            // every use ends a word there (所有权与经营权分|开, twice, before
            // 的 both times).
            let completes = |c: char| {
                let longer = self::beside(term, c, left);
                side.chars.len() <= MAX_LONGER_WORDS
                    && !is_grammar(c)
                    && match left {
                        true => {
                            self.stands_as_word(&longer) && self.opens_after_a_boundary(&longer)
                        }
                        false => {
                            self.stands_as_word(&longer) || self.closes_before_a_boundary(&longer)
                        }
                    }
            };
            let held = || -> usize {
                side.chars
                    .iter()
                    .filter(|&&(c, n)| {
                        n >= MIN_REPEATS && ((attached(c) && its_own(c)) || completes(c))
                    })
                    .map(|&(_, n)| n)
                    .sum()
            };
            side.edges == 0
                && beside == own.count
                && (side.chars.iter().all(|&(c, _)| attached(c)) || held() * 2 >= own.count)
                && side
                    .chars
                    .iter()
                    .all(|&(c, n)| self.pair_is_a_word_of_its_own(edge, c, n, left) || completes(c))
        };
        match left {
            true => cut(&own.left, first, true),
            false => cut(&own.right, last, false),
        }
    }

    /// Whether the neighbour `c`, seen `n` times beside a term's `edge`
    /// character (before it: `left`), makes with it a string with varied
    /// neighbours used [`LOOSE_EDGE_FACTOR`] times as often: a word of its
    /// own that the term cuts through.
    pub(super) fn pair_is_a_word_of_its_own(
        &self,
        edge: char,
        c: char,
        n: usize,
        left: bool,
    ) -> bool {
        let pair: String = match left {
            true => [c, edge].into_iter().collect(),
            false => [edge, c].into_iter().collect(),
        };
        self.strings.get_or_look_up(&pair).is_some_and(|u| {
            u.count >= n * LOOSE_EDGE_FACTOR && u.left.value().min(u.right.value()) >= MIN_VARIETY
        })
    }

    /// How often the neighbour `c` stands beside a term's `edge` character
    /// (before it: `left`), read from the neighbour's own neighbours (no
    /// lookup for the many that are not attached), and how often `c` is
    /// seen.
    pub(super) fn beside_edge(&self, c: char, edge: char, left: bool) -> Option<(usize, usize)> {
        let neighbours = match left {
            true => self.char_right.get(&c),
            false => self.char_left.get(&c),
        }?;
        let together = neighbours
            .chars
            .iter()
            .find(|&&(x, _)| x == edge)
            .map_or(0, |&(_, m)| m);
        Some((together, neighbours.seen))
    }

    /// How often the corpus's rate expects a string used as `u` is at a
    /// clause's edge on one side.
    pub(super) fn expected_edges(&self, u: &Usage) -> f64 {
        u.count as f64 * self.runs as f64 / self.chars.max(1) as f64
    }

    /// A term of three characters or more, with its use and its first and
    /// last characters: what the rules on a term's edges read.
    pub(super) fn long_term_edges(&self, term: &str) -> Option<(&Usage, char, char)> {
        if term.chars().count() < 3 {
            return None;
        }
        Some((
            self.strings.get(term)?,
            term.chars().next()?,
            term.chars().next_back()?,
        ))
    }

    pub(super) fn count(&self, s: &str) -> usize {
        self.strings.get(s).map_or(0, |u| u.count)
    }

    /// How often `s` occurs, a candidate or not (a longer string a term may
    /// be part of is read from the corpus, not only among the candidates:
    /// a period's new strings hold few of them).
    pub(super) fn read_count(&self, s: &str) -> usize {
        self.strings.get_or_look_up(s).map_or(0, |u| u.count)
    }

    /// An edge that is a character of grammar: 的 or 是 anywhere, 第 at
    /// the end, and a preposition, conjunction or adverb that is not bound
    /// to the rest of a term of three characters or more (at the start
    /// only, a preposition of [`LEADING_PREPOSITIONS`]).
    pub(super) fn has_function_edge(&self, term: &str) -> bool {
        let (Some(first), Some(last)) = (term.chars().next(), term.chars().next_back()) else {
            return false;
        };
        if NEVER_FIRST.contains(&first) || NEVER_LAST.contains(&last) {
            return true;
        }
        if term.chars().count() < 3 {
            return false;
        }
        let own = self.count(term) as f64;
        let loose = |rest: &str| {
            let rest_count = self.count(rest);
            rest_count < MIN_BOUND_COUNT || own < BOUND_SHARE * rest_count as f64
        };
        let rest = &term[first.len_utf8()..];
        let leading = FUNCTION_CHARS.contains(&first)
            || (LEADING_PREPOSITIONS.contains(&first) && self.opens_clauses(rest));
        (leading && loose(rest))
            || self.preposition_before_its_object(term)
            || (FUNCTION_CHARS.contains(&last) && loose(&term[..term.len() - last.len_utf8()]))
    }

    /// Whether the first two characters of `s` begin a clause somewhere in
    /// the corpus (a digit before them is no clause's start): `s` opens
    /// with a word, not with the tail of one.
    pub(super) fn opens_clauses(&self, s: &str) -> bool {
        let Some((end, c)) = s.char_indices().nth(1) else {
            return false;
        };
        self.strings
            .get_or_look_up(&s[..end + c.len_utf8()])
            .is_some_and(|u| u.left.edges > u.left.digits)
    }

    /// Whether one character stands beside `term` on a side in at least
    /// [`EXTENSION_SHARE`] of its occurrences and, adding such characters
    /// one by one, a longer string is a word: 售额 in 零售额 and 销售额,
    /// 秦沈高 in 秦沈高速, 湘江科 in 湘江科学城. A side where the term meets
    /// punctuation or a text's edge even once is a boundary already
    /// (新质生产力 after 发展 and after a comma), a digit before it not (a
    /// number, no clause's start: 年要 after 今 and after 2000), nor a digit
    /// after it where one character follows it in [`BOUND_SHARE`] of its
    /// uses (居全国前|列 58 times, 居全国前3 three); but not an enumeration
    /// comma after it, where the items before the last share what follows
    /// that (二十届二中、三中全会): the term is judged by the uses where
    /// text follows it (二十届二中全会), whatever the characters joined;
    /// nor a side where it seldom meets one for its count
    /// ([`Self::seldom_at_an_edge`]). On the right, a neighbour in
    /// [`BOUND_SHARE`] of the uses is the rest of the word whatever the
    /// characters joined (抓纲治国 4 times, 抓纲治军 once): a word seldom
    /// has the same character after it in nearly every use. On the left
    /// too where the term is common enough for the rate to expect
    /// [`MIN_EXPECTED_EDGES`] at a clause's start (进一步: 974 of 一步's
    /// 1,016 uses); 发展 before 新质生产力, which begins clauses, is not.
    fn inside_longer_word(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let (Some(first), Some(last)) = (term.chars().next(), term.chars().next_back()) else {
            return false;
        };
        let extend = |left: bool, before_numbers: bool| {
            let listed = if left { 0 } else { own.right.enumerations };
            // Beside a list, the rest of the uses nearly always go on alike,
            // and so do they where the term is closed only before numbers.
            let share = if listed > 0 || before_numbers {
                BOUND_SHARE
            } else {
                EXTENSION_SHARE
            };
            let dominant = (own.count - listed) as f64 * share;
            let mut longer = term.to_string();
            let mut crossed = false;
            while let Some(usage) = self.strings.get_or_look_up(&longer) {
                let side = if left { &usage.left } else { &usage.right };
                match side.most_common() {
                    Some((c, n)) if n as f64 >= dominant => {
                        let (before, after) = if left { (c, first) } else { (last, c) };
                        // What nearly always follows a term is the rest of
                        // its word, whatever the characters joined (抓纲治|国);
                        // and what nearly always precedes one where the rate
                        // would have shown a boundary (进|一步).
                        let nearly_always = n as f64 >= BOUND_SHARE * own.count as f64
                            && (!left || self.expected_edges(own) >= MIN_EXPECTED_EDGES);
                        // Beside a list the text joined is judged at the end.
                        if !crossed
                            && listed == 0
                            && !nearly_always
                            && !self.may_join(before, after)
                            && !self.edge_word_joins(term, left)
                        {
                            return false;
                        }
                        // A longer string that is no candidate (a period's
                        // new strings hold few) is read from the corpus only
                        // where the character nearly always stands there and
                        // is attached to the term's edge character in
                        // [`ATTACHED_SHARE`] of its own uses: the two make a
                        // word the term cuts through (常|委 of 人民代表大会及其
                        // 常委会, 奉|行 of 奉行互利共赢的开放战略). A word
                        // before another that always follows it stays, where
                        // the two characters seldom stand together
                        // (全党全军|各族人民).
                        let edge = if left { first } else { last };
                        let attached = n as f64 >= BOUND_SHARE * own.count as f64
                            && self
                                .beside_edge(c, edge, left)
                                .is_some_and(|(t, seen)| t as f64 >= ATTACHED_SHARE * seen as f64);
                        if !crossed
                            && !attached
                            && !self.strings.contains_key(&beside(&longer, c, left))
                        {
                            return false;
                        }
                        crossed = true;
                        match left {
                            true => longer.insert(0, c),
                            false => longer.push(c),
                        }
                    }
                    _ => return false,
                }
                if longer.chars().count() > MAX_TERM_CHARS {
                    return false;
                }
                if self.stands_as_word(&longer)
                    && !self.has_function_edge(&longer)
                    && (listed == 0 || self.shares_continuation(term, &longer, listed))
                {
                    return true;
                }
            }
            false
        };
        let closed = |edges: usize| edges == 0 || self.seldom_at_an_edge(own, edges);
        let closed_right = |edges: usize| edges == own.right.enumerations || closed(edges);
        (closed(own.left.edges - own.left.digits) && extend(true, false))
            || (closed_right(own.right.edges) && extend(false, false))
            // A digit after a term is a number, no clause's end: the term is
            // closed there too, where one character nearly always follows
            // it otherwise (居全国前|列, 居全国前3).
            || (own.right.digits > 0
                && !closed_right(own.right.edges)
                && closed_right(own.right.edges - own.right.digits)
                && extend(false, true))
    }

    /// Whether `longer`, a string a term may be part of, stands as a word:
    /// a candidate by its boundaries; another, read from the corpus, where
    /// it is repeated with varied neighbours on both sides.
    pub(super) fn stands_as_word(&self, longer: &str) -> bool {
        if self.strings.contains_key(longer) {
            return self.has_word_boundaries(longer);
        }
        self.strings.get_or_look_up(longer).is_some_and(|u| {
            u.count >= MIN_REPEATS && u.left.value().min(u.right.value()) >= MIN_VARIETY
        })
    }

    /// Whether a string used as `u` meets a clause's edge on a side
    /// `edges` times, under [`EDGE_PROPENSITY`] of the corpus's rate where
    /// the rate expects [`MIN_EXPECTED_EDGES`]: a stray comma (一步 after a
    /// comma once in a thousand uses, 965 of them in 进一步) does not make
    /// that side a boundary.
    fn seldom_at_an_edge(&self, u: &Usage, edges: usize) -> bool {
        let expected = self.expected_edges(u);
        expected >= MIN_EXPECTED_EDGES && (edges as f64) < EDGE_PROPENSITY * expected
    }

    /// Whether the items that follow `term`'s `listed` enumeration commas
    /// end as it does and go on as `longer` does: its last character and
    /// what `longer` adds stand together at least that many times more
    /// than `longer` (二中、三中全会精神: 中全会精神 after 三 as after 二中).
    /// Not so for a name in a list (乌鲁木齐、伊宁, and 乌鲁木齐国际陆港).
    fn shares_continuation(&self, term: &str, longer: &str, listed: usize) -> bool {
        let Some((last_at, _)) = term.char_indices().next_back() else {
            return false;
        };
        let shared = format!("{}{}", &term[last_at..], &longer[term.len()..]);
        self.read_count(&shared) >= self.read_count(longer) + listed
    }

    /// A word with a character that only sometimes stands beside it
    /// (对口援青和, 元增长到): without that character the term is a word of
    /// [`LOOSE_EDGE_MIN_CHARS`] or more, used at least
    /// [`LOOSE_EDGE_FACTOR`] times as often. Shorter rests are left alone:
    /// 农牧民 is a word though 农牧 is more common.
    fn has_loose_edge(&self, term: &str) -> bool {
        let count = |s: &str| self.count(s);
        let (Some((_, first)), Some((last, _))) =
            (term.char_indices().next(), term.char_indices().next_back())
        else {
            return false;
        };
        let own = count(term);
        [&term[first.len_utf8()..], &term[..last]]
            .into_iter()
            .any(|rest| {
                rest.chars().count() >= LOOSE_EDGE_MIN_CHARS
                    && count(rest) >= own * LOOSE_EDGE_FACTOR
                    && self.has_word_boundaries(rest)
                    && !self.has_function_edge(rest)
                    && !self.edge_inside_words(rest)
            })
    }

    pub(super) fn has_word_boundaries(&self, term: &str) -> bool {
        let edge = self.left_variety(term).min(self.right_variety(term));
        if edge < MIN_VARIETY {
            return false;
        }
        let inner = term
            .char_indices()
            .skip(1)
            .map(|(at, _)| {
                self.right_variety(&term[..at])
                    .min(self.left_variety(&term[at..]))
            })
            .max()
            .unwrap_or(0);
        inner <= edge * INNER_BOUNDARY_FACTOR
    }
}

/// A character of grammar: of [`FUNCTION_CHARS`], 的, 是 or 第.
pub(super) fn is_grammar(c: char) -> bool {
    FUNCTION_CHARS.contains(&c) || NEVER_LAST.contains(&c)
}

/// `s` with `c` beside it, on the left or the right.
pub(super) fn beside(s: &str, c: char, left: bool) -> String {
    match left {
        true => format!("{c}{s}"),
        false => format!("{s}{c}"),
    }
}
