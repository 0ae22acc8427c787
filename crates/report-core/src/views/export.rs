//! The current result list as CSV and JSON, for spreadsheets and citations.

use serde::Serialize;

use crate::model::{DatePrecision, Report};
use crate::search::query::Query;
use crate::text::themes::report_themes;
use crate::views::csv;
use crate::views::explore::ResultRow;

/// Most characters of the search kept in an export's file name.
const NAME_QUERY_CHARS: usize = 24;

/// A file name that says what an export holds and when it was made, so a
/// second export does not collide with the first: `报告-营商环境-2026-12-01.csv`.
/// `what` names the view in the reader's language; characters file systems
/// refuse or that separate words become `_`; an empty search is left out.
pub fn export_file_name(what: &str, query: &str, date: &str, extension: &str) -> String {
    let mut cleaned = String::new();
    for c in query.trim().chars() {
        let keep = c.is_alphanumeric();
        match keep {
            true => cleaned.push(c),
            false if !cleaned.ends_with('_') => cleaned.push('_'),
            false => {}
        }
    }
    let query: String = cleaned
        .trim_matches('_')
        .chars()
        .take(NAME_QUERY_CHARS)
        .collect();
    let parts: Vec<&str> = [what, query.trim_end_matches('_'), date]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    format!("{}.{extension}", parts.join("-"))
}

#[derive(Serialize)]
struct ExportedReport<'a> {
    id: &'a str,
    title: &'a str,
    title_is_derived: bool,
    date: Option<&'a str>,
    date_precision: Option<DatePrecision>,
    date_inferred: Option<bool>,
    province: Option<&'a str>,
    city: Option<&'a str>,
    county: Option<&'a str>,
    county_code: Option<&'a str>,
    source: Option<&'a str>,
    authors: &'a [String],
    themes: Vec<String>,
    /// Hits per search term, in the order typed.
    hits: Vec<TermHits<'a>>,
}

#[derive(Serialize)]
struct TermHits<'a> {
    term: &'a str,
    hits: usize,
}

#[derive(Serialize)]
struct Export<'a> {
    query: &'a str,
    reports: Vec<ExportedReport<'a>>,
}

fn exported<'a>(row: &'a ResultRow, report: &'a Report, query: &'a Query) -> ExportedReport<'a> {
    let region = report.region.as_ref();
    let county = region.and_then(|r| r.county.as_ref());
    ExportedReport {
        id: &report.id,
        title: &report.title,
        title_is_derived: report.title_is_derived,
        date: report.date.as_ref().map(|d| d.value.as_str()),
        date_precision: report.date.as_ref().map(|d| d.precision),
        date_inferred: report.date.as_ref().map(|d| d.inferred),
        province: region
            .and_then(|r| r.province.as_ref())
            .map(|d| d.name.as_str()),
        city: region
            .and_then(|r| r.city.as_ref())
            .map(|d| d.name.as_str()),
        county: county.map(|c| c.name.as_str()),
        county_code: county.map(|c| c.code.as_str()),
        source: report.source.as_deref(),
        authors: &report.authors,
        themes: report_themes(report),
        hits: query
            .terms
            .iter()
            .zip(
                row.hits
                    .per_term
                    .iter()
                    .copied()
                    .chain(std::iter::repeat(0)),
            )
            .map(|(t, hits)| TermHits {
                term: &t.text,
                hits,
            })
            .collect(),
    }
}

/// The result list as pretty JSON, with the query it answers.
pub fn results_json(
    rows: &[ResultRow],
    reports: &[Report],
    query_text: &str,
    query: &Query,
) -> String {
    let export = Export {
        query: query_text,
        reports: rows
            .iter()
            .filter_map(|row| reports.get(row.index).map(|r| exported(row, r, query)))
            .collect(),
    };
    serde_json::to_string_pretty(&export).unwrap_or_else(|_| "{}".into())
}

/// The result list as CSV: one row per report, a hits column per term.
pub fn results_csv(rows: &[ResultRow], reports: &[Report], query: &Query) -> String {
    let mut header = vec![
        "title",
        "title_derived",
        "date",
        "date_precision",
        "date_inferred",
        "province",
        "city",
        "county",
        "county_code",
        "source",
        "authors",
        "themes",
    ];
    let hit_headers: Vec<String> = query
        .terms
        .iter()
        .map(|t| format!("hits: {}", t.text))
        .collect();
    header.extend(hit_headers.iter().map(String::as_str));
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
    let lines: Vec<Vec<String>> = rows
        .iter()
        .filter_map(|row| {
            let e = exported(row, reports.get(row.index)?, query);
            let precision = e.date_precision.map(|p| {
                serde_json::to_value(p)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default()
            });
            let mut line = vec![
                e.title.to_string(),
                yes_no(e.title_is_derived),
                e.date.unwrap_or_default().to_string(),
                precision.unwrap_or_default(),
                e.date_inferred.map(yes_no).unwrap_or_default(),
                e.province.unwrap_or_default().to_string(),
                e.city.unwrap_or_default().to_string(),
                e.county.unwrap_or_default().to_string(),
                e.county_code.unwrap_or_default().to_string(),
                e.source.unwrap_or_default().to_string(),
                e.authors.join("、"),
                e.themes.join(" "),
            ];
            line.extend(e.hits.iter().map(|h| h.hits.to_string()));
            Some(line)
        })
        .collect();
    csv::table(&header, &lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_names_say_what_when_and_for_which_search() {
        assert_eq!(
            export_file_name("报告", "营商环境", "2026-12-01", "csv"),
            "报告-营商环境-2026-12-01.csv"
        );
        assert_eq!(
            export_file_name(
                "figures",
                " \"新旧 动能\" | -棋牌/a:b ",
                "2026-12-01",
                "csv"
            ),
            "figures-新旧_动能_棋牌_a_b-2026-12-01.csv"
        );
        assert_eq!(
            export_file_name("reports", "", "2026-12-01", "json"),
            "reports-2026-12-01.json"
        );
        assert_eq!(
            export_file_name("reports", "，。", "2026-12-01", "json"),
            "reports-2026-12-01.json"
        );
        let long = export_file_name("r", &"长".repeat(100), "d", "csv");
        assert_eq!(long, format!("r-{}-d.csv", "长".repeat(NAME_QUERY_CHARS)));
    }
    use crate::search::query::parse_query;
    use crate::search::SearchIndex;
    use crate::test_support::process_report;
    use crate::views::explore::{results, search_all};
    use crate::views::facets::Selection;

    fn setup() -> (Vec<Report>, Query, Vec<ResultRow>) {
        let reports = vec![process_report(
            "a",
            "潍坊市奎文区优化营商环境\n发布时间:2021-05-01 来源:潍坊日报 作者:张伟\n奎文区持续优化营商环境,深化审批制度改革,市场主体持续增加,政务服务不断提升。",
        )];
        let q = parse_query("营商环境 审批");
        let rows = results(
            &reports,
            &search_all(&SearchIndex::new(&reports), &q),
            &Selection::default(),
        );
        (reports, q, rows)
    }

    #[test]
    fn csv_has_metadata_and_hits_per_term() {
        let (reports, q, rows) = setup();
        let csv = results_csv(&rows, &reports, &q);
        let lines: Vec<&str> = csv
            .trim_start_matches('\u{FEFF}')
            .trim_end()
            .split("\r\n")
            .collect();
        assert_eq!(lines[0], "title,title_derived,date,date_precision,date_inferred,province,city,county,county_code,source,authors,themes,hits: 营商环境,hits: 审批");
        assert_eq!(lines[1], "潍坊市奎文区优化营商环境,no,2021-05-01,day,no,山东省,潍坊市,奎文区,370705,潍坊日报,张伟,business,2,1");
    }

    #[test]
    fn json_round_trips_through_serde() {
        let (reports, q, rows) = setup();
        let json: serde_json::Value =
            serde_json::from_str(&results_json(&rows, &reports, "营商环境 审批", &q)).unwrap();
        assert_eq!(json["query"], "营商环境 审批");
        let r = &json["reports"][0];
        assert_eq!(r["date_precision"], "day");
        assert_eq!(r["county_code"], "370705");
        assert_eq!(r["themes"][0], "business");
        assert_eq!(r["hits"][1]["term"], "审批");
        assert_eq!(r["hits"][1]["hits"], 1);
    }
}
