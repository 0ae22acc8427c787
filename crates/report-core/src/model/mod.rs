//! The data model: what preprocessing produces and what the app reads.
//!
//! Everything here is plain data with serde derives. The corpus JSON is this
//! model serialised; bump [`SCHEMA_VERSION`] whenever its shape changes.

use serde::{Deserialize, Serialize};

mod canonical;
mod district;
mod figures;
mod provenance;

pub use canonical::{canonical_indicator, canonical_names, starts_with_canonical};
pub use district::{district_counts, district_of};
pub use figures::{name_of_key, Figure, FigureKind, FigureStatus, Normalized, TRAILING_QUALIFIERS};
pub use provenance::{Field, Format, ImportWarning, Imported};

/// Version of the corpus JSON shape. Readers refuse other versions.
pub const SCHEMA_VERSION: u32 = 4;

/// A preprocessed set of reports, as bundled into the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub schema_version: u32,
    pub reports: Vec<Report>,
}

/// One cleaned report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Stable id: a hash of the normalised source text, so the same text
    /// always gets the same id whatever its file is called.
    pub id: String,
    /// The file (or other origin) the report was read from.
    pub origin: String,
    pub title: String,
    /// True when the source has no title and `title` was made from the text.
    pub title_is_derived: bool,
    pub subtitle: Option<String>,
    pub date: Option<ReportDate>,
    pub source: Option<String>,
    pub authors: Vec<String>,
    pub people: Vec<Person>,
    pub region: Option<Region>,
    pub sections: Vec<Section>,
    pub captions: Vec<String>,
    /// Every figure in the body, with the span of the paragraph it came from.
    pub figures: Vec<Figure>,
    /// Everything removed from the text, kept aside so a user can see it.
    pub noise: Vec<Noise>,
    /// Set on reports a user imported (absent from bundled ones). Optional
    /// and skipped when absent, so older corpus files read unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported: Option<Imported>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    Day,
    Month,
    Year,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportDate {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as `precision` says.
    pub value: String,
    pub precision: DatePrecision,
    /// True when the source does not state the whole date.
    pub inferred: bool,
    /// The text the date (or its inferred part) was read from.
    pub evidence: Vec<String>,
}

impl ReportDate {
    /// The date as shown to a reader: the value, marked when it was
    /// inferred rather than stated (`2023-07-06 (inferred)`).
    pub fn label(&self) -> String {
        self.label_in(crate::i18n::Lang::En)
    }

    /// [`ReportDate::label`] in `lang` (`2023-07-06（推断）`).
    pub fn label_in(&self, lang: crate::i18n::Lang) -> String {
        if self.inferred {
            lang.format(
                crate::i18n::Key::DateInferredLabel,
                &[("date", &self.value)],
            )
        } else {
            self.value.clone()
        }
    }

    /// The year, which every precision has.
    pub fn year(&self) -> Option<u16> {
        self.value.get(..4)?.parse().ok()
    }
}

/// A named official and the role the report gives them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub role: String,
}

/// A division with its statistical code from the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Division {
    pub code: String,
    pub name: String,
}

/// The tier of government a report is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RegionLevel {
    /// The whole country (the State Council, the National People's Congress).
    National,
    Province,
    City,
    /// A county-level division: district, county, county-level city, banner.
    County,
    /// A town, township or sub-district, with its county.
    Township,
}

impl RegionLevel {
    /// What the interface calls the level.
    pub fn name(self) -> crate::i18n::Key {
        use crate::i18n::Key;
        match self {
            RegionLevel::National => Key::LevelNational,
            RegionLevel::Province => Key::LevelProvince,
            RegionLevel::City => Key::LevelCity,
            RegionLevel::County => Key::LevelCounty,
            RegionLevel::Township => Key::LevelTownship,
        }
    }

    /// A stable identifier (test ids, gold files).
    pub fn label(self) -> &'static str {
        match self {
            RegionLevel::National => "national",
            RegionLevel::Province => "province",
            RegionLevel::City => "city",
            RegionLevel::County => "county",
            RegionLevel::Township => "township",
        }
    }
}

/// The government a report is about, at its level: the divisions from the
/// province down to that level are set, the ones below are `None`. A
/// national report has none; in a municipality (北京市) `city` is the
/// province again for its districts and `None` for the municipality itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    pub level: RegionLevel,
    pub province: Option<Division>,
    pub city: Option<Division>,
    /// The county-level division (district, county, county-level city).
    pub county: Option<Division>,
    /// The town, township or sub-district; the gazetteer has no codes at
    /// this level, so its code is the county's code, a slash, and its name.
    pub township: Option<Division>,
    /// The names in the text the region was recognised from.
    pub evidence: Vec<String>,
}

/// The code and name the country goes by where a region needs one (the
/// region facet's node for national reports).
pub const NATIONAL_CODE: &str = "00";
pub const NATIONAL_NAME: &str = "中华人民共和国";

/// One division on a region's [`Region::path`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PathStep<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub level: RegionLevel,
}

impl Region {
    /// The region of the whole country.
    pub fn national(evidence: Vec<String>) -> Region {
        Region {
            level: RegionLevel::National,
            province: None,
            city: None,
            county: None,
            township: None,
            evidence,
        }
    }

    /// The divisions from the top down to the report's level, each once:
    /// the country for a national report, else province, city (unless it
    /// is the province, as in a municipality), county, township.
    pub fn path(&self) -> Vec<PathStep<'_>> {
        if self.level == RegionLevel::National {
            return vec![PathStep {
                code: NATIONAL_CODE,
                name: NATIONAL_NAME,
                level: RegionLevel::National,
            }];
        }
        let levels = [
            (&self.province, RegionLevel::Province),
            (&self.city, RegionLevel::City),
            (&self.county, RegionLevel::County),
            (&self.township, RegionLevel::Township),
        ];
        let mut path: Vec<PathStep> = Vec::with_capacity(4);
        for (d, level) in levels {
            let Some(d) = d else { continue };
            if path.last().map(|s| s.code) != Some(d.code.as_str()) {
                path.push(PathStep {
                    code: &d.code,
                    name: &d.name,
                    level,
                });
            }
        }
        path
    }

    /// The most specific name: the government the report is about.
    pub fn label(&self) -> &str {
        self.path().last().map_or(NATIONAL_NAME, |s| s.name)
    }

    /// The most specific division's code: two names for one place compare
    /// equal.
    pub fn code(&self) -> &str {
        self.path().last().map_or(NATIONAL_CODE, |s| s.code)
    }

    /// The names from the province down, joined (山东省潍坊市坊子区), as a
    /// person would type the region.
    pub fn full_name(&self) -> String {
        self.path().iter().map(|s| s.name).collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// The heading's lines (a heading may span two lines); empty for the
    /// lead before the first heading.
    pub heading: Vec<String>,
    pub paragraphs: Vec<String>,
    /// Policy themes of the section (keys of [`crate::text::themes::THEMES`]).
    pub themes: Vec<String>,
}

impl Section {
    /// The heading as one line of text, its lines joined by a space.
    pub fn heading_text(&self) -> Option<String> {
        (!self.heading.is_empty()).then(|| self.heading.join(" "))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoiseKind {
    /// "当前位置:首页 > ..." navigation.
    Breadcrumb,
    /// A line of source, author, date, editor or page controls.
    Metadata,
    /// The title again, or a cut-off copy of it.
    TitleRepeat,
    /// A byline such as "(阎家鹏)" or "□刘华强 吕宣龙".
    Byline,
    /// A news dateline such as "·闪电新闻7月6日讯".
    Dateline,
    /// Page furniture after the article: related links, QR prompts, "返回顶部".
    Footer,
    /// A phone number or other contact detail standing alone.
    Contact,
    /// A site or service advertising itself, such as "潍坊网站建设".
    Advertising,
    /// Injected spam (gambling and the like). Its text is never kept.
    Spam,
}

/// One piece of removed text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Noise {
    pub kind: NoiseKind,
    /// The removed text; for [`NoiseKind::Spam`] a description instead, so
    /// that the spam itself is never shown or exported.
    pub text: String,
    /// 1-based line of the source it came from.
    pub line: usize,
}

/// Where a piece of a report's text stands, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextPlace {
    Title,
    Subtitle,
    Heading { section: usize, line: usize },
    Paragraph { section: usize, paragraph: usize },
    Caption(usize),
}

impl Report {
    /// Whether anything was read as the report's own text (a heading or a
    /// paragraph), not only its title and the page's furniture.
    pub fn has_body(&self) -> bool {
        self.sections
            .iter()
            .any(|s| !s.heading.is_empty() || !s.paragraphs.is_empty())
    }

    /// Whether every line the source held went to the noise: no text of
    /// its own, but furniture set aside (a page saved before its script
    /// loaded the text). A file of a title alone sets nothing aside.
    pub fn all_set_aside(&self) -> bool {
        !self.has_body() && !self.noise.is_empty()
    }

    /// Every piece of text the reader shows, in the order it shows them:
    /// title, subtitle, then each section's heading lines and paragraphs,
    /// then captions. Search counts hits over exactly these, so a report's
    /// hit count is the number of hits a reader can step through.
    pub fn reader_texts(&self) -> Vec<(TextPlace, &str)> {
        let mut texts = vec![(TextPlace::Title, self.title.as_str())];
        if let Some(sub) = &self.subtitle {
            texts.push((TextPlace::Subtitle, sub.as_str()));
        }
        for (section, s) in self.sections.iter().enumerate() {
            for (line, h) in s.heading.iter().enumerate() {
                texts.push((TextPlace::Heading { section, line }, h.as_str()));
            }
            for (paragraph, p) in s.paragraphs.iter().enumerate() {
                texts.push((TextPlace::Paragraph { section, paragraph }, p.as_str()));
            }
        }
        for (i, c) in self.captions.iter().enumerate() {
            texts.push((TextPlace::Caption(i), c.as_str()));
        }
        texts
    }

    /// All body paragraphs in reading order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.sections
            .iter()
            .flat_map(|s| s.paragraphs.iter().map(String::as_str))
    }

    /// Headings in order, each as one line of text.
    pub fn headings(&self) -> impl Iterator<Item = String> + '_ {
        self.sections.iter().filter_map(Section::heading_text)
    }

    /// Body length in characters, for per-length statistics.
    pub fn body_chars(&self) -> usize {
        self.paragraphs().map(|p| p.chars().count()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_labels_say_when_inferred() {
        let date = |inferred| ReportDate {
            value: "2023-07-06".into(),
            precision: DatePrecision::Day,
            inferred,
            evidence: vec![],
        };
        assert_eq!(date(false).label(), "2023-07-06");
        assert_eq!(date(true).label(), "2023-07-06 (inferred)");
        assert_eq!(
            date(true).label_in(crate::i18n::Lang::Zh),
            "2023-07-06（推断）"
        );
    }
}
