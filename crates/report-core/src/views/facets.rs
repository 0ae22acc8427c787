//! Facets: region (province → city → county), year and date range, source,
//! theme. Values within a facet combine with OR, facets with AND; each
//! value's count is what choosing it would leave, given the search and the
//! other facets (counted in one pass by `facet_index`).

use crate::sorting::SortedSet;

use crate::i18n::{Key, Lang};
use crate::model::{RegionLevel, Report};
use crate::text::themes::report_themes;
use crate::views::view_state::{is_reversed_range, normalise_date_input};

/// Key used for reports that name no source.
pub const NO_SOURCE: &str = "";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Region,
    Year,
    DateRange,
    Source,
    Theme,
    Figures,
}

/// What the user chose. An empty set does not restrict.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Division codes at any level (37, 3707, 370705).
    pub regions: SortedSet<String>,
    pub years: SortedSet<u16>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive.
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    /// Source names; [`NO_SOURCE`] for reports that name none.
    pub sources: SortedSet<String>,
    /// Theme keys.
    pub themes: SortedSet<String>,
    /// Only reports with (true) or without (false) figures.
    pub has_figures: Option<bool>,
}

/// What setting a date bound had to say: the date could not be read (the
/// bound was left as it was), or the range ended before it started and was
/// swapped (`from` and `to` as they stood before).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateBoundNote {
    NotUnderstood(String),
    Swapped { from: String, to: String },
}

impl DateBoundNote {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            DateBoundNote::NotUnderstood(value) => {
                lang.format(Key::DateNotUnderstood, &[("value", value)])
            }
            DateBoundNote::Swapped { from, to } => {
                lang.format(Key::DateRangeSwapped, &[("from", from), ("to", to)])
            }
        }
    }
}

impl Selection {
    /// Sets the range's start (`is_from`) or end to a date as a person typed
    /// it (empty clears it). A date that cannot be read leaves the bound as
    /// it was; a range that now ends before it starts is swapped. Either is
    /// returned to be said.
    pub fn set_date_bound(&mut self, typed: &str, is_from: bool) -> Option<DateBoundNote> {
        let typed = typed.trim();
        let value = if typed.is_empty() {
            None
        } else {
            match normalise_date_input(typed) {
                Some(date) => Some(date),
                None => return Some(DateBoundNote::NotUnderstood(typed.to_string())),
            }
        };
        *if is_from {
            &mut self.date_from
        } else {
            &mut self.date_to
        } = value;
        let (Some(from), Some(to)) = (&self.date_from, &self.date_to) else {
            return None;
        };
        if !is_reversed_range(from, to) {
            return None;
        }
        let note = DateBoundNote::Swapped {
            from: from.clone(),
            to: to.clone(),
        };
        std::mem::swap(&mut self.date_from, &mut self.date_to);
        Some(note)
    }

    pub fn is_empty(&self) -> bool {
        *self == Selection::default()
    }

    pub fn admits(&self, report: &Report) -> bool {
        self.admits_except(report, None)
    }

    /// Whether `report` passes every facet but `skip` (the facet whose
    /// counts are being computed).
    pub fn admits_except(&self, report: &Report, skip: Option<Facet>) -> bool {
        let checks = [
            (
                Facet::Region,
                self.regions.is_empty()
                    || region_codes(report)
                        .iter()
                        .any(|c| self.regions.contains(*c)),
            ),
            (
                Facet::Year,
                self.years.is_empty()
                    || report_year(report).is_some_and(|y| self.years.contains(&y)),
            ),
            (Facet::DateRange, self.in_date_range(report)),
            (
                Facet::Source,
                self.sources.is_empty() || self.sources.contains(source_key(report)),
            ),
            (
                Facet::Theme,
                self.themes.is_empty()
                    || report_themes(report)
                        .iter()
                        .any(|t| self.themes.contains(t)),
            ),
            (
                Facet::Figures,
                self.has_figures
                    .is_none_or(|with| with != report.figures.is_empty()),
            ),
        ];
        checks.iter().all(|(facet, ok)| Some(*facet) == skip || *ok)
    }

    fn in_date_range(&self, report: &Report) -> bool {
        self.date_in_range(report.date.as_ref().map(|d| d.value.as_str()))
    }

    /// Whether a report dated `date` (`None`: undated) is in the chosen range.
    pub(crate) fn date_in_range(&self, date: Option<&str>) -> bool {
        if self.date_from.is_none() && self.date_to.is_none() {
            return true;
        }
        let Some(date) = date else {
            return false;
        };
        let after_from = self
            .date_from
            .as_deref()
            .is_none_or(|from| date >= from || from.starts_with(date));
        let before_to = self
            .date_to
            .as_deref()
            .is_none_or(|to| date <= to || date.starts_with(to));
        after_from && before_to
    }

    /// How many values are chosen across the facets (a date range's bounds
    /// count one each).
    pub fn chosen_count(&self) -> usize {
        self.regions.len()
            + self.years.len()
            + self.sources.len()
            + self.themes.len()
            + usize::from(self.date_from.is_some())
            + usize::from(self.date_to.is_some())
            + usize::from(self.has_figures.is_some())
    }

    /// Clears one facet.
    pub fn clear(&mut self, facet: Facet) {
        match facet {
            Facet::Region => self.regions.clear(),
            Facet::Year => self.years.clear(),
            Facet::DateRange => {
                self.date_from = None;
                self.date_to = None;
            }
            Facet::Source => self.sources.clear(),
            Facet::Theme => self.themes.clear(),
            Facet::Figures => self.has_figures = None,
        }
    }

    /// Adds or removes a value of a set facet.
    pub fn toggle<T: Ord>(set: &mut SortedSet<T>, value: T) {
        if !set.remove(&value) {
            set.insert(value);
        }
    }
}

fn region_codes(report: &Report) -> Vec<&str> {
    report
        .region
        .as_ref()
        .map_or_else(Vec::new, |r| r.path().iter().map(|s| s.code).collect())
}

pub(crate) fn report_year(report: &Report) -> Option<u16> {
    report.date.as_ref().and_then(|d| d.year())
}

pub fn source_key(report: &Report) -> &str {
    report.source.as_deref().unwrap_or(NO_SOURCE)
}

/// A region value with its count and, below it, its cities, counties or
/// townships. The country (national reports) is a value of its own beside
/// the provinces; each report counts at its own level and the levels above.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RegionCount {
    pub code: String,
    pub name: String,
    pub level: RegionLevel,
    pub count: usize,
    pub children: Vec<RegionCount>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct YearCount {
    pub year: u16,
    pub count: usize,
    /// How many of those reports have an inferred date.
    pub inferred: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ValueCount {
    pub key: String,
    pub count: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct FacetCounts {
    /// Per division of the corpus's [`crate::views::region_tree::RegionTree`]
    /// (`FacetIndex::regions`), by number.
    pub divisions: Vec<usize>,
    pub years: Vec<YearCount>,
    pub sources: Vec<ValueCount>,
    pub themes: Vec<ValueCount>,
    /// Reports without a recognised region / a date (shown so the totals add up).
    pub no_region: usize,
    pub undated: usize,
    /// Reports with figures, and without.
    pub with_figures: usize,
    pub without_figures: usize,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::ReportHits;
    use crate::views::facet_index::{facet_counts, FacetIndex};

    #[test]
    fn a_date_bound_is_read_as_typed_swapped_when_reversed_and_kept_when_unreadable() {
        let mut s = Selection::default();
        assert_eq!(s.set_date_bound("2021/3/1", true), None);
        assert_eq!(s.date_from.as_deref(), Some("2021-03-01"));
        assert_eq!(
            s.set_date_bound("2020年", false),
            Some(DateBoundNote::Swapped {
                from: "2021-03-01".into(),
                to: "2020".into()
            })
        );
        assert_eq!(
            (s.date_from.as_deref(), s.date_to.as_deref()),
            (Some("2020"), Some("2021-03-01"))
        );
        let note = s.set_date_bound("last spring", false).unwrap();
        assert_eq!(s.date_to.as_deref(), Some("2021-03-01"), "kept");
        assert!(note
            .describe(Lang::En)
            .starts_with("“last spring” is not a date"));
        assert_eq!(s.set_date_bound(" ", true), None);
        assert_eq!(s.date_from, None);
    }
    use crate::test_support::process_report;

    fn corpus() -> Vec<Report> {
        [
            "潍坊市奎文区优化营商环境\n发布时间:2021-05-01 来源:潍坊日报\n奎文区持续优化营商环境,深化审批制度改革,市场主体持续增加,政务服务不断提升。",
            "潍坊市坊子区推进乡村振兴\n发布时间:2021-06-01 来源:大众日报\n坊子区大力推进乡村振兴,发展现代农业,农民收入持续增长,农村面貌焕然一新。",
            "济南市济阳区推进乡村振兴\n发布时间:2020-03-01 来源:潍坊日报\n济阳区大力推进乡村振兴,发展现代农业,农民收入持续增长,农村面貌焕然一新。",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| process_report(&i.to_string(), t))
        .collect()
    }

    fn all(n: usize) -> Vec<Option<ReportHits>> {
        vec![Some(ReportHits::default()); n]
    }

    fn admitted(reports: &[Report], sel: &Selection) -> Vec<usize> {
        reports
            .iter()
            .enumerate()
            .filter(|(_, r)| sel.admits(r))
            .map(|(i, _)| i)
            .collect()
    }

    #[test]
    fn or_within_and_across_facets() {
        let reports = corpus();
        let mut sel = Selection::default();
        sel.regions.insert("370705".into()); // 奎文区
        sel.regions.insert("370704".into()); // 坊子区
        assert_eq!(admitted(&reports, &sel), vec![0, 1]);
        sel.sources.insert("潍坊日报".into());
        assert_eq!(admitted(&reports, &sel), vec![0]);
        sel.clear(Facet::Region);
        assert_eq!(admitted(&reports, &sel), vec![0, 2]);
    }

    #[test]
    fn region_codes_match_at_every_level() {
        let reports = corpus();
        let mut sel = Selection::default();
        sel.regions.insert("3707".into()); // 潍坊市
        assert_eq!(admitted(&reports, &sel), vec![0, 1]);
        sel.regions = ["37".to_string()].into();
        assert_eq!(admitted(&reports, &sel), vec![0, 1, 2]);
    }

    #[test]
    fn years_and_date_ranges() {
        let reports = corpus();
        let sel = Selection {
            years: [2021].into(),
            ..Selection::default()
        };
        assert_eq!(admitted(&reports, &sel), vec![0, 1]);
        let sel = Selection {
            date_from: Some("2021-05-15".into()),
            ..Selection::default()
        };
        assert_eq!(admitted(&reports, &sel), vec![1]);
        let sel = Selection {
            date_to: Some("2020".into()),
            ..Selection::default()
        };
        assert_eq!(admitted(&reports, &sel), vec![2]);
        let sel = Selection {
            date_from: Some("2021-05".into()),
            date_to: Some("2021-05".into()),
            ..Selection::default()
        };
        assert_eq!(admitted(&reports, &sel), vec![0]);
    }

    #[test]
    fn has_figures_facet() {
        let mut reports = corpus();
        for r in &mut reports[..2] {
            r.figures =
                crate::test_support::paragraph_figures("新增市场主体8000多户。", 0, 0, None);
        }
        assert!(reports[2].figures.is_empty());
        let sel = Selection {
            has_figures: Some(false),
            ..Selection::default()
        };
        assert_eq!(admitted(&reports, &sel), vec![2]);
        let counts = facet_counts(
            &FacetIndex::new(&reports),
            &all(3),
            &Selection {
                has_figures: Some(true),
                ..Selection::default()
            },
        );
        assert_eq!((counts.with_figures, counts.without_figures), (2, 1));
    }

    #[test]
    fn themes_facet() {
        let reports = corpus();
        let sel = Selection {
            themes: ["rural".to_string()].into(),
            ..Selection::default()
        };
        assert_eq!(admitted(&reports, &sel), vec![1, 2]);
    }

    #[test]
    fn counts_follow_search_and_other_facets_but_not_their_own() {
        let reports = corpus();
        let mut sel = Selection::default();
        sel.regions.insert("370705".into());
        let index = FacetIndex::new(&reports);
        let counts = facet_counts(&index, &all(3), &sel);
        // Region counts ignore the region choice itself: other values stay visible.
        let regions = index.regions().with_counts(&counts.divisions);
        let shandong = &regions[0];
        assert_eq!((shandong.name.as_str(), shandong.count), ("山东省", 3));
        let weifang = shandong
            .children
            .iter()
            .find(|c| c.name == "潍坊市")
            .unwrap();
        assert_eq!(weifang.count, 2);
        assert_eq!(
            weifang
                .children
                .iter()
                .map(|k| (k.name.as_str(), k.count))
                .collect::<Vec<_>>(),
            vec![("坊子区", 1), ("奎文区", 1)]
        );
        // Other facets count within the region choice.
        assert_eq!(
            counts.years,
            vec![
                YearCount {
                    year: 2021,
                    count: 1,
                    inferred: 0
                },
                YearCount {
                    year: 2020,
                    count: 0,
                    inferred: 0
                }
            ]
        );
        let rural = counts.themes.iter().find(|t| t.key == "rural").unwrap();
        assert_eq!(rural.count, 0);
        // The search narrows every count.
        let only_first = vec![Some(ReportHits::default()), None, None];
        let counts = facet_counts(
            &FacetIndex::new(&reports),
            &only_first,
            &Selection::default(),
        );
        assert_eq!(
            counts
                .sources
                .iter()
                .map(|s| (s.key.as_str(), s.count))
                .collect::<Vec<_>>(),
            vec![("大众日报", 0), ("潍坊日报", 1)]
        );
    }
}
