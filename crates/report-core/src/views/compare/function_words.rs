//! The word rule's closed classes of function words whose place in a
//! string says it is part of a clause, not a term: an adverb of a
//! predicate after its subject, a verb of reaching before a figure, a verb
//! that must take an object (or a preposition, or a causative verb) and
//! the start of that object, such a verb at a term's end without it, a
//! bound suffix cut from its word, a postposition that closes the phrase
//! before, a preposition's phrase inside a term cut before what it
//! qualifies, a list's numeral and its verb, a quantity that names
//! nothing, a verb and the preposition of its figure. The particles,
//! conjunctions and frames are in particles.rs. Few counts are needed to
//! tell these, so they hold on a corpus of a few reports too.

use super::clause_rule::NUMERAL_SHARE;
use super::repeats::{is_numeral, CorpusUsage};
use super::word_rule::{BOUND_SHARE, LOOSE_EDGE_FACTOR, MIN_VARIETY, NEVER_FIRST};

/// Adverbs that only qualify a predicate (a closed class): after a term's
/// first two characters or more they begin what is said of a subject
/// (高质量发展明显进位, 服务业营收分别增长, 作用明显). 均 is left out: 年均
/// and 人均 are words (细颗粒物年均浓度).
const PREDICATE_ADVERBS: &[&str] = &["分别", "明显", "显著", "累计", "大幅", "稳步"];
/// Verbs that state a figure reached or a change by it (a closed class):
/// a term nearly always followed by a number that ends in one is a subject
/// and its figure (有效期内高新技术企业达 7800家; 超, exceeding, as 超过:
/// 抽检超 9000批次).
const FIGURE_VERBS: &[&str] = &[
    "达", "达到", "超", "超过", "突破", "增长", "增加", "提高", "下降", "减少",
];
/// Verbs that must take an object (a closed class: of relation, of
/// obtaining, and 占 of a share, X占Y的比重): a term that begins with one
/// is the verb and the start of its object (涉及政府职能方面问题整改, 获得银行
/// of 获得银行融资, 占本年预算 of 占本年预算支出的2.47%; 占用 is a word
/// used apart: 占用耕地 stays).
const OBJECT_VERBS: &[&str] = &[
    "涉及", "包括", "属于", "关于", "针对", "获得", "取得", "赢得", "占",
];
/// Prepositions that take an object and qualify the predicate after it
/// (a closed class): a term that begins with one is the preposition and
/// the start of its object (按照省委十一届十次 of 按照…全会部署, 通过深入改革
/// and 经过整风运动: through, by way of). 面向 is left out: it names
/// policies (面向南亚东南亚辐射中心).
const PREPOSITIONS: &[&str] = &[
    "按照", "根据", "依照", "依据", "围绕", "对于", "随着", "基于", "通过", "经过",
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
/// used apart, it stays, unless at a term's start the character after the
/// modal begins clauses at [`VERB_AFTER_A_MODAL`] times the corpus's rate
/// or more, as a verb of its own does (有 of 要有一个好的作风: 1.4 times in
/// the State Council's reports, 1.65 in the provinces'); the second half
/// of a word seldom does (素 of 要素 0.22, 求 of 要求 0.15, 点 of 要点 0.01).
const MODALS: &[&str] = &["要", "必须", "应当"];
const VERB_AFTER_A_MODAL: f64 = 1.0;
/// The particle that joins an attribute to its noun, inside a phrase.
const PARTICLE_DE: char = '的';
/// Postpositions that close a phrase of place or time (a closed class: 在
/// …中, 在…上): a term that begins with one before a word used without
/// it, where the term never begins a clause, hangs over from the phrase
/// before (中积厚成势 of 在推动高质量发展中积厚成势). The postposition and
/// the next character may be a word used apart (中小企业 beside 中小学).
pub(super) const POSTPOSITIONS: &[char] = &['中', '上', '里'];
/// Characters that end words as bound suffixes (a closed class: 省级 国家级,
/// 创新性, 现代化, 科技型, 劳动者, 增长率, and the 区 of a named area:
/// 自治区, 先行区): a term that begins with one, where the term never begins
/// a clause, is cut from the word before it (级农业龙头企业, 区筹委会 of
/// 特别行政区筹委会). The suffix and the next character may be a word used
/// without the rest (化工, 性能, 率先, 区域).
const BOUND_SUFFIXES: &[char] = &['级', '性', '化', '型', '者', '率', '区'];
/// Prepositions that stand inside a phrase after its subject, and the
/// particle that closes a list (a closed class): 习近平总书记对江苏工作 is
/// cut before what the preposition's phrase qualifies (重要讲话精神),
/// 产值比去年同期增长 before the figure its comparison (比, than) states,
/// and 生命科学等领域 from the list it ends (人工智能、生命科学等领域) and
/// what follows. The character is bound where it and a neighbour are a
/// word used apart (应对, 对外, 把握, 平等, 相比). 为 and 向 are left out:
/// set phrases hold them (以人民为中心的, 回升向好态势).
const INNER_FUNCTION_CHARS: &[char] = &['对', '把', COMPARISON, LIST_CLOSER];
/// The preposition of a comparison (than): what follows it is the
/// standard compared with, then the predicate.
pub(super) const COMPARISON: char = '比';
/// Prepositions that stand before the verb they qualify, with their
/// object (a closed class: 比, than; 同, with; 对, to): a term that opens
/// with one and then with a word that begins clauses elsewhere, its first
/// two characters standing after the preposition in under
/// [`BOUND_SHARE`] of their uses, is the preposition and its object, cut
/// before the verb (比上一年 of 比上一年增长: 上一 after 比 in 30 of its 62
/// uses, also in 上一个; 同广大发展中国家的团结; 对受疫情影响严重). The
/// whole rest may stand only there. Where the preposition and the next
/// character are a word used apart that goes on in varied ways (对外 of
/// 对外贸易, 同一), the term begins with that word; 比上 is followed by 年
/// in nearly all its uses, no word of its own, and 较完 of 比较完整 only
/// ever stands after 比.
const OBJECT_PREPOSITIONS: &[char] = &[COMPARISON, '同', '对'];
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
    /// figure it reached, however seldom its parts are seen. A use where
    /// the character after the term makes the verb a longer one of them
    /// (达|到 of 总产值达到 3500亿元, 超|过) goes on into its figure too: the
    /// term is cut inside its verb (总产值达, before 到 and before numbers;
    /// 分别达, 分别达到 and 分别达 96%).
    pub(super) fn reaches_a_figure(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let right = &own.right;
        FIGURE_VERBS.iter().any(|verb| {
            let longer_verb: usize = right
                .chars
                .iter()
                .filter(|&&(c, _)| FIGURE_VERBS.contains(&format!("{verb}{c}").as_str()))
                .map(|&(_, n)| n)
                .sum();
            term.strip_suffix(verb)
                .is_some_and(|subject| subject.chars().nth(1).is_some())
                && right.numeral_share() + longer_verb as f64 / right.seen.max(1) as f64
                    >= NUMERAL_SHARE
        })
    }

    /// A term that begins with a verb of [`OBJECT_VERBS`], a preposition
    /// of [`PREPOSITIONS`], a causative of [`CAUSATIVES`] or a modal of
    /// [`MODALS`] and two characters or more after it, unless the verb and
    /// the next character are a word used without the rest (获得感 of
    /// 获得感幸福感, 使用 of 使用效率, 根据地, 要素保障); after a modal, a
    /// next character that begins clauses as a verb does is no part of a
    /// word with it (要有一个好的作风). An adverb may stand before the verb
    /// (共占本年支出), where it makes no word with the verb and the rest is
    /// used at least [`LOOSE_EDGE_FACTOR`] times as often (需要在 and
    /// 只要 hold words).
    pub(super) fn verb_and_its_object(&self, term: &str) -> bool {
        // An adverb before the verb (共占本年支出: 共, in all): a first
        // character that is no word with the next, where the rest is used
        // at least twice as often.
        let after_an_adverb = term.char_indices().nth(2).is_some_and(|(second_end, _)| {
            let rest = &term[term.chars().next().map_or(0, char::len_utf8)..];
            self.count(rest) >= LOOSE_EDGE_FACTOR * self.count(term)
                && !self.used_apart(&term[..second_end], term)
                && self.opens_with_a_verb_and_its_object(rest)
        });
        self.opens_with_a_verb_and_its_object(term) || after_an_adverb
    }

    /// Whether `term` opens with a verb, a preposition, a causative or a
    /// modal and the start of what it takes (see [`Self::verb_and_its_object`]).
    fn opens_with_a_verb_and_its_object(&self, term: &str) -> bool {
        let opens = |verb: &&str, modal: bool| {
            let Some(object) = term.strip_prefix(verb) else {
                return false;
            };
            let mut chars = object.char_indices();
            let (Some((_, first)), Some((next, _))) = (chars.next(), chars.next()) else {
                return false;
            };
            let a_verb = |c: char| {
                self.edge_propensity(c, true)
                    .is_some_and(|p| p >= VERB_AFTER_A_MODAL)
            };
            !self.used_apart(&term[..verb.len() + next], term) || (modal && a_verb(first))
        };
        OBJECT_VERBS
            .iter()
            .chain(PREPOSITIONS)
            .chain(CAUSATIVES)
            .any(|verb| opens(verb, false))
            || MODALS.iter().any(|modal| opens(modal, true))
    }

    /// A term of three characters or more that opens with a preposition
    /// of [`OBJECT_PREPOSITIONS`] and its object's first word, used mostly
    /// without it.
    pub(super) fn preposition_before_its_object(&self, term: &str) -> bool {
        let mut chars = term.char_indices();
        let (Some((_, first)), Some((second, _)), Some((third, c))) =
            (chars.next(), chars.next(), chars.next())
        else {
            return false;
        };
        let end = third + c.len_utf8();
        let object = self.read_count(&term[second..end]) as f64;
        OBJECT_PREPOSITIONS.contains(&first)
            && self.opens_clauses(&term[second..])
            && (self.read_count(&term[..end]) as f64) < BOUND_SHARE * object
            && !self.word_going_on(&term[..third], term)
    }

    /// Whether `word`, part of `term`, is a word used apart whose next
    /// character varies: no one character follows it in [`BOUND_SHARE`] of
    /// its uses.
    fn word_going_on(&self, word: &str, term: &str) -> bool {
        self.used_apart(word, term)
            && self.strings.get(word).is_some_and(|u| {
                u.right
                    .most_common()
                    .is_none_or(|(_, n)| (n as f64) < BOUND_SHARE * u.count as f64)
            })
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
    /// word or phrase of two characters or more used without it (a phrase:
    /// more often than the term, with varied neighbours on both sides, as
    /// 存在的问题 of 工作中存在的问题 and 生活中存在的问题), where the term
    /// never begins a clause, unless the postposition and the next
    /// character are a word used apart (not 中积 of 中积厚成势 and
    /// 中积极进取; never with 的 or 是, which make the place an attribute of
    /// the word or phrase after them: 中的|重要作用).
    pub(super) fn begins_with_a_postposition(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let mut cuts = term.char_indices();
        let (Some((_, first)), Some((second, next)), Some((third, _))) =
            (cuts.next(), cuts.next(), cuts.next())
        else {
            return false;
        };
        // After 的 the phrase the place qualifies begins (中的|重要作用).
        let attribute = NEVER_FIRST.contains(&next);
        let rest = &term[if attribute { third } else { second }..];
        own.left.edges == 0
            && POSTPOSITIONS.contains(&first)
            && rest.chars().nth(1).is_some()
            && (self.used_apart(rest, term) || self.phrase_used_apart(rest, term, attribute))
            && (attribute || !self.used_apart(&term[..third], term))
    }

    /// Whether `phrase`, part of `term`, holds 的 after its first word (or
    /// follows one: `after_de`) and is used more often than the term with
    /// [`MIN_VARIETY`] neighbours on both sides: a phrase, whose inner
    /// boundary is wider than its edges (存在的问题, 重要作用 of 中的重要作用).
    /// A string that is no phrase is left alone: 原大地 of 中原大地 follows
    /// 高 and 草 too. A numeral at its start counts the object of a verb
    /// before it (上一个新的台阶: 上 is the verb), not what follows a place.
    fn phrase_used_apart(&self, phrase: &str, term: &str, after_de: bool) -> bool {
        (after_de || phrase.chars().skip(2).any(|c| c == PARTICLE_DE))
            && !phrase.starts_with(is_numeral)
            && self.strings.get_or_look_up(phrase).is_some_and(|u| {
                u.count > self.count(term) && u.left.value().min(u.right.value()) >= MIN_VARIETY
            })
    }

    /// A term that never ends a clause with a preposition or particle of
    /// [`INNER_FUNCTION_CHARS`] after its first two characters or more, not
    /// bound to a neighbour as a word used apart: the subject and the
    /// preposition's phrase, cut before the predicate or noun it
    /// qualifies (习近平总书记对江苏工作; of a comparison, seldom ending a
    /// clause but at a number: 今年上半年又比去年同期), or a list's last
    /// item and what follows it (生命科学等领域, after 、).
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
                    // A comparison's predicate follows its standard (a
                    // word: two characters or more), and the figure it
                    // states (产值比去年同期增长 8%): a number after the
                    // term, or a stray comma, is no end. 优良天数比率 ends
                    // in a word that holds 比.
                    COMPARISON => {
                        i + 2 < chars.len() && (own.right.edges - own.right.digits) * 2 < own.count
                    }
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
}
