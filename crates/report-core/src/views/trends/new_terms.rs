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
use crate::search::SearchIndex;
use crate::views::compare::repeats::{
    absorbed, folded_paragraphs, for_each_han_run, repeated_strings, CorpusUsage, MAX_TERM_CHARS,
};
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

/// Per term, the reports (by position in `within`) and regions using it.
#[derive(Default)]
struct Spread<'a> {
    reports: usize,
    last: Option<usize>,
    regions: FxHashSet<&'a str>,
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
    periods.sort();
    periods.dedup();
    periods
}

/// The terms of `period` (a period of `granularity`) that no earlier report
/// the facets leave uses, with regions counted at `level`; at most `limit`
/// besides the stock phrases.
pub fn new_terms(
    reports: &[Report],
    index: &SearchIndex,
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
    let texts: Vec<String> = within
        .iter()
        .map(|&i| folded_paragraphs(reports, index, i))
        .collect();
    let (counts, _) = repeated_strings(&texts, MIN_NEW_COUNT);
    // Read before, then the period, then the rest (for the neighbours of
    // each string over the whole corpus): a string first seen at a
    // position below `before.len()` is not new.
    let read: FxHashSet<usize> = before.iter().chain(&within).copied().collect();
    let order: Vec<usize> = before
        .iter()
        .chain(&within)
        .copied()
        .chain((0..reports.len()).filter(|i| !read.contains(i)))
        .collect();
    let usage = CorpusUsage::read(
        counts.keys().copied(),
        order.iter().map(|&i| folded_paragraphs(reports, index, i)),
    );
    let mut spread: FxHashMap<&str, Spread> = counts
        .keys()
        .filter(|term| {
            usage.strings[*term]
                .first_report
                .is_some_and(|first| first >= before.len())
        })
        .filter(|term| usage.is_word(term))
        .map(|&term| (term, Spread::default()))
        .collect();
    for (at, text) in texts.iter().enumerate() {
        let region = region_at(&reports[within[at]], level).map(|step| step.code);
        for_each_han_run(text, |starts| {
            let run = starts.len() - 1;
            for i in 0..run {
                for n in (2..=MAX_TERM_CHARS).take_while(|n| i + n <= run) {
                    let s = &text[starts[i]..starts[i + n]];
                    // The repeated strings are closed under prefixes.
                    if !counts.contains_key(s) {
                        break;
                    }
                    if let Some(tally) = spread.get_mut(s) {
                        if tally.last != Some(at) {
                            tally.last = Some(at);
                            tally.reports += 1;
                            tally.regions.extend(region);
                        }
                    }
                }
            }
        });
    }
    let mut terms: Vec<NewTerm> = spread
        .into_iter()
        .map(|(term, tally)| NewTerm {
            term: term.to_string(),
            regions: tally.regions.len(),
            reports: tally.reports,
            count: counts[term],
            total: usage.strings[term].count,
            boilerplate: usage.is_boilerplate(term),
        })
        .collect();
    // Of a phrase and a word inside it, equally used in the period, the one
    // used more across the corpus comes first and absorbs the other: the
    // word that went on in other contexts (加快发展新质生产力 in 2024,
    // 新质生产力 since), else the longer, whole phrase.
    terms.sort_by(|a, b| {
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
    for term in terms {
        let listed = found.terms.iter().map(|k| (k.term.as_str(), k.count));
        if !absorbed(listed, (&term.term, term.count)) {
            found.terms.push(term);
        }
        if found.terms.iter().filter(|t| !t.boilerplate).count() == limit {
            break;
        }
    }
    found
}

#[cfg(test)]
#[path = "new_terms_tests.rs"]
mod tests;
