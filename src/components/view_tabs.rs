use leptos::prelude::*;

use crate::app::MainView;

/// Switches between the report list and the concordance.
#[component]
pub fn ViewTabs(main_view: RwSignal<MainView>) -> impl IntoView {
    let tab = move |view: MainView, label: &'static str, testid: &'static str| {
        view! {
            <button
                type="button"
                class="re-tab"
                data-testid=testid
                aria-pressed=move || (main_view.get() == view).to_string()
                on:click=move |_| main_view.set(view)
            >
                {label}
            </button>
        }
    };
    view! {
        <nav class="re-tabs" aria-label="Views">
            {tab(MainView::Reports, "Reports", "tab-reports")}
            {tab(MainView::Concordance, "Concordance (KWIC)", "tab-concordance")}
        </nav>
    }
}
