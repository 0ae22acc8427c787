use leptos::prelude::*;
use report_core::explore::ResultRow;
use report_core::export::{results_csv, results_json};
use report_core::query::Query;
use report_core::Report;

use crate::download::download_text;

/// Copy a link to this view; export the result list as CSV or JSON.
#[component]
pub fn ShareBar(
    rows: Memo<Vec<ResultRow>>,
    reports: RwSignal<Vec<Report>>,
    query_text: RwSignal<String>,
    query: Memo<Query>,
    url_state: bool,
) -> impl IntoView {
    let link = RwSignal::new(None::<String>);
    let message = RwSignal::new(None::<String>);
    let copy_link = move |_| {
        let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) else {
            return;
        };
        if let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) {
            let _ = clipboard.write_text(&href);
        }
        link.set(Some(href));
    };
    let export = move |format: &'static str| {
        let (name, mime, text) = reports.with(|r| match format {
            "csv" => (
                "reports.csv",
                "text/csv;charset=utf-8",
                results_csv(&rows.read(), r, &query.read()),
            ),
            _ => (
                "reports.json",
                "application/json",
                results_json(&rows.read(), r, &query_text.read(), &query.read()),
            ),
        });
        message.set(download_text(name, mime, &text).err());
    };
    view! {
        <div class="re-share">
            {url_state.then(|| view! {
                <button type="button" data-testid="copy-link" on:click=copy_link title="Copy a link that reopens this exact view">"Copy link"</button>
            })}
            <button type="button" data-testid="export-csv" on:click=move |_| export("csv")>"Export CSV"</button>
            <button type="button" data-testid="export-json" on:click=move |_| export("json")>"Export JSON"</button>
            {move || link.get().map(|href| view! {
                <input class="re-share-link" type="text" readonly=true data-testid="link" aria-label="Link to this view" prop:value=href
                    on:focus=|ev| { event_target::<web_sys::HtmlInputElement>(&ev).select(); } />
            })}
            {move || message.get().map(|m| view! { <span class="re-error" role="alert">{m}</span> })}
        </div>
    }
}
