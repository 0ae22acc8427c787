//! The result list: which reports a query and filter leave, with their hit
//! counts and best snippets. The app renders this; it decides nothing itself.

use crate::corpus::district_of;
use crate::highlight::{best_snippets, Snippet};
use crate::model::Report;
use crate::search::{count_hits, Query, ReportHits};

/// How many snippets a result shows.
pub const SNIPPETS_PER_RESULT: usize = 2;

/// What narrows the list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only reports of this district (see [`district_of`]).
    pub district: Option<String>,
}

impl Filter {
    pub fn admits(&self, report: &Report) -> bool {
        self.district
            .as_deref()
            .is_none_or(|d| district_of(report) == Some(d))
    }
}

/// One report in the result list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ResultRow {
    /// Index of the report in the corpus.
    pub index: usize,
    pub hits: ReportHits,
    pub snippets: Vec<Snippet>,
}

/// The reports the filter admits and the query matches (all of them when the
/// query is empty), in corpus order.
pub fn results(reports: &[Report], query: &Query, filter: &Filter) -> Vec<ResultRow> {
    reports
        .iter()
        .enumerate()
        .filter(|(_, r)| filter.admits(r))
        .filter_map(|(index, report)| {
            if query.is_empty() {
                return Some(ResultRow {
                    index,
                    hits: ReportHits::default(),
                    snippets: Vec::new(),
                });
            }
            let hits = count_hits(report, query);
            hits.matches_all().then(|| {
                let headings: Vec<String> = report.headings().collect();
                let texts: Vec<&str> = headings
                    .iter()
                    .map(String::as_str)
                    .chain(report.paragraphs())
                    .collect();
                ResultRow {
                    index,
                    hits,
                    snippets: best_snippets(&texts, query, SNIPPETS_PER_RESULT),
                }
            })
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::process_report;
    use crate::search::parse_query;

    fn corpus() -> Vec<Report> {
        vec![
            process_report("a", "潍坊市奎文区优化营商环境\n奎文区持续优化营商环境,打造一流营商环境,企业满意度持续提升,营商环境指数位居全市前列。"),
            process_report("b", "济南市济阳区推进乡村振兴\n济阳区大力推进乡村振兴,建设田园综合体,农民收入持续增长,乡村面貌焕然一新。"),
        ]
    }

    #[test]
    fn empty_query_lists_everything_the_filter_admits() {
        let reports = corpus();
        assert_eq!(
            results(&reports, &parse_query(""), &Filter::default()).len(),
            2
        );
        let only = Filter {
            district: Some("济阳区".into()),
        };
        let rows = results(&reports, &parse_query(""), &only);
        assert_eq!(rows.iter().map(|r| r.index).collect::<Vec<_>>(), vec![1]);
    }

    #[test]
    fn query_keeps_matching_reports_with_counts_and_snippets() {
        let reports = corpus();
        let q = parse_query("营商环境");
        let rows = results(&reports, &q, &Filter::default());
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].hits.per_term, vec![4]);
        assert!(!rows[0].snippets.is_empty());
        assert_eq!(total_hits(&rows, 1), vec![4]);
    }

    #[test]
    fn all_terms_must_occur() {
        let reports = corpus();
        assert!(results(
            &reports,
            &parse_query("营商环境 乡村振兴"),
            &Filter::default()
        )
        .is_empty());
    }
}
