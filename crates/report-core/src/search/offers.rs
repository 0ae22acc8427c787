//! What a search that finds nothing offers, from the index's side: the
//! held texts read for a term's slips of typing, the names a short form
//! stands for, and what letters read as in pinyin.

use crate::search::near_miss::{self, NearMiss};
use crate::search::{typed_in_pinyin, written_in_full, SearchIndex};

impl SearchIndex {
    /// Strings of the held texts one slip of typing from `term` (folded),
    /// when it occurs in none of them: see [`near_miss`].
    pub fn near_misses(&self, term: &str, limit: usize) -> Vec<NearMiss> {
        near_miss::near_misses(self.documents(), term, limit)
    }

    /// What an empty list offers for `term` (folded): its slips and the
    /// names it stands for written out, at most `limit` (see
    /// [`written_in_full::among_slips`]).
    pub fn slips(&self, term: &str, limit: usize) -> Vec<NearMiss> {
        written_in_full::among_slips(
            term,
            self.near_misses(term, limit),
            self.written_in_full(term, limit),
            limit,
        )
    }

    /// Strings of the held texts that write `term` (folded), a short form,
    /// out, when it occurs in none of them: see [`written_in_full`].
    pub fn written_in_full(&self, term: &str, limit: usize) -> Vec<NearMiss> {
        written_in_full::written_in_full(self.documents(), term, limit)
    }

    /// Strings of the held texts that read as `term` (folded) typed in
    /// pinyin, when it occurs in none of them: see [`typed_in_pinyin`].
    pub fn read_as_pinyin(&self, term: &str, limit: usize) -> Vec<NearMiss> {
        typed_in_pinyin::read_as_pinyin(self.documents(), term, limit)
    }

    /// What the letters of the query typed as `input` read as in pinyin,
    /// word by word and where syllables were typed apart: see
    /// [`typed_in_pinyin::pinyin_offers`].
    pub fn pinyin_offers(&self, input: &str, limit: usize) -> Vec<(String, Vec<NearMiss>)> {
        typed_in_pinyin::pinyin_offers(self.documents(), input, limit)
    }
}
