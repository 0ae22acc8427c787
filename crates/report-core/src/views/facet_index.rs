//! What the facets and the hits per district read of each report, taken
//! once per corpus ([`FacetIndex::new`]) so that a query's counts are one
//! pass of small integers over the reports: at ten thousand reports the
//! counts run on every keystroke, and reading regions, themes and sources
//! from the reports each time cost more than the search.

use crate::model::{district_of, PathStep, Report};
use crate::search::ReportHits;
use crate::sorting;
use crate::text::themes::THEMES;
use crate::views::explore::{DistrictHits, ResultRow, UNKNOWN_DISTRICT};
use crate::views::facets::{
    report_year, source_key, Facet, FacetCounts, Selection, ValueCount, YearCount,
};
use crate::views::region_tree::RegionTree;

// Themes are bits of a u64.
const _: () = assert!(THEMES.len() <= 64);

/// One report's facet values, as positions in the [`FacetIndex`]'s lists.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ReportKeys {
    /// Its region's division, numbered in the tree's pre-order.
    region: Option<u32>,
    /// Year and whether the date was inferred; `None`: undated.
    year: Option<(u16, bool)>,
    /// The date as the date range compares it.
    date: Option<String>,
    source: u32,
    /// Bit `i`: the report has theme `THEMES[i]`.
    themes: u64,
    has_figures: bool,
    district: u32,
}

/// The facet values of every report of a corpus, and the values there are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetIndex {
    /// Every division of the reports' regions.
    regions: RegionTree,
    /// Years present, ascending.
    years: Vec<u16>,
    /// Source keys present, in order.
    sources: Vec<String>,
    /// District names present ([`UNKNOWN_DISTRICT`] among them when a
    /// report has no region).
    districts: Vec<String>,
    reports: Vec<ReportKeys>,
}

impl FacetIndex {
    pub fn new(reports: &[Report]) -> FacetIndex {
        // Each report's region path once: the tree, its division and its
        // district come from it.
        let paths: Vec<Option<Vec<PathStep>>> = reports
            .iter()
            .map(|r| r.region.as_ref().map(|g| g.path()))
            .collect();
        let regions = RegionTree::new(paths.iter().flatten().map(Vec::as_slice));
        let numbers = regions.numbers();
        let years = distinct(reports.iter().filter_map(report_year));
        let sources = distinct(reports.iter().map(source_key));
        let districts = distinct(reports.iter().map(district));
        let position = |list: &[&str], key: &str| list.binary_search(&key).map_or(0, |i| i as u32);
        let keys = reports
            .iter()
            .zip(&paths)
            .map(|(r, path)| ReportKeys {
                region: path.as_ref().and_then(|path| {
                    path.iter().try_fold(None, |parent, step| {
                        numbers.get(&(parent, step.code)).map(|&n| Some(n))
                    })?
                }),
                year: r.date.as_ref().and_then(|d| Some((d.year()?, d.inferred))),
                date: r.date.as_ref().map(|d| d.value.clone()),
                source: position(&sources, source_key(r)),
                themes: THEMES
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| {
                        r.sections
                            .iter()
                            .any(|s| s.themes.iter().any(|k| k == t.key))
                    })
                    .fold(0, |bits, (i, _)| bits | 1 << i),
                has_figures: !r.figures.is_empty(),
                district: position(&districts, district(r)),
            })
            .collect();
        let owned = |list: Vec<&str>| list.into_iter().map(str::to_string).collect();
        FacetIndex {
            regions,
            years,
            sources: owned(sources),
            districts: owned(districts),
            reports: keys,
        }
    }

    /// The divisions the region facet lists; [`FacetCounts::divisions`]
    /// counts them by number.
    pub fn regions(&self) -> &RegionTree {
        &self.regions
    }

    /// The years the reports are dated in, ascending.
    pub fn years(&self) -> &[u16] {
        &self.years
    }

    /// Reports indexed.
    pub fn len(&self) -> usize {
        self.reports.len()
    }

    pub fn is_empty(&self) -> bool {
        self.reports.is_empty()
    }
}

/// The values of `values`, each once, in order.
fn distinct<T: Ord>(values: impl Iterator<Item = T>) -> Vec<T> {
    let mut values: Vec<T> = values.collect();
    sorting::sort(&mut values);
    values.dedup();
    values
}

/// A selection read against a [`FacetIndex`]: which of its values it
/// admits, so each report is checked by lookups.
struct Admits<'a> {
    selection: &'a Selection,
    /// Per division: chosen, or below a chosen one.
    divisions: Vec<bool>,
    sources: Vec<bool>,
    themes: u64,
}

impl<'a> Admits<'a> {
    fn new(index: &FacetIndex, selection: &'a Selection) -> Admits<'a> {
        let mut divisions: Vec<bool> = Vec::with_capacity(index.regions.len());
        for d in index.regions.divisions() {
            let above = d.parent.is_some_and(|p| divisions[p as usize]);
            divisions.push(above || selection.regions.contains(&d.code));
        }
        Admits {
            selection,
            divisions,
            sources: index
                .sources
                .iter()
                .map(|s| selection.sources.contains(s))
                .collect(),
            themes: THEMES
                .iter()
                .enumerate()
                .filter(|(_, t)| selection.themes.contains(t.key))
                .fold(0, |bits, (i, _)| bits | 1 << i),
        }
    }

    /// The facets that turn `report` away, one bit per [`Facet`].
    fn refusals(&self, report: &ReportKeys) -> u8 {
        let s = self.selection;
        let checks = [
            (
                Facet::Region,
                s.regions.is_empty() || report.region.is_some_and(|d| self.divisions[d as usize]),
            ),
            (
                Facet::Year,
                s.years.is_empty() || report.year.is_some_and(|(y, _)| s.years.contains(&y)),
            ),
            (Facet::DateRange, s.date_in_range(report.date.as_deref())),
            (
                Facet::Source,
                s.sources.is_empty() || self.sources[report.source as usize],
            ),
            (
                Facet::Theme,
                s.themes.is_empty() || report.themes & self.themes != 0,
            ),
            (
                Facet::Figures,
                s.has_figures.is_none_or(|with| with == report.has_figures),
            ),
        ];
        checks
            .iter()
            .filter(|(_, ok)| !ok)
            .fold(0, |bits, (facet, _)| bits | bit(*facet))
    }
}

fn bit(facet: Facet) -> u8 {
    1 << facet as u8
}

/// Counts for every facet value present in the corpus: each value's count
/// is the reports choosing it would leave, given the search and the other
/// facets. `matches[i]` says whether report `i` matches the search
/// (ignoring facets). One pass: a report refused by no facet counts in
/// every facet, one refused by a single facet counts in that facet only.
pub fn facet_counts(
    index: &FacetIndex,
    matches: &[Option<ReportHits>],
    selection: &Selection,
) -> FacetCounts {
    let admits = Admits::new(index, selection);
    let mut divisions = vec![0usize; index.regions.len()];
    let mut years = vec![(0usize, 0usize); index.years.len()];
    let mut sources = vec![0usize; index.sources.len()];
    let mut themes = [0usize; 64];
    let mut counts = FacetCounts::default();
    let counts_in = |refused: u8, facet: Facet| refused & !bit(facet) == 0;
    for (report, _) in index
        .reports
        .iter()
        .zip(matches)
        .filter(|(_, m)| m.is_some())
    {
        let refused = admits.refusals(report);
        if refused.count_ones() > 1 {
            continue;
        }
        if counts_in(refused, Facet::Region) {
            let mut at = report.region;
            if at.is_none() {
                counts.no_region += 1;
            }
            while let Some(d) = at {
                divisions[d as usize] += 1;
                at = index.regions.divisions()[d as usize].parent;
            }
        }
        // The year's counts keep the date range's choice (they are one facet
        // group, but a range narrows the years listed).
        if counts_in(refused, Facet::Year) {
            match report.year {
                Some((year, inferred)) => {
                    let slot = &mut years[index.years.binary_search(&year).unwrap_or(0)];
                    slot.0 += 1;
                    slot.1 += usize::from(inferred);
                }
                None => counts.undated += 1,
            }
        }
        if counts_in(refused, Facet::Source) {
            sources[report.source as usize] += 1;
        }
        if counts_in(refused, Facet::Figures) {
            if report.has_figures {
                counts.with_figures += 1;
            } else {
                counts.without_figures += 1;
            }
        }
        if counts_in(refused, Facet::Theme) {
            for (i, n) in themes.iter_mut().enumerate().take(THEMES.len()) {
                *n += usize::from(report.themes & 1 << i != 0);
            }
        }
    }
    counts.divisions = divisions;
    counts.years = index
        .years
        .iter()
        .zip(years)
        .rev()
        .map(|(&year, (count, inferred))| YearCount {
            year,
            count,
            inferred,
        })
        .collect();
    counts.sources = index
        .sources
        .iter()
        .zip(sources)
        .map(|(key, count)| ValueCount {
            key: key.clone(),
            count,
        })
        .collect();
    counts.themes = THEMES
        .iter()
        .zip(themes)
        .map(|(t, count)| ValueCount {
            key: t.key.to_string(),
            count,
        })
        .collect();
    counts
}

/// Reports and hits per term for each district in the result list, most hits
/// first (then by name). Reports without a region count together, under
/// [`UNKNOWN_DISTRICT`].
pub fn district_hits(rows: &[ResultRow], index: &FacetIndex, terms: usize) -> Vec<DistrictHits> {
    top_district_hits(rows, index, terms, usize::MAX).0
}

/// The first `limit` of [`district_hits`], and how many districts it has:
/// what a table of the leading districts shows, without a name or a list
/// made for each of the thousands of districts a large corpus has.
pub fn top_district_hits(
    rows: &[ResultRow],
    index: &FacetIndex,
    terms: usize,
    limit: usize,
) -> (Vec<DistrictHits>, usize) {
    let districts = index.districts.len();
    let mut reports = vec![0usize; districts];
    // District `d`'s hits of term `t` at `d * terms + t`.
    let mut hits = vec![0usize; districts * terms];
    for row in rows {
        let Some(report) = index.reports.get(row.index) else {
            continue;
        };
        let d = report.district as usize;
        reports[d] += 1;
        for (total, n) in hits[d * terms..][..terms]
            .iter_mut()
            .zip(&row.hits.per_term)
        {
            *total += n;
        }
    }
    let per_term = |d: usize| &hits[d * terms..][..terms];
    let total = |d: usize| per_term(d).iter().sum::<usize>();
    let mut order: Vec<usize> = (0..districts).filter(|&d| reports[d] > 0).collect();
    let with_reports = order.len();
    sorting::sort_by(&mut order, |&a, &b| {
        total(b)
            .cmp(&total(a))
            .then_with(|| index.districts[a].cmp(&index.districts[b]))
    });
    let shown = order
        .into_iter()
        .take(limit)
        .map(|d| DistrictHits {
            district: index.districts[d].clone(),
            reports: reports[d],
            per_term: per_term(d).to_vec(),
        })
        .collect();
    (shown, with_reports)
}

/// The district a report's hits count under.
fn district(report: &Report) -> &str {
    district_of(report).unwrap_or(UNKNOWN_DISTRICT)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{bundled_corpus, synthesize};
    use crate::text::themes::report_themes;

    /// Each count as the facets define it: the matching reports that every
    /// facet but the counted one admits, read from the reports themselves.
    fn counted_one_by_one(
        reports: &[Report],
        matches: &[Option<ReportHits>],
        selection: &Selection,
    ) -> FacetCounts {
        let left = |skip: Facet| {
            reports
                .iter()
                .zip(matches)
                .filter(move |(r, m)| m.is_some() && selection.admits_except(r, Some(skip)))
                .map(|(r, _)| r)
                .collect::<Vec<_>>()
        };
        let index = FacetIndex::new(reports);
        let in_regions = left(Facet::Region);
        let divisions = index.regions().divisions();
        // Each division's count: the reports whose region's path passes it.
        let counts = (0..divisions.len())
            .map(|n| {
                let mut path = Vec::new();
                let mut at = Some(n);
                while let Some(d) = at {
                    path.push(divisions[d].code.as_str());
                    at = divisions[d].parent.map(|p| p as usize);
                }
                path.reverse();
                in_regions
                    .iter()
                    .filter(|r| {
                        r.region.as_ref().is_some_and(|g| {
                            g.path()
                                .iter()
                                .map(|s| s.code)
                                .take(path.len())
                                .eq(path.iter().copied())
                        })
                    })
                    .count()
            })
            .collect();
        let years = left(Facet::Year);
        let sources = left(Facet::Source);
        let figures = left(Facet::Figures);
        let themes = left(Facet::Theme);
        FacetCounts {
            divisions: counts,
            no_region: in_regions.iter().filter(|r| r.region.is_none()).count(),
            years: index
                .years
                .iter()
                .rev()
                .map(|&y| YearCount {
                    year: y,
                    count: years.iter().filter(|r| report_year(r) == Some(y)).count(),
                    inferred: years
                        .iter()
                        .filter(|r| {
                            report_year(r) == Some(y) && r.date.as_ref().is_some_and(|d| d.inferred)
                        })
                        .count(),
                })
                .collect(),
            undated: years.iter().filter(|r| report_year(r).is_none()).count(),
            sources: index
                .sources
                .iter()
                .map(|s| ValueCount {
                    key: s.clone(),
                    count: sources.iter().filter(|r| source_key(r) == s).count(),
                })
                .collect(),
            themes: THEMES
                .iter()
                .map(|t| ValueCount {
                    key: t.key.to_string(),
                    count: themes
                        .iter()
                        .filter(|r| report_themes(r).iter().any(|k| k == t.key))
                        .count(),
                })
                .collect(),
            with_figures: figures.iter().filter(|r| !r.figures.is_empty()).count(),
            without_figures: figures.iter().filter(|r| r.figures.is_empty()).count(),
        }
    }

    #[test]
    fn one_pass_counts_are_the_counts_facet_by_facet() {
        let mut reports = synthesize(&bundled_corpus().reports, 120, 7).reports;
        // Shapes the seeds lack: no region, no date, no source, no figures.
        for (i, r) in reports.iter_mut().enumerate() {
            match i % 7 {
                1 => r.region = None,
                2 => r.date = None,
                3 => r.source = None,
                4 => r.figures.clear(),
                _ => {}
            }
        }
        let index = FacetIndex::new(&reports);
        let divisions = index.regions().divisions();
        let first = &divisions[index.regions().top()[0] as usize];
        let some_year = index.years[0];
        let theme = THEMES[1].key.to_string();
        let selections = [
            Selection::default(),
            Selection {
                regions: [first.code.clone()].into(),
                ..Selection::default()
            },
            Selection {
                regions: [divisions[first.children[0] as usize].code.clone()].into(),
                years: [some_year].into(),
                ..Selection::default()
            },
            Selection {
                sources: [index.sources[0].clone()].into(),
                themes: [theme.clone()].into(),
                has_figures: Some(true),
                ..Selection::default()
            },
            Selection {
                date_from: Some(format!("{some_year}-06")),
                themes: [theme].into(),
                has_figures: Some(false),
                ..Selection::default()
            },
        ];
        let every = vec![Some(ReportHits::default()); reports.len()];
        let some: Vec<Option<ReportHits>> = (0..reports.len())
            .map(|i| (i % 3 != 0).then(ReportHits::default))
            .collect();
        for selection in &selections {
            for matches in [&every, &some] {
                assert_eq!(
                    facet_counts(&index, matches, selection),
                    counted_one_by_one(&reports, matches, selection),
                    "{selection:?}"
                );
            }
        }
    }

    #[test]
    fn hits_per_district_add_up_by_name() {
        let mut reports = synthesize(&bundled_corpus().reports, 60, 3).reports;
        reports[6].region = None;
        let index = FacetIndex::new(&reports);
        let rows: Vec<ResultRow> = (0..reports.len())
            .filter(|i| i % 4 != 1)
            .map(|index| ResultRow {
                index,
                hits: ReportHits {
                    per_term: vec![index % 5, 1],
                },
            })
            .collect();
        let districts = district_hits(&rows, &index, 2);
        for d in &districts {
            let mine: Vec<&ResultRow> = rows
                .iter()
                .filter(|r| {
                    district_of(&reports[r.index]).unwrap_or(UNKNOWN_DISTRICT) == d.district
                })
                .collect();
            assert_eq!(d.reports, mine.len(), "{}", d.district);
            assert_eq!(
                d.per_term[0],
                mine.iter().map(|r| r.hits.per_term[0]).sum::<usize>()
            );
        }
        assert_eq!(
            districts.iter().map(|d| d.reports).sum::<usize>(),
            rows.len()
        );
        assert!(districts.iter().any(|d| d.district == UNKNOWN_DISTRICT));
        let totals: Vec<usize> = districts.iter().map(|d| d.per_term.iter().sum()).collect();
        assert!(totals.windows(2).all(|w| w[0] >= w[1]), "most hits first");
        let (top, all) = top_district_hits(&rows, &index, 2, 3);
        assert_eq!((top.as_slice(), all), (&districts[..3], districts.len()));
    }
}
