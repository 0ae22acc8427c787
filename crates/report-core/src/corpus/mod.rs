//! The corpus JSON: reading it (schema version checked first), writing it,
//! appending reports; and a corpus split into a catalogue and parts.

pub mod parts;
pub mod sharded;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::{Key, Lang};
use crate::model::{Corpus, Report, SCHEMA_VERSION};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CorpusError {
    /// Not JSON, or JSON of another shape (serde's own words, in English).
    Invalid(String),
    /// JSON without a `schema_version`.
    NoVersion,
    /// A catalogue of a corpus in parts that lists none.
    NoParts,
    /// A corpus of a schema version this build cannot read.
    UnsupportedVersion { found: u64 },
}

impl CorpusError {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            CorpusError::Invalid(why) => lang.format(Key::CorpusInvalid, &[("why", why)]),
            CorpusError::NoVersion => lang.format(
                Key::CorpusInvalid,
                &[("why", &lang.text(Key::CorpusNoVersion))],
            ),
            CorpusError::NoParts => lang.format(
                Key::CorpusInvalid,
                &[("why", &lang.text(Key::CatalogueNoParts))],
            ),
            CorpusError::UnsupportedVersion { found } => lang.format(
                Key::CorpusVersion,
                &[("found", found), ("supported", &SCHEMA_VERSION)],
            ),
        }
    }
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for CorpusError {}

/// Parses corpus JSON, checking the schema version before the shape so an
/// old or newer file gets the message that helps.
pub fn parse_corpus(json: &str) -> Result<Corpus, CorpusError> {
    #[derive(serde::Deserialize)]
    struct Versioned {
        schema_version: Option<u64>,
    }
    let versioned: Versioned =
        serde_json::from_str(json).map_err(|e| CorpusError::Invalid(e.to_string()))?;
    match versioned.schema_version {
        Some(v) if v == u64::from(SCHEMA_VERSION) => {}
        Some(found) => return Err(CorpusError::UnsupportedVersion { found }),
        None => return Err(CorpusError::NoVersion),
    }
    serde_json::from_str(json).map_err(|e| CorpusError::Invalid(e.to_string()))
}

/// Serialises a corpus the way it is committed: pretty, stable, one trailing
/// newline, so diffs of `data/corpus.json` stay readable.
pub fn corpus_to_json(corpus: &Corpus) -> String {
    let mut json =
        serde_json::to_string_pretty(corpus).expect("the corpus model always serialises");
    json.push('\n');
    json
}

/// Appends the reports of `incoming` that `reports` does not hold yet (an
/// id is a hash of the text, so the same id is the same report), in order.
/// Only appends: the indices of the reports already there stay valid.
pub fn append_new_reports(reports: &mut Vec<Report>, incoming: Vec<Report>) {
    let known: std::collections::HashSet<String> = reports.iter().map(|r| r.id.clone()).collect();
    reports.extend(incoming.into_iter().filter(|r| !known.contains(&r.id)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appending_skips_reports_already_there_and_keeps_order() {
        let seeds = crate::test_support::bundled_corpus().reports;
        let mut reports = seeds[..2].to_vec();
        append_new_reports(
            &mut reports,
            vec![seeds[3].clone(), seeds[1].clone(), seeds[2].clone()],
        );
        let ids: Vec<&str> = reports.iter().map(|r| r.id.as_str()).collect();
        let expected: Vec<&str> = [0, 1, 3, 2].iter().map(|&i| seeds[i].id.as_str()).collect();
        assert_eq!(ids, expected);
    }

    #[test]
    fn rejects_other_versions_and_garbage() {
        assert_eq!(
            parse_corpus(r#"{"schema_version": 99, "reports": []}"#),
            Err(CorpusError::UnsupportedVersion { found: 99 })
        );
        assert!(matches!(
            parse_corpus("not json"),
            Err(CorpusError::Invalid(_))
        ));
        assert_eq!(
            parse_corpus(r#"{"reports": []}"#),
            Err(CorpusError::NoVersion)
        );
        assert_eq!(
            CorpusError::NoVersion.describe(Lang::Zh),
            "语料无效：缺少 schema_version 字段"
        );
        let ok = parse_corpus(&format!(
            r#"{{"schema_version": {SCHEMA_VERSION}, "reports": []}}"#
        ))
        .unwrap();
        assert!(ok.reports.is_empty());
    }
}
