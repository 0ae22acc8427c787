//! Scoring cleaned reports against a gold file: per-field accuracy and every
//! miss with what was expected. Reads both gold schemas the project has: the
//! seeds' `{"reports": {file: {...}}}` (tests/gold/README.md) and the JSON
//! Lines of `../shared/realworld/*/gold.jsonl`, one report per line, keyed by
//! `file` or by 1-based `line` of a JSON Lines source. Text in, data out: the
//! command line does the reading.

use serde_json::Value;

use report_core::text::fold::{is_han, loose};
use report_core::{Region, Report};

/// Which report of the input a gold entry is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoldKey {
    /// A file of a folder (or the file a CSV row came from).
    File(String),
    /// A 1-based line of a JSON Lines file.
    Line(usize),
}

impl std::fmt::Display for GoldKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GoldKey::File(name) => f.write_str(name),
            GoldKey::Line(n) => write!(f, "line {n}"),
        }
    }
}

/// Which gold file an entry comes from: their rules differ where the
/// real pages need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoldSchema {
    /// tests/gold/seeds.json: headings equal the list; chrome strings in no
    /// paragraph or heading at all.
    Seeds,
    /// realworld gold.jsonl: the gold headings are top-level ones, each one
    /// heading of the report, in order (sub-headings may stand between);
    /// chrome is a string standing apart (the toolbar's "加大" is chrome,
    /// the same two characters in "加大投入力度" are the report's words).
    Lines,
}

/// One report's expectations, as the gold file gives them.
#[derive(Debug, Clone)]
pub struct GoldEntry {
    pub key: GoldKey,
    pub schema: GoldSchema,
    pub expect: Value,
}

/// Reads a gold file in either schema.
pub fn parse_gold(text: &str) -> Result<Vec<GoldEntry>, String> {
    let text = text.trim_start_matches('\u{feff}');
    if let Ok(Value::Object(whole)) = serde_json::from_str::<Value>(text) {
        if let Some(Value::Object(reports)) = whole.get("reports") {
            return Ok(reports
                .iter()
                .map(|(file, expect)| GoldEntry {
                    key: GoldKey::File(file.clone()),
                    schema: GoldSchema::Seeds,
                    expect: expect.clone(),
                })
                .collect());
        }
    }
    let mut entries = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let expect: Value = serde_json::from_str(line)
            .map_err(|e| format!("gold line {}: not JSON: {e}", i + 1))?;
        let key = if let Some(file) = expect.get("file").and_then(Value::as_str) {
            GoldKey::File(file.to_string())
        } else if let Some(n) = expect.get("line").and_then(Value::as_u64) {
            GoldKey::Line(n as usize)
        } else {
            return Err(format!(
                "gold line {}: neither \"file\" nor \"line\"",
                i + 1
            ));
        };
        entries.push(GoldEntry {
            key,
            schema: GoldSchema::Lines,
            expect,
        });
    }
    if entries.is_empty() {
        return Err("the gold file lists no reports".into());
    }
    Ok(entries)
}

/// What the gold can judge, in the order the scorecard prints them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoldField {
    Title,
    Subtitle,
    Date,
    Source,
    Authors,
    Region,
    Headings,
    /// No page chrome (`not_in_body`, `not_a_paragraph`, `not_anywhere`) in
    /// a body paragraph or heading.
    Chrome,
    Captions,
    FirstParagraph,
    BodyParagraphs,
    Contiguous,
    People,
}

impl GoldField {
    pub const ALL: [GoldField; 13] = [
        GoldField::Title,
        GoldField::Subtitle,
        GoldField::Date,
        GoldField::Source,
        GoldField::Authors,
        GoldField::Region,
        GoldField::Headings,
        GoldField::Chrome,
        GoldField::Captions,
        GoldField::FirstParagraph,
        GoldField::BodyParagraphs,
        GoldField::Contiguous,
        GoldField::People,
    ];

    pub fn name(self) -> &'static str {
        match self {
            GoldField::Title => "title",
            GoldField::Subtitle => "subtitle",
            GoldField::Date => "date",
            GoldField::Source => "source",
            GoldField::Authors => "authors",
            GoldField::Region => "region",
            GoldField::Headings => "headings",
            GoldField::Chrome => "chrome not in body",
            GoldField::Captions => "captions",
            GoldField::FirstParagraph => "first paragraph",
            GoldField::BodyParagraphs => "body paragraphs",
            GoldField::Contiguous => "contiguous",
            GoldField::People => "people",
        }
    }
}

/// One check that failed: which report, which field, what came out and what
/// the gold expected.
#[derive(Debug, Clone, PartialEq)]
pub struct Miss {
    pub report: String,
    pub field: GoldField,
    pub got: String,
    pub expected: String,
}

impl std::fmt::Display for Miss {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {}: got {}, expected {}",
            self.report,
            self.field.name(),
            self.got,
            self.expected
        )
    }
}

/// Reports judged per field, how many right, and every miss.
#[derive(Debug, Default)]
pub struct Scorecard {
    /// Per field: (reports the gold judges on it, reports right on it).
    counts: Vec<(GoldField, usize, usize)>,
    pub misses: Vec<Miss>,
    pub reports: usize,
}

impl Scorecard {
    /// Judged and right per field the gold judges, in [`GoldField::ALL`] order.
    pub fn fields(&self) -> Vec<(GoldField, usize, usize)> {
        GoldField::ALL
            .iter()
            .filter_map(|f| self.counts.iter().find(|c| c.0 == *f).copied())
            .collect()
    }

    /// Share of judged reports right on `field`, if the gold judges it.
    pub fn accuracy(&self, field: GoldField) -> Option<f64> {
        self.counts
            .iter()
            .find(|c| c.0 == field)
            .map(|&(_, judged, right)| right as f64 / judged.max(1) as f64)
    }

    fn tally(&mut self, field: GoldField, right: bool) {
        match self.counts.iter_mut().find(|c| c.0 == field) {
            Some(c) => {
                c.1 += 1;
                c.2 += usize::from(right);
            }
            None => self.counts.push((field, 1, usize::from(right))),
        }
    }

    /// Scores one report (`None`: the input yielded no report for the
    /// entry, which fails every field the gold gives).
    pub fn score(&mut self, entry: &GoldEntry, report: Option<&Report>) {
        self.reports += 1;
        let name = entry.key.to_string();
        let mut judge = Judge {
            report: name,
            schema: entry.schema,
            misses: Vec::new(),
        };
        for field in GoldField::ALL {
            let before = judge.misses.len();
            let judged = match report {
                Some(r) => judge.field(field, &entry.expect, r),
                None => {
                    let judged = gives(field, &entry.expect);
                    if judged {
                        judge.miss(field, "no report".into(), "a report".into());
                    }
                    judged
                }
            };
            if judged {
                self.tally(field, judge.misses.len() == before);
            }
        }
        self.misses.append(&mut judge.misses);
    }
}

/// Whether the gold entry says anything about `field`.
fn gives(field: GoldField, g: &Value) -> bool {
    let keys: &[&str] = match field {
        GoldField::Title => &["title", "title_ok", "title_prefix", "title_is_derived"],
        GoldField::Subtitle => &["subtitle"],
        GoldField::Date => &["date", "date_ok", "year"],
        GoldField::Source => &["source"],
        GoldField::Authors => &["authors"],
        GoldField::Region => &["region"],
        GoldField::Headings => &["headings"],
        GoldField::Chrome => &["not_in_body", "not_a_paragraph", "not_anywhere"],
        GoldField::Captions => &["captions"],
        GoldField::FirstParagraph => &["first_paragraph_starts"],
        GoldField::BodyParagraphs => &["body_paragraphs"],
        GoldField::Contiguous => &["contiguous"],
        GoldField::People => &["people"],
    };
    keys.iter().any(|k| g.get(k).is_some())
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// A gold heading is a string, or a list of lines making one heading.
fn heading_text(v: &Value) -> String {
    match v {
        Value::String(s) => loose(s),
        Value::Array(lines) => lines.iter().filter_map(Value::as_str).map(loose).collect(),
        _ => String::new(),
    }
}

/// The level of government a recognised region stands for, as gold files
/// name it (`none` where no region was recognised).
pub fn region_level(region: Option<&Region>) -> &'static str {
    region.map_or("none", |r| r.level.label())
}

struct Judge {
    report: String,
    schema: GoldSchema,
    misses: Vec<Miss>,
}

impl Judge {
    fn miss(&mut self, field: GoldField, got: String, expected: String) {
        self.misses.push(Miss {
            report: self.report.clone(),
            field,
            got,
            expected,
        });
    }

    fn expect(&mut self, field: GoldField, ok: bool, got: impl FnOnce() -> (String, String)) {
        if !ok {
            let (got, expected) = got();
            self.miss(field, got, expected);
        }
    }

    /// Checks `field`; false where the gold does not judge it.
    fn field(&mut self, field: GoldField, g: &Value, r: &Report) -> bool {
        if !gives(field, g) {
            return false;
        }
        match field {
            GoldField::Title => self.title(g, r),
            GoldField::Subtitle => {
                let want = g["subtitle"].as_str().map(loose);
                let got = r.subtitle.as_deref().map(loose);
                self.expect(field, got == want, || {
                    (format!("{:?}", r.subtitle), format!("{want:?}"))
                });
            }
            GoldField::Date => self.date(g, r),
            GoldField::Source => {
                let want = g["source"].as_str().map(loose);
                self.expect(field, r.source.as_deref().map(loose) == want, || {
                    (format!("{:?}", r.source), format!("{want:?}"))
                });
            }
            GoldField::Authors => {
                let mut want = strings(g.get("authors"));
                let mut got = r.authors.clone();
                want.sort();
                got.sort();
                self.expect(field, got == want, || {
                    (format!("{got:?}"), format!("{want:?}"))
                });
            }
            GoldField::Region => self.region(&g["region"], r),
            GoldField::Headings => {
                let want: Vec<String> = g["headings"]
                    .as_array()
                    .map(|a| a.iter().map(heading_text).collect())
                    .unwrap_or_default();
                let got = headings(r);
                let right = match self.schema {
                    GoldSchema::Seeds => got == want,
                    GoldSchema::Lines => in_order(&want, &got),
                };
                self.expect(field, right, || (format!("{got:?}"), format!("{want:?}")));
            }
            GoldField::Chrome => self.chrome(g, r),
            GoldField::Captions => {
                let got: Vec<String> = r.captions.iter().map(|c| loose(c)).collect();
                for want in strings(g.get("captions")) {
                    self.expect(field, got.contains(&loose(&want)), || {
                        (format!("captions {got:?}"), format!("caption {want:?}"))
                    });
                }
            }
            GoldField::FirstParagraph => {
                let want = loose(g["first_paragraph_starts"].as_str().unwrap_or(""));
                let first = r.paragraphs().next().map(loose);
                self.expect(
                    field,
                    first.as_deref().is_some_and(|p| p.starts_with(&want)),
                    || {
                        let shown: Option<String> =
                            first.as_deref().map(|p| p.chars().take(40).collect());
                        (format!("{shown:?}"), format!("to start with {want:?}"))
                    },
                );
            }
            GoldField::BodyParagraphs => {
                let want = g["body_paragraphs"].as_u64().unwrap_or(0);
                let got = r.paragraphs().count() as u64;
                self.expect(field, got == want, || (got.to_string(), want.to_string()));
            }
            GoldField::Contiguous => {
                let body: Vec<String> = r.paragraphs().map(loose).collect();
                for s in strings(g.get("contiguous")) {
                    self.expect(field, body.iter().any(|p| p.contains(&loose(&s))), || {
                        ("split across paragraphs".into(), format!("{s:?} in one"))
                    });
                }
            }
            GoldField::People => {
                for person in g["people"].as_array().into_iter().flatten() {
                    let name = person["name"].as_str().unwrap_or("");
                    let role = person["role"].as_str().unwrap_or("");
                    self.expect(
                        field,
                        r.people.iter().any(|p| p.name == name && p.role == role),
                        || (format!("{:?}", r.people), format!("{name} ({role})")),
                    );
                }
            }
        }
        true
    }

    fn title(&mut self, g: &Value, r: &Report) {
        let field = GoldField::Title;
        let got = loose(&r.title);
        let shown = || {
            format!(
                "{:?}{}",
                r.title,
                if r.title_is_derived { " (derived)" } else { "" }
            )
        };
        if let Some(ok) = g.get("title_ok") {
            let ok = strings(Some(ok));
            let right = !r.title_is_derived && ok.iter().any(|t| loose(t) == got);
            self.expect(field, right, || (shown(), format!("one of {ok:?}")));
        }
        match g.get("title") {
            Some(Value::String(t)) => {
                let right = !r.title_is_derived && loose(t) == got;
                self.expect(field, right, || (shown(), format!("{t:?}")));
            }
            Some(Value::Null) => {
                self.expect(field, r.title_is_derived, || {
                    (shown(), "a title marked derived".into())
                });
            }
            _ => {}
        }
        if let Some(prefix) = g.get("title_prefix").and_then(Value::as_str) {
            self.expect(field, got.starts_with(&loose(prefix)), || {
                (shown(), format!("to start with {prefix:?}"))
            });
        }
        if let Some(derived) = g.get("title_is_derived").and_then(Value::as_bool) {
            self.expect(field, r.title_is_derived == derived, || {
                (shown(), format!("title_is_derived {derived}"))
            });
        }
    }

    fn date(&mut self, g: &Value, r: &Report) {
        let field = GoldField::Date;
        let got = r.date.as_ref();
        let shown = || match got {
            Some(d) => format!("{}{}", d.value, if d.inferred { " (inferred)" } else { "" }),
            None => "none".into(),
        };
        if let Some(ok) = g.get("date_ok") {
            let ok = strings(Some(ok));
            let right = got.is_some_and(|d| ok.contains(&d.value));
            self.expect(field, right, || (shown(), format!("one of {ok:?}")));
        }
        if let Some(year) = g.get("year").and_then(Value::as_str) {
            let right = got.is_some_and(|d| d.value.split('-').next() == Some(year));
            self.expect(field, right, || (shown(), format!("in {year}")));
        }
        if let Some(date) = g.get("date").filter(|d| d.is_object()) {
            let value = date["value"].as_str();
            let precision = date["precision"].as_str();
            let inferred = date["inferred"].as_bool();
            let got_precision = got
                .and_then(|d| serde_json::to_value(d.precision).ok())
                .and_then(|p| p.as_str().map(String::from));
            let right = got.map(|d| d.value.as_str()) == value
                && (precision.is_none() || got_precision.as_deref() == precision)
                && (inferred.is_none() || got.map(|d| d.inferred) == inferred)
                && (inferred != Some(true) || got.is_some_and(|d| !d.evidence.is_empty()));
            self.expect(field, right, || {
                (
                    format!("{} {got_precision:?}", shown()),
                    format!("{value:?} {precision:?} inferred {inferred:?}, with evidence"),
                )
            });
        }
    }

    fn region(&mut self, want: &Value, r: &Report) {
        let field = GoldField::Region;
        let got = r.region.as_ref();
        let shown = || match got {
            Some(x) => format!("{} {}", region_level(got), x.full_name()),
            None => "none".into(),
        };
        let expected = || {
            [
                "level", "province", "city", "county", "district", "township",
            ]
            .iter()
            .filter_map(|k| want.get(k).map(|v| format!("{k} {v}")))
            .collect::<Vec<_>>()
            .join(", ")
        };
        let mut right = true;
        if let Some(level) = want.get("level").and_then(Value::as_str) {
            right &= region_level(got) == level;
        }
        let name = |d: fn(&Region) -> &Option<report_core::Division>| {
            got.and_then(|x| d(x).as_ref()).map(|d| d.name.as_str())
        };
        let names = [
            ("province", name(|x| &x.province)),
            ("city", name(|x| &x.city)),
            ("county", name(|x| &x.county)),
            ("district", name(|x| &x.county)),
            ("township", name(|x| &x.township)),
        ];
        for (key, name) in names {
            if let Some(w) = want.get(key) {
                right &= name == w.as_str();
            }
        }
        self.expect(field, right, || (shown(), expected()));
    }

    fn chrome(&mut self, g: &Value, r: &Report) {
        let field = GoldField::Chrome;
        let body: Vec<String> = r.paragraphs().map(loose).collect();
        let heads = headings(r);
        for s in strings(g.get("not_in_body")) {
            let s = loose(&s);
            let found = body.iter().chain(&heads).find(|p| match self.schema {
                GoldSchema::Seeds => p.contains(&s),
                GoldSchema::Lines => stands_apart(p, &s),
            });
            self.expect(field, found.is_none(), || {
                let at: String = found
                    .map(|p| p.chars().take(40).collect())
                    .unwrap_or_default();
                (format!("in {at:?}"), format!("{s:?} not in the body"))
            });
        }
        for s in strings(g.get("not_a_paragraph")) {
            self.expect(field, !body.contains(&loose(&s)), || {
                ("a paragraph".into(), format!("{s:?} not a paragraph"))
            });
        }
        let strings_out = strings(g.get("not_anywhere"));
        if !strings_out.is_empty() {
            let everything = serde_json::to_string(r).unwrap_or_default();
            let folded = loose(&everything);
            for s in strings_out {
                let right = !everything.contains(&s) && !folded.contains(&loose(&s));
                self.expect(field, right, || {
                    ("shown or exported".into(), format!("{s:?} nowhere"))
                });
            }
        }
    }
}

/// Every item of `want` is one of `got`, in the same order.
fn in_order(want: &[String], got: &[String]) -> bool {
    let mut rest = got.iter();
    want.iter().all(|w| rest.any(|g| g == w))
}

/// `needle` occurs in `text` not as part of a phrase: the nearest character
/// on either side, past quotation marks, is no Han character, letter or
/// digit (`加大“双一流”投入` is prose, `加大 还原 减小` a toolbar).
fn stands_apart(text: &str, needle: &str) -> bool {
    let quote = |c: &char| matches!(c, '“' | '”' | '‘' | '’' | '"' | '\'');
    let word = |c: Option<char>| c.is_some_and(|c| is_han(c) || c.is_alphanumeric());
    text.match_indices(needle).any(|(at, _)| {
        let before = text[..at].chars().rev().find(|c| !quote(c));
        let after = text[at + needle.len()..].chars().find(|c| !quote(c));
        !word(before) && !word(after)
    })
}

/// A report's headings, each as one folded line (the lines of a two-line
/// heading joined without a space, as the gold writes them).
fn headings(r: &Report) -> Vec<String> {
    r.sections
        .iter()
        .filter(|s| !s.heading.is_empty())
        .map(|s| s.heading.iter().map(|l| loose(l)).collect())
        .collect()
}

#[cfg(test)]
mod tests;
