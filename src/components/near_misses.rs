use leptos::prelude::*;
use report_core::i18n::Key;
use report_core::with_term_replaced;

use crate::i18n::use_ui;
use crate::keyboard::focus_in_app;
use crate::state::use_app_state;

/// Strings offered for each term: a few, so the list stays a sentence.
const SHOWN_PER_TERM: usize = 3;

/// For each term of the query that no report holds, the strings of the
/// reports one slip of typing away (a homophone chosen in the input method,
/// a character dropped, added or swapped); choosing one puts it in the
/// query in the term's place. A sharded corpus holds few texts in the page,
/// so it offers none rather than a few texts' guesses.
#[component]
pub fn NearMisses() -> impl IntoView {
    let ui = use_ui();
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
    move || {
        slips()
            .into_iter()
            .map(|(typed, misses)| {
                let choices = misses
                    .into_iter()
                    .map(|miss| {
                        let typed = typed.clone();
                        let text = miss.text.clone();
                        let count = ui.format(Key::NearMissCount, &[("n", &miss.count)]);
                        let choose = move |ev: web_sys::MouseEvent| {
                            // The button goes with the empty list: the search
                            // box keeps the focus, to go on typing.
                            focus_in_app(&ev, "[data-testid=search]");
                            let query = state.query_text.get_untracked();
                            state.set_query(with_term_replaced(&query, &typed, &miss.text));
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
                        <p>{ui.format(Key::NearMissesFor, &[("term", &typed)])}</p>
                        <ul>{choices}</ul>
                    </div>
                }
            })
            .collect_view()
    }
}
