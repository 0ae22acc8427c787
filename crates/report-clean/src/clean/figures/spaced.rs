//! Numbers set with spaces, as text copied out of a PDF or a scanned page
//! carries them: a decimal point with a space beside it (`增长 36. 8%`), the
//! thousands set apart by a space (`88 366万元`), a space between a number
//! and its unit (`42 亿元`). Used by `reading.rs`'s `number_and_unit`.

use super::chars::starts_with_at;
use report_core::text::numbers::{parse_arabic, MAGNITUDES, UNITS};

/// The Arabic number at `s[i..]` (as `parse_arabic`), read across one space
/// after its decimal point or before a group of three digits. Not at the
/// start of its text, where `1. 2、` numbers a list.
pub(super) fn spaced_arabic(s: &[char], i: usize) -> Option<(f64, usize)> {
    let (value, len) = parse_arabic(&s[i..])?;
    let opens = s[..i].iter().all(|c| c.is_whitespace());
    let digits_from = |at: usize| (at..s.len()).take_while(|k| s[*k].is_ascii_digit()).count();
    let at = i + len;
    let digit = |k: usize| s.get(k).is_some_and(char::is_ascii_digit);
    let ends_the_number = |k: usize| {
        let spaced_digit = s.get(k).is_some_and(|c| c.is_whitespace()) && digit(k + 1);
        !(digit(k) || matches!(s.get(k), Some('.' | '．')) || spaced_digit)
    };
    if opens || s[i..at].contains(&',') {
        return Some((value, len));
    }
    // `52. 1%`, `0 ．8 ％`: the decimal point with a space after or before
    // it, the decimals.
    let point = at + usize::from(s.get(at) == Some(&' '));
    let decimals = point + 1 + usize::from(s.get(point + 1) == Some(&' '));
    // Only where a percent or a magnitude follows the decimals: a point
    // with a space after it may as well end a sentence (`达到1200. 3个项目`).
    let measured_after = |k: usize| {
        let k = k + usize::from(s.get(k) == Some(&' '));
        matches!(s.get(k), Some('%' | '％' | '万' | '亿' | '千'))
    };
    if matches!(s.get(point), Some('.' | '．')) && decimals - at >= 2 && !s[i..at].contains(&'.') {
        let d = digits_from(decimals);
        if (1..=3).contains(&d) && ends_the_number(decimals + d) && measured_after(decimals + d) {
            let text: String = s[i..at]
                .iter()
                .chain(&['.'])
                .chain(&s[decimals..decimals + d])
                .collect();
            return text.parse().ok().map(|v| (v, decimals + d - i));
        }
    }
    // `88 366万元`: up to three digits, then groups of three after a space.
    if len <= 3 && s.get(at) == Some(&' ') && digits_from(at + 1) == 3 {
        let mut end = at;
        while s.get(end) == Some(&' ') && digits_from(end + 1) == 3 {
            end += 4;
        }
        if s.get(end) == Some(&'.') && digits_from(end + 1) > 0 {
            end += 1 + digits_from(end + 1);
        }
        if ends_the_number(end) {
            let text: String = s[i..end].iter().filter(|c| **c != ' ').collect();
            return text.parse().ok().map(|v| (v, end - i));
        }
    }
    Some((value, len))
}

/// `42 亿元`: one space between a number and the magnitude or unit that
/// follows it; the position after the space, or `j` as it was.
pub(super) fn past_a_space(s: &[char], j: usize) -> usize {
    let unit_follows = MAGNITUDES.iter().any(|(m, _)| starts_with_at(s, j + 1, m))
        || UNITS.iter().any(|u| starts_with_at(s, j + 1, u));
    if s.get(j) == Some(&' ') && unit_follows {
        j + 1
    } else {
        j
    }
}
