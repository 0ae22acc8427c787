//! Corrections a person makes by hand, as the page edits and sends them:
//! the values per field, and why a value typed cannot be used. Applying
//! one (the gazetteer, the date reader) is report-clean's.

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, LaterKey};
use crate::model::{Field, Region, Report};

/// A report's metadata as a person edits it: plain text per field, empty
/// for "none".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    pub title: String,
    pub date: String,
    pub region: String,
    pub source: String,
}

impl Correction {
    /// The report's current values, to start editing from.
    pub fn of(report: &Report) -> Correction {
        Correction {
            title: report.title.clone(),
            date: report
                .date
                .as_ref()
                .map_or_else(String::new, |d| d.value.clone()),
            region: report
                .region
                .as_ref()
                .map_or_else(String::new, Region::full_name),
            source: report.source.clone().unwrap_or_default(),
        }
    }
}

/// A value a person typed that cannot be used; [`FieldError::describe`]
/// says why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: Field,
    pub typed: String,
}

impl FieldError {
    pub fn describe(&self, lang: Lang) -> String {
        why_unusable(self.field, &self.typed, lang)
    }
}

/// Why `typed` cannot be a report's `field`: a title must be given, a date
/// must be read as one, a region must be in the gazetteer.
pub(super) fn why_unusable(field: Field, typed: &str, lang: Lang) -> String {
    match field {
        Field::Title => lang.text(LaterKey::TitleNeeded).to_string(),
        Field::Date => lang.text(LaterKey::DateHelp).to_string(),
        Field::Region => lang.format(LaterKey::RegionHelp, &[("name", &typed.trim())]),
        // Any source is a source.
        Field::Source => String::new(),
    }
}
