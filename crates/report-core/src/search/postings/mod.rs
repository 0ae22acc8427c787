//! A character-gram inverted index over folded documents: the exact answer
//! of a substring scan without reading the text.
//!
//! Every position of a document contributes its character (a unigram) and
//! the pair it starts (a bigram), so nothing is tokenised and overlapping
//! occurrences all count, as in [`crate::search`]. Each gram's postings are
//! one byte string, appended to as documents are added (documents get
//! increasing numbers, so adding never rewrites):
//!
//! - unigram: `doc delta, count` per document holding the character;
//! - bigram: `doc delta, count, positions` where positions are `count` char
//!   offsets, delta-coded (a reader skips them by counting the bytes that
//!   end a varint: a length would cost a byte per document and bigram).
//!
//! All numbers are LEB128 varints. A one-character term is its unigram's
//! counts, a two-character term its bigram's; a longer term joins the
//! bigrams covering it (offsets 0, 2, 4… and the last pair) on documents,
//! then on positions: the term starts at `s` exactly where each covering
//! bigram stands at `s + offset`, since together they pin every character.

use rustc_hash::FxHashMap;

mod join;
mod term_cache;

use join::cover_offsets;
pub use term_cache::TermCache;

use crate::search::query::Query;
use crate::search::ReportHits;

/// A gram as a number: the first char in the high half, the second (or
/// [`NO_CHAR`] for a unigram) in the low half.
pub type GramKey = u64;

/// Not a `char` (above U+10FFFF): the second half of a unigram's key.
const NO_CHAR: u64 = 0xFFFF_FFFF;

fn unigram_key(a: char) -> GramKey {
    (a as u64) << 32 | NO_CHAR
}

fn bigram_key(a: char, b: char) -> GramKey {
    (a as u64) << 32 | b as u64
}

fn is_unigram(key: GramKey) -> bool {
    key & NO_CHAR == NO_CHAR
}

pub(crate) fn write_varint(out: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// The varint at `*at`, moving `*at` past it; `None` on truncated input.
pub(crate) fn read_varint(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let mut n: u32 = 0;
    for shift in (0..35).step_by(7) {
        let b = *bytes.get(*at)?;
        *at += 1;
        n |= u32::from(b & 0x7F).checked_shl(shift)?;
        if b < 0x80 {
            return Some(n);
        }
    }
    None
}

/// One gram's postings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct PostingList {
    pub(crate) key: GramKey,
    pub(crate) bytes: Vec<u8>,
    /// The last document appended, to delta-code the next one.
    pub(crate) last_doc: Option<u32>,
}

/// The gram index of a sequence of documents (numbered from 0 in the order
/// added).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Postings {
    /// Each gram's number: its place in `lists` (first seen, first placed).
    pub(crate) ids: FxHashMap<GramKey, u32>,
    pub(crate) lists: Vec<PostingList>,
    pub(crate) docs: u32,
    /// The numbers of the Basic Multilingual Plane's unigrams, by code
    /// point (`u32::MAX`: not seen yet): half of [`Postings::add`]'s
    /// lookups without hashing. A cache of `ids`.
    unigram_ids: Vec<u32>,
}

/// Documents holding a term, ascending, with how often it occurs in each.
pub type TermCounts = Vec<(u32, u32)>;

impl Postings {
    pub fn new() -> Self {
        Postings::default()
    }

    /// Documents indexed.
    pub fn len(&self) -> usize {
        self.docs as usize
    }

    pub fn is_empty(&self) -> bool {
        self.docs == 0
    }

    /// Bytes held: encoded postings (as allocated), each gram's list header
    /// and its entry in the key map, and the unigram table.
    pub fn size_bytes(&self) -> usize {
        let per_gram = std::mem::size_of::<PostingList>()
            + std::mem::size_of::<(GramKey, u32)>()
            + std::mem::size_of::<u64>();
        let table = self.unigram_ids.capacity() * std::mem::size_of::<u32>();
        table
            + self
                .lists
                .iter()
                .map(|p| p.bytes.capacity() + per_gram)
                .sum::<usize>()
    }

    /// Distinct unigrams and bigrams.
    pub fn grams(&self) -> usize {
        self.lists.len()
    }

    /// Gives back what appending reserved beyond what the postings hold
    /// (after a bulk build).
    pub fn shrink_to_fit(&mut self) {
        for list in &mut self.lists {
            list.bytes.shrink_to_fit();
        }
    }

    fn unigram_id(&mut self, c: char) -> u32 {
        let Some(slot) = self.unigram_ids.get(c as usize).copied() else {
            if (c as u32) < 0x1_0000 && self.unigram_ids.is_empty() {
                self.unigram_ids = vec![u32::MAX; 0x1_0000];
                return self.unigram_id(c);
            }
            return self.id(unigram_key(c));
        };
        if slot != u32::MAX {
            return slot;
        }
        let id = self.id(unigram_key(c));
        self.unigram_ids[c as usize] = id;
        id
    }

    fn id(&mut self, key: GramKey) -> u32 {
        let lists = &mut self.lists;
        *self.ids.entry(key).or_insert_with(|| {
            lists.push(PostingList {
                key,
                ..PostingList::default()
            });
            (lists.len() - 1) as u32
        })
    }

    /// Indexes one more (folded) document; it gets the next number.
    pub fn add(&mut self, folded: &str) {
        let doc = self.docs;
        self.docs += 1;
        let chars: Vec<char> = folded.chars().collect();
        // Each position's grams as (gram id, position) packed in a u64, so
        // one sort groups them by gram with positions ascending.
        let mut grams: Vec<u64> = Vec::with_capacity(chars.len() * 2);
        for (i, &c) in chars.iter().enumerate() {
            let at = i as u64;
            grams.push(u64::from(self.unigram_id(c)) << 32 | at);
            if let Some(&next) = chars.get(i + 1) {
                grams.push(u64::from(self.id(bigram_key(c, next))) << 32 | at);
            }
        }
        grams.sort_unstable();
        for run in grams.chunk_by(|a, b| a >> 32 == b >> 32) {
            let list = &mut self.lists[(run[0] >> 32) as usize];
            let delta = list.last_doc.map_or(doc, |last| doc - last);
            list.last_doc = Some(doc);
            write_varint(&mut list.bytes, delta);
            write_varint(&mut list.bytes, run.len() as u32);
            if is_unigram(list.key) {
                continue;
            }
            let mut previous = 0;
            for &packed in run {
                let at = packed as u32;
                write_varint(&mut list.bytes, at - previous);
                previous = at;
            }
        }
    }

    /// Every document holding `term` (folded), with its occurrences,
    /// overlapping ones included: what a scan of each document would count.
    pub fn term_counts(&self, term: &str) -> TermCounts {
        self.term_counts_within(term, None)
    }

    /// [`Postings::term_counts`] among the documents `within` (ascending)
    /// only, when given: a longer term's positions are read only there.
    fn term_counts_within(&self, term: &str, within: Option<&[u32]>) -> TermCounts {
        let chars: Vec<char> = term.chars().collect();
        let key = match chars.as_slice() {
            [] => return Vec::new(),
            [a] => unigram_key(*a),
            [a, b] => bigram_key(*a, *b),
            _ => return self.long_term_counts(&chars, within),
        };
        let Some(cursor) = self.cursor(key) else {
            return Vec::new();
        };
        match within {
            None => cursor.collect(),
            Some(docs) => {
                let mut at = 0;
                cursor
                    .filter(|&(doc, _)| {
                        while at < docs.len() && docs[at] < doc {
                            at += 1;
                        }
                        docs.get(at) == Some(&doc)
                    })
                    .collect()
            }
        }
    }

    /// What reading `term` costs, roughly: the bytes of its rarest gram's
    /// postings (0 when a gram is absent: the term is nowhere).
    fn term_cost(&self, term: &str) -> usize {
        Postings::term_grams(term)
            .into_iter()
            .map(|key| {
                self.ids
                    .get(&key)
                    .map_or(0, |&id| self.lists[id as usize].bytes.len())
            })
            .min()
            .unwrap_or(0)
    }

    /// The documents matching `query` (every clause has a term present, no
    /// excluded term present; with no clause, every document), ascending,
    /// with each term's count: what [`crate::search::QueryMatcher`] finds by
    /// scanning.
    pub fn search(&self, query: &Query) -> Vec<(u32, ReportHits)> {
        self.search_with(query, None)
    }

    /// [`Postings::search`], reading each term's counts from `cache` when
    /// they are there, and keeping those it reads (over every document,
    /// where the search alone would count a later term only among the
    /// documents still matching). `cache` must be of this index.
    pub fn search_cached(&self, query: &Query, cache: &mut TermCache) -> Vec<(u32, ReportHits)> {
        self.search_with(query, Some(cache))
    }

    fn search_with(
        &self,
        query: &Query,
        mut cache: Option<&mut TermCache>,
    ) -> Vec<(u32, ReportHits)> {
        let mut count = |term: &str, within: Option<&[u32]>| match cache.as_deref_mut() {
            Some(cache) => cache.counts(term, || self.term_counts(term)).clone(),
            None => self.term_counts_within(term, within),
        };
        let mut excluded: Vec<u32> = query
            .excluded
            .iter()
            .flat_map(|t| count(&t.folded, None))
            .map(|(doc, _)| doc)
            .collect();
        excluded.sort_unstable();
        // The cheapest clause first; each later term is counted only among
        // the documents still matching, a superset of those returned, so
        // their counts are exact.
        let mut clauses: Vec<&Vec<usize>> = query.clauses.iter().collect();
        let cost = |t: &usize| query.terms.get(*t).map_or(0, |t| self.term_cost(&t.folded));
        crate::sorting::sort_by_cached_key(&mut clauses, |clause| {
            clause.iter().map(cost).sum::<usize>()
        });
        let mut counted: Vec<Option<TermCounts>> = vec![None; query.terms.len()];
        let mut matching: Option<Vec<u32>> = None;
        for clause in clauses {
            let mut docs: Vec<u32> = Vec::new();
            for &t in clause {
                let Some(term) = query.terms.get(t) else {
                    continue;
                };
                let counts =
                    counted[t].get_or_insert_with(|| count(&term.folded, matching.as_deref()));
                docs.extend(counts.iter().map(|&(doc, _)| doc));
            }
            docs.sort_unstable();
            docs.dedup();
            matching = Some(match matching {
                None => docs,
                Some(before) => intersect(&before, &docs),
            });
        }
        let counts: Vec<TermCounts> = counted
            .into_iter()
            .zip(&query.terms)
            .map(|(counts, term)| {
                counts.unwrap_or_else(|| count(&term.folded, matching.as_deref()))
            })
            .collect();
        let matching = matching.unwrap_or_else(|| (0..self.docs).collect());
        let mut walks = vec![0usize; counts.len()];
        matching
            .into_iter()
            .filter(|doc| excluded.binary_search(doc).is_err())
            .map(|doc| {
                let per_term = counts
                    .iter()
                    .zip(walks.iter_mut())
                    .map(|(list, w)| {
                        while *w < list.len() && list[*w].0 < doc {
                            *w += 1;
                        }
                        match list.get(*w) {
                            Some(&(d, n)) if d == doc => n as usize,
                            _ => 0,
                        }
                    })
                    .collect();
                (doc, ReportHits { per_term })
            })
            .collect()
    }

    /// The grams [`Postings::term_counts`] reads for `term`.
    pub fn term_grams(term: &str) -> Vec<GramKey> {
        let chars: Vec<char> = term.chars().collect();
        match chars.as_slice() {
            [] => Vec::new(),
            [a] => vec![unigram_key(*a)],
            _ => cover_offsets(chars.len())
                .into_iter()
                .map(|o| bigram_key(chars[o as usize], chars[o as usize + 1]))
                .collect(),
        }
    }
}

fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len().min(b.len()));
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
