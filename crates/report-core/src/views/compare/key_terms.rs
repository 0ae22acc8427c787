//! Distinctive terms of a unit (keyness): the repeated strings of its Han
//! text that stand as words (see `repeats`), ranked by Dunning's
//! log-likelihood against the rest of the corpus. No word dictionary is
//! needed.

use rustc_hash::FxHashMap;

use super::corpus_grams::CorpusGrams;
use super::keyness_order::KeynessOrder;
use super::repeats::{absorbed, folded_paragraphs, repeated_strings, CorpusUsage};
use super::Unit;
use crate::model::Report;
use crate::search::SearchIndex;

/// A distinctive term of a unit.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyTerm {
    pub term: String,
    /// Occurrences in the unit and in the rest of the corpus.
    pub here: usize,
    pub elsewhere: usize,
    /// Dunning's log-likelihood (G²); higher is more distinctive.
    pub keyness: f64,
    /// A stock phrase of the whole corpus (in most of its reports), which
    /// a reader may hide.
    pub boilerplate: bool,
}

impl KeyTerm {
    /// The term as the docs list it: a stock phrase in brackets.
    pub fn listed(&self) -> String {
        match self.boilerplate {
            true => format!("[{}]", self.term),
            false => self.term.clone(),
        }
    }
}

/// Every district's distinctive terms against the rest of the corpus, as
/// the docs list them: one line per district, `- **district** (n reports):
/// terms`, stock phrases in brackets. Ranked four districts at a time, as
/// the comparison takes them.
pub fn key_terms_by_district(reports: &[Report], index: &SearchIndex, limit: usize) -> Vec<String> {
    let districts: Vec<String> = crate::model::district_counts(reports)
        .into_iter()
        .map(|(d, _)| d)
        .collect();
    let grams = CorpusGrams::new(reports, index);
    let mut lines = Vec::new();
    for chunk in districts.chunks(super::MAX_UNITS) {
        let units = super::district_units(reports, chunk);
        for (unit, terms) in units
            .iter()
            .zip(key_terms_of_units(reports, index, &grams, &units, limit))
        {
            let list: Vec<String> = terms.iter().map(KeyTerm::listed).collect();
            lines.push(format!(
                "- **{}** ({} reports): {}",
                unit.label,
                unit.reports.len(),
                list.join(" ")
            ));
        }
    }
    lines
}

/// Dunning's log-likelihood for a term seen `a` times in `c` tokens of the
/// target and `b` times in `d` tokens of the reference.
pub fn log_likelihood(a: f64, b: f64, c: f64, d: f64) -> f64 {
    let e1 = c * (a + b) / (c + d);
    let e2 = d * (a + b) / (c + d);
    let term = |o: f64, e: f64| {
        if o > 0.0 && e > 0.0 {
            o * (o / e).ln()
        } else {
            0.0
        }
    };
    2.0 * (term(a, e1) + term(b, e2))
}

/// A term must occur this often in the unit to be listed.
const MIN_KEY_COUNT: usize = 2;

/// The unit's most distinctive n-grams against the rest of the corpus:
/// overused in the unit (relative frequency above the rest's), words by
/// their neighbours (`repeats`), not part of its own place names, and ranked
/// by log-likelihood. Of two listed strings, one inside the other, with
/// nearly the same count, only the more distinctive is kept.
#[cfg(test)] // used by tests only: the app ranks every unit at once
pub fn key_terms(reports: &[Report], unit: &Unit, limit: usize) -> Vec<KeyTerm> {
    let index = SearchIndex::new(reports);
    let grams = CorpusGrams::new(reports, &index);
    key_terms_of_units(reports, &index, &grams, std::slice::from_ref(unit), limit)
        .pop()
        .unwrap_or_default()
}

/// [`key_terms`] for each unit: only the strings a unit could list are
/// looked up in the corpus read once (`grams`, which the app keeps for the
/// corpus), each when the word rule first asks for it, and the rest is the
/// corpus's count less the unit's; a comparison at a thousand reports
/// neither tallies every string of ten million characters nor reads them
/// again for every pair of districts or keystroke.
pub fn key_terms_of_units(
    reports: &[Report],
    index: &SearchIndex,
    grams: &CorpusGrams,
    units: &[Unit],
    limit: usize,
) -> Vec<Vec<KeyTerm>> {
    key_terms_ranked_by(reports, index, grams, units, limit, rank_key_terms)
}

/// How one unit's terms are ranked, given what [`rank_key_terms`] takes.
type Ranking = fn(
    &[Report],
    &Unit,
    &FxHashMap<&str, usize>,
    (&CorpusUsage, &CorpusGrams),
    (f64, f64),
    usize,
) -> Vec<KeyTerm>;

/// [`key_terms_of_units`] with the ranking given (the tests compare it
/// with every candidate counted in full).
fn key_terms_ranked_by(
    reports: &[Report],
    index: &SearchIndex,
    grams: &CorpusGrams,
    units: &[Unit],
    limit: usize,
    rank: Ranking,
) -> Vec<Vec<KeyTerm>> {
    let texts: Vec<Vec<String>> = units
        .iter()
        .map(|u| {
            u.reports
                .iter()
                .map(|&i| folded_paragraphs(reports, index, i))
                .collect()
        })
        .collect();
    let here: Vec<_> = texts
        .iter()
        .map(|t| repeated_strings(t, MIN_KEY_COUNT))
        .collect();
    let usage = grams.corpus_usage(
        reports.len(),
        here.iter().flat_map(|(counts, _)| counts.keys().copied()),
    );
    units
        .iter()
        .zip(&here)
        .map(|(unit, (here, own_chars))| {
            let c = (*own_chars).max(1) as f64;
            let d = usage.chars.saturating_sub(*own_chars).max(1) as f64;
            rank(reports, unit, here, (&usage, grams), (c, d), limit)
        })
        .collect()
}

/// The listed terms of one unit, given its counts, the candidates' use
/// in the corpus, and the character totals `(c, d)` of the unit and the
/// rest. `limit` terms are listed besides the boilerplate ranked among them,
/// so hiding the boilerplate still leaves `limit`. The candidates are
/// counted across the corpus only as far as the listing reads down
/// ([`KeynessOrder`]), and judged as words only when it reaches them.
fn rank_key_terms(
    reports: &[Report],
    unit: &Unit,
    here: &FxHashMap<&str, usize>,
    (usage, grams): (&CorpusUsage, &CorpusGrams),
    totals: (f64, f64),
    limit: usize,
) -> Vec<KeyTerm> {
    let own_names = own_names(reports, unit);
    let candidates = here
        .iter()
        .filter(|(_, &a)| a >= MIN_KEY_COUNT)
        .filter(|(term, _)| !own_names.iter().any(|n| n.contains(**term)))
        .map(|(&term, &a)| (term, a));
    let words = KeynessOrder::new(grams, candidates, totals)
        .filter(|s| usage.is_word(s.term))
        .map(|s| KeyTerm {
            term: s.term.to_string(),
            here: s.here,
            elsewhere: s.elsewhere,
            keyness: s.keyness,
            boilerplate: usage.is_boilerplate(s.term),
        });
    list_key_terms(words, usage, limit)
}

/// A district's own name is trivially distinctive: the names of its
/// regions, whose n-grams are left out (坊子区 gives 坊子, 子区).
fn own_names(reports: &[Report], unit: &Unit) -> Vec<String> {
    unit.reports
        .iter()
        .filter_map(|&i| reports.get(i)?.region.as_ref())
        .flat_map(|r| {
            r.path()
                .into_iter()
                .map(|s| s.name.to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The terms listed from `words`, taken in the listing's order: each not
/// absorbed by one listed before it, until `limit` are not boilerplate.
/// A term nearly always used inside a longer listed one gives way to it,
/// whichever came first: 谱写中国式现代化江西篇章, used three times, twice
/// in 奋力谱写中国式现代化江西篇章, leaves its place to the longer phrase.
fn list_key_terms(
    words: impl Iterator<Item = KeyTerm>,
    usage: &CorpusUsage,
    limit: usize,
) -> Vec<KeyTerm> {
    let mut kept: Vec<KeyTerm> = Vec::new();
    for t in words {
        if kept.iter().any(|k| gives_way(&t, k, usage)) {
            continue;
        }
        if let Some(i) = kept.iter().position(|k| gives_way(k, &t, usage)) {
            kept[i] = t;
            let longer = kept[i].clone();
            let mut at = 0;
            kept.retain(|k| {
                at += 1;
                at - 1 == i || !gives_way(k, &longer, usage)
            });
        } else {
            let listed = kept.iter().map(|k| (k.term.as_str(), k.here));
            if !absorbed(listed, (&t.term, t.here)) {
                kept.push(t);
            }
        }
        if kept.iter().filter(|k| !k.boilerplate).count() == limit {
            break;
        }
    }
    kept
}

/// Whether `short` is inside `long` and nearly always used there: its
/// uses in the unit outside `long` are at most one, or a fifth of
/// `long`'s, and across the corpus it never stands at a clause's edge on
/// a side where `long` goes on (文化润疆 after an enumeration comma once
/// stands apart from 深入推进文化润疆; 谱写… never begins a clause).
fn gives_way(short: &KeyTerm, long: &KeyTerm, usage: &CorpusUsage) -> bool {
    let Some(at) = long.term.find(&short.term) else {
        return false;
    };
    let Some(own) = usage.strings.get(&short.term) else {
        return false;
    };
    let goes_on_left = at > 0;
    let goes_on_right = at + short.term.len() < long.term.len();
    (goes_on_left || goes_on_right)
        && short.here.saturating_sub(long.here) <= (long.here / 5).max(1)
        && !(goes_on_left && own.left.edges > 0)
        && !(goes_on_right && own.right.edges > 0)
}

#[cfg(test)]
#[path = "key_terms_tests.rs"]
mod tests;
