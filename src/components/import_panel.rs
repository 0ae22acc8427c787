//! Bringing one's own reports in: choose, drop or paste; see each file's
//! result; correct, remove and export what was imported.

use leptos::prelude::*;
use leptos::task::spawn_local;
use report_core::import::{max_file_size_label, warnings, Correction, Field, FieldError};
use report_core::view_state::View;
use report_core::Report;
use wasm_bindgen::JsCast;

use super::display_key;
use crate::app::{read_in_reports, OpenReport};
use crate::download::download_text;
use crate::workspace::{FileResult, NotCorrected, Pending, Workspace};

/// The files a file input or a drop carries.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<Pending> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i))
        .map(Pending::File)
        .collect()
}

#[component]
pub fn ImportPanel(workspace: Workspace, main_view: RwSignal<View>) -> impl IntoView {
    let on_files = move |ev: web_sys::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            workspace.import(files_of(input.files()));
            // The same file can be chosen again (to see it recognised).
            input.set_value("");
        }
    };
    let pasted = RwSignal::new(String::new());
    let import_pasted = move |_| {
        let text = pasted.get_untracked();
        if !text.trim().is_empty() {
            workspace.import_pasted(text);
            pasted.set(String::new());
        }
    };
    let export_message = RwSignal::new(None::<String>);
    let export = move |_| {
        let json = workspace.export_json();
        let result = download_text("report-explorer-workspace.json", "application/json", &json);
        export_message.set(result.err());
    };
    let count = move || workspace.imported_count();
    view! {
        <section class="re-import" data-testid="import-panel" aria-labelledby="re-import-heading">
            <h2 id="re-import-heading" class="re-import-heading">"Your reports"</h2>
            <p class="re-import-help">
                {format!("Text (.txt), saved web pages (.html), CSV with one report per row (a text column named 正文, 内容 or text; title, date, region and source columns are used when present) and Report Explorer corpus .json. UTF-8, UTF-16, GBK/GB18030 and Big5 are recognised. Up to {} per file. Files are read in this browser and never uploaded.", max_file_size_label())}
            </p>
            <div class="re-dropzone" data-testid="dropzone">
                <label class="re-file-label">
                    "Choose files"
                    <input type="file" multiple accept=".txt,.text,.html,.htm,.csv,.json,text/plain,text/html,text/csv,application/json"
                        data-testid="import-files" on:change=on_files />
                </label>
                <span>" or drop them anywhere on Report Explorer."</span>
            </div>
            <details class="re-paste">
                <summary>"Paste text"</summary>
                <label class="re-visually-hidden" for="re-paste-text">"Report text to import"</label>
                <textarea id="re-paste-text" rows="5" data-testid="paste-text" placeholder="Paste a report (text or HTML)…"
                    prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <button type="button" data-testid="paste-import" on:click=import_pasted>"Import pasted text"</button>
            </details>
            <ImportProgress workspace />
            {move || workspace.storage_problem.get().map(|why| view! { <p class="re-notice" role="alert" data-testid="storage-notice">{why}</p> })}
            <ImportResults results=workspace.results />
            {move || (count() > 0).then(|| view! {
                <ImportedList workspace main_view />
                <div class="re-import-actions">
                    <button type="button" data-testid="export-workspace" on:click=export>
                        {move || format!("Export workspace ({}, corpus JSON)", reports(count()))}
                    </button>
                    <RemoveAll workspace count=Signal::derive(count) />
                </div>
            })}
            {move || export_message.get().map(|m| view! { <p class="re-error" role="alert">{m}</p> })}
        </section>
    }
}

#[component]
fn ImportProgress(workspace: Workspace) -> impl IntoView {
    move || {
        workspace.progress.get().map(|p| {
            let detail = if p.reports > 1 {
                format!(": {} of {} reports", p.reports_done, p.reports)
            } else {
                String::new()
            };
            let label = format!(
                "Importing file {} of {}, {}{detail}",
                p.file_number,
                p.files.max(1),
                p.file
            );
            let (value, max) = (
                (p.file_number.saturating_sub(1) * p.reports.max(1) + p.reports_done) as f64,
                (p.files.max(1) * p.reports.max(1)) as f64,
            );
            view! {
                <div class="re-progress" role="status" data-testid="import-progress">
                    <progress max=max value=value aria-label="Import progress"></progress>
                    <span>{label}</span>
                </div>
            }
        })
    }
}

#[component]
fn ImportResults(results: RwSignal<Vec<FileResult>>) -> impl IntoView {
    view! {
        <ul class="re-import-results" data-testid="import-results" aria-live="polite">
            <For each=move || results.get() key=|r| format!("{r:?}") let:result>
                {
                    let (status, summary, lines) = match &result.outcome {
                        Err(why) => ("rejected", format!("not imported: {why}"), Vec::new()),
                        Ok(file) => {
                            let n = file.reports.len();
                            let summary = format!(
                                "{} imported ({}, {})",
                                reports(n),
                                file.format.label(),
                                file.encoding
                            );
                            let mut lines: Vec<String> = file
                                .reports
                                .iter()
                                .flat_map(|(title, warnings)| warnings.iter().map(move |w| format!("“{title}”: {w}")))
                                .collect();
                            lines.extend(file.not_imported.iter().cloned());
                            (if n == 0 { "nothing" } else { "imported" }, summary, lines)
                        }
                    };
                    view! {
                        <li class=format!("re-import-result re-import-{status}") data-testid="import-result" data-status=status>
                            <strong class="re-import-file">{result.file.clone()}</strong>
                            " — "
                            <span data-testid="import-summary">{summary}</span>
                            {(!lines.is_empty()).then(|| view! {
                                <ul class="re-import-notes">
                                    {lines.into_iter().map(|l| view! { <li data-testid="import-note">{l}</li> }).collect_view()}
                                </ul>
                            })}
                        </li>
                    }
                }
            </For>
        </ul>
    }
}

#[component]
fn ImportedList(workspace: Workspace, main_view: RwSignal<View>) -> impl IntoView {
    let editing = RwSignal::new(None::<String>);
    view! {
        <h3 class="re-import-subheading">"Imported reports"</h3>
        <ul class="re-imported-list" data-testid="imported-list">
            <For each=move || workspace.imported() key=|(index, r)| (*index, display_key(r)) let:item>
                {
                    let (index, report) = item;
                    let id = report.id.clone();
                    let provenance = report.imported.clone().expect("only imported reports are listed");
                    let corrected = (!provenance.corrected.is_empty()).then(|| {
                        let fields: Vec<&str> = provenance.corrected.iter().map(|f| f.label()).collect();
                        format!(" · corrected by hand: {}", fields.join(", "))
                    });
                    let notes: Vec<String> = warnings(&report).iter().map(ToString::to_string).collect();
                    let is_editing = {
                        let id = id.clone();
                        move || editing.get().as_deref() == Some(id.as_str())
                    };
                    let (edit_id, remove_id) = (id.clone(), id.clone());
                    view! {
                        <li class="re-imported" data-testid="imported-report" data-report-id=id.clone()>
                            <button type="button" class="re-link-button" data-testid="imported-open"
                                on:click=move |_| read_in_reports(workspace.open, main_view, OpenReport { index, mark: 0, figure: None })>
                                {report.title.clone()}
                            </button>
                            <span class="re-imported-from">
                                {format!(" from {} ({}, {})", provenance.file, provenance.format.label(), provenance.encoding)}
                                {corrected}
                            </span>
                            <span class="re-imported-actions">
                                <button type="button" data-testid="imported-edit" on:click=move |_| editing.set(Some(edit_id.clone()))>"Correct details"</button>
                                <button type="button" data-testid="imported-remove" on:click=move |_| workspace.remove(Some(vec![remove_id.clone()]))>"Remove"</button>
                            </span>
                            {(!notes.is_empty()).then(|| view! {
                                <ul class="re-import-notes">
                                    {notes.into_iter().map(|n| view! { <li data-testid="imported-warning">{n}</li> }).collect_view()}
                                </ul>
                            })}
                            {move || is_editing().then(|| view! { <CorrectionForm workspace report=report.clone() editing /> })}
                        </li>
                    }
                }
            </For>
        </ul>
    }
}

/// Title, date, region and source of an imported report, editable; saved
/// all together or not at all.
#[component]
fn CorrectionForm(
    workspace: Workspace,
    report: Report,
    editing: RwSignal<Option<String>>,
) -> impl IntoView {
    let start = Correction::of(&report);
    let title = RwSignal::new(start.title);
    let date = RwSignal::new(start.date);
    let region = RwSignal::new(start.region);
    let source = RwSignal::new(start.source);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let unchecked = RwSignal::new(None::<String>);
    let saving = RwSignal::new(false);
    let id = report.id.clone();
    let save = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let correction = Correction {
            title: title.get_untracked(),
            date: date.get_untracked(),
            region: region.get_untracked(),
            source: source.get_untracked(),
        };
        let id = id.clone();
        saving.set(true);
        spawn_local(async move {
            let outcome = workspace.correct(&id, &correction).await;
            saving.set(false);
            errors.set(Vec::new());
            unchecked.set(None);
            match outcome {
                Ok(()) => editing.set(None),
                Err(NotCorrected::Invalid(e)) => errors.set(e),
                Err(NotCorrected::Unchecked(why)) => unchecked.set(Some(why)),
            }
        });
    };
    let field = move |label: &'static str,
                      which: Field,
                      value: RwSignal<String>,
                      hint: &'static str| {
        let error = move || {
            errors
                .read()
                .iter()
                .find(|e| e.field == which)
                .map(|e| e.message.clone())
        };
        let input_id = format!("re-correct-{}", which.label());
        view! {
            <label for=input_id.clone()>{label}</label>
            <input id=input_id type="text" data-testid=format!("correct-{}", which.label()) placeholder=hint
                aria-invalid=move || error().is_some().to_string()
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            <span class="re-field-error" data-testid=format!("correct-{}-error", which.label())>{error}</span>
        }
    };
    view! {
        <form class="re-correction" data-testid="correction-form" on:submit=save>
            {field("Title", Field::Title, title, "")}
            {field("Date", Field::Date, date, "2023, 2023-07 or 2023-07-06")}
            {field("Region", Field::Region, region, "潍坊市坊子区")}
            {field("Source", Field::Source, source, "")}
            {move || unchecked.get().map(|why| view! { <p class="re-error" role="alert" data-testid="correct-unchecked">{why}</p> })}
            <div class="re-correction-actions">
                <button type="submit" data-testid="correct-save" disabled=move || saving.get()>
                    {move || if saving.get() { "Checking…" } else { "Save" }}
                </button>
                <button type="button" on:click=move |_| editing.set(None)>"Cancel"</button>
            </div>
        </form>
    }
}

/// Removing everything asks once more, in place.
#[component]
fn RemoveAll(workspace: Workspace, count: Signal<usize>) -> impl IntoView {
    let confirming = RwSignal::new(false);
    move || {
        if confirming.get() {
            view! {
                <span class="re-confirm" role="group" aria-label="Confirm removal">
                    {format!("Remove all {} imported reports from this browser?", count.get())}
                    <button type="button" data-testid="remove-all-confirm" on:click=move |_| { confirming.set(false); workspace.remove(None); }>"Remove all"</button>
                    <button type="button" on:click=move |_| confirming.set(false)>"Keep them"</button>
                </span>
            }
            .into_any()
        } else {
            view! { <button type="button" data-testid="remove-all" on:click=move |_| confirming.set(true)>"Remove all imported reports…"</button> }.into_any()
        }
    }
}

/// "1 report", "2 reports".
fn reports(n: usize) -> String {
    format!("{n} report{}", if n == 1 { "" } else { "s" })
}
