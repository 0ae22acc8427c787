//! Letters typed with the input method off, read as pinyin (report-core's
//! `search::typed_in_pinyin`): drawn from a wasm chunk of its own, so the
//! table of readings and the code that reads with it are fetched the first
//! time letters find nothing, not with the page.

use leptos::prelude::*;
use report_core::i18n::Key;

use crate::components::near_misses::{offer, SHOWN_PER_TERM};
use crate::state::use_app_state;

/// For each term of letters no report holds (and each run of syllables
/// typed apart, `ying shang huan jing`), the strings of the reports whose
/// characters read as its letters, offered as the near misses are.
#[component]
pub fn PinyinReadings() -> impl IntoView {
    let state = use_app_state();
    let readings = move || {
        let typed = state.query_text.read();
        state
            .index
            .with(|index| index.pinyin_offers(&typed, SHOWN_PER_TERM))
    };
    move || {
        readings()
            .into_iter()
            .map(|(typed, read)| offer(Key::PinyinReadingsFor, typed, read))
            .collect_view()
    }
}
