//! One date or share, two spellings. Reports into the 1990s write their
//! years in Chinese numerals digit by digit (`一九五八年`, `二〇〇五年`, the
//! zero as `〇`, `○` or `零`), their months and days in tens (`三月十五日`)
//! and shares in words (`百分之六十六`, `百分之三点五`); later ones, and
//! people typing, in figures (`1958年3月15日`, `66%`). Search matches what
//! is written, so a term holding a date or share in one spelling would miss
//! every report that writes it in the other: [`other_spellings`] writes it
//! the other way, and [`spellings_found`] says which of those the reports
//! hold, to offer them beside the term.

use std::ops::RangeInclusive;

use crate::search::query::{parse_query, query_text};
use crate::search::SearchIndex;
use crate::sorting;
use crate::text::numbers::{chinese_digit, parse_chinese_number, year_digits};

/// Four digits read as a year: outside these they are a count or a code.
const YEARS: RangeInclusive<u32> = 1900..=2099;

/// The ways zero is written in a year spelled digit by digit.
const ZEROS: [char; 3] = ['〇', '○', '零'];

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

/// The spellings of the folded `term` with each of its dates and shares
/// written the other way, figures for numerals and numerals for figures
/// (each way of writing a year's zero a spelling of its own), that
/// `index`'s reports hold, but those in `except` (terms already searched
/// for). `None` when the term holds neither or the reports write it no
/// other way.
pub fn spellings_found(index: &SearchIndex, term: &str, except: &[&str]) -> Option<Spellings> {
    let mut found: Vec<(String, usize)> = other_spellings(term)
        .into_iter()
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

/// Whether `term` may hold a date or a share: four figures, or four
/// numerals, in a row, or a figure before `%`, or `百分之`. What the page
/// asks before fetching the code that reads them.
pub fn may_be_spelled_otherwise(term: &str) -> bool {
    let mut figures = 0;
    let mut numerals = 0;
    for c in term.chars() {
        if c == '%' && figures > 0 {
            return true;
        }
        figures = if c.is_ascii_digit() { figures + 1 } else { 0 };
        numerals = if chinese_digit(c).is_some() {
            numerals + 1
        } else {
            0
        };
        if figures == 4 || numerals == 4 {
            return true;
        }
    }
    term.contains(IN_HUNDREDS)
}

/// The folded `term` with every date in it (a year of 1900–2099, and the
/// month and day after it) and every share (`66%`, `百分之六十六`) written
/// the other way: `1958年3月` as `一九五八年三月` (three spellings where a
/// year holds a zero), `二〇〇五年` as `2005年`, `3.5%` as `百分之三点五`.
/// Empty when it holds neither.
pub fn other_spellings(term: &str) -> Vec<String> {
    let chars: Vec<char> = term.chars().collect();
    // The term in figures, and in numerals with each zero.
    let mut in_figures = String::new();
    let mut in_numerals: Vec<String> = vec![String::new(); ZEROS.len()];
    let mut pieces = 0;
    let mut at = 0;
    while at < chars.len() {
        let Some((piece, len)) = date_at(&chars, at).or_else(|| share_at(&chars, at)) else {
            in_figures.push(chars[at]);
            in_numerals.iter_mut().for_each(|t| t.push(chars[at]));
            at += 1;
            continue;
        };
        pieces += 1;
        in_figures.push_str(&piece.in_figures());
        for (spelling, zero) in in_numerals.iter_mut().zip(ZEROS) {
            spelling.push_str(&piece.in_numerals(zero));
        }
        at += len;
    }
    if pieces == 0 {
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

/// What is written two ways: a date, or a share in hundredths.
enum Piece {
    Date(Date),
    Share(Share),
}

impl Piece {
    fn in_figures(&self) -> String {
        match self {
            Piece::Date(date) => date.in_figures(),
            Piece::Share(share) => share.in_figures(),
        }
    }

    /// `zero` writes a year's zero; a share writes its own as `零`.
    fn in_numerals(&self, zero: char) -> String {
        match self {
            Piece::Date(date) => date.in_numerals(zero),
            Piece::Share(share) => share.in_numerals(),
        }
    }
}

/// How a share is written in words: `百分之` and the hundredths.
const IN_HUNDREDS: &str = "百分之";

/// A share in hundredths: its whole part and the digits after the point.
struct Share {
    whole: u32,
    decimals: Vec<u32>,
}

impl Share {
    fn in_figures(&self) -> String {
        let mut text = self.whole.to_string();
        if !self.decimals.is_empty() {
            text.push('.');
            text.extend(
                self.decimals
                    .iter()
                    .filter_map(|d| char::from_digit(*d, 10)),
            );
        }
        text.push('%');
        text
    }

    /// `百分之六十六`, `百分之三点五`, `百分之一百零五`; a whole hundred as
    /// reports say it, `百分之百`.
    fn in_numerals(&self) -> String {
        let mut text = IN_HUNDREDS.to_string();
        if self.whole == 100 && self.decimals.is_empty() {
            text.push('百');
            return text;
        }
        text.push_str(&counted(self.whole));
        if !self.decimals.is_empty() {
            text.push('点');
            text.extend(self.decimals.iter().map(|&d| {
                if d == 0 {
                    '零'
                } else {
                    NUMERALS[d as usize]
                }
            }));
        }
        text
    }
}

/// 0–9999 as a count is said in numerals: `十五`, `六十六`, `一百零五`,
/// `一百一十`, `一千零五`.
fn counted(n: u32) -> String {
    if n == 0 {
        return "零".to_string();
    }
    let mut text = String::new();
    let mut rest = n;
    let mut zero_between = false;
    for (place, mark) in [(1000, '千'), (100, '百'), (10, '十')] {
        let digit = rest / place;
        rest %= place;
        if digit > 0 {
            if zero_between {
                text.push('零');
                zero_between = false;
            }
            // `十五`, not `一十五`, at the start.
            if !(place == 10 && digit == 1 && text.is_empty()) {
                text.push(NUMERALS[digit as usize]);
            }
            text.push(mark);
        } else if !text.is_empty() && rest > 0 {
            zero_between = true;
        }
    }
    if rest > 0 {
        if zero_between {
            text.push('零');
        }
        text.push(NUMERALS[rest as usize]);
    }
    text
}

/// A share starting at `chars[at]`, and how many characters it takes: up to
/// four figures, a point and up to three more, and `%` (not part of a
/// longer number); or `百分之` and a number in numerals below ten thousand
/// (`百分之百` a hundred).
fn share_at(chars: &[char], at: usize) -> Option<(Piece, usize)> {
    let rest = &chars[at..];
    if rest.starts_with(&IN_HUNDREDS.chars().collect::<Vec<_>>()) {
        let after = &rest[3..];
        let numeral = |c: Option<&char>| {
            c.is_some_and(|c| chinese_digit(*c).is_some() || matches!(c, '十' | '百' | '千' | '点'))
        };
        if after.first() == Some(&'百') && !numeral(after.get(1)) {
            let share = Share {
                whole: 100,
                decimals: Vec::new(),
            };
            return Some((Piece::Share(share), 4));
        }
        let (value, len) = parse_chinese_number(after, true)?;
        if numeral(after.get(len)) || !(0.0..10_000.0).contains(&value) {
            return None;
        }
        let point = after[..len].iter().position(|c| *c == '点');
        let decimals = point.map_or_else(Vec::new, |p| {
            after[p + 1..len]
                .iter()
                .filter_map(|c| chinese_digit(*c))
                .collect()
        });
        let share = Share {
            whole: value.trunc() as u32,
            decimals,
        };
        return Some((Piece::Share(share), 3 + len));
    }
    let is_figure = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_digit());
    if at > 0 && (is_figure(chars.get(at - 1)) || chars[at - 1] == '.') {
        return None;
    }
    let figures = |from: usize| {
        rest[from.min(rest.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let whole_len = figures(0);
    if !(1..=4).contains(&whole_len) {
        return None;
    }
    let whole: u32 = rest[..whole_len].iter().collect::<String>().parse().ok()?;
    let (decimals, len) = if rest.get(whole_len) == Some(&'.') {
        let n = figures(whole_len + 1);
        if !(1..=3).contains(&n) {
            return None;
        }
        let digits = rest[whole_len + 1..whole_len + 1 + n]
            .iter()
            .filter_map(|c| c.to_digit(10))
            .collect();
        (digits, whole_len + 1 + n)
    } else {
        (Vec::new(), whole_len)
    };
    (rest.get(len) == Some(&'%')).then_some((Piece::Share(Share { whole, decimals }), len + 1))
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

/// A date starting at `chars[at]`, in figures or numerals, and how many
/// characters it takes: a year of four digits of one script (not part of
/// a longer number) and, after its `年`, the month and day written in the
/// same script. A year alone (`1958`, as people type it) is a date too;
/// its other spelling is the digits alone.
fn date_at(chars: &[char], at: usize) -> Option<(Piece, usize)> {
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
    if chars.get(end) != Some(&'年') {
        return Some((Piece::Date(date), len));
    }
    date.marked = true;
    end += 1;
    let number = |from: usize| {
        if figures {
            figures_at(chars, from)
        } else {
            tens_at(chars, from)
        }
    };
    if let Some((month, mlen)) = number(end).filter(|(m, _)| (1..=12).contains(m)) {
        if chars.get(end + mlen) == Some(&'月') {
            date.month = Some(month);
            end += mlen + 1;
            if let Some((day, dlen)) = number(end).filter(|(d, _)| (1..=31).contains(d)) {
                if let Some(&mark @ ('日' | '号')) = chars.get(end + dlen) {
                    date.day = Some(day);
                    date.day_mark = mark;
                    end += dlen + 1;
                }
            }
        }
    }
    Some((Piece::Date(date), end - at))
}

/// A month or day in figures (`3`, `12`) at `chars[from]`.
fn figures_at(chars: &[char], from: usize) -> Option<(u32, usize)> {
    let digits: Vec<u32> = chars[from.min(chars.len())..]
        .iter()
        .take(3)
        .map_while(|c| c.to_digit(10).filter(|_| c.is_ascii_digit()))
        .collect();
    matches!(digits.len(), 1 | 2).then(|| (digits.iter().fold(0, |n, d| n * 10 + d), digits.len()))
}

/// A month or day in numerals (`三`, `十`, `十二`, `二十`, `三十一`) at
/// `chars[from]`.
fn tens_at(chars: &[char], from: usize) -> Option<(u32, usize)> {
    let rest = &chars[from.min(chars.len())..];
    let digit = |i: usize| {
        rest.get(i)
            .and_then(|c| chinese_digit(*c))
            .filter(|d| *d > 0 && rest[i] != '两')
    };
    match (
        digit(0),
        rest.get(usize::from(digit(0).is_some())) == Some(&'十'),
    ) {
        // `十`, `十二`
        (None, true) => Some(digit(1).map_or((10, 1), |u| (10 + u, 2))),
        // `二十`, `二十一`
        (Some(t), true) => Some(digit(2).map_or((t * 10, 2), |u| (t * 10 + u, 3))),
        (Some(u), false) => Some((u, 1)),
        (None, false) => None,
    }
}

#[cfg(test)]
#[path = "spellings_tests.rs"]
mod tests;
