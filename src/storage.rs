//! What the app keeps in the browser's local storage: saved term sets.
//! Storage can be missing or full (private mode); the app then keeps working
//! in memory and says so.

use gloo::storage::{LocalStorage, Storage};
use report_core::term_sets::{parse_term_sets, term_sets_json, TermSet};

const TERM_SETS_KEY: &str = "report-explorer:term-sets:v1";

pub fn load_term_sets() -> Vec<TermSet> {
    LocalStorage::raw()
        .get_item(TERM_SETS_KEY)
        .ok()
        .flatten()
        .map(|json| parse_term_sets(&json))
        .unwrap_or_default()
}

pub fn save_term_sets(sets: &[TermSet]) -> Result<(), String> {
    LocalStorage::raw()
        .set_item(TERM_SETS_KEY, &term_sets_json(sets))
        .map_err(|_| "Saved term sets could not be stored in this browser (storage is full or disabled); they are kept until you close the page.".to_string())
}
