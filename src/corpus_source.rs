//! Where the corpus comes from: bundled into the wasm at build time
//! (data/corpus.json), or fetched from the URL a host page gives in
//! `data-corpus-url`, falling back to the bundled one if that fails.

use report_core::{parse_corpus, Corpus, CorpusError};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

const BUNDLED_CORPUS_JSON: &str = include_str!("../data/corpus.json");

pub fn bundled_corpus() -> Result<Corpus, CorpusError> {
    parse_corpus(BUNDLED_CORPUS_JSON)
}

/// The corpus to show, and a notice when the requested one could not be used.
#[derive(Clone)]
pub struct LoadedCorpus {
    pub corpus: Result<Corpus, String>,
    pub notice: Option<String>,
}

/// Loads `url` if given, else the bundled corpus. A failing URL (network
/// error, 404, not JSON, other schema version) falls back to the bundled
/// corpus with a notice saying why.
pub async fn load_corpus(url: Option<String>) -> LoadedCorpus {
    let bundled =
        || bundled_corpus().map_err(|e| format!("The bundled corpus could not be read: {e}"));
    let Some(url) = url else {
        return LoadedCorpus {
            corpus: bundled(),
            notice: None,
        };
    };
    match fetch_text(&url).await.and_then(|text| parse_corpus(&text).map_err(|e| e.to_string())) {
        Ok(corpus) => LoadedCorpus { corpus: Ok(corpus), notice: None },
        Err(why) => LoadedCorpus {
            corpus: bundled(),
            notice: Some(format!("The corpus at {url} could not be used ({why}); showing the bundled corpus instead.")),
        },
    }
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| "the request failed".to_string())?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = response.text().map_err(|_| "unreadable body".to_string())?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| "unreadable body".to_string())?;
    text.as_string()
        .ok_or_else(|| "body is not text".to_string())
}
