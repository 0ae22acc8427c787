//! Putting districts side by side: theme profiles, distinctive terms
//! (keyness over character n-grams, needing no word dictionary), shared and
//! unique slogans, figures lined up by indicator, term frequencies, and the
//! same over the years of one district.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::i18n::{Lang, LaterKey};
use crate::model::district_of;
use crate::model::Report;
use crate::model::{canonical_names, Figure, FigureKind};
use crate::search::query::Query;
use crate::search::SearchIndex;
use crate::sorting;
use crate::text::fold::{fold_for_search, is_han};
use crate::text::themes::theme_shares_of;
use crate::views::csv;

mod clause_rule;
pub(crate) mod corpus_grams;
mod cut_rule;
mod edge_rates;
mod function_words;
mod key_terms;
mod keyness_order;
mod longer_words;
mod particles;
pub(crate) mod repeats;
mod word_rule;
pub use corpus_grams::CorpusGrams;
pub use key_terms::{key_terms_by_district, key_terms_of_units, KeyTerm};

/// Districts compared at most at once.
pub const MAX_UNITS: usize = 4;

/// One side of the comparison: a district (or any named group of reports).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Unit {
    pub label: String,
    /// Indices of its reports in the corpus, in corpus order.
    pub reports: Vec<usize>,
}

/// Adds `district` to the districts compared, or takes it out if it is
/// there; a list of [`MAX_UNITS`] takes no more.
pub fn toggle_district(list: &mut Vec<String>, district: &str) {
    if let Some(at) = list.iter().position(|d| d == district) {
        list.remove(at);
    } else if list.len() < MAX_UNITS {
        list.push(district.to_string());
    }
}

/// The reports of each named district, in the order given; unknown names
/// give an empty unit.
pub fn district_units(reports: &[Report], districts: &[String]) -> Vec<Unit> {
    districts
        .iter()
        .take(MAX_UNITS)
        .map(|d| Unit {
            label: d.clone(),
            reports: reports
                .iter()
                .enumerate()
                .filter(|(_, r)| district_of(r) == Some(d.as_str()))
                .map(|(i, _)| i)
                .collect(),
        })
        .collect()
}

/// The same district split by year (reports without a date left out).
pub fn year_units(reports: &[Report], district: &str) -> Vec<Unit> {
    let mut by_year: BTreeMap<u16, Vec<usize>> = BTreeMap::new();
    for (i, r) in reports.iter().enumerate() {
        if district_of(r) == Some(district) {
            if let Some(y) = r.date.as_ref().and_then(|d| d.year()) {
                by_year.entry(y).or_default().push(i);
            }
        }
    }
    by_year
        .into_iter()
        .map(|(y, reports)| Unit {
            label: format!("{district} {y}"),
            reports,
        })
        .collect()
}

/// The first and last dates of a unit's reports, as written.
pub fn period_covered(reports: &[Report], unit: &Unit) -> Option<(String, String)> {
    let mut dates: Vec<&str> = unit
        .reports
        .iter()
        .filter_map(|&i| reports.get(i)?.date.as_ref().map(|d| d.value.as_str()))
        .collect();
    sorting::sort(&mut dates);
    Some((dates.first()?.to_string(), dates.last()?.to_string()))
}

fn unit_chars(reports: &[Report], unit: &Unit) -> usize {
    unit.reports
        .iter()
        .filter_map(|&i| reports.get(i))
        .map(Report::body_chars)
        .sum()
}

/// Share of a unit's body text in sections of each theme, in [`crate::text::themes::THEMES`]
/// order (a section of two themes counts for both).
pub fn theme_profile(reports: &[Report], unit: &Unit) -> Vec<(&'static str, f64)> {
    theme_shares_of(unit.reports.iter().filter_map(|&i| reports.get(i)))
}

/// Occurrences of each query term per 10,000 characters of body text
/// (every term counted, whatever the query's clauses and exclusions).
pub fn term_rates(reports: &[Report], index: &SearchIndex, unit: &Unit, query: &Query) -> Vec<f64> {
    let every = index.search(&query.counting_every_term());
    let chars = unit_chars(reports, unit).max(1) as f64;
    let mut hits = vec![0usize; query.terms.len()];
    for &i in &unit.reports {
        if let Some(Some(h)) = every.get(i) {
            for (t, n) in h.per_term.iter().enumerate() {
                hits[t] += n;
            }
        }
    }
    hits.into_iter()
        .map(|n| n as f64 * 10_000.0 / chars)
        .collect()
}

fn unit_texts<'a>(
    reports: &'a [Report],
    indices: &'a [usize],
) -> impl Iterator<Item = String> + 'a {
    indices
        .iter()
        .filter_map(|&i| reports.get(i))
        .map(|r| fold_for_search(&r.paragraphs().collect::<Vec<_>>().join("\n")))
}

/// A slogan and the units (by position) whose reports use it, with counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slogan {
    pub phrase: String,
    /// (unit index, occurrences) for each unit that uses it.
    pub units: Vec<(usize, usize)>,
}

/// Shortest slogan considered.
pub const MIN_SLOGAN_CHARS: usize = 4;

/// Slogans of the compared units: the quoted phrases (“双招双引”, “项目为王”) of
/// four or more characters in any of their reports, with how often each
/// unit uses them, quoted or not. Shared ones (two or more units) first, by
/// the number of units; then those unique to one unit.
pub fn slogans(reports: &[Report], units: &[Unit]) -> Vec<Slogan> {
    let texts: Vec<String> = units
        .iter()
        .map(|u| {
            unit_texts(reports, &u.reports)
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect();
    let mut phrases: Vec<String> = Vec::new();
    for text in &texts {
        for piece in text.split('“').skip(1) {
            if let Some(end) = piece.find('”') {
                let phrase = &piece[..end];
                let n = phrase.chars().count();
                if (MIN_SLOGAN_CHARS..=20).contains(&n)
                    && phrase.chars().filter(|c| is_han(*c)).count() >= MIN_SLOGAN_CHARS
                    && !phrases.iter().any(|p| p == phrase)
                {
                    phrases.push(phrase.to_string());
                }
            }
        }
    }
    let mut out: Vec<Slogan> = phrases
        .into_iter()
        .map(|phrase| {
            let units = texts
                .iter()
                .enumerate()
                .map(|(u, t)| (u, t.matches(&phrase).count()))
                .filter(|(_, n)| *n > 0)
                .collect();
            Slogan { phrase, units }
        })
        .collect();
    sorting::sort_by(&mut out, |a, b| {
        b.units
            .len()
            .cmp(&a.units.len())
            .then_with(|| {
                let total = |s: &Slogan| s.units.iter().map(|u| u.1).sum::<usize>();
                total(b).cmp(&total(a))
            })
            .then_with(|| a.phrase.cmp(&b.phrase))
    });
    out
}

/// A figure in a comparison cell: which report, which figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CellFigure {
    pub report: usize,
    pub figure: usize,
}

/// One row of the aligned figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlignedRow {
    pub indicator: String,
    /// For a canonical indicator, the kind of figure the row lines up (地区
    /// 生产总值 as growth apart from 地区生产总值 as an amount).
    pub kind: Option<FigureKind>,
    /// Per unit, its figures for this indicator.
    pub cells: Vec<Vec<CellFigure>>,
    /// Why the cells cannot be read as like for like (different periods,
    /// statuses, kinds or units); empty when they can.
    pub caveats: Vec<Caveat>,
}

impl AlignedRow {
    /// The row as the reader sees it: `地区生产总值 · 增速`.
    pub fn label(&self, lang: Lang) -> String {
        match self.kind {
            Some(kind) => format!("{} · {}", self.indicator, lang.text(kind.name())),
            None => self.indicator.clone(),
        }
    }
}

/// Aligned figures that differ in one respect, and the values they take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caveat {
    /// `LaterKey::DifferentPeriods`, `DifferentStatuses`, `DifferentKinds` or
    /// `DifferentUnits`.
    pub differ_in: LaterKey,
    pub values: Vec<String>,
}

impl Caveat {
    /// Kinds and statuses are named in `lang`; periods and units are the
    /// reports' own words.
    pub fn describe(&self, lang: Lang) -> String {
        let values: Vec<String> = self
            .values
            .iter()
            .map(|v| crate::model::name_of_key(v, lang))
            .collect();
        lang.format(self.differ_in, &[("values", &values.join(" / "))])
    }
}

/// Figures lined up by indicator: a row for each canonical indicator that at
/// least two units report, then for each exact indicator two units share.
pub fn align_figures(reports: &[Report], units: &[Unit]) -> Vec<AlignedRow> {
    let figure = |c: &CellFigure| -> &Figure { &reports[c.report].figures[c.figure] };
    let unit_figures: Vec<Vec<CellFigure>> = units
        .iter()
        .map(|u| {
            u.reports
                .iter()
                .flat_map(|&r| {
                    (0..reports.get(r).map_or(0, |x| x.figures.len())).map(move |f| CellFigure {
                        report: r,
                        figure: f,
                    })
                })
                .collect()
        })
        .collect();
    // Canonical indicators first, one row per kind, then exact indicators
    // that two units share.
    let mut keys: Vec<(String, Option<FigureKind>)> = canonical_names()
        .flat_map(|name| {
            FigureKind::ALL
                .iter()
                .map(move |k| (name.to_string(), Some(*k)))
        })
        .collect();
    let mut exact: BTreeMap<&str, HashSet<usize>> = BTreeMap::new();
    for (u, figs) in unit_figures.iter().enumerate() {
        for c in figs {
            let f = figure(c);
            let ind = f.indicator.as_str();
            if ind.chars().count() >= 2 && f.canonical().is_none() {
                exact.entry(ind).or_default().insert(u);
            }
        }
    }
    keys.extend(
        exact
            .into_iter()
            .filter(|(_, us)| us.len() >= 2)
            .map(|(k, _)| (k.to_string(), None)),
    );
    keys.into_iter()
        .filter_map(|(key, kind)| {
            let cells: Vec<Vec<CellFigure>> = unit_figures
                .iter()
                .map(|figs| {
                    figs.iter()
                        .copied()
                        .filter(|c| {
                            let f = figure(c);
                            match kind {
                                Some(kind) => f.kind == kind && f.canonical() == Some(key.as_str()),
                                None => f.indicator == key,
                            }
                        })
                        .collect()
                })
                .collect();
            if cells.iter().filter(|c| !c.is_empty()).count() < 2 {
                return None;
            }
            let all: Vec<&Figure> = cells.iter().flatten().map(figure).collect();
            let mut caveats = Vec::new();
            let distinct =
                |f: &dyn Fn(&Figure) -> String| all.iter().map(|x| f(x)).collect::<BTreeSet<_>>();
            for (differ_in, values) in [
                (
                    LaterKey::DifferentPeriods,
                    distinct(&|f| f.period.clone().unwrap_or_else(|| "?".into())),
                ),
                (
                    LaterKey::DifferentStatuses,
                    distinct(&|f| f.status.key().to_string()),
                ),
                (
                    LaterKey::DifferentKinds,
                    distinct(&|f| f.kind.key().to_string()),
                ),
                (LaterKey::DifferentUnits, distinct(&|f| f.unit.clone())),
            ] {
                if values.len() > 1 {
                    caveats.push(Caveat {
                        differ_in,
                        values: values.into_iter().collect(),
                    });
                }
            }
            Some(AlignedRow {
                indicator: key,
                kind,
                cells,
                caveats,
            })
        })
        .collect()
}

/// Everything shown for one comparison, computed once.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub units: Vec<Unit>,
    pub periods: Vec<Option<(String, String)>>,
    pub themes: Vec<Vec<(&'static str, f64)>>,
    pub key_terms: Vec<Vec<KeyTerm>>,
    pub slogans: Vec<Slogan>,
    pub figures: Vec<AlignedRow>,
    /// Per unit, per query term: occurrences per 10,000 characters.
    pub term_rates: Vec<Vec<f64>>,
}

/// Distinctive terms listed per unit.
pub const KEY_TERMS_PER_UNIT: usize = 12;

pub fn compare(
    reports: &[Report],
    index: &SearchIndex,
    grams: &CorpusGrams,
    units: Vec<Unit>,
    query: &Query,
) -> Comparison {
    let key_terms = key_terms_of_units(reports, index, grams, &units, KEY_TERMS_PER_UNIT);
    compare_with_terms(reports, index, units, query, key_terms)
}

/// [`compare`] with the units' distinctive terms already ranked
/// ([`key_terms_of_units`]): they do not depend on the query, and ranking
/// them is most of a comparison's cost, so the app keeps them while the
/// search changes.
pub fn compare_with_terms(
    reports: &[Report],
    index: &SearchIndex,
    units: Vec<Unit>,
    query: &Query,
    key_terms: Vec<Vec<KeyTerm>>,
) -> Comparison {
    Comparison {
        periods: units.iter().map(|u| period_covered(reports, u)).collect(),
        themes: units.iter().map(|u| theme_profile(reports, u)).collect(),
        key_terms,
        slogans: slogans(reports, &units),
        figures: align_figures(reports, &units),
        term_rates: units
            .iter()
            .map(|u| term_rates(reports, index, u, query))
            .collect(),
        units,
    }
}

/// The whole comparison as CSV: one block per part, each with a `section`
/// column saying which part a row belongs to. Column names are the same in
/// every language (a spreadsheet's formulas keep working); what the rows
/// say is in the reader's `lang`.
pub fn comparison_csv(reports: &[Report], cmp: &Comparison, query: &Query, lang: Lang) -> String {
    let say = |key: LaterKey| lang.text(key).to_string();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let labels: Vec<&str> = cmp.units.iter().map(|u| u.label.as_str()).collect();
    for (u, unit) in cmp.units.iter().enumerate() {
        let period = cmp.periods[u]
            .as_ref()
            .map(|(a, b)| format!("{a} – {b}"))
            .unwrap_or_default();
        rows.push(vec![
            say(LaterKey::CompareCsvReports),
            unit.label.clone(),
            unit.reports.len().to_string(),
            period,
            String::new(),
        ]);
        for (key, share) in &cmp.themes[u] {
            rows.push(vec![
                say(LaterKey::CompareCsvThemeShare),
                unit.label.clone(),
                key.to_string(),
                format!("{:.3}", share),
                String::new(),
            ]);
        }
        for k in &cmp.key_terms[u] {
            rows.push(vec![
                say(LaterKey::CompareCsvKeyTerm),
                unit.label.clone(),
                k.term.clone(),
                format!("{:.1}", k.keyness),
                lang.format(
                    LaterKey::CompareCsvHereElsewhere,
                    &[("here", &k.here), ("elsewhere", &k.elsewhere)],
                ),
            ]);
        }
        for (t, term) in query.terms.iter().enumerate() {
            rows.push(vec![
                say(LaterKey::CompareCsvTermRate),
                unit.label.clone(),
                term.text.clone(),
                format!("{:.2}", cmp.term_rates[u].get(t).copied().unwrap_or(0.0)),
                String::new(),
            ]);
        }
    }
    for s in &cmp.slogans {
        let used: Vec<String> = s
            .units
            .iter()
            .map(|(u, n)| format!("{} ×{n}", labels[*u]))
            .collect();
        let kind = if s.units.len() > 1 {
            LaterKey::CompareCsvSharedSlogan
        } else {
            LaterKey::CompareCsvUniqueSlogan
        };
        rows.push(vec![
            say(kind),
            String::new(),
            s.phrase.clone(),
            s.units.len().to_string(),
            used.join("; "),
        ]);
    }
    for row in &cmp.figures {
        for (u, cell) in row.cells.iter().enumerate() {
            for c in cell {
                let f = &reports[c.report].figures[c.figure];
                let value = crate::views::figure_table::display_value(f);
                let detail = format!(
                    "{} {} {}",
                    lang.text(f.status.name()),
                    f.period.clone().unwrap_or_default(),
                    row.caveats
                        .iter()
                        .map(|c| c.describe(lang))
                        .collect::<Vec<_>>()
                        .join("; ")
                );
                rows.push(vec![
                    say(LaterKey::CompareCsvFigure),
                    labels[u].to_string(),
                    row.label(lang),
                    value,
                    detail.trim().to_string(),
                ]);
            }
        }
    }
    csv::table(&["section", "district", "item", "value", "detail"], &rows)
}

#[cfg(test)]
mod tests;
