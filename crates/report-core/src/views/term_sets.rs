//! Named sets of terms a user keeps (乡村振兴 / 双招双引 / 营商环境) and
//! highlights at once. Stored by the app as JSON; parsed leniently so a damaged
//! store never stops the app.

use serde::{Deserialize, Serialize};

use crate::search::query::query_text;
use crate::sorting;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TermSet {
    pub name: String,
    pub terms: Vec<String>,
}

impl TermSet {
    /// A set from a name and terms typed one per line or separated by
    /// commas, 、 or spaces; `None` when either is empty.
    pub fn from_input(name: &str, terms: &str) -> Option<TermSet> {
        let terms: Vec<String> = terms
            .split(['\n', ',', '，', '、', ';', '；', '/'])
            .flat_map(|t| {
                if t.contains('"') {
                    vec![t]
                } else {
                    t.split_whitespace().collect()
                }
            })
            .map(|t| t.trim().trim_matches('"').to_string())
            .filter(|t| !t.is_empty())
            .fold(Vec::new(), |mut acc, t| {
                if !acc.contains(&t) {
                    acc.push(t);
                }
                acc
            });
        let name = name.trim();
        (!name.is_empty() && !terms.is_empty()).then(|| TermSet {
            name: name.to_string(),
            terms,
        })
    }

    /// The query that highlights every term of the set, any of them matching.
    pub fn query(&self) -> String {
        query_text(&self.terms, true)
    }

    /// Where the set's clause stands in `text` as a whole clause (spaces
    /// or the ends around it): the set is on.
    fn clause_in(&self, text: &str) -> Option<std::ops::Range<usize>> {
        let clause = self.query();
        text.match_indices(&clause)
            .map(|(start, _)| start..start + clause.len())
            .find(|r| {
                let before = text[..r.start].chars().next_back();
                let after = text[r.end..].chars().next();
                before.is_none_or(char::is_whitespace) && after.is_none_or(char::is_whitespace)
            })
    }

    /// The set is part of the search `text`.
    pub fn is_in_query(&self, text: &str) -> bool {
        self.clause_in(text).is_some()
    }

    /// The search with the set added as one more clause (any of its terms,
    /// alongside what the user typed), or taken out again when it is in.
    pub fn toggled_in(&self, text: &str) -> String {
        match self.clause_in(text) {
            Some(r) => {
                let (before, after) = (text[..r.start].trim_end(), text[r.end..].trim_start());
                match (before.is_empty(), after.is_empty()) {
                    (false, false) => format!("{before} {after}"),
                    _ => format!("{before}{after}"),
                }
            }
            None if text.trim().is_empty() => self.query(),
            None => format!("{} {}", text.trim_end(), self.query()),
        }
    }
}

/// Adds or replaces (by name) a set, keeping the list sorted by name.
pub fn upsert(sets: &mut Vec<TermSet>, set: TermSet) {
    sets.retain(|s| s.name != set.name);
    sets.push(set);
    sorting::sort_by(sets, |a, b| a.name.cmp(&b.name));
}

/// Reads stored sets; anything unreadable yields no sets rather than an error.
pub fn parse_term_sets(json: &str) -> Vec<TermSet> {
    serde_json::from_str::<Vec<TermSet>>(json)
        .map(|sets| {
            sets.into_iter()
                .filter(|s| !s.name.is_empty() && !s.terms.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

pub fn term_sets_json(sets: &[TermSet]) -> String {
    serde_json::to_string(sets).unwrap_or_else(|_| "[]".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse_query;

    #[test]
    fn a_set_joins_the_search_and_leaves_it_again() {
        let set = TermSet::from_input("重点", "乡村振兴、双招双引").unwrap();
        let on = set.toggled_in("营商环境");
        assert_eq!(on, "营商环境 乡村振兴 | 双招双引");
        assert!(set.is_in_query(&on));
        // The user's term stays a clause of its own; the set is one clause.
        assert_eq!(parse_query(&on).clauses, vec![vec![0], vec![1, 2]]);
        assert_eq!(set.toggled_in(&on), "营商环境");
        assert_eq!(set.toggled_in(""), "乡村振兴 | 双招双引");
        assert_eq!(set.toggled_in("乡村振兴 | 双招双引"), "");
        // Text around it is kept as typed.
        assert_eq!(set.toggled_in("a 乡村振兴 | 双招双引 b"), "a b");
        // A clause that only contains the set's text is not the set.
        assert!(!set.is_in_query("x乡村振兴 | 双招双引"));
        assert!(!set.is_in_query("营商环境"));
    }

    #[test]
    fn from_input_splits_and_dedups() {
        let set = TermSet::from_input(" 重点 ", "乡村振兴、双招双引\n营商环境, 营商环境").unwrap();
        assert_eq!(set.name, "重点");
        assert_eq!(set.terms, vec!["乡村振兴", "双招双引", "营商环境"]);
        assert_eq!(TermSet::from_input("", "a"), None);
        assert_eq!(TermSet::from_input("x", " ,、 "), None);
    }

    #[test]
    fn a_set_queries_any_of_its_terms() {
        let set = TermSet::from_input("s", "乡村振兴 双招双引").unwrap();
        let q = parse_query(&set.query());
        assert_eq!(q.terms.len(), 2);
        assert_eq!(q.clauses, vec![vec![0, 1]]);
    }

    #[test]
    fn storage_round_trip_and_damage() {
        let mut sets = Vec::new();
        upsert(&mut sets, TermSet::from_input("b", "x").unwrap());
        upsert(&mut sets, TermSet::from_input("a", "y").unwrap());
        upsert(&mut sets, TermSet::from_input("b", "z").unwrap());
        assert_eq!(
            sets.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
            vec!["a", "b"]
        );
        assert_eq!(parse_term_sets(&term_sets_json(&sets)), sets);
        assert!(parse_term_sets("{not json").is_empty());
        assert!(parse_term_sets("[{\"name\":\"\",\"terms\":[\"x\"]}]").is_empty());
    }
}
