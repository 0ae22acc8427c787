//! Reading a gram's postings and joining a long term's bigrams: on
//! documents (leapfrog), then on positions, rarest bigram first, each
//! decoded only as far as the starts still kept need.

use crate::search::postings::{bigram_key, is_unigram, read_varint, GramKey, Postings, TermCounts};

impl Postings {
    pub(super) fn cursor(&self, key: GramKey) -> Option<Cursor<'_>> {
        let list = &self.lists[*self.ids.get(&key)? as usize];
        Some(Cursor {
            bytes: &list.bytes,
            at: 0,
            doc: 0,
            started: false,
            count: 0,
            positions: &[],
            has_positions: !is_unigram(key),
        })
    }

    /// A term of three characters or more: the covering bigrams joined on
    /// documents, then on positions.
    pub(super) fn long_term_counts(&self, chars: &[char], within: Option<&[u32]>) -> TermCounts {
        let offsets = cover_offsets(chars.len());
        let mut cursors = Vec::with_capacity(offsets.len());
        for &o in &offsets {
            let o = o as usize;
            match self.cursor(bigram_key(chars[o], chars[o + 1])) {
                Some(c) => cursors.push(c),
                None => return Vec::new(),
            }
        }
        let mut out = Vec::new();
        let (mut starts, mut order) = (Vec::new(), Vec::new());
        let mut candidate = 0;
        'docs: loop {
            // Leapfrog: move every cursor to the largest current document.
            let mut target = 0;
            for c in cursors.iter_mut() {
                if !c.started && !c.step() {
                    break 'docs;
                }
                target = target.max(c.doc);
            }
            let mut aligned = false;
            while !aligned {
                aligned = true;
                for c in cursors.iter_mut() {
                    while c.doc < target {
                        if !c.step() {
                            break 'docs;
                        }
                    }
                    if c.doc > target {
                        target = c.doc;
                        aligned = false;
                    }
                }
                if let Some(docs) = within {
                    while docs.get(candidate).is_some_and(|&d| d < target) {
                        candidate += 1;
                    }
                    match docs.get(candidate) {
                        None => break 'docs,
                        Some(&d) if d > target => {
                            target = d;
                            aligned = false;
                        }
                        Some(_) => {}
                    }
                }
            }
            let n = count_starts(&cursors, &offsets, &mut starts, &mut order);
            if n > 0 {
                out.push((target, n));
            }
            for c in cursors.iter_mut() {
                if !c.step() {
                    break 'docs;
                }
            }
        }
        out
    }
}

/// Offsets of the bigrams that cover a term of `len` (at least two)
/// characters: 0, 2, 4… and the last pair.
pub(super) fn cover_offsets(len: usize) -> Vec<u32> {
    let last = len.saturating_sub(2) as u32;
    let mut offsets: Vec<u32> = (0..=last).step_by(2).collect();
    if offsets.last() != Some(&last) {
        offsets.push(last);
    }
    offsets
}

/// Where the `n` varints from `at` end (or the end of `bytes`): eight
/// bytes at a time while a word holds fewer ends (bytes under 0x80) than
/// are left, so a long document's positions are passed without reading
/// each.
fn skip_varints(bytes: &[u8], mut at: usize, mut n: u32) -> usize {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    while let Some(word) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(word.try_into().expect("eight bytes"));
        let ends = (!word & HIGH_BITS).count_ones();
        if ends >= n {
            break;
        }
        n -= ends;
        at += 8;
    }
    while n > 0 && at < bytes.len() {
        if bytes[at] < 0x80 {
            n -= 1;
        }
        at += 1;
    }
    at
}

/// The term's occurrences in the cursors' current document: the starts
/// its rarest bigram there gives, kept while each other bigram, rarest
/// first, stands at its offset from them. A bigram's positions are decoded
/// only up to the last start still kept, and not at all once none is, so
/// a common bigram (发展) costs little beside a rare one. `starts` and
/// `order` are scratch space kept across documents.
fn count_starts(
    cursors: &[Cursor<'_>],
    offsets: &[u32],
    starts: &mut Vec<u32>,
    order: &mut Vec<usize>,
) -> u32 {
    // By insertion: a term has a few bigrams, and a sort's code is large
    // in the page's wasm.
    order.clear();
    for k in 0..cursors.len() {
        let at = order.partition_point(|&o| cursors[o].count <= cursors[k].count);
        order.insert(at, k);
    }
    starts.clear();
    let Some((&driver, others)) = order.split_first() else {
        return 0;
    };
    starts.extend(
        cursors[driver]
            .positions()
            .filter_map(|p| p.checked_sub(offsets[driver])),
    );
    for &k in others {
        if starts.is_empty() {
            break;
        }
        keep_followed(starts, cursors[k].positions(), offsets[k]);
    }
    starts.len() as u32
}

/// Keeps the `starts` (ascending) with `start + offset` among `positions`
/// (ascending), reading them no further than the last start needs.
fn keep_followed(starts: &mut Vec<u32>, mut positions: Positions<'_>, offset: u32) {
    let mut kept = 0;
    let mut current = 0;
    let mut started = false;
    for i in 0..starts.len() {
        let want = starts[i].saturating_add(offset);
        while !started || current < want {
            let Some(p) = positions.next() else {
                starts.truncate(kept);
                return;
            };
            current = p;
            started = true;
        }
        if current == want {
            starts[kept] = starts[i];
            kept += 1;
        }
    }
    starts.truncate(kept);
}

/// Reads one gram's postings document by document.
pub(super) struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
    doc: u32,
    started: bool,
    count: u32,
    /// The current document's encoded positions (bigrams only).
    positions: &'a [u8],
    has_positions: bool,
}

impl Cursor<'_> {
    /// Moves to the next document; false at the end.
    fn step(&mut self) -> bool {
        let Some(delta) = read_varint(self.bytes, &mut self.at) else {
            return false;
        };
        self.doc = if self.started {
            self.doc.saturating_add(delta)
        } else {
            delta
        };
        self.started = true;
        self.count = read_varint(self.bytes, &mut self.at).unwrap_or(0);
        if self.has_positions {
            let start = self.at;
            self.at = skip_varints(self.bytes, start, self.count);
            self.positions = &self.bytes[start..self.at];
        }
        true
    }

    /// The current document's positions, decoded as they are read.
    fn positions(&self) -> Positions<'_> {
        Positions {
            bytes: self.positions,
            at: 0,
            position: 0,
        }
    }
}

/// One document's positions of a bigram, ascending.
struct Positions<'a> {
    bytes: &'a [u8],
    at: usize,
    position: u32,
}

impl Iterator for Positions<'_> {
    type Item = u32;

    /// Always inlined, one- and two-byte deltas (nearly all) read here: the
    /// release profile optimises for size, and a call per position was
    /// most of a long term's count.
    #[inline(always)]
    fn next(&mut self) -> Option<u32> {
        let first = *self.bytes.get(self.at)?;
        let delta = match self.bytes.get(self.at + 1) {
            _ if first < 0x80 => {
                self.at += 1;
                u32::from(first)
            }
            Some(&second) if second < 0x80 => {
                self.at += 2;
                u32::from(first & 0x7F) | u32::from(second) << 7
            }
            _ => read_varint(self.bytes, &mut self.at)?,
        };
        // Saturating: a damaged shard read from outside must not panic.
        self.position = self.position.saturating_add(delta);
        Some(self.position)
    }
}

impl Iterator for Cursor<'_> {
    type Item = (u32, u32);

    fn next(&mut self) -> Option<(u32, u32)> {
        self.step().then_some((self.doc, self.count))
    }
}
