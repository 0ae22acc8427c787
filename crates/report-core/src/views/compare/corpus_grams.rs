//! The corpus's Han text, read once per corpus: each report's paragraphs as
//! runs of character ids, where every pair of characters occurs, and the
//! neighbours of each character. A string's use across the corpus is then
//! read from the places its rarest pair occurs, not from the whole corpus:
//! what lets "new in a period" ask about thousands of strings at a
//! thousand reports without reading ten million characters each time.

use rustc_hash::FxHashMap;

use super::repeats::{
    folded_paragraphs, is_digit, CorpusUsage, Usage, Usages, Variety, ENUMERATION_COMMA,
    OPENING_MARKS,
};
use crate::model::Report;
use crate::search::SearchIndex;
use crate::text::fold::is_han;

/// Stands between runs of Han text (and reports) in [`CorpusGrams::ids`];
/// where the character beside a run is a digit or an enumeration comma (the
/// word rule reads those) or a mark that opens a quotation or a title, a
/// marker of its own stands there instead, and
/// two stand between runs where the characters beside each differ in kind.
const GAP: u32 = u32::MAX;
const DIGIT: u32 = u32::MAX - 1;
const ENUMERATION: u32 = u32::MAX - 2;
const OPENING: u32 = u32::MAX - 3;

/// The marker for the character `c` beside a run of Han text.
fn marker(c: char) -> u32 {
    match c {
        ENUMERATION_COMMA => ENUMERATION,
        c if is_digit(c) => DIGIT,
        c if OPENING_MARKS.contains(&c) => OPENING,
        _ => GAP,
    }
}

/// The corpus's Han text as character ids, with the positions of every
/// pair of characters; built once per corpus (the app keeps it in a memo).
#[derive(Debug, Default, PartialEq)]
pub struct CorpusGrams {
    /// Every report's paragraphs, runs of Han characters as ids, each run
    /// between markers (the first id is a gap, so every character has a
    /// left neighbour to read).
    ids: Vec<u32>,
    /// Where each report's ids start, and the end of the last.
    report_starts: Vec<usize>,
    /// Each id's character, and each character's id by its code point.
    chars: Vec<char>,
    id_of: Vec<u32>,
    /// A pair of ids (first << 32 | second) to its number, and where each
    /// pair's positions (of its first character, ascending) start in
    /// `pair_positions`.
    pair_ids: FxHashMap<u64, u32>,
    pair_starts: Vec<u32>,
    pair_positions: Vec<u32>,
    /// The neighbours of each character, on the left and on the right.
    pub(crate) char_left: FxHashMap<char, Variety>,
    pub(crate) char_right: FxHashMap<char, Variety>,
    /// Han characters in the corpus, and the runs between punctuation
    /// they stand in.
    pub(crate) han_chars: usize,
    pub(crate) runs: usize,
}

fn pair_key(first: u32, second: u32) -> u64 {
    (u64::from(first) << 32) | u64::from(second)
}

impl CorpusGrams {
    /// Reads every report's folded paragraphs (from `index`, as the
    /// comparison reads them) once.
    pub fn new(reports: &[Report], index: &SearchIndex) -> CorpusGrams {
        let mut grams = CorpusGrams {
            ids: vec![GAP],
            ..CorpusGrams::default()
        };
        // Han text has few characters: a table by code point.
        let id_of = &mut grams.id_of;
        for i in 0..reports.len() {
            grams.report_starts.push(grams.ids.len());
            // The markers for the first and the last character between two
            // runs.
            let mut between: Option<(u32, u32)> = None;
            for c in folded_paragraphs(reports, index, i).chars() {
                if is_han(c) {
                    if let Some((after, before)) = between.take() {
                        if after != GAP || !grams.ids.last().is_some_and(|&id| Self::is_gap(id)) {
                            grams.ids.push(after);
                        }
                        if before != after {
                            grams.ids.push(before);
                        }
                    }
                    let code = c as usize;
                    if code >= id_of.len() {
                        id_of.resize(code + 1, GAP);
                    }
                    if id_of[code] == GAP {
                        id_of[code] = grams.chars.len() as u32;
                        grams.chars.push(c);
                    }
                    grams.ids.push(id_of[code]);
                    grams.han_chars += 1;
                } else {
                    let m = marker(c);
                    between = Some(between.map_or((m, m), |(after, _)| (after, m)));
                }
            }
            if let Some((after, _)) = between {
                grams.ids.push(after);
            }
            if grams.ids.last() != Some(&GAP) {
                grams.ids.push(GAP);
            }
        }
        grams.report_starts.push(grams.ids.len());
        grams.index_pairs();
        grams.read_neighbours();
        grams
    }

    /// The character at `at`: a Han one, a digit or an enumeration comma
    /// as its marker stands for them, or `None` for any other.
    fn neighbour(&self, at: usize) -> Option<char> {
        match *self.ids.get(at)? {
            GAP => None,
            DIGIT => Some('0'),
            ENUMERATION => Some(ENUMERATION_COMMA),
            OPENING => Some(OPENING_MARKS[0]),
            id => Some(self.chars[id as usize]),
        }
    }

    /// Each character's neighbours, every occurrence read: the word rule
    /// asks how often each neighbour stands there and how often the
    /// character stands at a run's edge, not only which neighbours it has.
    fn read_neighbours(&mut self) {
        let mut left = vec![Variety::default(); self.chars.len()];
        let mut right = vec![Variety::default(); self.chars.len()];
        for at in 1..self.ids.len() - 1 {
            let id = self.ids[at];
            if !Self::is_gap(id) {
                left[id as usize].add(self.neighbour(at - 1));
                right[id as usize].add(self.neighbour(at + 1));
                if Self::is_gap(self.ids[at - 1]) {
                    self.runs += 1;
                }
            }
        }
        self.char_left = self.chars.iter().copied().zip(left).collect();
        self.char_right = self.chars.iter().copied().zip(right).collect();
    }

    /// Counts each pair, then lays out their positions one pair after
    /// another (counting sort).
    fn index_pairs(&mut self) {
        let mut pair_at = vec![GAP; self.ids.len()];
        let mut counts: Vec<u32> = Vec::new();
        for (at, w) in self.ids.windows(2).enumerate() {
            let (a, b) = (w[0], w[1]);
            if Self::is_gap(a) || Self::is_gap(b) {
                continue;
            }
            let next = counts.len() as u32;
            let pair = *self.pair_ids.entry(pair_key(a, b)).or_insert(next);
            if pair == next {
                counts.push(0);
            }
            counts[pair as usize] += 1;
            pair_at[at] = pair;
        }
        let mut starts = Vec::with_capacity(counts.len() + 1);
        let mut total = 0;
        for count in &counts {
            starts.push(total);
            total += count;
        }
        starts.push(total);
        let mut fill = starts.clone();
        self.pair_positions = vec![0; total as usize];
        for (at, &pair) in pair_at.iter().enumerate() {
            if pair != GAP {
                self.pair_positions[fill[pair as usize] as usize] = at as u32;
                fill[pair as usize] += 1;
            }
        }
        self.pair_starts = starts;
    }

    /// The reports of positions read in ascending order, each found from
    /// the last one's (most of a string's occurrences share a report with
    /// the one before): no search of every report's start per occurrence.
    pub(crate) fn reports_ascending(&self) -> ReportsAscending<'_> {
        ReportsAscending {
            starts: &self.report_starts,
            report: 0,
        }
    }

    /// The positions of report `i`'s ids.
    pub(crate) fn report_range(&self, i: usize) -> std::ops::Range<usize> {
        self.report_starts[i]..self.report_starts[i + 1]
    }

    /// The ids, markers between runs.
    pub(crate) fn ids(&self) -> &[u32] {
        &self.ids
    }

    /// Whether `id` is a marker between runs, not a character.
    pub(crate) fn is_gap(id: u32) -> bool {
        id >= OPENING
    }

    pub(crate) fn pair(&self, first: u32, second: u32) -> Option<u32> {
        self.pair_ids.get(&pair_key(first, second)).copied()
    }

    /// The text of the ids `s`.
    pub(crate) fn text(&self, s: &[u32]) -> String {
        s.iter().map(|&id| self.chars[id as usize]).collect()
    }

    /// The positions of a pair of ids, ascending.
    fn pair_positions(&self, pair: u32) -> &[u32] {
        let p = pair as usize;
        &self.pair_positions[self.pair_starts[p] as usize..self.pair_starts[p + 1] as usize]
    }

    /// The positions of the rarest pair of the ids `s` (two or more), and
    /// the pair's offset in `s`; `None` where a pair of `s` never occurs.
    fn rarest_pair(&self, s: &[u32]) -> Option<(usize, &[u32])> {
        let mut rarest: Option<(usize, &[u32])> = None;
        for (k, w) in s.windows(2).enumerate() {
            let positions = self.pair_positions(self.pair(w[0], w[1])?);
            if rarest.is_none_or(|(_, r)| positions.len() < r.len()) {
                rarest = Some((k, positions));
            }
        }
        rarest
    }

    /// Where the ids `s` start, if they do, given their pair at offset `k`
    /// stands at `at` (a pair near the corpus's start may stand too early
    /// to be that one).
    fn starts_at(&self, s: &[u32], at: u32, k: usize) -> Option<usize> {
        let start = (at as usize).checked_sub(k)?;
        (self.ids.get(start..start + s.len()) == Some(s)).then_some(start)
    }

    /// Calls `visit` with each position where the ids `s` (two or more)
    /// start, ascending, until it returns false.
    pub(crate) fn occurrences(&self, s: &[u32], mut visit: impl FnMut(usize) -> bool) {
        let Some((k, positions)) = self.rarest_pair(s) else {
            return;
        };
        for &at in positions {
            if self.starts_at(s, at, k).is_some_and(|start| !visit(start)) {
                return;
            }
        }
    }

    /// The use of the ids `s` across the corpus, as
    /// [`super::repeats::CorpusUsage::read`] counts it: every occurrence
    /// read, from the positions of its rarest pair (how often each
    /// neighbour stands beside it is part of what the word rule reads).
    pub(crate) fn usage(&self, s: &[u32]) -> Usage {
        let mut usage = Usage::default();
        let mut reports = self.reports_ascending();
        self.occurrences(s, |start| {
            usage.tally(
                reports.report_of(start),
                self.neighbour(start - 1),
                self.neighbour(start + s.len()),
            );
            true
        });
        usage
    }

    /// The ids of `text`: `None` for a text with a character the corpus
    /// lacks or that is not Han.
    fn text_ids(&self, text: &str) -> Option<Vec<u32>> {
        text.chars()
            .map(|c| self.id_of.get(c as usize).copied().filter(|&id| id != GAP))
            .collect()
    }

    /// The use of `text` across the corpus (nothing for a text with a
    /// character the corpus lacks or that is not Han).
    pub(crate) fn text_usage(&self, text: &str) -> Usage {
        self.text_ids(text)
            .map(|ids| self.usage(&ids))
            .unwrap_or_default()
    }

    /// The occurrences of `text` (two characters or more) across the
    /// corpus, to be counted a stretch at a time.
    pub(crate) fn count_of(&self, text: &str) -> PartialCount<'_> {
        let ids = self.text_ids(text).unwrap_or_default();
        let Some((offset, positions)) = self.rarest_pair(&ids) else {
            return PartialCount::default();
        };
        match ids.len() {
            // Every position of a pair is an occurrence of it.
            2 => PartialCount {
                found: positions.len(),
                ..PartialCount::default()
            },
            _ => PartialCount {
                ids,
                offset,
                unread: positions,
                found: 0,
            },
        }
    }

    /// The use across the corpus (of `reports` reports) of each of the
    /// candidate `strings`, looked up when the word rule first reads it,
    /// and of every character: what [`CorpusUsage::read`] finds by reading
    /// the whole corpus.
    pub(crate) fn corpus_usage<'a>(
        &'a self,
        reports: usize,
        strings: impl Iterator<Item = &'a str>,
    ) -> CorpusUsage<'a> {
        CorpusUsage {
            strings: Usages::looked_up(strings, self),
            char_left: self.char_left.clone(),
            char_right: self.char_right.clone(),
            reports,
            chars: self.han_chars,
            runs: self.runs,
        }
    }
}

/// The report of each of a string's positions, read in ascending order
/// ([`CorpusGrams::reports_ascending`]).
pub(crate) struct ReportsAscending<'g> {
    starts: &'g [usize],
    report: usize,
}

impl ReportsAscending<'_> {
    /// The report whose text holds `at`, at or after the last position read.
    pub(crate) fn report_of(&mut self, at: usize) -> usize {
        if self.starts[self.report + 1] <= at {
            let later = &self.starts[self.report + 1..];
            self.report += later.partition_point(|&s| s <= at);
        }
        self.report
    }
}

/// A string's occurrences across the corpus counted a stretch at a time
/// ([`CorpusGrams::count_of`]): the keyness ranking stops counting a
/// string as soon as it is too common elsewhere to be listed yet, and goes
/// on if the listing reaches that far down.
#[derive(Debug, Default)]
pub(crate) struct PartialCount<'a> {
    ids: Vec<u32>,
    /// The offset in `ids` of their rarest pair, and the positions of that
    /// pair not yet read.
    offset: usize,
    unread: &'a [u32],
    /// Occurrences found so far.
    pub(crate) found: usize,
}

impl PartialCount<'_> {
    /// Whether every occurrence is counted.
    pub(crate) fn is_complete(&self) -> bool {
        self.unread.is_empty()
    }

    /// Counts on until `enough` says of the occurrences found so far that
    /// they are enough, or every one is counted.
    pub(crate) fn count_until(
        &mut self,
        grams: &CorpusGrams,
        mut enough: impl FnMut(usize) -> bool,
    ) {
        let mut checked = false;
        while let Some((&at, unread)) = self.unread.split_first() {
            // Asked again only when the count has changed.
            if !checked && enough(self.found) {
                return;
            }
            checked = true;
            self.unread = unread;
            if grams.starts_at(&self.ids, at, self.offset).is_some() {
                self.found += 1;
                checked = false;
            }
        }
    }
}
