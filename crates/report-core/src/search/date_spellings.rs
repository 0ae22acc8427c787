//! One date, two spellings. Reports into the 1990s write their years in
//! Chinese numerals digit by digit (`一九五八年`, `二〇〇五年`, the zero as
//! `〇`, `○` or `零`) and their months and days in tens (`三月十五日`); later
//! ones, and people typing, in figures (`1958年3月15日`). Search matches
//! what is written, so a term holding a date in one spelling would miss
//! every report that writes it in the other: [`written_otherwise`] writes
//! it the other way. People also type a date with dashes, dots or slashes
//! (`2024-03`, `1959.1.15`), which no report writes: it is written both
//! ways reports do.

use std::ops::RangeInclusive;

use crate::text::dates::{digits_at, numeral_month_at, numeral_month_or_day};
use crate::text::numbers::{chinese_digit, year_digits};

/// Four digits read as a year: outside these they are a count or a code.
pub(crate) const YEARS: RangeInclusive<u32> = 1900..=2099;

/// The ways zero is written in a year spelled digit by digit.
const ZEROS: [char; 3] = ['〇', '○', '零'];

/// The folded `term` with every date in it (a year of 1900–2099, and the
/// month and day after it) written the other way: `1958年3月` as
/// `一九五八年三月` (three spellings where the year holds a zero),
/// `二〇〇五年` as `2005年`. Empty when it holds none.
pub fn written_otherwise(term: &str) -> Vec<String> {
    let chars: Vec<char> = term.chars().collect();
    // The term in figures, and in numerals with each zero.
    let mut in_figures = String::new();
    let mut in_numerals: Vec<String> = vec![String::new(); ZEROS.len()];
    let mut dates = 0;
    let mut at = 0;
    while at < chars.len() {
        let Some((date, len)) = date_at(&chars, at) else {
            in_figures.push(chars[at]);
            in_numerals.iter_mut().for_each(|t| t.push(chars[at]));
            at += 1;
            continue;
        };
        dates += 1;
        in_figures.push_str(&date.in_figures());
        for (spelling, zero) in in_numerals.iter_mut().zip(ZEROS) {
            spelling.push_str(&date.in_numerals(zero));
        }
        at += len;
    }
    if dates == 0 {
        return Vec::new();
    }
    let mut spellings = vec![in_figures];
    spellings.extend(in_numerals);
    let mut distinct: Vec<String> = Vec::new();
    for spelling in spellings {
        if spelling != term && !distinct.contains(&spelling) {
            distinct.push(spelling);
        }
    }
    distinct
}

/// A year, and the month and day written after it.
struct Date {
    year: u32,
    /// Written with its `年` (a year typed alone is digits alone).
    marked: bool,
    month: Option<u32>,
    day: Option<u32>,
    /// The mark the day was written with (`日`, or `号` as people say it).
    day_mark: char,
}

impl Date {
    fn in_figures(&self) -> String {
        let mut text = self.year.to_string();
        if self.marked {
            text.push('年');
        }
        if let Some(month) = self.month {
            text.push_str(&format!("{month}月"));
        }
        if let Some(day) = self.day {
            text.push_str(&format!("{day}{}", self.day_mark));
        }
        text
    }

    /// Digit by digit for the year, in tens for the month and day.
    fn in_numerals(&self, zero: char) -> String {
        let digit = |d: u32| match d {
            0 => zero,
            d => NUMERALS[d as usize],
        };
        let year = self.year.to_string();
        let mut text: String = year
            .chars()
            .filter_map(|c| c.to_digit(10))
            .map(digit)
            .collect();
        if self.marked {
            text.push('年');
        }
        if let Some(month) = self.month {
            text.push_str(&in_tens(month));
            text.push('月');
        }
        if let Some(day) = self.day {
            text.push_str(&in_tens(day));
            text.push(self.day_mark);
        }
        text
    }
}

const NUMERALS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// 1–31 as months and days are written in numerals: `三`, `十`, `十二`,
/// `二十`, `三十一`.
fn in_tens(n: u32) -> String {
    let (tens, units) = (n / 10, n % 10);
    let mut text = String::new();
    if tens > 1 {
        text.push(NUMERALS[tens as usize]);
    }
    if tens > 0 {
        text.push('十');
    }
    if units > 0 {
        text.push(NUMERALS[units as usize]);
    }
    text
}

/// Reads a month or day at a position: its value and length.
type NumberAt = fn(&[char], usize) -> Option<(u32, usize)>;

/// A date starting at `chars[at]`, in figures or numerals, and how many
/// characters it takes: a year of four digits of one script (not part of
/// a longer number) and, after its `年`, the month and day written in the
/// same script. A year alone (`1958`, as people type it) is a date too;
/// its other spelling is the digits alone.
fn date_at(chars: &[char], at: usize) -> Option<(Date, usize)> {
    let figures = chars[at].is_ascii_digit();
    let same_script = |c: &char| {
        if figures {
            c.is_ascii_digit()
        } else {
            chinese_digit(*c).is_some() || matches!(c, '十' | '百' | '千' | '万' | '亿')
        }
    };
    if at > 0 && same_script(&chars[at - 1]) {
        return None;
    }
    let (year, len) = year_digits(&chars[at..])?;
    if !YEARS.contains(&year) || chars.get(at + len).is_some_and(same_script) {
        return None;
    }
    let mut date = Date {
        year,
        marked: false,
        month: None,
        day: None,
        day_mark: '日',
    };
    let mut end = at + len;
    if figures {
        if let Some((month, day, separated_len)) = separated_month_and_day(chars, end) {
            // `2024-03`, `2024.3.15`: written as reports write dates.
            date.marked = true;
            date.month = Some(month);
            date.day = day;
            return Some((date, len + separated_len));
        }
    }
    if chars.get(end) != Some(&'年') {
        return Some((date, len));
    }
    date.marked = true;
    end += 1;
    let (month_at, day_at): (NumberAt, NumberAt) = if figures {
        (digits_at, digits_at)
    } else {
        (numeral_month_at, numeral_month_or_day)
    };
    if let Some((month, mlen)) = month_at(chars, end).filter(|(m, _)| (1..=12).contains(m)) {
        if chars.get(end + mlen) == Some(&'月') {
            date.month = Some(month);
            end += mlen + 1;
            if let Some((day, dlen)) = day_at(chars, end).filter(|(d, _)| (1..=31).contains(d)) {
                if let Some(&mark @ ('日' | '号')) = chars.get(end + dlen) {
                    date.day = Some(day);
                    date.day_mark = mark;
                    end += dlen + 1;
                }
            }
        }
    }
    Some((date, end - at))
}

/// A month, and a day, after a year as people type a date in figures:
/// each after the same mark of `-`, `.` or `/` (`2024-03`, `2024.3.15`,
/// `2024/3/15`), one or two figures, a real month and day; and what
/// follows is no figure, decimal or unit (`1958.3万吨` is an amount).
/// The month, the day and the characters they take.
fn separated_month_and_day(chars: &[char], at: usize) -> Option<(u32, Option<u32>, usize)> {
    let mark = *chars.get(at).filter(|c| matches!(c, '-' | '.' | '/'))?;
    let part = |from: usize| {
        digits_at(chars, from)
            .filter(|&(_, len)| len <= 2)
            .filter(|&(_, len)| chars[from..from + len].iter().all(char::is_ascii_digit))
    };
    let (month, month_len) = part(at + 1).filter(|(m, _)| (1..=12).contains(m))?;
    let mut end = at + 1 + month_len;
    let mut day = None;
    if chars.get(end) == Some(&mark) {
        if let Some((d, day_len)) = part(end + 1).filter(|(d, _)| (1..=31).contains(d)) {
            day = Some(d);
            end += 1 + day_len;
        }
    }
    let ends_a_number = chars.get(end).is_some_and(|&c| {
        c.is_ascii_digit()
            || matches!(
                c,
                '.' | '%' | '万' | '亿' | '千' | '百' | '元' | '吨' | '年'
            )
    });
    (!ends_a_number).then_some((month, day, end - at))
}

#[cfg(test)]
#[path = "date_spellings_tests.rs"]
mod tests;
