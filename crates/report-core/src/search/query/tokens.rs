//! The query read into tokens: words (quoted, excluded), the marks and
//! words that join them. A quote mark opens a phrase unless it is the
//! text's own, copied with a report's words (`“十四五”规划`).

use super::marks::{
    between_figures, bracket_pairs, is_exclusion_mark, is_list_mark, is_sentence_mark, is_star,
    is_thousands_comma, opens_an_excluded_word,
};
use super::operator_words::with_operator_words_read;
use crate::text::fold::{is_han, is_space};

/// A piece of the query as typed.
#[derive(Debug, PartialEq)]
pub(super) enum Token {
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

pub(super) fn is_quote(c: char) -> bool {
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
pub(super) fn is_inside_a_word(chars: &[char], at: usize, word_so_far: &str) -> bool {
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
pub(super) fn runs_on_after_curly_quotes(
    chars: &[char],
    at: usize,
    opened_with: char,
    phrase: &str,
) -> bool {
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
pub(super) fn ends_a_word(c: char) -> bool {
    is_space(c) || is_list_mark(c) || is_star(c) || matches!(c, '|' | '｜')
}

pub(super) fn tokenize(input: &str) -> Vec<Token> {
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
    let group_edge = group_edges(&chars);
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
        } else if group_edge[at] {
            // A group's bracket is a word of its own, however it is
            // spaced (`（就业 OR 创业）农村`), excluded with the group.
            let excluded = negated && current.is_empty();
            flush(&mut current, &mut negated, &mut tokens);
            tokens.push(Token::Word {
                text: c.to_string(),
                negated: excluded,
                quoted: false,
            });
        } else if is_space(c) {
            flush(&mut current, &mut negated, &mut tokens);
        } else if is_list_mark(c) {
            // Between words as a space is; it ends a run of characters
            // spaced apart (`乡 村，振 兴`).
            flush(&mut current, &mut negated, &mut tokens);
            tokens.push(Token::And);
        } else if matches!(c, '|' | '｜') {
            flush(&mut current, &mut negated, &mut tokens);
            tokens.push(Token::Or);
        } else if is_exclusion_mark(c)
            && current.is_empty()
            && !negated
            && opens_an_excluded_word(&chars, at)
        {
            negated = true;
        } else if matches!(c, '+' | '＋') && current.is_empty() {
            // `+营商环境`: a search engine's "must occur", which every term is.
        } else {
            current.push(c);
        }
    }
    // An unbalanced quote runs to the end of the input.
    flush(&mut current, &mut negated, &mut tokens);
    with_operator_words_read(with_spaced_characters_joined(tokens))
}

/// Which brackets stand around a group of words: a pair holding a space or
/// another mark between words (`（就业 OR 创业）农村`, `就业(创业|农村)`).
/// A pair inside one word is the word's (`执业（助理）医师`); so is a
/// bracket with no partner yet, at a word's edge read by
/// [`super::marks::grouping_brackets`].
fn group_edges(chars: &[char]) -> Vec<bool> {
    let mut edges = vec![false; chars.len()];
    for (open, close) in bracket_pairs(chars) {
        if chars[open + 1..close].iter().any(|&c| ends_a_word(c)) {
            edges[open] = true;
            edges[close] = true;
        }
    }
    edges
}

/// The fewest single characters in a row read as one word.
const SPACED_CHARACTERS: usize = 3;

/// The tokens with characters typed or copied with spaces between them
/// (`乡 村 振 兴`; a letter-spaced heading copied from a page or a PDF,
/// `工　作　报　告`) read as the word they spell: three words or more in a
/// row, each one Chinese character, plain (not quoted, not excluded), 和,
/// 与, 及 and 且 among them as the phrase's (`国 民 经 济 和 社 会 发 展`),
/// not 或 (`乡 村 振 兴 或 共 同 富 裕`). A mark between words or at a
/// sentence's end ends a run (`乡 村 振 兴，共 同 富 裕`). No one searches
/// for three characters each anywhere in a report; two (`就 业`) may be two
/// words, and stay so unless the query spaces another word so
/// (`乡 村 振 兴 或 共 富`).
fn with_spaced_characters_joined(tokens: Vec<Token>) -> Vec<Token> {
    let is_character = |token: &Token| match token {
        Token::Word {
            text,
            negated: false,
            quoted: false,
        } => {
            // `展。`: a sentence copied, its mark kept to be trimmed.
            let mut chars = text.trim_end_matches(is_sentence_mark).chars();
            chars.next().is_some_and(|c| is_han(c) && c != '或') && chars.next().is_none()
        }
        _ => false,
    };
    let ends_a_sentence = |token: &Token| matches!(token, Token::Word { text, .. } if text.ends_with(is_sentence_mark));
    let longest_run = tokens
        .split(|token| !is_character(token))
        .map(<[Token]>::len)
        .max()
        .unwrap_or(0);
    let fewest = if longest_run >= SPACED_CHARACTERS {
        2
    } else {
        SPACED_CHARACTERS
    };
    let mut read: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut run: Vec<Token> = Vec::new();
    let end_run = |run: &mut Vec<Token>, read: &mut Vec<Token>| {
        if run.len() >= fewest {
            let text = run
                .drain(..)
                .filter_map(|token| match token {
                    Token::Word { text, .. } => Some(text),
                    _ => None,
                })
                .collect();
            read.push(Token::Word {
                text,
                negated: false,
                quoted: false,
            });
        } else {
            read.append(run);
        }
    };
    for token in tokens {
        if is_character(&token) {
            let last = ends_a_sentence(&token);
            run.push(token);
            if last {
                end_run(&mut run, &mut read);
            }
        } else {
            end_run(&mut run, &mut read);
            read.push(token);
        }
    }
    end_run(&mut run, &mut read);
    read
}
