//! The app's search over paragraphs, exported to JavaScript for
//! `tests/bench/engines-bench.mjs`: one [`SearchIndex`] document per
//! paragraph, queried with [`parse_query`] and a [`QueryMatcher`] exactly as
//! the app queries reports (`explore::search_all`). Nothing else lives here.

use report_core::{parse_query, QueryMatcher, Report, SearchIndex, Section};
use wasm_bindgen::prelude::*;

/// A search index over paragraphs, each paragraph one document.
#[wasm_bindgen]
pub struct Engine {
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

/// Folds every paragraph once into an index, as the app folds reports.
///
/// The paragraphs come joined by newlines (which no paragraph contains), as
/// one string: handing each paragraph to wasm on its own would pass it
/// through the browser's `TextEncoder`, which makes Chromium move the
/// string's characters out of the JavaScript heap, and the benchmark's heap
/// figures would no longer compare with the other engines'.
#[wasm_bindgen]
pub fn build(paragraphs: &str) -> Engine {
    let reports: Vec<Report> = paragraphs
        .split('\n')
        .enumerate()
        .map(|(n, p)| paragraph_report(n, p.to_string()))
        .collect();
    Engine {
        index: SearchIndex::new(&reports),
    }
}

#[wasm_bindgen]
impl Engine {
    /// Indices of the paragraphs that match `query` (the app's query
    /// language), in order.
    pub fn search(&self, query: &str) -> Vec<u32> {
        let query = parse_query(query);
        let matcher = QueryMatcher::new(&query);
        (0..self.index.len())
            .filter(|&i| self.index.report_hits(i, &matcher).is_some())
            .map(|i| i as u32)
            .collect()
    }

    /// Number of paragraphs indexed.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// Bytes of folded text the index holds (its live size, less the
    /// per-paragraph keys), as wasm memory only ever grows.
    pub fn folded_bytes(&self) -> usize {
        (0..self.index.len())
            .flat_map(|i| self.index.folded_texts(i))
            .map(str::len)
            .sum()
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
}
