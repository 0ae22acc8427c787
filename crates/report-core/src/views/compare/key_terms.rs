//! Distinctive terms of a unit (keyness): character n-grams of its Han
//! text, ranked by Dunning's log-likelihood against the rest of the corpus.
//! No word dictionary is needed.

use rustc_hash::FxHashMap;

use super::Unit;
use crate::model::{Report, TextPlace};
use crate::search::SearchIndex;
use crate::text::fold::is_han;

/// Calls `visit` with each run of Han characters in `text`, as the byte
/// offsets of its characters followed by the offset of its end.
fn for_each_han_run(text: &str, mut visit: impl FnMut(&[usize])) {
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

pub(super) fn ngram_counts(
    texts: impl Iterator<Item = String>,
    sizes: std::ops::RangeInclusive<usize>,
) -> FxHashMap<String, usize> {
    let mut counts: FxHashMap<String, usize> = FxHashMap::default();
    for text in texts {
        for_each_han_run(&text, |starts| {
            for n in sizes.clone() {
                for i in 0..starts.len().saturating_sub(n) {
                    let w = &text[starts[i]..starts[i + n]];
                    match counts.get_mut(w) {
                        Some(count) => *count += 1,
                        None => {
                            counts.insert(w.to_string(), 1);
                        }
                    }
                }
            }
        });
    }
    counts
}

/// Adds to `counts` the occurrences in `texts` of the n-grams it already
/// holds; returns how many n-grams the texts have in all. An n-gram is
/// looked up only while its shorter prefix was found: an n-gram seen twice
/// has a prefix seen twice, so the keys are closed under prefixes.
fn count_known_ngrams(
    texts: impl Iterator<Item = String>,
    sizes: std::ops::RangeInclusive<usize>,
    counts: &mut FxHashMap<&str, usize>,
) -> usize {
    let mut tokens = 0;
    for text in texts {
        for_each_han_run(&text, |starts| {
            let chars = starts.len() - 1;
            tokens += sizes
                .clone()
                .map(|n| (chars + 1).saturating_sub(n))
                .sum::<usize>();
            for i in 0..chars {
                for n in sizes.clone().take_while(|n| i + n <= chars) {
                    match counts.get_mut(&text[starts[i]..starts[i + n]]) {
                        Some(count) => *count += 1,
                        None => break,
                    }
                }
            }
        });
    }
    tokens
}

/// Report `i`'s paragraphs, folded, taken from the index rather than
/// folded again (at a thousand reports that is ten million characters).
fn folded_paragraphs(reports: &[Report], index: &SearchIndex, i: usize) -> String {
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

/// A distinctive term of a unit.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyTerm {
    pub term: String,
    /// Occurrences in the unit and in the rest of the corpus.
    pub here: usize,
    pub elsewhere: usize,
    /// Dunning's log-likelihood (G²); higher is more distinctive.
    pub keyness: f64,
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

/// N-gram sizes used for keyness: two to four characters, since Chinese
/// policy terms are mostly two- and four-character words.
pub(super) const KEY_NGRAMS: std::ops::RangeInclusive<usize> = 2..=4;
/// A term must occur this often in the unit to be listed.
const MIN_KEY_COUNT: usize = 2;

/// The unit's most distinctive n-grams against the rest of the corpus:
/// overused in the unit (relative frequency above the rest's), not part of
/// its own place names, and ranked by log-likelihood. An n-gram inside a
/// longer listed one with nearly the same count is dropped, so `双招双` does
/// not crowd out `双招双引`.
#[cfg(test)] // used by tests only: the app ranks every unit at once
pub fn key_terms(reports: &[Report], unit: &Unit, limit: usize) -> Vec<KeyTerm> {
    let index = SearchIndex::new(reports);
    key_terms_of_units(reports, &index, std::slice::from_ref(unit), limit)
        .pop()
        .unwrap_or_default()
}

/// [`key_terms`] for each unit, reading the corpus once for all of them:
/// only the n-grams a unit could list are counted in the rest (the
/// corpus's count less the unit's), so a comparison at a thousand reports
/// does not tally every n-gram of ten million characters.
pub fn key_terms_of_units(
    reports: &[Report],
    index: &SearchIndex,
    units: &[Unit],
    limit: usize,
) -> Vec<Vec<KeyTerm>> {
    let paragraphs = |indices: &[usize]| -> Vec<String> {
        indices
            .iter()
            .map(|&i| folded_paragraphs(reports, index, i))
            .collect()
    };
    let here: Vec<FxHashMap<String, usize>> = units
        .iter()
        .map(|u| ngram_counts(paragraphs(&u.reports).into_iter(), KEY_NGRAMS))
        .collect();
    let mut in_corpus: FxHashMap<&str, usize> = here
        .iter()
        .flat_map(|counts| counts.iter())
        .filter(|(_, &a)| a >= MIN_KEY_COUNT)
        .map(|(term, _)| (term.as_str(), 0))
        .collect();
    let corpus_tokens = count_known_ngrams(
        (0..reports.len()).map(|i| folded_paragraphs(reports, index, i)),
        KEY_NGRAMS,
        &mut in_corpus,
    );
    units
        .iter()
        .zip(&here)
        .map(|(unit, here)| {
            let own_tokens = here.values().sum::<usize>();
            let c = own_tokens.max(1) as f64;
            let d = corpus_tokens.saturating_sub(own_tokens).max(1) as f64;
            let elsewhere = |term: &str, a: usize| in_corpus.get(term).map_or(0, |n| n - a);
            rank_key_terms(reports, unit, here, elsewhere, (c, d), limit)
        })
        .collect()
}

/// The listed terms of one unit, given its counts, each term's count in
/// the rest of the corpus, and the token totals `(c, d)` of both.
fn rank_key_terms(
    reports: &[Report],
    unit: &Unit,
    here: &FxHashMap<String, usize>,
    elsewhere: impl Fn(&str, usize) -> usize,
    (c, d): (f64, f64),
    limit: usize,
) -> Vec<KeyTerm> {
    // A district's own name is trivially distinctive: leave out n-grams
    // inside the names of its regions (坊子区 gives 坊子, 子区).
    let own_names: Vec<String> = unit
        .reports
        .iter()
        .filter_map(|&i| reports.get(i)?.region.as_ref())
        .flat_map(|r| {
            r.path()
                .into_iter()
                .map(|s| s.name.to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    let mut terms: Vec<KeyTerm> = here
        .iter()
        .filter(|(_, &a)| a >= MIN_KEY_COUNT)
        .filter(|(term, _)| !own_names.iter().any(|n| n.contains(term.as_str())))
        .filter_map(|(term, &a)| {
            let b = elsewhere(term, a);
            let overused = a as f64 / c > b as f64 / d;
            overused.then(|| KeyTerm {
                term: term.clone(),
                here: a,
                elsewhere: b,
                keyness: log_likelihood(a as f64, b as f64, c, d),
            })
        })
        .collect();
    terms.sort_by(|x, y| {
        y.keyness
            .total_cmp(&x.keyness)
            .then_with(|| y.term.chars().count().cmp(&x.term.chars().count()))
            .then_with(|| x.term.cmp(&y.term))
    });
    let mut kept: Vec<KeyTerm> = Vec::new();
    for t in terms {
        let absorbed = kept.iter().any(|k| {
            (k.term.contains(&t.term) || t.term.contains(&k.term)) && t.here <= k.here + k.here / 5
        });
        if !absorbed {
            kept.push(t);
        }
        if kept.len() == limit {
            break;
        }
    }
    kept
}
