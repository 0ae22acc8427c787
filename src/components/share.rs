use leptos::prelude::*;
use report_core::i18n::Key;
use report_core::{results_csv, results_json};

use super::export_button::ExportButton;
use crate::download::{export_name, Download};
use crate::i18n::use_ui;
use crate::state::use_app_state;

/// Copy a link to this view; export the result list as CSV or JSON.
#[component]
pub fn ShareBar(
    /// The view is in the URL, so there is a link to copy.
    url_state: bool,
) -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let (rows, reports, query) = (state.rows, state.reports, state.query);
    // What Copy link did: copied (said briefly, then gone), or the link to
    // copy by hand where the browser would not.
    let copied = RwSignal::new(false);
    let manual_link = RwSignal::new(None::<String>);
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
    let what = move || ui.t(Key::ExportNameReports);
    let csv = move || {
        let name = export_name(what(), &query.read(), "csv");
        let text = reports.with(|r| results_csv(&rows.read(), r, &query.read()));
        Some(Download::csv(name, text))
    };
    let json = move || {
        let name = export_name(what(), &query.read(), "json");
        let text = reports
            .with(|r| results_json(&rows.read(), r, &state.query_text.read(), &query.read()));
        Some(Download::json(name, text))
    };
    view! {
        <div class="re-share">
            {url_state.then(|| view! {
                <button type="button" data-testid="copy-link" on:click=copy_link title=ui.tr(Key::CopyLinkTitle)>{ui.tr(Key::CopyLink)}</button>
            })}
            <ExportButton testid="export-csv" file=csv>{ui.tr(Key::ExportCsv)}</ExportButton>
            <ExportButton testid="export-json" file=json>{ui.tr(Key::ExportJson)}</ExportButton>
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
        </div>
    }
}
