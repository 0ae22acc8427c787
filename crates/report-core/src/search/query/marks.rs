//! Marks in a query that are not its words: marks between terms, a star,
//! a thousands comma, sentence marks and brackets at a term's edges.

use crate::text::fold::{is_han, is_space};

/// Marks people put between search words in Chinese (`营商环境，乡村振兴`,
/// `营商环境、乡村振兴`): outside quotes they separate terms as a space does;
/// no one searches for the comma itself.
pub(super) fn is_list_mark(c: char) -> bool {
    matches!(c, '，' | ',' | '、' | '；' | ';')
}

/// A star between words is CNKI's "and" (`就业*创业`), one after a word a
/// wildcard's habit (`就业*`): both part terms as a space does. Search
/// matches substrings, so a word is found wherever it begins already.
pub(super) fn is_star(c: char) -> bool {
    matches!(c, '*' | '＊')
}

/// A star between two figures multiplies (`7*24小时`): part of the term.
pub(super) fn between_figures(chars: &[char], at: usize) -> bool {
    let figure = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(char::is_ascii_digit)
    };
    figure(at.checked_sub(1)) && figure(Some(at + 1))
}

/// A comma that groups a number's thousands (`1,234.5万元`, `12，000`), as
/// a figure copied from a report has it: a figure before it and three
/// after it, then no more figures. Not a mark between terms (`2020,2021`).
pub(crate) fn is_thousands_comma(chars: &[char], at: usize) -> bool {
    // Full width too (`１２，０００`), as an input method in that mode types.
    let figure = |i: usize| {
        chars
            .get(i)
            .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
    };
    matches!(chars[at], ',' | '，')
        && at > 0
        && figure(at - 1)
        && (1..=3).all(|i| figure(at + i))
        && !figure(at + 4)
}

/// Marks that end or introduce a sentence (`。！？：…`). Copied with a
/// phrase (`高质量发展。`) or typed by an input method's habit, they would
/// make the phrase match only where a sentence ends on it; so they are
/// trimmed from an unquoted term's edges (quoted, a term is as written).
pub(super) fn is_sentence_mark(c: char) -> bool {
    matches!(
        c,
        '。' | '．' | '.' | '！' | '!' | '？' | '?' | '：' | ':' | '…'
    )
}

/// The term a word of the query stands for: without spaces at its edges,
/// and unquoted without sentence marks, enclosing brackets or quotes, or
/// a group's bracket there (a word of marks alone is kept whole, to be
/// reported as ignored).
pub(super) fn bare_term(word: &str, quoted: bool) -> &str {
    let word = word.trim_matches(is_space);
    let trimmed = word.trim_matches(is_sentence_mark);
    let trimmed = without_grouping_brackets(trimmed).trim_matches(is_space);
    let trimmed = inside_brackets(trimmed).unwrap_or(trimmed);
    if quoted || !has_substance(trimmed) {
        word
    } else {
        trimmed
    }
}

/// What a pair of brackets around a whole term holds (`（营商环境）`, copied
/// from a parenthesis): searched bare, it is found wherever the phrase is,
/// not only where a text brackets it. A bracket inside a term stays
/// (`执业（助理）医师`), as do brackets around a single character
/// (`（一）`, a heading's number) and book-title marks (《…》 name a work).
pub(super) fn inside_brackets(term: &str) -> Option<&str> {
    let mut chars = term.chars();
    let (open, close) = (chars.next()?, chars.next_back()?);
    let pair = is_bracket_pair(open, close);
    let inner = chars.as_str();
    let whole = !inner.contains([open, close]);
    (pair && whole && inner.chars().count() >= 2).then_some(inner)
}

/// Brackets that open and close a term copied from a parenthesis, and
/// quote marks other than the query's own double ones around a whole
/// term: single quotes as people type a phrase (`'乡村振兴'`, `‘乡村振兴’`
/// from an input method) and the corner brackets texts from Hong Kong,
/// Macao and Taiwan quote with (`「乡村振兴」`). Inside a word they stay
/// (`xi'an`, `‘十四五’规划`).
pub(super) fn is_bracket_pair(open: char, close: char) -> bool {
    matches!(
        (open, close),
        ('（', '）')
            | ('(', ')')
            | ('【', '】')
            | ('〔', '〕')
            | ('［', '］')
            | ('[', ']')
            | ('‘', '’')
            | ('\'', '\'')
            | ('「', '」')
            | ('『', '』')
    )
}

/// A term without the bracket that opens or closes a group of words, as
/// advanced search writes one (`就业 AND (创业 OR 农村)`): a bracket at
/// its start whose partner it does not hold, or one at its end. The words
/// between are read as they are, and the group as [`super::groups`] reads
/// it. A bracket the term closes (`执业（助理）医师`, `（一）`) stays.
fn without_grouping_brackets(term: &str) -> &str {
    let (opens, closes) = edge_brackets(term);
    let start: usize = term.chars().take(opens).map(char::len_utf8).sum();
    let end: usize = term.chars().rev().take(closes).map(char::len_utf8).sum();
    term.get(start..term.len() - end).unwrap_or_default()
}

/// How many groups a word of the query opens and closes with the brackets
/// at its edges (`((创业` opens two, `农村)` closes one), sentence marks
/// around them aside (`农村）。`). A bracket alone is a group's edge too
/// (`( 创业 | 农村 )`).
pub(super) fn grouping_brackets(word: &str) -> (usize, usize) {
    edge_brackets(word.trim_matches(is_space).trim_matches(is_sentence_mark))
}

/// The brackets at `word`'s start and end that no bracket of the word
/// pairs with (`(执业（助理）医师` opens one; `((就业)` opens one, the
/// other closed by its partner).
fn edge_brackets(word: &str) -> (usize, usize) {
    let chars: Vec<char> = word.chars().collect();
    let mut paired = vec![false; chars.len()];
    for (open, close) in bracket_pairs(&chars) {
        paired[open] = true;
        paired[close] = true;
    }
    let unpaired = |(&c, &paired): (&char, &bool), edge: fn(char) -> bool| edge(c) && !paired;
    let leading = chars
        .iter()
        .zip(&paired)
        .take_while(|&p| unpaired(p, opens_a_group))
        .count();
    let trailing = chars
        .iter()
        .zip(&paired)
        .rev()
        .take_while(|&p| unpaired(p, closes_a_group))
        .count();
    (leading, trailing)
}

/// Where each round bracket of `chars` that has a partner stands, and its
/// partner: the opening one's place, then the closing one's.
pub(super) fn bracket_pairs(chars: &[char]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for (at, &c) in chars.iter().enumerate() {
        if opens_a_group(c) {
            open.push(at);
        } else if closes_a_group(c) {
            pairs.extend(open.pop().map(|partner| (partner, at)));
        }
    }
    pairs
}

/// A bracket that may open a group of words.
pub(super) fn opens_a_group(c: char) -> bool {
    matches!(c, '(' | '（')
}

/// A bracket that may close a group of words.
pub(super) fn closes_a_group(c: char) -> bool {
    matches!(c, ')' | '）')
}

/// Marks that exclude the word they open: `-` as search engines have it,
/// `!` as Lucene's and programmers' "not" (`就业 !农村`).
pub(super) fn is_exclusion_mark(c: char) -> bool {
    matches!(c, '-' | '－' | '!' | '！')
}

/// Whether the exclusion mark at `at` opens a word: `-` always (typed key
/// by key, the word comes next); `!`, a sentence mark too, only right
/// before a word's letter or character, a quote or a bracket (`！！` is
/// marks), and the full-width `！` not at the query's start, where it is
/// the end of a sentence copied with the words after it (`！推动高质量发展`).
pub(super) fn opens_an_excluded_word(chars: &[char], at: usize) -> bool {
    let opens_a_word = chars.get(at + 1).is_some_and(|&c| {
        c.is_alphanumeric()
            || is_han(c)
            || matches!(
                c,
                '"' | '“' | '＂' | '(' | '（' | '[' | '【' | '‘' | '\'' | '「' | '『'
            )
    });
    match chars[at] {
        '-' | '－' => true,
        '！' => at > 0 && opens_a_word,
        _ => opens_a_word,
    }
}

/// A term worth searching for: not only punctuation and symbols.
pub(super) fn has_substance(text: &str) -> bool {
    text.chars().any(|c| c.is_alphanumeric() || is_han(c))
}
