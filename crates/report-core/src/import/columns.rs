//! The columns of a CSV file or the fields of JSON records as the page
//! shows them when it asks which holds the text, and the choice a person
//! makes. Recognising them is report-clean's.

use serde::{Deserialize, Serialize};

/// A column with the start of its first non-empty cell, for a person to
/// choose the text column by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnSample {
    pub name: String,
    pub sample: String,
}

/// Columns a person (or `--text-column` and friends) named. Names are
/// compared normalised (report-clean's `normalise_name`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnChoice {
    pub text: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
}
