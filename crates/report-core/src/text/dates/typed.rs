//! Dates as a person types them or a spreadsheet cell gives them.

use super::{digits_at, valid_year, PartialDate};

/// A date typed by a person or given in a spreadsheet cell: `2023`,
/// `2023-07`, `2023-7-6`, `2023/07/06`, `2023.7.6`, `2023年7月6日`,
/// `20230706`, and with the month in English as the English interface's
/// readers write it (`July 2023`, `Jul 6, 2023`, `6 July 2023`). Anything
/// else, or an impossible date, is `None`.
pub fn parse_date_input(input: &str) -> Option<PartialDate> {
    if input.chars().any(|c| c.is_ascii_alphabetic()) {
        return english_date(input);
    }
    let chars: Vec<char> = input.trim().chars().collect();
    let mut numbers = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some((value, len)) = digits_at(&chars, i) {
            numbers.push((value, len));
            i += len;
        } else if matches!(chars[i], '-' | '/' | '.' | '－' | '年' | '月' | '日' | ' ') {
            i += 1;
        } else {
            return None;
        }
    }
    let (year, month, day) = match numbers.as_slice() {
        [(compact, 8)] => (
            compact / 10_000,
            Some(compact / 100 % 100),
            Some(compact % 100),
        ),
        [(y, 4)] => (*y, None, None),
        [(y, 4), (m, 1..=2)] => (*y, Some(*m), None),
        [(y, 4), (m, 1..=2), (d, 1..=2)] => (*y, Some(*m), Some(*d)),
        _ => return None,
    };
    let month_ok = month.is_none_or(|m| (1..=12).contains(&m));
    let day_ok = day.is_none_or(|d| d >= 1 && d <= days_in_month(year, month.unwrap_or(1)));
    (valid_year(year) && month_ok && day_ok).then_some(PartialDate {
        year: Some(year as u16),
        month: month.map(|m| m as u8),
        day: day.map(|d| d as u8),
    })
}

/// `July 2023`, `Jul. 6, 2023`, `6 July 2023`: a month's English name or
/// its abbreviation, a year of four digits, and a day or none; no number
/// order (`7/6/2023`) is guessed, as the day and month could be either way.
fn english_date(input: &str) -> Option<PartialDate> {
    let words: Vec<&str> = input
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '-' | '/'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut month = None;
    let mut numbers = Vec::new();
    for word in &words {
        if let Some(m) = english_month(word) {
            if month.replace(m).is_some() {
                return None;
            }
        } else if word.chars().all(|c| c.is_ascii_digit()) && word.len() <= 4 {
            numbers.push((word.parse::<u32>().ok()?, word.len()));
        } else {
            return None;
        }
    }
    let month = month?;
    let (year, day) = match numbers.as_slice() {
        [(y, 4)] => (*y, None),
        [(d, 1..=2), (y, 4)] => (*y, Some(*d)),
        _ => return None,
    };
    let day_ok = day.is_none_or(|d| d >= 1 && d <= days_in_month(year, month));
    (valid_year(year) && day_ok).then_some(PartialDate {
        year: Some(year as u16),
        month: Some(month as u8),
        day: day.map(|d| d as u8),
    })
}

/// January … December from its English name or a three-letter (or
/// `Sept`) abbreviation, in any case.
fn english_month(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = word.to_ascii_lowercase();
    if word.len() < 3 {
        return None;
    }
    let position = MONTHS
        .iter()
        .position(|name| *name == word || (word.len() == 3 && name.starts_with(&word)))
        .or_else(|| (word == "sept").then_some(8))?;
    Some(position as u32 + 1)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_typed_dates_and_refuses_impossible_ones() {
        let value = |s: &str| {
            parse_date_input(s)
                .and_then(|d| d.to_report_date(false, vec![]))
                .map(|d| d.value)
        };
        assert_eq!(value("2023").as_deref(), Some("2023"));
        assert_eq!(value(" 2023-7 ").as_deref(), Some("2023-07"));
        assert_eq!(value("2023年7月6日").as_deref(), Some("2023-07-06"));
        assert_eq!(value("2023/07/06").as_deref(), Some("2023-07-06"));
        assert_eq!(value("20240229").as_deref(), Some("2024-02-29"));
        // The month in English, as the English interface's readers type it.
        assert_eq!(value("July 2023").as_deref(), Some("2023-07"));
        assert_eq!(value("Jan 18, 2023").as_deref(), Some("2023-01-18"));
        assert_eq!(value("jan. 18 2023").as_deref(), Some("2023-01-18"));
        assert_eq!(value("18 January 2023").as_deref(), Some("2023-01-18"));
        assert_eq!(value("Sept 2021").as_deref(), Some("2021-09"));
        for bad in [
            "",
            "2023-02-30",
            "2023-13",
            "23-7-6",
            "Feb 30, 2023",
            "July",
            "Jul 18",
            "Ju 2023",
            "Jan Feb 2023",
            "last spring",
            "2023-07-06 10:00",
            "1800",
        ] {
            assert_eq!(value(bad), None, "{bad}");
        }
    }
}
