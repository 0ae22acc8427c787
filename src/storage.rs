//! What the app keeps in the browser's local storage: saved term sets and
//! the interface language.
//! Storage can be missing or full (private mode); the app then keeps working
//! in memory and says so.

use gloo::storage::{LocalStorage, Storage};
use report_core::i18n::Lang;
use report_core::{parse_term_sets, term_sets_json, TermSet};

const TERM_SETS_KEY: &str = "report-explorer:term-sets:v1";

pub fn load_term_sets() -> Vec<TermSet> {
    LocalStorage::raw()
        .get_item(TERM_SETS_KEY)
        .ok()
        .flatten()
        .map(|json| parse_term_sets(&json))
        .unwrap_or_default()
}

/// The browser refused to store (storage full or disabled).
#[derive(Debug)]
pub struct NotStored;

pub fn save_term_sets(sets: &[TermSet]) -> Result<(), NotStored> {
    LocalStorage::raw()
        .set_item(TERM_SETS_KEY, &term_sets_json(sets))
        .map_err(|_| NotStored)
}

const LANG_KEY: &str = "report-explorer:lang:v1";

/// The interface language chosen on an earlier visit.
pub fn load_lang() -> Option<Lang> {
    LocalStorage::raw()
        .get_item(LANG_KEY)
        .ok()
        .flatten()
        .and_then(|tag| Lang::from_tag(&tag))
}

/// Remembers the interface language; where storage is refused, the choice
/// lasts as long as the page.
pub fn save_lang(lang: Lang) {
    let _ = LocalStorage::raw().set_item(LANG_KEY, lang.tag());
}
