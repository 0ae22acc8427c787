//! The view as a URL fragment, so a link reproduces it: query, facets, the
//! open report and hit, the view and the concordance order.
//!
//! `#q=营商环境&region=370705&year=2021&open=<id>&hit=3&view=concordance`,
//! the figures table's filters and order (`fkind=amount&fmin=1000万元&fsort=-value`),
//! the trends' level, periods and new-terms period (`tlevel=county&tperiod=month&tnew=2024`)
//! and stock phrases hidden from the term lists (`stock=hide`)
//! (values percent-encoded; set facets repeat their key). Parsing never
//! fails: what cannot be understood is dropped and reported.

use crate::sorting::SortedSet;

use crate::i18n::{Key, Lang};
use crate::model::Report;
use crate::text::themes::theme;
use crate::views::concordance::KwicOrder;
use crate::views::facets::Selection;
use crate::views::figure_view::FigureView;
use crate::views::trends::TrendView;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum View {
    #[default]
    Reports,
    Concordance,
    Figures,
    Compare,
    Trends,
}

impl View {
    fn key(self) -> &'static str {
        match self {
            View::Reports => "reports",
            View::Concordance => "concordance",
            View::Figures => "figures",
            View::Compare => "compare",
            View::Trends => "trends",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewState {
    pub query: String,
    pub selection: Selection,
    /// Id of the open report.
    pub open: Option<String>,
    /// Current hit (0-based mark) in the open report.
    pub hit: usize,
    pub view: View,
    pub sort: KwicOrder,
    /// Districts put side by side, in order.
    pub compare: Vec<String>,
    /// The figures table's filters and order.
    pub figures: FigureView,
    pub trends: TrendView,
    /// Stock phrases left out of the term lists (distinctive and new terms).
    pub hide_boilerplate: bool,
}

/// A part of a link that was dropped, and why; said in the reader's
/// language (the part itself is the link's text and stays as it is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IgnoredPart {
    pub part: String,
    pub why: IgnoredWhy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IgnoredWhy {
    /// An unknown key or a value that key cannot take.
    NotUnderstood,
    /// Its percent-encoding is broken.
    BadlyEncoded,
    /// No report of this corpus has the id.
    NoSuchReport,
    /// A region, district or source this corpus does not have.
    NotInCorpus,
}

impl IgnoredPart {
    fn new(part: String, why: IgnoredWhy) -> Self {
        IgnoredPart { part, why }
    }

    pub fn describe(&self, lang: Lang) -> String {
        let key = match self.why {
            IgnoredWhy::NotUnderstood => return self.part.clone(),
            IgnoredWhy::BadlyEncoded => Key::LinkBadlyEncoded,
            IgnoredWhy::NoSuchReport => Key::LinkNoSuchReport,
            IgnoredWhy::NotInCorpus => Key::LinkNotInCorpus,
        };
        lang.format(key, &[("name", &self.part)])
    }
}

impl ViewState {
    /// The fragment, without `#`; empty for the default view.
    pub fn to_fragment(&self) -> String {
        let mut parts: Vec<(&str, String)> = Vec::new();
        if !self.query.is_empty() {
            parts.push(("q", self.query.clone()));
        }
        let s = &self.selection;
        parts.extend(s.regions.iter().map(|r| ("region", r.clone())));
        parts.extend(s.years.iter().map(|y| ("year", y.to_string())));
        parts.extend(s.date_from.iter().map(|d| ("from", d.clone())));
        parts.extend(s.date_to.iter().map(|d| ("to", d.clone())));
        parts.extend(s.sources.iter().map(|v| ("source", v.clone())));
        parts.extend(s.themes.iter().map(|v| ("theme", v.clone())));
        if let Some(has) = s.has_figures {
            parts.push(("figures", if has { "yes" } else { "no" }.to_string()));
        }
        if let Some(open) = &self.open {
            parts.push(("open", open.clone()));
            if self.hit > 0 {
                parts.push(("hit", (self.hit + 1).to_string()));
            }
        }
        parts.extend(self.compare.iter().map(|d| ("cmp", d.clone())));
        if self.view != View::Reports {
            parts.push(("view", self.view.key().to_string()));
        }
        if self.sort != KwicOrder::Report {
            parts.push(("sort", self.sort.key().to_string()));
        }
        parts.extend(self.figures.parts());
        parts.extend(self.trends.parts());
        if self.hide_boilerplate {
            parts.push(("stock", "hide".to_string()));
        }
        parts
            .iter()
            .map(|(k, v)| format!("{k}={}", percent_encode(v)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Reads a page address's query string (`?q=营商环境+双招双引&view=trends`,
    /// as a site's search form sends it): the view it names, if any, and
    /// whether every parameter was the view's (then the address can be
    /// written as the app's own links are, fragment only). Parameters not
    /// the view's (a campaign's tag) are the page's, not reported.
    pub fn from_query_string(search: &str) -> Option<(ViewState, bool)> {
        let (view, ignored) = ViewState::parse(search);
        (view != ViewState::default()).then_some((view, ignored.is_empty()))
    }

    /// Reads a fragment (with or without `#`). Returns the state and a
    /// description of each part that was ignored.
    pub fn parse(fragment: &str) -> (ViewState, Vec<IgnoredPart>) {
        let mut state = ViewState::default();
        let mut ignored = Vec::new();
        // `#?q=…` and `#/?q=…`, as links are written by hand or by routers.
        for part in fragment
            .trim_start_matches('#')
            .trim_start_matches(['/', '?'])
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (key, raw) = part.split_once('=').unwrap_or((part, ""));
            let Some(value) = percent_decode(raw) else {
                ignored.push(IgnoredPart::new(key.to_string(), IgnoredWhy::BadlyEncoded));
                continue;
            };
            let ok = match key {
                "q" => {
                    state.query = value.clone();
                    true
                }
                "region" => is_code(&value) && state.selection.regions.insert(value.clone()),
                "year" => value
                    .parse::<u16>()
                    .ok()
                    .filter(|y| (1900..=2100).contains(y))
                    .is_some_and(|y| state.selection.years.insert(y)),
                "from" => {
                    is_date(&value) && state.selection.date_from.replace(value.clone()).is_none()
                }
                "to" => is_date(&value) && state.selection.date_to.replace(value.clone()).is_none(),
                "source" => state.selection.sources.insert(value.clone()),
                "theme" => theme(&value).is_some() && state.selection.themes.insert(value.clone()),
                "figures" => match value.as_str() {
                    "yes" | "no" => state
                        .selection
                        .has_figures
                        .replace(value == "yes")
                        .is_none(),
                    _ => false,
                },
                "open" => !value.is_empty() && state.open.replace(value.clone()).is_none(),
                "hit" => value
                    .parse::<usize>()
                    .ok()
                    .filter(|h| *h >= 1)
                    .map(|h| state.hit = h - 1)
                    .is_some(),
                "view" => match value.as_str() {
                    "reports" => true,
                    "concordance" => {
                        state.view = View::Concordance;
                        true
                    }
                    "figures" => {
                        state.view = View::Figures;
                        true
                    }
                    "compare" => {
                        state.view = View::Compare;
                        true
                    }
                    "trends" => {
                        state.view = View::Trends;
                        true
                    }
                    _ => false,
                },
                "sort" => KwicOrder::from_key(&value)
                    .map(|o| state.sort = o)
                    .is_some(),
                "cmp" => {
                    let fits = !value.is_empty()
                        && state.compare.len() < crate::views::compare::MAX_UNITS
                        && !state.compare.contains(&value);
                    if fits {
                        state.compare.push(value.clone());
                    }
                    fits
                }
                "stock" => {
                    state.hide_boilerplate = value == "hide";
                    matches!(value.as_str(), "hide" | "show")
                }
                _ => state
                    .figures
                    .read_part(key, &value)
                    .or_else(|| state.trends.read_part(key, &value))
                    .unwrap_or(false),
            };
            if !ok {
                let part = if value.is_empty() {
                    key.to_string()
                } else {
                    format!("{key}={value}")
                };
                ignored.push(IgnoredPart::new(part, IgnoredWhy::NotUnderstood));
            }
        }
        // A range written the wrong way round reads as the date boxes read
        // one typed so: swapped, not empty.
        let dates = &mut state.selection;
        if let (Some(from), Some(to)) = (&dates.date_from, &dates.date_to) {
            if is_reversed_range(from, to) {
                std::mem::swap(&mut dates.date_from, &mut dates.date_to);
            }
        }
        (state, ignored)
    }

    /// Drops what this corpus does not have (a report id, a region, a
    /// source), returning a description of each.
    pub fn retain_known(&mut self, reports: &[Report]) -> Vec<IgnoredPart> {
        let mut ignored = Vec::new();
        if let Some(id) = &self.open {
            if !reports.iter().any(|r| &r.id == id) {
                ignored.push(IgnoredPart::new(
                    format!("open={id}"),
                    IgnoredWhy::NoSuchReport,
                ));
                self.open = None;
                self.hit = 0;
            }
        }
        // Read from every report only when there is something to check (a
        // link's choices; a corpus of ten thousand reports starts without).
        let codes: SortedSet<&str> = match self.selection.regions.is_empty() {
            true => SortedSet::new(),
            false => reports
                .iter()
                .filter_map(|r| r.region.as_ref())
                .flat_map(|r| r.path().into_iter().map(|s| s.code))
                .collect(),
        };
        self.selection.regions.retain(|c| {
            let known = codes.contains(c.as_str());
            if !known {
                ignored.push(IgnoredPart::new(
                    format!("region={c}"),
                    IgnoredWhy::NotInCorpus,
                ));
            }
            known
        });
        let districts: SortedSet<&str> = match self.compare.is_empty() {
            true => SortedSet::new(),
            false => reports
                .iter()
                .filter_map(crate::model::district_of)
                .collect(),
        };
        self.compare.retain(|d| {
            let known = districts.contains(d.as_str());
            if !known {
                ignored.push(IgnoredPart::new(
                    format!("cmp={d}"),
                    IgnoredWhy::NotInCorpus,
                ));
            }
            known
        });
        let sources: SortedSet<&str> = reports
            .iter()
            .map(crate::views::facets::source_key)
            .collect();
        self.selection.sources.retain(|s| {
            let known = sources.contains(s.as_str());
            if !known {
                ignored.push(IgnoredPart::new(
                    format!("source={s}"),
                    IgnoredWhy::NotInCorpus,
                ));
            }
            known
        });
        ignored
    }
}

/// A division's code (37, 3707, 370705), or a township's (the county's
/// code, a slash and its name: 371302/枣园镇).
fn is_code(value: &str) -> bool {
    let (code, township) = match value.split_once('/') {
        Some((county, name)) => (county, Some(name)),
        None => (value, None),
    };
    let digits = code.bytes().all(|b| b.is_ascii_digit());
    match township {
        Some(name) => code.len() == 6 && digits && !name.trim().is_empty(),
        None => matches!(code.len(), 2 | 4 | 6) && digits,
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn is_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    let lens_ok = matches!(
        parts.iter().map(|p| p.len()).collect::<Vec<_>>().as_slice(),
        [4] | [4, 2] | [4, 2, 2]
    );
    lens_ok && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
}

/// A date typed into the range filter, as people type it (`2021/3/1`,
/// `2021.3`, `2020年`, `2021年3月1日`, full-width digits), written the way
/// links and the filter keep it (`2021-03-01`, `2021-03`, `2020`). None
/// for anything that is not a real year, month or day.
pub fn normalise_date_input(value: &str) -> Option<String> {
    crate::text::dates::parse_date_input(value)?
        .to_report_date(false, Vec::new())
        .map(|d| d.value)
}

/// The range starts after it ends: `from`'s first day is later than `to`'s
/// last (`2021-03` to `2021` is a range; `2022` to `2021-06` is not).
pub fn is_reversed_range(from: &str, to: &str) -> bool {
    let first_day = |d: &str| match d.len() {
        4 => format!("{d}-01-01"),
        7 => format!("{d}-01"),
        _ => d.to_string(),
    };
    let last_day = |d: &str| match d.len() {
        4 => format!("{d}-12-31"),
        7 => format!("{d}-31"),
        _ => d.to_string(),
    };
    first_day(from) > last_day(to)
}

/// Percent-encodes all but unreserved ASCII (RFC 3986).
pub fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len() * 3);
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` sequences and `+` as a space; `None` if the result is not
/// UTF-8 or a sequence is broken.
pub fn percent_decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = value.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
#[path = "view_state_tests.rs"]
mod tests;
