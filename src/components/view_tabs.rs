use leptos::prelude::*;

use report_core::i18n::Key;
use report_core::View;

use crate::components::later_views::LaterView;
use crate::i18n::use_ui;
use crate::state::use_app_state;

/// A view about to be opened starts fetching its chunk.
fn prefetch(view: View) {
    if let Some(later) = LaterView::of(view) {
        later.prefetch();
    }
}

/// Switches between the views: reports, concordance, figures, comparison,
/// trends.
#[component]
pub fn ViewTabs() -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let (main_view, compare) = (state.view, state.compare);
    // The comparison's tab counts the districts in it, so "+ compare" on a
    // result shows where they went.
    let compare_label = move || match compare.read().len() {
        0 => ui.t(Key::TabCompare).to_string(),
        n => ui.format(Key::TabCompareCount, &[("n", &n)]),
    };
    let tab =
        move |view: View, label: Box<dyn Fn() -> String + Send + Sync>, testid: &'static str| {
            view! {
                <button
                    type="button"
                    class="re-tab"
                    data-arrow-item
                    data-testid=testid
                    aria-pressed=move || (main_view.get() == view).to_string()
                    on:click=move |_| main_view.set(view)
                    on:pointerenter=move |_| prefetch(view)
                    on:focus=move |_| prefetch(view)
                >
                    {label}
                </button>
            }
        };
    view! {
        <nav class="re-tabs" aria-label=ui.landmark(Key::ViewsLabel) data-arrows="horizontal">
            {tab(View::Reports, Box::new(move || ui.t(Key::TabReports).to_string()), "tab-reports")}
            {tab(View::Concordance, Box::new(move || ui.t(Key::TabConcordance).to_string()), "tab-concordance")}
            {tab(View::Figures, Box::new(move || ui.t(Key::TabFigures).to_string()), "tab-figures")}
            {tab(View::Compare, Box::new(compare_label), "tab-compare")}
            {tab(View::Trends, Box::new(move || ui.t(Key::TabTrends).to_string()), "tab-trends")}
        </nav>
    }
}
