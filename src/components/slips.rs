//! What an empty list offers for a term no report holds, a slip of typing
//! or a name typed short (report-core's `search::near_miss`,
//! `search::written_in_full` and `search::typed_in_pinyin`):
//! drawn from a wasm chunk of its own, so the table of readings that says
//! which characters sound alike, and the code that reads with it, are
//! fetched the first time a search finds nothing, not with the page.

use leptos::prelude::*;
use report_core::i18n::LaterKey;
use report_core::{with_term_replaced, NearMiss};

use crate::i18n::use_ui;
use crate::keyboard::focus_in_app;
use crate::state::use_app_state;

/// Strings offered for each term: a few, so the list stays a sentence.
const SHOWN_PER_TERM: usize = 3;

/// For each term of the query that no report holds, the strings of the
/// reports one slip of typing away (a homophone chosen in the input
/// method, a character dropped, added or swapped) and, for a short form,
/// the names it stands for written out (`发改委` → 发展改革委), then, for letters,
/// what they read as in pinyin typed with the input method off (and each
/// run of syllables typed apart, `ying shang huan jing`); choosing one
/// puts it in the query in the term's place.
#[component]
pub fn SlipOffers() -> impl IntoView {
    let state = use_app_state();
    let near_misses = move || {
        let query = state.query.read();
        state.index.with(|index| {
            query
                .terms
                .iter()
                .map(|term| (term.text.clone(), index.slips(&term.folded, SHOWN_PER_TERM)))
                .filter(|(_, misses)| !misses.is_empty())
                .collect::<Vec<_>>()
        })
    };
    let readings = move || {
        let typed = state.query_text.read();
        state
            .index
            .with(|index| index.pinyin_offers(&typed, SHOWN_PER_TERM))
    };
    move || {
        let near_misses = near_misses()
            .into_iter()
            .map(|(typed, misses)| offer(LaterKey::NearMissesFor, typed, misses));
        let readings = readings()
            .into_iter()
            .map(|(typed, read)| offer(LaterKey::PinyinReadingsFor, typed, read));
        near_misses
            .map(IntoAny::into_any)
            .chain(readings.map(IntoAny::into_any))
            .collect_view()
    }
}

/// One term's offer: what it says of the term, and a button per string.
fn offer(heading: LaterKey, typed: String, misses: Vec<NearMiss>) -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let choices = misses
        .into_iter()
        .map(|miss| {
            let typed = typed.clone();
            let count = ui.format(LaterKey::NearMissCount, &[("n", &miss.count)]);
            let text = miss.text;
            let chosen = text.clone();
            let choose = move |ev: web_sys::MouseEvent| {
                // The button goes with the empty list: the search box keeps
                // the focus, to go on typing.
                focus_in_app(&ev, "[data-testid=search]");
                let query = state.query_text.get_untracked();
                state.set_query(with_term_replaced(&query, &typed, &chosen));
            };
            view! {
                <li><button type="button" class="re-near-miss" data-testid="near-miss" on:click=choose>
                    <span lang="zh-CN">{text}</span>{count}
                </button></li>
            }
        })
        .collect_view();
    view! {
        <div class="re-near-misses" data-testid="near-misses">
            <p>{ui.format(heading, &[("term", &typed)])}</p>
            <ul>{choices}</ul>
        </div>
    }
}
