//! A term's other spellings, and which of them reports hold. Reports and
//! the people searching them write one date or one figure more than one
//! way: a year in numerals or in figures ([`date_spellings`]), a figure's
//! thousands grouped or not ([`figure_spellings`]), a measure typed by its
//! Latin abbreviation and written by its Chinese name ([`abbreviations`]),
//! a phrase typed bare and written with quotation marks around a part
//! (`十四五规划`, `“十四五”规划`: [`quote_spellings`]). Search matches
//! what is written, so a term in one spelling misses every report that
//! writes the other: [`spellings_found`] says which other spellings the
//! reports hold, to offer them beside the term.
//!
//! Shares (`66%`, `百分之六十六`) are not offered: search matches
//! substrings, and a share in numerals opens every larger one (`百分之六`
//! is in `百分之六十六`), so the offer would count, and search for, other
//! shares.

use memchr::memmem;

use crate::search::query::{is_thousands_comma, parse_query, query_text, Query};
use crate::search::{
    abbreviations, date_spellings, figure_spellings, quote_spellings, SearchIndex,
};
use crate::sorting;
use crate::text::numbers::chinese_digit;

/// A term's other spellings that reports hold, and how much.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spellings {
    /// Folded, as they are searched for; the most written first.
    pub texts: Vec<String>,
    /// Reports holding any of them.
    pub reports: usize,
    /// Their occurrences in all.
    pub hits: usize,
}

/// Whether the folded `term` may be written otherwise: four figures or
/// four numerals in a row (a year, or a figure reports may group), a
/// figure's thousands grouped, or Latin letters that may be an
/// abbreviation. What the page asks before fetching the code that writes
/// terms otherwise (with [`query_may_be_written_otherwise`]).
pub fn may_be_written_otherwise(term: &str) -> bool {
    if abbreviations::may_hold_one(term) {
        return true;
    }
    let chars: Vec<char> = term.chars().collect();
    let mut figures = 0;
    let mut numerals = 0;
    for (at, &c) in chars.iter().enumerate() {
        figures = if c.is_ascii_digit() { figures + 1 } else { 0 };
        numerals = if chinese_digit(c).is_some() {
            numerals + 1
        } else {
            0
        };
        if figures == 4 || numerals == 4 || is_thousands_comma(&chars, at) {
            return true;
        }
    }
    false
}

/// The folded `term`'s other spellings: each date in it written the other
/// way (each way of writing zero a spelling of its own), its figures with
/// their thousands grouped, or not, and an abbreviation in it written as
/// the names reports use. Empty when it has none.
pub fn other_spellings(term: &str) -> Vec<String> {
    let mut spellings = date_spellings::written_otherwise(term);
    spellings.extend(figure_spellings::written_otherwise(term));
    spellings.extend(abbreviations::written_otherwise(term));
    let mut distinct: Vec<String> = Vec::new();
    for spelling in spellings {
        if spelling != term && !distinct.contains(&spelling) {
            distinct.push(spelling);
        }
    }
    distinct
}

/// The [`other_spellings`] of the folded `term` that `index`'s reports
/// hold, and the ways they write it with quotation marks inside
/// ([`quote_spellings`]), but those in `except` (terms already searched
/// for, or excluded). A spelling whose figures the reports hold only
/// inside longer ones (`5,000` in `15,000`, `1,234` in `1,234,567`) is
/// another number, not offered. `None` when the term has none or the
/// reports hold none of them.
pub fn spellings_found(index: &SearchIndex, term: &str, except: &[&str]) -> Option<Spellings> {
    let mut found: Vec<(String, usize)> = other_spellings(term)
        .into_iter()
        .filter(|text| stands_as_written(index, text))
        .chain(
            quoted_forms(index, term)
                .into_iter()
                .filter(|form| searched_as_written(form)),
        )
        .filter(|text| !except.contains(&text.as_str()))
        .map(|text| {
            let (_, hits) = occurrences(index, std::slice::from_ref(&text));
            (text, hits)
        })
        .filter(|(_, hits)| *hits > 0)
        .collect();
    sorting::sort_by_key(&mut found, |(_, hits)| std::cmp::Reverse(*hits));
    let texts: Vec<String> = found.into_iter().map(|(text, _)| text).collect();
    let (reports, hits) = occurrences(index, &texts);
    (hits > 0).then_some(Spellings {
        texts,
        reports,
        hits,
    })
}

/// Each term of `query` with its other spellings the reports hold, the
/// term as typed. What is searched for or excluded already is not offered
/// again.
pub fn spellings_of_query(index: &SearchIndex, query: &Query) -> Vec<(String, Spellings)> {
    let searched: Vec<&str> = query
        .terms
        .iter()
        .chain(&query.excluded)
        .map(|t| t.folded.as_str())
        .collect();
    query
        .terms
        .iter()
        .filter_map(|term| {
            spellings_found(index, &term.folded, &searched).map(|s| (term.text.clone(), s))
        })
        .collect()
}

/// Whether any term of `query` may be written otherwise
/// ([`may_be_written_otherwise`]), or with quotation marks inside
/// ([`quote_spellings::may_be_quoted_inside`]): a phrase found as typed in
/// some reports may be quoted inside in others (`七五计划`, `“七五”计划`),
/// which a search for it misses.
pub fn query_may_be_written_otherwise(query: &Query) -> bool {
    query.terms.iter().any(|t| {
        may_be_written_otherwise(&t.folded) || quote_spellings::may_be_quoted_inside(&t.folded)
    })
}

/// How the reports write the folded `term` with quotation marks inside,
/// whether or not some also write it bare.
fn quoted_forms(index: &SearchIndex, term: &str) -> Vec<String> {
    if !quote_spellings::may_be_quoted_inside(term) {
        return Vec::new();
    }
    index.written_with_quotes(term)
}

/// Whether a report holds `text` once at least with no figure running on
/// at its edges (a digit, or a comma and a digit): a figure's spelling
/// found only inside longer figures is none of that figure's.
fn stands_as_written(index: &SearchIndex, text: &str) -> bool {
    let figure = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let opens_on_a_figure = text.starts_with(|c: char| c.is_ascii_digit());
    let ends_on_a_figure = text.ends_with(|c: char| c.is_ascii_digit());
    let finder = memmem::Finder::new(text);
    index.documents().any(|document| {
        finder.find_iter(document.as_bytes()).any(|at| {
            let mut before = document[..at].chars().rev();
            let mut after = document[at + text.len()..].chars();
            let (b1, b2) = (before.next(), before.next());
            let (a1, a2) = (after.next(), after.next());
            let runs_on_before =
                opens_on_a_figure && (figure(b1) || (b1 == Some(',') && figure(b2)));
            let runs_on_after = ends_on_a_figure && (figure(a1) || (a1 == Some(',') && figure(a2)));
            !runs_on_before && !runs_on_after
        })
    })
}

/// Whether the query reads `text`, written as a term, as that one term:
/// a form with quotes and a space or a list mark in it is quoted, and its
/// quotes dropped, so it would count and search another text.
fn searched_as_written(text: &str) -> bool {
    let query = parse_query(&query_text(&[text.to_string()], false));
    matches!(query.terms.as_slice(), [term] if term.folded == text)
}

/// The reports holding any of `texts`, and their occurrences in all.
fn occurrences(index: &SearchIndex, texts: &[String]) -> (usize, usize) {
    if texts.is_empty() {
        return (0, 0);
    }
    index
        .search(&parse_query(&query_text(texts, true)))
        .iter()
        .flatten()
        .fold((0, 0), |(reports, hits), h| (reports + 1, hits + h.total()))
}

#[cfg(test)]
#[path = "spellings_tests.rs"]
mod tests;
