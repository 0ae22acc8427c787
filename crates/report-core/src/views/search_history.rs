//! When a change of the typed search deserves a history entry of its own.
//!
//! The search runs as one types, so a history entry per keystroke would make
//! Back step through `营`, `营商`, `营商环`… One entry for every search ever
//! typed is no better: after 营商环境 and then 乡村振兴, Back would leave the
//! app instead of returning to 营商环境. People expect what a search engine
//! does: Back returns to the previous search, not to the previous keystroke.
//!
//! A search is told from the next by its opening character: typing on,
//! deleting back, or mending a word inside the same search keeps its
//! entry; a query that opens differently (the box cleared or selected and
//! typed over) is another search. The entry left behind keeps the fullest
//! form its search reached, so deleting a search down to nothing before
//! typing the next one does not lose it.

/// How the browser's history takes a change of the typed search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchStep {
    /// The same search, typed on or mended: the current entry is replaced.
    SameSearch,
    /// Another search: the current entry is set back to `left_at` (the
    /// fullest form of the search it held), then a new entry is pushed.
    NewSearch { left_at: String },
}

/// The search the current history entry holds, at its fullest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchHistory {
    fullest: String,
}

impl SearchHistory {
    /// An entry that shows `query` (the page's start, or an entry the user
    /// went back or forward to, or one pushed by another change).
    pub fn at(query: &str) -> Self {
        Self {
            fullest: query.trim().to_string(),
        }
    }

    /// The typed search became `query`: the same search or another.
    pub fn step(&mut self, query: &str) -> SearchStep {
        let query = query.trim();
        let opening = |s: &str| s.chars().next();
        let another = !query.is_empty()
            && !self.fullest.is_empty()
            && opening(query) != opening(&self.fullest);
        if another {
            let left_at = std::mem::replace(&mut self.fullest, query.to_string());
            return SearchStep::NewSearch { left_at };
        }
        // Deleting back keeps the fuller form; typing on or mending takes
        // the new one.
        if !self.fullest.starts_with(query) {
            self.fullest = query.to_string();
        }
        SearchStep::SameSearch
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps(start: &str, typed: &[&str]) -> Vec<SearchStep> {
        let mut history = SearchHistory::at(start);
        typed.iter().map(|q| history.step(q)).collect()
    }

    #[test]
    fn typing_on_and_deleting_back_keep_one_entry() {
        let typed = [
            "营",
            "营商",
            "营商环",
            "营商环境",
            "营商环境 乡",
            "营商环境",
            "营商",
        ];
        assert!(steps("", &typed)
            .iter()
            .all(|s| *s == SearchStep::SameSearch));
    }

    #[test]
    fn a_search_opening_differently_is_another_entry() {
        assert_eq!(
            steps("营商环境", &["乡村", "乡村振兴"]),
            vec![
                SearchStep::NewSearch {
                    left_at: "营商环境".into()
                },
                SearchStep::SameSearch
            ]
        );
    }

    #[test]
    fn a_search_deleted_to_nothing_is_left_at_its_fullest() {
        let typed = ["营商环境", "营商环", "营商", "营", "", "乡"];
        let last = steps("", &typed).pop();
        assert_eq!(
            last,
            Some(SearchStep::NewSearch {
                left_at: "营商环境".into()
            })
        );
    }

    #[test]
    fn mending_a_word_stays_in_its_search() {
        // A slip mended (环竟 → 环境) is no new search; the entry ends on
        // the mended form.
        let mut history = SearchHistory::at("");
        for q in ["营商环竟", "营商环", "营商环境"] {
            assert_eq!(history.step(q), SearchStep::SameSearch);
        }
        assert_eq!(
            history.step("乡村"),
            SearchStep::NewSearch {
                left_at: "营商环境".into()
            }
        );
    }

    #[test]
    fn spaces_around_a_search_are_not_a_change_of_search() {
        assert_eq!(
            steps("营商环境", &[" 营商环境 "]),
            vec![SearchStep::SameSearch]
        );
        assert_eq!(
            steps(" 营商环境", &["  乡村"]),
            vec![SearchStep::NewSearch {
                left_at: "营商环境".into()
            }]
        );
    }
}
