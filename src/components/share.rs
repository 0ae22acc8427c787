use leptos::prelude::*;
use report_core::i18n::Key;
use report_core::{results_csv, results_json, Query, Report, ResultRow};

use crate::download::{download_text, export_name};
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
    // What Copy link did: copied (said briefly, then gone), or the link to
    // copy by hand where the browser would not.
    let copied = RwSignal::new(false);
    let manual_link = RwSignal::new(None::<String>);
    let failed = RwSignal::new(false);
    let copy_link = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(href) = window.location().href() else {
            return;
        };
        let clipboard = window.navigator().clipboard();
        leptos::task::spawn_local(async move {
            let written = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&href)).await;
            if written.is_ok() {
                manual_link.set(None);
                copied.set(true);
                set_timeout(move || copied.set(false), std::time::Duration::from_secs(4));
            } else {
                copied.set(false);
                manual_link.set(Some(href));
            }
        });
    };
    let export = move |format: &'static str| {
        let what = ui.t(Key::ExportNameReports);
        let (name, mime, text) = reports.with(|r| match format {
            "csv" => (
                export_name(what, &query.read(), "csv"),
                "text/csv;charset=utf-8",
                results_csv(&rows.read(), r, &query.read()),
            ),
            _ => (
                export_name(what, &query.read(), "json"),
                "application/json",
                results_json(&rows.read(), r, &query_text.read(), &query.read()),
            ),
        });
        failed.set(download_text(&name, mime, &text).is_err());
    };
    view! {
        <div class="re-share">
            {url_state.then(|| view! {
                <button type="button" data-testid="copy-link" on:click=copy_link title=ui.tr(Key::CopyLinkTitle)>{ui.tr(Key::CopyLink)}</button>
            })}
            <button type="button" data-testid="export-csv" on:click=move |_| export("csv")>{ui.tr(Key::ExportCsv)}</button>
            <button type="button" data-testid="export-json" on:click=move |_| export("json")>{ui.tr(Key::ExportJson)}</button>
            <span class="re-confirm" role="status" data-testid="share-status">
                {move || copied.get().then(|| ui.tr(Key::LinkCopied))}
            </span>
            {move || manual_link.get().map(|href| view! {
                <span class="re-share-manual">
                    <span class="re-note" role="alert">{ui.tr(Key::LinkCopyFailed)}</span>
                    <input class="re-share-link" type="text" readonly=true data-testid="link" aria-label=ui.tr(Key::LinkLabel) prop:value=href
                        on:focus=|ev| { event_target::<web_sys::HtmlInputElement>(&ev).select(); } />
                </span>
            })}
            {move || failed.get().then(|| view! { <span class="re-error" role="alert">{ui.tr(Key::DownloadFailed)}</span> })}
        </div>
    }
}
