//! What the facets and the hits per district read of each report, taken
//! once per corpus ([`FacetIndex::new`]) so that a query's counts are one
//! pass of small integers over the reports: at ten thousand reports the
//! counts run on every keystroke, and reading regions, themes and sources
//! from the reports each time cost more than the search.

use rustc_hash::FxHashMap;

use crate::model::{district_of, PathStep, Report};
use crate::search::ReportHits;
use crate::text::themes::THEMES;
use crate::views::explore::{DistrictHits, ResultRow, UNKNOWN_DISTRICT};
use crate::views::facets::{
    report_year, source_key, Facet, FacetCounts, RegionCount, Selection, ValueCount, YearCount,
};

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
    /// Every division of the reports' regions at count zero, each level by
    /// code (what [`facet_counts`] fills in).
    tree: Vec<RegionCount>,
    /// Per division in pre-order: its code and its parent's number.
    divisions: Vec<(String, Option<u32>)>,
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
        let mut tree: Vec<RegionCount> = Vec::new();
        for path in paths.iter().flatten() {
            let mut level = &mut tree;
            for step in path {
                level = &mut slot(level, step.code, step.name, step.level).children;
            }
        }
        let mut divisions = Vec::new();
        number_divisions(&tree, None, &mut divisions);
        let numbers: FxHashMap<(Option<u32>, &str), u32> = divisions
            .iter()
            .enumerate()
            .map(|(n, (code, parent))| ((*parent, code.as_str()), n as u32))
            .collect();
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
            tree,
            divisions,
            years,
            sources: owned(sources),
            districts: owned(districts),
            reports: keys,
        }
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
    values.sort_unstable();
    values.dedup();
    values
}

/// Numbers the divisions in pre-order, each with its parent's number.
fn number_divisions(
    level: &[RegionCount],
    parent: Option<u32>,
    out: &mut Vec<(String, Option<u32>)>,
) {
    for node in level {
        let number = out.len() as u32;
        out.push((node.code.clone(), parent));
        number_divisions(&node.children, Some(number), out);
    }
}

fn slot<'a>(
    level: &'a mut Vec<RegionCount>,
    code: &str,
    name: &str,
    region_level: crate::model::RegionLevel,
) -> &'a mut RegionCount {
    let at = match level.binary_search_by(|n| n.code.as_str().cmp(code)) {
        Ok(i) => i,
        Err(i) => {
            level.insert(
                i,
                RegionCount {
                    code: code.to_string(),
                    name: name.to_string(),
                    level: region_level,
                    count: 0,
                    children: Vec::new(),
                },
            );
            i
        }
    };
    &mut level[at]
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
        let mut divisions: Vec<bool> = Vec::with_capacity(index.divisions.len());
        for (code, parent) in &index.divisions {
            let above = parent.is_some_and(|p| divisions[p as usize]);
            divisions.push(above || selection.regions.contains(code));
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
    let mut divisions = vec![0usize; index.divisions.len()];
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
                at = index.divisions[d as usize].1;
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
    counts.regions = index.tree.clone();
    fill_regions(&mut counts.regions, &divisions, &mut 0);
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

/// Puts the counts of the divisions, numbered in pre-order, in the tree.
fn fill_regions(level: &mut [RegionCount], counts: &[usize], next: &mut usize) {
    for node in level {
        node.count = counts[*next];
        *next += 1;
        fill_regions(&mut node.children, counts, next);
    }
}

/// Reports and hits per term for each district in the result list, most hits
/// first (then by name). Reports without a region count together, under
/// [`UNKNOWN_DISTRICT`].
pub fn district_hits(rows: &[ResultRow], index: &FacetIndex, terms: usize) -> Vec<DistrictHits> {
    let mut by_district: Vec<(usize, Vec<usize>)> =
        vec![(0, vec![0; terms]); index.districts.len()];
    for row in rows {
        let Some(report) = index.reports.get(row.index) else {
            continue;
        };
        let (reports, per_term) = &mut by_district[report.district as usize];
        *reports += 1;
        for (total, n) in per_term.iter_mut().zip(&row.hits.per_term) {
            *total += n;
        }
    }
    let mut districts: Vec<DistrictHits> = index
        .districts
        .iter()
        .zip(by_district)
        .filter(|(_, (reports, _))| *reports > 0)
        .map(|(district, (reports, per_term))| DistrictHits {
            district: district.clone(),
            reports,
            per_term,
        })
        .collect();
    districts.sort_by(|a, b| {
        let total = |d: &DistrictHits| d.per_term.iter().sum::<usize>();
        total(b)
            .cmp(&total(a))
            .then_with(|| a.district.cmp(&b.district))
    });
    districts
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
        let mut counts = FacetIndex::new(reports).tree;
        fn count(level: &mut [RegionCount], left: &[&Report], above: &[&str]) {
            for node in level {
                let path: Vec<&str> = above.iter().copied().chain([node.code.as_str()]).collect();
                node.count = left
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
                    .count();
                count(&mut node.children, left, &path);
            }
        }
        count(&mut counts, &left(Facet::Region), &[]);
        let index = FacetIndex::new(reports);
        let years = left(Facet::Year);
        let sources = left(Facet::Source);
        let figures = left(Facet::Figures);
        let themes = left(Facet::Theme);
        FacetCounts {
            regions: counts,
            no_region: left(Facet::Region)
                .iter()
                .filter(|r| r.region.is_none())
                .count(),
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
        let first = &index.tree[0];
        let some_year = index.years[0];
        let theme = THEMES[1].key.to_string();
        let selections = [
            Selection::default(),
            Selection {
                regions: [first.code.clone()].into(),
                ..Selection::default()
            },
            Selection {
                regions: [first.children[0].code.clone()].into(),
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
    }
}
