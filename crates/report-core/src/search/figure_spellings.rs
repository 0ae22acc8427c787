//! One figure, two spellings. Reports group a large figure's thousands
//! (`1,234.5万元`; the full-width comma folds to the same) or write it
//! whole (`1234.5万元`), and people copy it or type it either way: search
//! matches what is written, so [`written_otherwise`] writes each figure of
//! a term the other way.

use crate::search::date_spellings::YEARS;
use crate::search::query::is_thousands_comma;

/// Fewest figures before the decimal point that reports group.
const GROUPED_FROM: usize = 4;

/// The folded `term` with each figure's whole part grouped by thousands
/// where it is not (`12000` → `12,000`) and written whole where it is
/// (`1,234.5` → `1234.5`). A year (four figures of 1900–2099, wherever
/// they stand), the figures of a date (before `年`, `月`, `日`, `号`) and a
/// code opening with 0 are not grouped, nor figures listed with commas
/// (`2020,2021`). `None` when the term holds no such figure.
pub fn written_otherwise(term: &str) -> Option<String> {
    let chars: Vec<char> = term.chars().collect();
    let figure = |at: usize| chars.get(at).is_some_and(char::is_ascii_digit);
    let listed = (1..chars.len()).any(|at| {
        chars[at] == ',' && figure(at - 1) && figure(at + 1) && !is_thousands_comma(&chars, at)
    });
    if listed {
        return None;
    }
    let mut text = String::new();
    let mut changed = false;
    let mut at = 0;
    while at < chars.len() {
        // A figure's whole part starts here, not its decimals.
        let starts_whole = chars[at].is_ascii_digit()
            && (at == 0 || !(chars[at - 1].is_ascii_digit() || chars[at - 1] == '.'));
        if !starts_whole {
            text.push(chars[at]);
            at += 1;
            continue;
        }
        let start = at;
        let mut digits = String::new();
        let mut grouped = false;
        while at < chars.len() {
            if chars[at].is_ascii_digit() {
                digits.push(chars[at]);
            } else if is_thousands_comma(&chars, at) {
                grouped = true;
            } else {
                break;
            }
            at += 1;
        }
        // A year (`2021-2025年`, `2020届`, `2035远景目标`) or a code
        // (`0571`, `000001`) is never grouped.
        let of_a_date = matches!(chars.get(at), Some('年' | '月' | '日' | '号'))
            || (digits.len() == 4 && digits.parse().is_ok_and(|y| YEARS.contains(&y)))
            || digits.starts_with('0');
        if grouped {
            text.push_str(&digits);
            changed = true;
        } else if digits.len() >= GROUPED_FROM && !of_a_date {
            text.push_str(&grouped_by_thousands(&digits));
            changed = true;
        } else {
            text.extend(&chars[start..at]);
        }
    }
    changed.then_some(text)
}

/// ASCII `digits` with a comma before each group of three from the right.
fn grouped_by_thousands(digits: &str) -> String {
    let mut text = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            text.push(',');
        }
        text.push(c);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_typed_whole_is_grouped_and_a_grouped_one_written_whole() {
        let cases = [
            ("1234.5万元", "1,234.5万元"),
            ("1,234.5万元", "1234.5万元"),
            ("12000", "12,000"),
            ("12,000", "12000"),
            ("1234567户", "1,234,567户"),
            ("1,234,567户", "1234567户"),
            ("收入12345万元", "收入12,345万元"),
            // Each figure of the term, each its own way.
            ("1234万元和5,678万元", "1,234万元和5678万元"),
        ];
        for (term, expected) in cases {
            assert_eq!(written_otherwise(term).as_deref(), Some(expected), "{term}");
        }
    }

    #[test]
    fn small_figures_decimals_and_dates_are_written_one_way() {
        for term in [
            "123万元",
            "0.12345",
            "增长12.3456%",
            "2020年",
            "2020年12月",
            "2020",
            "2020万元",
            "2021-2025年",
            "2020.12",
            "2035远景目标",
            "000001",
            // Not thousands: the comma parts two figures.
            "12,34",
            "2020,2021",
            "营商环境",
            "",
        ] {
            assert_eq!(written_otherwise(term), None, "{term}");
        }
    }
}
