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
