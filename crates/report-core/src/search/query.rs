//! The query language: `营商环境 双招双引` (all must occur), `"新旧 动能"`
//! (a phrase with its space), `-棋牌` (must not occur), `乡村振兴 | 共同富裕`
//! (either). Words other tools put between terms mean there what they mean
//! there: `或`, `OR`, `AND` and `NOT` standing alone, a star (CNKI's "and").
//! Terms are matched as folded substrings (see [`crate::search`]).
//! Marks people put between words (`，、；`) separate them as a space does;
//! sentence marks at an unquoted term's edges (`高质量发展。`) and brackets
//! around it (`（营商环境）`) are not part of it.

use crate::text::fold::{fold_for_search, is_han, is_space};

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
}

#[derive(Debug, PartialEq)]
enum Token {
    Word {
        text: String,
        negated: bool,
        /// Written in quotes: taken as written, never as `或`/`OR`.
        quoted: bool,
    },
    Or,
    /// A word or a star asking for both words: every term must occur
    /// already, so it only parts them (syllables either side are not one
    /// word typed apart).
    And,
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '＂')
}

/// Whether the quote mark at `at`, outside a phrase, is the text's own
/// (`十四五”规划`, `实施“十四五”规划`: copied from a report, or as an
/// other spelling offers it): it follows a character of the word, and
/// either closes (`”`) with more of the word after it, or the word holds
/// its partner with more of the word after that. A mark opening a word,
/// or one whose partner ends the word (`实施"十四五规划"`), opens a
/// phrase; so does one typed with nothing after it yet (`营商环境“`, a
/// phrase being begun key by key).
fn is_inside_a_word(chars: &[char], at: usize, word_so_far: &str) -> bool {
    let goes_on = |i: usize| chars.get(i).is_some_and(|&c| !ends_a_word(c));
    if word_so_far.is_empty() || !goes_on(at + 1) {
        return false;
    }
    if chars[at] == '”' {
        return true;
    }
    let rest_of_word = chars[at + 1..].iter().take_while(|&&c| !ends_a_word(c));
    let partner = rest_of_word.clone().position(|&c| is_quote(c));
    partner.is_some_and(|p| goes_on(at + 1 + p + 1))
}

/// Whether the quote mark at `at` closes a phrase opened with a curly
/// mark (`“十四五”`) and a word runs on from it (`规划`): a copy of a
/// report's words, whose quotes are its own. Straight marks (`"十四五"规划`)
/// are the query's, as people type a phrase on a keyboard.
fn runs_on_after_curly_quotes(chars: &[char], at: usize, opened_with: char, phrase: &str) -> bool {
    let mut rest_of_word = chars[at + 1..].iter().take_while(|&&c| !ends_a_word(c));
    opened_with == '“'
        && chars[at] == '”'
        && !phrase.is_empty()
        && !phrase.contains(is_space)
        && chars.get(at + 1).is_some_and(|&c| !ends_a_word(c))
        // `“乡村振兴”和“共同富裕”`: phrases quoted in a row stay phrases.
        && !rest_of_word.any(|&c| is_quote(c))
}

/// What ends a word outside quotes: a space, a mark between terms, a star
/// or `|` (a thousands comma aside, which [`tokenize`] reads first).
fn ends_a_word(c: char) -> bool {
    is_space(c) || is_list_mark(c) || is_star(c) || matches!(c, '|' | '｜')
}

fn tokenize(input: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let mut negated = false;
    let mut in_quotes = false;
    // The mark that opened the phrase being read.
    let mut opened_with = '"';
    let flush = |current: &mut String, negated: &mut bool, tokens: &mut Vec<Token>| {
        if !current.is_empty() {
            tokens.push(Token::Word {
                text: std::mem::take(current),
                negated: *negated,
                quoted: false,
            });
        }
        *negated = false;
    };
    let chars: Vec<char> = input.chars().collect();
    for (at, &c) in chars.iter().enumerate() {
        if in_quotes {
            if is_quote(c) && runs_on_after_curly_quotes(&chars, at, opened_with, &current) {
                // `“十四五”规划`, copied from a report: the quoted words
                // and the word they run into, marks and all, as written.
                in_quotes = false;
                current = format!("{opened_with}{current}{c}");
            } else if is_quote(c) {
                in_quotes = false;
                let phrase = !current.is_empty();
                flush(&mut current, &mut negated, &mut tokens);
                if let (true, Some(Token::Word { quoted, .. })) = (phrase, tokens.last_mut()) {
                    *quoted = true;
                }
            } else {
                current.push(c);
            }
        } else if is_quote(c) && is_inside_a_word(&chars, at, &current) {
            // `十四五”规划`, `实施“十四五”规划`: the text's own quotes, copied.
            current.push(c);
        } else if is_quote(c) {
            let keep_negation = negated && current.is_empty();
            flush(&mut current, &mut negated, &mut tokens);
            negated = keep_negation;
            in_quotes = true;
            opened_with = c;
        } else if is_thousands_comma(&chars, at) {
            current.push(c);
        } else if is_star(c) && !between_figures(&chars, at) {
            flush(&mut current, &mut negated, &mut tokens);
            tokens.push(Token::And);
        } else if is_space(c) || is_list_mark(c) {
            flush(&mut current, &mut negated, &mut tokens);
        } else if matches!(c, '|' | '｜') {
            flush(&mut current, &mut negated, &mut tokens);
            tokens.push(Token::Or);
        } else if matches!(c, '-' | '－') && current.is_empty() && !negated {
            negated = true;
        } else if matches!(c, '+' | '＋') && current.is_empty() {
            // `+营商环境`: a search engine's "must occur", which every term is.
        } else {
            current.push(c);
        }
    }
    // An unbalanced quote runs to the end of the input.
    flush(&mut current, &mut negated, &mut tokens);
    with_operator_words_read(tokens)
}

/// What a word standing alone asks of the words around it, as other search
/// tools and catalogues write it (`乡村振兴 或 共同富裕`, `GDP AND 就业`,
/// `就业 not 农村`).
#[derive(Clone, Copy, PartialEq)]
enum OperatorWord {
    /// Either word (as `|`).
    Or,
    /// Both words: every term must occur already.
    And,
    /// Not the next word (as `-`).
    Not,
}

/// The operator a word standing alone is, in any case (typed on a phone or
/// with an input method in English mode, `or` and `not` come as often as
/// `OR` and `NOT`). None of them is a word Chinese reports are searched for.
fn operator_word(word: &str) -> Option<OperatorWord> {
    let is = |name: &str| word.eq_ignore_ascii_case(name);
    if word == "或" || is("or") {
        Some(OperatorWord::Or)
    } else if is("and") || word == "&&" {
        Some(OperatorWord::And)
    } else if is("not") {
        Some(OperatorWord::Not)
    } else {
        None
    }
}

/// The tokens with the operator words among them read as operators:
/// unquoted and standing alone, unless the query is that word alone (a
/// search for it). One with nothing after it yet is dropped, as a word
/// being typed would otherwise flash up as a term.
fn with_operator_words_read(tokens: Vec<Token>) -> Vec<Token> {
    let alone = tokens.len() == 1;
    let mut read = Vec::with_capacity(tokens.len());
    let mut negate_next = false;
    for token in tokens {
        let operator = match &token {
            Token::Word {
                text,
                negated: false,
                quoted: false,
            } if !alone => operator_word(text),
            _ => None,
        };
        match (operator, token) {
            (Some(OperatorWord::And), _) | (None, Token::And) => read.push(Token::And),
            (Some(OperatorWord::Not), _) => negate_next = true,
            (Some(OperatorWord::Or), _) | (None, Token::Or) => {
                negate_next = false;
                read.push(Token::Or);
            }
            (
                None,
                Token::Word {
                    text,
                    negated,
                    quoted,
                },
            ) => {
                read.push(Token::Word {
                    text,
                    negated: negated || negate_next,
                    quoted,
                });
                negate_next = false;
            }
        }
    }
    read
}

/// Marks people put between search words in Chinese (`营商环境，乡村振兴`,
/// `营商环境、乡村振兴`): outside quotes they separate terms as a space does;
/// no one searches for the comma itself.
fn is_list_mark(c: char) -> bool {
    matches!(c, '，' | ',' | '、' | '；' | ';')
}

/// A star between words is CNKI's "and" (`就业*创业`), one after a word a
/// wildcard's habit (`就业*`): both part terms as a space does. Search
/// matches substrings, so a word is found wherever it begins already.
fn is_star(c: char) -> bool {
    matches!(c, '*' | '＊')
}

/// A star between two figures multiplies (`7*24小时`): part of the term.
fn between_figures(chars: &[char], at: usize) -> bool {
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
fn is_sentence_mark(c: char) -> bool {
    matches!(
        c,
        '。' | '．' | '.' | '！' | '!' | '？' | '?' | '：' | ':' | '…'
    )
}

/// The term a word of the query stands for: without spaces at its edges,
/// and unquoted without sentence marks there (a word of marks alone is
/// kept whole, to be reported as ignored).
fn bare_term(word: &str, quoted: bool) -> &str {
    let word = word.trim_matches(is_space);
    let trimmed = word.trim_matches(is_sentence_mark);
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
fn inside_brackets(term: &str) -> Option<&str> {
    let mut chars = term.chars();
    let (open, close) = (chars.next()?, chars.next_back()?);
    let pair = is_bracket_pair(open, close);
    let inner = chars.as_str();
    let whole = !inner.contains([open, close]);
    (pair && whole && inner.chars().count() >= 2).then_some(inner)
}

/// Brackets that open and close a term copied from a parenthesis.
fn is_bracket_pair(open: char, close: char) -> bool {
    matches!(
        (open, close),
        ('（', '）') | ('(', ')') | ('【', '】') | ('〔', '〕') | ('［', '］') | ('[', ']')
    )
}

/// A term worth searching for: not only punctuation and symbols.
fn has_substance(text: &str) -> bool {
    text.chars().any(|c| c.is_alphanumeric() || is_han(c))
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
    let mut joining = false;
    for token in tokenize(&input) {
        let (text, negated) = match token {
            Token::Or => {
                joining = !query.clauses.is_empty();
                continue;
            }
            Token::And => continue,
            Token::Word {
                text,
                negated,
                quoted,
            } => (bare_term(&text, quoted).to_string(), negated),
        };
        if text.is_empty() {
            continue;
        }
        if !has_substance(&text) {
            query.ignored.push(text);
            joining = false;
            continue;
        }
        let folded = fold_for_search(&text);
        if negated {
            if !query.excluded.iter().any(|t| t.folded == folded) {
                query.excluded.push(Term { text, folded });
            }
            joining = false;
            continue;
        }
        let index = match query.terms.iter().position(|t| t.folded == folded) {
            Some(i) => i,
            None => {
                query.terms.push(Term { text, folded });
                query.terms.len() - 1
            }
        };
        match query.clauses.last_mut() {
            Some(clause) if joining => {
                if !clause.contains(&index) {
                    clause.push(index);
                }
            }
            _ => {
                if !query.clauses.iter().any(|c| c == &[index]) {
                    query.clauses.push(vec![index]);
                }
            }
        }
        joining = false;
    }
    query
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
            }) || t.starts_with(['-', '－', '+', '＋'])
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
                t.trim_matches(is_quote).to_string()
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
        _ => input.find(typed).map(|at| (at, at + typed.len())),
    }
}

/// `input` with the term typed as `typed` searched for together with
/// `others` (`1958年` as `1958年 | 一九五八年`): where the term is written
/// (not excluded), with the quotes or brackets around it, the
/// alternatives, each quoted where it holds a space.
pub fn with_alternatives(input: &str, typed: &str, others: &[String]) -> String {
    let mut alternatives = vec![typed.to_string()];
    alternatives.extend(others.iter().cloned());
    let by = query_text(&alternatives, true);
    let included = words_at(input)
        .into_iter()
        .find(|&(_, word)| bare_word(word) == typed && !word.starts_with(['-', '－']))
        .map(|(at, word)| {
            let start = at + word.find(typed).unwrap_or(0);
            (start, start + typed.len())
        });
    let Some((mut start, mut end)) = included.or_else(|| term_span(input, typed)) else {
        return input.to_string();
    };
    // The marks that enclose it go with it.
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
    format!("{}{by}{}", &input[..start], &input[end..])
}

/// A word of the query as its term reads: without the `-` that excludes
/// it or the quotes around it.
fn bare_word(word: &str) -> &str {
    word.trim_start_matches('-').trim_matches(is_quote)
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
#[path = "query_tests.rs"]
mod tests;
