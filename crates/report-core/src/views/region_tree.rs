//! The divisions of a corpus's regions as one tree, numbered in pre-order
//! (each level by code): what the region facet lists, taken once per
//! corpus. A query's counts are one number per division
//! ([`crate::views::facets::FacetCounts::divisions`]), so the tree and
//! its names are neither copied nor drawn again for each keystroke.

use rustc_hash::FxHashMap;

use crate::model::{PathStep, RegionLevel};
use crate::text::fold::{fold_for_search, is_space};
use crate::views::facets::RegionCount;

/// One division of the tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionNode {
    pub code: String,
    pub name: String,
    pub level: RegionLevel,
    pub parent: Option<u32>,
    /// Its divisions' numbers, by code.
    pub children: Vec<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegionTree {
    /// In pre-order: a division's descendants follow it.
    divisions: Vec<RegionNode>,
    /// The top level's numbers, by code.
    top: Vec<u32>,
}

impl RegionTree {
    /// The tree of every division on the paths (each from the top level
    /// down, as [`crate::model::Region::path`] gives them).
    pub fn new<'a>(paths: impl IntoIterator<Item = &'a [PathStep<'a>]>) -> RegionTree {
        // Built nested, each level kept sorted by code, then numbered.
        let mut nested: Vec<RegionCount> = Vec::new();
        for path in paths {
            let mut level = &mut nested;
            for step in path {
                level = &mut slot(level, step).children;
            }
        }
        let mut tree = RegionTree::default();
        tree.top = tree.number(nested, None);
        tree
    }

    /// Numbers `level` and what is below it in pre-order; returns its numbers.
    fn number(&mut self, level: Vec<RegionCount>, parent: Option<u32>) -> Vec<u32> {
        let mut numbers = Vec::with_capacity(level.len());
        for node in level {
            let n = self.divisions.len() as u32;
            numbers.push(n);
            self.divisions.push(RegionNode {
                code: node.code,
                name: node.name,
                level: node.level,
                parent,
                children: Vec::new(),
            });
            let children = self.number(node.children, Some(n));
            self.divisions[n as usize].children = children;
        }
        numbers
    }

    /// Every division, by number.
    pub fn divisions(&self) -> &[RegionNode] {
        &self.divisions
    }

    /// The numbers of the top level's divisions.
    pub fn top(&self) -> &[u32] {
        &self.top
    }

    /// A map from each division's parent and code to its number, for
    /// numbering many paths.
    pub(crate) fn numbers(&self) -> FxHashMap<(Option<u32>, &str), u32> {
        self.divisions
            .iter()
            .enumerate()
            .map(|(n, d)| ((d.parent, d.code.as_str()), n as u32))
            .collect()
    }

    /// The tree with each division's count (`counts[n]` for division `n`).
    pub fn with_counts(&self, counts: &[usize]) -> Vec<RegionCount> {
        self.counted(&self.top, counts)
    }

    fn counted(&self, level: &[u32], counts: &[usize]) -> Vec<RegionCount> {
        level
            .iter()
            .map(|&n| {
                let d = &self.divisions[n as usize];
                RegionCount {
                    code: d.code.clone(),
                    name: d.name.clone(),
                    level: d.level,
                    count: counts.get(n as usize).copied().unwrap_or(0),
                    children: self.counted(&d.children, counts),
                }
            })
            .collect()
    }

    /// What the facet lists while a reader looks for a place by name
    /// (`typed`, folded for search, so `濟南` finds 济南市): each division
    /// whose name holds it, the divisions above it (opened, to show it) and
    /// those below it (to choose among). Words typed apart narrow it as a
    /// path does (`甲城 东河`: the division holding the last, under one
    /// holding each word before it; `济南 市`, a space typed inside a
    /// name, finds 济南市 too). `None` when nothing is typed.
    pub fn find(&self, typed: &str) -> Option<FoundDivisions> {
        let words: Vec<String> = typed
            .split(is_space)
            .filter(|w| !w.is_empty())
            .map(fold_for_search)
            .collect();
        let (last, before) = words.split_last()?;
        let names: Vec<String> = self
            .divisions
            .iter()
            .map(|d| fold_for_search(&d.name))
            .collect();
        let mut found = FoundDivisions {
            shown: vec![false; self.divisions.len()],
            opened: vec![false; self.divisions.len()],
            matches: 0,
        };
        for (n, name) in names.iter().enumerate() {
            if !name.contains(last.as_str()) {
                continue;
            }
            let mut path =
                std::iter::successors(Some(n as u32), |&d| self.divisions[d as usize].parent);
            let on_path = |word: &String| {
                path.clone()
                    .any(|d| names[d as usize].contains(word.as_str()))
            };
            if !before.iter().all(on_path) {
                continue;
            }
            found.matches += 1;
            path.next();
            for p in path {
                found.shown[p as usize] = true;
                found.opened[p as usize] = true;
            }
            let mut below = vec![n as u32];
            while let Some(b) = below.pop() {
                found.shown[b as usize] = true;
                below.extend(&self.divisions[b as usize].children);
            }
        }
        Some(found)
    }

    /// Divisions in the whole tree.
    pub fn len(&self) -> usize {
        self.divisions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.divisions.is_empty()
    }
}

/// The last characters of a division's name that say its kind (省, 市,
/// 自治区, 县, 旗, 苏木, 镇, 街道…), as people leave them off (`浙江`, `海淀`).
fn ends_in_a_kind(rest: &str) -> bool {
    rest.ends_with(['省', '市', '区', '县', '旗', '州', '盟', '镇', '乡'])
        || rest.ends_with("街道")
        || rest.ends_with("苏木")
}

impl RegionTree {
    /// The divisions `word` names: its whole name, or the name less the
    /// word for its kind (`浙江` 浙江省, `广西` 广西壮族自治区, `海淀` 海淀区,
    /// `黔东南` 黔东南苗族侗族自治州), folded as search folds (`廣東` 广东省).
    /// Not a name of one character and its kind (`城区`, `郊区`, `矿区`:
    /// words of every report), nor a township's name less its kind
    /// (`城关` of 城关镇, `建设` of 建设街道).
    pub fn named_by(&self, word: &str) -> Vec<u32> {
        let word = fold_for_search(word);
        if word.chars().count() < 2 {
            return Vec::new();
        }
        (0..self.divisions().len() as u32)
            .filter(|&n| {
                let division = &self.divisions()[n as usize];
                let name = fold_for_search(&division.name);
                let whole = name.chars().count() >= 3 || !ends_in_a_kind(&name);
                name.strip_prefix(word.as_str()).is_some_and(|rest| {
                    (rest.is_empty() && whole)
                        || (division.level != RegionLevel::Township
                            && !rest.is_empty()
                            && rest.chars().count() <= 8
                            && ends_in_a_kind(rest))
                })
            })
            .collect()
    }

    /// A division's name as an offer says it: a county's or township's
    /// with the name above it (`阳泉市城区`, `长春市朝阳区`), as names
    /// repeat at those levels.
    pub fn name_with_parent(&self, n: u32) -> String {
        let division = &self.divisions()[n as usize];
        let parent = division
            .parent
            .map(|p| self.divisions()[p as usize].name.as_str())
            .filter(|p| !division.name.starts_with(p));
        match (division.level, parent) {
            (RegionLevel::County | RegionLevel::Township, Some(parent)) => {
                format!("{parent}{}", division.name)
            }
            _ => division.name.clone(),
        }
    }
}

/// The divisions listed while a place is looked for by name: see
/// [`RegionTree::find`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FoundDivisions {
    /// By division number: listed (its name holds what was typed, or it
    /// is above or below one whose name does).
    shown: Vec<bool>,
    /// By division number: opened, to show one below it.
    opened: Vec<bool>,
    /// How many divisions' names hold what was typed.
    pub matches: usize,
}

impl FoundDivisions {
    pub fn shows(&self, n: u32) -> bool {
        self.shown.get(n as usize).copied().unwrap_or(false)
    }

    pub fn opens(&self, n: u32) -> bool {
        self.opened.get(n as usize).copied().unwrap_or(false)
    }
}

fn slot<'a>(level: &'a mut Vec<RegionCount>, step: &PathStep) -> &'a mut RegionCount {
    let at = match level.binary_search_by(|n| n.code.as_str().cmp(step.code)) {
        Ok(i) => i,
        Err(i) => {
            level.insert(
                i,
                RegionCount {
                    code: step.code.to_string(),
                    name: step.name.to_string(),
                    level: step.level,
                    count: 0,
                    children: Vec::new(),
                },
            );
            i
        }
    };
    &mut level[at]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step<'a>(code: &'a str, name: &'a str, level: RegionLevel) -> PathStep<'a> {
        PathStep { code, name, level }
    }

    #[test]
    fn divisions_are_numbered_in_pre_order_each_level_by_code() {
        use RegionLevel::*;
        let (sd, wf, jn) = (
            step("37", "山东省", Province),
            step("3707", "潍坊市", City),
            step("3701", "济南市", City),
        );
        let paths = [
            vec![sd, wf, step("370705", "奎文区", County)],
            vec![step("44", "广东省", Province)],
            vec![sd, jn, step("370115", "济阳区", County)],
            vec![sd, wf, step("370704", "坊子区", County)],
            vec![sd, wf],
        ];
        let tree = RegionTree::new(paths.iter().map(Vec::as_slice));
        let codes: Vec<&str> = tree.divisions().iter().map(|d| d.code.as_str()).collect();
        assert_eq!(
            codes,
            ["37", "3701", "370115", "3707", "370704", "370705", "44"]
        );
        assert_eq!(tree.top(), [0, 6]);
        assert_eq!(tree.divisions()[3].children, [4, 5]);
        assert_eq!(tree.divisions()[4].parent, Some(3));
        let numbers = tree.numbers();
        assert_eq!(numbers[&(Some(3), "370704")], 4);
        assert_eq!(numbers.get(&(None, "3707")), None);
        let counted = tree.with_counts(&[9, 1, 1, 8, 3, 5, 2]);
        assert_eq!(
            (counted[0].count, counted[0].children[1].children[1].count),
            (9, 5)
        );
        assert_eq!(counted[1].name, "广东省");
    }

    #[test]
    fn a_place_looked_for_by_name_is_listed_with_what_is_above_and_below_it() {
        use RegionLevel::*;
        let (province, city) = (step("91", "某某省", Province), step("9101", "甲城市", City));
        let paths = [
            vec![province, city, step("910101", "东河区", County)],
            vec![province, city, step("910102", "西山区", County)],
            vec![province, step("9102", "乙河市", City)],
            vec![step("92", "某乙自治区", Province)],
        ];
        let tree = RegionTree::new(paths.iter().map(Vec::as_slice));
        let listed = |typed: &str| {
            let found = tree.find(typed).expect("something typed");
            let names = |keep: &dyn Fn(u32) -> bool| -> Vec<&str> {
                (0..tree.len() as u32)
                    .filter(|&n| keep(n))
                    .map(|n| tree.divisions()[n as usize].name.as_str())
                    .collect()
            };
            (
                names(&|n| found.shows(n)),
                names(&|n| found.opens(n)),
                found.matches,
            )
        };
        // A county: the province and city above it, opened; not its sibling.
        assert_eq!(
            listed("东河"),
            (
                vec!["某某省", "甲城市", "东河区"],
                vec!["某某省", "甲城市"],
                1
            )
        );
        // A city: its counties below it, to choose among.
        assert_eq!(listed(" 甲城 ").0, ["某某省", "甲城市", "东河区", "西山区"]);
        // Every name that holds it, traditional typed for simplified.
        assert_eq!(listed("河").2, 2);
        assert_eq!(listed("乙").0, ["某某省", "乙河市", "某乙自治区"]);
        assert_eq!(listed("東河").2, 1);
        assert_eq!(listed("南").2, 0);
        assert!(tree.find(" \u{3000}").is_none(), "nothing typed");
        // Words typed apart: a path, the last word the place looked for.
        assert_eq!(
            listed("某某 河"),
            (
                vec!["某某省", "甲城市", "东河区", "乙河市"],
                vec!["某某省", "甲城市"],
                2
            )
        );
        assert_eq!(listed("甲城 河").0, ["某某省", "甲城市", "东河区"]);
        assert_eq!(listed("某乙 河").2, 0);
        // A space typed inside a name.
        assert_eq!(
            listed("甲城 市").0,
            ["某某省", "甲城市", "东河区", "西山区"]
        );
        assert_eq!(listed("西山\u{3000}区").2, 1);
    }
}
