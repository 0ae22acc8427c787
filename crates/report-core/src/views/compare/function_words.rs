//! The word rule's closed classes of function words whose place in a
//! string says it is part of a clause, not a term: an adverb of a
//! predicate after its subject, a verb of reaching before a figure, a verb
//! that must take an object (or a preposition, or a causative verb) and
//! the start of that object, such a verb at a term's end without it, a
//! bound suffix cut from its word, a preposition's phrase inside a term
//! cut before what it qualifies, a quantity that names nothing, a verb and
//! the preposition of its figure, the particle 之 and its noun or after a
//! modifier cut to one character, a phrase whose bare first conjunct lost
//! its modifier, a conjunction at an edge, an adverb and its marker 地.
//! Few counts are needed to tell these (the marker 地, which also ends
//! nouns, reads how often it ends a clause), so they hold on a corpus of a
//! few reports too.

use super::clause_rule::NUMERAL_SHARE;
use super::repeats::{CorpusUsage, Usage};
use super::word_rule::MIN_VARIETY;

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
/// Prepositions that take an object and qualify the predicate after it
/// (a closed class): a term that begins with one is the preposition and
/// the start of its object (按照省委十一届十次 of 按照…全会部署).
/// 面向 is left out: it names policies (面向南亚东南亚辐射中心).
const PREPOSITIONS: &[&str] = &[
    "按照", "根据", "依照", "依据", "围绕", "对于", "随着", "基于",
];
/// Causative verbs (a closed class): 让广大群众 is the verb and its object,
/// which does what follows; 使用 and 使命 are words of their own.
const CAUSATIVES: &[&str] = &["让", "使", "令"];
/// Verbs that must take an object and stand before it, as the
/// prepositions do: a term that ends in one ([`OBJECT_VERBS`],
/// [`PREPOSITIONS`] or these) and never ends a clause waits for the
/// object (大力实施 before 乡村振兴战略, 实现新突破和取得 before “三个新的
/// 更大进展”, 办公厅印发 before 《…》). 推进 and 推动 end clauses
/// (改革深入推进), so they are not of the class.
const OBJECT_FIRST_VERBS: &[&str] = &["实施", "印发"];
/// Modal verbs (a closed class: what must or should be done) stand between
/// a subject and its verb: a term that begins with one is the modal and
/// the start of what is to be done (要把握好 of 要把握好时度效), and one that
/// ends in one and never ends a clause is a subject waiting for its verb
/// (全市政府系统要 before 带头过紧日子). 要 also ends words (需要, 重要,
/// 主要) and begins them (要求, 要素): with the character beside it, a word
/// used apart, it stays.
const MODALS: &[&str] = &["要", "必须", "应当"];
/// Postpositions that close a phrase of place or time (a closed class: 在
/// …中, 在…上): a term that begins with one before a word used without
/// it, where the term never begins a clause, hangs over from the phrase
/// before (中积厚成势 of 在推动高质量发展中积厚成势). The postposition and
/// the next character may be a word used apart (中小企业 beside 中小学).
const POSTPOSITIONS: &[char] = &['中', '上', '里'];
/// Characters that end words as bound suffixes (a closed class: 省级 国家级,
/// 创新性, 现代化, 科技型, 劳动者, 增长率, and the 区 of a named area:
/// 自治区, 先行区): a term that begins with one, where the term never begins
/// a clause, is cut from the word before it (级农业龙头企业, 区筹委会 of
/// 特别行政区筹委会). The suffix and the next character may be a word used
/// without the rest (化工, 性能, 率先, 区域).
const BOUND_SUFFIXES: &[char] = &['级', '性', '化', '型', '者', '率', '区'];
/// Prepositions that stand inside a phrase after its subject, and the
/// particle that closes a list (a closed class): 习近平总书记对江苏工作 is
/// cut before what the preposition's phrase qualifies (重要讲话精神), and
/// 生命科学等领域 from the list it ends (人工智能、生命科学等领域) and what
/// follows. The character is bound where it and a neighbour are a word
/// used apart (应对, 对外, 把握, 平等). 为 and 向 are left out: set
/// phrases hold them (以人民为中心的, 回升向好态势).
const INNER_FUNCTION_CHARS: &[char] = &['对', '把', LIST_CLOSER];
/// The particle that closes a list, judged where the term follows an
/// enumeration comma (the list's last item): a name holds 等 too
/// (教育部重庆高等研究院).
const LIST_CLOSER: char = '等';
/// Numerals that count the points of a list (一要…二要…, 一是…二是…),
/// and the verbs that follow them there (a closed class: the modal and
/// the copula). 抓 is left out: 一抓到底 is a set phrase.
const ENUMERATION_NUMERALS: &[char] = &['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ENUMERATION_VERBS: &[char] = &['要', '是'];
/// Quantities that name nothing (a closed class): 一批 counts what follows
/// it (一批规模大、带动强的企业), so at a term's edge it joins a quantity to a
/// phrase (一批规模大, 培育一批, 培育引进更多).
const INDEFINITE_QUANTITIES: &[&str] = &["一批", "一些", "一系列", "一大批", "更多", "许多"];
/// Interrogative pronouns (a closed class): a term that ends in one and
/// never ends a clause is cut before what the question asks (看谁 of
/// 看谁争先进位快); the pronoun's own words stay (什么, 什么时候).
const INTERROGATIVES: &[&str] = &["谁", "哪", "什么"];
/// Prepositions that introduce the figure a change reached (a closed
/// class: 提高到45%, 增加至3家): a term of three characters or more that
/// ends in one and is nearly always followed by a number is a verb and the
/// start of its figure (提高到, 居民消费价格涨幅回落到). 达到 is a word.
const FIGURE_PREPOSITIONS: &[char] = &['到', '至'];
/// Prepositions that introduce the figure a change started from (a closed
/// class): a term that begins with one and is nearly always followed by a
/// number is the preposition and the start of that figure (从每人每月 of
/// 从每人每月200元提高到220元).
const FROM_PREPOSITIONS: &[char] = &['从', '由'];
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
/// ends with one is cut at the join (地区乃至 of 亚太地区乃至世界).
const JOINING_CONJUNCTIONS: &[&str] = &[
    "乃至", "以及", "并且", "而且", "甚至", "从而", "进而", "或者", "以便", "以免",
];

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
/// The particle of a completed action (a closed class): it ends a verb's
/// use in a clause (获得了, 打退了), never a term of three characters or
/// more, unless 不 stands before it (受不了, 少不了: a verb's potential
/// form, a word).
const ASPECT_PARTICLE: char = '了';
const POTENTIAL_NEGATION: char = '不';

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

    /// A term that begins with a verb of [`OBJECT_VERBS`], a preposition
    /// of [`PREPOSITIONS`] or a causative of [`CAUSATIVES`] and two
    /// characters or more after it, unless the verb and the next character
    /// are a word used without the rest (获得感 of 获得感幸福感, 使用 of
    /// 使用效率, 根据地).
    pub(super) fn verb_and_its_object(&self, term: &str) -> bool {
        let opens = |verb: &&str| {
            let Some(object) = term.strip_prefix(verb) else {
                return false;
            };
            let Some((next, _)) = object.char_indices().nth(1) else {
                return false;
            };
            !self.used_apart(&term[..verb.len() + next], term)
        };
        OBJECT_VERBS.iter().any(opens)
            || PREPOSITIONS.iter().any(opens)
            || CAUSATIVES.iter().any(opens)
            || MODALS.iter().any(opens)
    }

    /// Whether `word`, part of `term`, is a word used without the rest.
    pub(super) fn used_apart(&self, word: &str, term: &str) -> bool {
        self.count(word) > self.count(term) && self.has_word_boundaries(word)
    }

    /// A term of three characters or more that ends in a verb of
    /// [`OBJECT_VERBS`], [`PREPOSITIONS`] or [`OBJECT_FIRST_VERBS`] and
    /// never ends a clause (an opening mark after it opens the object): it
    /// waits for the verb's object.
    pub(super) fn verb_without_its_object(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let waits_for_an_object = OBJECT_VERBS
            .iter()
            .chain(PREPOSITIONS)
            .chain(OBJECT_FIRST_VERBS)
            .any(|verb| {
                term.strip_suffix(verb)
                    .is_some_and(|before| !before.is_empty())
            });
        let waits_for_a_verb = MODALS.iter().any(|modal| {
            let Some(before) = term.strip_suffix(modal) else {
                return false;
            };
            // The modal with the character before it (统要, not 需要).
            let last = before.chars().next_back().map_or(0, char::len_utf8);
            before.chars().nth(1).is_some() && !self.used_apart(&term[before.len() - last..], term)
        });
        own.right.edges == own.right.openings && (waits_for_an_object || waits_for_a_verb)
    }

    /// A term of three characters or more that begins with a bound suffix
    /// ([`BOUND_SUFFIXES`]) and never begins a clause, unless the suffix
    /// and the next character are a word used without the rest (化工).
    pub(super) fn begins_with_a_suffix(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let mut cuts = term.char_indices();
        let (Some((_, first)), Some(_), Some((third, _))) = (cuts.next(), cuts.next(), cuts.next())
        else {
            return false;
        };
        own.left.edges == 0
            && BOUND_SUFFIXES.contains(&first)
            && !self.used_apart(&term[..third], term)
    }

    /// A term that begins with a postposition of [`POSTPOSITIONS`] before a
    /// word of two characters or more used without it, where the term never
    /// begins a clause, unless the postposition and the next character are
    /// a word used apart (not 中积 of 中积厚成势 and 中积极进取).
    pub(super) fn begins_with_a_postposition(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let mut cuts = term.char_indices();
        let (Some((_, first)), Some((second, _)), Some((third, _))) =
            (cuts.next(), cuts.next(), cuts.next())
        else {
            return false;
        };
        own.left.edges == 0
            && POSTPOSITIONS.contains(&first)
            && self.used_apart(&term[second..], term)
            && !self.used_apart(&term[..third], term)
    }

    /// A term that never ends a clause with a preposition or particle of
    /// [`INNER_FUNCTION_CHARS`] after its first two characters or more, not
    /// bound to a neighbour as a word used apart: the subject and the
    /// preposition's phrase, cut before the predicate or noun it
    /// qualifies (习近平总书记对江苏工作), or a list's last item and what
    /// follows it (生命科学等领域, after 、).
    pub(super) fn preposition_cut_before_its_head(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let chars: Vec<(usize, char)> = term.char_indices().collect();
        // After an enumeration comma the term is a list's last item and
        // what the list shares, whether or not a clause ends after it
        // (房地产、中小金融机构等风险，).
        let listed = own.left.enumerations > 0;
        (2..chars.len().saturating_sub(1)).any(|i| {
            let (at, c) = chars[i];
            let after = chars[i + 1].0 + chars[i + 1].1.len_utf8();
            INNER_FUNCTION_CHARS.contains(&c)
                && match c {
                    LIST_CLOSER => listed,
                    _ => own.right.edges == 0,
                }
                && !self.used_apart(&term[chars[i - 1].0..at + c.len_utf8()], term)
                && !self.used_apart(&term[at..after], term)
        })
    }

    /// A term that opens with a list's numeral and its verb (一要, 二要,
    /// 三是加快): the point's number and what it says is to be done, unless
    /// the verb and the next character are a word used without the rest
    /// (要素 of 三要素).
    pub(super) fn enumeration_and_its_verb(&self, term: &str) -> bool {
        let mut cuts = term.char_indices();
        let (Some((_, numeral)), Some((verb_at, verb))) = (cuts.next(), cuts.next()) else {
            return false;
        };
        let bound = cuts
            .next()
            .is_some_and(|(next, c)| self.used_apart(&term[verb_at..next + c.len_utf8()], term));
        ENUMERATION_NUMERALS.contains(&numeral) && ENUMERATION_VERBS.contains(&verb) && !bound
    }

    /// A term longer than a quantity of [`INDEFINITE_QUANTITIES`] that
    /// begins or ends with it.
    pub(super) fn indefinite_quantity_at_an_edge(&self, term: &str) -> bool {
        INDEFINITE_QUANTITIES.iter().any(|quantity| {
            term.len() > quantity.len() && (term.starts_with(quantity) || term.ends_with(quantity))
        })
    }

    /// A term of three characters or more that ends in a preposition of
    /// [`FIGURE_PREPOSITIONS`] or begins with one of [`FROM_PREPOSITIONS`],
    /// and is followed by a number in [`NUMERAL_SHARE`] of its uses: a verb
    /// or a preposition and the start of its figure.
    pub(super) fn figure_preposition_at_an_edge(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        term.chars().nth(2).is_some()
            && (term.ends_with(FIGURE_PREPOSITIONS) || term.starts_with(FROM_PREPOSITIONS))
            && own.right.numeral_share() >= NUMERAL_SHARE
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

    /// A term longer than a conjunction of [`JOINING_CONJUNCTIONS`] that
    /// begins or ends with it.
    pub(super) fn joining_conjunction_at_an_edge(&self, term: &str) -> bool {
        JOINING_CONJUNCTIONS.iter().any(|conjunction| {
            term.len() > conjunction.len()
                && (term.starts_with(conjunction) || term.ends_with(conjunction))
        })
    }

    /// A term that ends in a pronoun of [`INTERROGATIVES`] after one
    /// character or more and never ends a clause.
    pub(super) fn question_cut_before_it_is_asked(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        own.right.edges == 0
            && INTERROGATIVES
                .iter()
                .any(|pronoun| term.len() > pronoun.len() && term.ends_with(pronoun))
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

    /// A term of three characters or more that ends in
    /// [`ASPECT_PARTICLE`], not after [`POTENTIAL_NEGATION`]: a verb and
    /// the particle of its completed action (获得了), no term.
    pub(super) fn ends_with_an_aspect_particle(&self, term: &str) -> bool {
        let mut back = term.chars().rev();
        let (Some(last), Some(before), Some(_)) = (back.next(), back.next(), back.next()) else {
            return false;
        };
        last == ASPECT_PARTICLE && before != POTENTIAL_NEGATION
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
    /// [`POSTPOSITIONS`] and never begins a clause, where [`FRAME_OPENER`]
    /// stands before it, up to [`FRAME_READ`] characters further, in
    /// [`FRAMED_SHARE`] of its uses: the inside of a phrase of place or
    /// time cut from its preposition (在财政|政策运用上,
    /// 在|政治战线和思想战线上), not a term.
    pub(super) fn inside_a_frame(&self, term: &str) -> bool {
        if term.chars().nth(2).is_none() || !term.ends_with(POSTPOSITIONS) {
            return false;
        }
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        own.left.edges == 0
            && self.framed_uses(own, term, FRAME_READ) as f64 >= FRAMED_SHARE * own.count as f64
    }

    /// The uses of `s` (used as `u`) with [`FRAME_OPENER`] before it, read
    /// back through the strings its neighbours make with it, `further`
    /// characters more.
    fn framed_uses(&self, u: &Usage, s: &str, further: usize) -> usize {
        u.left
            .chars
            .iter()
            .map(|&(c, n)| match c {
                FRAME_OPENER => n,
                _ if further == 0 => 0,
                _ => {
                    let longer = format!("{c}{s}");
                    self.strings
                        .get_or_look_up(&longer)
                        .map_or(0, |v| self.framed_uses(&v, &longer, further - 1))
                }
            })
            .sum()
    }
}
