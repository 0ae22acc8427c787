use leptos::prelude::*;
use report_core::i18n::Key;
use report_core::{upsert, TermSet};

use crate::i18n::use_ui;
use crate::state::use_app_state;
use crate::storage::{load_term_sets, save_term_sets};

/// Named sets of terms, kept in the browser; choosing one highlights all its
/// terms at once.
#[component]
pub fn TermSets() -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let query = state.query;
    let sets = RwSignal::new(load_term_sets());
    let name = RwSignal::new(String::new());
    let terms = RwSignal::new(String::new());
    let message = RwSignal::new(None::<Key>);

    let persist = move || {
        message.set(
            save_term_sets(&sets.read())
                .err()
                .map(|_| Key::TermSetsNotStored),
        )
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = terms.get();
        let source = if typed.trim().is_empty() {
            query
                .read()
                .terms
                .iter()
                .map(|t| t.text.clone())
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            typed
        };
        match TermSet::from_input(&name.get(), &source) {
            Some(set) => {
                sets.update(|s| upsert(s, set));
                persist();
                name.set(String::new());
                terms.set(String::new());
            }
            None => message.set(Some(Key::TermSetNeedsTerms)),
        }
    };

    view! {
        <section class="re-term-sets" aria-label=ui.landmark(Key::TermSetsLabel)>
            <span class="re-label">{ui.tr(Key::TermSets)}</span>
            <ul class="re-set-list" data-testid="term-sets" data-arrows="horizontal">
                <For each=move || sets.get() key=|s| s.clone() let:set>
                    {
                        let set_name = set.name.clone();
                        let for_toggle = set.clone();
                        let for_state = set.clone();
                        let is_on = move || for_state.is_in_query(&state.query_text.read());
                        let title = ui.format(Key::TermSetToggleTitle, &[("terms", &set.terms.join("、"))]);
                        view! {
                            <li class="re-set" data-testid="term-set">
                                <button type="button" class="re-set-use" data-arrow-item data-testid="term-set-use" title=title aria-pressed=move || is_on().to_string()
                                    on:click=move |_| state.set_query(for_toggle.toggled_in(&state.query_text.get_untracked()))>
                                    {format!("{} ({})", set.name, set.terms.len())}
                                </button>
                                <button type="button" class="re-set-remove" aria-label=move || ui.format(Key::TermSetRemove, &[("name", &set.name)])
                                    on:click=move |_| {
                                        sets.update(|s| s.retain(|x| x.name != set_name));
                                        persist();
                                    }>
                                    "×"
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <form class="re-set-form" on:submit=save>
                <input type="text" class="re-set-name" data-testid="term-set-name" placeholder=ui.tr(Key::TermSetNewName) aria-label=ui.tr(Key::TermSetNewName)
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                <input type="text" class="re-set-terms" data-testid="term-set-terms" placeholder=ui.tr(Key::TermSetTermsPlaceholder) aria-label=ui.tr(Key::TermSetTermsLabel)
                    prop:value=move || terms.get() on:input=move |ev| terms.set(event_target_value(&ev)) />
                <button type="submit" data-testid="term-set-save">{ui.tr(Key::TermSetSave)}</button>
            </form>
            {move || message.get().map(|m| view! { <p class="re-note" role="status" data-testid="term-set-message">{ui.tr(m)}</p> })}
        </section>
    }
}
