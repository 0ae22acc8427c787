use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::wasm_split;
use report_core::i18n::Key;
use report_core::{results_csv, results_json, Query, Report, ResultRow};

use super::export_button::ExportButton;
use super::later_views::ChunkMissing;
use crate::download::{download_text, export_name, Download};
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
    let file = move |kind: Export| {
        let name = export_name(what(), &query.read(), kind.extension());
        let results = Results {
            rows,
            reports,
            query,
            typed: state.query_text,
        };
        made_now_or_later(kind, name, results)
    };
    let csv = move || file(Export::Csv);
    let json = move || file(Export::Json);
    view! {
        // The exports' making is a chunk of its own, asked for when a
        // pointer or the focus comes near.
        <div class="re-share" on:pointerenter=move |_| prefetch_exports() on:focusin=move |_| prefetch_exports()>
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

/// The result list's two exports.
#[derive(Clone, Copy)]
enum Export {
    Csv,
    Json,
}

impl Export {
    fn extension(self) -> &'static str {
        match self {
            Export::Csv => "csv",
            Export::Json => "json",
        }
    }
}

/// What an export is made of.
#[derive(Clone, Copy)]
struct Results {
    rows: Memo<Vec<ResultRow>>,
    reports: RwSignal<Vec<Report>>,
    query: Memo<Query>,
    typed: RwSignal<String>,
}

/// The export's text, made by the exports' chunk (the first download does
/// not carry the CSV and JSON writers).
#[wasm_split(exports, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_exports))]
fn export_text(kind: Export, results: Results) -> Result<String, ChunkMissing> {
    let Results {
        rows,
        reports,
        query,
        typed,
    } = results;
    Ok(reports.with(|r| match kind {
        Export::Csv => results_csv(&rows.read(), r, &query.read()),
        Export::Json => results_json(&rows.read(), r, &typed.read(), &query.read()),
    }))
}

/// The file to offer now, in the click, when the chunk is in (it mostly
/// is: a pointer or the focus asked for it); else it is offered once the
/// chunk comes.
fn made_now_or_later(kind: Export, name: String, results: Results) -> Option<Download> {
    let file = move |text| match kind {
        Export::Csv => Download::csv(name, text),
        Export::Json => Download::json(name, text),
    };
    let mut making: Pin<Box<dyn Future<Output = Result<String, ChunkMissing>>>> =
        Box::pin(export_text(kind, results));
    match making
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(made) => made.ok().map(file),
        Poll::Pending => {
            spawn_local(async move {
                if let Ok(text) = making.await {
                    let _ = download_text(&file(text));
                }
            });
            None
        }
    }
}

thread_local! {
    static EXPORTS_ASKED: Cell<bool> = const { Cell::new(false) };
}

/// Starts fetching the exports' chunk, once.
fn prefetch_exports() {
    if !EXPORTS_ASKED.replace(true) {
        spawn_local(async {
            let _ = load_exports().await;
        });
    }
}
