//! The periods terms are followed over: years, or months where the reports
//! are dense enough. A report counts in the period its date states: one
//! dated to the year only, or whose date was inferred, is never put in a
//! month (nor on 1 January); in a month view it stands in its year's row of
//! reports whose month is not known.

use std::cmp::Ordering;

use crate::i18n::{Lang, LaterKey};
use crate::model::{DatePrecision, Report, ReportDate};
use crate::views::facets::Selection;

/// How long a period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Granularity {
    #[default]
    Year,
    Month,
}

impl Granularity {
    /// The link's name for it (`period=month`).
    pub fn key(self) -> &'static str {
        match self {
            Granularity::Year => "year",
            Granularity::Month => "month",
        }
    }

    pub fn from_key(key: &str) -> Option<Granularity> {
        [Granularity::Year, Granularity::Month]
            .into_iter()
            .find(|g| g.key() == key)
    }

    pub fn name(self) -> LaterKey {
        match self {
            Granularity::Year => LaterKey::TrendsByYear,
            Granularity::Month => LaterKey::TrendsByMonth,
        }
    }
}

/// One period of the trends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Year(u16),
    /// A year and a month (1–12).
    Month(u16, u8),
    /// In a month view, the reports of a year whose month is not stated.
    MonthUnknown(u16),
    Undated,
}

impl Period {
    /// Sorts periods in time: the months of a year, then its reports of
    /// unknown month, then the next year; the undated last.
    fn order_key(self) -> (u8, u16, u8) {
        match self {
            Period::Year(y) => (0, y, 0),
            Period::Month(y, m) => (0, y, m),
            Period::MonthUnknown(y) => (0, y, 13),
            Period::Undated => (1, 0, 0),
        }
    }

    pub fn year(self) -> Option<u16> {
        match self {
            Period::Year(y) | Period::Month(y, _) | Period::MonthUnknown(y) => Some(y),
            Period::Undated => None,
        }
    }

    /// Where the period stands on a chart's time axis (consecutive periods
    /// one apart), or `None` for a period that has no place on it.
    pub fn step(self) -> Option<u16> {
        match self {
            Period::Year(y) => Some(y),
            Period::Month(y, m) => Some(y * 12 + u16::from(m) - 1),
            Period::MonthUnknown(_) | Period::Undated => None,
        }
    }

    /// The period at a chart's `step` in `granularity`.
    pub fn at_step(step: u16, granularity: Granularity) -> Period {
        match granularity {
            Granularity::Year => Period::Year(step),
            Granularity::Month => Period::Month(step / 12, (step % 12) as u8 + 1),
        }
    }

    /// The link's name for a year or a month (`2024`, `2024-03`).
    pub fn key(self) -> Option<String> {
        match self {
            Period::Year(y) => Some(y.to_string()),
            Period::Month(y, m) => Some(format!("{y}-{m:02}")),
            Period::MonthUnknown(_) | Period::Undated => None,
        }
    }

    pub fn from_key(key: &str) -> Option<Period> {
        let year = |s: &str| {
            s.parse::<u16>()
                .ok()
                .filter(|y| (1900..=2100).contains(y) && s.len() == 4)
        };
        match key.split_once('-') {
            None => year(key).map(Period::Year),
            Some((y, m)) => {
                let month = m.parse::<u8>().ok().filter(|m| (1..=12).contains(m));
                Some(Period::Month(year(y)?, month.filter(|_| m.len() == 2)?))
            }
        }
    }

    /// The period as a reader sees it: `2024`, `2024-03`, `2024 (month
    /// not known)`, `undated`.
    pub fn label(self, lang: Lang) -> String {
        match self {
            Period::MonthUnknown(y) => lang.format(LaterKey::TrendsMonthUnknown, &[("year", &y)]),
            Period::Undated => lang.text(LaterKey::TrendsUndated).to_string(),
            _ => self.key().unwrap_or_default(),
        }
    }
}

impl Ord for Period {
    fn cmp(&self, other: &Self) -> Ordering {
        self.order_key().cmp(&other.order_key())
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The month a date states, if it states one itself: a date known only to
/// the year, or inferred, has none.
fn stated_month(date: &ReportDate) -> Option<u8> {
    if date.inferred || date.precision == DatePrecision::Year {
        return None;
    }
    date.value
        .get(5..7)?
        .parse()
        .ok()
        .filter(|m| (1..=12).contains(m))
}

/// The period a report with `date` counts in.
pub fn period_of(date: Option<&ReportDate>, granularity: Granularity) -> Period {
    let Some(year) = date.and_then(ReportDate::year) else {
        return Period::Undated;
    };
    match granularity {
        Granularity::Year => Period::Year(year),
        Granularity::Month => date
            .and_then(stated_month)
            .map_or(Period::MonthUnknown(year), |m| Period::Month(year, m)),
    }
}

/// Months are offered when at least this many reports state their month…
pub const MONTHS_MIN_REPORTS: usize = 12;
/// …within a span of at most this many months…
pub const MONTHS_MAX_SPAN: usize = 36;
// …and there are at least as many such reports as months in the span (one
// a month on average): fewer would draw a line of mostly empty months.

/// How densely the reports the facets leave are dated to the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MonthDensity {
    /// Reports whose month is stated.
    pub reports: usize,
    /// Months from the first such report's to the last's, both counted.
    pub span: usize,
}

impl MonthDensity {
    pub fn of(reports: &[Report], selection: &Selection) -> MonthDensity {
        let steps: Vec<u16> = reports
            .iter()
            .filter(|r| selection.admits(r))
            .filter_map(|r| period_of(r.date.as_ref(), Granularity::Month).step())
            .collect();
        let (Some(first), Some(last)) = (steps.iter().min(), steps.iter().max()) else {
            return MonthDensity::default();
        };
        MonthDensity {
            reports: steps.len(),
            span: usize::from(last - first) + 1,
        }
    }

    /// Whether months make a useful line.
    pub fn dense(self) -> bool {
        self.reports >= MONTHS_MIN_REPORTS
            && self.span <= MONTHS_MAX_SPAN
            && self.reports >= self.span
    }

    /// Why months are not offered, in `lang` (`None` when they are).
    pub fn sparse_note(self, lang: Lang) -> Option<String> {
        (!self.dense()).then(|| {
            lang.format(
                LaterKey::TrendsMonthsSparse,
                &[
                    ("min", &MONTHS_MIN_REPORTS),
                    ("max", &MONTHS_MAX_SPAN),
                    ("n", &self.reports),
                    ("span", &self.span),
                ],
            )
        })
    }

    /// The granularity to draw when `wanted` is asked for.
    pub fn granularity(self, wanted: Granularity) -> Granularity {
        if wanted == Granularity::Month && !self.dense() {
            Granularity::Year
        } else {
            wanted
        }
    }
}
