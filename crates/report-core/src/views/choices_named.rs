//! A word of the search that names one of the facets' choices: a region
//! of the corpus (`浙江 乡村振兴`, as people type a place into a search box
//! to mean "its reports") or a year the reports are dated in (`2021 就业`).
//! The search finds every report that mentions the place or the year, its
//! neighbours' and later years' reports among them, where the facet would
//! keep the place's or the year's own. Offered, not imposed: the reader
//! may mean the mention.

use crate::search::query::{without_term, Query, Term};
use crate::text::fold::fold_for_search;
use crate::views::facet_index::FacetIndex;
use crate::views::facets::{FacetCounts, Selection};

/// A facet's choice a word of the query names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceNamed {
    /// The word as typed.
    pub term: String,
    pub choice: Choice,
    /// The results that are its reports.
    pub reports: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// A division: its code and full name (`浙江省`).
    Region {
        code: String,
        name: String,
    },
    Year(u16),
}

impl ChoiceNamed {
    /// Makes the choice in its facet and gives the search `query` (as
    /// typed) without the word, its marks and the space it leaves: what
    /// the offer's button does.
    pub fn take(&self, query: &str, selection: &mut Selection) -> String {
        match &self.choice {
            Choice::Region { code, .. } => selection.regions.insert(code.clone()),
            Choice::Year(year) => selection.years.insert(*year),
        };
        without_term(query, &self.term)
    }
}

/// The most choices offered for one search.
const OFFERED: usize = 3;

/// The choices the query's words name, where choosing one would narrow
/// the results (some of them are its reports, not all), in a facet where
/// nothing is chosen yet (a choice made says where the reader looks).
pub fn choices_named(
    query: &Query,
    index: &FacetIndex,
    selection: &Selection,
    counts: &FacetCounts,
    results: usize,
) -> Vec<ChoiceNamed> {
    let narrows = |reports: usize| reports > 0 && reports < results;
    let mut named: Vec<(&Term, Choice, usize)> = Vec::new();
    // Only a word asked for on its own: one that is an alternative or in
    // a group (`浙江 OR 江苏`) cannot leave the search for a facet.
    let alone = query
        .terms
        .iter()
        .enumerate()
        .filter(|&(i, _)| query.clauses.iter().any(|c| c == &[i]))
        .map(|(_, term)| term);
    for term in alone {
        if selection.regions.is_empty() {
            let tree = index.regions();
            for n in tree.named_by(&term.text) {
                let reports = counts.divisions.get(n as usize).copied().unwrap_or(0);
                let division = &tree.divisions()[n as usize];
                let seen = named.iter().any(|(_, choice, _)| {
                    matches!(choice, Choice::Region { code, .. } if *code == division.code)
                });
                if narrows(reports) && !seen {
                    let choice = Choice::Region {
                        code: division.code.clone(),
                        name: tree.name_with_parent(n),
                    };
                    named.push((term, choice, reports));
                }
            }
        }
        let no_dates = selection.years.is_empty()
            && selection.date_from.is_none()
            && selection.date_to.is_none();
        if let Some(year) = year_named(&term.text).filter(|_| no_dates) {
            let reports = counts
                .years
                .iter()
                .find(|y| y.year == year)
                .map_or(0, |y| y.count);
            if narrows(reports) {
                named.push((term, Choice::Year(year), reports));
            }
        }
    }
    named
        .into_iter()
        .take(OFFERED)
        .map(|(term, choice, reports)| ChoiceNamed {
            term: term.text.clone(),
            choice,
            reports,
        })
        .collect()
}

/// Whether a word may name a facet's choice at all, asked in the page at
/// each keystroke before the offer's chunk is fetched: a region's name
/// (whole or without the word for its kind) or a year.
pub fn may_name_a_choice(query: &Query, index: &FacetIndex) -> bool {
    query.terms.iter().any(|t| {
        year_named(&t.text).is_some_and(|y| index.years().contains(&y))
            || !index.regions().named_by(&t.text).is_empty()
    })
}

/// The year a word is (`2021`, `2021年`, folded: full-width figures too).
fn year_named(word: &str) -> Option<u16> {
    let folded = fold_for_search(word);
    let figures = folded.strip_suffix('年').unwrap_or(&folded);
    let year: u16 = (figures.len() == 4 && figures.bytes().all(|b| b.is_ascii_digit()))
        .then(|| figures.parse().ok())??;
    (1900..=2100).contains(&year).then_some(year)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RegionLevel;
    use crate::search::query::parse_query;
    use crate::test_support::process_report;
    use crate::views::facet_index::{facet_counts, FacetIndex};
    use crate::views::region_tree::RegionTree;

    fn reports() -> Vec<crate::model::Report> {
        [
            "浙江省人民政府工作报告\n发布时间：2024-01-20\n2023年，浙江省持续推进乡村振兴，建设共同富裕示范区。",
            "江苏省人民政府工作报告\n发布时间：2023-01-15\n2023年，江苏省学习浙江省经验，推进乡村振兴。",
            "杭州市西湖区人民政府工作报告\n发布时间：2024-02-01\n2023年，西湖区推进乡村振兴，学习浙江经验。",
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
        choices_named(&query, &index, selection, &counts, results)
            .into_iter()
            .map(|r| {
                let choice = match r.choice {
                    Choice::Region { name, .. } => name,
                    Choice::Year(year) => year.to_string(),
                };
                (r.term, choice, r.reports)
            })
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
    fn a_year_typed_is_offered_its_reports() {
        let none = Selection::default();
        // All three write 2023年; one is dated 2023.
        for typed in ["2023 乡村振兴", "2023年", "２０２３"] {
            assert_eq!(
                offered(typed, &none),
                [(
                    typed.split(' ').next().unwrap().to_string(),
                    "2023".to_string(),
                    1
                )],
                "{typed}"
            );
        }
        // A year no report is dated in, a figure, a date range chosen.
        assert_eq!(offered("2022", &none), []);
        assert_eq!(offered("20231", &none), []);
        let dated = Selection {
            date_from: Some("2023".into()),
            ..Selection::default()
        };
        assert_eq!(offered("2023", &dated), []);
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
    fn words_of_every_report_name_no_division() {
        use crate::model::PathStep;
        let step = |code, name, level| PathStep { code, name, level };
        let paths = [
            vec![
                step("14", "山西省", RegionLevel::Province),
                step("1403", "阳泉市", RegionLevel::City),
                step("140302", "城区", RegionLevel::County),
            ],
            vec![
                step("37", "山东省", RegionLevel::Province),
                step("3707", "潍坊市", RegionLevel::City),
                step("370705", "奎文区", RegionLevel::County),
                step("370705/城关街道", "城关街道", RegionLevel::Township),
            ],
            vec![
                step("52", "贵州省", RegionLevel::Province),
                step("5226", "黔东南苗族侗族自治州", RegionLevel::City),
            ],
        ];
        let tree = RegionTree::new(paths.iter().map(Vec::as_slice));
        let names = |word: &str| -> Vec<String> {
            tree.named_by(word)
                .into_iter()
                .map(|n| tree.name_with_parent(n))
                .collect()
        };
        assert!(names("城区").is_empty());
        assert!(names("城关").is_empty());
        assert_eq!(names("城关街道"), ["奎文区城关街道"]);
        assert_eq!(names("奎文"), ["潍坊市奎文区"]);
        assert_eq!(names("黔东南"), ["黔东南苗族侗族自治州"]);
        assert_eq!(names("山西"), ["山西省"]);
    }

    #[test]
    fn taking_a_choice_chooses_it_and_takes_the_word_out() {
        let named = ChoiceNamed {
            term: "浙江".into(),
            choice: Choice::Region {
                code: "33".into(),
                name: "浙江省".into(),
            },
            reports: 2,
        };
        let mut selection = Selection::default();
        assert_eq!(named.take("“浙江” 乡村振兴", &mut selection), "乡村振兴");
        assert!(selection.regions.contains("33"));
        let year = ChoiceNamed {
            term: "2023年".into(),
            choice: Choice::Year(2023),
            reports: 1,
        };
        assert_eq!(year.take("就业 2023年", &mut selection), "就业");
        assert!(selection.years.contains(&2023));
    }

    #[test]
    fn a_word_that_is_an_alternative_or_named_twice_is_offered_once_or_not() {
        let none = Selection::default();
        assert_eq!(offered("浙江 OR 江苏 乡村振兴", &none), []);
        assert_eq!(offered("(浙江 OR 江苏) 乡村振兴", &none), []);
        assert_eq!(offered("浙江 浙江省 乡村振兴", &none).len(), 1);
    }

    #[test]
    fn a_name_is_named_whole_or_without_the_word_for_its_kind() {
        let reports = reports();
        let index = FacetIndex::new(&reports);
        assert!(may_name_a_choice(&parse_query("2024 就业"), &index));
        assert!(may_name_a_choice(&parse_query("就业 浙江"), &index));
        assert!(!may_name_a_choice(&parse_query("就业 2022"), &index));
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
