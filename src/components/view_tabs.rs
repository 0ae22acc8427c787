use leptos::prelude::*;

use report_core::view_state::View;

/// Switches between the report list and the concordance.
#[component]
pub fn ViewTabs(main_view: RwSignal<View>) -> impl IntoView {
    let tab = move |view: View, label: &'static str, testid: &'static str| {
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
            {tab(View::Reports, "Reports", "tab-reports")}
            {tab(View::Concordance, "Concordance (KWIC)", "tab-concordance")}
            {tab(View::Figures, "Figures", "tab-figures")}
            {tab(View::Compare, "Compare", "tab-compare")}
        </nav>
    }
}
