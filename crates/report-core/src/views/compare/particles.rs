//! The word rule's particles, conjunctions and frames whose place in a
//! string says it is part of a clause, not a term: the particle 之 and its
//! noun or after a modifier cut to one character, a phrase whose bare
//! first conjunct lost its modifier, a conjunction or a question at an
//! edge, the last item before a relation, a verb and the particle of its
//! completed action, an adverb and its marker 地, the inside of a phrase of
//! place cut from its preposition (在…上). Few counts are needed to tell
//! these (the marker 地, which also ends nouns, reads how often it ends a
//! clause), so they hold on a corpus of a few reports too.

use super::clause_rule::PERSONAL_PRONOUNS;
use super::function_words::POSTPOSITIONS;
use super::repeats::{CorpusUsage, Usage};
use super::word_rule::{ATTACHED_SHARE, BOUND_SHARE, FUNCTION_CHARS, JOIN_PROPENSITY, MIN_VARIETY};

/// The literary particle that joins a modifier to its noun, as 的 does
/// (两个维护之害, 丝绸之路, 开局之年): a term of two characters that begins
/// with it is the particle and the noun, unless it is a word of place,
/// time or order that 之 makes (a closed class: 之一, 之后, 之间…).
const PARTICLE_ZHI: char = '之';
const ZHI_WORDS: &[char] = &[
    '一', '后', '前', '间', '中', '下', '上', '外', '内', '际', '初', '余', '类', '首',
];
/// Conjunctions that join two words or phrases (a closed class). A
/// phrase whose first conjunct is a bare word of two characters never
/// used without the rest, and which never begins a clause, has lost that
/// conjunct's modifier to the text before it (生态|保护和高质量发展,
/// 生态环境|保护和高质量发展): the text varies there, so no longer string
/// completes it.
const CONJUNCTIONS: &[char] = &['和', '与', '及', '或'];
const BARE_CONJUNCT_CHARS: usize = 2;
/// Conjunctions of two characters (a closed class): a term that begins or
/// ends with one is cut at the join (地区乃至 of 亚太地区乃至世界), and so
/// is one cut from a condition or a concession that such a conjunction
/// opens (凡是适宜种 of 凡是适宜种粮食的地区, 如果…, 虽然…), or from the
/// clause a conjunction of consequence or contrast opens (所以我们说,
/// 因此…, 但是…).
const JOINING_CONJUNCTIONS: &[&str] = &[
    "乃至", "以及", "并且", "而且", "甚至", "从而", "进而", "或者", "以便", "以免", "凡是", "如果",
    "假如", "倘若", "只要", "即使", "即便", "尽管", "虽然", "因为", "既然", "所以", "因此", "但是",
];
/// Modal verbs of one character (a closed class: must, can): with the
/// prepositions, conjunctions and adverbs of [`FUNCTION_CHARS`], words of
/// grammar. Two of them side by side, neither standing with the other in
/// [`ATTACHED_SHARE`] of its uses, are two words, no term (将为, 要在,
/// 就能, 要由: 为 follows 将 in 3 % of its uses, 将 precedes 为 in 1 %);
/// the words they make stand together far more often (即将: 将 after 即
/// in 10 % of 即's uses; 由于, 以及, 而且, 对于), and the conjunctions of
/// [`JOINING_CONJUNCTIONS`] are words (从而), and so is one said twice
/// (等等, etc.).
const MODAL_CHARS: &[char] = &['要', '能'];
/// Interrogative pronouns (a closed class, with 多少, how many): a term
/// that ends in one, or in one and a measure ([`CorpusUsage::is_measure`]:
/// 有多少个 of 有多少个县), and never ends a clause is cut before what the
/// question asks (看谁 of 看谁争先进位快); the pronoun's own words stay
/// (什么, 什么时候).
const INTERROGATIVES: &[&str] = &["谁", "哪", "什么", "多少"];
/// Prepositions that open a frame a verb of regarding closes (a closed
/// class: 以…为, 把…作为, 将…作为): a term that opens with one and ends in
/// the verb, never ending a clause, is the frame cut before what it names
/// (以经济体制改革为|重点, 以…为|牵引). 以人民为中心 ends past the verb.
const FRAME_PREPOSITIONS: &[char] = &['以', '把', '将'];
const REGARDING_VERBS: &[&str] = &["为", "作为"];

/// The preposition that opens a phrase of place or time which a
/// postposition of [`POSTPOSITIONS`] closes (在…上, 在…中).
const FRAME_OPENER: char = '在';
/// The share of a term's uses that the opener stands before, and how many
/// characters before the term's own neighbour it is read (a modifier of
/// two: 在财政|政策运用上).
const FRAMED_SHARE: f64 = 0.5;
const FRAME_READ: usize = 2;
/// Postpositions of a relation among two or more items (a closed class):
/// a term that holds one after its first word and goes on past it, where
/// the term never begins a clause, is the last item cut from the list the
/// relation needs (控物价和防|风险之间的平衡, 稳定物价和防范金融|风险之间
/// 的平衡).
const RELATION_POSTPOSITIONS: &[&str] = &["之间"];
/// The particle that makes an adverb of the word before it (深入持久地
/// 开展, 片面地追求): a closed class of one. 地 also ends nouns (基地, 土地,
/// 用地), which stand at a clause's end; the adverb's 地 with the character
/// before it ends a clause in at most this share of its uses (久地 1 of 17,
/// 面地 0 of 25 in the State Council's reports; 征地 2 of 13, 基地 62 of
/// 141).
const ADVERB_MARKER: char = '地';
const ADVERB_MARKER_AT_AN_END: f64 = 0.1;
/// The particle of a completed action (a closed class): it marks a verb's
/// use in a clause (获得了, 打退了, 作出了重要贡献), never a term's after
/// two characters or more, unless 不 stands before it (受不了, 少不了: a
/// verb's potential form, a word).
const ASPECT_PARTICLE: char = '了';
/// The words in which 了 is a verb (liǎo, to know or to end), not the
/// particle (a closed class).
const LIAO_WORDS: &[&str] = &["了解", "了结", "了却", "了然"];
const POTENTIAL_NEGATION: char = '不';
/// The plural of a personal pronoun (我们, 你们, 他们, 她们, 它们, 咱们:
/// [`PERSONAL_PRONOUNS`] and 们): they stand for a noun phrase the text has
/// named, in a clause (加强同它们的合作, 给了我们这种有利条件); a term
/// names in its own words.
const PLURAL: char = '们';

/// The particle that joins an attribute to its noun (的): after a list's
/// last item, the noun is what every item qualifies (调整、改革、整顿、
/// 提高的方针), so a term that holds the item and the noun cuts the list.
const PARTICLE_DE: char = '的';
/// The items of a list that share a noun are bare words of this many
/// characters (调整、改革、整顿、提高), as the bare first conjunct is.
const LIST_ITEM_CHARS: usize = BARE_CONJUNCT_CHARS;

impl CorpusUsage<'_> {
    /// A term that follows an enumeration comma in more than half its
    /// uses and holds [`PARTICLE_DE`] after a bare item of
    /// [`LIST_ITEM_CHARS`], with the noun after it: the list's last item
    /// and the noun all its items qualify (提高的方针 of 调整、改革、整顿、
    /// 提高的方针), no term. A phrase with a longer attribute
    /// (以人民为中心的发展思想, listed among others) stays.
    pub(super) fn head_shared_by_a_list(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let chars: Vec<(usize, char)> = term.char_indices().collect();
        matches!(chars.get(LIST_ITEM_CHARS), Some(&(_, PARTICLE_DE)))
            && chars.get(LIST_ITEM_CHARS + 1).is_some()
            && own.left.enumerations * 2 > own.count
    }

    /// A term of two characters that begins with [`PARTICLE_ZHI`] and is
    /// not one of [`ZHI_WORDS`]: the particle and the noun it ends a phrase
    /// with (之害), not a word.
    pub(super) fn particle_and_its_noun(&self, term: &str) -> bool {
        let mut chars = term.chars();
        matches!(
            (chars.next(), chars.next(), chars.next()),
            (Some(PARTICLE_ZHI), Some(next), None) if !ZHI_WORDS.contains(&next)
        )
    }

    /// A term that never begins a clause, joined by a conjunction of
    /// [`CONJUNCTIONS`] (not bound to a neighbour in a word used apart:
    /// 和谐, 中和) after a bare first conjunct of [`BARE_CONJUNCT_CHARS`]
    /// that the corpus never shows without the rest: the phrase has lost
    /// that conjunct's modifier (保护和高质量发展). A first conjunct used
    /// apart stays (服务和融入构建新发展格局, 文化和旅游), and so does a
    /// phrase that begins clauses.
    pub(super) fn coordination_without_its_modifier(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let chars: Vec<(usize, char)> = term.char_indices().collect();
        // The conjunct's last character, the conjunction, and the next
        // conjunct's first two characters.
        let (Some(&(last, _)), Some(&(at, conjunction)), Some(&(next, c)), Some(_)) = (
            chars.get(BARE_CONJUNCT_CHARS - 1),
            chars.get(BARE_CONJUNCT_CHARS),
            chars.get(BARE_CONJUNCT_CHARS + 1),
            chars.get(BARE_CONJUNCT_CHARS + 2),
        ) else {
            return false;
        };
        own.left.edges == 0
            && CONJUNCTIONS.contains(&conjunction)
            && self.count(&term[..at]) <= own.count
            && !self.used_apart(&term[last..next], term)
            && !self.used_apart(&term[at..next + c.len_utf8()], term)
    }

    /// A term of two characters that ends in a conjunction of
    /// [`CONJUNCTIONS`] which is grammar in this corpus (it begins and ends
    /// clauses under [`JOIN_PROPENSITY`] of the rate: it joins, and closes
    /// nothing), never ends a clause itself (a number, a list's comma or an
    /// opening mark after it open the next conjunct), and is not attached
    /// to its first character (under [`ATTACHED_SHARE`] of that
    /// character's uses): the end of the word before and the conjunction
    /// (化和 of 现代化和, 区和 of 示范区和), no term. A word that ends in the
    /// character ends clauses (缓和, 中和 of 碳中和) or holds most of its
    /// first character's uses (缓和 where 缓 is rare).
    pub(super) fn word_end_and_a_conjunction(&self, term: &str) -> bool {
        let mut chars = term.chars();
        let (Some(first), Some(last), None) = (chars.next(), chars.next(), chars.next()) else {
            return false;
        };
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let right = &own.right;
        let joins_only = [true, false].into_iter().all(|left| {
            self.edge_propensity(last, left)
                .is_some_and(|p| p < JOIN_PROPENSITY)
        });
        CONJUNCTIONS.contains(&last)
            && !FUNCTION_CHARS.contains(&first)
            && joins_only
            && right.edges == right.digits + right.enumerations + right.openings
            && self
                .char_left
                .get(&first)
                .is_some_and(|v| (own.count as f64) < ATTACHED_SHARE * v.seen as f64)
    }

    /// A term of two characters, a word of grammar of [`FUNCTION_CHARS`]
    /// and the first character of the word after it (和高 of 和高质量发展,
    /// 等高 of …等高端产品, 以更 of 以更高水平): the mirror of
    /// [`Self::word_end_and_a_conjunction`]. The term never ends a clause,
    /// its second character is not attached to it (the term holds under
    /// [`ATTACHED_SHARE`] of that character's uses), and what follows makes
    /// with that character words of their own, each used far more than
    /// beside the term, in [`BOUND_SHARE`] of the term's uses: the term is
    /// cut inside the next word wherever it stands. A word of grammar's own
    /// words stay: one that ends clauses (以上, 以内), holds its second
    /// character (把握, 对俄), or goes on into text that makes no word with
    /// it (及时|发现, 对口|支援).
    pub(super) fn word_of_grammar_and_a_head(&self, term: &str) -> bool {
        let mut chars = term.chars();
        let (Some(first), Some(second), None) = (chars.next(), chars.next(), chars.next()) else {
            return false;
        };
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let heads = || -> usize {
            own.right
                .chars
                .iter()
                .filter(|&&(c, n)| self.pair_is_a_word_of_its_own(second, c, n, false))
                .map(|&(_, n)| n)
                .sum()
        };
        FUNCTION_CHARS.contains(&first)
            && !FUNCTION_CHARS.contains(&second)
            && own.right.edges == 0
            && self
                .char_left
                .get(&second)
                .is_some_and(|v| (own.count as f64) < ATTACHED_SHARE * v.seen as f64)
            && heads() as f64 >= BOUND_SHARE * own.count as f64
    }

    /// A term of two words of grammar ([`FUNCTION_CHARS`], [`MODAL_CHARS`])
    /// not attached to each other, and no conjunction of
    /// [`JOINING_CONJUNCTIONS`].
    pub(super) fn two_words_of_grammar(&self, term: &str) -> bool {
        let mut chars = term.chars();
        let (Some(first), Some(second), None) = (chars.next(), chars.next(), chars.next()) else {
            return false;
        };
        let grammar = |c: char| FUNCTION_CHARS.contains(&c) || MODAL_CHARS.contains(&c);
        // The two together, as a share of the uses of each.
        let together = self.count(term) as f64;
        let attached = |c: char| {
            self.char_left
                .get(&c)
                .is_some_and(|v| together >= ATTACHED_SHARE * v.seen as f64)
        };
        // A word said twice is a word (等等).
        first != second
            && grammar(first)
            && grammar(second)
            && !JOINING_CONJUNCTIONS.contains(&term)
            && !attached(first)
            && !attached(second)
    }

    /// A term longer than a conjunction of [`JOINING_CONJUNCTIONS`] that
    /// begins or ends with it.
    pub(super) fn joining_conjunction_at_an_edge(&self, term: &str) -> bool {
        JOINING_CONJUNCTIONS.iter().any(|conjunction| {
            term.len() > conjunction.len()
                && (term.starts_with(conjunction) || term.ends_with(conjunction))
        })
    }

    /// A term that opens with a preposition of [`FRAME_PREPOSITIONS`] and
    /// ends in a verb of [`REGARDING_VERBS`] after two characters or more,
    /// and never ends a clause: the frame without what it names.
    pub(super) fn frame_without_what_it_names(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        own.right.edges == 0
            && term.starts_with(FRAME_PREPOSITIONS)
            && REGARDING_VERBS.iter().any(|verb| {
                term.strip_suffix(verb)
                    .is_some_and(|framed| framed.chars().nth(2).is_some())
            })
    }

    /// A term that ends in a pronoun of [`INTERROGATIVES`], or in one and
    /// a measure, after one character or more and never ends a clause.
    pub(super) fn question_cut_before_it_is_asked(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let Some((last_at, last)) = term.char_indices().next_back() else {
            return false;
        };
        let asks = |s: &str| {
            INTERROGATIVES
                .iter()
                .any(|pronoun| s.len() > pronoun.len() && s.ends_with(pronoun))
        };
        own.right.edges == 0 && (asks(term) || (asks(&term[..last_at]) && self.is_measure(last)))
    }

    /// A term that never begins a clause, with a postposition of
    /// [`RELATION_POSTPOSITIONS`] after two characters or more and text
    /// after it: the last item of a list and what is said of them all.
    pub(super) fn last_item_before_a_relation(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        own.left.edges == 0
            && RELATION_POSTPOSITIONS.iter().any(|relation| {
                term.match_indices(relation).any(|(at, _)| {
                    term[..at].chars().nth(1).is_some() && at + relation.len() < term.len()
                })
            })
    }

    /// A term with [`ASPECT_PARTICLE`] after two characters or more, not
    /// after [`POTENTIAL_NEGATION`]: a verb and the particle of its
    /// completed action (获得了), with the object it took or not
    /// (有效扩大了内需, 作出了重要贡献, 给了我们这种有利条件), no term.
    /// Inside the term, 了 that begins a word of [`LIAO_WORDS`] is none
    /// (深入了解情况).
    pub(super) fn holds_an_aspect_particle(&self, term: &str) -> bool {
        let chars: Vec<(usize, char)> = term.char_indices().collect();
        (2..chars.len()).any(|i| {
            let (at, c) = chars[i];
            c == ASPECT_PARTICLE
                && chars[i - 1].1 != POTENTIAL_NEGATION
                && !LIAO_WORDS.iter().any(|word| term[at..].starts_with(word))
        })
    }

    /// A term that holds a personal pronoun ([`PERSONAL_PRONOUNS`] and
    /// [`PLURAL`]) with text on both sides: a clause that refers back to
    /// what the text named (加强同它们的合作), no term. The pronoun alone
    /// (我们) is a word, and so are 人们 and 孩子们 (no person's character
    /// before 们).
    pub(super) fn holds_a_pronoun(&self, term: &str) -> bool {
        let chars: Vec<char> = term.chars().collect();
        (1..chars.len().saturating_sub(2))
            .any(|i| PERSONAL_PRONOUNS.contains(&chars[i]) && chars[i + 1] == PLURAL)
    }

    /// A term with [`ADVERB_MARKER`] after two characters or more that
    /// stand without it before varied text (片面, 按比例: a word, not
    /// 毛乌素沙 of 毛乌素沙地 and 毛乌素沙化土地), where the
    /// term up to the marker never ends a clause (but at a list's comma:
    /// 深入持久地、扎扎实实地开展), the marker and the character before it
    /// seldom end a clause ([`ADVERB_MARKER_AT_AN_END`]), and the marker
    /// and the character after it are no word that begins clauses (地区 of
    /// 民族地区, 地级 of 实现地级市全覆盖): an adverb and its
    /// marker, with or without the verb it qualifies (片面地追求, 按比例地,
    /// 健康地推向前进), not a term. Where nothing before the marker stands
    /// without it, it ends a noun as often (毛乌素沙地, 冰天雪地, 耕地林地园地
    /// begin clauses as 深入持久地 does), and the term stays.
    pub(super) fn adverb_and_its_marker(&self, term: &str) -> bool {
        let chars: Vec<(usize, char)> = term.char_indices().collect();
        (2..chars.len()).any(|i| {
            let (at, c) = chars[i];
            if c != ADVERB_MARKER {
                return false;
            }
            let marked = &term[..at + c.len_utf8()];
            let Some(adverb) = self.strings.get_or_look_up(marked) else {
                return false;
            };
            let pair_seldom_ends = self
                .strings
                .get_or_look_up(&term[chars[i - 1].0..marked.len()])
                // A list's comma counts here: nouns stand in lists (土地、).
                .is_some_and(|u| {
                    (u.right.edges as f64) <= ADVERB_MARKER_AT_AN_END * u.count as f64
                });
            // A word that 地 begins (地区, 地级) begins clauses; the
            // adverb's 地 never does, whatever follows it (地推 of 健康地推向).
            let next_bound = chars.get(i + 1).is_some_and(|&(next, n)| {
                self.strings
                    .get_or_look_up(&term[at..next + n.len_utf8()])
                    .is_some_and(|u| u.left.edges > u.left.digits)
            });
            adverb.right.edges == adverb.right.enumerations
                && self.stands_without(&term[..at], ADVERB_MARKER)
                && pair_seldom_ends
                && !next_bound
        })
    }

    /// Whether `s` stands before text other than `next` in varied contexts
    /// ([`MIN_VARIETY`] neighbours or edges), as a word does.
    fn stands_without(&self, s: &str, next: char) -> bool {
        self.strings.get_or_look_up(s).is_some_and(|u| {
            let others = u.right.chars.iter().filter(|&&(c, _)| c != next).count();
            others + u.right.edges >= MIN_VARIETY
        })
    }

    /// A term of three characters or more whose second character is
    /// [`PARTICLE_ZHI`], that never begins a clause, where the first two
    /// are no word used apart (总之): the particle's modifier was cut to its
    /// last character (简|政之道, 为|政之道). One that stands after an
    /// opening mark or a clause's start stays (“国之大者”).
    pub(super) fn particle_after_a_cut_modifier(&self, term: &str) -> bool {
        let mut cuts = term.char_indices();
        let (Some(_), Some((_, PARTICLE_ZHI)), Some((third, _))) =
            (cuts.next(), cuts.next(), cuts.next())
        else {
            return false;
        };
        self.strings
            .get(term)
            .is_some_and(|own| own.left.edges == 0)
            && !self.used_apart(&term[..third], term)
    }

    /// A term of three characters or more that ends in a postposition of
    /// [`POSTPOSITIONS`], or holds a verb of [`REGARDING_VERBS`] after its
    /// first two characters, and never begins a clause, where the frame's
    /// preposition ([`FRAME_OPENER`], or one of [`FRAME_PREPOSITIONS`])
    /// stands before it, up to [`FRAME_READ`] characters further, in
    /// [`FRAMED_SHARE`] of its uses: the inside of a phrase of place or
    /// time cut from its preposition (在财政|政策运用上,
    /// 在|政治战线和思想战线上), or of a frame 以…为 (以|供给侧结构性改革
    /// 为主线), not a term.
    pub(super) fn inside_a_frame(&self, term: &str) -> bool {
        let regarding = term
            .char_indices()
            .nth(2)
            .is_some_and(|(at, _)| REGARDING_VERBS.iter().any(|v| term[at..].contains(v)));
        let openers: &[char] = match term.ends_with(POSTPOSITIONS) {
            true => &[FRAME_OPENER],
            false if regarding => FRAME_PREPOSITIONS,
            false => return false,
        };
        if term.chars().nth(2).is_none() {
            return false;
        }
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        own.left.edges == 0
            && self.framed_uses(own, term, FRAME_READ, openers) as f64
                >= FRAMED_SHARE * own.count as f64
    }

    /// The uses of `s` (used as `u`) with one of `openers` before it, read
    /// back through the strings its neighbours make with it, `further`
    /// characters more.
    fn framed_uses(&self, u: &Usage, s: &str, further: usize, openers: &[char]) -> usize {
        u.left
            .chars
            .iter()
            .map(|&(c, n)| match c {
                _ if openers.contains(&c) => n,
                _ if further == 0 => 0,
                _ => {
                    let longer = format!("{c}{s}");
                    self.strings
                        .get_or_look_up(&longer)
                        .map_or(0, |v| self.framed_uses(&v, &longer, further - 1, openers))
                }
            })
            .sum()
    }
}
