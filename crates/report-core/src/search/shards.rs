//! The gram index cut into shards by a stable hash of each gram, to be
//! written as static files: a query needs only the shards of its grams
//! ([`query_shards`]), read back ([`read_shard`]) and joined into postings
//! that answer it exactly as the whole index would ([`Postings::from_shards`]).
//! Bytes in, bytes out: no I/O here.
//!
//! A shard: the magic `RXG1`, then varints: shard count, this shard's
//! number, documents indexed, grams; then per gram, in key order: its first
//! char, its second (or `u32::MAX` for a unigram), the last document plus
//! one (so more documents can be appended), the byte length of its
//! postings, and the postings as [`crate::search::postings`] encodes them.

use crate::search::postings::{read_varint, write_varint, GramKey, PostingList, Postings};
use crate::search::query::Query;

const MAGIC: &[u8; 4] = b"RXG1";

/// Why bytes are not a shard of this index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShardError {
    /// Not a shard file (another file, or another version of the format).
    NotAShard,
    /// The file ends inside a record.
    Truncated,
    /// Shards of indexes cut differently or of different document counts.
    Mismatched,
    /// A shard the query needs is not among those given.
    Missing(u32),
}

/// The shard a gram lives in: SplitMix64's finaliser over its key, so the
/// choice is the same on every platform and version.
pub fn shard_of(key: GramKey, shards: u32) -> u32 {
    let mut z = key;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z % u64::from(shards.max(1))) as u32
}

/// The shards holding every gram `query` reads (its terms and excluded
/// terms), ascending, without repeats.
pub fn query_shards(query: &Query, shards: u32) -> Vec<u32> {
    let mut needed: Vec<u32> = query
        .terms
        .iter()
        .chain(&query.excluded)
        .flat_map(|t| Postings::term_grams(&t.folded))
        .map(|key| shard_of(key, shards))
        .collect();
    needed.sort_unstable();
    needed.dedup();
    needed
}

/// A shard read back: its place among the shards and its grams.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shard {
    pub shards: u32,
    pub number: u32,
    pub docs: u32,
    lists: Vec<PostingList>,
}

impl Postings {
    /// The index cut into `shards` files (`shards` at least 1).
    pub fn to_shards(&self, shards: u32) -> Vec<Vec<u8>> {
        let shards = shards.max(1);
        let mut members: Vec<Vec<&PostingList>> = vec![Vec::new(); shards as usize];
        for list in &self.lists {
            members[shard_of(list.key, shards) as usize].push(list);
        }
        members
            .into_iter()
            .enumerate()
            .map(|(number, mut lists)| {
                lists.sort_unstable_by_key(|l| l.key);
                let mut out = MAGIC.to_vec();
                for n in [shards, number as u32, self.docs, lists.len() as u32] {
                    write_varint(&mut out, n);
                }
                for list in lists {
                    write_varint(&mut out, (list.key >> 32) as u32);
                    write_varint(&mut out, list.key as u32);
                    write_varint(&mut out, list.last_doc.map_or(0, |d| d + 1));
                    write_varint(&mut out, list.bytes.len() as u32);
                    out.extend_from_slice(&list.bytes);
                }
                out
            })
            .collect()
    }

    /// Postings holding the grams of the given shards (all of one cut):
    /// they answer exactly any query whose [`query_shards`] are among them.
    pub fn from_shards(shards: &[Shard]) -> Result<Postings, ShardError> {
        joined(shards.iter(), |_| true)
    }

    /// The postings of `query`'s grams only, from `shards`: a query reads
    /// a few grams of shards holding thousands, and copying them all cost
    /// more than the count.
    pub fn from_shards_for(shards: &[&Shard], query: &Query) -> Result<Postings, ShardError> {
        let mut keys: Vec<GramKey> = query
            .terms
            .iter()
            .chain(&query.excluded)
            .flat_map(|t| Postings::term_grams(&t.folded))
            .collect();
        keys.sort_unstable();
        joined(shards.iter().copied(), |key| {
            keys.binary_search(&key).is_ok()
        })
    }
}

/// The grams of `shards` that `keep` keeps, as postings.
fn joined<'a>(
    shards: impl Iterator<Item = &'a Shard> + Clone,
    keep: impl Fn(GramKey) -> bool,
) -> Result<Postings, ShardError> {
    let mut postings = Postings::new();
    let Some(first) = shards.clone().next() else {
        return Ok(postings);
    };
    postings.docs = first.docs;
    for shard in shards {
        if (shard.shards, shard.docs) != (first.shards, first.docs) {
            return Err(ShardError::Mismatched);
        }
        for list in shard.lists.iter().filter(|l| keep(l.key)) {
            postings.ids.insert(list.key, postings.lists.len() as u32);
            postings.lists.push(list.clone());
        }
    }
    Ok(postings)
}

/// Reads one shard written by [`Postings::to_shards`].
pub fn read_shard(bytes: &[u8]) -> Result<Shard, ShardError> {
    let body = bytes.strip_prefix(MAGIC).ok_or(ShardError::NotAShard)?;
    let at = &mut 0;
    let next = |at: &mut usize| read_varint(body, at).ok_or(ShardError::Truncated);
    let (shards, number, docs, grams) = (next(at)?, next(at)?, next(at)?, next(at)?);
    let mut lists = Vec::new();
    for _ in 0..grams {
        let (first, second, last) = (next(at)?, next(at)?, next(at)?);
        let len = next(at)? as usize;
        let postings = body.get(*at..*at + len).ok_or(ShardError::Truncated)?;
        *at += len;
        lists.push(PostingList {
            key: u64::from(first) << 32 | u64::from(second),
            bytes: postings.to_vec(),
            last_doc: last.checked_sub(1),
        });
    }
    Ok(Shard {
        shards,
        number,
        docs,
        lists,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse_query;
    use crate::text::fold::fold_for_search;

    fn postings() -> Postings {
        let mut p = Postings::new();
        for text in [
            "优化营商环境，推进乡村振兴",
            "哈哈哈哈",
            "優化營商環境,ＧＤＰ增长",
            "",
            "乡村振兴\n营商环境",
        ] {
            p.add(&fold_for_search(text));
        }
        p
    }

    #[test]
    fn shards_read_back_answer_as_the_whole_index() {
        let whole = postings();
        for cut in [1, 3, 16] {
            let files = whole.to_shards(cut);
            assert_eq!(files.len(), cut as usize);
            let shards: Vec<Shard> = files.iter().map(|f| read_shard(f).unwrap()).collect();
            let all = Postings::from_shards(&shards).unwrap();
            assert_eq!(all.grams(), whole.grams());
            for q in [
                "营商环境",
                "哈哈哈",
                "哈",
                "gdp",
                "乡村 -哈哈",
                "不存在 | 振兴",
                "境",
            ] {
                let query = parse_query(q);
                // Only the shards the query needs.
                let needed: Vec<Shard> = query_shards(&query, cut)
                    .into_iter()
                    .map(|s| shards[s as usize].clone())
                    .collect();
                let some = Postings::from_shards(&needed).unwrap();
                assert_eq!(
                    some.search(&query),
                    whole.search(&query),
                    "{q}, {cut} shards"
                );
                // Only the query's grams of them.
                let refs: Vec<&Shard> = needed.iter().collect();
                let grams = Postings::from_shards_for(&refs, &query).unwrap();
                assert!(grams.grams() <= some.grams());
                if cut == 1 {
                    assert!(grams.grams() < some.grams(), "{q}: only its grams copied");
                }
                assert_eq!(
                    grams.search(&query),
                    whole.search(&query),
                    "{q}, {cut} shards, its grams"
                );
                assert_eq!(
                    all.search(&query),
                    whole.search(&query),
                    "{q}, {cut} shards"
                );
            }
        }
    }

    #[test]
    fn read_back_shards_take_more_documents_as_the_index_does() {
        let mut whole = postings();
        let shards: Vec<Shard> = whole
            .to_shards(4)
            .iter()
            .map(|f| read_shard(f).unwrap())
            .collect();
        let mut again = Postings::from_shards(&shards).unwrap();
        whole.add("营商环境哈哈");
        again.add("营商环境哈哈");
        let query = parse_query("营商环境 | 哈哈");
        assert_eq!(again.search(&query), whole.search(&query));
    }

    #[test]
    fn numbers_past_u32_in_a_damaged_shard_never_panic() {
        // One shard, one bigram (营商): its second position and its second
        // document overflow a u32 when added up.
        let mut postings = Vec::new();
        for n in [5, 2, u32::MAX - 1, 5, u32::MAX, 1, 0] {
            write_varint(&mut postings, n);
        }
        let mut bytes = MAGIC.to_vec();
        for n in [
            1,
            0,
            2,
            1,
            '营' as u32,
            '商' as u32,
            0,
            postings.len() as u32,
        ] {
            write_varint(&mut bytes, n);
        }
        bytes.extend(postings);
        let damaged = Postings::from_shards(&[read_shard(&bytes).unwrap()]).unwrap();
        for q in ["营商", "营商营商", "营商 -营商营商"] {
            // Whatever it answers, it answers without panicking.
            let _ = damaged.search(&parse_query(q));
        }
    }

    #[test]
    fn bad_bytes_are_told_apart() {
        let files = postings().to_shards(2);
        assert_eq!(read_shard(b"{\"reports\": []}"), Err(ShardError::NotAShard));
        let cut = &files[0][..files[0].len() - 1];
        assert_eq!(read_shard(cut), Err(ShardError::Truncated));
        let mut other = Postings::new();
        other.add("营商");
        let mixed = [
            read_shard(&files[0]).unwrap(),
            read_shard(&other.to_shards(2)[1]).unwrap(),
        ];
        assert_eq!(Postings::from_shards(&mixed), Err(ShardError::Mismatched));
    }
}
