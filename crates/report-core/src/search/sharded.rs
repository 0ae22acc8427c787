//! A corpus cut for a static host ([`crate::corpus::sharded`]): the layout
//! (catalogue, index shards, text parts; bytes and values, the CLI writes
//! them) and a query answered from the shards it needs, exactly as the
//! whole index answers it.

use crate::corpus::parts::cut_into_parts;
use crate::corpus::sharded::{shard_file, text_file, without_text, ShardedCatalogue};
use crate::model::Corpus;
use crate::search::postings::{Postings, TermCache};
use crate::search::query::Query;
use crate::search::shards::{query_shards, Shard, ShardError};
use crate::search::{ReportHits, SearchIndex};

/// Index bytes aimed at per shard: a term of k characters reads at most
/// about k/2 + 1 shards, so a query's first fetch stays a few hundred KB
/// to a few MB (common grams' lists are longer than any shard).
pub const SHARD_BYTES: usize = 256 * 1024;

/// Reports per text part by default: the rows on screen (20 at first) fetch their
/// parts for snippets, so parts stay small.
pub const REPORTS_PER_TEXT: usize = 8;

/// Everything a sharded corpus's files hold, named as the catalogue names
/// them.
#[derive(Debug, Clone)]
pub struct ShardedCorpus {
    pub catalogue: ShardedCatalogue,
    pub shards: Vec<(String, Vec<u8>)>,
    pub texts: Vec<(String, Corpus)>,
}

/// Shards for an index of `index_bytes`: about [`SHARD_BYTES`] each.
pub fn shard_count(index_bytes: usize) -> u32 {
    index_bytes.div_ceil(SHARD_BYTES).clamp(1, 1 << 16) as u32
}

/// Lays `corpus` out as a catalogue, index shards (their count from the
/// index's size, or `shards` when given) and text parts of `per_text`
/// reports.
pub fn shard_corpus(corpus: &Corpus, shards: Option<u32>, per_text: usize) -> ShardedCorpus {
    let index = SearchIndex::new(&corpus.reports);
    let postings = index.postings();
    let count = shards.unwrap_or_else(|| shard_count(postings.size_bytes()));
    let shards = postings
        .to_shards(count)
        .into_iter()
        .enumerate()
        .map(|(n, bytes)| (shard_file(n as u32), bytes))
        .collect();
    drop(index);
    let (parts, texts) = cut_into_parts(corpus, per_text, text_file);
    let catalogue = ShardedCatalogue {
        schema_version: corpus.schema_version,
        shards: count,
        texts: parts,
        reports: corpus.reports.iter().map(without_text).collect(),
    };
    ShardedCorpus {
        catalogue,
        shards,
        texts,
    }
}

/// Each of `docs` reports' hits for `query` (`None`: no match), from
/// `shards`, which must hold every shard [`query_shards`] names: the same
/// as [`SearchIndex::search`] over the whole corpus. Terms' counts are
/// read from `cache` and kept there (one cache per sharded corpus).
pub fn search_shards(
    shards: &[&Shard],
    count: u32,
    docs: usize,
    query: &Query,
    cache: &mut TermCache,
) -> Result<Vec<Option<ReportHits>>, ShardError> {
    if query.is_empty() {
        return Ok(vec![Some(ReportHits::default()); docs]);
    }
    for needed in query_shards(query, count) {
        if !shards.iter().any(|s| s.number == needed) {
            return Err(ShardError::Missing(needed));
        }
    }
    if shards
        .iter()
        .any(|s| s.shards != count || s.docs as usize != docs)
    {
        return Err(ShardError::Mismatched);
    }
    let mut out = vec![None; docs];
    for (doc, hits) in Postings::from_shards_for(shards, query)?.search_cached(query, cache) {
        out[doc as usize] = Some(hits);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::parse_corpus;
    use crate::corpus::parts::parse_corpus_file;
    use crate::corpus::parts::CorpusFile;
    use crate::search::query::parse_query;
    use crate::search::shards::read_shard;
    use crate::test_support::{bundled_corpus, synthesize};
    use crate::views::explore::search_all;
    use crate::views::facet_index::{facet_counts, FacetIndex};
    use crate::views::facets::Selection;

    /// Queries over the corpus's own text: terms of one to six characters
    /// taken at places spread over it by a stride prime to its length (so
    /// one-character, overlapping and cross-paragraph terms come up), some
    /// with a second term, an either or an exclusion.
    fn queries(corpus: &Corpus) -> Vec<String> {
        let text: Vec<char> = corpus
            .reports
            .iter()
            .flat_map(|r| r.reader_texts().into_iter().map(|(_, t)| t.to_string()))
            .collect::<Vec<_>>()
            .join("\n")
            .chars()
            .collect();
        let term = |k: usize| {
            let len = 1 + k % 6;
            let at = (k * 7_919) % (text.len() - len);
            let t: String = text[at..at + len].iter().collect();
            t.replace(['\n', ' ', '"', '|', '-'], "")
        };
        (0..60)
            .map(|i| match i % 4 {
                0 => term(i),
                1 => format!("{} {}", term(i), term(i + 101)),
                2 => format!("{} | {}", term(i), term(i + 211)),
                _ => format!("{} -{}", term(i), term(i + 307)),
            })
            .collect()
    }

    #[test]
    fn files_read_back_answer_as_the_whole_index() {
        let corpus = synthesize(&bundled_corpus().reports, 40, 3);
        let laid = shard_corpus(&corpus, Some(7), 6);
        // The catalogue and the text parts go through JSON as the app reads them.
        let json = serde_json::to_string(&laid.catalogue).unwrap();
        let Ok(CorpusFile::Sharded(catalogue)) = parse_corpus_file(&json) else {
            panic!("not read back as a sharded catalogue");
        };
        assert_eq!(catalogue.reports.len(), 40);
        assert_eq!(laid.shards.len(), 7);
        let texts: Vec<_> = laid
            .texts
            .iter()
            .flat_map(|(_, c)| {
                parse_corpus(&serde_json::to_string(c).unwrap())
                    .unwrap()
                    .reports
            })
            .collect();
        assert_eq!(texts, corpus.reports);
        for (i, stub) in catalogue.reports.iter().enumerate() {
            let (part, first) = catalogue.text_part_of(i).unwrap();
            assert_eq!(laid.texts[part].1.reports[i - first].id, stub.id);
            assert_eq!(stub.title, corpus.reports[i].title);
            assert_eq!(stub.body_chars(), 0);
        }
        assert_eq!(catalogue.text_part_of(40), None);
        // The facets over the catalogue are the corpus's.
        let all = search_all(&SearchIndex::new(&corpus.reports), &parse_query(""));
        let none = Selection::default();
        assert_eq!(
            facet_counts(&FacetIndex::new(&catalogue.reports), &all, &none),
            facet_counts(&FacetIndex::new(&corpus.reports), &all, &none)
        );

        let whole = SearchIndex::new(&corpus.reports);
        let shards: Vec<Shard> = laid
            .shards
            .iter()
            .map(|(_, b)| read_shard(b).unwrap())
            .collect();
        // Every query twice: the second time its terms' counts are kept.
        let mut cache = TermCache::new();
        let asked = queries(&corpus);
        for q in asked
            .iter()
            .chain(&["".to_string(), "境".into(), "营商环境".into()])
            .chain(&asked)
        {
            let query = parse_query(q);
            let needed: Vec<&Shard> = query_shards(&query, catalogue.shards)
                .into_iter()
                .map(|n| &shards[n as usize])
                .collect();
            // Terms' counts kept from earlier queries answer as read anew.
            let answer = search_shards(&needed, catalogue.shards, 40, &query, &mut cache).unwrap();
            assert_eq!(
                search_shards(&needed, catalogue.shards, 40, &query, &mut TermCache::new()),
                Ok(answer.clone()),
                "{q}"
            );
            assert_eq!(answer, search_all(&whole, &query), "{q}");
            // And as a scan of each report finds.
            let matcher = crate::search::QueryMatcher::new(&query);
            if !query.is_empty() {
                let scanned: Vec<_> = (0..40).map(|i| whole.report_hits(i, &matcher)).collect();
                assert_eq!(answer, scanned, "{q}");
            }
        }
    }

    #[test]
    fn a_missing_or_foreign_shard_is_said() {
        let corpus = synthesize(&bundled_corpus().reports, 5, 1);
        let laid = shard_corpus(&corpus, Some(4), 2);
        let query = parse_query("营商环境 乡村振兴");
        let needed = query_shards(&query, 4);
        assert!(matches!(
            search_shards(&[], 4, 5, &query, &mut TermCache::new()),
            Err(ShardError::Missing(n)) if n == needed[0]
        ));
        let read: Vec<Shard> = needed
            .iter()
            .map(|&n| read_shard(&laid.shards[n as usize].1).unwrap())
            .collect();
        let shards: Vec<&Shard> = read.iter().collect();
        assert_eq!(
            search_shards(&shards, 4, 6, &query, &mut TermCache::new()),
            Err(ShardError::Mismatched)
        );
        assert!(search_shards(&shards, 4, 5, &query, &mut TermCache::new()).is_ok());
    }

    #[test]
    fn shard_count_follows_the_index_size() {
        assert_eq!(shard_count(0), 1);
        assert_eq!(shard_count(SHARD_BYTES), 1);
        assert_eq!(shard_count(SHARD_BYTES * 100 + 1), 101);
    }
}
