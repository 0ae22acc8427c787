//! The trends' choices as a link keeps them: the level regions are grouped
//! at, years or months, and the period whose new terms are listed
//! (`tlevel=county&tperiod=month&tnew=2024-03`), so reload and Back return
//! the view as it was.

use super::period::{Granularity, Period};
use crate::model::RegionLevel;
use crate::views::trends::level_from_key;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrendView {
    pub level: RegionLevel,
    /// As asked for: months fall back to years where the reports are too
    /// sparse (`MonthDensity::granularity`), and the link keeps the wish.
    pub granularity: Granularity,
    /// The period whose new terms are listed; `None` lists none (reading
    /// the whole corpus for them takes seconds at a thousand reports, so
    /// only a reader's choice starts it).
    pub new_in: Option<Period>,
}

impl Default for TrendView {
    fn default() -> Self {
        TrendView {
            level: RegionLevel::Province,
            granularity: Granularity::Year,
            new_in: None,
        }
    }
}

impl TrendView {
    /// The fragment's parts for the trends, in a fixed order; none for the
    /// default.
    pub fn parts(&self) -> Vec<(&'static str, String)> {
        let default = TrendView::default();
        let mut parts = Vec::new();
        if self.level != default.level {
            parts.push(("tlevel", self.level.label().to_string()));
        }
        if self.granularity != default.granularity {
            parts.push(("tperiod", self.granularity.key().to_string()));
        }
        if let Some(key) = self.new_in.and_then(Period::key) {
            parts.push(("tnew", key));
        }
        parts
    }

    /// Reads one part of a fragment: `None` if the key is not the trends',
    /// else whether the value was understood.
    pub fn read_part(&mut self, key: &str, value: &str) -> Option<bool> {
        let ok = match key {
            "tlevel" => level_from_key(value).map(|l| self.level = l).is_some(),
            "tperiod" => Granularity::from_key(value)
                .map(|g| self.granularity = g)
                .is_some(),
            "tnew" => Period::from_key(value)
                .map(|p| self.new_in = Some(p))
                .is_some(),
            _ => return None,
        };
        Some(ok)
    }

    /// The period whose new terms to list: the one asked for, if it is
    /// among `periods` (those the view shows).
    pub fn new_terms_period(&self, periods: &[Period]) -> Option<Period> {
        self.new_in.filter(|p| periods.contains(p))
    }
}
