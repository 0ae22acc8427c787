use leptos::prelude::*;
use report_core::i18n::Key;
use report_core::{may_name_a_choice, query_may_be_written_otherwise};

use super::composition::Composition;
use super::highlighted::HIT_COLOURS;
use super::later_views::{Later, LaterView};
use crate::i18n::use_ui;
use crate::keyboard::unique_id;
use crate::state::use_app_state;

/// The search input, with each term's colour and total hits below it, and
/// a term's other spellings the reports hold (a date, a figure, an
/// abbreviation's names, a phrase with quotes inside).
/// Enter and Shift+Enter step through the hits of the open report.
#[component]
pub fn SearchBox() -> impl IntoView {
    let state = use_app_state();
    let (query_text, query, totals) = (state.query_text, state.query, state.totals);
    let ui = use_ui();
    let input_id = unique_id("re-search-input");
    let written_otherwise =
        Memo::new(move |_| state.sharded.is_none() && query.with(query_may_be_written_otherwise));
    let names_a_choice =
        Memo::new(move |_| query.with(|q| state.facet_index.with(|f| may_name_a_choice(q, f))));
    // Searched on an input method's commit, not on its pinyin.
    let composition = Composition::new();
    let on_input = move |ev: web_sys::Event| composition.input(&ev, |v| state.set_query(v));
    let on_composition_end = move |ev: web_sys::CompositionEvent| {
        composition.end(&ev, |v| state.set_query(v));
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if composition.owns_key(&ev) {
            return;
        }
        if ev.key() == "Enter" {
            ev.prevent_default();
            state.step_hit(if ev.shift_key() { -1 } else { 1 });
        } else if ev.key() == "Escape" {
            state.set_query(String::new());
        }
    };
    view! {
        <div class="re-search" role="search" aria-label=ui.landmark(Key::SearchRegion)>
            <label class="re-label" for=input_id.clone()>{ui.tr(Key::SearchLabel)}</label>
            <input
                id=input_id
                class="re-search-input"
                type="search"
                data-testid="search"
                placeholder=ui.tr(Key::SearchPlaceholder)
                autocomplete="off"
                spellcheck="false"
                prop:value=move || query_text.get()
                on:input=on_input
                on:compositionstart=move |_| composition.start()
                on:compositionend=on_composition_end
                on:keydown=on_keydown
            />
            <ul class="re-terms" data-testid="term-totals" aria-live="polite">
                {move || {
                    let q = query.read();
                    let totals = totals.read();
                    let terms = q.terms.iter().enumerate().map(|(i, t)| {
                        let n = totals.get(i).copied().unwrap_or(0);
                        view! {
                            <li class=format!("re-term re-hit-{}", i % HIT_COLOURS) data-term=i
                                aria-label=ui.format(Key::SearchTermTotal, &[("term", &t.text), ("n", &n)])>
                                <span lang="zh-CN">{t.text.clone()}</span>
                                <span class="re-count">{format!(" {n}")}</span>
                            </li>
                        }
                    });
                    let excluded = q.excluded.iter().map(|t| view! { <li class="re-term re-excluded">{ui.format(Key::SearchWithout, &[("term", &t.text)])}</li> });
                    view! { {terms.collect_view()} {excluded.collect_view()} }
                }}
            </ul>
            // A term's other spellings, from a chunk of their own, drawn
            // anew only when such a term comes into the query or leaves it.
            {move || written_otherwise.get().then(|| view! { <Later which=LaterView::OtherSpellings /> })}
            // A word naming a region or a year: the offer's chunk comes when one does.
            {move || names_a_choice.get().then(|| view! { <Later which=LaterView::ChoicesNamed /> })}
            {move || {
                let notes = query.read().notes(ui.lang());
                (!notes.is_empty()).then(|| view! { <p class="re-note" role="status" data-testid="query-note">{notes.join(" ")}</p> })
            }}
        </div>
    }
}
