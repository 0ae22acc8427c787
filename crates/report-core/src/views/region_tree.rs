//! The divisions of a corpus's regions as one tree, numbered in pre-order
//! (each level by code): what the region facet lists, taken once per
//! corpus. A query's counts are one number per division
//! ([`crate::views::facets::FacetCounts::divisions`]), so the tree and
//! its names are neither copied nor drawn again for each keystroke.

use rustc_hash::FxHashMap;

use crate::model::{PathStep, RegionLevel};
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

    /// Divisions in the whole tree.
    pub fn len(&self) -> usize {
        self.divisions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.divisions.is_empty()
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
}
