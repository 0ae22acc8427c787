//! Character folding shared by cleaning and search.
//!
//! Every fold maps one `char` to one `char`, so a position in folded text is
//! the same position in the original: highlighting needs no offset tables.

/// Folds a character for matching: full-width ASCII forms to half-width,
/// ideographic and no-break spaces to a plain space, Latin letters to lower
/// case.
pub fn fold_char(c: char) -> char {
    fold_width(c).to_ascii_lowercase()
}

/// Full-width ASCII forms (`１００％`, as an input method in full-width mode
/// types them) to half-width, ideographic and no-break spaces to a plain
/// space; case kept.
pub fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' => ' ',
        _ => c,
    }
}

/// Folds a string character by character (see [`fold_char`]).
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// Folds for search: traditional characters to simplified (區域 → 区域), then
/// [`fold_char`]. The conversion maps one char to one char (using the
/// neighbours only to choose, as in 乾隆 versus 乾燥), so positions hold.
pub fn fold_for_search(text: &str) -> String {
    to_simplified(text).chars().map(fold_char).collect()
}

pub use super::simplified::to_simplified;

/// White space as it appears in web text, including the ideographic space.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{00A0}' || c == '\u{FEFF}'
}

/// True for a CJK unified ideograph (the common blocks).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Text compared the way the gold files compare it: white space removed and
/// full-width ASCII folded, case kept.
pub fn loose(text: &str) -> String {
    text.chars()
        .filter(|c| !is_space(*c))
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_full_width_and_case() {
        assert_eq!(fold("ＧＤＰ增长，ABC"), "gdp增长,abc");
        assert_eq!(fold("a\u{3000}b"), "a b");
    }

    #[test]
    fn fold_keeps_char_count() {
        let s = "（一）ＡＢ，区域\u{3000}x";
        assert_eq!(fold(s).chars().count(), s.chars().count());
    }

    #[test]
    fn search_folding_joins_traditional_and_simplified() {
        assert_eq!(fold_for_search("區域經濟 ＧＤＰ"), "区域经济 gdp");
        assert_eq!(fold_for_search("营商环境"), "营商环境");
        let mixed = "優化營商環境，推動「放管服」改革";
        assert_eq!(
            fold_for_search(mixed).chars().count(),
            mixed.chars().count()
        );
    }

    #[test]
    fn loose_drops_space_and_folds_width() {
        assert_eq!(loose(" 中日韩（潍坊） 产业园 "), "中日韩(潍坊)产业园");
        assert_eq!(loose("GDP"), "GDP");
    }
}
