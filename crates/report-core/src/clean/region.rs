//! Recognising the region a report is about, with codes from the gazetteer
//! of China's administrative divisions (`data/pca-code.json`).

use std::collections::HashMap;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use serde::Deserialize;

use crate::model::{Division, Region};

const GAZETTEER_JSON: &str = include_str!("../../data/pca-code.json");

#[derive(Deserialize)]
struct Node {
    code: String,
    name: String,
    #[serde(default)]
    children: Vec<Node>,
}

/// Suffixes stripped to get a division's short name: 坊子区 → 坊子.
const SUFFIXES: [&str; 8] = ["自治县", "自治州", "地区", "区", "县", "市", "省", "盟"];

/// County-level short names that are also everyday words and so are only
/// trusted in full: 城区 (as in 中心城区), 郊区, 矿区.
const AMBIGUOUS_SHORT: [&str; 6] = ["城", "郊", "矿", "新", "市中", "开发"];

#[derive(Debug, Clone, Copy)]
struct Entry {
    province: usize,
    city: usize,
    county: Option<usize>,
    /// The name matched in full (坊子区) rather than short (坊子).
    full: bool,
}

/// The divisions, indexed by full and short name.
pub struct Gazetteer {
    divisions: Vec<Division>,
    by_name: FxHashMap<String, Vec<Entry>>,
    /// The longest name (in characters) starting with each character, so a
    /// scan tries only the lengths a name could have at a position.
    longest_from: FxHashMap<char, usize>,
    /// Names as text reads once made simplified, where that differs from the
    /// gazetteer's spelling (盘石市 for 磐石市), with the real spelling.
    spelling: FxHashMap<String, String>,
}

impl Gazetteer {
    /// The bundled gazetteer, parsed once.
    pub fn bundled() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(|| {
            Gazetteer::from_json(GAZETTEER_JSON).expect("bundled gazetteer is valid JSON")
        })
    }

    pub fn from_json(json: &str) -> Result<Gazetteer, serde_json::Error> {
        let provinces: Vec<Node> = serde_json::from_str(json)?;
        let mut g = Gazetteer {
            divisions: Vec::new(),
            by_name: FxHashMap::default(),
            longest_from: FxHashMap::default(),
            spelling: FxHashMap::default(),
        };
        for p in provinces {
            let pi = g.push(&p);
            g.index(
                &p.name,
                Entry {
                    province: pi,
                    city: pi,
                    county: None,
                    full: true,
                },
            );
            for c in &p.children {
                let ci = g.push(c);
                // Municipalities list their districts under "市辖区"; the city
                // is then the province itself (北京市).
                let city = if c.name == "市辖区" || c.name == "县" {
                    pi
                } else {
                    ci
                };
                if city == ci {
                    g.index(
                        &c.name,
                        Entry {
                            province: pi,
                            city: ci,
                            county: None,
                            full: true,
                        },
                    );
                }
                for k in &c.children {
                    let ki = g.push(k);
                    g.index(
                        &k.name,
                        Entry {
                            province: pi,
                            city,
                            county: Some(ki),
                            full: true,
                        },
                    );
                }
            }
        }
        Ok(g)
    }

    fn push(&mut self, node: &Node) -> usize {
        self.divisions.push(Division {
            code: node.code.clone(),
            name: node.name.clone(),
        });
        self.divisions.len() - 1
    }

    fn index(&mut self, name: &str, entry: Entry) {
        self.add_name(name, entry);
        if let Some(short) = short_name(name) {
            let short_entry = Entry {
                full: false,
                ..entry
            };
            self.add_name(short, short_entry);
        }
    }

    /// Indexes a name, and also as [`Gazetteer::recognise`] reads it: text
    /// is made simplified first, which rewrites a few characters of place
    /// names too (乾安县 → 干安县, 磐石市 → 盘石市); without the second
    /// spelling 乾安县, 乾县, 磐安县 and 磐石市 were never recognised.
    fn add_name(&mut self, name: &str, entry: Entry) {
        self.note_length(name);
        self.by_name
            .entry(name.to_string())
            .or_default()
            .push(entry);
        let read = fast2s::convert(name);
        if read != name {
            self.note_length(&read);
            self.by_name.entry(read.clone()).or_default().push(entry);
            self.spelling.insert(read, name.to_string());
        }
    }

    fn note_length(&mut self, name: &str) {
        if let Some(first) = name.chars().next() {
            let longest = self.longest_from.entry(first).or_default();
            *longest = (*longest).max(name.chars().count());
        }
    }

    /// Every county-level division with its city and province, in gazetteer
    /// order.
    pub fn counties(&self) -> Vec<Region> {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for entries in self.by_name.values() {
            for e in entries.iter().filter(|e| e.full) {
                if let Some(k) = e.county {
                    if seen.insert(k) {
                        out.push((k, e.city, e.province));
                    }
                }
            }
        }
        out.sort_unstable();
        out.into_iter()
            .map(|(k, c, p)| Region {
                province: self.divisions[p].clone(),
                city: self.divisions[c].clone(),
                county: Some(self.divisions[k].clone()),
                evidence: Vec::new(),
            })
            .collect()
    }

    /// Whether `name` is a division's full or short name (潍坊市, 潍坊).
    pub fn is_place_name(&self, name: &str) -> bool {
        self.by_name.contains_key(name)
    }

    /// Recognises the region of a report from its title and body. Full names
    /// (潍坊市奎文区) count more than short ones (奎文), the title more than the
    /// body; a county is only taken with its city or province confirmed, or
    /// when its full name is unique in the country.
    /// Traditional characters are read as simplified (濰坊市 as 潍坊市).
    pub fn recognise(&self, title: &str, body: &str) -> Option<Region> {
        let mut tally = Tally::default();
        self.scan(&fast2s::convert(title), 3, &mut tally);
        self.scan(&fast2s::convert(body), 1, &mut tally);
        self.best_region(&tally)
    }

    /// Tallies the longest name at each position, then skips past it.
    /// Candidates are slices of the text (no allocation), and only as long
    /// as a name starting with that character can be.
    fn scan(&self, text: &str, weight: u32, tally: &mut Tally) {
        // Byte offset of each character, and of the end.
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(at, _)| at)
            .chain(std::iter::once(text.len()))
            .collect();
        let chars = bounds.len() - 1;
        let mut i = 0;
        while i < chars {
            let longest = text[bounds[i]..]
                .chars()
                .next()
                .and_then(|c| self.longest_from.get(&c))
                .map_or(0, |&n| n.min(chars - i));
            let mut matched = 0;
            for len in (2..=longest).rev() {
                let candidate = &text[bounds[i]..bounds[i + len]];
                if let Some(entries) = self.by_name.get(candidate) {
                    let name = self
                        .spelling
                        .get(candidate)
                        .map_or(candidate, String::as_str);
                    tally.add(name, entries, weight);
                    matched = len;
                    break;
                }
            }
            i += matched.max(1);
        }
    }

    fn best_region(&self, tally: &Tally) -> Option<Region> {
        let score_of = |e: &Entry| -> u32 {
            let own = tally.division_score(e.county.unwrap_or(e.city));
            let city = if e.county.is_some() {
                tally.division_score(e.city)
            } else {
                0
            };
            let province = tally.division_score(e.province);
            own * 4 + city * 2 + province
        };
        let best = tally
            .entries
            .iter()
            .filter(|e| e.county.is_some() || e.city != e.province)
            .filter(|e| self.confirmed(e, tally))
            .max_by_key(|e| {
                (
                    e.county.is_some() && tally.has_full(e.county.unwrap_or(0)),
                    score_of(e),
                    e.county.is_some(),
                )
            })?;
        let division = |i: usize| self.divisions[i].clone();
        let mut evidence: Vec<String> = tally.names_for(best);
        evidence.sort();
        evidence.dedup();
        Some(Region {
            province: division(best.province),
            city: division(best.city),
            county: best.county.map(division),
            evidence,
        })
    }

    /// Whether a candidate is backed by enough of the text to be trusted.
    fn confirmed(&self, e: &Entry, tally: &Tally) -> bool {
        match e.county {
            Some(k) => {
                let parent_named =
                    tally.division_score(e.city) > 0 || tally.division_score(e.province) > 0;
                let unique = self
                    .by_name
                    .get(&self.divisions[k].name)
                    .is_some_and(|v| v.len() == 1);
                (tally.has_full(k) && (parent_named || unique))
                    || (parent_named && tally.division_score(k) >= 2)
            }
            None => tally.division_score(e.city) > 0,
        }
    }
}

fn short_name(name: &str) -> Option<&str> {
    let short = SUFFIXES.iter().find_map(|s| name.strip_suffix(s))?;
    (short.chars().count() >= 2 && !AMBIGUOUS_SHORT.contains(&short)).then_some(short)
}

/// Mentions found in the text, per division.
#[derive(Default)]
struct Tally {
    entries: Vec<Entry>,
    /// division index → (score, mentioned in full, names seen)
    scores: HashMap<usize, (u32, bool, Vec<String>)>,
}

impl Tally {
    fn add(&mut self, name: &str, entries: &[Entry], weight: u32) {
        for e in entries {
            let division = e.county.unwrap_or(e.city);
            let slot = self.scores.entry(division).or_default();
            slot.0 += if e.full { 2 * weight } else { weight };
            slot.1 |= e.full;
            if !slot.2.iter().any(|n| n == name) {
                slot.2.push(name.to_string());
            }
            self.entries.push(*e);
        }
    }

    fn division_score(&self, division: usize) -> u32 {
        self.scores.get(&division).map_or(0, |s| s.0)
    }

    fn has_full(&self, division: usize) -> bool {
        self.scores.get(&division).is_some_and(|s| s.1)
    }

    fn names_for(&self, e: &Entry) -> Vec<String> {
        [Some(e.province), Some(e.city), e.county]
            .into_iter()
            .flatten()
            .flat_map(|d| self.scores.get(&d).map(|s| s.2.clone()).unwrap_or_default())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(title: &str, body: &str) -> Option<(String, String, Option<String>)> {
        Gazetteer::bundled()
            .recognise(title, body)
            .map(|r| (r.province.name, r.city.name, r.county.map(|c| c.name)))
    }

    #[test]
    fn counties_whose_names_simplify_are_found() {
        // fast2s reads 乾 as 干 and 磐 as 盘; the evidence keeps the real name.
        for (title, county, city) in [
            ("松原市乾安县召开会议", "乾安县", "松原市"),
            ("吉林市磐石市加快发展", "磐石市", "吉林市"),
            ("金华市磐安县加快发展", "磐安县", "金华市"),
            ("咸阳市乾县加快发展", "乾县", "咸阳市"),
        ] {
            let r = Gazetteer::bundled().recognise(title, "").expect(title);
            assert_eq!(r.county.as_ref().map(|c| c.name.as_str()), Some(county));
            assert_eq!(r.city.name, city);
            assert!(r.evidence.iter().any(|e| e == county), "{:?}", r.evidence);
        }
    }

    #[test]
    fn county_with_city() {
        let r = region("", "今年以来,潍坊市奎文区聚焦实体经济。奎文区持续发力。").unwrap();
        assert_eq!(r, ("山东省".into(), "潍坊市".into(), Some("奎文区".into())));
    }

    #[test]
    fn county_from_short_city_name_in_title() {
        let r = region(
            "乘风破浪行 坊子奋力开创高质量发展新局面",
            "2020年,坊子区认真贯彻落实。坊子区被评为国家级基地。",
        )
        .unwrap();
        assert_eq!(r.2.as_deref(), Some("坊子区"));
        assert_eq!(r.1, "潍坊市");
    }

    #[test]
    fn ambiguous_county_resolved_by_city() {
        // 朝阳区 is in Beijing and in Changchun.
        let r = region("", "长春市朝阳区召开会议,朝阳区加快发展。").unwrap();
        assert_eq!(r.1, "长春市");
        let r = region("", "北京市朝阳区召开会议,朝阳区加快发展。").unwrap();
        assert_eq!(r.0, "北京市");
        assert_eq!(r.2.as_deref(), Some("朝阳区"));
    }

    #[test]
    fn codes_come_from_the_gazetteer() {
        let r = Gazetteer::bundled()
            .recognise("", "济南市济阳区加快转型,济阳区。")
            .unwrap();
        assert_eq!(r.county.unwrap().code, "370115");
        assert_eq!(r.city.code, "3701");
        assert_eq!(r.province.code, "37");
    }

    #[test]
    fn city_only_and_nothing() {
        let r = region("", "潍坊市召开会议,潍坊加快发展。").unwrap();
        assert_eq!((r.1.as_str(), r.2), ("潍坊市", None));
        assert_eq!(region("", "今年以来经济运行稳中有进。"), None);
    }
}
