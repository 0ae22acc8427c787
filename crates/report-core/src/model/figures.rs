//! What a figure is: its kind, status and normalised unit, named in
//! either language. How figures are found is `clean::figures`'s.

use serde::{Deserialize, Serialize};

use crate::i18n::{Key, Lang};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    Growth,
    Amount,
    Count,
    /// A physical measure: area, length, volume, capacity, weight, energy
    /// (`47.8万亩`, `1500公里`, `3.1亿千瓦`, `190万吨`).
    Quantity,
    Share,
    Change,
    Rank,
}

impl FigureKind {
    pub const ALL: [FigureKind; 7] = [
        FigureKind::Growth,
        FigureKind::Amount,
        FigureKind::Count,
        FigureKind::Quantity,
        FigureKind::Share,
        FigureKind::Change,
        FigureKind::Rank,
    ];

    pub fn key(self) -> &'static str {
        match self {
            FigureKind::Growth => "growth",
            FigureKind::Amount => "amount",
            FigureKind::Count => "count",
            FigureKind::Quantity => "quantity",
            FigureKind::Share => "share",
            FigureKind::Change => "change",
            FigureKind::Rank => "rank",
        }
    }

    /// What the interface calls the kind.
    pub fn name(self) -> Key {
        match self {
            FigureKind::Growth => Key::KindGrowth,
            FigureKind::Amount => Key::KindAmount,
            FigureKind::Count => Key::KindCount,
            FigureKind::Quantity => Key::KindQuantity,
            FigureKind::Share => Key::KindShare,
            FigureKind::Change => Key::KindChange,
            FigureKind::Rank => Key::KindRank,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureStatus {
    Actual,
    Target,
    Estimate,
}

impl FigureStatus {
    pub fn key(self) -> &'static str {
        match self {
            FigureStatus::Actual => "actual",
            FigureStatus::Target => "target",
            FigureStatus::Estimate => "estimate",
        }
    }

    pub const ALL: [FigureStatus; 3] = [
        FigureStatus::Actual,
        FigureStatus::Target,
        FigureStatus::Estimate,
    ];

    /// What the interface calls the status.
    pub fn name(self) -> Key {
        match self {
            FigureStatus::Actual => Key::StatusActual,
            FigureStatus::Target => Key::StatusTarget,
            FigureStatus::Estimate => Key::StatusEstimate,
        }
    }
}

/// A kind's or status's key (`amount`, `target`) as the interface names it;
/// other text unchanged.
pub fn name_of_key(key: &str, lang: Lang) -> String {
    let kind = FigureKind::ALL
        .iter()
        .find(|k| k.key() == key)
        .map(|k| k.name());
    let status = FigureStatus::ALL
        .iter()
        .find(|s| s.key() == key)
        .map(|s| s.name());
    kind.or(status)
        .map_or_else(|| key.to_string(), |name| lang.text(name).to_string())
}

/// A value in base units (yuan, US dollars, square metres, …) where that is
/// meaningful.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Normalized {
    pub value: f64,
    /// Upper end for a range.
    pub high: Option<f64>,
    pub unit: String,
}

impl Normalized {
    /// `= 50000000000 元`: the value rounded to hundredths (scaling by 10⁴
    /// or 10⁸ leaves float noise such as 459999999.99999994), and the unit
    /// in `lang` (units are kept in English: `yuan`, `people`; `m²` and `t`
    /// need no words).
    pub fn describe(&self, lang: Lang) -> String {
        let unit = match self.unit.as_str() {
            "yuan" => lang.text(Key::UnitYuan),
            "USD" => lang.text(Key::UnitUsd),
            "mu" => lang.text(Key::UnitMu),
            "people" => lang.text(Key::UnitPeople),
            "households" => lang.text(Key::UnitHouseholds),
            other => other,
        };
        let rounded = (self.value * 100.0).round() / 100.0;
        format!("= {rounded} {unit}")
    }
}

/// Bounds written after a figure (`5%左右`, `控制在0.6人/百亿元以下`): a
/// qualifier among these follows the number and its unit, when read and
/// when shown; any other stands before the number (`超`, `突破`).
pub const TRAILING_QUALIFIERS: [&str; 4] = ["以上", "左右", "以内", "以下"];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub indicator: String,
    pub value: f64,
    /// Upper end for a range (`15至20`).
    pub high: Option<f64>,
    /// The unit as written (`亿元`, `%`, `个百分点`, `万户`).
    pub unit: String,
    pub normalized: Option<Normalized>,
    pub kind: FigureKind,
    pub qualifier: Option<String>,
    pub status: FigureStatus,
    /// When the figure is about, resolved where the text allows (`2025`,
    /// `2025-Q1`, `2025-01–2025-05`, `2021–2025`), else its words; the
    /// report's year where the text names no period.
    pub period: Option<String>,
    /// The words the period came from (`一季度`, `“十四五”`, `过去一年`, a
    /// heading's `2025年`); `None` when it is the report's year.
    pub period_words: Option<String>,
    /// The number, qualifier and unit as written (`760多亿元`).
    pub text: String,
    pub section: usize,
    pub paragraph: usize,
    /// Byte range in the paragraph: from the indicator (or the number) to
    /// the end of the unit.
    pub start: usize,
    pub end: usize,
}

impl Figure {
    /// The canonical indicator the figure's indicator names, if any
    /// (`全省生产总值` → `地区生产总值`).
    pub fn canonical(&self) -> Option<&'static str> {
        super::canonical::canonical_indicator(&self.indicator)
    }
}
