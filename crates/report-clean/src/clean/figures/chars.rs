//! The characters figures are read from, and positions in them: a
//! text's chars as the reader sees them (full-width digits as ASCII, a
//! traditional report's numerals and units as simplified), words at a
//! position, the clause before one, whether one is inside quotation marks.

/// A text's chars as figures are read from them: full-width digits, decimal
/// points and thousands separators as ASCII (`３．６８％`, `２７，２０３，０００元`),
/// as older reports set them. One char for one, so positions hold.
pub(super) fn figure_chars(text: &str) -> Vec<char> {
    let mut chars: Vec<char> = text
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            // Numerals and units of reports set in traditional characters
            // (`十三點七倍`, `二百十七萬噸`).
            '點' => '点',
            '萬' => '万',
            '億' => '亿',
            '兩' => '两',
            '噸' => '吨',
            '個' => '个',
            '項' => '项',
            '畝' => '亩',
            // `增长15℅`: the sign for "care of", typed for a percent sign.
            '℅' => '%',
            // (24b) `“十一五〞期末`, `〝十五〞`: double prime quotation marks,
            // which copies write for quotation marks, read as them.
            '〝' => '“',
            '〞' | '〟' => '”',
            _ => c,
        })
        .collect();
    for k in 1..chars.len() {
        let group_follows = || {
            (1..=3).all(|d| chars.get(k + d).is_some_and(char::is_ascii_digit))
                && !chars.get(k + 4).is_some_and(char::is_ascii_digit)
        };
        if chars[k - 1].is_ascii_digit() {
            match chars[k] {
                '．' if chars.get(k + 1).is_some_and(char::is_ascii_digit) => chars[k] = '.',
                '，' if group_follows() => chars[k] = ',',
                _ => {}
            }
        }
    }
    chars
}

pub(super) fn starts_with_at(s: &[char], at: usize, word: &str) -> bool {
    s.get(at..).is_some_and(|rest| {
        let mut rest = rest.iter();
        word.chars().all(|w| rest.next() == Some(&w))
    })
}

pub(super) fn ends_with_at(s: &[char], end: usize, word: &str) -> bool {
    let n = word.chars().count();
    end >= n && starts_with_at(s, end - n, word)
}

/// The clause that runs up to `at`: from the last comma, full stop,
/// semicolon or colon before it on. An enumeration comma (`、`) parts the
/// items of a clause, not clauses (`以10大园区、16家科研院所为平台`).
pub(super) fn clause_before(s: &[char], at: usize) -> &[char] {
    let from = s[..at]
        .iter()
        .rposition(|c| matches!(c, '，' | ',' | '。' | '；' | '：'))
        .map_or(0, |k| k + 1);
    &s[from..at]
}

/// Numbers inside quotation marks are names and slogans (“113365”工作思路,
/// “八抓二十项”), not figures.
pub(super) fn inside_quotes(s: &[char], i: usize) -> bool {
    let open = s[..i].iter().rposition(|c| matches!(c, '“' | '「'));
    let close = s[..i].iter().rposition(|c| matches!(c, '”' | '」'));
    let opened = match (open, close) {
        (Some(o), Some(c)) => o > c,
        (Some(_), None) => true,
        _ => false,
    };
    opened && s[i..].iter().any(|c| matches!(c, '”' | '」'))
}
