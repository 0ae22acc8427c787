//! A unit's candidate terms in the order the listing reads them (keyness,
//! then the longer, then the string), counted across the corpus only as
//! far as that order needs. The listing stops after a dozen words, so it
//! reads the top few hundred candidates of tens of thousands; most of the
//! rest are common elsewhere (发展, 建设), and counting every occurrence
//! of each was most of a comparison's cost.
//!
//! Keyness falls as a term's count elsewhere rises (for a term overused in
//! the unit), so an occurrence count that is not finished bounds it from
//! above, and so does the count of a longer candidate that contains it (a
//! string occurs at least as often). The candidates are released in
//! rounds of a falling threshold (halved, or down to the best string
//! already counted in full): each round counts a string only until its
//! bound drops below the threshold, and releases, best first, those
//! counted in full at or above it. Every string not released then is
//! below the threshold, so the order is exactly that of sorting every
//! candidate by its full count (`key_terms_tests.rs` checks it so).

use crate::sorting;
use std::cmp::Ordering;

use rustc_hash::FxHashMap;

use super::corpus_grams::{CorpusGrams, PartialCount};
use super::key_terms::log_likelihood;

/// A candidate counted in full: its occurrences in the unit and in the
/// rest of the corpus, and its keyness.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Scored<'a> {
    pub term: &'a str,
    pub here: usize,
    pub elsewhere: usize,
    pub keyness: f64,
}

/// The listing's order: the more distinctive first, then the longer, then
/// by the string.
pub(crate) fn listing_order(x: (f64, &str), y: (f64, &str)) -> Ordering {
    y.0.total_cmp(&x.0)
        .then_with(|| y.1.chars().count().cmp(&x.1.chars().count()))
        .then_with(|| x.1.cmp(y.1))
}

/// Below this threshold a last round counts every string left in full.
const LOWEST_THRESHOLD: f64 = 1e-3;

/// Whether a bound is below the threshold by more than floating point's
/// error in computing keyness (relative to its terms, which reach 10⁷
/// at ten million characters): a string is set aside only when surely
/// below.
fn surely_below(bound: f64, threshold: f64) -> bool {
    bound < threshold - 1e-6 * threshold.abs().max(1.0)
}

struct Pending<'a> {
    term: &'a str,
    here: usize,
    count: PartialCount<'a>,
    /// The keyness its count so far allows at most.
    bound: f64,
}

impl Pending<'_> {
    /// The most the count is known to be at least: its own count so far,
    /// or that of a longer candidate containing it.
    fn at_least(&self, floors: &FxHashMap<&str, usize>) -> usize {
        floors
            .get(self.term)
            .map_or(0, |&f| f)
            .max(self.count.found)
    }
}

/// The overused candidates of a unit in [`listing_order`], each counted
/// across the corpus only as far as needed to place it (see the module).
pub(crate) struct KeynessOrder<'a> {
    grams: &'a CorpusGrams,
    /// Han characters of the unit and of the rest of the corpus.
    totals: (f64, f64),
    threshold: f64,
    /// Not counted in full yet; each bound below the threshold.
    pending: Vec<Pending<'a>>,
    /// Counted in full, below the threshold.
    counted: Vec<Scored<'a>>,
    /// Counted in full, at or above the threshold: the best last.
    released: Vec<Scored<'a>>,
    /// Of pending strings, the most occurrences a longer candidate that
    /// contains them has been counted to: a string occurs at least as often
    /// as any string containing it, so the substrings of a common phrase
    /// (高质量发展, 质量发展, 质量发) need not each be counted as far.
    floors: FxHashMap<&'a str, usize>,
}

impl<'a> KeynessOrder<'a> {
    /// The `candidates` (strings and their counts in the unit) against the
    /// corpus read once; `totals` are the Han characters `(c, d)` of the
    /// unit and of the rest of the corpus.
    pub(crate) fn new(
        grams: &'a CorpusGrams,
        candidates: impl Iterator<Item = (&'a str, usize)>,
        totals: (f64, f64),
    ) -> Self {
        let mut order = KeynessOrder {
            grams,
            totals,
            threshold: f64::NEG_INFINITY,
            pending: Vec::new(),
            counted: Vec::new(),
            released: Vec::new(),
            floors: FxHashMap::default(),
        };
        for (term, here) in candidates {
            let count = grams.count_of(term);
            let bound = order.bound(here, count.found);
            if count.is_complete() {
                order.settle(term, here, count.found);
            } else if let Some(bound) = bound {
                order.pending.push(Pending {
                    term,
                    here,
                    count,
                    bound,
                });
            }
        }
        // Longer strings first in each round, to raise their substrings'
        // floors before those are counted.
        sorting::sort_by_key(&mut order.pending, |p| {
            std::cmp::Reverse(p.term.chars().count())
        });
        // The first round's threshold is the highest bound.
        let highest = order
            .pending
            .iter()
            .map(|p| p.bound)
            .chain(order.counted.iter().map(|s| s.keyness))
            .fold(f64::NEG_INFINITY, f64::max);
        order.threshold = 2.0 * highest;
        order
    }

    /// The keyness of a term seen `here` times in the unit and at least
    /// `found` times in the corpus (the unit's included); `None` where it
    /// is not overused in the unit even so.
    fn bound(&self, here: usize, found: usize) -> Option<f64> {
        let (c, d) = self.totals;
        let elsewhere = found.saturating_sub(here);
        let overused = here as f64 / c > elsewhere as f64 / d;
        overused.then(|| log_likelihood(here as f64, elsewhere as f64, c, d))
    }

    /// A string counted in full: kept if it is overused in the unit.
    fn settle(&mut self, term: &'a str, here: usize, found: usize) {
        if let Some(keyness) = self.bound(here, found) {
            self.counted.push(Scored {
                term,
                here,
                elsewhere: found.saturating_sub(here),
                keyness,
            });
        }
    }

    /// One round: the threshold lowered (see [`Self::next_threshold`]),
    /// each pending string whose bound reaches it counted until its bound
    /// drops below it, and the strings counted in full at or above it
    /// released.
    fn lower_threshold(&mut self) {
        self.threshold = self.next_threshold();
        let threshold = self.threshold;
        let mut pending = std::mem::take(&mut self.pending);
        let mut floors = std::mem::take(&mut self.floors);
        pending.retain_mut(|p| {
            if surely_below(p.bound, threshold) {
                return true;
            }
            let here = p.here;
            let floor = p.at_least(&floors);
            let below = |found: usize| {
                self.bound(here, found.max(floor))
                    .is_none_or(|bound| surely_below(bound, threshold))
            };
            if !below(0) {
                p.count.count_until(self.grams, below);
                raise_floors(&mut floors, p.term, p.count.found);
            }
            if p.count.is_complete() {
                self.settle(p.term, here, p.count.found);
                return false;
            }
            match self.bound(here, p.at_least(&floors)) {
                Some(bound) => {
                    p.bound = bound;
                    true
                }
                // Overused no longer, whatever the rest of the count.
                None => false,
            }
        });
        self.pending = pending;
        self.floors = floors;
        let (mut released, counted): (Vec<_>, Vec<_>) = std::mem::take(&mut self.counted)
            .into_iter()
            .partition(|s| s.keyness >= threshold);
        sorting::sort_by(&mut released, |x, y| {
            listing_order((y.keyness, y.term), (x.keyness, x.term))
        });
        self.released = released;
        self.counted = counted;
    }

    /// Half the threshold, or the keyness of the best string counted in
    /// full below it where that is higher (no lower than the listing
    /// needs: counting down to half of it cost as much again); once low,
    /// none, every string left counted in full.
    fn next_threshold(&self) -> f64 {
        let best_counted = self
            .counted
            .iter()
            .map(|s| s.keyness)
            .fold(f64::NEG_INFINITY, f64::max);
        match best_counted.max(self.threshold / 2.0) {
            t if t >= LOWEST_THRESHOLD => t,
            _ => f64::NEG_INFINITY,
        }
    }
}

/// The strings inside `term` (of two characters or more) occur at least
/// `found` times: raised where they were lower, and so on inwards.
fn raise_floors<'a>(floors: &mut FxHashMap<&'a str, usize>, term: &'a str, found: usize) {
    let (Some(first), Some(last)) = (term.chars().next(), term.chars().next_back()) else {
        return;
    };
    for inner in [
        &term[first.len_utf8()..],
        &term[..term.len() - last.len_utf8()],
    ] {
        if inner.chars().nth(1).is_none() {
            return;
        }
        let floor = floors.entry(inner).or_default();
        if *floor < found {
            *floor = found;
            raise_floors(floors, inner, found);
        }
    }
}

impl<'a> Iterator for KeynessOrder<'a> {
    type Item = Scored<'a>;

    fn next(&mut self) -> Option<Scored<'a>> {
        loop {
            if let Some(best) = self.released.pop() {
                return Some(best);
            }
            if self.pending.is_empty() && self.counted.is_empty() {
                return None;
            }
            self.lower_threshold();
        }
    }
}
