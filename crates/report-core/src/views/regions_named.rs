//! A word of the search that names a region of the corpus (`浙江 乡村振兴`,
//! as people type a place into a search box to mean "its reports"): the
//! search finds every report that mentions the place, its neighbours' and
//! the country's among them, where the region facet would keep the
//! place's own. Offered, not imposed: the reader may mean the mention.

use crate::search::query::Query;
use crate::text::fold::fold_for_search;
use crate::views::facets::{FacetCounts, Selection};
use crate::views::region_tree::RegionTree;

/// A division a word of the query names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionNamed {
    /// The word as typed.
    pub term: String,
    pub code: String,
    /// The division's full name (`浙江省`).
    pub name: String,
    /// The results that are its reports.
    pub reports: usize,
}

/// The most divisions offered for one search.
const OFFERED: usize = 3;

/// The divisions the query's words name, where choosing one would narrow
/// the results: some of them are its reports, not all. Only while no
/// region is chosen (a chosen one says where the reader is looking).
pub fn regions_named(
    query: &Query,
    tree: &RegionTree,
    selection: &Selection,
    counts: &FacetCounts,
    results: usize,
) -> Vec<RegionNamed> {
    if !selection.regions.is_empty() {
        return Vec::new();
    }
    let mut named = Vec::new();
    for term in &query.terms {
        for n in tree.named_by(&term.text) {
            let reports = counts.divisions.get(n as usize).copied().unwrap_or(0);
            let division = &tree.divisions()[n as usize];
            if reports > 0 && reports < results && named.len() < OFFERED {
                named.push(RegionNamed {
                    term: term.text.clone(),
                    code: division.code.clone(),
                    name: division.name.clone(),
                    reports,
                });
            }
        }
    }
    named
}

/// The last characters of a division's name that say its kind (省, 市,
/// 自治区, 县, 旗, 镇, 街道…), as people leave them off (`浙江`, `海淀`).
fn ends_in_a_kind(rest: &str) -> bool {
    rest.ends_with(['省', '市', '区', '县', '旗', '州', '盟', '镇', '乡']) || rest.ends_with("街道")
}

impl RegionTree {
    /// The divisions `word` names: its whole name, or the name less the
    /// word for its kind (`浙江` 浙江省, `广西` 广西壮族自治区, `海淀` 海淀区;
    /// two characters at least, so `东` names no 东区), folded as search
    /// folds (`廣東` 广东省).
    pub fn named_by(&self, word: &str) -> Vec<u32> {
        let word = fold_for_search(word);
        let long_enough = word.chars().count() >= 2;
        (0..self.divisions().len() as u32)
            .filter(|&n| {
                let name = fold_for_search(&self.divisions()[n as usize].name);
                name.strip_prefix(word.as_str()).is_some_and(|rest| {
                    rest.is_empty()
                        || long_enough && rest.chars().count() <= 6 && ends_in_a_kind(rest)
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse_query;
    use crate::test_support::process_report;
    use crate::views::facet_index::{facet_counts, FacetIndex};

    fn reports() -> Vec<crate::model::Report> {
        [
            "浙江省人民政府工作报告\n浙江省持续推进乡村振兴，建设共同富裕示范区。",
            "江苏省人民政府工作报告\n江苏省学习浙江省经验，推进乡村振兴。",
            "杭州市西湖区人民政府工作报告\n西湖区推进乡村振兴，学习浙江经验。",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| process_report(&i.to_string(), t))
        .collect()
    }

    fn offered(typed: &str, selection: &Selection) -> Vec<(String, String, usize)> {
        let reports = reports();
        let index = FacetIndex::new(&reports);
        let query = parse_query(typed);
        let hits = crate::search::SearchIndex::new(&reports).search(&query);
        let results = hits.iter().flatten().count();
        let counts = facet_counts(&index, &hits, selection);
        regions_named(&query, index.regions(), selection, &counts, results)
            .into_iter()
            .map(|r| (r.term, r.name, r.reports))
            .collect()
    }

    #[test]
    fn a_word_naming_a_region_is_offered_its_reports() {
        let none = Selection::default();
        // 浙江 is in all three; two of them are Zhejiang's.
        assert_eq!(
            offered("浙江 乡村振兴", &none),
            [("浙江".to_string(), "浙江省".to_string(), 2)]
        );
        // The full name too: one of the two reports naming it is its own.
        assert_eq!(
            offered("浙江省 乡村振兴", &none),
            [("浙江省".to_string(), "浙江省".to_string(), 1)]
        );
    }

    #[test]
    fn nothing_is_offered_that_would_not_narrow_or_that_a_choice_says() {
        let none = Selection::default();
        // 西湖区 holds the one report that mentions 西湖: nothing to narrow.
        assert_eq!(offered("西湖区", &none), []);
        // Words that only start a name, or are a name's kind alone.
        assert_eq!(offered("浙", &none), []);
        assert_eq!(offered("乡村振兴", &none), []);
        // A region chosen already.
        let mut chosen = Selection::default();
        chosen.regions.insert("32".into());
        assert_eq!(offered("浙江", &chosen), []);
    }

    #[test]
    fn a_name_is_named_whole_or_without_the_word_for_its_kind() {
        let reports = reports();
        let index = FacetIndex::new(&reports);
        let tree = index.regions();
        let names = |word: &str| -> Vec<String> {
            tree.named_by(word)
                .into_iter()
                .map(|n| tree.divisions()[n as usize].name.clone())
                .collect()
        };
        assert_eq!(names("浙江"), ["浙江省"]);
        assert_eq!(names("杭州"), ["杭州市"]);
        assert_eq!(names("西湖區"), ["西湖区"]);
        assert!(names("杭").is_empty());
        assert!(names("浙江经验").is_empty());
    }
}
