use leptos::prelude::*;
use report_core::i18n::Key;
use report_core::{results_csv, results_json, Query, Report, ResultRow};

use crate::download::download_text;
use crate::i18n::use_ui;

/// Copy a link to this view; export the result list as CSV or JSON.
#[component]
pub fn ShareBar(
    rows: Memo<Vec<ResultRow>>,
    reports: RwSignal<Vec<Report>>,
    query_text: RwSignal<String>,
    query: Memo<Query>,
    url_state: bool,
) -> impl IntoView {
    let ui = use_ui();
    let link = RwSignal::new(None::<String>);
    let failed = RwSignal::new(false);
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
        failed.set(download_text(name, mime, &text).is_err());
    };
    view! {
        <div class="re-share">
            {url_state.then(|| view! {
                <button type="button" data-testid="copy-link" on:click=copy_link title=ui.tr(Key::CopyLinkTitle)>{ui.tr(Key::CopyLink)}</button>
            })}
            <button type="button" data-testid="export-csv" on:click=move |_| export("csv")>{ui.tr(Key::ExportCsv)}</button>
            <button type="button" data-testid="export-json" on:click=move |_| export("json")>{ui.tr(Key::ExportJson)}</button>
            {move || link.get().map(|href| view! {
                <input class="re-share-link" type="text" readonly=true data-testid="link" aria-label=ui.tr(Key::LinkLabel) prop:value=href
                    on:focus=|ev| { event_target::<web_sys::HtmlInputElement>(&ev).select(); } />
            })}
            {move || failed.get().then(|| view! { <span class="re-error" role="alert">{ui.tr(Key::DownloadFailed)}</span> })}
        </div>
    }
}
