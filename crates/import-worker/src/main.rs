//! Report Explorer's import worker. The page sends one file (or pasted
//! text) at a time with what it already holds; the worker decodes and
//! processes it with the core's import (Word and PDF documents read by
//! report-office first), says how far it is, and sends back the file's
//! result. Everything stays on the user's machine.
//!
//! It also applies corrections by hand, which need its gazetteer.
//!
//! Wire format, both ways JSON strings ([`WorkerRequest`], [`ImportMessage`]):
//! page → worker `[request, File | null]`; worker → page `ready` once, then
//! per import `progress`… and one `finished`, per correction `corrected`.

use js_sys::{Array, Uint8Array};
use report_clean::import::{
    check_size, run_correction, Counted, ImportMessage, Rejection, RunImport, WorkerRequest,
};
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, File, FileReaderSync, MessageEvent};

/// Progress messages at most this often: enough for a smooth bar, few
/// enough not to flood the page.
const PROGRESS_EVERY_MS: f64 = 80.0;

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let handler = Closure::<dyn FnMut(MessageEvent)>::new({
        let scope = scope.clone();
        move |event: MessageEvent| {
            let message = handle(&scope, &event.data())
                .unwrap_or_else(|why| ImportMessage::Finished { result: Err(why) });
            post(&scope, &message);
        }
    });
    scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The worker lives as long as the page: so does its one handler.
    handler.forget();
    // Messages sent before the wasm loaded would have found no handler: the
    // page waits for this before sending any.
    post(&scope, &ImportMessage::Ready);
}

fn post(scope: &DedicatedWorkerGlobalScope, message: &ImportMessage) {
    let json = serde_json::to_string(message).expect("import messages serialise");
    // Posting a string to the page that created the worker cannot fail.
    let _ = scope.post_message(&JsValue::from_str(&json));
}

/// What went wrong between the page and the worker (never the user's doing;
/// the detail is for a bug report).
fn unreadable(detail: &str) -> Rejection {
    Rejection::Unreadable {
        detail: detail.to_string(),
    }
}

fn handle(scope: &DedicatedWorkerGlobalScope, data: &JsValue) -> Result<ImportMessage, Rejection> {
    let parts: Array = data
        .clone()
        .dyn_into()
        .map_err(|_| unreadable("the page sent the import worker something it does not read"))?;
    let request: WorkerRequest = parts
        .get(0)
        .as_string()
        .and_then(|json| serde_json::from_str(&json).ok())
        .ok_or_else(|| unreadable("the page sent the import worker a request it does not read"))?;
    let mut request = match request {
        WorkerRequest::Import(request) => request,
        WorkerRequest::Correct { report, correction } => {
            return Ok(run_correction(report, &correction))
        }
    };
    let bytes = match request.text.take() {
        Some(text) => text.into_bytes(),
        None => read(
            parts
                .get(1)
                .dyn_into()
                .map_err(|_| unreadable("no file came with the request"))?,
        )?,
    };
    // One clock for both counts, so pages then reports never flood the page.
    let last_progress = std::cell::Cell::new(0.0);
    let report = |done: usize, total: usize, of: Counted| {
        let now = js_sys::Date::now();
        if now - last_progress.get() >= PROGRESS_EVERY_MS || done == total {
            last_progress.set(now);
            post(scope, &ImportMessage::Progress { done, total, of });
        }
    };
    let columns = request.columns.clone();
    let prepared =
        report_office::prepare_file(&request.file, &bytes, columns.as_ref(), |done, total| {
            report(done, total, Counted::Pages)
        });
    Ok(request.run_prepared(prepared, |done, total| {
        report(done, total, Counted::Reports)
    }))
}

/// The file's bytes, refusing an oversized file before reading it.
fn read(file: File) -> Result<Vec<u8>, Rejection> {
    check_size(file.size() as u64)?;
    let could_not_read = |e: JsValue| Rejection::Unreadable {
        detail: js_sys::Error::from(e).message().into(),
    };
    let buffer = FileReaderSync::new()
        .map_err(could_not_read)?
        .read_as_array_buffer(&file)
        .map_err(could_not_read)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}
