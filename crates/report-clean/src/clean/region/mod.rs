//! Recognising the government a report is about, at its level, with codes
//! from the gazetteer of China's administrative divisions
//! (`data/pca-code.json`).
//!
//! Three steps: the gazetteer indexes every division by its full and short
//! names (this file); [`scan`] finds the names in a report's texts, refusing
//! those glued into a longer word (示范县 is not 范县), and weighs each by
//! where it stands (the title and an organ such as 兰山区人民政府 name the
//! government; the body only mentions places); [`choose`] picks the
//! province the evidence agrees on and goes down a level only where the
//! report names the lower government.

mod choose;
mod forms;
mod institutions;
mod national;
mod neighbours;
mod organs;
mod scan;
mod self_names;

pub(crate) use national::without_cited_laws;
#[cfg(test)]
mod tests;

use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use serde::Deserialize;

use report_core::text::fold::to_simplified;
use report_core::{Division, Region, RegionLevel};

const GAZETTEER_JSON: &str = include_str!("../../../data/pca-code.json");

#[derive(Deserialize)]
struct Node {
    code: String,
    name: String,
    #[serde(default)]
    children: Vec<Node>,
}

/// Suffixes stripped to get a division's short name: 坊子区 → 坊子,
/// 内蒙古自治区 → 内蒙古. Longer suffixes first.
const SUFFIXES: [&str; 10] = [
    "自治区",
    "自治县",
    "自治州",
    "自治旗",
    "地区",
    "区",
    "县",
    "市",
    "省",
    "盟",
];

/// Short names that are also everyday words and so are only trusted in
/// full: 城区 (as in 中心城区), 郊区, 矿区, 新城区 (a 新城, a new town, as
/// in 某某新城), 来宾市 (来宾, the guests every speech's salutation or
/// closing wish addresses). A name whose last character is one of them
/// makes a word with a suffix (大城 + 市: 城市), so is never read in
/// another form.
const AMBIGUOUS_SHORT: [&str; 8] = ["城", "郊", "矿", "新", "市中", "开发", "新城", "来宾"];

/// China's 55 minority peoples as autonomous areas name them (壮族,
/// 维吾尔); an autonomous area's short name is its name before them
/// (广西壮族自治区 → 广西, 黔东南苗族侗族自治州 → 黔东南, 沧源佤族自治县 →
/// 沧源).
const ETHNIC_GROUPS: [&str; 55] = [
    "壮",
    "回",
    "维吾尔",
    "藏",
    "蒙古",
    "朝鲜",
    "苗",
    "侗",
    "布依",
    "土家",
    "彝",
    "哈尼",
    "傣",
    "傈僳",
    "白",
    "纳西",
    "景颇",
    "哈萨克",
    "柯尔克孜",
    "羌",
    "瑶",
    "黎",
    "畲",
    "土",
    "撒拉",
    "保安",
    "东乡",
    "裕固",
    "达斡尔",
    "鄂温克",
    "鄂伦春",
    "锡伯",
    "仫佬",
    "毛南",
    "仡佬",
    "水",
    "满",
    "独龙",
    "怒",
    "普米",
    "佤",
    "拉祜",
    "阿昌",
    "基诺",
    "德昂",
    "布朗",
    "京",
    "赫哲",
    "门巴",
    "珞巴",
    "塔吉克",
    "乌孜别克",
    "俄罗斯",
    "塔塔尔",
    "高山",
];

/// One name's division, and whether the name is its full one (坊子区)
/// rather than short (坊子).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Named {
    division: usize,
    full: bool,
}

/// The divisions, indexed by full and short name.
pub struct Gazetteer {
    divisions: Vec<Division>,
    /// Each division's parent (a municipality's districts hang from the
    /// province: its "市辖区" is not a division of its own).
    parent: Vec<Option<usize>>,
    level: Vec<RegionLevel>,
    by_name: FxHashMap<String, Vec<Named>>,
    /// The longest name (in characters) starting with each character, so a
    /// scan tries only the lengths a name could have at a position.
    longest_from: FxHashMap<char, usize>,
    /// Names as text reads once made simplified, where that differs from the
    /// gazetteer's spelling (盘石市 for 磐石市), with the real spelling.
    spelling: FxHashMap<String, String>,
}

/// Where a report says what it says, for [`Gazetteer::recognise_in`].
#[derive(Debug, Default, Clone, Copy)]
pub struct RegionClues<'a> {
    pub title: &'a str,
    /// The source the page names (a newspaper such as 吉林日报, or an
    /// organ such as 兰山区人民政府).
    pub source: Option<&'a str>,
    /// Text before the body: subtitle, metadata, the delivery line
    /// (——在吉林省第十四届人民代表大会…), the speaker (省长 …). Only names
    /// standing as an organ, office or assembly count from here; lists of
    /// related links stand here too and name other places.
    pub front: &'a str,
    /// The body's paragraphs, one a line; the first is the lead.
    pub body: &'a str,
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
            parent: Vec::new(),
            level: Vec::new(),
            by_name: FxHashMap::default(),
            longest_from: FxHashMap::default(),
            spelling: FxHashMap::default(),
        };
        for p in provinces {
            let pi = g.push(&p, None, RegionLevel::Province);
            for c in &p.children {
                // Municipalities list their districts under "市辖区" (and
                // 重庆 its counties under "县"); the city is then the
                // province itself (北京市).
                let city = if c.name == "市辖区" || c.name == "县" {
                    pi
                } else {
                    g.push(c, Some(pi), RegionLevel::City)
                };
                for k in &c.children {
                    g.push(k, Some(city), RegionLevel::County);
                }
            }
        }
        Ok(g)
    }

    fn push(&mut self, node: &Node, parent: Option<usize>, level: RegionLevel) -> usize {
        let index = self.divisions.len();
        self.divisions.push(Division {
            code: node.code.clone(),
            name: node.name.clone(),
        });
        self.parent.push(parent);
        self.level.push(level);
        self.add_name(&node.name, index, true);
        if let Some(short) = short_name(&node.name) {
            self.add_name(short, index, false);
        }
        index
    }

    /// Indexes a name, and also as [`Gazetteer::recognise`] reads it: text
    /// is made simplified first, which rewrites a few characters of place
    /// names too (乾安县 → 干安县, 磐石市 → 盘石市); without the second
    /// spelling 乾安县, 乾县, 磐安县 and 磐石市 were never recognised.
    fn add_name(&mut self, name: &str, division: usize, full: bool) {
        let named = Named { division, full };
        self.note_length(name);
        self.by_name
            .entry(name.to_string())
            .or_default()
            .push(named);
        let read = to_simplified(name);
        if read != name {
            self.note_length(&read);
            self.by_name.entry(read.clone()).or_default().push(named);
            self.spelling.insert(read, name.to_string());
        }
    }

    fn note_length(&mut self, name: &str) {
        if let Some(first) = name.chars().next() {
            let longest = self.longest_from.entry(first).or_default();
            *longest = (*longest).max(name.chars().count());
        }
    }

    /// `division` and the divisions above it, nearest first.
    fn ancestry(&self, division: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(Some(division), |&d| self.parent[d])
    }

    /// The region whose most specific division is `division`.
    fn region_of(&self, division: usize, evidence: Vec<String>) -> Region {
        let mut region = Region {
            level: self.level[division],
            province: None,
            city: None,
            county: None,
            township: None,
            evidence,
        };
        for d in self.ancestry(division) {
            let value = Some(self.divisions[d].clone());
            match self.level[d] {
                RegionLevel::Province => region.province = value,
                RegionLevel::City => region.city = value,
                _ => region.county = value,
            }
        }
        // A municipality's district: the city is the municipality.
        if region.county.is_some() && region.city.is_none() {
            region.city = region.province.clone();
        }
        region
    }

    /// Every county-level division with its city and province, in gazetteer
    /// order.
    pub fn counties(&self) -> Vec<Region> {
        (0..self.divisions.len())
            .filter(|&d| self.level[d] == RegionLevel::County)
            .map(|d| self.region_of(d, Vec::new()))
            .collect()
    }

    /// Whether `name` is a division's full or short name (潍坊市, 潍坊).
    pub fn is_place_name(&self, name: &str) -> bool {
        self.by_name.contains_key(name)
    }

    /// Recognises the region of a report from its title and body alone
    /// (also how a typed region is read: 潍坊市坊子区, 上海市, 全国).
    pub fn recognise(&self, title: &str, body: &str) -> Option<Region> {
        self.recognise_in(&RegionClues {
            title,
            body,
            ..RegionClues::default()
        })
    }

    /// Recognises the government a report is about, at its level.
    /// Traditional characters are read as simplified (濰坊市 as 潍坊市).
    pub fn recognise_in(&self, clues: &RegionClues) -> Option<Region> {
        // An office's street address names where it sits (a region's
        // department in a city's district): the government only where
        // nothing else names a place, or where what else is named stands
        // above the kind of division the report calls itself (a town's
        // report naming its province's rules, its county in its address).
        let read_with = |addresses| {
            let evidence = scan::Evidence::gather(self, clues, addresses);
            let region = choose::choose(self, &evidence);
            (region, evidence.own_kinds)
        };
        match read_with(false) {
            (None, _) => read_with(true).0,
            (Some(above), kinds)
                if !kinds.is_empty() && self_names::is_above_own_kinds(&kinds, above.level) =>
            {
                let under = |r: &Region| r.level > above.level && is_within(r, &above);
                Some(read_with(true).0.filter(under).unwrap_or(above))
            }
            (region, _) => region,
        }
    }
}

/// Whether `inner` lies within `outer` (the country holds every region).
fn is_within(inner: &Region, outer: &Region) -> bool {
    let same = |a: &Option<Division>, b: &Option<Division>| match b {
        None => true,
        Some(b) => a.as_ref().is_some_and(|a| a.code == b.code),
    };
    same(&inner.province, &outer.province)
        && same(&inner.city, &outer.city)
        && same(&inner.county, &outer.county)
}

fn short_name(name: &str) -> Option<&str> {
    let (stem, suffix) = SUFFIXES
        .iter()
        .find_map(|s| Some((name.strip_suffix(s)?, *s)))?;
    let short = before_ethnic_group(stem, suffix.starts_with("自治")).unwrap_or(stem);
    (short.chars().count() >= 2 && !AMBIGUOUS_SHORT.contains(&short)).then_some(short)
}

/// An autonomous area's name before its ethnic groups (广西壮族 → 广西,
/// 管城回族 → 管城). A group's name without 族 ends only an autonomous
/// area's name (塔什库尔干塔吉克自治县): elsewhere it is the name's own
/// last character (六盘水市 is no 六盘 of the 水 people).
fn before_ethnic_group(stem: &str, autonomous: bool) -> Option<&str> {
    stem.char_indices().skip(2).find_map(|(at, _)| {
        let rest = &stem[at..];
        ETHNIC_GROUPS
            .iter()
            .any(|group| {
                rest.strip_prefix(group).is_some_and(|after| {
                    after.starts_with('族') || (after.is_empty() && autonomous)
                })
            })
            .then(|| &stem[..at])
    })
}
