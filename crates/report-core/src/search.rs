//! Queries and exact substring matching on folded text.
//!
//! Chinese has no spaces between words, so search never tokenises: a term
//! matches wherever its folded characters occur, inside longer words too.

use crate::fold::{fold_char, is_space};
use crate::model::Report;

/// Longest query kept, in characters; longer input is cut (and the cut
/// reported) so a pasted page cannot freeze the app.
pub const MAX_QUERY_CHARS: usize = 200;

/// A parsed query: terms that must all occur.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub terms: Vec<Term>,
    /// The input was longer than [`MAX_QUERY_CHARS`] and was cut.
    pub truncated: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The term as typed, for display.
    pub text: String,
    /// The folded form that is matched.
    folded: String,
}

impl Query {
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Parses space-separated terms; `"double quotes"` keep spaces inside a
/// phrase. An unbalanced quote runs to the end of the input. Terms that fold
/// to nothing (punctuation only is kept: it is a valid substring) and
/// repeated terms are dropped.
pub fn parse_query(input: &str) -> Query {
    let truncated = input.chars().count() > MAX_QUERY_CHARS;
    let input: String = input.chars().take(MAX_QUERY_CHARS).collect();
    let mut terms: Vec<Term> = Vec::new();
    let mut current = String::new();
    let mut in_quotes = false;
    let mut push = |raw: &mut String| {
        let text = raw.trim_matches(is_space).to_string();
        raw.clear();
        let folded: String = text.chars().map(fold_char).collect();
        if !text.is_empty() && !terms.iter().any(|t| t.folded == folded) {
            terms.push(Term { text, folded });
        }
    };
    for c in input.chars() {
        match c {
            '"' | '“' | '”' | '＂' => {
                push(&mut current);
                in_quotes = !in_quotes;
            }
            c if is_space(c) && !in_quotes => push(&mut current),
            c => current.push(c),
        }
    }
    push(&mut current);
    Query { terms, truncated }
}

/// One occurrence of a term: byte range in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub term: usize,
    pub start: usize,
    pub end: usize,
}

/// Every occurrence of every term in `text`, overlapping ones included,
/// sorted by start (longer first on ties).
pub fn find_hits(text: &str, query: &Query) -> Vec<Hit> {
    if query.terms.is_empty() {
        return Vec::new();
    }
    let folded = FoldedText::new(text);
    let mut hits = Vec::new();
    for (term, t) in query.terms.iter().enumerate() {
        let mut from = 0;
        while let Some(found) = folded.text[from..].find(&t.folded) {
            let start = from + found;
            let end = start + t.folded.len();
            hits.push(Hit {
                term,
                start: folded.original_offset(start),
                end: folded.original_offset(end),
            });
            from = start
                + folded.text[start..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
        }
    }
    hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
    hits
}

/// Folded text with a way back to byte offsets in the original.
struct FoldedText {
    text: String,
    /// (folded byte offset, original byte offset) at each char boundary.
    offsets: Vec<(usize, usize)>,
}

impl FoldedText {
    fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut offsets = Vec::with_capacity(original.len() / 2);
        for (at, c) in original.char_indices() {
            offsets.push((text.len(), at));
            text.push(fold_char(c));
        }
        offsets.push((text.len(), original.len()));
        FoldedText { text, offsets }
    }

    fn original_offset(&self, folded: usize) -> usize {
        match self.offsets.binary_search_by_key(&folded, |o| o.0) {
            Ok(i) => self.offsets[i].1,
            Err(i) => self.offsets[i.min(self.offsets.len() - 1)].1,
        }
    }
}

/// Hits in a report, per term, over its title, headings and paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct ReportHits {
    pub per_term: Vec<usize>,
}

impl ReportHits {
    pub fn total(&self) -> usize {
        self.per_term.iter().sum()
    }

    /// Every term occurs at least once.
    pub fn matches_all(&self) -> bool {
        !self.per_term.is_empty() && self.per_term.iter().all(|n| *n > 0)
    }
}

/// Counts each term's hits in a report's title, headings and paragraphs.
pub fn count_hits(report: &Report, query: &Query) -> ReportHits {
    let mut per_term = vec![0; query.terms.len()];
    let headings = report.headings().collect::<Vec<_>>();
    let texts = std::iter::once(report.title.as_str())
        .chain(headings.iter().map(String::as_str))
        .chain(report.paragraphs());
    for text in texts {
        for hit in find_hits(text, query) {
            per_term[hit.term] += 1;
        }
    }
    ReportHits { per_term }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(input: &str) -> Vec<String> {
        parse_query(input)
            .terms
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    fn spans(text: &str, query: &str) -> Vec<(usize, &'static str)> {
        let q = parse_query(query);
        find_hits(text, &q)
            .into_iter()
            .map(|h| {
                (
                    h.term,
                    if text[h.start..h.end].is_empty() {
                        ""
                    } else {
                        "x"
                    },
                )
            })
            .collect()
    }

    #[test]
    fn parses_terms_and_phrases() {
        assert_eq!(terms("营商环境  双招双引"), vec!["营商环境", "双招双引"]);
        assert_eq!(terms("\"新旧 动能\" 转换"), vec!["新旧 动能", "转换"]);
        assert_eq!(terms("“营商环境”"), vec!["营商环境"]);
        assert_eq!(terms("\"unbalanced phrase"), vec!["unbalanced phrase"]);
        assert_eq!(terms("   "), Vec::<String>::new());
        assert_eq!(terms("GDP gdp"), vec!["GDP"]);
    }

    #[test]
    fn long_queries_are_cut() {
        let q = parse_query(&"很".repeat(10_000));
        assert!(q.truncated);
        assert_eq!(q.terms[0].text.chars().count(), MAX_QUERY_CHARS);
    }

    #[test]
    fn matches_folded_width_and_case() {
        let text = "ＧＤＰ增长，gdp总量";
        let hits = find_hits(text, &parse_query("GDP"));
        assert_eq!(hits.len(), 2);
        assert_eq!(&text[hits[0].start..hits[0].end], "ＧＤＰ");
        assert_eq!(&text[hits[1].start..hits[1].end], "gdp");
        assert_eq!(find_hits(text, &parse_query(",")).len(), 1);
    }

    #[test]
    fn finds_terms_inside_words_and_overlapping() {
        let text = "全面推动新旧动能转换";
        let hits = find_hits(text, &parse_query("新旧动能 动能转换"));
        assert_eq!(hits.len(), 2);
        assert_eq!(&text[hits[0].start..hits[0].end], "新旧动能");
        assert_eq!(&text[hits[1].start..hits[1].end], "动能转换");
        assert_eq!(spans("啊啊啊", "啊啊").len(), 2);
    }

    #[test]
    fn no_terms_no_hits() {
        assert!(find_hits("文本", &parse_query("")).is_empty());
        assert!(find_hits("", &parse_query("文本")).is_empty());
    }
}
