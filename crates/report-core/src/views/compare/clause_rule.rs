//! Shapes of a clause that are no term, judged from the corpus's counts:
//! a measure counted by the number before it, a subject and what it does,
//! an attribute without its noun, two predicates glued, a subject and the
//! figure its verb states, a character of the next phrase over an edge, a
//! speaker and the verb of saying.

use super::repeats::{is_numeral, CorpusUsage, Usage, Variety};
use super::word_rule::{
    EDGE_PROPENSITY, LOOSE_EDGE_FACTOR, MIN_BOUND_COUNT, MIN_EXPECTED_EDGES, MIN_VARIETY,
};

/// A term whose first character is a measure word counted by the number
/// before it (12项指标, 39个欠发达县域): the term follows a numeral in this
/// share of its uses, and its first character follows one in
/// [`MEASURE_SHARE`] of its uses across the corpus (项, 个, 家, 名…; not
/// 规 of 十四五规划, which a numeral precedes only in that name).
pub(super) const NUMERAL_SHARE: f64 = 0.8;
/// Personal, demonstrative and interrogative pronouns (a closed class): a
/// term of three characters or more that begins with one, where it begins
/// clauses as a subject does, runs on into the clause (我区将持续巩固,
/// 我们坚定不移, 这更加坚定我们, 谁要享受); the pronoun's own word stays
/// (我区, 我们, 其中).
fn is_pronoun(c: char) -> bool {
    PERSONAL_PRONOUNS.contains(&c) || OTHER_PRONOUNS.contains(&c)
}
/// The personal pronouns' characters (我们, 它们 with the plural 们).
pub(super) const PERSONAL_PRONOUNS: &[char] = &['我', '你', '他', '她', '它', '咱'];
/// The demonstrative and interrogative ones.
const OTHER_PRONOUNS: &[char] = &['这', '那', '其', '此', '该', '谁'];
/// A subject begins clauses at least at the corpus's rate.
const SUBJECT_PROPENSITY: f64 = 1.0;
/// A predicate of its own: a string that begins clauses at this many times
/// the corpus's rate, as verbs that take an object do where Chinese drops
/// the subject (打造, 提高, 表示, 加强: 3.6 to 8 times on the reports);
/// verbs used as nouns stay far below it (发展, 建设, 改革, 治理: under
/// 1.7), and so do most nouns that begin clauses as topics (高原 2.6).
const PREDICATE_PROPENSITY: f64 = 3.0;
/// A verb and the start of its object are a free combination: they stand
/// side by side under this many times as often as chance would put them,
/// the product of their counts over the corpus's characters (推进国家 6.5,
/// 建设全国 3.3, 提升城市 10.1 times on the provincial reports; the set
/// phrases 城市治理 32 there, 农业农村 19, 中央政府 13, 地方财政 72 on the
/// State Council's).
const FREE_COMBINATION: f64 = 12.0;
const MEASURE_SHARE: f64 = 0.25;
/// A verb waiting for its object begins clauses at this many times the
/// corpus's rate, where the term it ends seldom ends a clause itself
/// (推进 2.9, 创建 2.6 on the provincial reports): lower than
/// [`PREDICATE_PROPENSITY`], which judges terms that do end clauses.
const OBJECT_PROPENSITY: f64 = 2.5;
/// A character that closes the word before a term (a postposition, 上 of
/// 在…上): it ends clauses at [`CLOSING_PROPENSITY`] times the corpus's
/// rate and begins them under [`SELDOM_PROPENSITY`]; the character after
/// it begins clauses at [`CLOSING_PROPENSITY`] times the rate (开 of
/// 开新局), and the mirror at a term's end.
const CLOSING_PROPENSITY: f64 = 2.0;
const SELDOM_PROPENSITY: f64 = 0.5;
/// Verbs that introduce what someone said (a closed class): a term that
/// ends in one is a speaker and the verb (吕灿华表示), not a term.
const SPEECH_VERBS: &[&str] = &["表示", "指出", "强调", "认为", "介绍"];
/// Ordinals and determiners that take a measure word as numerals do (a
/// closed class): before a measure they count it as a number does (首个
/// of 首个沙戈荒大基地, 每个, 各项, 这批, 本届, 本世纪; 今, this, of
/// 今年: 年一月 of 今年一月 beside 一九七六年一月).
const DETERMINERS: &[char] = &['首', '每', '各', '某', '这', '那', '哪', '本', '今'];
/// The prefix of an ordinal (第一, 第十四): with its numeral, a word.
const ORDINAL_PREFIX: char = '第';
/// A number's unit: at most this many characters after the numerals of a
/// term that follows a number (万吨, 号线, 亿元, 公里, 万千瓦).
const UNIT_MAX_CHARS: usize = 2;
/// Numerals that stand for no definite number (多元, 几何 are words).
const INDEFINITE_NUMERALS: &[char] = &['多', '几'];
/// Distinct numerals (the digits counting as one) a measure follows: a
/// measure counts many numbers (个, 元, 年), a word that begins with a
/// numeral follows one or two (两岸, 三峡, 一带).
const MEASURE_NUMERALS: usize = 3;
/// A number whose measure was cut, or cut inside, is followed by a measure
/// or more numerals in more than this share of its uses.
const MEASURED_SHARE: f64 = 0.5;
/// Adverbs of negation (a closed class) that may stand before a verb and
/// its object (不反对台湾|作为…).
const NEGATIONS: &[char] = &['不', '未'];
/// Words that open a fraction or a percentage written out (a closed
/// class: 百分之六点五 is 6.5%): a term that holds one holds a figure.
const FRACTION_OPENERS: &[&str] = &["百分之", "千分之", "万分之"];
/// Numerals at a term's end, after a character that is none, that make it
/// a figure cut inside its number (达到六百零八 of 六百零八亿元).
const TRAILING_NUMERALS: usize = 2;

impl CorpusUsage<'_> {
    /// A term nearly always followed by a number that ends in a verb
    /// stating it: a subject and what it reached (肉牛屠宰加工量突破 100万头,
    /// 标准每月提高 20元, 售额增长 7.8%), not a term. The verb, its last two
    /// characters, is a word used apart from the term that begins clauses
    /// as predicates do (提高), or one followed by a number in a quarter of
    /// its uses across the corpus (增长, 达到, 突破) after a subject used
    /// without it (肉牛屠宰加工量). A noun counted after the term (初高中学位
    /// 1万个: 学位 is often followed by a number too) stays where its first
    /// part is used only with it, and so does one whose last two
    /// characters are seldom counted (雏鹰瞪羚独角兽企业 1200家).
    pub(super) fn states_a_figure(&self, term: &str) -> bool {
        let (Some(own), Some((at, _))) = (self.strings.get(term), term.char_indices().rev().nth(1))
        else {
            return false;
        };
        if term.chars().count() < 3 || own.right.numeral_share() < NUMERAL_SHARE {
            return false;
        }
        let (subject, verb) = term.split_at(at);
        self.strings.get(verb).is_some_and(|u| {
            u.count > own.count
                && self.has_word_boundaries(verb)
                && (self.begins_clauses_at(u, PREDICATE_PROPENSITY)
                    || (u.right.numeral_share() >= MEASURE_SHARE
                        && self.count(subject) > own.count))
        })
    }

    /// Whether a string used as `u` begins clauses at `propensity` times
    /// the corpus's rate, seen there [`MIN_BOUND_COUNT`] times or more: a
    /// verb whose subject is dropped.
    fn begins_clauses_at(&self, u: &Usage, propensity: f64) -> bool {
        u.left.edges >= MIN_BOUND_COUNT
            && u.left.edges as f64 >= propensity * self.expected_edges(u)
    }

    /// A term of three characters or more whose first character closes
    /// the word before it and whose second begins clauses, where the term
    /// never begins one (上开新局 of 在…上开新局: 上 ends clauses, 开 begins
    /// them), or the mirror at its end: the term starts (ends) across a
    /// boundary, with a character of the next phrase hanging over it.
    pub(super) fn hangs_over_a_clause_edge(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let cuts: Vec<usize> = term.char_indices().map(|(at, _)| at).collect();
        let (Some(&second), Some(&before_last)) = (cuts.get(2), cuts.iter().rev().nth(1)) else {
            return false;
        };
        let propensity = |c: char, left: bool| self.edge_propensity(c, left).unwrap_or(1.0);
        // The edge `pair` of two characters: the outer one stands at a
        // clause's edge on its far side (上 ends clauses) and seldom on the
        // term's side, the inner one stands at a clause's edge next to it
        // (开 begins clauses), and together they make no word (系统: 系
        // ends clauses and 统 begins them).
        let hangs = |pair: &str, left: bool| {
            let mut chars = pair.chars();
            let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
                return false;
            };
            let (outer, inner) = if left {
                (first, second)
            } else {
                (second, first)
            };
            propensity(outer, !left) >= CLOSING_PROPENSITY
                && propensity(outer, left) < SELDOM_PROPENSITY
                && propensity(inner, left) >= CLOSING_PROPENSITY
                && !self.has_word_boundaries(pair)
        };
        (own.left.edges == 0 && hangs(&term[..second], true))
            || (own.right.edges == 0 && hangs(&term[before_last..], false))
    }

    /// A term that ends in a verb of saying ([`SPEECH_VERBS`]) used apart
    /// from it: who spoke and the verb that introduces what they said.
    pub(super) fn speaker_and_verb(&self, term: &str) -> bool {
        SPEECH_VERBS.iter().any(|verb| {
            term.len() > verb.len() && term.ends_with(verb) && self.count(verb) > self.count(term)
        })
    }

    /// A term that opens as a predicate does and ends in a predicate of
    /// its own: its first part (an adverb or a verb: 持续, 大力, 支持) begins
    /// clauses far more often than the corpus's rate and seldom ends one,
    /// and its last part (a verb waiting for its object: 打造, 实施) begins
    /// clauses as often. Two predicates glued (持续用力打造, 大力实施) are a
    /// phrase, not a term. Nouns made of verbs end terms (高质量发展,
    /// 新旧动能转换): they seldom begin a clause; nouns that begin clauses
    /// as topics also end them (细颗粒物年均浓度). A numeral begins
    /// clauses as an enumeration does: 三高四新 is a name.
    pub(super) fn two_predicates_glued(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        // A term that seldom ends a clause waits for its verb's object
        // (奋力推进 before its object in 22 of 23 uses).
        let propensity = match (own.right.edges as f64) < self.expected_edges(own) {
            true => OBJECT_PROPENSITY,
            false => PREDICATE_PROPENSITY,
        };
        let cuts: Vec<usize> = term.char_indices().map(|(at, _)| at).skip(2).collect();
        let Some(opener_end) = cuts
            .iter()
            .copied()
            .find(|&at| self.opens_a_predicate(&term[..at]))
        else {
            return false;
        };
        cuts.iter().any(|&at| {
            let rest = &term[at..];
            at >= opener_end
                && rest.chars().nth(1).is_some()
                && !rest.chars().next().is_some_and(is_numeral)
                && self
                    .strings
                    .get(rest)
                    .is_some_and(|u| self.begins_clauses_at(u, propensity))
        })
    }

    /// Whether `part` begins clauses at [`PREDICATE_PROPENSITY`] times the
    /// corpus's rate and ends them under the rate, both judged where the
    /// rate expects [`MIN_EXPECTED_EDGES`]: an adverb or a verb that needs
    /// what follows it.
    fn opens_a_predicate(&self, part: &str) -> bool {
        self.strings.get(part).is_some_and(|u| {
            let expected = self.expected_edges(u);
            expected >= MIN_EXPECTED_EDGES
                && u.left.edges as f64 >= PREDICATE_PROPENSITY * expected
                && (u.right.edges as f64) < expected
        })
    }

    /// A term of three characters or more that begins with a pronoun
    /// ([`is_pronoun`]) which begins clauses in the corpus: a subject and
    /// what it does, not a term. A name that begins with such a character
    /// (那曲) seldom begins clauses with it and stays.
    pub(super) fn runs_on_from_a_subject(&self, term: &str) -> bool {
        let Some(first) = term.chars().next() else {
            return false;
        };
        // Seen beginning clauses often (not never, as `edge_propensity`
        // asks): a few such uses tell even where few are expected.
        let Some(left) = self.char_left.get(&first) else {
            return false;
        };
        let expected = left.seen as f64 * self.runs as f64 / self.chars.max(1) as f64;
        term.chars().count() >= 3
            && is_pronoun(first)
            && left.edges >= MIN_BOUND_COUNT
            && left.edges as f64 >= SUBJECT_PROPENSITY * expected
    }

    /// A phrase with 的 inside whose last two characters seldom end a
    /// clause across the corpus, where the term never does: an attribute
    /// cut before the noun it qualifies (作为现代化建设的重要 before 基石,
    /// 保障, 标志). 吉林工作的系列重要指示精神 ends as clauses do.
    pub(super) fn attribute_without_its_head(&self, term: &str) -> bool {
        let chars: Vec<(usize, char)> = term.char_indices().collect();
        let (Some(own), Some(&(tail, _))) = (self.strings.get(term), chars.iter().rev().nth(1))
        else {
            return false;
        };
        let inner_de = chars[1..chars.len() - 1].iter().any(|&(_, c)| c == '的');
        let Some(head) = self.strings.get(&term[tail..]) else {
            return false;
        };
        let expected = self.expected_edges(head);
        inner_de
            && own.right.edges == 0
            && expected >= MIN_EXPECTED_EDGES
            && (head.right.edges as f64) < EDGE_PROPENSITY * expected
    }

    /// A term that nearly always follows a numeral and begins with a
    /// measure, with two characters or more after it: the number's measure
    /// and what it counts, not a term (个欠发达县域 of 39个欠发达县域,
    /// 公里架空线 of 100公里…, 万个就业岗位 of 50万个…). The measure is
    /// the first character where numerals or determiners often precede it
    /// across the corpus (个, 家, 名; 种 of 多种金融组织, after 各种 and
    /// 这种 more than after numerals), or one that precedes a word used more often
    /// without it (项 of 项指标: 项目 makes 项 seldom counted, but 指标 is
    /// a word of its own), or else the first two characters, used outside
    /// the term too (公里, 万个, 世纪 of 21世纪海上丝绸之路 after 本 and
    /// numbers; not 启航 of 2030启航计划, a name). A
    /// measure alone or with one character more is a unit
    /// ([`CorpusUsage::names_a_quantity`]). The numerals before the term
    /// include the ordinals and determiners that count a measure
    /// ([`DETERMINERS`]: 首个沙戈荒大基地 beside 6个沙戈荒大基地).
    pub(super) fn counted_by_a_numeral(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        if counted_share(&own.left) < NUMERAL_SHARE {
            return false;
        }
        let mut cuts = term.char_indices().skip(1).map(|(at, _)| at);
        let (Some(second), Some(third)) = (cuts.next(), cuts.next()) else {
            return false;
        };
        let measure_share = |prefix: &str| {
            match prefix.chars().count() {
                1 => self
                    .char_left
                    .get(&prefix.chars().next().unwrap_or_default()),
                _ => self.strings.get(prefix).map(|u| &u.left),
            }
            .map_or(0.0, counted_share)
        };
        let (first, rest) = term.split_at(second);
        let long_rest = |rest: &str| rest.chars().count() >= 2;
        // The rest is a word of its own: by its boundaries, or, used
        // twice as often as the term, after varied characters: measures
        // count it too (民生实事 after 件, 项, 批, 好…), so its left edge
        // varies less than its inside branches (民生|实事) and its
        // boundaries alone do not say it.
        let apart = |rest: &str| {
            self.has_word_boundaries(rest)
                || self
                    .strings
                    .get(rest)
                    .is_some_and(|u| u.left.value() >= MIN_VARIETY)
        };
        let measure_first = !first.chars().any(is_numeral)
            && long_rest(rest)
            && (measure_share(first) >= MEASURE_SHARE
                || (self.count(rest) >= own.count * LOOSE_EDGE_FACTOR && apart(rest)));
        let two = &term[..third];
        measure_first
            || (measure_share(two) >= MEASURE_SHARE
                && self.count(two) >= own.count * LOOSE_EDGE_FACTOR
                && long_rest(&term[third..]))
    }
}

/// The share of the neighbours `v` counts that are numbers (digits, Han
/// numerals) or determiners that count as numbers do ([`DETERMINERS`]).
fn counted_share(v: &Variety) -> f64 {
    let han = v.count_of(|c| is_numeral(c) || DETERMINERS.contains(&c));
    (v.digits + han) as f64 / v.seen.max(1) as f64
}

/// A numeral that says how many (not 多 or 几).
fn is_definite_numeral(c: char) -> bool {
    is_numeral(c) && !INDEFINITE_NUMERALS.contains(&c)
}

/// Whether a string is followed, in more than [`MEASURED_SHARE`] of its
/// uses, by a digit or by one of the `counted` Han characters after it.
fn mostly_followed(own: &Usage, counted: usize) -> bool {
    (counted + own.right.digits) as f64 > MEASURED_SHARE * own.count as f64
}

impl CorpusUsage<'_> {
    /// A number's unit or a number and its measure, which say how a report
    /// counts and not what it is about: a term that follows a number in
    /// [`NUMERAL_SHARE`] of its uses and has at most [`UNIT_MAX_CHARS`]
    /// characters after its own numerals (7.2万名, 2号线, 15公里, 100万千瓦),
    /// or numerals and one measure (千亿元 after 超, 一九七六年, 六个), the
    /// measure being a character that follows [`MEASURE_NUMERALS`] distinct
    /// numerals and numerals in [`MEASURE_SHARE`] of its uses. A word that
    /// begins with a numeral stays (两岸 and 三峡: 岸 and 峡 follow one
    /// numeral; 多元: 多 is no definite number; 三个新的更大进展).
    pub(super) fn names_a_quantity(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let rest = term.trim_start_matches(is_numeral);
        if own.left.numeral_share() >= NUMERAL_SHARE && rest.chars().count() <= UNIT_MAX_CHARS {
            return true;
        }
        let numerals = &term[..term.len() - rest.len()];
        let mut rest_chars = rest.chars();
        let (Some(measure), None) = (rest_chars.next(), rest_chars.next()) else {
            return false;
        };
        !numerals.is_empty() && !numerals.contains(INDEFINITE_NUMERALS) && self.is_measure(measure)
    }

    /// A character that follows [`MEASURE_NUMERALS`] distinct numerals (the
    /// digits counting as one) and numerals in [`MEASURE_SHARE`] of its
    /// uses: a measure (元, 个, 年), not the head of a word with a numeral
    /// (岸 of 两岸).
    pub(super) fn is_measure(&self, c: char) -> bool {
        self.char_left.get(&c).is_some_and(|v| {
            let kinds =
                v.chars.iter().filter(|(c, _)| is_numeral(*c)).count() + usize::from(v.digits > 0);
            kinds >= MEASURE_NUMERALS && v.numeral_share() >= MEASURE_SHARE
        })
    }

    /// A term of numerals only, or that ends in numerals after a word
    /// (no indefinite numeral, no ordinal or determiner before them: 第一,
    /// 这一), followed by a measure ([`Self::is_measure`]) or by more
    /// numerals (digits, or definite numerals in characters) in more than
    /// half its uses: a number whose measure was cut (万亿 of 5.67万亿元,
    /// 万亿级; 出一 of 推出一批, 走出一条), or cut inside (一九八 of
    /// 一九八三年 and 一九八○年, 一九九 of 一九九○年). 十四五 stays: 规 of
    /// 规划 and 时 of 时期 are not measures; so does 统一, seldom counting.
    pub(super) fn numerals_without_their_measure(&self, term: &str) -> bool {
        let numerals = term.chars().rev().take_while(|&c| is_numeral(c)).count();
        let before = term.chars().rev().nth(numerals);
        if numerals == 0
            || term
                .chars()
                .rev()
                .take(numerals)
                .any(|c| !is_definite_numeral(c))
            || before.is_some_and(|c| c == ORDINAL_PREFIX || DETERMINERS.contains(&c))
        {
            return false;
        }
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let measured = own
            .right
            .count_of(|c| self.is_measure(c) || is_definite_numeral(c));
        mostly_followed(own, measured)
    }

    /// A term that ends in a numeral and a measure ([`Self::is_measure`]:
    /// 届, 次) and is followed by more numerals (digits, or definite
    /// numerals in characters) in more than half its uses: an ordinal cut
    /// before the number of what it counts (党的二十届|三中全会, 党的十八大
    /// 和十八届|三中、四中全会).
    pub(super) fn ordinal_cut_before_its_number(&self, term: &str) -> bool {
        let mut back = term.chars().rev();
        let (Some(measure), Some(numeral)) = (back.next(), back.next()) else {
            return false;
        };
        if !is_numeral(numeral) || is_numeral(measure) || !self.is_measure(measure) {
            return false;
        }
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        mostly_followed(own, own.right.count_of(is_definite_numeral))
    }

    /// A term that opens as a predicate does ([`Self::opens_a_predicate`]:
    /// its first two characters or more, no numeral among them, begin
    /// clauses at [`PREDICATE_PROPENSITY`] times the corpus's rate) and
    /// ends in a numeral and one character more, never ending a clause,
    /// where the numeral and that character end clauses under the
    /// corpus's rate, as a count waiting for what it counts does: a verb
    /// and the count of what it takes, cut before what is counted (走出一条
    /// of 走出一条新路: 一条 ends 2 clauses of its 33 uses in the State
    /// Council's reports, where the rate expects 3.3). A count that is a
    /// time or an amount ends clauses as often as most words (过去一年,
    /// 过去五年); a noun before a count (世界一流, 天宫二号) seldom begins a
    /// clause as a verb does; a verb of one character is not told from a
    /// word's first (进 of 进一步, 下 of 下一步), and not judged.
    pub(super) fn verb_and_a_count_without_what_it_counts(&self, term: &str) -> bool {
        let mut back = term.char_indices().rev();
        let (Some(own), Some((_, last)), Some((numeral_at, numeral))) =
            (self.strings.get(term), back.next(), back.next())
        else {
            return false;
        };
        let verb = &term[..numeral_at];
        if own.right.edges > 0
            || is_numeral(last)
            || !is_definite_numeral(numeral)
            || verb.chars().any(is_numeral)
        {
            return false;
        }
        let waits = self
            .strings
            .get_or_look_up(&term[numeral_at..])
            .is_some_and(|count| (count.right.edges as f64) < self.expected_edges(&count));
        waits
            && verb
                .char_indices()
                .skip(2)
                .map(|(at, _)| at)
                .chain([verb.len()])
                .filter(|&at| verb[..at].chars().nth(1).is_some())
                .any(|at| self.opens_a_predicate(&verb[..at]))
    }

    /// A term of four characters or more that opens with a verb taking an
    /// object: its first two characters begin clauses at
    /// [`PREDICATE_PROPENSITY`] times the corpus's rate, as a verb whose
    /// subject is dropped does, and are followed by a quoted object (an
    /// opening mark) [`MIN_BOUND_COUNT`] times or more (推进“放管服”改革,
    /// 筑牢“…”; names that begin clauses seldom are: 中共, 青藏, 有色; 国家
    /// is, but seldom begins a clause) before a word
    /// used apart (政府, 农业, 首都), where the term never ends a clause but
    /// at a list's comma or an opening mark: the verb and the start of its
    /// object, which goes on (推进政府|职能转变, 推进政府|机构改革,
    /// 筑牢首都政治、安全“护城河”). A verb phrase that is whole ends clauses
    /// (推动高质量发展, 打造经济发展新引擎). A negation of [`NEGATIONS`] may
    /// stand before the verb (不反对台湾|同其他国家…).
    pub(super) fn predicate_and_the_start_of_its_object(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let cuts: Vec<usize> = term.char_indices().map(|(at, _)| at).collect();
        // A negation before the verb leaves it the verb (不|反对).
        let verb_at = usize::from(term.starts_with(NEGATIONS));
        let (Some(&verb_start), Some(&verb_end), Some(_)) = (
            cuts.get(verb_at),
            cuts.get(verb_at + 2),
            cuts.get(verb_at + 3),
        ) else {
            return false;
        };
        let word_end = cuts.get(verb_at + 4).copied().unwrap_or(term.len());
        own.right.edges == own.right.enumerations + own.right.openings
            && self
                .strings
                .get(&term[verb_start..verb_end])
                .is_some_and(|verb| {
                    verb.right.openings >= MIN_BOUND_COUNT
                        && self.begins_clauses_at(verb, PREDICATE_PROPENSITY)
                })
            && self.used_apart(&term[verb_end..word_end], term)
    }

    /// A term of four characters or more that opens with a verb standing as
    /// a predicate of its own, two characters that begin clauses and end
    /// them, each at the corpus's rate or more ([`SUBJECT_PROPENSITY`]: a
    /// verb whose subject and object may both be dropped, 推进, 建设, 提升),
    /// before a word used apart, where the term never ends a clause but at
    /// a list's comma or an opening mark and the two are a free
    /// combination ([`FREE_COMBINATION`]). The verb and the start of its
    /// object, which goes on (推进国家|…, 提升城市|…). A noun that begins
    /// clauses as a subject seldom ends one (中央 of 中央财政, 中央政府); a
    /// set phrase stands together far more often than chance (城市治理,
    /// 农业农村, 能源资源, 地方财政); a verb and its whole object ends
    /// clauses.
    pub(super) fn verb_and_a_free_start_of_its_object(&self, term: &str) -> bool {
        let Some(own) = self.strings.get(term) else {
            return false;
        };
        let cuts: Vec<usize> = term.char_indices().map(|(at, _)| at).collect();
        let (Some(&verb_end), Some(_)) = (cuts.get(2), cuts.get(3)) else {
            return false;
        };
        let (verb, object) = (&term[..verb_end], &term[verb_end..]);
        // Side by side under FREE_COMBINATION times as often as chance
        // would put them.
        let chance = self.read_count(verb) as f64 * self.read_count(object) as f64
            / self.chars.max(1) as f64;
        own.right.edges == own.right.enumerations + own.right.openings
            && self.strings.get_or_look_up(verb).is_some_and(|u| {
                self.begins_clauses_at(&u, SUBJECT_PROPENSITY)
                    && (u.right.edges - u.right.digits) as f64
                        >= SUBJECT_PROPENSITY * self.expected_edges(&u)
            })
            && self.used_apart(object, term)
            && (own.count as f64) < FREE_COMBINATION * chance
    }

    /// A term that holds a figure written in words: a fraction or a
    /// percentage opened by a word of [`FRACTION_OPENERS`] (增长百分之六点,
    /// 比上一年增长百分之), or [`TRAILING_NUMERALS`] definite numerals at its
    /// end after a character that is none (达到六百零八), in a term that does
    /// not open with a numeral (千项万亿, 十四五 and 两个一百 are slogans of
    /// numbers). What says how much is no term, as a number's unit is not
    /// ([`Self::names_a_quantity`]).
    pub(super) fn figure_in_words(&self, term: &str) -> bool {
        let chars: Vec<char> = term.chars().collect();
        let trailing = chars
            .iter()
            .rev()
            .take_while(|&&c| is_definite_numeral(c))
            .count();
        FRACTION_OPENERS.iter().any(|opener| term.contains(opener))
            || (trailing >= TRAILING_NUMERALS
                && trailing < chars.len()
                && !chars.first().is_some_and(|&c| is_numeral(c)))
    }
}
