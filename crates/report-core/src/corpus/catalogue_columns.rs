//! A sharded catalogue's reports as columns (issue 22): one list per field
//! rather than one object per report with its keys repeated, and the
//! values many reports share (regions without their evidence, sources,
//! themes) named once in a table and referred to by position. Lossless for
//! catalogue entries ([`crate::corpus::sharded::without_text`]): the
//! reports read back equal the ones written. Fewer bytes than the list of
//! objects, so the first screen of a large corpus downloads and parses
//! sooner. Dates, regions and figures stay objects: their readers are the
//! corpus's own, and a reader of their own cost the page's wasm more than
//! the bytes it saved were worth.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::corpus::CorpusError;
use crate::model::{Figure, Imported, Region, Report, ReportDate, Section};

/// The layout of [`CatalogueColumns`]; a reader refuses a newer one.
pub const COLUMNS_VERSION: u32 = 1;

/// Every catalogue entry's fields, column by column (entry `i` is the
/// `i`-th of each column, or named by position in the sparse ones).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogueColumns {
    version: u32,
    id: Vec<String>,
    origin: Vec<String>,
    title: Vec<String>,
    /// The entries whose title was made from the text.
    derived_titles: Vec<u32>,
    subtitle: Vec<Option<String>>,
    date: Vec<Option<ReportDate>>,
    /// Distinct sources; `source` holds a position in it.
    sources: Vec<String>,
    source: Vec<Option<u32>>,
    authors: Vec<Vec<String>>,
    /// Distinct regions without their evidence; `region` holds a
    /// position, `region_evidence` the entry's evidence.
    regions: Vec<Region>,
    region: Vec<Option<u32>>,
    region_evidence: Vec<Vec<String>>,
    /// Distinct theme keys; `themes` holds positions, in the entry's order.
    theme_keys: Vec<String>,
    themes: Vec<Vec<u32>>,
    /// The entry's first figure (the has-figures facet reads it).
    figure: Vec<Option<Figure>>,
    /// The entries a user imported, and what the import recorded of each.
    imported_entries: Vec<u32>,
    imported: Vec<Imported>,
}

impl CatalogueColumns {
    /// The columns of `entries`, which are catalogue entries: one section
    /// without heading or paragraphs, no people, captions nor noise, at
    /// most one figure (what else a report holds is not kept).
    pub fn of(entries: &[Report]) -> CatalogueColumns {
        let mut sources = Table::default();
        let mut regions = Table::default();
        let mut theme_keys = Table::default();
        let mut columns = CatalogueColumns {
            version: COLUMNS_VERSION,
            id: Vec::new(),
            origin: Vec::new(),
            title: Vec::new(),
            derived_titles: Vec::new(),
            subtitle: Vec::new(),
            date: Vec::new(),
            sources: Vec::new(),
            source: Vec::new(),
            authors: Vec::new(),
            regions: Vec::new(),
            region: Vec::new(),
            region_evidence: Vec::new(),
            theme_keys: Vec::new(),
            themes: Vec::new(),
            figure: Vec::new(),
            imported_entries: Vec::new(),
            imported: Vec::new(),
        };
        for (i, r) in entries.iter().enumerate() {
            columns.id.push(r.id.clone());
            columns.origin.push(r.origin.clone());
            columns.title.push(r.title.clone());
            if r.title_is_derived {
                columns.derived_titles.push(i as u32);
            }
            columns.subtitle.push(r.subtitle.clone());
            columns.date.push(r.date.clone());
            columns
                .source
                .push(r.source.as_ref().map(|s| sources.position(s.clone())));
            columns.authors.push(r.authors.clone());
            let (region, evidence) = match &r.region {
                Some(g) => {
                    let place = Region {
                        evidence: Vec::new(),
                        ..g.clone()
                    };
                    (Some(regions.position(place)), g.evidence.clone())
                }
                None => (None, Vec::new()),
            };
            columns.region.push(region);
            columns.region_evidence.push(evidence);
            let themes = r.sections.iter().flat_map(|s| &s.themes);
            columns
                .themes
                .push(themes.map(|t| theme_keys.position(t.clone())).collect());
            columns.figure.push(r.figures.first().cloned());
            if let Some(imported) = &r.imported {
                columns.imported_entries.push(i as u32);
                columns.imported.push(imported.clone());
            }
        }
        columns.sources = sources.values;
        columns.regions = regions.values;
        columns.theme_keys = theme_keys.values;
        columns
    }

    /// The catalogue entries, or why the columns do not hold them (a
    /// newer layout, columns of different lengths, a position past its
    /// table).
    pub fn into_reports(self) -> Result<Vec<Report>, CorpusError> {
        let invalid = |why: &str| CorpusError::Invalid(format!("catalogue columns: {why}"));
        if self.version != COLUMNS_VERSION {
            return Err(invalid(&format!(
                "layout {} (this build reads {COLUMNS_VERSION})",
                self.version
            )));
        }
        let n = self.id.len();
        let lengths = [
            self.origin.len(),
            self.title.len(),
            self.subtitle.len(),
            self.date.len(),
            self.source.len(),
            self.authors.len(),
            self.region.len(),
            self.region_evidence.len(),
            self.themes.len(),
            self.figure.len(),
        ];
        if lengths.iter().any(|&len| len != n) {
            return Err(invalid("columns of different lengths"));
        }
        let past = |i: &u32| *i as usize >= n;
        if self.imported_entries.len() != self.imported.len() {
            return Err(invalid("columns of different lengths"));
        }
        if self.derived_titles.iter().any(past) || self.imported_entries.iter().any(past) {
            return Err(invalid("an entry past the last"));
        }
        let mut reports = Vec::with_capacity(n);
        let columns = self
            .id
            .into_iter()
            .zip(self.origin)
            .zip(self.title)
            .zip(self.subtitle)
            .zip(self.date)
            .zip(self.source.into_iter().zip(self.region))
            .zip(self.region_evidence)
            .zip(self.authors)
            .zip(self.themes.into_iter().zip(self.figure));
        for (
            (((((((id, origin), title), subtitle), date), (source, region)), evidence), authors),
            entry,
        ) in columns
        {
            let (themes, figure) = entry;
            let table = || invalid("a position past its table");
            let themes = themes
                .into_iter()
                .map(|t| self.theme_keys.get(t as usize).cloned())
                .collect::<Option<Vec<String>>>()
                .ok_or_else(table)?;
            reports.push(Report {
                id,
                origin,
                title,
                title_is_derived: false,
                subtitle,
                date,
                source: look_up(&self.sources, source).ok_or_else(table)?,
                authors,
                people: Vec::new(),
                region: look_up(&self.regions, region)
                    .ok_or_else(table)?
                    .map(|place| Region { evidence, ..place }),
                sections: vec![Section {
                    heading: Vec::new(),
                    paragraphs: Vec::new(),
                    themes,
                }],
                captions: Vec::new(),
                figures: figure.into_iter().collect(),
                noise: Vec::new(),
                imported: None,
            });
        }
        for i in self.derived_titles {
            reports[i as usize].title_is_derived = true;
        }
        for (i, imported) in self.imported_entries.into_iter().zip(self.imported) {
            reports[i as usize].imported = Some(imported);
        }
        Ok(reports)
    }
}

/// The value at `position` in `table` (`Some(None)` for no position), or
/// `None` past its end.
fn look_up<T: Clone>(table: &[T], position: Option<u32>) -> Option<Option<T>> {
    match position {
        Some(i) => table.get(i as usize).cloned().map(Some),
        None => Some(None),
    }
}

/// Distinct values in the order first met, each with its position.
struct Table<T> {
    values: Vec<T>,
    /// Each value's JSON, to its position (regions are not hashable).
    positions: HashMap<String, u32>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            values: Vec::new(),
            positions: HashMap::new(),
        }
    }
}

impl<T: Serialize> Table<T> {
    fn position(&mut self, value: T) -> u32 {
        let key = serde_json::to_string(&value).unwrap_or_default();
        let next = self.values.len() as u32;
        let position = *self.positions.entry(key).or_insert(next);
        if position == next {
            self.values.push(value);
        }
        position
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::sharded::without_text;
    use crate::test_support::{bundled_corpus, synthesize};

    fn entries(n: usize) -> Vec<Report> {
        let corpus = synthesize(&bundled_corpus().reports, n, 3);
        corpus.reports.iter().map(without_text).collect()
    }

    #[test]
    fn catalogue_entries_read_back_equal_through_json() {
        let mut entries = entries(40);
        // Shapes the synthetic corpus may lack: derived titles, no date,
        // source, region, figure nor themes, and an imported entry.
        entries[1].title_is_derived = true;
        entries[2].date = None;
        entries[2].source = None;
        entries[2].region = None;
        entries[3].figures.clear();
        entries[3].sections[0].themes.clear();
        entries[4].imported = Some(Imported {
            file: "a.txt".into(),
            format: crate::model::Format::Text,
            encoding: "UTF-8".into(),
            notes: Vec::new(),
            corrected: Vec::new(),
            sequence: 7,
        });
        let json = serde_json::to_string(&CatalogueColumns::of(&entries)).unwrap();
        let columns: CatalogueColumns = serde_json::from_str(&json).unwrap();
        assert_eq!(columns.into_reports().unwrap(), entries);
    }

    #[test]
    fn shared_values_are_written_once() {
        let mut entries = entries(60);
        // Twenty reports of one place, each with its own evidence.
        let place = entries[0].region.clone().expect("a region");
        for (i, entry) in entries.iter_mut().enumerate().take(20) {
            let mut region = place.clone();
            region.evidence = vec![format!("证据{i}")];
            entry.region = Some(region);
        }
        let columns = CatalogueColumns::of(&entries);
        let distinct = |values: Vec<String>| {
            let mut values = values;
            values.sort();
            values.dedup();
            values.len()
        };
        let sources = entries.iter().filter_map(|r| r.source.clone()).collect();
        assert_eq!(columns.sources.len(), distinct(sources));
        let places = entries.iter().filter_map(|r| {
            let region = r.region.as_ref()?;
            serde_json::to_string(&(
                &region.level,
                &region.province,
                &region.city,
                &region.county,
                &region.township,
            ))
            .ok()
        });
        assert_eq!(columns.regions.len(), distinct(places.collect()));
        assert!(columns.regions.len() <= 41);
        let as_objects = serde_json::to_string(&entries).unwrap().len();
        let as_columns = serde_json::to_string(&columns).unwrap().len();
        assert!(
            as_columns * 5 < as_objects * 4,
            "{as_columns} of {as_objects}"
        );
    }

    #[test]
    fn columns_that_do_not_line_up_or_of_a_newer_layout_are_refused() {
        let columns = CatalogueColumns::of(&entries(5));
        let mut short = columns.clone();
        short.title.pop();
        let mut past = columns.clone();
        past.source[0] = Some(past.sources.len() as u32);
        let mut newer = columns.clone();
        newer.version = COLUMNS_VERSION + 1;
        let mut derived = columns;
        derived.derived_titles.push(5);
        for bad in [short, past, newer, derived] {
            assert!(matches!(bad.into_reports(), Err(CorpusError::Invalid(_))));
        }
    }
}
