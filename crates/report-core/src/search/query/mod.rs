//! The query language: `营商环境 双招双引` (all must occur), `"新旧 动能"`
//! (a phrase with its space), `-棋牌` (must not occur), `乡村振兴 | 共同富裕`
//! (either). Words other tools put between terms mean there what they mean
//! there: `或`, `OR`, `AND` and `NOT` standing alone (and `或者`, `和`,
//! `不含`…), a star (CNKI's "and"), `!` before a word (Lucene's "not"),
//! brackets around a group (`就业 (创业 OR 农村)`, `(就业 AND 创业) OR 农村`,
//! read into clauses in `groups.rs`).
//! Terms are matched as folded substrings (see [`crate::search`]).
//! Marks people put between words (`，、；`) separate them as a space does;
//! sentence marks at an unquoted term's edges (`高质量发展。`), and brackets
//! or single quotes around it (`（营商环境）`, `‘营商环境’`), are not part of
//! it.

mod groups;
mod marks;
mod operator_words;
mod tokens;

use groups::Piece;
pub(crate) use marks::is_thousands_comma;
use marks::{
    bare_term, grouping_brackets, has_substance, is_bracket_pair, is_exclusion_mark, is_list_mark,
    is_star,
};
use operator_words::operator_word;
use tokens::{is_quote, tokenize, Token};

use crate::i18n::{Key, Lang};
use crate::text::fold::{fold_for_search, is_space};

/// Longest query kept, in characters; longer input is cut (and the cut
/// reported) so a pasted page cannot freeze the app.
pub const MAX_QUERY_CHARS: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// Terms to find and highlight; a term's index is its colour.
    pub terms: Vec<Term>,
    /// Each clause is satisfied when any of its terms occurs (indices into
    /// `terms`); a report must satisfy every clause.
    pub clauses: Vec<Vec<usize>>,
    /// Terms that must not occur.
    pub excluded: Vec<Term>,
    /// The input was longer than [`MAX_QUERY_CHARS`] and was cut.
    pub truncated: bool,
    /// Terms of punctuation only were typed and ignored.
    pub ignored: Vec<String>,
    /// Alternatives of groups made too many pairings to ask for each, and
    /// any of their words is asked for instead.
    pub loosened: bool,
}

impl Query {
    /// The same terms with no clauses and no exclusions: every report
    /// "matches", and each term is counted wherever it occurs. Rates and
    /// trends count with this, whatever the query asks a report to hold.
    pub fn counting_every_term(&self) -> Query {
        Query {
            clauses: Vec::new(),
            excluded: Vec::new(),
            ..self.clone()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The term as typed, for display.
    pub text: String,
    /// The folded form that is matched.
    pub folded: String,
}

impl Query {
    /// Two terms or more that must all occur, each a clause of its own,
    /// none excluded: where no report holds them all, each may still be
    /// in reports apart (`views::terms_apart`).
    pub fn asks_for_every_term(&self) -> bool {
        self.terms.len() >= 2
            && self.excluded.is_empty()
            && self.clauses.len() == self.terms.len()
            && self.clauses.iter().all(|clause| clause.len() == 1)
    }

    /// Nothing to search for (an empty query lists every report).
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.excluded.is_empty()
    }

    /// What the page says of how the query was read: cut, marks ignored,
    /// groups' alternatives loosened.
    pub fn notes(&self, lang: Lang) -> Vec<String> {
        let mut notes = Vec::new();
        if self.truncated {
            notes.push(lang.format(Key::QueryTruncated, &[("n", &MAX_QUERY_CHARS)]));
        }
        if !self.ignored.is_empty() {
            notes.push(lang.format(Key::QueryIgnored, &[("terms", &self.ignored.join(" "))]));
        }
        if self.loosened {
            notes.push(lang.text(Key::QueryLoosened).to_string());
        }
        notes
    }
}

/// The query's plain words in the order typed, repeats kept (parsing
/// drops a term typed twice: `shi shi fang an`), in runs of words typed
/// next to each other: an excluded word breaks a run and is left out; a
/// quoted word, or one either side of `|` (an alternative), is a run of
/// its own. What syllables typed apart are read from.
pub fn runs_of_plain_words(input: &str) -> Vec<Vec<String>> {
    let input: String = input.chars().take(MAX_QUERY_CHARS).collect();
    let tokens = tokenize(&input);
    let beside_or = |i: usize| {
        let or = |t: Option<&Token>| matches!(t, Some(Token::Or));
        or(i.checked_sub(1).and_then(|b| tokens.get(b))) || or(tokens.get(i + 1))
    };
    let mut runs: Vec<Vec<String>> = Vec::new();
    let mut run: Vec<String> = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let Token::Word {
            text,
            negated,
            quoted,
        } = token
        else {
            runs.extend((!run.is_empty()).then(|| std::mem::take(&mut run)));
            continue;
        };
        if *negated || *quoted || beside_or(i) {
            runs.extend((!run.is_empty()).then(|| std::mem::take(&mut run)));
            if !*negated {
                runs.push(vec![bare_term(text, *quoted).to_string()]);
            }
        } else {
            run.push(bare_term(text, false).to_string());
        }
    }
    runs.extend((!run.is_empty()).then_some(run));
    runs
}

/// Parses a query; never fails. See the module documentation for the syntax.
pub fn parse_query(input: &str) -> Query {
    let truncated = input.chars().count() > MAX_QUERY_CHARS;
    let input: String = input.chars().take(MAX_QUERY_CHARS).collect();
    let mut query = Query {
        truncated,
        ..Query::default()
    };
    let mut pieces = Vec::new();
    for token in tokenize(&input) {
        let (word, negated, quoted) = match token {
            Token::Or => {
                pieces.push(Piece::Or);
                continue;
            }
            Token::And => continue,
            Token::Word {
                text,
                negated,
                quoted,
            } => (text, negated, quoted),
        };
        let (opens, closes) = if quoted {
            (0, 0)
        } else {
            grouping_brackets(&word)
        };
        pieces.extend(std::iter::repeat_n(Piece::Open, opens));
        pieces.push(query.piece_for(bare_term(&word, quoted), negated));
        pieces.extend(std::iter::repeat_n(Piece::Close, closes));
    }
    (query.clauses, query.loosened) = groups::clauses(&pieces);
    query
}

impl Query {
    /// What a word of the query asks for, its term kept (once) among the
    /// terms, the excluded or the ignored.
    fn piece_for(&mut self, text: &str, negated: bool) -> Piece {
        if text.is_empty() || (!has_substance(text) && grouping_brackets(text) != (0, 0)) {
            // Nothing, or a group's bracket alone.
            return Piece::Nothing;
        }
        if !has_substance(text) {
            self.ignored.push(text.to_string());
            return Piece::Nothing;
        }
        let folded = fold_for_search(text);
        if negated {
            if !self.excluded.iter().any(|t| t.folded == folded) {
                self.excluded.push(Term {
                    text: text.to_string(),
                    folded,
                });
            }
            return Piece::Nothing;
        }
        let index = match self.terms.iter().position(|t| t.folded == folded) {
            Some(i) => i,
            None => {
                self.terms.push(Term {
                    text: text.to_string(),
                    folded,
                });
                self.terms.len() - 1
            }
        };
        Piece::Term(index)
    }
}

/// Writes terms back as query text that parses to them, quoting where a term
/// has spaces or syntax characters (a figure's thousands comma is none);
/// `any` joins them with `|`.
pub fn query_text(terms: &[String], any: bool) -> String {
    let quoted: Vec<String> = terms
        .iter()
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .map(|t| {
            let chars: Vec<char> = t.chars().collect();
            let needs_quotes = chars.iter().enumerate().any(|(at, &c)| {
                is_space(c)
                    || (is_list_mark(c) && !is_thousands_comma(&chars, at))
                    || is_star(c)
                    || matches!(c, '|' | '｜')
            }) || t.starts_with(is_exclusion_mark)
                || t.starts_with(['+', '＋'])
                || operator_word(t).is_some();
            if needs_quotes {
                format!("\"{}\"", t.replace(is_quote, ""))
            } else if parse_query(t)
                .terms
                .first()
                .is_some_and(|term| term.text == t)
            {
                // Quotes inside a word are its own (`十四五”规划`,
                // `“十四五”规划`).
                t.to_string()
            } else {
                let trimmed = t.trim_matches(is_quote);
                let reads_as_itself = parse_query(trimmed)
                    .terms
                    .first()
                    .is_some_and(|term| term.text == trimmed);
                if reads_as_itself {
                    trimmed.to_string()
                } else {
                    // `(创业`, `‘乡村振兴’`: marks the query would take off.
                    format!("\"{}\"", trimmed.replace(is_quote, ""))
                }
            }
        })
        .collect();
    quoted.join(if any { " | " } else { " " })
}

/// `input` with the term typed as `typed` written as `by`: the word of the
/// query that is that term (negated or quoted as it was), else the first
/// place it is written (a phrase with its space). A `typed` of several
/// words (syllables typed apart, `ying shang`) is those words of the query
/// one after another, however spaced, from the first's start to the last's
/// end.
pub fn with_term_replaced(input: &str, typed: &str, by: &str) -> String {
    match term_span(input, typed) {
        Some((start, end)) => format!("{}{by}{}", &input[..start], &input[end..]),
        None => input.to_string(),
    }
}

/// Where in `input` the term typed as `typed` is written, as
/// [`with_term_replaced`] finds it: its bytes' start and end.
fn term_span(input: &str, typed: &str) -> Option<(usize, usize)> {
    let typed_words: Vec<&str> = typed.split(is_space).filter(|w| !w.is_empty()).collect();
    let words = words_at(input);
    let found = (0..words.len()).find(|&i| {
        words.len() - i >= typed_words.len()
            && typed_words
                .iter()
                .zip(&words[i..])
                .all(|(t, &(_, word))| match typed_words.len() {
                    // One term: the word that is it, excluded or quoted.
                    1 => bare_word(word) == *t,
                    // Syllables typed apart are plain words, as typed.
                    _ => word == *t,
                })
    });
    match (found, typed_words.first(), typed_words.last()) {
        (Some(i), Some(first), Some(last)) => {
            let (at, word) = words[i];
            let start = at + word.find(first).unwrap_or(0);
            let (at, word) = words[i + typed_words.len() - 1];
            let end = at + word.rfind(last).unwrap_or(0) + last.len();
            Some((start, end))
        }
        _ => spaced_apart(&words, typed)
            .or_else(|| input.find(typed).map(|at| (at, at + typed.len()))),
    }
}

/// Where `term` is written with spaces between its characters, as the
/// query reads such a run as one word (`营 商 环 竟`): the run's start and
/// end.
fn spaced_apart(words: &[(usize, &str)], term: &str) -> Option<(usize, usize)> {
    (0..words.len()).find_map(|first| {
        let mut joined = String::new();
        for &(at, word) in &words[first..] {
            joined.push_str(bare_word(word));
            if joined == term {
                return Some((words[first].0, at + word.len()));
            }
            if !term.starts_with(&joined) {
                return None;
            }
        }
        None
    })
}

/// `input` with the term typed as `typed` searched for together with
/// `others` (`1958年` as `1958年 | 一九五八年`): where the term is written
/// (not excluded), with the quotes or brackets around it, the
/// alternatives, each quoted where it holds a space.
pub fn with_alternatives(input: &str, typed: &str, others: &[String]) -> String {
    let mut alternatives = vec![typed.to_string()];
    alternatives.extend(others.iter().cloned());
    let by = query_text(&alternatives, true);
    match asked_span(input, typed) {
        Some((start, end)) => format!("{}{by}{}", &input[..start], &input[end..]),
        None => input.to_string(),
    }
}

/// `input` without the term typed as `typed` (where it is asked for, with
/// the quotes or brackets around it) and the spaces it stood between: what
/// a facet's choice takes the place of.
pub fn without_term(input: &str, typed: &str) -> String {
    let Some((start, end)) = asked_span(input, typed) else {
        return input.to_string();
    };
    let before = input[..start].trim_end_matches(is_space);
    let after = input[end..].trim_start_matches(is_space);
    if before.is_empty() || after.is_empty() {
        format!("{before}{after}")
    } else {
        format!("{before} {after}")
    }
}

/// Where in `input` the term typed as `typed` is asked for (a word that is
/// it, not excluded, else where [`term_span`] finds it), with the quotes or
/// brackets that enclose it.
fn asked_span(input: &str, typed: &str) -> Option<(usize, usize)> {
    let included = words_at(input)
        .into_iter()
        .find(|&(_, word)| bare_word(word) == typed && !word.starts_with(is_exclusion_mark))
        .map(|(at, word)| {
            let start = at + word.find(typed).unwrap_or(0);
            (start, start + typed.len())
        });
    let (mut start, mut end) = included.or_else(|| term_span(input, typed))?;
    while let (Some(open), Some(close)) = (
        input[..start].chars().next_back(),
        input[end..].chars().next(),
    ) {
        if !(is_quote(open) && is_quote(close) || is_bracket_pair(open, close)) {
            break;
        }
        start -= open.len_utf8();
        end += close.len_utf8();
    }
    Some((start, end))
}

/// A word of the query as its term reads: without the mark that excludes
/// it or the quotes around it, and what [`bare_term`] takes off (a group's
/// bracket, sentence marks, single quotes).
fn bare_word(word: &str) -> &str {
    let word = word
        .trim_start_matches(is_exclusion_mark)
        .trim_matches(is_quote);
    bare_term(word, false)
}

/// The words of `input` (parted by spaces, as the query is), each with
/// where it starts.
fn words_at(input: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (at, c) in input.char_indices() {
        match (is_space(c), start) {
            (true, Some(from)) => {
                words.push((from, &input[from..at]));
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    if let Some(from) = start {
        words.push((from, &input[from..]));
    }
    words
}

#[cfg(test)]
mod spacing_tests;
#[cfg(test)]
mod tests;
