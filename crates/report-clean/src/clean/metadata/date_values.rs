//! A labelled date's value read where it is not written as `2024年1月3日`:
//! with an English month's name, or in figures alone in the one way they
//! can be read.

use report_core::text::dates::{parse_date_input, valid_year, PartialDate};

/// A labelled date written with its month's English name, as a site's
/// English interface writes it (`Updated: Jan 18, 2023`, `Date: March 2,
/// 2021`, `发布日期：18 January 2022`): read as report-core reads a date
/// typed so (`parse_date_input`), from the value's first words (a clock
/// time may follow them).
pub(super) fn english_month_date(value: &str) -> Option<(PartialDate, String)> {
    let words: Vec<&str> = value.split_whitespace().take(3).collect();
    (2..=words.len()).rev().find_map(|n| {
        let said = words[..n].join(" ");
        let named = said.chars().any(|c| c.is_ascii_alphabetic());
        let date = parse_date_input(&said).filter(|_| named)?;
        Some((date, said))
    })
}

/// A day written in eight figures (`20230114`), each month's own length
/// checked.
pub(crate) fn compact_date(word: &str) -> Option<PartialDate> {
    (word.len() == 8 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| parse_date_input(word))
        .flatten()
}

/// A labelled date written in figures alone in a way only one reading
/// allows, from the value's first word (a clock time may follow):
/// eight figures, year, month and day run together (`20230115`); a year
/// of two figures before month and day, as Chinese dates run (`23-01-15`,
/// `23/1/15`: from 1950 to 2049); a year after day and month where only
/// one order gives a date (`15/01/2023`, `01/15/2023`; never `3/2/2021`).
pub(super) fn figures_only_date(value: &str) -> Option<(PartialDate, String)> {
    let word = value.split_whitespace().next()?;
    let date = |year: u16, month: u16, day: u16| {
        let valid =
            valid_year(u32::from(year)) && (1..=12).contains(&month) && (1..=31).contains(&day);
        valid.then(|| PartialDate {
            year: Some(year),
            month: u8::try_from(month).ok(),
            day: u8::try_from(day).ok(),
        })
    };
    if let Some(day) = compact_date(word) {
        return Some((day, word.to_string()));
    }
    let parts: Vec<&str> = word.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let separators = word.chars().filter(|c| matches!(c, '-' | '/' | '.'));
    if separators.collect::<std::collections::BTreeSet<_>>().len() != 1
        || ![a, b, c]
            .iter()
            .all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|x| x.is_ascii_digit()))
    {
        return None;
    }
    let (a_n, b_n, c_n) = (
        a.parse::<u16>().ok()?,
        b.parse::<u16>().ok()?,
        c.parse::<u16>().ok()?,
    );
    let found = match (a.len(), c.len()) {
        (2, 1..=2) => date(if a_n >= 50 { 1900 + a_n } else { 2000 + a_n }, b_n, c_n),
        (1..=2, 4) => match (date(c_n, b_n, a_n), date(c_n, a_n, b_n)) {
            (Some(d), None) | (None, Some(d)) => Some(d),
            _ => None,
        },
        _ => None,
    };
    found.map(|d| (d, word.to_string()))
}
