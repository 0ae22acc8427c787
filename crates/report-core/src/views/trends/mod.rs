//! Terms over time: for the query's terms over the reports the facets
//! leave, per period (year or month, as the reports date themselves,
//! `period`) and per region at a chosen level, how many reports, characters
//! and hits, and which report of each region used a term first; and the
//! terms new in a period (`new_terms`).
//!
//! Hits are counted by the search index exactly as the result list counts
//! them (folded substring matching over `Report::reader_texts`, overlapping
//! hits included); rates are per 10,000 characters of body text, as the
//! comparison's term rates are. A year-only or inferred date stays what it
//! is: the report counts in its year (never in a month) and the row says
//! how many such reports it holds; nothing is put on 1 January. Undated
//! reports form a row of their own.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use crate::i18n::{Lang, LaterKey};
use crate::model::{DatePrecision, PathStep, RegionLevel, Report, ReportDate};
use crate::search::query::Query;
use crate::search::SearchIndex;
use crate::sorting;
use crate::views::concordance::{first_line, KwicLine};
use crate::views::csv;
use crate::views::facets::Selection;

mod link;
mod new_terms;
mod period;
pub use link::TrendView;
pub use new_terms::{dated_periods, new_terms, NewTerm, NewTerms, NEW_TERMS_LIMIT};
pub use period::{period_of, Granularity, MonthDensity, Period};

/// The levels the trends group regions at, top down.
pub const TREND_LEVELS: [RegionLevel; 4] = [
    RegionLevel::Province,
    RegionLevel::City,
    RegionLevel::County,
    RegionLevel::Township,
];

/// The level a link names (`level=county`), among [`TREND_LEVELS`].
pub fn level_from_key(key: &str) -> Option<RegionLevel> {
    TREND_LEVELS.into_iter().find(|l| l.label() == key)
}

/// The division a report belongs to at `level`, if its region is known.
/// A report about a government above the level (a province's own report at
/// county level, the State Council's at any level) stands for that
/// government, as it does in the district lists.
pub fn region_at(report: &Report, level: RegionLevel) -> Option<PathStep<'_>> {
    let path = report.region.as_ref()?.path();
    path.iter()
        .rev()
        .find(|step| step.level <= level)
        .or(path.first())
        .copied()
}

/// The figures of one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodRow {
    pub period: Period,
    pub reports: usize,
    /// Characters of body text (paragraphs), the rates' denominator.
    pub chars: usize,
    /// Reports dated to the year only, and reports whose date was inferred.
    pub year_only: usize,
    pub inferred: usize,
    /// Hits per term, and how many reports use each term.
    pub hits: Vec<usize>,
    pub using: Vec<usize>,
}

impl PeriodRow {
    fn new(period: Period, terms: usize) -> Self {
        PeriodRow {
            period,
            reports: 0,
            chars: 0,
            year_only: 0,
            inferred: 0,
            hits: vec![0; terms],
            using: vec![0; terms],
        }
    }

    fn add(&mut self, report: &Report, chars: usize, hits: &[usize]) {
        self.reports += 1;
        self.chars += chars;
        if let Some(date) = &report.date {
            self.year_only += usize::from(date.precision == DatePrecision::Year);
            self.inferred += usize::from(date.inferred);
        }
        for (t, &n) in hits.iter().enumerate() {
            self.hits[t] += n;
            self.using[t] += usize::from(n > 0);
        }
    }

    /// Hits of term `t` per 10,000 characters (0 without text).
    pub fn rate(&self, t: usize) -> f64 {
        if self.chars == 0 {
            return 0.0;
        }
        self.hits.get(t).copied().unwrap_or(0) as f64 * 10_000.0 / self.chars as f64
    }
}

/// The periods of one region at the chosen level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionTrend {
    pub code: String,
    pub name: String,
    pub rows: Vec<PeriodRow>,
}

/// The first report of a region that uses a term, and the hit to open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstUse {
    pub region: String,
    pub code: String,
    /// Index of the report in the corpus.
    pub report: usize,
    pub date: Option<ReportDate>,
    /// The first hit of the term in that report, as the concordance shows
    /// it (`line.mark` opens the reader on it).
    pub line: KwicLine,
}

/// Which regions took up a term, in the order they did (by date; reports
/// without a date come last).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uptake {
    pub term: usize,
    pub first_uses: Vec<FirstUse>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trends {
    pub level: RegionLevel,
    pub granularity: Granularity,
    /// Every report the facets leave, per period (oldest first), the
    /// undated last.
    pub overall: Vec<PeriodRow>,
    /// The same per region (by name); reports without a region at the
    /// level are in `overall` only.
    pub regions: Vec<RegionTrend>,
    /// One per query term.
    pub uptake: Vec<Uptake>,
}

impl Trends {
    /// The periods with reports that have a place on the time axis, oldest
    /// first, with their rows.
    pub fn on_axis(&self) -> Vec<(u16, &PeriodRow)> {
        self.overall
            .iter()
            .filter_map(|r| Some((r.period.step()?, r)))
            .collect()
    }
}

/// A sort key for dates of any precision: a date known only to the year or
/// month sorts after every day of it, since the report may be that late.
fn date_order(date: Option<&ReportDate>) -> (u8, String) {
    match date {
        None => (1, String::new()),
        Some(d) => {
            let padded = match d.precision {
                DatePrecision::Day => d.value.clone(),
                DatePrecision::Month => format!("{}-99", d.value),
                DatePrecision::Year => format!("{}-99-99", d.value),
            };
            (0, padded)
        }
    }
}

fn compare_dates(a: Option<&ReportDate>, b: Option<&ReportDate>) -> Ordering {
    date_order(a).cmp(&date_order(b))
}

/// Adds a report of `chars` characters to the row of its period in `rows`.
fn add_to(
    rows: &mut BTreeMap<Period, PeriodRow>,
    (report, chars): (&Report, usize),
    hits: &[usize],
    (terms, granularity): (usize, Granularity),
) {
    let period = period_of(report.date.as_ref(), granularity);
    rows.entry(period)
        .or_insert_with(|| PeriodRow::new(period, terms))
        .add(report, chars, hits);
}

/// Each report's characters of body text, the rates' denominators: counted
/// once for the corpus, not on every keystroke (at a thousand reports that
/// is ten million characters).
pub fn body_sizes(reports: &[Report]) -> Vec<usize> {
    reports.iter().map(Report::body_chars).collect()
}

fn listed(rows: BTreeMap<Period, PeriodRow>) -> Vec<PeriodRow> {
    rows.into_values().collect()
}

/// The trends of `query`'s terms over the reports `selection` admits, with
/// regions at `level`, per period of `granularity`; `sizes` are the
/// reports' [`body_sizes`].
pub fn trends(
    reports: &[Report],
    sizes: &[usize],
    index: &SearchIndex,
    query: &Query,
    selection: &Selection,
    (level, granularity): (RegionLevel, Granularity),
) -> Trends {
    let terms = query.terms.len();
    let shape = (terms, granularity);
    // Every report's hits from the gram index at once: what scanning each
    // report (`SearchIndex::report_hits`) gives, without reading its text.
    let found = index.search(&query.counting_every_term());
    let mut overall = BTreeMap::new();
    let mut regions: BTreeMap<(&str, &str), BTreeMap<Period, PeriodRow>> = BTreeMap::new();
    // Per term and region code: the earliest report using the term.
    let mut firsts: Vec<BTreeMap<&str, usize>> = vec![BTreeMap::new(); terms];
    for (i, report) in reports.iter().enumerate() {
        if !selection.admits(report) {
            continue;
        }
        let hits = match found.get(i) {
            Some(Some(h)) if terms > 0 => h.per_term.clone(),
            _ => vec![0; terms],
        };
        let sized = (report, sizes.get(i).copied().unwrap_or(0));
        add_to(&mut overall, sized, &hits, shape);
        let Some(division) = region_at(report, level) else {
            continue;
        };
        let rows = regions.entry((division.name, division.code)).or_default();
        add_to(rows, sized, &hits, shape);
        for (t, &n) in hits.iter().enumerate() {
            if n == 0 {
                continue;
            }
            let first = firsts[t].entry(division.code).or_insert(i);
            if compare_dates(report.date.as_ref(), reports[*first].date.as_ref()).is_lt() {
                *first = i;
            }
        }
    }
    let uptake = firsts
        .iter()
        .enumerate()
        .map(|(t, by_region)| Uptake {
            term: t,
            first_uses: first_uses(reports, query, t, by_region, level),
        })
        .collect();
    Trends {
        level,
        granularity,
        overall: listed(overall),
        regions: regions
            .into_iter()
            .map(|((name, code), rows)| RegionTrend {
                code: code.to_string(),
                name: name.to_string(),
                rows: listed(rows),
            })
            .collect(),
        uptake,
    }
}

fn first_uses(
    reports: &[Report],
    query: &Query,
    term: usize,
    by_region: &BTreeMap<&str, usize>,
    level: RegionLevel,
) -> Vec<FirstUse> {
    let mut uses: Vec<FirstUse> = by_region
        .values()
        .filter_map(|&i| {
            let report = &reports[i];
            let division = region_at(report, level)?;
            let line = first_line(reports, i, query, term)?;
            Some(FirstUse {
                region: division.name.to_string(),
                code: division.code.to_string(),
                report: i,
                date: report.date.clone(),
                line,
            })
        })
        .collect();
    sorting::sort_by(&mut uses, |a, b| {
        compare_dates(a.date.as_ref(), b.date.as_ref())
            .then_with(|| a.region.cmp(&b.region))
            .then_with(|| a.report.cmp(&b.report))
    });
    uses
}

/// A first use's date as the report has it: marked when inferred or known
/// only to the year.
pub fn first_use_date(date: Option<&ReportDate>, lang: Lang) -> String {
    let Some(date) = date else {
        return lang.text(LaterKey::TrendsUndated).to_string();
    };
    let label = date.label_in(lang);
    match date.precision {
        DatePrecision::Year => lang.format(LaterKey::TrendsYearOnly, &[("date", &label)]),
        _ => label,
    }
}

/// The table's column headers, in `lang`: region, period, reports,
/// characters, reports dated by year only and inferred, then hits,
/// reports using, and rate per term.
pub fn table_header(query: &Query, granularity: Granularity, lang: Lang) -> Vec<String> {
    let period = match granularity {
        Granularity::Year => LaterKey::TrendsYear,
        Granularity::Month => LaterKey::TrendsMonth,
    };
    let mut header: Vec<String> = [
        LaterKey::TrendsRegion,
        period,
        LaterKey::TrendsReports,
        LaterKey::TrendsChars,
        LaterKey::TrendsYearOnlyCount,
        LaterKey::TrendsInferredCount,
    ]
    .into_iter()
    .map(|k| lang.text(k).to_string())
    .collect();
    for term in &query.terms {
        for key in [
            LaterKey::TrendsHits,
            LaterKey::TrendsUsing,
            LaterKey::TrendsRate,
        ] {
            header.push(lang.format(key, &[("term", &term.text)]));
        }
    }
    header
}

/// One table row's cells after the region, as [`table_header`] names them.
pub fn row_cells(row: &PeriodRow, lang: Lang) -> Vec<String> {
    let mut cells = vec![
        row.period.label(lang),
        row.reports.to_string(),
        row.chars.to_string(),
        row.year_only.to_string(),
        row.inferred.to_string(),
    ];
    for t in 0..row.hits.len() {
        cells.push(row.hits[t].to_string());
        cells.push(row.using[t].to_string());
        cells.push(format!("{:.2}", row.rate(t)));
    }
    cells
}

/// The table as CSV, in `lang` as the page shows it: every report first,
/// then each region.
pub fn trends_csv(trends: &Trends, query: &Query, lang: Lang) -> String {
    let header = table_header(query, trends.granularity, lang);
    let all = lang.text(LaterKey::TrendsAllReports).to_string();
    let rows: Vec<Vec<String>> = std::iter::once((&all, &trends.overall))
        .chain(trends.regions.iter().map(|r| (&r.name, &r.rows)))
        .flat_map(|(region, rows)| {
            rows.iter().map(move |row| {
                let mut cells = vec![region.clone()];
                cells.extend(row_cells(row, lang));
                cells
            })
        })
        .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    csv::table(&header, &rows)
}

#[cfg(test)]
mod tests;
