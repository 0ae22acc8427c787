//! Periods shorter than a year: quarters and halves (`一季度`, `上半年`)
//! and spans of months (`1-5月份`), and how far such a phrase governs.

use super::period::{tense_of, Frame, Scope, Tense};

/// Sub-year phrases: the months they cover.
pub(super) const PART_OF_YEAR: [(&str, &str, u8, u8); 10] = [
    ("前三季度", "Q1–Q3", 1, 9),
    ("第一季度", "Q1", 1, 3),
    ("第二季度", "Q2", 4, 6),
    ("第三季度", "Q3", 7, 9),
    ("第四季度", "Q4", 10, 12),
    ("一季度", "Q1", 1, 3),
    ("二季度", "Q2", 4, 6),
    ("三季度", "Q3", 7, 9),
    ("四季度", "Q4", 10, 12),
    ("上半年", "H1", 1, 6),
];

/// A sub-year phrase that opens a clause (`一季度，…`) governs the rest of
/// its paragraph; one inside a clause only its sentence.
pub(super) fn phrase_scope(clause_start: bool) -> Scope {
    if clause_start {
        Scope::Paragraph
    } else {
        Scope::Sentence
    }
}

pub(super) fn months_frame(
    words: String,
    year: Option<u16>,
    m1: u8,
    m2: u8,
    now: Option<u16>,
) -> Frame {
    Frame {
        words,
        resolved: year.map(|y| format!("{y}-{m1:02}–{y}-{m2:02}")),
        tense: year.and_then(|y| tense_of(y, y, now)).map(|t| {
            if t == Tense::Ahead {
                Tense::SoFar
            } else {
                t
            }
        }),
        year,
    }
}

/// (28a) A quarter written with a digit or with 第 and no 度, as statistics
/// offices and the Macao and Hong Kong governments write it (`第1季度`,
/// `1季度`, `第2季`, `第 2 季`, `第三季`), at `i`: where it ends, its code and
/// its months. The forms of `PART_OF_YEAR` are read there; 季 alone after a
/// number with neither 第 nor 度 is no quarter (`两季`), nor is a crop's
/// season (`第一季稻`).
pub(super) fn quarter_at(s: &[char], i: usize) -> Option<(usize, &'static str, u8, u8)> {
    let spaces = |mut k: usize| {
        while s.get(k).is_some_and(|c| matches!(c, ' ' | '\u{3000}')) {
            k += 1;
        }
        k
    };
    let has_di = s.get(i) == Some(&'第');
    if !has_di && i > 0 && (s[i - 1].is_ascii_digit() || s[i - 1] == '.') {
        return None;
    }
    let j = if has_di { spaces(i + 1) } else { i };
    let q: u8 = match s.get(j)? {
        '1' | '一' => 1,
        '2' | '二' => 2,
        '3' | '三' => 3,
        '4' | '四' => 4,
        _ => return None,
    };
    let k = spaces(j + 1);
    if s.get(k) != Some(&'季') {
        return None;
    }
    let has_du = s.get(k + 1) == Some(&'度');
    let a_crops_season = matches!(s.get(k + 1), Some('稻' | '节' | '作'));
    if !has_du && (!has_di || a_crops_season) {
        return None;
    }
    let end = k + 1 + usize::from(has_du);
    let code = ["Q1", "Q2", "Q3", "Q4"][usize::from(q - 1)];
    Some((end, code, q * 3 - 2, q * 3))
}

/// The dashes and tildes a span of months is written with (`1-5月`, `1—5月`,
/// `1～5月`; (28g) `1~4月`, `1－4月`, `1–4月`).
pub(super) fn is_a_months_dash(c: char) -> bool {
    matches!(c, '-' | '—' | '～' | '~' | '－' | '–')
}
