//! Where the corpus comes from: bundled into the wasm at build time
//! (data/corpus.json), or fetched from the URL a host page gives in
//! `data-corpus-url`, falling back to the bundled one if that fails. That
//! URL may also name a catalogue of parts (`report-cli split`): the first
//! part is shown at once and the others are fetched in turn after it; or
//! the catalogue of a sharded corpus (`report-cli split --shards`): its
//! reports without text are shown at once, and `corpus_shards` fetches
//! index shards and texts as they are needed. A fetched file is read by
//! code of its own, a wasm chunk fetched beside the file
//! (`read_corpus_file`): the first download reads only the bundled corpus.

use leptos::task::spawn_local;
use leptos::wasm_split::wasm_split;
use report_core::i18n::Key;
use report_core::{
    parse_corpus, parse_corpus_file, shard_file, Corpus, CorpusError, CorpusFile, CorpusParts,
    ShardedCatalogue,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::components::later_views::ChunkMissing;
use crate::i18n::Said;

/// `data/corpus.json` as build.rs compacts it.
const BUNDLED_CORPUS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/corpus.json"));

pub fn bundled_corpus() -> Result<Corpus, CorpusError> {
    parse_corpus(BUNDLED_CORPUS_JSON)
}

/// The corpus to show, and a notice when the requested one could not be used.
#[derive(Clone)]
pub struct LoadedCorpus {
    pub corpus: Result<Corpus, Said>,
    pub notice: Option<Said>,
    /// The parts still to fetch, when the corpus comes in parts.
    pub more: Option<MoreParts>,
    /// Where the shards and texts are, when the corpus is sharded.
    pub sharded: Option<ShardedSource>,
}

/// A sharded corpus's files. Their URLs are resolved when each is
/// fetched: resolving the 2,400 files of ten thousand reports at load took
/// about 26 ms of the first screen.
#[derive(Clone, Debug)]
pub struct ShardedSource {
    /// The catalogue's absolute URL, which the files are named against.
    base: String,
    /// Index shards: shard `n` is [`shard_file`]`(n)`.
    pub shards: u32,
    /// Text parts in order: file, first report, reports.
    pub texts: Vec<(String, usize, usize)>,
    /// Reports in the catalogue (documents of the index).
    pub docs: usize,
}

impl ShardedSource {
    /// Index shard `n`'s URL.
    pub fn shard_url(&self, n: u32) -> Result<String, Said> {
        absolute(&shard_file(n), &self.base)
    }

    /// Text part `part`'s URL.
    pub fn text_url(&self, part: usize) -> Result<String, Said> {
        absolute(&self.texts[part].0, &self.base)
    }
}

/// The parts of a corpus after the first, to fetch in turn.
#[derive(Clone, Debug)]
pub struct MoreParts {
    /// Absolute URLs, in order, with the number of reports in each.
    pub parts: Vec<(String, usize)>,
    /// Reports in the whole corpus.
    pub total: usize,
}

/// Loads `url` if given, else the bundled corpus. A failing URL (network
/// error, 404, not JSON, other schema version) falls back to the bundled
/// corpus with a notice saying why.
pub async fn load_corpus(url: Option<String>) -> LoadedCorpus {
    let bundled = || {
        bundled_corpus()
            .map_err(|e| Said::format(Key::CorpusBundledUnreadable, vec![("why", corpus_error(e))]))
    };
    let Some(url) = url else {
        return LoadedCorpus {
            corpus: bundled(),
            notice: None,
            more: None,
            sharded: None,
        };
    };
    // The reader of corpus files (a whole corpus, a catalogue of parts or
    // of shards) is a chunk of its own, fetched beside the file.
    spawn_local(async {
        let _ = load_corpus_file_reader().await;
    });
    let first = match read_text(adopt_prefetch(&url).or_else(|| start_fetch(&url))).await {
        Ok(text) => match read_corpus_file(text).await {
            Ok(file) => file.map_err(corpus_error),
            Err(ChunkMissing) => Err(Said::text(Key::CorpusReaderMissing)),
        },
        Err(why) => Err(why),
    };
    let first = match first {
        Ok(CorpusFile::Whole(corpus)) => Ok((corpus, None, None)),
        Ok(CorpusFile::Parts(catalogue)) => first_part(&url, catalogue)
            .await
            .map(|(corpus, more)| (corpus, more, None)),
        Ok(CorpusFile::Sharded(catalogue)) => sharded(&url, catalogue),
        Err(why) => Err(why),
    };
    match first {
        Ok((corpus, more, sharded)) => LoadedCorpus {
            corpus: Ok(corpus),
            notice: None,
            more,
            sharded,
        },
        Err(why) => LoadedCorpus {
            corpus: bundled(),
            notice: Some(Said::format(
                Key::CorpusUrlFallback,
                vec![("url", Said::verbatim(url)), ("why", why)],
            )),
            more: None,
            sharded: None,
        },
    }
}

/// Reads a fetched corpus file: its reader (serde's reading of catalogues'
/// columns, parts and shards) is not the first download's, which reads
/// only the bundled corpus.
#[wasm_split(corpus_file, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_corpus_file_reader))]
fn read_corpus_file(json: String) -> Result<Result<CorpusFile, CorpusError>, ChunkMissing> {
    Ok(parse_corpus_file(&json))
}

/// A sharded catalogue's reports, shown at once, and where its files are.
fn sharded(
    url: &str,
    catalogue: ShardedCatalogue,
) -> Result<(Corpus, Option<MoreParts>, Option<ShardedSource>), Said> {
    let base = absolute(url, &document_base())?;
    let mut texts = Vec::with_capacity(catalogue.texts.len());
    let mut first = 0;
    for part in catalogue.texts {
        texts.push((part.file, first, part.reports));
        first += part.reports;
    }
    let source = ShardedSource {
        base,
        shards: catalogue.shards,
        texts,
        docs: catalogue.reports.len(),
    };
    let corpus = Corpus {
        schema_version: catalogue.schema_version,
        reports: catalogue.reports,
    };
    Ok((corpus, None, Some(source)))
}

/// `file` resolved against `base`, or why it is not a file name.
fn absolute(file: &str, base: &str) -> Result<String, Said> {
    web_sys::Url::new_with_base(file, base)
        .map(|u| u.href())
        .map_err(|_| Said::format(Key::CorpusBadPartName, vec![("file", Said::verbatim(file))]))
}

/// Fetches the first part of a catalogue; the others are left for
/// [`load_part`].
async fn first_part(
    url: &str,
    catalogue: CorpusParts,
) -> Result<(Corpus, Option<MoreParts>), Said> {
    let base = web_sys::Url::new_with_base(url, &document_base())
        .map_err(|_| Said::format(Key::CorpusNotUrl, vec![("url", Said::verbatim(url))]))?;
    let mut parts = Vec::new();
    for part in &catalogue.parts {
        let href = web_sys::Url::new_with_base(&part.file, &base.href())
            .map_err(|_| {
                Said::format(
                    Key::CorpusBadPartName,
                    vec![("file", Said::verbatim(&part.file))],
                )
            })?
            .href();
        parts.push((href, part.reports));
    }
    let (first, _) = parts.remove(0);
    let corpus = load_part(&first)
        .await
        .map_err(|why| Said::format(Key::CorpusFirstPart, vec![("why", why)]))?;
    let more = (!parts.is_empty()).then_some(MoreParts {
        parts,
        total: catalogue.reports,
    });
    Ok((corpus, more))
}

/// Fetches and reads one part of a corpus.
pub async fn load_part(url: &str) -> Result<Corpus, Said> {
    let text = fetch_text(url).await?;
    parse_corpus(&text).map_err(corpus_error)
}

fn corpus_error(error: CorpusError) -> Said {
    Said::new(move |lang| error.describe(lang))
}

fn document_base() -> String {
    gloo::utils::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default()
}

async fn fetch_text(url: &str) -> Result<String, Said> {
    read_text(start_fetch(url)).await
}

/// The text of a fetch started, or why there is none: read as
/// `Response.text()` reads it (UTF-8, a byte-order mark dropped, bad bytes
/// replaced), but from its bytes, copied once into the wasm; a JS string
/// of a 9 MB catalogue took 100 ms more to pass in.
async fn read_text(started: Option<JsFuture>) -> Result<String, Said> {
    let bytes = read_bytes(started).await?;
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(bad) => String::from_utf8_lossy(bad.as_bytes()).into_owned(),
    };
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// Starts fetching the bytes at `url` (an index shard) now: the browser
/// fetches while the caller starts others or awaits an earlier one.
pub fn start_fetch_bytes(url: &str) -> impl std::future::Future<Output = Result<Vec<u8>, Said>> {
    read_bytes(start_fetch(url))
}

/// The bytes of a fetch started, or why there are none.
async fn read_bytes(started: Option<JsFuture>) -> Result<Vec<u8>, Said> {
    let response = ok_response(started).await?;
    let unreadable = || Said::text(Key::FetchUnreadable);
    let buffer = response.array_buffer().map_err(|_| unreadable())?;
    let buffer = JsFuture::from(buffer).await.map_err(|_| unreadable())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The fetch of `url` that web/corpus-prefetch.js started before the
/// wasm, when it is that URL's: taken once, so a later load fetches anew.
fn adopt_prefetch(url: &str) -> Option<JsFuture> {
    let window = web_sys::window()?;
    let key = JsValue::from_str("__reportExplorerCorpus");
    let prefetch = js_sys::Reflect::get(&window, &key).ok()?;
    if prefetch.is_undefined() {
        return None;
    }
    js_sys::Reflect::delete_property(&window, &key).ok()?;
    let field = |name: &str| js_sys::Reflect::get(&prefetch, &JsValue::from_str(name)).ok();
    if field("url")?.as_string()? != url {
        return None;
    }
    let response: js_sys::Promise = field("response")?.dyn_into().ok()?;
    Some(JsFuture::from(response))
}

/// The browser's fetch of `url`, started.
fn start_fetch(url: &str) -> Option<JsFuture> {
    web_sys::window().map(|window| JsFuture::from(window.fetch_with_str(url)))
}

async fn ok_response(started: Option<JsFuture>) -> Result<web_sys::Response, Said> {
    let failed = || Said::text(Key::FetchFailed);
    let response = started.ok_or_else(failed)?.await.map_err(|_| failed())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| failed())?;
    if !response.ok() {
        let status = Said::verbatim(format!("HTTP {}", response.status()));
        return Err(Said::format(Key::FetchStatus, vec![("status", status)]));
    }
    Ok(response)
}
