//! A sharded corpus (`report-cli split --shards`) at work: for a query,
//! the index shards its grams need are fetched (once; kept for later
//! queries) and the core answers it from them; a report's text part is
//! fetched when it is opened or its row is shown, and replaces its
//! catalogue entry in place. A failure is said, never a blank page.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use leptos::task::spawn_local;
use report_core::i18n::Key;
use report_core::{
    query_shards, read_shard, search_shards, shard_file, Query, Report, ReportHits, Shard,
    ShardError, TermCache,
};

use crate::corpus_source::{load_part, start_fetch_bytes, ShardedSource};
use crate::i18n::Said;

/// The catalogue reports' hits for a query, or why there are none.
pub type ShardAnswer = (Query, Result<Vec<Option<ReportHits>>, Said>);

#[derive(Clone, Copy)]
pub struct ShardedSearch {
    source: StoredValue<ShardedSource>,
    /// Shards fetched so far, by number.
    shards: StoredValue<HashMap<u32, Shard>>,
    /// Terms' counts from the shards, kept for later queries.
    terms: StoredValue<TermCache>,
    /// Text parts fetched or on their way.
    texts: StoredValue<HashSet<usize>>,
    /// The answer to the latest query searched.
    pub answer: RwSignal<Option<ShardAnswer>>,
    /// Text parts on their way.
    pub texts_loading: RwSignal<usize>,
    /// Text parts that could not be loaded, with why.
    pub text_failures: RwSignal<Vec<Said>>,
}

impl ShardedSearch {
    pub fn new(source: ShardedSource) -> ShardedSearch {
        ShardedSearch {
            source: StoredValue::new(source),
            shards: StoredValue::new(HashMap::new()),
            terms: StoredValue::new(TermCache::new()),
            texts: StoredValue::new(HashSet::new()),
            answer: RwSignal::new(None),
            texts_loading: RwSignal::new(0),
            text_failures: RwSignal::new(Vec::new()),
        }
    }

    /// Reports in the catalogue: the first reports of the app's list.
    pub fn docs(self) -> usize {
        self.source.with_value(|s| s.docs)
    }

    /// Writes the catalogue reports' hits for `query` over `out` when its
    /// answer is here: the last one fetched for it, or counted now from the
    /// shards held (a query whose grams were all read before is answered
    /// at once, without waiting a turn). Leaves `out` as it is otherwise
    /// (on its way, or failed).
    pub fn answer_into(self, query: &Query, out: &mut [Option<ReportHits>]) {
        let fetched = self.answer.with(|a| match a {
            Some((answered, result)) if answered == query => {
                if let Ok(hits) = result {
                    out.clone_from_slice(&hits[..out.len()]);
                }
                true
            }
            _ => false,
        });
        if fetched {
            return;
        }
        let count = self.source.with_value(|s| s.shards);
        let needed = query_shards(query, count);
        let counted = self.shards.with_value(|held| {
            let shards: Vec<&Shard> = needed.iter().map(|n| held.get(n)).collect::<Option<_>>()?;
            Some(self.count(&shards, count, &needed, query))
        });
        if let Some(Ok(hits)) = counted {
            for (slot, hits) in out.iter_mut().zip(hits) {
                *slot = hits;
            }
        }
    }

    /// Whether [`ShardedSearch::answer_into`] has `query`'s answer.
    pub fn has_answer(self, query: &Query) -> bool {
        let count = self.source.with_value(|s| s.shards);
        self.answer
            .with(|a| a.as_ref().is_some_and(|(answered, _)| answered == query))
            || self.shards.with_value(|held| {
                query_shards(query, count)
                    .iter()
                    .all(|n| held.contains_key(n))
            })
    }

    fn count(
        self,
        shards: &[&Shard],
        count: u32,
        needed: &[u32],
        query: &Query,
    ) -> Result<Vec<Option<ReportHits>>, Said> {
        let docs = self.docs();
        self.terms
            .try_update_value(|terms| search_shards(shards, count, docs, query, terms))
            // None: the app is gone; said as unusable all the same.
            .unwrap_or(Err(ShardError::Mismatched))
            .map_err(|_| {
                self.shard_failure(
                    needed.first().copied().unwrap_or(0),
                    Said::text(Key::ShardUnusable),
                )
            })
    }

    /// Fetches the shards of `query` not yet held, then sets its answer
    /// if `current` still is `query`.
    pub fn search(self, query: Query, current: Memo<Query>) {
        if query.is_empty() || self.has_answer(&query) {
            return;
        }
        let count = self.source.with_value(|s| s.shards);
        let needed = query_shards(&query, count);
        spawn_local(async move {
            let answer = self.fetch_shards(&needed).await.and_then(|()| {
                self.shards.with_value(|held| {
                    let shards: Vec<&Shard> = needed.iter().filter_map(|n| held.get(n)).collect();
                    self.count(&shards, count, &needed, &query)
                })
            });
            if current.with_untracked(|q| *q == query) {
                self.answer.set(Some((query, answer)));
            }
        });
    }

    /// Fetches the shards among `needed` not yet held, all at once (each
    /// read as it arrives, while the others download).
    async fn fetch_shards(self, needed: &[u32]) -> Result<(), Said> {
        let started: Vec<_> = needed
            .iter()
            .filter(|n| !self.shards.with_value(|held| held.contains_key(n)))
            .map(|&n| {
                let url = self.source.with_value(|s| s.shard_url(n));
                (n, url.map(|url| start_fetch_bytes(&url)))
            })
            .collect();
        for (n, bytes) in started {
            let bytes = match bytes {
                Ok(bytes) => bytes.await,
                Err(why) => Err(why),
            };
            let bytes = bytes.map_err(|why| self.shard_failure(n, why))?;
            let shard = read_shard(&bytes)
                .ok()
                .filter(|s| s.number == n && s.docs as usize == self.docs())
                .ok_or_else(|| self.shard_failure(n, Said::text(Key::ShardUnusable)))?;
            self.shards.update_value(|held| {
                held.insert(n, shard);
            });
        }
        Ok(())
    }

    fn shard_failure(self, n: u32, why: Said) -> Said {
        let file = self
            .source
            .with_value(|s| s.shard_url(n).unwrap_or_else(|_| shard_file(n)));
        Said::format(
            Key::ShardsFailed,
            vec![("file", Said::verbatim(file)), ("why", why)],
        )
    }

    /// Fetches the texts of the catalogue reports among `indices` that are
    /// not here yet, each replacing its catalogue entry in `reports`.
    pub fn need_texts(
        self,
        indices: impl IntoIterator<Item = usize>,
        reports: RwSignal<Vec<Report>>,
    ) {
        let parts: HashSet<usize> = self.source.with_value(|s| {
            indices
                .into_iter()
                .filter_map(|i| {
                    s.texts
                        .iter()
                        .position(|&(_, first, n)| (first..first + n).contains(&i))
                })
                .collect()
        });
        for part in parts {
            let fresh = self
                .texts
                .try_update_value(|asked| asked.insert(part))
                .unwrap_or(false);
            if !fresh {
                continue;
            }
            let (file, first, _) = self.source.with_value(|s| s.texts[part].clone());
            let url = self.source.with_value(|s| s.text_url(part));
            self.texts_loading.update(|n| *n += 1);
            spawn_local(async move {
                let loaded = match &url {
                    Ok(url) => load_part(url).await,
                    Err(why) => Err(why.clone()),
                };
                let url = url.unwrap_or(file);
                match loaded {
                    Ok(corpus) => reports.update(|all| replace_entries(all, first, corpus.reports)),
                    Err(why) => {
                        let failed = Said::format(
                            Key::TextFailed,
                            vec![("file", Said::verbatim(url)), ("why", why)],
                        );
                        self.text_failures.update(|f| f.push(failed));
                    }
                }
                self.texts_loading.update(|n| *n -= 1);
            });
        }
    }
}

/// Puts each full report in place of the catalogue entry of the same id,
/// from `first` on (an entry whose id differs is left as it is).
fn replace_entries(all: &mut [Report], first: usize, full: Vec<Report>) {
    for (slot, report) in all.iter_mut().skip(first).zip(full) {
        if slot.id == report.id {
            *slot = report;
        }
    }
}
