//! A phrase as reports write it, quotation marks and all. Reports put
//! quotation marks around a slogan or a plan's short name inside a phrase
//! (`“十四五”规划`, `“放管服”改革`, `“三农”工作`, `「十四五」規劃`); people
//! type the phrase without them (`十四五规划`), and search, which matches
//! what is written, finds none of it. [`written_with_quotes`] finds how
//! the reports write the term with quotation marks between its
//! characters, to be offered beside it; the query reads a quote mark
//! inside a word as the text's own, so each is searched as written.

use memchr::memmem;

use crate::search::query::{Query, Term};
use crate::search::SearchIndex;
use crate::text::fold::is_han;

/// Quotation marks reports put around a part of a phrase: curly, single
/// (nested in double) and straight, and the corner brackets of texts in
/// traditional characters. More than the query's quotes (`query::is_quote`,
/// the marks that open a phrase there): the single marks and brackets are
/// plain text to the query, so a form holding them is searched as written.
const QUOTE_MARKS: [char; 9] = ['“', '”', '‘', '’', '"', '「', '」', '『', '』'];

fn is_quote_mark(c: char) -> bool {
    QUOTE_MARKS.contains(&c)
}

/// Fewest characters of a term looked for with quotation marks inside: a
/// slogan and what follows it (`三农工作`); two characters split by a mark
/// are most often two phrases' edges, not one phrase.
const SHORTEST_TERM: usize = 3;

/// Most: a phrase with a quoted part is short, and each character more is
/// nine more openings asked of the index at each keystroke (a pasted
/// sentence of repeated words took hundreds of milliseconds).
const LONGEST_TERM: usize = 24;

/// Whether the folded `term` is one [`written_with_quotes`] may find
/// written otherwise: three characters to [`LONGEST_TERM`], two of them
/// Chinese (the marks set off Chinese phrases), no quotation mark.
pub fn may_be_quoted_inside(term: &str) -> bool {
    (SHORTEST_TERM..=LONGEST_TERM).contains(&term.chars().count())
        && term.chars().filter(|&c| is_han(c)).count() >= 2
        && !term.contains(is_quote_mark)
}

/// What a report writing a term with quotation marks inside holds as
/// written before its first mark: the term's first `chars` characters and
/// the mark (`十四五”` for `十四五规划`).
#[derive(Debug, Clone, PartialEq)]
pub struct Opening {
    pub chars: usize,
    pub text: String,
}

/// The folded `term`'s [`Opening`]s, one for each place a mark may stand
/// and each mark. The reports holding any of them are the only ones
/// [`written_with_quotes`] need read, and what it reads in them: the index
/// finds them without reading text. Empty for a term
/// [`may_be_quoted_inside`] refuses.
pub fn openings_before_a_mark(term: &str) -> Vec<Opening> {
    if !may_be_quoted_inside(term) {
        return Vec::new();
    }
    let chars: Vec<char> = term.chars().collect();
    (1..chars.len())
        .flat_map(|k| {
            let opening: String = chars[..k].iter().collect();
            QUOTE_MARKS.iter().map(move |mark| Opening {
                chars: k,
                text: format!("{opening}{mark}"),
            })
        })
        .collect()
}

/// The ways `documents` write the folded `term` with one quotation mark or
/// more between its characters, from its first character to its last
/// (`十四五”规划` for `十四五规划` where a report has `“十四五”规划`),
/// each once, in the order first met. Each document comes with the
/// openings to look for in it (those it holds); an occurrence is met once,
/// at its first mark.
pub fn written_with_quotes<'a>(
    documents: impl Iterator<Item = (&'a str, Vec<&'a Opening>)>,
    term: &str,
) -> Vec<String> {
    let term: Vec<char> = term.chars().collect();
    let mut forms: Vec<String> = Vec::new();
    for (document, openings) in documents {
        for opening in openings {
            let Some(rest) = term.get(opening.chars..) else {
                continue;
            };
            let finder = memmem::Finder::new(opening.text.as_bytes());
            for start in finder.find_iter(document.as_bytes()) {
                let mark = start + opening.text.len() - mark_len(&opening.text);
                if let Some(end) = rest_after_marks(document, mark, rest) {
                    let form = &document[start..end];
                    if !forms.iter().any(|f| f == form) {
                        forms.push(form.to_string());
                    }
                }
            }
        }
    }
    forms
}

/// Bytes of the mark that closes an opening.
fn mark_len(opening: &str) -> usize {
    opening.chars().next_back().map_or(0, char::len_utf8)
}

/// Where `rest` ends when read from byte `at` of `document`, quotation
/// marks skipped before each of its characters; `None` if it is not there,
/// or if a gap closes one quotation and opens another (`“三农”“工作”`:
/// two phrases side by side, not one).
fn rest_after_marks(document: &str, at: usize, rest: &[char]) -> Option<usize> {
    let mut wanted = rest.iter();
    let mut next = wanted.next()?;
    let mut closed = false;
    for (offset, c) in document[at..].char_indices() {
        if is_quote_mark(c) {
            if closed && opens(c) {
                return None;
            }
            closed = closes(c);
            continue;
        }
        closed = false;
        if c != *next {
            return None;
        }
        match wanted.next() {
            Some(w) => next = w,
            None => return Some(at + offset + c.len_utf8()),
        }
    }
    None
}

fn opens(c: char) -> bool {
    matches!(c, '“' | '‘' | '「' | '『')
}

fn closes(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』')
}

/// The index's side: which reports to read, for which openings.
impl SearchIndex {
    /// How the held texts write the folded `term` with quotation marks
    /// inside (`十四五”规划` for `十四五规划`): see [`written_with_quotes`].
    /// The postings tell which reports hold which of the term's openings
    /// before a mark; only those are read, for those.
    pub fn written_with_quotes(&self, term: &str) -> Vec<String> {
        let openings = openings_before_a_mark(term);
        if openings.is_empty() {
            return Vec::new();
        }
        let query = Query {
            terms: openings
                .iter()
                .map(|opening| Term {
                    text: opening.text.clone(),
                    folded: opening.text.clone(),
                })
                .collect(),
            clauses: vec![(0..openings.len()).collect()],
            ..Query::default()
        };
        let documents = self
            .documents()
            .zip(self.search(&query))
            .filter_map(|(document, hits)| {
                let held = hits?
                    .per_term
                    .iter()
                    .zip(&openings)
                    .filter(|(count, _)| **count > 0)
                    .map(|(_, opening)| opening)
                    .collect();
                Some((document, held))
            });
        written_with_quotes(documents, term)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every document read for every opening, as the index would hand
    /// over those holding one.
    fn forms(documents: &[&str], term: &str) -> Vec<String> {
        let openings = openings_before_a_mark(term);
        written_with_quotes(
            documents.iter().map(|d| (*d, openings.iter().collect())),
            term,
        )
    }

    #[test]
    fn a_phrase_is_found_with_the_quotes_reports_put_in_it() {
        let documents = [
            "编制“十四五”规划。实施“十四五”规划纲要。",
            "加快“放管服”改革，做好“三农”工作。「十四五」规划",
        ];
        assert_eq!(
            forms(&documents, "十四五规划"),
            vec!["十四五”规划", "十四五」规划"]
        );
        assert_eq!(
            forms(&documents, "实施十四五规划"),
            vec!["实施“十四五”规划"]
        );
        assert_eq!(forms(&documents, "放管服改革"), vec!["放管服”改革"]);
        assert_eq!(forms(&documents, "加快放管服"), vec!["加快“放管服"]);
        assert_eq!(forms(&documents, "三农工作"), vec!["三农”工作"]);
    }

    #[test]
    fn nothing_where_no_mark_stands_between_its_characters() {
        let documents = ["编制“十四五”规划。十四五规划。", "“三农”、“双碳”"];
        // Quotes only around the whole term, or around none of it.
        assert!(forms(&documents, "十四五").is_empty());
        // Other marks between the parts: two phrases, not one.
        assert!(forms(&documents, "三农双碳").is_empty());
        // Two characters, or a term typed with its quotes.
        assert!(forms(&documents, "五规").is_empty());
        assert!(forms(&documents, "十四五”规划").is_empty());
        assert!(forms(&documents, "不在其中").is_empty());
    }

    #[test]
    fn the_reports_to_read_hold_an_opening_and_a_mark() {
        let openings = openings_before_a_mark("三农工作");
        assert_eq!(openings.len(), 3 * QUOTE_MARKS.len());
        for (chars, text) in [(1, "三”"), (2, "三农”"), (3, "三农工「")] {
            let opening = Opening {
                chars,
                text: text.to_string(),
            };
            assert!(openings.contains(&opening), "{text}");
        }
        assert!(openings_before_a_mark("三农").is_empty());
    }

    #[test]
    fn marks_side_by_side_are_one_gap_and_an_occurrence_is_met_once() {
        assert_eq!(
            forms(&["“十四五””规划"], "十四五规划"),
            vec!["十四五””规划"]
        );
        assert_eq!(
            forms(&["“‘十四五’规划”"], "十四五规划"),
            vec!["十四五’规划"]
        );
        // Two gaps: met at the first only.
        assert_eq!(forms(&["“三”农“工”作"], "三农工作"), vec!["三”农“工”作"]);
        // One quotation closed and another opened: two phrases.
        assert!(forms(&["“三农”“工作”"], "三农工作").is_empty());
        // Too long to look for.
        assert!(forms(&["“发展”发展"], &"发展".repeat(13)).is_empty());
    }
}
