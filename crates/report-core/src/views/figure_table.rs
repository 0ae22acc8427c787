//! The figures table: the figures of the reports in the result list,
//! filtered and sorted, with the sentence each came from; and its CSV export.

use crate::sorting::SortedSet;

use crate::model::Report;
use crate::model::{Figure, FigureKind, FigureStatus, Normalized, TRAILING_QUALIFIERS};
use crate::sorting;
use crate::text::numbers::read_typed_number;
use crate::views::csv;
use crate::views::explore::ResultRow;
use crate::views::figure_view::FigureView;

/// What narrows the figures table. Empty sets do not restrict.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FigureFilter {
    pub kinds: SortedSet<&'static str>,
    pub statuses: SortedSet<&'static str>,
    pub units: SortedSet<String>,
    /// Text the indicator (or its canonical name) must contain.
    pub indicator: String,
    pub min: Option<Bound>,
    pub max: Option<Bound>,
}

/// A lower or upper bound as the reader typed it: `10` compares with values
/// as written (growth above 10 for 10%); `1000万元` compares in base units
/// with every figure in that base unit (760多亿元 is above it).
#[derive(Debug, Clone, PartialEq)]
pub struct Bound {
    pub value: f64,
    pub normalized: Option<Normalized>,
}

impl Bound {
    /// `None` for text that is not a number with a known unit.
    pub fn parse(text: &str) -> Option<Bound> {
        read_typed_number(text).map(|(value, normalized)| Bound { value, normalized })
    }

    /// Whether the figure's value (its upper end for `at_least`) is on the
    /// right side of the bound.
    fn admits(&self, f: &Figure, at_least: bool) -> bool {
        let (value, bound) = match &self.normalized {
            // A bare magnitude (`2亿`) compares with any figure in base units.
            Some(b) => match &f.normalized {
                Some(n) if b.unit.is_empty() || n.unit == b.unit => (
                    if at_least {
                        n.high.unwrap_or(n.value)
                    } else {
                        n.value
                    },
                    b.value,
                ),
                _ => return false,
            },
            None => (
                if at_least {
                    f.high.unwrap_or(f.value)
                } else {
                    f.value
                },
                self.value,
            ),
        };
        if at_least {
            value >= bound
        } else {
            value <= bound
        }
    }
}

impl FigureFilter {
    pub fn admits(&self, f: &Figure) -> bool {
        let wanted = self.indicator.trim();
        (self.kinds.is_empty() || self.kinds.contains(f.kind.key()))
            && (self.statuses.is_empty() || self.statuses.contains(f.status.key()))
            && (self.units.is_empty() || self.units.contains(&f.unit))
            && (wanted.is_empty()
                || f.indicator.contains(wanted)
                || f.canonical().is_some_and(|c| c.contains(wanted)))
            && self.min.as_ref().is_none_or(|b| b.admits(f, true))
            && self.max.as_ref().is_none_or(|b| b.admits(f, false))
    }
}

/// A figure's value for sorting: in base units where it has them, so
/// 2500万元 sorts below 760多亿元.
fn sort_value(f: &Figure) -> f64 {
    f.normalized.as_ref().map_or(f.value, |n| n.value)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum FigureOrder {
    /// Report by report, in reading order.
    #[default]
    Report,
    Indicator,
    /// Largest value first.
    Value,
    Kind,
}

impl FigureOrder {
    pub const ALL: [FigureOrder; 4] = [
        FigureOrder::Report,
        FigureOrder::Indicator,
        FigureOrder::Value,
        FigureOrder::Kind,
    ];

    pub fn key(self) -> &'static str {
        match self {
            FigureOrder::Report => "report",
            FigureOrder::Indicator => "indicator",
            FigureOrder::Value => "value",
            FigureOrder::Kind => "kind",
        }
    }
}

/// A figure in the table: which report, which of its figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FigureRef {
    pub report: usize,
    pub figure: usize,
}

/// The figures of the result list's reports that the table's filters
/// admit, in its order (reversed by a second click).
pub fn figure_rows(reports: &[Report], rows: &[ResultRow], view: &FigureView) -> Vec<FigureRef> {
    let filter = view.filter();
    let mut out: Vec<FigureRef> = rows
        .iter()
        .filter_map(|row| reports.get(row.index).map(|r| (row.index, r)))
        .flat_map(|(ri, r)| {
            r.figures
                .iter()
                .enumerate()
                .filter(|(_, f)| filter.admits(f))
                .map(move |(fi, _)| FigureRef {
                    report: ri,
                    figure: fi,
                })
        })
        .collect();
    let figure = |x: &FigureRef| &reports[x.report].figures[x.figure];
    let name = |f: &Figure| f.canonical().map_or(f.indicator.clone(), String::from);
    match view.order {
        FigureOrder::Report => {}
        FigureOrder::Indicator => sorting::sort_by_cached_key(&mut out, |x| name(figure(x))),
        FigureOrder::Value => sorting::sort_by(&mut out, |a, b| {
            sort_value(figure(b)).total_cmp(&sort_value(figure(a)))
        }),
        FigureOrder::Kind => sorting::sort_by_key(&mut out, |x| {
            FigureKind::ALL.iter().position(|k| *k == figure(x).kind)
        }),
    }
    if view.reverse {
        out.reverse();
    }
    out
}

/// Units used by the figures of the result list, for the unit filter.
pub fn units_in(reports: &[Report], rows: &[ResultRow]) -> Vec<String> {
    let units: SortedSet<&str> = rows
        .iter()
        .filter_map(|r| reports.get(r.index))
        .flat_map(|r| r.figures.iter().map(|f| f.unit.as_str()))
        .collect();
    units.into_iter().map(String::from).collect()
}

/// The sentence of `paragraph` around bytes `start..end` (from the previous
/// sentence end to the next one, inclusive).
pub fn sentence_around(paragraph: &str, start: usize, end: usize) -> &str {
    let is_end = |c: char| matches!(c, '。' | '！' | '？' | '；' | ';');
    let from = paragraph[..start].rfind(is_end).map_or(0, |b| {
        b + paragraph[b..].chars().next().map_or(1, char::len_utf8)
    });
    let to = paragraph[end..].find(is_end).map_or(paragraph.len(), |b| {
        end + b
            + paragraph[end + b..]
                .chars()
                .next()
                .map_or(1, char::len_utf8)
    });
    paragraph[from..to].trim()
}

/// The figure's value as a reader would write it: `约10.5亿元`, `15至20处`.
pub fn display_value(f: &Figure) -> String {
    let n = |v: f64| {
        if v.fract() == 0.0 && v.abs() < 1e15 {
            format!("{}", v as i64)
        } else {
            format!("{v}")
        }
    };
    let value = match f.high {
        Some(h) => format!("{}至{}", n(f.value), n(h)),
        None => n(f.value),
    };
    match f.qualifier.as_deref() {
        Some(q @ ("多" | "余")) => format!("{value}{q}{}", f.unit),
        Some(q) if TRAILING_QUALIFIERS.contains(&q) => format!("{value}{}{q}", f.unit),
        Some(q) => format!("{q}{value}{}", f.unit),
        None => format!("{value}{}", f.unit),
    }
}

/// The figures table as CSV, each row citing its report and sentence.
pub fn figures_csv(reports: &[Report], figures: &[FigureRef]) -> String {
    let header: Vec<&str> = csv::CITATION_HEADER
        .iter()
        .copied()
        .chain([
            "indicator",
            "canonical_indicator",
            "value",
            "value_high",
            "unit",
            "normalized_value",
            "normalized_unit",
            "kind",
            "qualifier",
            "status",
            "period",
            "period_words",
            "sentence",
        ])
        .collect();
    let rows: Vec<Vec<String>> = figures
        .iter()
        .filter_map(|x| {
            let r = reports.get(x.report)?;
            let f = r.figures.get(x.figure)?;
            let paragraph = r.sections.get(f.section)?.paragraphs.get(f.paragraph)?;
            let mut row = csv::citation_cells(r);
            row.extend([
                f.indicator.clone(),
                f.canonical().unwrap_or_default().to_string(),
                f.value.to_string(),
                f.high.map(|h| h.to_string()).unwrap_or_default(),
                f.unit.clone(),
                f.normalized
                    .as_ref()
                    .map(|n| n.value.to_string())
                    .unwrap_or_default(),
                f.normalized
                    .as_ref()
                    .map(|n| n.unit.clone())
                    .unwrap_or_default(),
                f.kind.key().to_string(),
                f.qualifier.clone().unwrap_or_default(),
                f.status.key().to_string(),
                f.period.clone().unwrap_or_default(),
                f.period_words.clone().unwrap_or_default(),
                sentence_around(paragraph, f.start, f.end).to_string(),
            ]);
            Some(row)
        })
        .collect();
    csv::table(&header, &rows)
}

/// Status keys in display order.
pub const STATUSES: [FigureStatus; 3] = FigureStatus::ALL;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse_query;
    use crate::search::SearchIndex;
    use crate::test_support::process_report;
    use crate::views::explore::{results, search_all};
    use crate::views::facets::Selection;

    fn setup() -> (Vec<Report>, Vec<ResultRow>) {
        let reports = vec![process_report(
            "a",
            "潍坊市奎文区经济运行\n发布时间:2023-07-06 来源:闪电新闻\n1-5月份,固定资产投资增长6.1%,一般公共预算收入增长10.3%。力争年内到位省外资金90亿元,新增市场主体8000多户。",
        )];
        let rows = results(
            &reports,
            &search_all(&SearchIndex::new(&reports), &parse_query("")),
            &Selection::default(),
        );
        (reports, rows)
    }

    #[test]
    fn filter_by_kind_value_status_and_indicator() {
        let (reports, rows) = setup();
        let all = figure_rows(&reports, &rows, &FigureView::default());
        assert_eq!(all.len(), 4);
        let growth_above_10 = FigureView {
            kinds: ["growth"].into(),
            min: "10".into(),
            ..FigureView::default()
        };
        let got = figure_rows(&reports, &rows, &growth_above_10);
        assert_eq!(got.len(), 1);
        assert_eq!(
            reports[0].figures[got[0].figure].indicator,
            "一般公共预算收入"
        );
        let targets = FigureView {
            statuses: ["target"].into(),
            ..FigureView::default()
        };
        assert_eq!(figure_rows(&reports, &rows, &targets).len(), 2);
        let by_text = FigureView {
            indicator: "市场主体".into(),
            ..FigureView::default()
        };
        assert_eq!(figure_rows(&reports, &rows, &by_text).len(), 1);
        assert_eq!(units_in(&reports, &rows), vec!["%", "亿元", "户"]);
    }

    #[test]
    fn sorting_by_value_and_reversing() {
        let (reports, rows) = setup();
        let mut view = FigureView::default();
        view.click_sort(FigureOrder::Value);
        let values = |view: &FigureView| -> Vec<f64> {
            figure_rows(&reports, &rows, view)
                .iter()
                .map(|x| reports[0].figures[x.figure].value)
                .collect()
        };
        // 90亿元 is 9×10⁹ yuan: above 8000 households, in base units.
        assert_eq!(values(&view), vec![90.0, 8000.0, 10.3, 6.1]);
        view.click_sort(FigureOrder::Value);
        assert_eq!(values(&view), vec![6.1, 10.3, 8000.0, 90.0]);
    }

    #[test]
    fn amounts_compare_across_units() {
        let reports = vec![process_report(
            "m.txt",
            "某区经济运行\n发布时间:2024-05-06\n完成投资2500万元，引进项目总投资760多亿元，拨付资金560万元。",
        )];
        let rows = results(
            &reports,
            &search_all(&SearchIndex::new(&reports), &parse_query("")),
            &Selection::default(),
        );
        let shown = |view: &FigureView| -> Vec<String> {
            figure_rows(&reports, &rows, view)
                .iter()
                .map(|x| display_value(&reports[0].figures[x.figure]))
                .collect()
        };
        let mut view = FigureView::default();
        view.click_sort(FigureOrder::Value);
        assert_eq!(shown(&view), ["760多亿元", "2500万元", "560万元"]);
        // A bound with a unit compares in base units: 1000万元 keeps 760多亿元.
        let at_least = FigureView {
            min: "1000万元".into(),
            ..FigureView::default()
        };
        assert_eq!(shown(&at_least), ["2500万元", "760多亿元"]);
        let at_most = FigureView {
            max: "0.1亿元".into(),
            ..FigureView::default()
        };
        assert_eq!(shown(&at_most), ["560万元"]);
        // Typed in an input method's full-width mode, the same bound.
        let full_width = FigureView {
            min: "１０００万元".into(),
            ..FigureView::default()
        };
        assert_eq!(shown(&full_width), ["2500万元", "760多亿元"]);
        assert!(full_width.bound_problems(crate::i18n::Lang::Zh).is_empty());
    }

    #[test]
    fn csv_quotes_the_sentence() {
        let (reports, rows) = setup();
        let all = figure_rows(&reports, &rows, &FigureView::default());
        let csv = figures_csv(&reports, &all);
        let lines: Vec<&str> = csv
            .trim_start_matches('\u{FEFF}')
            .trim_end()
            .split("\r\n")
            .collect();
        assert_eq!(lines.len(), 5);
        assert!(lines[1].contains("固定资产投资,固定资产投资,6.1,,%,,,growth,,actual,2023-01–2023-05,1-5月份,\"1-5月份,固定资产投资增长6.1%,一般公共预算收入增长10.3%。\""), "{}", lines[1]);
        assert!(
            lines[3].contains("到位省外资金,,90,,亿元,9000000000,yuan,amount,,target"),
            "{}",
            lines[3]
        );
    }

    #[test]
    fn display_values() {
        let (reports, _) = setup();
        let shown: Vec<String> = reports[0].figures.iter().map(display_value).collect();
        assert_eq!(shown, vec!["6.1%", "10.3%", "90亿元", "8000多户"]);
        // A bound after the figure is shown after it, a bound before before it.
        let bounded = |qualifier: &str, unit: &str| {
            let mut f = reports[0].figures[0].clone();
            (f.value, f.unit, f.qualifier) = (0.6, unit.to_string(), Some(qualifier.to_string()));
            display_value(&f)
        };
        assert_eq!(bounded("以下", "人/百亿元"), "0.6人/百亿元以下");
        assert_eq!(bounded("以内", "%"), "0.6%以内");
        assert_eq!(bounded("超过", "%"), "超过0.6%");
    }
}
