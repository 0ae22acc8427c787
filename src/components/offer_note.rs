//! An offer under the search box or an empty list that one button takes
//! (search a term's other spellings with it, search any of the terms):
//! what it says, then the button.

use leptos::prelude::*;
use report_core::i18n::Text;

use crate::i18n::use_ui;

/// The offer's paragraph: `class` and `testid` name it, `text` says it,
/// and a button labelled `label` (`button_testid`) does `take`.
pub fn offer_note(
    class: &'static str,
    testid: &'static str,
    text: String,
    (label, button_testid): (impl Text, &'static str),
    take: impl FnMut(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let ui = use_ui();
    view! {
        <p class=format!("re-note {class}") data-testid=testid>
            <span>{text}</span>" "
            <button type="button" data-testid=button_testid on:click=take>
                {ui.tr(label)}
            </button>
        </p>
    }
}
