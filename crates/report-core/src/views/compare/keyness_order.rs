//! A unit's candidate terms in the order the listing reads them (keyness,
//! then the longer, then the string), counted across the corpus only as
//! far as that order needs. The listing stops after a dozen words, so it
//! reads the top few hundred candidates of tens of thousands; most of the
//! rest are common elsewhere (发展, 建设), and counting every occurrence
//! of each was most of a comparison's cost.
//!
//! Keyness falls as a term's count elsewhere rises (for a term overused in
//! the unit), so an occurrence count that is not finished bounds it from
//! above. The candidates are released in rounds of a falling threshold:
//! each round counts a string only until its bound drops below the
//! threshold, and releases, best first, those counted in full at or above
//! it. Every string not released then is below the threshold, so the
//! order is exactly that of sorting every candidate by its full count.

use std::cmp::Ordering;

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

    /// One round: the threshold halved (or, once low, gone), each pending
    /// string whose bound reaches it counted until its bound drops below
    /// it, and the strings counted in full at or above it released.
    fn lower_threshold(&mut self) {
        self.threshold = match self.threshold / 2.0 {
            t if t >= LOWEST_THRESHOLD => t,
            _ => f64::NEG_INFINITY,
        };
        let threshold = self.threshold;
        let mut pending = std::mem::take(&mut self.pending);
        pending.retain_mut(|p| {
            if surely_below(p.bound, threshold) {
                return true;
            }
            let here = p.here;
            p.count.count_until(self.grams, |found| {
                self.bound(here, found)
                    .is_none_or(|bound| surely_below(bound, threshold))
            });
            if p.count.is_complete() {
                self.settle(p.term, here, p.count.found);
                return false;
            }
            match self.bound(here, p.count.found) {
                Some(bound) => {
                    p.bound = bound;
                    true
                }
                // Overused no longer, whatever the rest of the count.
                None => false,
            }
        });
        self.pending = pending;
        let (mut released, counted): (Vec<_>, Vec<_>) = std::mem::take(&mut self.counted)
            .into_iter()
            .partition(|s| s.keyness >= threshold);
        released.sort_by(|x, y| listing_order((y.keyness, y.term), (x.keyness, x.term)));
        self.released = released;
        self.counted = counted;
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
