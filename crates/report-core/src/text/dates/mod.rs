//! Dates: stated ones (`2021-02-19`, `2021年2月19日`, `2021/2/19`) and the
//! clues a year can be inferred from when the source states none.

mod infer;
mod review_heading;
mod typed;

pub use infer::{draft_year, infer_year, plan_opening_year, review_year, role_year, title_year};
pub use typed::parse_date_input;

use crate::model::{DatePrecision, ReportDate};

/// A calendar date; month and day may be unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartialDate {
    pub year: Option<u16>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    /// Formats as a [`ReportDate`] when at least the year is known.
    pub fn to_report_date(self, inferred: bool, evidence: Vec<String>) -> Option<ReportDate> {
        let year = self.year?;
        let (value, precision) = match (self.month, self.day) {
            (Some(m), Some(d)) => (format!("{year:04}-{m:02}-{d:02}"), DatePrecision::Day),
            (Some(m), None) => (format!("{year:04}-{m:02}"), DatePrecision::Month),
            _ => (format!("{year:04}"), DatePrecision::Year),
        };
        Some(ReportDate {
            value,
            precision,
            inferred,
            evidence,
        })
    }
}

/// Reads the leading ASCII (or full-width) digits of `chars[at..]`.
pub fn digits_at(chars: &[char], at: usize) -> Option<(u32, usize)> {
    let mut value: u32 = 0;
    let mut len = 0;
    while let Some(d) = chars.get(at + len).and_then(|c| digit_value(*c)) {
        value = value.saturating_mul(10).saturating_add(d);
        len += 1;
    }
    (len > 0).then_some((value, len))
}

fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// A year a report of the People's Republic can bear (1949–2100).
pub fn valid_year(y: u32) -> bool {
    (1949..=2100).contains(&y)
}

fn valid_month_day(m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && (1..=31).contains(&d)
}

/// Whether `text` is a full date and nothing else (spaces aside):
/// `2024-01-05`, `2024年1月5日`.
pub fn is_full_date_alone(text: &str) -> bool {
    find_full_date(text).is_some_and(|(_, said)| said.trim() == text.trim())
}

/// A date stated in full somewhere in `text`, with the text it was read from.
/// Accepts `2021-02-19`, `2021/2/19`, `2021.2.19` and `2021年2月19日`.
pub fn find_full_date(text: &str) -> Option<(PartialDate, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if let Some(found) = full_date_at(&chars, i) {
            return Some(found);
        }
        i += 1;
    }
    None
}

fn full_date_at(chars: &[char], start: usize) -> Option<(PartialDate, String)> {
    if start > 0 && chars.get(start - 1).and_then(|c| digit_value(*c)).is_some() {
        return None;
    }
    let (year, ylen) = digits_at(chars, start)?;
    if ylen != 4 || !valid_year(year) {
        return None;
    }
    // A date in words may be spaced apart (`2016年 02月 16日`,
    // `2010 年 02 月 01 日`), one in figures is not.
    let in_words = |at: usize, word: char| spaced_to(chars, at, word);
    let sep_at = in_words(start + 4, '年').unwrap_or(start + 4);
    let sep = *chars.get(sep_at)?;
    let day_sep = match sep {
        '-' | '/' | '.' | '－' => Some(sep),
        '年' => None,
        _ => return None,
    };
    let month_at = match day_sep {
        Some(_) => sep_at + 1,
        None => skip_spaces(chars, sep_at + 1),
    };
    let (month, mlen) = digits_at(chars, month_at).or_else(|| {
        (day_sep.is_none() && is_first_month_word(chars, month_at)).then_some((1, 1))
    })?;
    let expected = day_sep.unwrap_or('月');
    let after_month = match day_sep {
        Some(_) => month_at + mlen,
        None => in_words(month_at + mlen, '月')?,
    };
    if chars.get(after_month) != Some(&expected) {
        return None;
    }
    let day_at = match day_sep {
        Some(_) => after_month + 1,
        None => skip_spaces(chars, after_month + 1),
    };
    let (day, dlen) = digits_at(chars, day_at)?;
    if mlen > 2 || dlen > 2 || !valid_month_day(month, day) {
        return None;
    }
    let mut end = day_at + dlen;
    if let Some(closing) = day_sep.is_none().then(|| in_words(end, '日')).flatten() {
        end = closing + 1;
    }
    let date = PartialDate {
        year: Some(year as u16),
        month: Some(month as u8),
        day: Some(day as u8),
    };
    Some((date, chars[start..end].iter().collect()))
}

/// Where `word` stands at `at`, or after spaces from `at`.
fn spaced_to(chars: &[char], at: usize, word: char) -> Option<usize> {
    let at = skip_spaces(chars, at);
    (chars.get(at) == Some(&word)).then_some(at)
}

fn skip_spaces(chars: &[char], mut at: usize) -> usize {
    while chars.get(at).is_some_and(|c| matches!(c, ' ' | '\u{3000}')) {
        at += 1;
    }
    at
}

/// `元月`, as January is often written in dates (`2008年元月18日`).
fn is_first_month_word(chars: &[char], at: usize) -> bool {
    chars.get(at) == Some(&'元') && chars.get(at + 1) == Some(&'月')
}

fn chinese_digit(c: char) -> Option<u32> {
    let digits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    match c {
        // Zero as typed where 〇 was meant: a circle, a letter O (`二O二四年`),
        // or a digit among the numerals.
        '○' | '零' | 'Ｏ' | 'O' | 'o' | 'ｏ' | '0' | '０' => Some(0),
        _ => digits.iter().position(|d| *d == c).map(|p| p as u32),
    }
}

/// A date written in Chinese numerals at the start of `text`, as formal
/// documents date themselves: `二〇二六年一月二十七日`, `二○二五年十二月五日`.
/// Returns the date and the text it was read from.
pub fn chinese_numeral_date(text: &str) -> Option<(PartialDate, String)> {
    let chars: Vec<char> = text.chars().collect();
    let digit = chinese_digit;
    if chars.len() < 5 || !chars[..4].iter().all(|c| digit(*c).is_some()) || chars[4] != '年' {
        return None;
    }
    let year = chars[..4]
        .iter()
        .fold(0, |y, c| y * 10 + digit(*c).unwrap_or(0));
    let number = |at: usize| numeral_month_or_day(&chars, at);
    let (month, mlen) = numeral_month_at(&chars, 5)?;
    let after_month = 5 + mlen;
    if chars.get(after_month) != Some(&'月') {
        return None;
    }
    let (day, dlen) = number(after_month + 1)?;
    let end = after_month + 1 + dlen;
    if chars.get(end) != Some(&'日') || !valid_year(year) || !valid_month_day(month, day) {
        return None;
    }
    let date = PartialDate {
        year: Some(year as u16),
        month: Some(month as u8),
        day: Some(day as u8),
    };
    Some((date, chars[..=end].iter().collect()))
}

/// A month or day in numerals at `chars[at]`, as they count in tens:
/// `三`, `十`, `十二`, `二十七`, `三十一`; its value and length.
pub fn numeral_month_or_day(chars: &[char], at: usize) -> Option<(u32, usize)> {
    let mut value = 0;
    let mut len = 0;
    let mut tens_seen = false;
    while let Some(&c) = chars.get(at + len) {
        if c == '十' && !tens_seen {
            value = if len == 0 { 10 } else { value * 10 };
            tens_seen = true;
        } else if let Some(d) = chinese_digit(c).filter(|d| *d > 0) {
            value = if tens_seen { value + d } else { value * 10 + d };
        } else {
            break;
        }
        len += 1;
    }
    (len > 0).then_some((value, len))
}

/// A month in numerals at `chars[at]`, `元` of `元月` as January too.
pub fn numeral_month_at(chars: &[char], at: usize) -> Option<(u32, usize)> {
    numeral_month_or_day(chars, at).or_else(|| is_first_month_word(chars, at).then_some((1, 1)))
}

/// A month and day without a year, `7月6日`, at the start of `chars[at..]`.
pub fn month_day_at(chars: &[char], at: usize) -> Option<(u8, u8, usize)> {
    let (month, mlen) = digits_at(chars, at)?;
    if chars.get(at + mlen) != Some(&'月') {
        return None;
    }
    let (day, dlen) = digits_at(chars, at + mlen + 1)?;
    let end = at + mlen + 1 + dlen;
    if chars.get(end) != Some(&'日') || !valid_month_day(month, day) {
        return None;
    }
    Some((month as u8, day as u8, end + 1 - at))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_full(text: &str, expect: Option<&str>) {
        let got = find_full_date(text).and_then(|(d, _)| d.to_report_date(false, vec![]));
        assert_eq!(got.map(|d| d.value).as_deref(), expect, "{text}");
    }

    #[test]
    fn full_dates_in_common_forms() {
        check_full("发布时间:2021-02-19", Some("2021-02-19"));
        check_full("2020-05-14 09:24:00 来源", Some("2020-05-14"));
        check_full("发布日期 2021/5/31", Some("2021-05-31"));
        check_full("2022年3月8日召开", Some("2022-03-08"));
        check_full("２０２２年３月８日", Some("2022-03-08"));
        check_full("2008年元月18日在", Some("2008-01-18"));
        check_full("2008年元旦", None);
        check_full("电话 12021-02-19", None);
        check_full("2021-13-01", None);
        check_full("2021年", None);
        // A date in words spaced apart; one in figures is not.
        check_full("日期:2016年 02月 16日    信息来源", Some("2016-02-16"));
        check_full("某某网 2010 年 02 月 01 日", Some("2010-02-01"));
        check_full("2016 - 02 - 16", None);
        check_full("2016年 以来 2月", None);
    }

    #[test]
    fn dates_in_chinese_numerals_january_as_yuanyue_too() {
        let read = |text: &str| {
            chinese_numeral_date(text)
                .and_then(|(d, _)| d.to_report_date(false, vec![]))
                .map(|d| d.value)
        };
        assert_eq!(
            read("二〇二六年一月二十七日在").as_deref(),
            Some("2026-01-27")
        );
        assert_eq!(read("二○○八年元月十八日在").as_deref(), Some("2008-01-18"));
        assert_eq!(read("二〇〇八年元旦"), None);
    }

    #[test]
    fn a_zero_typed_as_a_letter_or_a_digit_among_the_numerals() {
        let read = |text: &str| {
            chinese_numeral_date(text)
                .and_then(|(d, _)| d.to_report_date(false, vec![]))
                .map(|d| d.value)
        };
        assert_eq!(read("二O二四年一月十二日").as_deref(), Some("2024-01-12"));
        assert_eq!(read("二o一O年元月八日").as_deref(), Some("2010-01-08"));
        assert_eq!(read("二0二三年二月六日").as_deref(), Some("2023-02-06"));
        assert_eq!(read("二０二三年二月六日").as_deref(), Some("2023-02-06"));
        assert_eq!(read("OOOO年一月一日"), None);
    }

    #[test]
    fn month_day_without_year() {
        let chars: Vec<char> = "7月6日讯".chars().collect();
        assert_eq!(month_day_at(&chars, 0), Some((7, 6, 4)));
        let chars: Vec<char> = "13月6日".chars().collect();
        assert_eq!(month_day_at(&chars, 0), None);
    }
}
