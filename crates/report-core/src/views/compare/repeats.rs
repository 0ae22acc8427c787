//! Candidate terms that are words, without a dictionary: the repeated
//! strings of a unit's Han text, and what surrounds each across the corpus.
//!
//! A word or set phrase is used in many contexts, so many different
//! characters stand on either side of it (its accessor variety), while a
//! fragment such as 史学习教 is always followed by 育. And inside a word the
//! text does not branch more than at its edges: 区将 (我区将, 奎文区将) has
//! a wide boundary between 区 and 将, wider than its own left edge.

use std::borrow::Cow;
use std::cell::OnceCell;

use rustc_hash::FxHashMap;

use super::corpus_grams::CorpusGrams;
use crate::model::{Report, TextPlace};
use crate::search::SearchIndex;
use crate::text::fold::is_han;

/// Report `i`'s paragraphs, folded, taken from the index rather than
/// folded again (at a thousand reports that is ten million characters).
pub(crate) fn folded_paragraphs(reports: &[Report], index: &SearchIndex, i: usize) -> String {
    let Some(report) = reports.get(i) else {
        return String::new();
    };
    let folded: Vec<&str> = report
        .reader_texts()
        .into_iter()
        .zip(index.folded_texts(i))
        .filter(|((place, _), _)| matches!(place, TextPlace::Paragraph { .. }))
        .map(|(_, text)| text)
        .collect();
    folded.join("\n")
}

/// Whether a listed term `(term, count)` adds nothing to those `kept`
/// before it: one of them contains it or is contained in it, with nearly
/// the same count (a part of a longer phrase, or the phrase of a word).
pub(crate) fn absorbed<'a>(
    kept: impl IntoIterator<Item = (&'a str, usize)>,
    (term, count): (&str, usize),
) -> bool {
    kept.into_iter().any(|(k, k_count)| {
        let (few, many) = (count.min(k_count), count.max(k_count));
        (k.contains(term) || term.contains(k)) && many <= few + few / 5
    })
}

/// The longest candidate, in characters: long enough for the stock phrases
/// of political reports (习近平新时代中国特色社会主义思想 has 16).
pub(crate) const MAX_TERM_CHARS: usize = 16;
/// Distinct neighbours remembered: enough to compare boundaries.
const VARIETY_CAP: usize = 24;
/// Reports a phrase must be in, the share of the corpus, and its length
/// (stock phrases are set formulations, not common words like 经济), to be
/// boilerplate.
const BOILERPLATE_MIN_REPORTS: usize = 4;
const BOILERPLATE_SHARE: f64 = 0.8;
pub(super) const BOILERPLATE_MIN_CHARS: usize = 4;

/// Calls `visit` with each run of Han characters in `text`, as the byte
/// offsets of its characters followed by the offset of its end.
pub(crate) fn for_each_han_run(text: &str, mut visit: impl FnMut(&[usize])) {
    let mut starts: Vec<usize> = Vec::new();
    for (at, c) in text.char_indices() {
        if is_han(c) {
            starts.push(at);
        } else if !starts.is_empty() {
            starts.push(at);
            visit(&starts);
            starts.clear();
        }
    }
    if !starts.is_empty() {
        starts.push(text.len());
        visit(&starts);
    }
}

/// Every string of 2 to [`MAX_TERM_CHARS`] Han characters that occurs at
/// least `min` times in `texts`, with its count, and the number of Han
/// characters. Built length by length: a string seen `min` times has a
/// prefix seen as often, so only those prefixes are extended. The set is
/// closed under substrings (of two characters or more).
pub(crate) fn repeated_strings(texts: &[String], min: usize) -> (FxHashMap<&str, usize>, usize) {
    let mut kept: FxHashMap<&str, usize> = FxHashMap::default();
    let mut chars = 0;
    for n in 2..=MAX_TERM_CHARS {
        let mut level: FxHashMap<&str, usize> = FxHashMap::default();
        for text in texts {
            for_each_han_run(text, |starts| {
                let run = starts.len() - 1;
                if n == 2 {
                    chars += run;
                }
                for i in 0..(run + 1).saturating_sub(n) {
                    if n > 2 && !kept.contains_key(&text[starts[i]..starts[i + n - 1]]) {
                        continue;
                    }
                    *level.entry(&text[starts[i]..starts[i + n]]).or_default() += 1;
                }
            });
        }
        level.retain(|_, count| *count >= min);
        if level.is_empty() {
            break;
        }
        kept.extend(level);
    }
    (kept, chars)
}

/// The enumeration comma: what stands before it shares what follows the
/// last item (二中、三中全会).
pub(crate) const ENUMERATION_COMMA: char = '、';

/// A mark that opens a quotation or a title (“ 《): what it opens is said
/// of or done with the text before it, which a clause's end is not.
pub(crate) const OPENING_MARKS: &[char] = &['“', '‘', '《', '「', '『'];

/// A digit, as a neighbour of Han text (full-width ones are folded). ○, a
/// circle, stands for zero in years written in characters (一九八○年: 50
/// of the 179 uses of 一九八 in the State Council's reports), as 〇 does.
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || c == '〇' || c == '○'
}

/// A numeral, written in digits or in Han characters (also 两 几 多, which
/// stand where a number does: 两项, 几个, 多项).
pub(crate) fn is_numeral(c: char) -> bool {
    is_digit(c) || "零一二三四五六七八九十百千万亿两几多".contains(c)
}

/// The characters seen on one side of a string, each with how often (up to
/// [`VARIETY_CAP`] distinct ones), each edge of a run of Han text counting
/// as a new one; of the edges, those at a digit, those at an enumeration
/// comma and those at an opening mark ([`OPENING_MARKS`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Variety {
    pub(crate) chars: Vec<(char, usize)>,
    pub(crate) edges: usize,
    pub(crate) digits: usize,
    pub(crate) enumerations: usize,
    pub(crate) openings: usize,
    pub(crate) seen: usize,
}

impl Variety {
    /// One more neighbour: a Han character, any other character (an edge
    /// of a run of Han text), or `None` at a text's edge.
    pub(crate) fn add(&mut self, neighbour: Option<char>) {
        self.seen += 1;
        let Some(c) = neighbour.filter(|&c| is_han(c)) else {
            self.edges += 1;
            match neighbour {
                Some(c) if is_digit(c) => self.digits += 1,
                Some(ENUMERATION_COMMA) => self.enumerations += 1,
                Some(c) if OPENING_MARKS.contains(&c) => self.openings += 1,
                _ => {}
            }
            return;
        };
        if let Some((_, n)) = self.chars.iter_mut().find(|(seen, _)| *seen == c) {
            *n += 1;
        } else if self.chars.len() < VARIETY_CAP {
            self.chars.push((c, 1));
        }
    }

    pub(crate) fn value(&self) -> usize {
        (self.chars.len() + self.edges).min(VARIETY_CAP)
    }

    /// The neighbour seen most often, with how often.
    pub(crate) fn most_common(&self) -> Option<(char, usize)> {
        self.chars.iter().copied().max_by_key(|&(c, n)| (n, c))
    }

    /// How many neighbours are Han characters that `accept` takes.
    pub(crate) fn count_of(&self, accept: impl Fn(char) -> bool) -> usize {
        self.chars
            .iter()
            .filter(|&&(c, _)| accept(c))
            .map(|&(_, n)| n)
            .sum()
    }

    /// The share of neighbours that are numerals (digits or Han numerals).
    pub(crate) fn numeral_share(&self) -> f64 {
        (self.digits + self.count_of(is_numeral)) as f64 / self.seen.max(1) as f64
    }
}

/// A candidate's use over the whole corpus.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Usage {
    pub count: usize,
    /// Reports it occurs in.
    pub reports: usize,
    /// The first report it occurs in, by its place in the reading order.
    pub first_report: Option<usize>,
    last_report: Option<usize>,
    pub(crate) left: Variety,
    pub(crate) right: Variety,
}

impl Usage {
    /// One more occurrence, in report `r` (reports in order), between
    /// `left` and `right` (`None` at the edge of a run of Han text).
    pub(crate) fn tally(&mut self, r: usize, left: Option<char>, right: Option<char>) {
        self.count += 1;
        if self.last_report != Some(r) {
            self.last_report = Some(r);
            self.first_report.get_or_insert(r);
            self.reports += 1;
        }
        self.left.add(left);
        self.right.add(right);
    }
}

/// The candidates' use over the corpus: tallied by reading the whole
/// corpus ([`CorpusUsage::read`]), or looked up in the corpus read once
/// ([`CorpusGrams`]) when the rule first asks for it, so a string the rule
/// never reads is never looked up.
pub(crate) struct Usages<'a> {
    map: FxHashMap<&'a str, OnceCell<Usage>>,
    lookup: Lookup<'a>,
}

/// Where a string's use is looked up: the corpus read once, or (the
/// reference the tests hold it to) every report's text read again.
enum Lookup<'a> {
    Grams(&'a CorpusGrams),
    #[cfg(test)]
    Texts(Vec<String>),
}

impl Lookup<'_> {
    fn usage(&self, s: &str) -> Usage {
        match self {
            Lookup::Grams(g) => g.text_usage(s),
            #[cfg(test)]
            Lookup::Texts(texts) => read_usage(texts, s),
        }
    }
}

/// The use of `s` (two characters or more) in `texts`, one per report,
/// every run of Han text read: what [`CorpusGrams::text_usage`] finds.
#[cfg(test)]
fn read_usage(texts: &[String], s: &str) -> Usage {
    let mut usage = Usage::default();
    let n = s.chars().count();
    if n < 2 {
        return usage;
    }
    for (r, text) in texts.iter().enumerate() {
        for_each_han_run(text, |starts| {
            let run = starts.len() - 1;
            let at = |i: usize| char_at(text, starts[i.min(run)]);
            let before = text[..starts[0]].chars().next_back();
            for i in (0..run).take_while(|i| i + n <= run) {
                if &text[starts[i]..starts[i + n]] == s {
                    let left = i.checked_sub(1).map_or(before, at);
                    usage.tally(r, left, at(i + n));
                }
            }
        });
    }
    usage
}

impl<'a> Usages<'a> {
    /// The candidates `strings`, each looked up in `grams` when first read.
    pub(crate) fn looked_up(
        strings: impl Iterator<Item = &'a str>,
        grams: &'a CorpusGrams,
    ) -> Usages<'a> {
        Usages {
            map: strings.map(|s| (s, OnceCell::new())).collect(),
            lookup: Lookup::Grams(grams),
        }
    }

    pub fn get(&self, s: &str) -> Option<&Usage> {
        let cell = self.map.get(s)?;
        Some(cell.get_or_init(|| self.lookup.usage(s)))
    }

    /// The use of `s`, a candidate or not: a string beside a candidate
    /// (the word its edge character makes with a neighbour) is looked up
    /// in the corpus read once, and not kept; `None` where there is none.
    pub(crate) fn get_or_look_up(&self, s: &str) -> Option<Cow<'_, Usage>> {
        Some(match self.get(s) {
            Some(u) => Cow::Borrowed(u),
            None => Cow::Owned(self.lookup.usage(s)),
        })
    }

    pub(crate) fn contains_key(&self, s: &str) -> bool {
        self.map.contains_key(s)
    }

    #[cfg(test)]
    fn get_mut(&mut self, s: &str) -> Option<&mut Usage> {
        let cell = self.map.get_mut(s)?;
        cell.get_or_init(Usage::default);
        cell.get_mut()
    }
}

impl std::ops::Index<&str> for Usages<'_> {
    type Output = Usage;

    fn index(&self, s: &str) -> &Usage {
        self.get(s).expect("a candidate string")
    }
}

/// The candidates' use over the corpus, and the variety of neighbours of
/// each single character (for boundaries next to one character).
pub(crate) struct CorpusUsage<'a> {
    pub strings: Usages<'a>,
    pub(crate) char_left: FxHashMap<char, Variety>,
    pub(crate) char_right: FxHashMap<char, Variety>,
    pub reports: usize,
    /// Han characters of the whole corpus, and the runs they stand in.
    pub chars: usize,
    pub(crate) runs: usize,
}

#[cfg(test)]
fn char_at(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

impl<'a> CorpusUsage<'a> {
    /// Reads each report's text (one string per report) once. An extension
    /// of a string is looked up only while the string was found, which the
    /// candidates' closure under prefixes allows. The reference the corpus
    /// read once ([`CorpusGrams`], what the app and the CLI use) is tested
    /// against: reading every string of the corpus for every comparison
    /// took 8 s at a thousand reports.
    #[cfg(test)]
    pub fn read(
        candidates: impl Iterator<Item = &'a str>,
        reports: impl Iterator<Item = String>,
    ) -> Self {
        let mut usage = CorpusUsage {
            strings: Usages {
                map: candidates.map(|c| (c, OnceCell::new())).collect(),
                lookup: Lookup::Texts(Vec::new()),
            },
            char_left: FxHashMap::default(),
            char_right: FxHashMap::default(),
            reports: 0,
            chars: 0,
            runs: 0,
        };
        let texts: Vec<String> = reports.collect();
        for (r, text) in texts.iter().enumerate() {
            usage.reports += 1;
            for_each_han_run(text, |starts| {
                let run = starts.len() - 1;
                usage.chars += run;
                usage.runs += 1;
                // The characters of the run, then what follows it.
                let at = |i: usize| char_at(text, starts[i.min(run)]);
                let before = text[..starts[0]].chars().next_back();
                for i in 0..run {
                    let left = i.checked_sub(1).map_or(before, at);
                    let c = at(i).unwrap_or_default();
                    usage.char_left.entry(c).or_default().add(left);
                    usage.char_right.entry(c).or_default().add(at(i + 1));
                    for n in (2..=MAX_TERM_CHARS).take_while(|n| i + n <= run) {
                        let Some(u) = usage.strings.get_mut(&text[starts[i]..starts[i + n]]) else {
                            break;
                        };
                        u.tally(r, left, at(i + n));
                    }
                }
            });
        }
        usage.strings.lookup = Lookup::Texts(texts);
        usage
    }

    pub(crate) fn left_variety(&self, s: &str) -> usize {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => self.char_left.get(&c).map_or(0, Variety::value),
            _ => self.strings.get(s).map_or(0, |u| u.left.value()),
        }
    }

    pub(crate) fn right_variety(&self, s: &str) -> usize {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => self.char_right.get(&c).map_or(0, Variety::value),
            _ => self.strings.get(s).map_or(0, |u| u.right.value()),
        }
    }

    /// Whether `term` is a stock phrase: a formulation in nearly every
    /// report, so its spread and not its meaning says it.
    /// A term cut from one, the rest of the formulation after its opening
    /// (`rest_of_a_stock_phrase`), is boilerplate too.
    pub fn is_boilerplate(&self, term: &str) -> bool {
        term.chars().count() >= BOILERPLATE_MIN_CHARS
            && (self.is_spread(term) || self.rest_of_a_stock_phrase(term))
    }

    /// Whether `s` is in nearly every report of the corpus.
    pub(super) fn is_spread(&self, s: &str) -> bool {
        let reports = self.strings.get_or_look_up(s).map_or(0, |u| u.reports);
        reports >= BOILERPLATE_MIN_REPORTS
            && reports as f64 >= BOILERPLATE_SHARE * self.reports as f64
    }
}

#[cfg(test)]
#[path = "conjunctions_and_frames_tests.rs"]
mod conjunctions_and_frames_tests;
#[cfg(test)]
#[path = "counts_and_joins_tests.rs"]
mod counts_and_joins_tests;
#[cfg(test)]
#[path = "cut_edges_tests.rs"]
mod cut_edges_tests;
#[cfg(test)]
#[path = "cut_rule_tests.rs"]
mod cut_rule_tests;
#[cfg(test)]
#[path = "cut_words_tests.rs"]
mod cut_words_tests;
#[cfg(test)]
#[path = "frames_and_numbers_tests.rs"]
mod frames_and_numbers_tests;
#[cfg(test)]
#[path = "grammar_and_counts_tests.rs"]
mod grammar_and_counts_tests;
#[cfg(test)]
#[path = "heads_and_figures_tests.rs"]
mod heads_and_figures_tests;
#[cfg(test)]
#[path = "lists_and_comparisons_tests.rs"]
mod lists_and_comparisons_tests;
#[cfg(test)]
#[path = "longer_words_tests.rs"]
mod longer_words_tests;
#[cfg(test)]
#[path = "measures_and_clauses_tests.rs"]
mod measures_and_clauses_tests;
#[cfg(test)]
#[path = "names_and_objects_tests.rs"]
mod names_and_objects_tests;
#[cfg(test)]
#[path = "neighbours_tests.rs"]
mod neighbours_tests;
#[cfg(test)]
#[path = "objects_and_numbers_tests.rs"]
mod objects_and_numbers_tests;
#[cfg(test)]
#[path = "particles_tests.rs"]
mod particles_tests;
#[cfg(test)]
#[path = "pronouns_and_numbers_tests.rs"]
mod pronouns_and_numbers_tests;
#[cfg(test)]
#[path = "set_phrases_tests.rs"]
mod set_phrases_tests;
#[cfg(test)]
#[path = "repeats_tests.rs"]
mod tests;
