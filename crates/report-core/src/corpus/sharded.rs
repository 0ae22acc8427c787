//! A corpus laid out for a static host at any size (issue 22, as Pagefind
//! serves a site): a catalogue of every report without its text, shown at
//! once; index shards, fetched per query (`crate::search::sharded` cuts
//! them); and text parts, corpus JSON files of consecutive reports, fetched
//! when a report is read or its snippets shown. File names are relative to
//! the catalogue's.

use serde::Serialize;

use crate::corpus::catalogue_columns::CatalogueColumns;
use crate::corpus::parts::Part;
use crate::model::{Report, Section};

/// The catalogue of a sharded corpus (`corpus.json` of `report-cli split
/// --shards`). Written with its reports as columns ([`CatalogueColumns`]);
/// [`crate::corpus::parts::parse_corpus_file`] reads that and the earlier
/// list of reports.
#[derive(Debug, Clone, PartialEq)]
pub struct ShardedCatalogue {
    pub schema_version: u32,
    /// Index shards, named by [`shard_file`]; report `i` is document `i`.
    pub shards: u32,
    /// The text parts, in order: together they hold `reports` in order.
    pub texts: Vec<Part>,
    /// Every report without its text ([`without_text`]).
    pub reports: Vec<Report>,
}

/// The file of index shard `number`.
pub fn shard_file(number: u32) -> String {
    format!("index/shard-{number:04}.bin")
}

/// The file of text part `number`.
pub fn text_file(number: usize) -> String {
    format!("texts/text-{number:04}.json")
}

impl Serialize for ShardedCatalogue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Written<'a> {
            schema_version: u32,
            shards: u32,
            texts: &'a [Part],
            columns: CatalogueColumns,
        }
        Written {
            schema_version: self.schema_version,
            shards: self.shards,
            texts: &self.texts,
            columns: CatalogueColumns::of(&self.reports),
        }
        .serialize(serializer)
    }
}

impl ShardedCatalogue {
    /// The text part holding report `index`, and the index of its first
    /// report.
    pub fn text_part_of(&self, index: usize) -> Option<(usize, usize)> {
        let mut first = 0;
        for (part, p) in self.texts.iter().enumerate() {
            if index < first + p.reports {
                return Some((part, first));
            }
            first += p.reports;
        }
        None
    }
}

/// What the result list and the facets read of a report, without the text:
/// title, subtitle, date, source, region, authors, the themes of its
/// sections as one section's (the theme facet) and its first figure (the
/// with/without figures facet; the whole list comes with the text). Its id
/// is the full report's, so the text replaces it in place.
pub fn without_text(report: &Report) -> Report {
    let mut themes: Vec<String> = Vec::new();
    for theme in report.sections.iter().flat_map(|s| &s.themes) {
        if !themes.contains(theme) {
            themes.push(theme.clone());
        }
    }
    Report {
        sections: vec![Section {
            heading: Vec::new(),
            paragraphs: Vec::new(),
            themes,
        }],
        captions: Vec::new(),
        people: Vec::new(),
        figures: report.figures.iter().take(1).cloned().collect(),
        noise: Vec::new(),
        ..report.clone()
    }
}
