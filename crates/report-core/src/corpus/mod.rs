//! The corpus JSON: reading it (schema version checked first), writing it,
//! appending reports; and a corpus split into a catalogue and parts.

pub mod catalogue_columns;
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

/// Parses corpus JSON in one pass; the schema version is checked before the
/// shape is blamed, so an old or newer file gets the message that helps.
pub fn parse_corpus(json: &str) -> Result<Corpus, CorpusError> {
    match serde_json::from_str::<Corpus>(json) {
        Ok(corpus) => check_version(Some(corpus.schema_version.into())).map(|()| corpus),
        Err(e) => Err(why_unreadable(json, e)),
    }
}

/// Refuses a file without a schema version or of another one.
pub(crate) fn check_version(found: Option<u64>) -> Result<(), CorpusError> {
    match found {
        Some(v) if v == u64::from(SCHEMA_VERSION) => Ok(()),
        Some(found) => Err(CorpusError::UnsupportedVersion { found }),
        None => Err(CorpusError::NoVersion),
    }
}

/// Why `json` could not be read as a corpus file: its version, read alone,
/// when that is the cause; else serde's `error`. Only for a file that
/// failed, so a good one is read once.
pub(crate) fn why_unreadable(json: &str, error: serde_json::Error) -> CorpusError {
    #[derive(serde::Deserialize)]
    struct Versioned {
        schema_version: Option<u64>,
    }
    match serde_json::from_str::<Versioned>(json) {
        Ok(v) => check_version(v.schema_version)
            .err()
            .unwrap_or_else(|| CorpusError::Invalid(error.to_string())),
        Err(_) => CorpusError::Invalid(error.to_string()),
    }
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
    if incoming.is_empty() {
        return;
    }
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
