//! The app's search over paragraphs, exported to JavaScript for
//! `tests/bench/engines-bench.mjs`, each paragraph one document, queried
//! with [`parse_query`] as the app queries reports: [`Engine`] scans the
//! folded paragraphs with a [`QueryMatcher`] (the app's search before issue
//! 22), [`IndexEngine`] asks a [`SearchIndex`]'s postings (the app's search
//! now, `explore::search_all`). Nothing else lives here.

use report_core::{fold_for_search, parse_query, QueryMatcher, Report, SearchIndex, Section};
use wasm_bindgen::prelude::*;

/// Folded paragraphs, each one document, scanned for every query.
#[wasm_bindgen]
pub struct Engine {
    folded: Vec<String>,
}

/// A [`SearchIndex`] over paragraphs, each one document.
#[wasm_bindgen]
pub struct IndexEngine {
    index: SearchIndex,
}

/// A report holding one paragraph and nothing else: its reader texts are
/// an empty title and the paragraph, so the index folds just that text.
fn paragraph_report(n: usize, text: String) -> Report {
    Report {
        id: n.to_string(),
        origin: String::new(),
        title: String::new(),
        title_is_derived: false,
        subtitle: None,
        date: None,
        source: None,
        authors: Vec::new(),
        people: Vec::new(),
        region: None,
        sections: vec![Section {
            heading: Vec::new(),
            paragraphs: vec![text],
            themes: Vec::new(),
        }],
        captions: Vec::new(),
        figures: Vec::new(),
        noise: Vec::new(),
        imported: None,
    }
}

/// Folds every paragraph once, as the app folds reports.
///
/// The paragraphs come joined by newlines (which no paragraph contains), as
/// one string: handing each paragraph to wasm on its own would pass it
/// through the browser's `TextEncoder`, which makes Chromium move the
/// string's characters out of the JavaScript heap, and the benchmark's heap
/// figures would no longer compare with the other engines'.
#[wasm_bindgen]
pub fn build(paragraphs: &str) -> Engine {
    Engine {
        folded: paragraphs.split('\n').map(fold_for_search).collect(),
    }
}

/// Indexes every paragraph (as the app indexes a report), one at a time.
/// The paragraphs come as for [`build`].
#[wasm_bindgen]
pub fn build_index(paragraphs: &str) -> IndexEngine {
    let mut index = SearchIndex::default();
    for (n, p) in paragraphs.split('\n').enumerate() {
        index.push(&paragraph_report(n, p.to_string()));
    }
    index.shrink_to_fit();
    IndexEngine { index }
}

#[wasm_bindgen]
impl Engine {
    /// Indices of the paragraphs that match `query` (the app's query
    /// language), in order.
    pub fn search(&self, query: &str) -> Vec<u32> {
        let query = parse_query(query);
        let matcher = QueryMatcher::new(&query);
        (0..self.folded.len())
            .filter(|&i| matcher.text_hits(&self.folded[i]).is_some())
            .map(|i| i as u32)
            .collect()
    }

    /// Number of paragraphs held.
    pub fn len(&self) -> usize {
        self.folded.len()
    }

    pub fn is_empty(&self) -> bool {
        self.folded.is_empty()
    }

    /// Bytes of folded text held (its live size), as wasm memory only ever
    /// grows.
    pub fn folded_bytes(&self) -> usize {
        self.folded.iter().map(String::len).sum()
    }
}

#[wasm_bindgen]
impl IndexEngine {
    /// Indices of the paragraphs that match `query`, in order, with each
    /// term's count computed (as the app's result list needs them).
    pub fn search(&self, query: &str) -> Vec<u32> {
        let query = parse_query(query);
        self.index
            .postings()
            .search(&query)
            .into_iter()
            .map(|(doc, _)| doc)
            .collect()
    }

    /// Number of paragraphs indexed.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// Bytes of folded text held (for the reader's hits and snippets).
    pub fn folded_bytes(&self) -> usize {
        self.index.folded_bytes()
    }

    /// Bytes of postings held.
    pub fn index_bytes(&self) -> usize {
        self.index.postings().size_bytes()
    }
}

/// The search folding (traditional → simplified, width, case), so the
/// benchmark can tell matches that only folding finds.
#[wasm_bindgen]
pub fn fold(text: &str) -> String {
    report_core::fold_for_search(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_document_per_paragraph() {
        let engine = build("优化营商环境\n推进乡村振兴\n優化營商環境，推进乡村振兴");
        assert_eq!(engine.len(), 3);
        assert_eq!(engine.search("营商环境"), vec![0, 2]);
        assert_eq!(engine.search("营商环境 乡村振兴"), vec![2]);
        assert_eq!(engine.search("乡村振兴 -营商环境"), vec![1]);
        assert_eq!(engine.search("不存在"), Vec::<u32>::new());
        // 18 + 18 + 37 bytes: the full-width comma folds to one byte.
        assert_eq!(engine.folded_bytes(), 73);
    }

    #[test]
    fn the_index_finds_what_the_scan_finds() {
        let paragraphs = "优化营商环境\n推进乡村振兴\n優化營商環境，推进乡村振兴\n哈哈哈哈";
        let (scan, index) = (build(paragraphs), build_index(paragraphs));
        assert_eq!(index.len(), 4);
        for q in [
            "营商环境",
            "营商环境 乡村振兴",
            "乡村振兴 -营商环境",
            "不存在",
            "哈哈哈",
            "乡 | 哈",
        ] {
            assert_eq!(index.search(q), scan.search(q), "{q}");
        }
        assert_eq!(index.search("哈哈哈"), vec![3]);
        // Each paragraph is a report's text after its (empty) title line.
        assert_eq!(index.folded_bytes(), 73 + 12 + 4);
        assert!(index.index_bytes() > 0);
    }
}
