//! Terms' counts kept from one query to the next: a query asked again, or
//! one that adds a term to the last (`高质量发展` then `高质量发展 城市更新`),
//! reads only the terms it has not read.

use crate::search::postings::TermCounts;

/// Terms kept: a few sessions' worth of queries, at most a few MB at ten
/// thousand documents (eight bytes per document holding a term).
pub const TERMS_KEPT: usize = 32;

/// The most recently used terms' counts over every document of one index
/// (a sharded corpus's shards are one index). Filled by
/// [`crate::search::postings::Postings::search_cached`]; an index that
/// changes needs a new cache.
#[derive(Debug, Clone, Default)]
pub struct TermCache {
    /// Most recently used first.
    terms: Vec<(String, TermCounts)>,
}

impl TermCache {
    pub fn new() -> Self {
        TermCache::default()
    }

    /// `term`'s counts: kept ones, or those `count` gives, kept now.
    pub(crate) fn counts(&mut self, term: &str, count: impl FnOnce() -> TermCounts) -> &TermCounts {
        match self.terms.iter().position(|(t, _)| t == term) {
            Some(at) => {
                self.terms[..=at].rotate_right(1);
            }
            None => {
                self.terms.truncate(TERMS_KEPT - 1);
                self.terms.insert(0, (term.to_string(), count()));
            }
        }
        &self.terms[0].1
    }

    /// Terms held.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}
