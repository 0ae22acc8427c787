//! The result list: which reports a query and filter leave, with their hit
//! counts, best snippets, and hits per district. The app renders this; it
//! decides nothing itself.

use std::borrow::Cow;

use crate::model::{Report, TextPlace};
use crate::search::query::Query;
use crate::search::{ReportHits, SearchIndex};
use crate::text::fold::fold_for_search;
use crate::views::facets::Selection;
use crate::views::highlight::{best_snippets, Snippet};

/// How many snippets a result shows.
pub const SNIPPETS_PER_RESULT: usize = 2;

/// One report in the result list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ResultRow {
    /// Index of the report in the corpus.
    pub index: usize,
    pub hits: ReportHits,
}

/// Which reports match the search, with their hits (`None`: no match). An
/// empty query matches every report. Facets are applied afterwards, so that
/// choosing a facet value does not search again. Counted from the index's
/// postings ([`SearchIndex::search`]).
pub fn search_all(index: &SearchIndex, query: &Query) -> Vec<Option<ReportHits>> {
    if query.is_empty() {
        return vec![Some(ReportHits::default()); index.len()];
    }
    index.search(query)
}

/// The reports that match the search and the facet selection, in corpus
/// order. Only counts: snippets are cut for the rows actually shown (see
/// [`report_snippets`]).
pub fn results(
    reports: &[Report],
    matches: &[Option<ReportHits>],
    selection: &Selection,
) -> Vec<ResultRow> {
    reports
        .iter()
        .zip(matches)
        .enumerate()
        .filter(|(_, (r, _))| selection.admits(r))
        .filter_map(|(index, (_, hits))| hits.clone().map(|hits| ResultRow { index, hits }))
        .collect()
}

/// The best snippets of report `i` for a query, from everything the reader
/// shows but the title (which the list shows anyway).
pub fn report_snippets(
    reports: &[Report],
    index: &SearchIndex,
    i: usize,
    query: &Query,
) -> Vec<Snippet> {
    let Some(report) = reports.get(i) else {
        return Vec::new();
    };
    if query.terms.is_empty() {
        return Vec::new();
    }
    let reader_texts = report.reader_texts();
    let held = index.folded_texts(i);
    // The index may hold an older version of the report (a sharded
    // corpus's catalogue entry, whose text came later): its texts are
    // folded here, each only if the snippets reach it.
    let current = held.len() == reader_texts.len();
    let texts = reader_texts
        .into_iter()
        .zip(0..)
        .filter(|((place, _), _)| *place != TextPlace::Title)
        .map(move |((_, text), k)| {
            let folded = match held.get(k) {
                Some(folded) if current => Cow::Borrowed(*folded),
                _ => Cow::Owned(fold_for_search(text)),
            };
            (text, folded)
        });
    best_snippets(texts, query, SNIPPETS_PER_RESULT)
}

/// Total hits per term over a result list.
pub fn total_hits(rows: &[ResultRow], terms: usize) -> Vec<usize> {
    let mut totals = vec![0; terms];
    for row in rows {
        for (t, n) in row.hits.per_term.iter().enumerate() {
            totals[t] += n;
        }
    }
    totals
}

/// The district of reports whose region is not known, in
/// [`crate::views::facet_index::district_hits`]; the app says it in the reader's language.
pub const UNKNOWN_DISTRICT: &str = "";

/// Hits of a district over the result list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DistrictHits {
    pub district: String,
    pub reports: usize,
    pub per_term: Vec<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse_query;
    use crate::test_support::process_report;
    use crate::views::facet_index::{district_hits, FacetIndex};

    fn corpus() -> Vec<Report> {
        vec![
            process_report("a", "潍坊市奎文区优化营商环境\n奎文区持续优化营商环境,打造一流营商环境,企业满意度持续提升,营商环境指数位居全市前列。"),
            process_report("b", "济南市济阳区推进乡村振兴\n济阳区大力推进乡村振兴,建设田园综合体,农民收入持续增长,乡村面貌焕然一新。"),
            process_report("c", "潍坊市奎文区推进乡村振兴\n奎文区推进乡村振兴,优化营商环境,城乡融合发展取得新进展,群众获得感持续增强。"),
        ]
    }

    fn run(query: &str, selection: &Selection) -> Vec<ResultRow> {
        let reports = corpus();
        let index = SearchIndex::new(&reports);
        results(
            &reports,
            &search_all(&index, &parse_query(query)),
            selection,
        )
    }

    #[test]
    fn empty_query_lists_everything_the_selection_admits() {
        assert_eq!(run("", &Selection::default()).len(), 3);
        let only = Selection {
            regions: ["370115".to_string()].into(),
            ..Selection::default()
        };
        assert_eq!(
            run("", &only).iter().map(|r| r.index).collect::<Vec<_>>(),
            vec![1]
        );
    }

    #[test]
    fn query_keeps_matching_reports_with_counts_and_snippets() {
        let rows = run("营商环境", &Selection::default());
        assert_eq!(rows.iter().map(|r| r.index).collect::<Vec<_>>(), vec![0, 2]);
        assert_eq!(rows[0].hits.per_term, vec![4]);
        let reports = corpus();
        let index = SearchIndex::new(&reports);
        assert!(!report_snippets(&reports, &index, 0, &parse_query("营商环境")).is_empty());
        assert_eq!(total_hits(&rows, 1), vec![5]);
    }

    #[test]
    fn snippets_of_a_text_newer_than_the_index_are_those_of_a_fresh_index() {
        let full = corpus();
        let entries: Vec<Report> = full
            .iter()
            .map(crate::corpus::sharded::without_text)
            .collect();
        // Indexed as catalogue entries, read as the full reports that came later.
        let stale = SearchIndex::new(&entries);
        let fresh = SearchIndex::new(&full);
        let q = parse_query("营商环境 | 乡村振兴");
        for i in 0..full.len() {
            let snippets = report_snippets(&full, &stale, i, &q);
            assert!(!snippets.is_empty());
            assert_eq!(
                snippets,
                report_snippets(&full, &fresh, i, &q),
                "report {i}"
            );
        }
    }

    #[test]
    fn exclusion_only_query_lists_reports_without_the_term() {
        let rows = run("-营商环境", &Selection::default());
        assert_eq!(rows.iter().map(|r| r.index).collect::<Vec<_>>(), vec![1]);
        let reports = corpus();
        assert!(report_snippets(
            &reports,
            &SearchIndex::new(&reports),
            1,
            &parse_query("-营商环境")
        )
        .is_empty());
    }

    #[test]
    fn hits_per_district() {
        let reports = corpus();
        let index = SearchIndex::new(&reports);
        let q = parse_query("乡村振兴 | 营商环境");
        let rows = results(&reports, &search_all(&index, &q), &Selection::default());
        let districts = district_hits(&rows, &FacetIndex::new(&reports), q.terms.len());
        assert_eq!(
            districts[0],
            DistrictHits {
                district: "奎文区".into(),
                reports: 2,
                per_term: vec![2, 5]
            }
        );
        assert_eq!(
            districts[1],
            DistrictHits {
                district: "济阳区".into(),
                reports: 1,
                per_term: vec![2, 0]
            }
        );
    }
}
