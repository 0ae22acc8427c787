//! What is new in a period: the terms its reports use that no report
//! before it did, ranked by how many regions use them. The terms are words
//! by the comparison's rule (repeated strings whose neighbours vary on both
//! sides across the whole corpus, `compare::repeats`), so a new phrase is
//! listed whole and not as its fragments; stock phrases are marked.
//!
//! "Before" is every report the facets leave dated to an earlier period;
//! undated reports are neither in a period nor before one, and in a month
//! view a year's reports of unknown month are not before its months.

use rustc_hash::{FxHashMap, FxHashSet};

use super::period::{period_of, Granularity, Period};
use super::region_at;
use crate::model::{RegionLevel, Report};
use crate::sorting;
use crate::views::compare::repeats::{absorbed, MAX_TERM_CHARS};
use crate::views::compare::CorpusGrams;
use crate::views::facets::Selection;

/// New terms listed at most (besides the stock phrases among them, so
/// hiding those still leaves this many).
pub const NEW_TERMS_LIMIT: usize = 30;
/// A term must occur this often in the period to be listed.
const MIN_NEW_COUNT: usize = 2;

/// A term first used in the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTerm {
    pub term: String,
    /// Regions (at the trends' level) and reports of the period using it.
    pub regions: usize,
    pub reports: usize,
    /// Occurrences in the period, and in every report of the corpus.
    pub count: usize,
    pub total: usize,
    /// A stock phrase of the whole corpus.
    pub boilerplate: bool,
}

/// The new terms of one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTerms {
    pub period: Period,
    /// Reports in the period, and before it, that the facets leave.
    pub reports: usize,
    pub before: usize,
    /// Most regions first; empty when nothing came before the period.
    pub terms: Vec<NewTerm>,
}

/// The reports of a period and before it, as chosen by the facets.
struct Split {
    within: Vec<usize>,
    before: Vec<usize>,
}

fn split(
    reports: &[Report],
    selection: &Selection,
    period: Period,
    granularity: Granularity,
) -> Split {
    let mut split = Split {
        within: Vec::new(),
        before: Vec::new(),
    };
    for (i, report) in reports.iter().enumerate() {
        if !selection.admits(report) {
            continue;
        }
        let p = period_of(report.date.as_ref(), granularity);
        if p == period {
            split.within.push(i);
        } else if p < period && p != Period::Undated {
            split.before.push(i);
        }
    }
    split
}

/// `true` for each report listed in `members`, of `count`.
fn member_flags(count: usize, members: &[usize]) -> Vec<bool> {
    let mut flags = vec![false; count];
    for &i in members {
        flags[i] = true;
    }
    flags
}

/// The reports of the period (`in_period`) that use the ids `term`, and
/// the regions at `level` they are in.
fn spread(
    reports: &[Report],
    grams: &CorpusGrams,
    term: &[u32],
    in_period: &[bool],
    level: RegionLevel,
) -> (usize, usize) {
    let (mut using, mut last) = (0, None);
    let mut regions: FxHashSet<&str> = FxHashSet::default();
    let mut report_of = grams.reports_ascending();
    grams.occurrences(term, |start| {
        let r = report_of.report_of(start);
        if in_period[r] && last != Some(r) {
            last = Some(r);
            using += 1;
            regions.extend(region_at(&reports[r], level).map(|step| step.code));
        }
        true
    });
    (using, regions.len())
}

/// No prefix: a string of two characters.
const NO_PREFIX: u32 = u32::MAX;

/// A string of 2 to [`MAX_TERM_CHARS`] Han characters that the period's
/// reports use at least [`MIN_NEW_COUNT`] times.
struct Candidate {
    /// Where it occurs in the corpus's ids, and its length.
    at: u32,
    len: u32,
    /// Uses in the period.
    count: u32,
    /// The candidate one character shorter at the end.
    prefix: u32,
}

/// The period's repeated strings as a trie of character ids: prefixes
/// come before their extensions. The set is closed under substrings.
struct Candidates {
    list: Vec<Candidate>,
    /// Two characters (first << 32 | second) to their candidate.
    pairs: FxHashMap<u64, u32>,
    /// A candidate and one more character (candidate << 32 | character)
    /// to theirs.
    extensions: FxHashMap<u64, u32>,
}

fn key(first: u32, second: u32) -> u64 {
    (u64::from(first) << 32) | u64::from(second)
}

impl Candidates {
    /// Built length by length, as `repeats::repeated_strings`: a string
    /// seen often enough has a prefix seen as often, so only the positions
    /// where a kept string starts are extended.
    fn of_period(grams: &CorpusGrams, within: &[usize]) -> Candidates {
        let ids = grams.ids();
        let mut found = Candidates {
            list: Vec::new(),
            pairs: FxHashMap::default(),
            extensions: FxHashMap::default(),
        };
        // (position, what starts there so far): a character id at first,
        // then a candidate.
        let mut live: Vec<(usize, u32)> = within
            .iter()
            .flat_map(|&r| grams.report_range(r))
            .filter(|&at| !CorpusGrams::is_gap(ids[at]))
            .map(|at| (at, ids[at]))
            .collect();
        for n in 2..=MAX_TERM_CHARS {
            // Each string of this length, by (what starts there, next id),
            // numbered as first seen: its key, count and first position.
            let mut seen: FxHashMap<u64, u32> = FxHashMap::default();
            let mut strings: Vec<(u64, u32, (usize, u32))> = Vec::new();
            let slots: Vec<u32> = live
                .iter()
                .map(|&(at, start)| {
                    let next = ids[at + n - 1];
                    if CorpusGrams::is_gap(next) {
                        return NO_PREFIX;
                    }
                    let k = key(start, next);
                    let slot = *seen.entry(k).or_insert_with(|| {
                        strings.push((k, 0, (at, start)));
                        (strings.len() - 1) as u32
                    });
                    strings[slot as usize].1 += 1;
                    slot
                })
                .collect();
            let mut node_of = vec![NO_PREFIX; strings.len()];
            for (slot, &(k, count, (at, start))) in strings.iter().enumerate() {
                if count as usize >= MIN_NEW_COUNT {
                    node_of[slot] = found.list.len() as u32;
                    found.list.push(Candidate {
                        at: at as u32,
                        len: n as u32,
                        count,
                        prefix: if n == 2 { NO_PREFIX } else { start },
                    });
                    let strings_of_length = if n == 2 {
                        &mut found.pairs
                    } else {
                        &mut found.extensions
                    };
                    strings_of_length.insert(k, node_of[slot]);
                }
            }
            live = live
                .iter()
                .zip(slots)
                .filter_map(|(&(at, _), slot)| {
                    let node = *node_of.get(slot as usize)?;
                    (node != NO_PREFIX).then_some((at, node))
                })
                .collect();
            if live.is_empty() {
                break;
            }
        }
        found
    }

    fn ids<'g>(&self, grams: &'g CorpusGrams, node: usize) -> &'g [u32] {
        let c = &self.list[node];
        &grams.ids()[c.at as usize..(c.at + c.len) as usize]
    }

    /// Which candidates no report flagged in `excluded` uses: a string
    /// whose prefix is not used there is not either; otherwise its places
    /// in the corpus are read until one is in such a report.
    fn not_in(&self, grams: &CorpusGrams, excluded: &[bool]) -> Vec<bool> {
        let mut absent = vec![false; self.list.len()];
        for (node, c) in self.list.iter().enumerate() {
            absent[node] = (c.prefix != NO_PREFIX && absent[c.prefix as usize]) || {
                let mut used = false;
                let mut report_of = grams.reports_ascending();
                grams.occurrences(self.ids(grams, node), |start| {
                    used = excluded[report_of.report_of(start)];
                    !used
                });
                !used
            };
        }
        absent
    }

    /// Flags `node` and every string of two characters or more in it.
    fn mark_substrings(&self, grams: &CorpusGrams, node: usize, marks: &mut [bool]) {
        let s = self.ids(grams, node);
        for i in 0..s.len() - 1 {
            let mut at = self.pairs.get(&key(s[i], s[i + 1])).copied();
            let mut j = i + 2;
            while let Some(n) = at {
                marks[n as usize] = true;
                at = s
                    .get(j)
                    .and_then(|&c| self.extensions.get(&key(n, c)).copied());
                j += 1;
            }
        }
    }
}

/// The periods with a place in time that the reports the facets leave fall
/// in, oldest first: what "new in" can be asked of.
pub fn dated_periods(
    reports: &[Report],
    selection: &Selection,
    granularity: Granularity,
) -> Vec<Period> {
    let mut periods: Vec<Period> = reports
        .iter()
        .filter(|r| selection.admits(r))
        .map(|r| period_of(r.date.as_ref(), granularity))
        .filter(|p| p.step().is_some())
        .collect();
    sorting::sort(&mut periods);
    periods.dedup();
    periods
}

/// The terms of `period` (a period of `granularity`) that no earlier report
/// the facets leave uses, with regions counted at `level`; at most `limit`
/// besides the stock phrases. `grams` is the corpus read once
/// ([`CorpusGrams::new`]): only the period's repeated strings are tallied,
/// and only the new ones (and the strings inside them, which the word rule
/// reads) are looked up across the corpus.
pub fn new_terms(
    reports: &[Report],
    grams: &CorpusGrams,
    selection: &Selection,
    period: Period,
    (level, granularity): (RegionLevel, Granularity),
    limit: usize,
) -> NewTerms {
    let Split { within, before } = split(reports, selection, period, granularity);
    let mut found = NewTerms {
        period,
        reports: within.len(),
        before: before.len(),
        terms: Vec::new(),
    };
    if within.is_empty() || before.is_empty() || period == Period::Undated {
        return found;
    }
    found.terms = ranked(tallies(reports, grams, (&within, &before), level), limit);
    found
}

/// Every word the reports `within` use at least [`MIN_NEW_COUNT`] times and
/// the reports `before` do not, unranked.
fn tallies(
    reports: &[Report],
    grams: &CorpusGrams,
    (within, before): (&[usize], &[usize]),
    level: RegionLevel,
) -> Vec<NewTerm> {
    let candidates = Candidates::of_period(grams, within);
    let new = candidates.not_in(grams, &member_flags(reports.len(), before));
    // What the word rule reads of a new string: it and the strings in it.
    let mut needed = vec![false; candidates.list.len()];
    for node in (0..new.len()).filter(|&n| new[n]) {
        candidates.mark_substrings(grams, node, &mut needed);
    }
    let texts: Vec<(usize, String)> = (0..needed.len())
        .filter(|&n| needed[n])
        .map(|n| (n, grams.text(candidates.ids(grams, n))))
        .collect();
    let usage = grams.corpus_usage(reports.len(), texts.iter().map(|(_, text)| text.as_str()));
    let in_period = member_flags(reports.len(), within);
    texts
        .iter()
        .filter(|(n, text)| new[*n] && usage.is_word(text))
        .map(|(n, text)| {
            let (in_reports, regions) =
                spread(reports, grams, candidates.ids(grams, *n), &in_period, level);
            NewTerm {
                term: text.clone(),
                regions,
                reports: in_reports,
                count: candidates.list[*n].count as usize,
                total: usage.strings[text.as_str()].count,
                boilerplate: usage.is_boilerplate(text),
            }
        })
        .collect()
}

/// Most regions first, at most `limit` besides the stock phrases. Of a
/// phrase and a word inside it, equally used in the period, the one used
/// more across the corpus comes first and absorbs the other: the word that
/// went on in other contexts (加快发展新质生产力 in 2024, 新质生产力 since),
/// else the longer, whole phrase.
fn ranked(mut terms: Vec<NewTerm>, limit: usize) -> Vec<NewTerm> {
    sorting::sort_by(&mut terms, |a, b| {
        let key = |t: &NewTerm| {
            (
                t.regions,
                t.reports,
                t.count,
                t.total,
                t.term.chars().count(),
            )
        };
        key(b).cmp(&key(a)).then_with(|| a.term.cmp(&b.term))
    });
    let mut listed: Vec<NewTerm> = Vec::new();
    for term in terms {
        let kept = listed.iter().map(|k| (k.term.as_str(), k.count));
        if !absorbed(kept, (&term.term, term.count)) {
            listed.push(term);
        }
        if listed.iter().filter(|t| !t.boilerplate).count() == limit {
            break;
        }
    }
    listed
}

#[cfg(test)]
#[path = "new_terms_tests.rs"]
mod tests;
