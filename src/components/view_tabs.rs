use leptos::prelude::*;

use report_core::i18n::Key;
use report_core::View;

use crate::i18n::use_ui;

/// Switches between the report list and the concordance.
#[component]
pub fn ViewTabs(main_view: RwSignal<View>) -> impl IntoView {
    let ui = use_ui();
    let tab = move |view: View, label: Key, testid: &'static str| {
        view! {
            <button
                type="button"
                class="re-tab"
                data-arrow-item
                data-testid=testid
                aria-pressed=move || (main_view.get() == view).to_string()
                on:click=move |_| main_view.set(view)
            >
                {ui.tr(label)}
            </button>
        }
    };
    view! {
        <nav class="re-tabs" aria-label=ui.landmark(Key::ViewsLabel) data-arrows="horizontal">
            {tab(View::Reports, Key::TabReports, "tab-reports")}
            {tab(View::Concordance, Key::TabConcordance, "tab-concordance")}
            {tab(View::Figures, Key::TabFigures, "tab-figures")}
            {tab(View::Compare, Key::TabCompare, "tab-compare")}
        </nav>
    }
}
