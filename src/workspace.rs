//! The user's workspace: reports they imported, beside the bundled ones.
//! Imports run file by file in a worker (crate::import_worker), so the
//! page stays responsive; every change is mirrored to IndexedDB when the browser
//! allows, and kept in memory when it does not.

use std::collections::VecDeque;

use leptos::prelude::*;
use leptos::task::spawn_local;
use report_core::i18n::Key;
use report_core::import::{
    check_size, warnings, workspace_json, ColumnChoice, Correction, Counted, FieldError, Format,
    ImportRequest, ImportWarning, NotImported, Rejection,
};
use report_core::Report;

use crate::i18n::{Said, Ui};
use crate::import_worker::{self, ImportFailure, Trouble};
use crate::state::AppState;
use crate::workspace_store;

/// Something to import: a chosen or dropped file, or pasted text, with
/// the columns a person chose when the import asked.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    source: Source,
    columns: Option<ColumnChoice>,
}

#[derive(Debug, Clone, PartialEq)]
enum Source {
    File(web_sys::File),
    Pasted { name: String, text: String },
}

/// The files a file input or a drop carries.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<Pending> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i))
        .map(Pending::file)
        .collect()
}

impl Pending {
    pub fn file(file: web_sys::File) -> Pending {
        Pending {
            source: Source::File(file),
            columns: None,
        }
    }

    fn name(&self) -> String {
        match &self.source {
            Source::File(f) => f.name(),
            Source::Pasted { name, .. } => name.clone(),
        }
    }
}

/// Where a running import is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Progress {
    pub file: String,
    /// 1-based number of the file being read, of `files`.
    pub file_number: usize,
    pub files: usize,
    pub reports_done: usize,
    pub reports: usize,
    /// What `reports_done` and `reports` count: a long PDF's pages while
    /// its text is taken out, then its reports.
    pub counted: Counted,
}

/// What became of one file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileResult {
    /// Numbers the results in the order they arrive: the list's key, so a
    /// row is drawn once and never compared or formatted whole.
    pub id: usize,
    pub file: String,
    pub outcome: Result<ImportSummary, ImportFailure>,
    /// The file again, where the import asks which column holds the text.
    pub ask_columns: Option<Pending>,
}

impl FileResult {
    /// Reports taken in with nothing to say about them: no warning, no row
    /// left out, no question. A long import lists these folded away, so
    /// what needs a reader's eye is not lost among them.
    pub fn imported_quietly(&self) -> bool {
        self.ask_columns.is_none()
            && self.outcome.as_ref().is_ok_and(|file| {
                !file.reports.is_empty()
                    && file.not_imported.is_empty()
                    && file.reports.iter().all(|(_, warnings)| warnings.is_empty())
            })
    }
}

/// What one file gave: its format and encoding, the reports taken in and
/// what was left out (not `report_core::import::Imported`, a report's
/// provenance).
#[derive(Debug, Clone, PartialEq)]
pub struct ImportSummary {
    pub format: Format,
    pub encoding: String,
    /// Title and warnings of each report taken in.
    pub reports: Vec<(String, Vec<ImportWarning>)>,
    /// Duplicates and skipped rows.
    pub not_imported: Vec<NotImported>,
}

#[derive(Clone, Copy)]
pub struct Workspace {
    reports: RwSignal<Vec<Report>>,
    /// The reader's report, moved when reports before it are removed.
    open: RwSignal<Option<crate::state::OpenReport>>,
    /// `None` while imports are stored in the browser; else why they are
    /// only in memory.
    pub storage_problem: RwSignal<Option<Said>>,
    pub progress: RwSignal<Option<Progress>>,
    /// Results of the files imported this visit, newest batch first.
    pub results: RwSignal<Vec<FileResult>>,
    queue: StoredValue<VecDeque<Pending>, LocalStorage>,
    /// Bumped whenever files are queued.
    queued: RwSignal<usize>,
    pasted: StoredValue<usize>,
    /// The next [`FileResult::id`].
    next_result: StoredValue<usize>,
    /// Names of pasted texts are in its language.
    ui: Ui,
}

impl Workspace {
    pub fn new(state: AppState, storage_problem: Option<Said>, ui: Ui) -> Workspace {
        Workspace {
            ui,
            reports: state.reports,
            open: state.open,
            storage_problem: RwSignal::new(storage_problem),
            progress: RwSignal::new(None),
            results: RwSignal::new(Vec::new()),
            queue: StoredValue::new_local(VecDeque::new()),
            queued: RwSignal::new(0),
            pasted: StoredValue::new(0),
            next_result: StoredValue::new(0),
        }
    }

    /// The imported reports, in import order.
    /// The first `limit` imported reports with their places in the corpus
    /// (cloning only those: a long import's list shows a few).
    pub fn imported(&self, limit: usize) -> Vec<(usize, Report)> {
        self.reports.with(|r| {
            r.iter()
                .enumerate()
                .filter(|(_, r)| r.imported.is_some())
                .take(limit)
                .map(|(i, r)| (i, r.clone()))
                .collect()
        })
    }

    pub fn imported_count(&self) -> usize {
        self.reports
            .with(|r| r.iter().filter(|r| r.imported.is_some()).count())
    }

    /// Queues files or text for import; starts the import unless one runs.
    pub fn import(self, items: Vec<Pending>) {
        self.queue_up(items);
        self.start();
    }

    /// Queues files for the import panel to take in when it opens: files
    /// dropped on the page wait for the panel's chunk, which holds the
    /// import's code (the first download does not), and are not lost if
    /// it comes late or must be fetched again.
    pub fn queue_up(self, items: Vec<Pending>) {
        self.queue.update_value(|q| q.extend(items));
        self.queued.update(|n| *n += 1);
    }

    /// Tracks files being queued, for the import panel to take them in.
    pub fn track_queued(self) {
        self.queued.track();
    }

    /// Takes in what is queued, unless an import runs (it takes in what
    /// joins the queue as it goes).
    pub fn start(self) {
        let queued = self.queue.with_value(|q| !q.is_empty());
        if queued && self.progress.get_untracked().is_none() {
            self.progress.set(Some(Progress::default()));
            spawn_local(self.run());
        }
    }

    pub fn import_pasted(self, text: String) {
        self.pasted.update_value(|n| *n += 1);
        let name = self
            .ui
            .format(Key::PastedName, &[("n", &self.pasted.get_value())]);
        self.import(vec![Pending {
            source: Source::Pasted { name, text },
            columns: None,
        }]);
    }

    async fn run(self) {
        let mut batch = Vec::new();
        let mut files = self.queue.with_value(VecDeque::len);
        let mut number = 0;
        while let Some(item) = self.queue.try_update_value(VecDeque::pop_front).flatten() {
            number += 1;
            files = files.max(number + self.queue.with_value(VecDeque::len));
            let name = item.name();
            self.progress.set(Some(Progress {
                file: name.clone(),
                file_number: number,
                files,
                ..Progress::default()
            }));
            let again = item.clone();
            let result = self.import_one(item, &name).await;
            let asks = matches!(
                result,
                Err(ImportFailure::Refused(Rejection::ChooseTextColumn { .. }))
            );
            let id = self.next_result.get_value();
            self.next_result.set_value(id + 1);
            batch.push(FileResult {
                id,
                file: name,
                outcome: result,
                ask_columns: asks.then_some(again),
            });
        }
        self.results.update(|r| {
            batch.append(r);
            *r = batch;
        });
        self.progress.set(None);
    }

    /// Imports a file again with the text column a person chose; its
    /// question leaves the results.
    pub fn import_with_text_column(self, asked: &FileResult, column: String) {
        let Some(mut item) = asked.ask_columns.clone() else {
            return;
        };
        item.columns = Some(ColumnChoice {
            text: Some(column),
            ..ColumnChoice::default()
        });
        self.results.update(|r| r.retain(|x| x.id != asked.id));
        self.import(vec![item]);
    }

    async fn import_one(self, item: Pending, name: &str) -> Result<ImportSummary, ImportFailure> {
        let (text, file) = match item.source {
            Source::File(file) => {
                // Refused at once, before the file is handed to the worker.
                check_size(file.size() as u64).map_err(ImportFailure::Refused)?;
                (None, Some(file))
            }
            Source::Pasted { text, .. } => (Some(text), None),
        };
        // Earlier files of the batch are on the page already.
        let mut request = self
            .reports
            .with_untracked(|r| ImportRequest::beside(name, text, r));
        request.columns = item.columns;
        let progress = self.progress;
        let file = import_worker::import(request, file.as_ref(), move |done, total, counted| {
            progress.update(|p| {
                if let Some(p) = p {
                    p.reports_done = done;
                    p.reports = total;
                    p.counted = counted;
                }
            });
        })
        .await?;
        let summary = ImportSummary {
            format: file.format,
            encoding: file.encoding,
            reports: file
                .reports
                .iter()
                .map(|r| (r.title.clone(), warnings(r)))
                .collect(),
            not_imported: file.not_imported,
        };
        if !file.reports.is_empty() {
            self.persist(&file.reports).await;
            self.reports.update(|r| r.extend(file.reports));
        }
        Ok(summary)
    }

    async fn persist(self, reports: &[Report]) {
        let result = workspace_store::save(reports).await;
        self.note_storage(result);
    }

    fn note_storage(self, result: Result<(), Said>) {
        match result {
            Ok(()) => {
                if self.storage_problem.get_untracked().is_some() {
                    self.storage_problem.set(None);
                }
            }
            Err(why) => self
                .storage_problem
                .set(Some(Said::format(Key::StorageNotKept, vec![("why", why)]))),
        }
    }

    /// Removes imported reports by id (all of them with `None`). The
    /// removal is stored first and the list changes after, as an import is
    /// stored before it is listed: a reload right after a report leaves the
    /// list never brings it back. Where storing fails, the reports still
    /// leave the list and the user is told they may come back.
    pub fn remove(self, ids: Option<Vec<String>>) {
        spawn_local(async move {
            let result = workspace_store::remove(ids.as_deref()).await;
            self.note_storage(result);
            self.forget(ids.as_deref());
        });
    }

    /// Takes reports out of the list; the open one keeps its place, or
    /// closes if it went.
    fn forget(self, ids: Option<&[String]>) {
        let gone = |r: &Report| r.imported.is_some() && ids.is_none_or(|ids| ids.contains(&r.id));
        let removed: Vec<usize> = self.reports.with_untracked(|r| {
            r.iter()
                .enumerate()
                .filter(|(_, r)| gone(r))
                .map(|(i, _)| i)
                .collect()
        });
        self.open.update(|o| {
            if let Some(open) = o {
                if removed.contains(&open.index) {
                    *o = None;
                } else {
                    open.index -= removed.iter().filter(|&&i| i < open.index).count();
                }
            }
        });
        self.reports.update(|r| r.retain(|r| !gone(r)));
    }

    /// Applies a person's correction to an imported report and stores it.
    /// The worker checks it (regions need its gazetteer).
    pub async fn correct(self, id: &str, correction: &Correction) -> Result<(), NotCorrected> {
        let Some(report) = self
            .reports
            .with_untracked(|r| r.iter().find(|r| r.id == id).cloned())
        else {
            return Ok(());
        };
        let report = import_worker::correct(report, correction)
            .await
            .map_err(NotCorrected::Unchecked)?
            .map_err(NotCorrected::Invalid)?;
        self.reports.update(|r| {
            if let Some(slot) = r.iter_mut().find(|r| r.id == id) {
                *slot = report.clone();
            }
        });
        spawn_local(async move { self.persist(&[report]).await });
        Ok(())
    }

    /// The workspace as corpus JSON, for a download.
    pub fn export_json(self) -> String {
        self.reports.with_untracked(|r| workspace_json(r))
    }
}

/// Why a correction was not applied.
pub enum NotCorrected {
    /// Values that cannot be used, each with why.
    Invalid(Vec<FieldError>),
    /// The values could not be checked (the worker failed).
    Unchecked(Trouble),
}
