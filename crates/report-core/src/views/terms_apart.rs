//! Terms that are in the reports, but never together. A query of several
//! terms asks a report to hold them all; where none does, the list is
//! empty and each term's count is nought, though each term alone may be
//! in many reports. [`reports_holding_each_term`] says how many, so the
//! page can say so and offer to search for any of them.

use crate::model::Report;
use crate::search::query::Query;
use crate::search::SearchIndex;
use crate::views::explore::{results, search_all};
use crate::views::facets::Selection;

/// For a query whose terms must all occur ([`Query::asks_for_every_term`]),
/// each term as typed and the number of reports `selection` admits that
/// hold it, in the query's order, where each term is held by one report
/// at least and no report holds them all. `None` otherwise: a term that is
/// nowhere is a slip to offer mends for, not a term apart.
pub fn reports_holding_each_term(
    reports: &[Report],
    index: &SearchIndex,
    query: &Query,
    selection: &Selection,
) -> Option<Vec<(String, usize)>> {
    if !query.asks_for_every_term() {
        return None;
    }
    // Counting every term, every report is a row, with each term's hits.
    let rows = results(
        reports,
        &search_all(index, &query.counting_every_term()),
        selection,
    );
    let holding = |term: usize| {
        rows.iter()
            .filter(|row| row.hits.per_term[term] > 0)
            .count()
    };
    let counts: Vec<usize> = (0..query.terms.len()).map(holding).collect();
    let together = rows
        .iter()
        .any(|row| row.hits.per_term.iter().all(|&hits| hits > 0));
    (!together && counts.iter().all(|&n| n > 0)).then(|| {
        let typed = query.terms.iter().map(|t| t.text.clone());
        typed.zip(counts).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse_query;
    use crate::test_support::process_report;

    fn corpus() -> Vec<Report> {
        vec![
            process_report(
                "a",
                "某某县政府工作报告\n持续优化营商环境，打造一流营商环境。",
            ),
            process_report("b", "某某市政府工作报告\n全面推进乡村振兴，优化营商环境。"),
            process_report("c", "某某区政府工作报告\n全面推进乡村振兴。"),
        ]
    }

    fn apart(query: &str, selection: &Selection) -> Option<Vec<usize>> {
        let reports = corpus();
        let index = SearchIndex::new(&reports);
        let apart = reports_holding_each_term(&reports, &index, &parse_query(query), selection)?;
        let typed: Vec<&str> = query.split(' ').collect();
        let (terms, counts): (Vec<String>, Vec<usize>) = apart.into_iter().unzip();
        assert_eq!(terms, typed, "each term as typed, in the query's order");
        Some(counts)
    }

    #[test]
    fn terms_each_in_reports_but_never_together_are_counted_alone() {
        let all = Selection::default();
        assert_eq!(apart("打造一流 乡村振兴", &all), Some(vec![1, 2]));
        assert_eq!(
            apart("打造一流 全面推进 持续优化", &all),
            Some(vec![1, 2, 1])
        );
    }

    #[test]
    fn nothing_is_said_where_the_terms_are_together_or_one_is_nowhere() {
        let all = Selection::default();
        // Report b holds both.
        assert_eq!(apart("乡村振兴 营商环境", &all), None);
        // 数字经济 is nowhere: near misses speak for it.
        assert_eq!(apart("打造一流 数字经济", &all), None);
        // One term, an alternative, an exclusion: not terms that must all occur.
        assert_eq!(apart("打造一流", &all), None);
        assert_eq!(apart("打造一流 | 乡村振兴", &all), None);
        assert_eq!(apart("打造一流 乡村振兴 -营商环境", &all), None);
    }
}
