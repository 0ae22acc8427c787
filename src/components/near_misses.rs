use leptos::prelude::*;
use report_core::i18n::Key;
use report_core::{may_be_typed_in_pinyin, with_term_replaced, NearMiss, Query};

use crate::components::later_views::{Later, LaterView};
use crate::i18n::use_ui;
use crate::keyboard::focus_in_app;
use crate::state::use_app_state;

/// Strings offered for each term: a few, so the list stays a sentence.
pub const SHOWN_PER_TERM: usize = 3;

/// For each term of the query that no report holds, the strings of the
/// reports one slip of typing away (a homophone chosen in the input method,
/// a character dropped, added or swapped), or, for letters, what they read
/// as in pinyin typed with the input method off (`PinyinReadings`, from
/// its chunk); choosing one puts it in the query in the term's place. A sharded corpus holds few texts in the
/// page, so it offers none rather than a few texts' guesses.
#[component]
pub fn NearMisses() -> impl IntoView {
    let state = use_app_state();
    let slips = move || {
        if state.sharded.is_some() {
            return Vec::new();
        }
        let query = state.query.read();
        state.index.with(|index| {
            query
                .terms
                .iter()
                .map(|term| {
                    (
                        term.text.clone(),
                        index.near_misses(&term.folded, SHOWN_PER_TERM),
                    )
                })
                .filter(|(_, misses)| !misses.is_empty())
                .collect::<Vec<_>>()
        })
    };
    // Terms that must all occur may each be in reports, apart: counted
    // from a chunk of its own.
    let several_terms =
        move || state.sharded.is_none() && state.query.with(Query::asks_for_every_term);
    // Letters are read as pinyin from a chunk of its own.
    let letters = move || {
        state.sharded.is_none()
            && state
                .query
                .read()
                .terms
                .iter()
                .any(|t| may_be_typed_in_pinyin(&t.folded))
    };
    view! {
        {move || {
            slips()
                .into_iter()
                .map(|(typed, misses)| offer(Key::NearMissesFor, typed, misses))
                .collect_view()
        }}
        {move || letters().then(|| view! { <Later which=LaterView::TypedInPinyin /> })}
        {move || several_terms().then(|| view! { <Later which=LaterView::TermsApart /> })}
    }
}

/// One term's offer: what it says of the term, and a button per string.
pub fn offer(heading: Key, typed: String, misses: Vec<NearMiss>) -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let choices = misses
        .into_iter()
        .map(|miss| {
            let typed = typed.clone();
            let count = ui.format(Key::NearMissCount, &[("n", &miss.count)]);
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
