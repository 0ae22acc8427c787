//! Words standing alone that other search tools read as operators
//! (`或`, `OR`, `AND`, `NOT`), and their Chinese words (`或者`, `和`,
//! `不含`): read so here too.

use super::marks::grouping_brackets;
use super::tokens::Token;

/// What a word standing alone asks of the words around it, as other search
/// tools and catalogues write it (`乡村振兴 或 共同富裕`, `GDP AND 就业`,
/// `就业 not 农村`).
#[derive(Clone, Copy, PartialEq)]
pub(super) enum OperatorWord {
    /// Either word (as `|`).
    Or,
    /// Both words: every term must occur already.
    And,
    /// Not the next word (as `-`).
    Not,
}

/// The operator a word standing alone is, in any case (typed on a phone or
/// with an input method in English mode, `or` and `not` come as often as
/// `OR` and `NOT`), or in Chinese as people write a search in words
/// (`就业 或者 创业`, `就业 和 创业`, `就业 不含 农村`). None of them is a
/// word Chinese reports are searched for standing alone.
pub(super) fn operator_word(word: &str) -> Option<OperatorWord> {
    let is = |name: &str| word.eq_ignore_ascii_case(name);
    if matches!(word, "或" | "或者") || is("or") {
        Some(OperatorWord::Or)
    } else if matches!(word, "&&" | "和" | "与" | "且" | "及" | "并且" | "以及") || is("and")
    {
        Some(OperatorWord::And)
    } else if matches!(word, "不含" | "不包含" | "不包括") || is("not") {
        Some(OperatorWord::Not)
    } else {
        None
    }
}

/// The tokens with the operator words among them read as operators:
/// unquoted and standing alone, unless the query is that word alone (a
/// search for it). One with nothing after it yet is dropped, as a word
/// being typed would otherwise flash up as a term.
pub(super) fn with_operator_words_read(tokens: Vec<Token>) -> Vec<Token> {
    // Marks between words are no words (`或，`).
    let alone = tokens
        .iter()
        .filter(|t| matches!(t, Token::Word { .. }))
        .count()
        == 1;
    let mut read = Vec::with_capacity(tokens.len());
    let mut negate_next = false;
    // How deep inside a group in brackets that is excluded (`NOT (创业 OR
    // 农村)`, `-((创业 就业) 农村)`): each of its words is, and none is an
    // alternative.
    let mut excluded_depth = 0usize;
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
                if excluded_depth == 0 {
                    read.push(Token::Or);
                }
            }
            (
                None,
                Token::Word {
                    text,
                    negated,
                    quoted,
                },
            ) => {
                let negated = negated || negate_next || excluded_depth > 0;
                let (opens, closes) = if quoted {
                    (0, 0)
                } else {
                    grouping_brackets(&text)
                };
                if excluded_depth > 0 || negated {
                    excluded_depth = (excluded_depth + opens).saturating_sub(closes);
                }
                read.push(Token::Word {
                    text,
                    negated,
                    quoted,
                });
                negate_next = false;
            }
        }
    }
    read
}
