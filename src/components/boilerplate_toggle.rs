//! The one switch that hides stock phrases from the term lists (the
//! comparison's distinctive terms, the trends' new terms). It is
//! `AppState::hide_boilerplate`, so the link keeps it (`stock=hide`).

use leptos::prelude::*;
use report_core::i18n::Key;

use crate::i18n::use_ui;
use crate::state::use_app_state;

#[component]
pub fn BoilerplateToggle() -> impl IntoView {
    let ui = use_ui();
    let hide = use_app_state().hide_boilerplate;
    view! {
        <label class="re-boilerplate-toggle re-no-print">
            <input type="checkbox" data-testid="hide-boilerplate" prop:checked=move || hide.get()
                on:change=move |ev| hide.set(event_target_checked(&ev)) />
            {ui.tr(Key::HideBoilerplate)}
        </label>
    }
}

/// The mark beside a stock phrase in a term list.
#[component]
pub fn BoilerplateMark() -> impl IntoView {
    let ui = use_ui();
    view! { <span class="re-boilerplate-mark" data-testid="boilerplate-mark">{ui.tr(Key::BoilerplateMark)}</span> }
}
