//! The page's side of the import worker (crates/import-worker): starts it
//! on the first import, hands it one file at a time and waits for the
//! result, passing its progress on; corrections by hand go the same way. Decoding and processing never run on
//! the page's thread, and the encoding tables stay out of the page's wasm.
//!
//! Where the worker is: `<meta name="report-explorer-import-worker">`,
//! written by scripts/post-build.mjs (and by embed.js and the single-file
//! build): `content` is Trunk's loader for a same-origin page; `data-glue`
//! and `data-wasm` let a page elsewhere (an embedding site) start it from a
//! small script of its own; `data-script` is the whole worker as one blob:
//! URL, for a file opened from disk, which may load nothing by URL.

use std::cell::RefCell;

use js_sys::{Array, Promise};
use report_core::i18n::{Key, Lang, Text};
use report_core::import::{
    Correction, Counted, FieldError, FileImport, ImportMessage, ImportRequest, Rejection,
    WorkerRequest,
};
use report_core::Report;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, ErrorEvent, File, MessageEvent, Url, Worker};

const WORKER_META: &str = "meta[name=report-explorer-import-worker]";

thread_local! {
    /// The running worker, once started; dropped when it fails, so the
    /// next import starts a fresh one.
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
}

/// Why a file was not imported.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportFailure {
    /// The import read it and refused it.
    Refused(Rejection),
    /// The importer itself failed.
    Importer(Trouble),
}

impl ImportFailure {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            ImportFailure::Refused(rejection) => rejection.describe(lang),
            // "Not imported: the importer could not start: …" says it all.
            ImportFailure::Importer(Trouble::Start(why)) => {
                lang.format(Key::WorkerCouldNotStart, &[("why", why)])
            }
            ImportFailure::Importer(trouble) => trouble.describe(lang, Key::WorkerFailed),
        }
    }
}

/// Imports one file (or pasted text, in `request.text`) in the worker.
pub async fn import(
    request: ImportRequest,
    file: Option<&File>,
    on_progress: impl Fn(usize, usize, Counted) + 'static,
) -> Result<FileImport, ImportFailure> {
    match ask(&WorkerRequest::Import(request), file, on_progress).await {
        Ok(ImportMessage::Finished { result }) => result.map_err(ImportFailure::Refused),
        Ok(other) => Err(ImportFailure::Importer(out_of_turn(&other))),
        Err(trouble) => Err(ImportFailure::Importer(trouble)),
    }
}

/// Checks and applies a person's correction in the worker, which has the
/// gazetteer. `Ok(Err(..))`: the values that cannot be used; `Err`: why it
/// could not be checked.
pub async fn correct(
    report: Report,
    correction: &Correction,
) -> Result<Result<Report, Vec<FieldError>>, Trouble> {
    let request = WorkerRequest::Correct {
        report: Box::new(report),
        correction: correction.clone(),
    };
    match ask(&request, None, |_, _, _| {}).await {
        Ok(ImportMessage::Corrected { result }) => Ok(result.map(|report| *report)),
        Ok(other) => Err(out_of_turn(&other)),
        Err(trouble) => Err(trouble),
    }
}

/// Why the worker gave no answer. The details are the browser's or the
/// worker's own words, for a bug report.
#[derive(Debug, Clone, PartialEq)]
pub enum Trouble {
    /// It could not start.
    Start(String),
    /// It failed on this request.
    Failed(String),
}

impl Trouble {
    /// The sentence for the user; `failed` says what failed (an import, a
    /// correction) and why, its `{why}`.
    pub fn describe(&self, lang: Lang, failed: impl Text) -> String {
        let why = match self {
            Trouble::Start(why) => lang.format(Key::WorkerCouldNotStart, &[("why", why)]),
            Trouble::Failed(why) => why.clone(),
        };
        lang.format(failed, &[("why", &why)])
    }
}

fn out_of_turn(message: &ImportMessage) -> Trouble {
    Trouble::Failed(format!("the importer answered out of turn ({message:?})"))
}

/// Sends one request (with its file, if any) and waits for its answer. A
/// worker that fails is dropped, so the next request gets a new one.
async fn ask(
    request: &WorkerRequest,
    file: Option<&File>,
    on_progress: impl Fn(usize, usize, Counted) + 'static,
) -> Result<ImportMessage, Trouble> {
    let worker = running_worker().await.map_err(Trouble::Start)?;
    let json = serde_json::to_string(request).map_err(|e| Trouble::Failed(e.to_string()))?;
    let message = Array::of2(
        &JsValue::from_str(&json),
        &file.map_or(JsValue::NULL, JsValue::from),
    );
    let answer = converse(&worker, Some(&message), on_progress).await;
    if answer.is_err() {
        worker.terminate();
        WORKER.with(|w| w.borrow_mut().take());
    }
    answer.map_err(Trouble::Failed)
}

async fn running_worker() -> Result<Worker, String> {
    if let Some(worker) = WORKER.with(|w| w.borrow().clone()) {
        return Ok(worker);
    }
    let worker = start()?;
    match converse(&worker, None, |_, _, _| {}).await {
        Ok(ImportMessage::Ready) => {
            WORKER.with(|w| *w.borrow_mut() = Some(worker.clone()));
            Ok(worker)
        }
        Ok(other) => Err(format!("it started wrongly ({other:?})")),
        Err(why) => {
            worker.terminate();
            Err(why)
        }
    }
}

fn start() -> Result<Worker, String> {
    let document = gloo::utils::document();
    let meta = document
        .query_selector(WORKER_META)
        .ok()
        .flatten()
        .ok_or("this page was built without it")?;
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    let absolute = |value: Option<String>| {
        value
            .filter(|v| !v.is_empty())
            .and_then(|v| Url::new_with_base(&v, &base).ok())
    };
    let page_origin = gloo::utils::window()
        .location()
        .origin()
        .unwrap_or_default();
    let failed = |e: JsValue| {
        js_sys::Reflect::get(&e, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_else(|| format!("{e:?}"))
    };
    if let Some(script) = meta.get_attribute("data-script") {
        return Worker::new(&script).map_err(failed);
    }
    // Same origin: Trunk's loader, which any CSP that allows the page's own
    // scripts allows too.
    if let Some(loader) = absolute(meta.get_attribute("content")) {
        if loader.origin() == page_origin && page_origin != "null" {
            return Worker::new(&loader.href()).map_err(failed);
        }
    }
    // Elsewhere a worker must come from the page's own origin: a small
    // script that loads the worker's code from where it is.
    let (Some(glue), Some(wasm)) = (
        absolute(meta.get_attribute("data-glue")),
        absolute(meta.get_attribute("data-wasm")),
    ) else {
        return Err("this page does not say where its importer is".into());
    };
    // As scripts/worker-start.mjs says: a wasm that fails to load ends the
    // worker with an error the page hears of.
    let source = format!(
        "importScripts({});\nwasm_bindgen({{ module_or_path: {} }}).catch((error) => setTimeout(() => {{ throw error; }}));\n",
        js_string(&glue.href()),
        js_string(&wasm.href())
    );
    let options = BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = Blob::new_with_str_sequence_and_options(&Array::of1(&source.into()), &options)
        .map_err(failed)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(failed)?;
    // Not revoked: the worker may still be fetching it.
    Worker::new(&url).map_err(failed)
}

fn js_string(value: &str) -> String {
    serde_json::to_string(value).expect("a string serialises")
}

/// Sends `message` (if any) and waits for the worker's next message that
/// is not progress, passing progress to `on_progress`. `Err` if the worker
/// fails meanwhile.
async fn converse(
    worker: &Worker,
    message: Option<&JsValue>,
    on_progress: impl Fn(usize, usize, Counted) + 'static,
) -> Result<ImportMessage, String> {
    let mut settle = None;
    let answered = Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let (resolve, reject) = settle.expect("a promise runs its executor at once");
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new({
        let reject = reject.clone();
        move |event: MessageEvent| {
            let parsed = event
                .data()
                .as_string()
                .and_then(|json| serde_json::from_str::<ImportMessage>(&json).ok());
            match parsed {
                Some(ImportMessage::Progress { done, total, of }) => on_progress(done, total, of),
                Some(_) => {
                    let _ = resolve.call1(&JsValue::NULL, &event.data());
                }
                None => {
                    let _ = reject.call1(&JsValue::NULL, &"an unreadable message".into());
                }
            }
        }
    });
    let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
        event.prevent_default();
        let what = Some(event.message())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| "it stopped unexpectedly".into());
        let _ = reject.call1(&JsValue::NULL, &what.into());
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let sent = message.map_or(Ok(()), |m| worker.post_message(m));
    let outcome = match sent {
        Ok(()) => JsFuture::from(answered).await,
        Err(e) => Err(JsValue::from_str(&format!(
            "the file could not be handed over ({e:?})"
        ))),
    };
    worker.set_onmessage(None);
    worker.set_onerror(None);
    match outcome {
        Ok(json) => json
            .as_string()
            .and_then(|json| serde_json::from_str(&json).ok())
            .ok_or_else(|| "an unreadable answer".to_string()),
        Err(why) => Err(why.as_string().unwrap_or_else(|| format!("{why:?}"))),
    }
}
