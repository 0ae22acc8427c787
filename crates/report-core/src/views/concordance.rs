//! The concordance (KWIC): every hit on its own line, with left and right
//! context, sortable, exportable as CSV.

use std::cmp::Ordering;

use crate::model::{Report, TextPlace};
use crate::search::find_hits;
use crate::search::query::Query;
use crate::sorting;
use crate::views::csv;
use crate::views::explore::ResultRow;
use crate::views::highlight::mark_ordinals;

/// Characters of context shown on each side of the keyword.
pub const CONTEXT_CHARS: usize = 24;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct KwicLine {
    /// Index of the report in the corpus.
    pub report: usize,
    pub place: TextPlace,
    pub term: usize,
    pub left: String,
    /// The hit as it stands in the text (traditional, full-width, any case).
    pub keyword: String,
    pub right: String,
    /// Which highlighted mark of the reader shows this hit (0-based, in
    /// reader order), so a line can open the reader at its hit.
    pub mark: usize,
}

/// Every hit of `query` in the reports of `rows`, in reading order.
pub fn concordance(reports: &[Report], rows: &[ResultRow], query: &Query) -> Vec<KwicLine> {
    rows.iter()
        .filter_map(|row| Some(report_lines(reports.get(row.index)?, row.index, query)))
        .flatten()
        .collect()
}

/// The first hit of `query`'s term `term` in report `index`, as the
/// concordance shows it; the texts after it are not searched.
pub fn first_line(
    reports: &[Report],
    index: usize,
    query: &Query,
    term: usize,
) -> Option<KwicLine> {
    report_lines(reports.get(index)?, index, query).find(|line| line.term == term)
}

/// The hits of `query` in one report (at `index` in the corpus), a text at
/// a time as they are asked for.
fn report_lines<'a>(
    report: &'a Report,
    index: usize,
    query: &'a Query,
) -> impl Iterator<Item = KwicLine> + 'a {
    let mut marks_before = 0;
    report
        .reader_texts()
        .into_iter()
        .flat_map(move |(place, text)| {
            let hits = find_hits(text, query);
            let ordinals = mark_ordinals(&hits);
            let first_mark = marks_before;
            marks_before += ordinals.last().map_or(0, |last| last + 1);
            hits.into_iter()
                .zip(ordinals)
                .map(move |(hit, ordinal)| KwicLine {
                    report: index,
                    place,
                    term: hit.term,
                    left: tail_chars(&text[..hit.start], CONTEXT_CHARS),
                    keyword: text[hit.start..hit.end].to_string(),
                    right: text[hit.end..].chars().take(CONTEXT_CHARS).collect(),
                    mark: first_mark + ordinal,
                })
        })
}

fn tail_chars(text: &str, n: usize) -> String {
    let skip = text.chars().count().saturating_sub(n);
    text.chars().skip(skip).collect()
}

/// Orders of the concordance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum KwicOrder {
    /// Reading order, report by report.
    #[default]
    Report,
    /// By the words just before the keyword (nearest character first).
    Left,
    /// By the keyword, then the words just after it.
    Right,
}

impl KwicOrder {
    pub const ALL: [KwicOrder; 3] = [KwicOrder::Report, KwicOrder::Left, KwicOrder::Right];

    pub fn key(self) -> &'static str {
        match self {
            KwicOrder::Report => "report",
            KwicOrder::Left => "left",
            KwicOrder::Right => "right",
        }
    }

    pub fn from_key(key: &str) -> Option<KwicOrder> {
        Self::ALL.into_iter().find(|o| o.key() == key)
    }
}

/// Sorts lines stably; ties keep reading order.
pub fn sort_concordance(lines: &mut [KwicLine], order: KwicOrder) {
    match order {
        KwicOrder::Report => sorting::sort_by_key(lines, |l| (l.report, l.mark)),
        KwicOrder::Left => sorting::sort_by(lines, |a, b| {
            cmp_reversed(&a.left, &b.left).then_with(|| a.keyword.cmp(&b.keyword))
        }),
        KwicOrder::Right => sorting::sort_by(lines, |a, b| {
            a.keyword
                .cmp(&b.keyword)
                .then_with(|| a.right.cmp(&b.right))
        }),
    }
}

/// Compares strings from their ends: left contexts sort by the character
/// next to the keyword first, as concordancers do.
fn cmp_reversed(a: &str, b: &str) -> Ordering {
    a.chars().rev().cmp(b.chars().rev())
}

/// The concordance as CSV, one row per line, with the report's title, date,
/// district and source for citation.
pub fn concordance_csv(lines: &[KwicLine], reports: &[Report], query: &Query) -> String {
    let header: Vec<&str> = csv::CITATION_HEADER
        .iter()
        .copied()
        .chain(["term", "left", "keyword", "right"])
        .collect();
    let rows: Vec<Vec<String>> = lines
        .iter()
        .filter_map(|l| {
            let r = reports.get(l.report)?;
            let term = query
                .terms
                .get(l.term)
                .map(|t| t.text.clone())
                .unwrap_or_default();
            let mut row = csv::citation_cells(r);
            row.extend([term, l.left.clone(), l.keyword.clone(), l.right.clone()]);
            Some(row)
        })
        .collect();
    csv::table(&header, &rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse_query;
    use crate::search::SearchIndex;
    use crate::test_support::process_report;
    use crate::views::explore::{results, search_all};
    use crate::views::facets::Selection;

    fn setup(query: &str) -> (Vec<Report>, Query, Vec<KwicLine>) {
        let reports = vec![
            process_report(
                "a",
                "优化营商环境\n奎文区持续优化营商环境,打造一流营商环境,企业满意度持续提升。",
            ),
            process_report(
                "b",
                "济阳区发展\n济阳区改善营商环境,推进新旧动能转换,动能持续增强,乡村面貌焕然一新。",
            ),
        ];
        let index = SearchIndex::new(&reports);
        let q = parse_query(query);
        let rows = results(&reports, &search_all(&index, &q), &Selection::default());
        let lines = concordance(&reports, &rows, &q);
        (reports, q, lines)
    }

    #[test]
    fn every_hit_is_a_line_with_context() {
        let (_, _, lines) = setup("营商环境");
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[1].left, "奎文区持续优化");
        assert_eq!(lines[1].keyword, "营商环境");
        assert!(lines[1].right.starts_with(",打造一流"));
        assert_eq!(
            lines.iter().map(|l| l.mark).collect::<Vec<_>>(),
            vec![0, 1, 2, 0]
        );
    }

    #[test]
    fn marks_count_across_texts_and_nested_hits() {
        let (_, _, lines) = setup("动能 新旧动能转换");
        let marks: Vec<(String, usize)> =
            lines.iter().map(|l| (l.keyword.clone(), l.mark)).collect();
        assert_eq!(
            marks,
            vec![
                ("新旧动能转换".into(), 0),
                ("动能".into(), 0),
                ("动能".into(), 1)
            ]
        );
    }

    #[test]
    fn sorting_by_left_and_right_context() {
        let (_, _, mut lines) = setup("营商环境");
        sort_concordance(&mut lines, KwicOrder::Left);
        let lefts: Vec<char> = lines
            .iter()
            .map(|l| l.left.chars().last().unwrap_or(' '))
            .collect();
        let mut sorted = lefts.clone();
        sorted.sort();
        assert_eq!(lefts, sorted);
        sort_concordance(&mut lines, KwicOrder::Right);
        assert!(lines.windows(2).all(|w| w[0].right <= w[1].right));
        sort_concordance(&mut lines, KwicOrder::Report);
        assert_eq!(
            lines.iter().map(|l| (l.report, l.mark)).collect::<Vec<_>>(),
            vec![(0, 0), (0, 1), (0, 2), (1, 0)]
        );
    }

    #[test]
    fn csv_export_cites_each_line() {
        let (reports, q, lines) = setup("营商环境");
        let csv = concordance_csv(&lines, &reports, &q);
        let rows: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(rows.len(), 5);
        assert!(rows[0].ends_with(
            "report_title,date,date_inferred,province,city,district,source,term,left,keyword,right"
        ));
        assert!(
            rows[2].starts_with(
                "优化营商环境,,,山东省,潍坊市,奎文区,,营商环境,奎文区持续优化,营商环境,\",打造一流"
            ),
            "{}",
            rows[2]
        );
    }
}
