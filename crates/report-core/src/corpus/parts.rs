//! A corpus split into parts, for corpora too large to load at once (as
//! Pagefind splits its index): a small catalogue of the parts is read
//! first, then each part, a corpus JSON of its own, so the first reports
//! are on screen while the rest arrive.

use serde::{Deserialize, Serialize};

use crate::corpus::catalogue_columns::CatalogueColumns;
use crate::corpus::sharded::ShardedCatalogue;
use crate::corpus::{check_version, why_unreadable, CorpusError};
use crate::model::{Corpus, Report, SCHEMA_VERSION};

/// The catalogue: what the parts are and what each holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusParts {
    pub schema_version: u32,
    /// Reports in all the parts together.
    pub reports: usize,
    pub parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    /// The part's file, relative to the catalogue's.
    pub file: String,
    pub reports: usize,
    /// Characters of body text, so a loader can say how much is left.
    pub chars: usize,
}

/// What a corpus URL holds: the whole corpus, a catalogue of parts, or
/// the catalogue of a sharded corpus.
#[derive(Debug, Clone, PartialEq)]
pub enum CorpusFile {
    Whole(Corpus),
    Parts(CorpusParts),
    Sharded(ShardedCatalogue),
}

/// Parses a corpus JSON, a catalogue of parts or a sharded catalogue, in
/// one pass (a sharded catalogue of ten thousand reports is megabytes);
/// all carry the schema version, checked before the shape is blamed so an
/// old or newer file gets the helpful message. A sharded catalogue holds
/// its reports as columns, or (as first written) as a list.
pub fn parse_corpus_file(json: &str) -> Result<CorpusFile, CorpusError> {
    #[derive(Deserialize)]
    struct AnyFile {
        schema_version: Option<u64>,
        parts: Option<Vec<Part>>,
        shards: Option<u32>,
        texts: Option<Vec<Part>>,
        reports: Option<Listed>,
        columns: Option<CatalogueColumns>,
    }
    let file: AnyFile = serde_json::from_str(json).map_err(|e| why_unreadable(json, e))?;
    check_version(file.schema_version)?;
    let schema_version = SCHEMA_VERSION;
    let missing = |field: &str| CorpusError::Invalid(format!("missing field `{field}`"));
    let reports = match (file.reports, file.columns) {
        (reports, None) => reports,
        (None, Some(columns)) => Some(Listed::Reports(columns.into_reports()?)),
        (Some(_), Some(_)) => {
            return Err(CorpusError::Invalid(
                "both `reports` and `columns`: which are the reports?".into(),
            ))
        }
    };
    match (file.shards, file.parts, reports) {
        (Some(shards), _, Some(Listed::Reports(reports))) => {
            let texts = file.texts.ok_or_else(|| missing("texts"))?;
            if shards == 0 || (texts.is_empty() && !reports.is_empty()) {
                return Err(CorpusError::NoParts);
            }
            Ok(CorpusFile::Sharded(ShardedCatalogue {
                schema_version,
                shards,
                texts,
                reports,
            }))
        }
        (None, Some(parts), Some(Listed::Count(reports))) => {
            if parts.is_empty() {
                return Err(CorpusError::NoParts);
            }
            Ok(CorpusFile::Parts(CorpusParts {
                schema_version,
                reports,
                parts,
            }))
        }
        (None, None, Some(Listed::Reports(reports))) => Ok(CorpusFile::Whole(Corpus {
            schema_version,
            reports,
        })),
        (_, _, None) => Err(missing("reports")),
        _ => Err(CorpusError::Invalid(
            "`reports` is neither a list of reports nor, beside `parts`, their number".into(),
        )),
    }
}

/// A file's `reports`: the reports (a corpus, a sharded catalogue) or how
/// many there are (a catalogue of parts).
enum Listed {
    Count(usize),
    Reports(Vec<Report>),
}

impl<'de> Deserialize<'de> for Listed {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Listed, D::Error> {
        struct Either;
        impl<'de> serde::de::Visitor<'de> for Either {
            type Value = Listed;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of reports or their number")
            }
            fn visit_u64<E>(self, n: u64) -> Result<Listed, E> {
                Ok(Listed::Count(n as usize))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Listed, A::Error> {
                let seq = serde::de::value::SeqAccessDeserializer::new(seq);
                Vec::<Report>::deserialize(seq).map(Listed::Reports)
            }
        }
        deserializer.deserialize_any(Either)
    }
}

/// Splits `corpus` into parts of `per_part` reports (at least one), in
/// order, named `part-000.json`, `part-001.json`, ...
pub fn split_corpus(corpus: &Corpus, per_part: usize) -> (CorpusParts, Vec<(String, Corpus)>) {
    let (parts, files) = cut_into_parts(corpus, per_part, |i| format!("part-{i:03}.json"));
    let catalogue = CorpusParts {
        schema_version: corpus.schema_version,
        reports: corpus.reports.len(),
        parts,
    };
    (catalogue, files)
}

/// `corpus`'s reports in files of `per_part` (at least one), in order,
/// file `i` named `name(i)`, with each file's line of a catalogue.
pub(crate) fn cut_into_parts(
    corpus: &Corpus,
    per_part: usize,
    name: impl Fn(usize) -> String,
) -> (Vec<Part>, Vec<(String, Corpus)>) {
    let files: Vec<(String, Corpus)> = corpus
        .reports
        .chunks(per_part.max(1))
        .enumerate()
        .map(|(i, reports)| {
            let part = Corpus {
                schema_version: corpus.schema_version,
                reports: reports.to_vec(),
            };
            (name(i), part)
        })
        .collect();
    let parts = files
        .iter()
        .map(|(file, part)| Part {
            file: file.clone(),
            reports: part.reports.len(),
            chars: part.reports.iter().map(|r| r.body_chars()).sum(),
        })
        .collect();
    (parts, files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::corpus_to_json;
    use crate::test_support::bundled_corpus;
    use crate::test_support::synthesize;

    #[test]
    fn parts_hold_every_report_once_in_order() {
        let corpus = synthesize(&bundled_corpus().reports, 25, 7);
        let (catalogue, files) = split_corpus(&corpus, 10);
        assert_eq!(catalogue.reports, 25);
        let sizes: Vec<usize> = catalogue.parts.iter().map(|p| p.reports).collect();
        assert_eq!(sizes, [10, 10, 5]);
        assert_eq!(catalogue.parts[2].file, "part-002.json");
        let rejoined: Vec<_> = files.into_iter().flat_map(|(_, c)| c.reports).collect();
        assert_eq!(rejoined, corpus.reports);
    }

    #[test]
    fn a_catalogue_and_a_whole_corpus_are_told_apart() {
        let corpus = synthesize(&bundled_corpus().reports, 3, 1);
        let (catalogue, files) = split_corpus(&corpus, 2);
        let json = serde_json::to_string(&catalogue).unwrap();
        assert_eq!(parse_corpus_file(&json), Ok(CorpusFile::Parts(catalogue)));
        let part = corpus_to_json(&files[0].1);
        assert_eq!(
            parse_corpus_file(&part),
            Ok(CorpusFile::Whole(files[0].1.clone()))
        );
    }

    #[test]
    fn a_sharded_catalogue_reads_as_written_in_columns_and_as_first_written_in_a_list() {
        use crate::search::sharded::shard_corpus;
        let corpus = synthesize(&bundled_corpus().reports, 12, 5);
        let laid = shard_corpus(&corpus, Some(2), 4);
        let columns = serde_json::to_string(&laid.catalogue).unwrap();
        assert!(columns.contains(r#""columns":"#) && !columns.contains(r#""reports":["#));
        let list = serde_json::json!({
            "schema_version": SCHEMA_VERSION,
            "shards": laid.catalogue.shards,
            "texts": laid.catalogue.texts,
            "reports": laid.catalogue.reports,
        })
        .to_string();
        for json in [columns, list] {
            assert_eq!(
                parse_corpus_file(&json),
                Ok(CorpusFile::Sharded(laid.catalogue.clone()))
            );
        }
    }

    #[test]
    fn a_sharded_catalogue_with_both_a_list_and_columns_is_refused() {
        use crate::search::sharded::shard_corpus;
        let corpus = synthesize(&bundled_corpus().reports, 3, 5);
        let laid = shard_corpus(&corpus, Some(1), 4);
        let mut json: serde_json::Value = serde_json::to_value(&laid.catalogue).unwrap();
        json["reports"] = serde_json::to_value(&laid.catalogue.reports).unwrap();
        assert!(matches!(
            parse_corpus_file(&json.to_string()),
            Err(CorpusError::Invalid(_))
        ));
    }

    #[test]
    fn a_catalogue_of_another_version_or_with_no_parts_is_refused() {
        assert_eq!(
            parse_corpus_file(r#"{"schema_version": 99, "reports": 0, "parts": []}"#),
            Err(CorpusError::UnsupportedVersion { found: 99 })
        );
        assert!(matches!(
            parse_corpus_file(&format!(
                r#"{{"schema_version": {SCHEMA_VERSION}, "reports": 0, "parts": []}}"#
            )),
            Err(CorpusError::NoParts)
        ));
        assert!(matches!(
            parse_corpus_file("[1, 2]"),
            Err(CorpusError::Invalid(_))
        ));
    }

    #[test]
    fn read_in_one_pass_a_file_is_still_refused_for_its_version_before_its_shape() {
        // Reports of another shape in a file of another version: the version is said.
        for file in [
            r#"{"schema_version": 1, "reports": [{"old": true}]}"#,
            r#"{"schema_version": 1, "shards": 4, "texts": [], "reports": [{"old": true}]}"#,
        ] {
            assert_eq!(
                parse_corpus_file(file),
                Err(CorpusError::UnsupportedVersion { found: 1 }),
                "{file}"
            );
        }
        assert_eq!(
            parse_corpus_file(r#"{"reports": []}"#),
            Err(CorpusError::NoVersion)
        );
        // The right version, the wrong shape: serde's words, or what is missing.
        for file in [
            format!(r#"{{"schema_version": {SCHEMA_VERSION}, "reports": [{{"old": true}}]}}"#),
            format!(r#"{{"schema_version": {SCHEMA_VERSION}, "parts": [], "reports": []}}"#),
            format!(r#"{{"schema_version": {SCHEMA_VERSION}, "shards": 4, "reports": []}}"#),
            format!(r#"{{"schema_version": {SCHEMA_VERSION}}}"#),
        ] {
            assert!(
                matches!(parse_corpus_file(&file), Err(CorpusError::Invalid(_))),
                "{file}"
            );
        }
        let sharded = format!(
            r#"{{"schema_version": {SCHEMA_VERSION}, "shards": 0, "texts": [], "reports": []}}"#
        );
        assert_eq!(parse_corpus_file(&sharded), Err(CorpusError::NoParts));
    }
}
