//! Bringing one's own reports in: choose, drop or paste; see each file's
//! result; correct, remove and export what was imported.

use leptos::prelude::*;
use leptos::task::spawn_local;
use report_core::i18n::{Key, LaterKey};
use report_core::import::{
    max_file_size_label, warnings, ColumnSample, Correction, Counted, Field, FieldError, Rejection,
};
use report_core::Report;
use wasm_bindgen::JsCast;

use super::display_key;
use super::export_button::ExportButton;
use crate::download::Download;
use crate::i18n::use_ui;
use crate::import_worker::ImportFailure;
use crate::state::{use_app_state, OpenReport};
use crate::workspace::{files_of, FileResult, NotCorrected, Workspace};

#[component]
pub fn ImportPanel() -> impl IntoView {
    let ui = use_ui();
    let workspace = expect_context::<Workspace>();
    // Files dropped on the page, before the panel's chunk was in or while
    // it is open.
    Effect::new(move |_| {
        workspace.track_queued();
        workspace.start();
    });
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
    let paste_empty = RwSignal::new(false);
    let import_pasted = move |_| {
        let text = pasted.get_untracked();
        let empty = text.trim().is_empty();
        paste_empty.set(empty);
        if !empty {
            workspace.import_pasted(text);
            pasted.set(String::new());
        }
    };
    let export = move || {
        let name = "report-explorer-workspace.json".to_string();
        Some(Download::json(name, workspace.export_json()))
    };
    let count = move || workspace.imported_count();
    let paste_id = crate::keyboard::unique_id("re-paste-text");
    view! {
        <section class="re-import" data-testid="import-panel" aria-label=ui.landmark(LaterKey::YourReports)>
            <h2 class="re-import-heading">{ui.tr(LaterKey::YourReports)}</h2>
            <p class="re-import-help">
                {move || ui.format(LaterKey::ImportHelp, &[("max", &max_file_size_label())])}
            </p>
            <div class="re-dropzone" data-testid="dropzone">
                <label class="re-file-label">
                    {ui.tr(LaterKey::ChooseFiles)}
                    <input type="file" multiple accept=".txt,.text,.html,.htm,.mht,.mhtml,.docx,.doc,.wps,.pdf,.csv,.tsv,.json,.jsonl,.ndjson,text/plain,text/html,text/csv,text/tab-separated-values,application/json,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword"
                        data-testid="import-files" on:change=on_files />
                </label>
                " "
                <span>{ui.tr(LaterKey::OrDropFiles)}</span>
            </div>
            <details class="re-paste">
                <summary>{ui.tr(LaterKey::PasteText)}</summary>
                <label class="re-visually-hidden" for=paste_id.clone()>{ui.tr(LaterKey::PasteTextLabel)}</label>
                <textarea id=paste_id rows="5" data-testid="paste-text" placeholder=ui.tr(LaterKey::PastePlaceholder)
                    prop:value=move || pasted.get() on:input=move |ev| { paste_empty.set(false); pasted.set(event_target_value(&ev)); }></textarea>
                <button type="button" data-testid="paste-import" on:click=import_pasted>{ui.tr(LaterKey::ImportPasted)}</button>
                <p class="re-note" role="status" data-testid="paste-note">{move || paste_empty.get().then(|| ui.tr(LaterKey::PasteNothing))}</p>
            </details>
            <ImportProgress workspace />
            {move || workspace.storage_problem.get().map(|why| view! { <p class="re-notice" role="alert" data-testid="storage-notice">{move || ui.say(&why)}</p> })}
            <ImportResults workspace />
            {move || (count() > 0).then(|| view! {
                <ImportedList workspace />
                <div class="re-import-actions">
                    <ExportButton testid="export-workspace" file=export>
                        {move || ui.format(LaterKey::ExportWorkspace, &[("reports", &ui.count(LaterKey::ReportCount, count()))])}
                    </ExportButton>
                    <RemoveAll workspace count=Signal::derive(count) />
                </div>
            })}
        </section>
    }
}

#[component]
fn ImportProgress(workspace: Workspace) -> impl IntoView {
    let ui = use_ui();
    move || {
        workspace.progress.get().map(|p| {
            let file = if p.counted == Counted::Pages {
                ui.format(
                    LaterKey::ImportingPages,
                    &[("file", &p.file), ("done", &p.reports_done), ("total", &p.reports)],
                )
            } else if p.reports > 1 {
                ui.format(
                    LaterKey::ImportingReports,
                    &[("file", &p.file), ("done", &p.reports_done), ("total", &p.reports)],
                )
            } else {
                p.file.clone()
            };
            let label = ui.format(
                LaterKey::ImportingFile,
                &[("n", &p.file_number), ("files", &p.files.max(1)), ("file", &file)],
            );
            let (value, max) = (
                (p.file_number.saturating_sub(1) * p.reports.max(1) + p.reports_done) as f64,
                (p.files.max(1) * p.reports.max(1)) as f64,
            );
            view! {
                <div class="re-progress" role="status" data-testid="import-progress">
                    <progress max=max value=value aria-label=ui.t(LaterKey::ImportProgressLabel)></progress>
                    <span>{label}</span>
                </div>
            }
        })
    }
}

/// Files taken in with nothing to note are folded under one line once
/// there are more of them than this.
const QUIET_SHOWN: usize = 3;
/// A file's notes shown before the rest fold (a JSON Lines file of seventy
/// reports can have a note for each).
const NOTES_SHOWN: usize = 5;
/// Imported reports listed before the rest fold behind "Show all".
const IMPORTED_SHOWN: usize = 10;

/// What became of each file, newest first: those that need a reader's
/// eye (refused, a question, warnings, rows left out) always in sight; a
/// long run of files imported quietly folded under a line that counts them.
#[component]
fn ImportResults(workspace: Workspace) -> impl IntoView {
    let ui = use_ui();
    let results = workspace.results;
    let quiet_count = move || {
        results
            .read()
            .iter()
            .filter(|r| r.imported_quietly())
            .count()
    };
    let folded = move || quiet_count() > QUIET_SHOWN;
    // The list in sight, or (`quiet`) the one folded away.
    let shown = move |quiet: bool| {
        move || {
            let fold = folded();
            results.with(|all| {
                all.iter()
                    .filter(|r| match quiet {
                        true => r.imported_quietly(),
                        false => !(fold && r.imported_quietly()),
                    })
                    .cloned()
                    .collect::<Vec<_>>()
            })
        }
    };
    view! {
        <div aria-live="polite">
            <ul class="re-import-results" data-testid="import-results">
                <For each=shown(false) key=|r| r.id let:result>
                    <ImportResultRow workspace result />
                </For>
            </ul>
            {move || folded().then(|| view! {
                <details class="re-import-quiet" data-testid="import-quiet">
                    <summary>{move || ui.format(LaterKey::ImportedQuietly, &[("files", &ui.count(LaterKey::FileCount, quiet_count()))])}</summary>
                    <ul class="re-import-results">
                        <For each=shown(true) key=|r| r.id let:result>
                            <ImportResultRow workspace result />
                        </For>
                    </ul>
                </details>
            })}
        </div>
    }
}

/// One file's outcome: imported (with its warnings), refused and why, or
/// the question which column holds the text.
#[component]
fn ImportResultRow(workspace: Workspace, result: FileResult) -> impl IntoView {
    let ui = use_ui();
    let choice = match (&result.outcome, result.ask_columns.is_some()) {
        (Err(ImportFailure::Refused(Rejection::ChooseTextColumn { columns })), true) => Some(
            view! { <TextColumnChoice workspace asked=result.clone() columns=columns.clone() /> },
        ),
        _ => None,
    };
    let status = match &result.outcome {
        _ if choice.is_some() => "choose",
        Err(_) => "rejected",
        Ok(file) if file.reports.is_empty() => "nothing",
        Ok(_) => "imported",
    };
    let outcome = result.outcome.clone();
    let summary = {
        let outcome = outcome.clone();
        let asks = choice.is_some();
        move || match &outcome {
            Err(why) if asks => why.describe(ui.lang()),
            Err(why) => ui.format(Key::NotImported, &[("why", &why.describe(ui.lang()))]),
            Ok(file) => ui.format(
                LaterKey::ImportedSummary,
                &[
                    (
                        "reports",
                        &ui.count(LaterKey::ReportCount, file.reports.len()),
                    ),
                    ("format", &ui.t(file.format.name())),
                    ("encoding", &file.encoding),
                ],
            ),
        }
    };
    let lines = move || {
        let Ok(file) = &outcome else {
            return Vec::new();
        };
        let lang = ui.lang();
        let mut lines: Vec<String> = file
            .reports
            .iter()
            .flat_map(|(title, warnings)| {
                warnings.iter().map(move |w| {
                    lang.format(
                        LaterKey::WarningAbout,
                        &[("title", title), ("warning", &w.describe(lang))],
                    )
                })
            })
            .collect();
        lines.extend(file.not_imported.iter().map(|n| n.describe(lang)));
        lines
    };
    view! {
        <li class=format!("re-import-result re-import-{status}") data-testid="import-result" data-status=status>
            <strong class="re-import-file">{result.file.clone()}</strong>
            " — "
            <span data-testid="import-summary">{summary}</span>
            {choice}
            {move || {
                let mut lines = lines();
                let folded = match lines.len() > NOTES_SHOWN + 1 {
                    true => lines.split_off(NOTES_SHOWN),
                    false => Vec::new(),
                };
                let note_items = |lines: Vec<String>| {
                    lines.into_iter().map(|l| view! { <li data-testid="import-note">{l}</li> }).collect_view()
                };
                let more = (!folded.is_empty()).then(|| {
                    let n = folded.len();
                    view! {
                        <details class="re-import-more-notes" data-testid="import-more-notes">
                            <summary>{move || ui.count(LaterKey::MoreNotes, n)}</summary>
                            <ul class="re-import-notes">{note_items(folded)}</ul>
                        </details>
                    }
                });
                (!lines.is_empty()).then(|| view! {
                    <ul class="re-import-notes">{note_items(lines)}</ul>
                    {more}
                })
            }}
        </li>
    }
}

/// The columns of a file whose text column is not clear, each with a
/// sample, to choose the text by; the file is then imported again.
#[component]
fn TextColumnChoice(
    workspace: Workspace,
    asked: FileResult,
    columns: Vec<ColumnSample>,
) -> impl IntoView {
    let ui = use_ui();
    let chosen = RwSignal::new(None::<String>);
    let group = crate::keyboard::unique_id("re-text-column");
    let options = columns
        .into_iter()
        .map(|c| {
            let name = c.name.clone();
            let shown = (!c.name.is_empty()).then(|| c.name.clone());
            view! {
                <li>
                    <label>
                        <input type="radio" name=group.clone() value=c.name.clone() data-testid="column-option"
                            on:change=move |_| chosen.set(Some(name.clone())) />
                        " "
                        <strong lang="zh-CN">{shown.map_or_else(|| ui.tr(LaterKey::ColumnNoName).into_any(), |n| n.into_any())}</strong>
                        " "
                        <span class="re-column-sample" lang="zh-CN">{c.sample}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let import = move |_| {
        if let Some(column) = chosen.get_untracked() {
            workspace.import_with_text_column(&asked, column);
        }
    };
    view! {
        <fieldset class="re-column-choice" data-testid="column-choice">
            <legend>{ui.tr(Key::ChooseTextColumn)}</legend>
            <ul class="re-column-options">{options}</ul>
            <button type="button" data-testid="column-import" prop:disabled=move || chosen.read().is_none() on:click=import>
                {ui.tr(LaterKey::ImportWithColumn)}
            </button>
        </fieldset>
    }
}

#[component]
fn ImportedList(workspace: Workspace) -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let editing = RwSignal::new(None::<String>);
    let show_all = RwSignal::new(false);
    let total = move || workspace.imported_count();
    let limit = move || match show_all.get() {
        true => usize::MAX,
        false => IMPORTED_SHOWN,
    };
    let list_id = crate::keyboard::unique_id("re-imported-list");
    let toggle = {
        let list_id = list_id.clone();
        move || {
            (total() > IMPORTED_SHOWN).then(|| {
                let label = move || match show_all.get() {
                    true => ui.format(LaterKey::ImportedShowFirst, &[("n", &IMPORTED_SHOWN)]),
                    false => ui.format(
                        LaterKey::ImportedShowAll,
                        &[("reports", &ui.count(LaterKey::ReportCount, total()))],
                    ),
                };
                view! {
                    <button type="button" class="re-link-button re-imported-toggle" data-testid="imported-show-all"
                        aria-controls=list_id.clone() aria-expanded=move || show_all.get().to_string()
                        on:click=move |_| show_all.update(|all| *all = !*all)>
                        {label}
                    </button>
                }
            })
        }
    };
    view! {
        <h3 class="re-import-subheading">{ui.tr(LaterKey::ImportedReports)}</h3>
        <ul class="re-imported-list" id=list_id data-testid="imported-list" data-arrows="vertical">
            <For each=move || workspace.imported(limit()) key=|(index, r)| (*index, display_key(r)) let:item>
                {
                    let (index, report) = item;
                    let id = report.id.clone();
                    let provenance = report.imported.clone().expect("only imported reports are listed");
                    let corrected = (!provenance.corrected.is_empty()).then(|| {
                        let fields = provenance.corrected.clone();
                        move || {
                            let names: Vec<&str> = fields.iter().map(|f| ui.t(f.name())).collect();
                            format!(" · {}", ui.format(LaterKey::CorrectedByHand, &[("fields", &names.join(", "))]))
                        }
                    });
                    let notes = warnings(&report);
                    let from = {
                        let p = provenance.clone();
                        move || format!(" {}", ui.format(LaterKey::ImportedFrom, &[("file", &p.file), ("format", &ui.t(p.format.name())), ("encoding", &p.encoding)]))
                    };
                    let is_editing = {
                        let id = id.clone();
                        move || editing.get().as_deref() == Some(id.as_str())
                    };
                    let (edit_id, remove_id) = (id.clone(), id.clone());
                    view! {
                        <li class="re-imported" data-testid="imported-report" data-report-id=id.clone()>
                            <button type="button" class="re-link-button" data-testid="imported-open" data-arrow-item lang="zh-CN"
                                on:click=move |_| state.read_in_reports(OpenReport::at_start(index))>
                                {report.title.clone()}
                            </button>
                            <span class="re-imported-from">
                                {from}
                                {corrected}
                            </span>
                            <span class="re-imported-actions">
                                <button type="button" data-testid="imported-edit" on:click=move |_| editing.set(Some(edit_id.clone()))>{ui.tr(LaterKey::CorrectDetails)}</button>
                                <button type="button" data-testid="imported-remove" on:click=move |_| workspace.remove(Some(vec![remove_id.clone()]))>{ui.tr(LaterKey::Remove)}</button>
                            </span>
                            {(!notes.is_empty()).then(|| view! {
                                <ul class="re-import-notes">
                                    {notes.into_iter().map(|n| view! { <li data-testid="imported-warning">{move || n.describe(ui.lang())}</li> }).collect_view()}
                                </ul>
                            })}
                            {move || is_editing().then(|| view! { <CorrectionForm workspace report=report.clone() editing /> })}
                        </li>
                    }
                }
            </For>
        </ul>
        {toggle}
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
    let ui = use_ui();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let unchecked = RwSignal::new(None::<crate::import_worker::Trouble>);
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
    let form_id = crate::keyboard::unique_id("re-correct");
    let field = move |label: LaterKey,
                      which: Field,
                      value: RwSignal<String>,
                      hint: Option<LaterKey>| {
        let error = move || {
            errors
                .read()
                .iter()
                .find(|e| e.field == which)
                .map(|e| e.describe(ui.lang()))
        };
        let input_id = format!("{form_id}-{}", which.label());
        let error_id = format!("{input_id}-error");
        view! {
            <label for=input_id.clone()>{ui.tr(label)}</label>
            <input id=input_id type="text" data-testid=format!("correct-{}", which.label())
                placeholder=move || hint.map(|h| ui.t(h))
                aria-describedby=error_id.clone()
                aria-invalid=move || error().is_some().to_string()
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            <span class="re-field-error" id=error_id data-testid=format!("correct-{}-error", which.label())>{error}</span>
        }
    };
    view! {
        <form class="re-correction" data-testid="correction-form" on:submit=save>
            {field(LaterKey::FormTitle, Field::Title, title, None)}
            {field(LaterKey::FormDate, Field::Date, date, Some(LaterKey::DateHint))}
            {field(LaterKey::FormRegion, Field::Region, region, None)}
            {field(LaterKey::FormSource, Field::Source, source, None)}
            {move || unchecked.get().map(|why| view! { <p class="re-error" role="alert" data-testid="correct-unchecked">{why.describe(ui.lang(), LaterKey::WorkerCorrectionFailed)}</p> })}
            <div class="re-correction-actions">
                <button type="submit" data-testid="correct-save" disabled=move || saving.get()>
                    {move || ui.t(if saving.get() { LaterKey::Checking } else { LaterKey::Save })}
                </button>
                <button type="button" on:click=move |_| editing.set(None)>{ui.tr(LaterKey::Cancel)}</button>
            </div>
        </form>
    }
}

/// Removing everything asks once more, in place.
#[component]
fn RemoveAll(workspace: Workspace, count: Signal<usize>) -> impl IntoView {
    let ui = use_ui();
    let confirming = RwSignal::new(false);
    move || {
        if confirming.get() {
            view! {
                <span class="re-confirm" role="group" aria-label=ui.tr(LaterKey::ConfirmRemoval)>
                    {ui.format(LaterKey::RemoveAllQuestion, &[("n", &count.get())])}
                    " "
                    <button type="button" data-testid="remove-all-confirm" on:click=move |_| { confirming.set(false); workspace.remove(None); }>{ui.tr(LaterKey::RemoveAllConfirm)}</button>
                    <button type="button" on:click=move |_| confirming.set(false)>{ui.tr(LaterKey::KeepThem)}</button>
                </span>
            }
            .into_any()
        } else {
            view! { <button type="button" data-testid="remove-all" on:click=move |_| confirming.set(true)>{ui.tr(LaterKey::RemoveAllStart)}</button> }.into_any()
        }
    }
}
