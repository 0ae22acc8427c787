//! (32f) A release's breakdown: `1-7月，全区规模以上工业增加值增长4.5%。` and
//! then paragraphs that break it down (`分三大门类看，采矿业…增长7.1%`,
//! `从轻重工业看，…`): each is of the months, quarter or half the
//! paragraph before was all of, not of the year the page is of.

use report_core::Figure;

use super::period::{tense_of, Frame, Tense};

/// How long the lead of a breakdown may be (`分经济类型看`, `从三大门类看`).
const LEAD_MAX: usize = 12;

/// Whether a paragraph opens by breaking down what went before: `分…看，`
/// or `从…看，` as its first clause.
pub(super) fn opens_a_breakdown(paragraph: &str) -> bool {
    let lead: String = paragraph
        .trim_start()
        .chars()
        .take_while(|c| !matches!(c, '，' | ',' | '。' | '；'))
        .collect();
    let chars = lead.chars().count();
    (lead.starts_with('分') || lead.starts_with('从') || lead.starts_with('從'))
        && lead.ends_with('看')
        && (3..=LEAD_MAX).contains(&chars)
        && paragraph.trim_start()[lead.len()..].starts_with(['，', ','])
}

/// The part of a year every figure of a paragraph is of (`1-7月`, `一季度`),
/// as a frame the paragraphs breaking it down go on in; none where its
/// figures are of a whole year or of periods unlike.
pub(super) fn part_of_year_of(figures: &[Figure], now: Option<u16>) -> Option<Frame> {
    let first = figures.first()?;
    let words = first.period_words.clone()?;
    let all_alike = figures
        .iter()
        .all(|f| f.period == first.period && f.period_words.as_deref() == Some(words.as_str()));
    let resolved = first.period.clone();
    // A part of a year: a resolved month, quarter or half (`2023-07`,
    // `2016-H1`), or words that could not be placed (`1-7月`).
    let part = match resolved.as_deref() {
        Some(p) if p.get(..4).is_some_and(|y| y.parse::<u16>().is_ok()) => p.contains('-'),
        Some(p) => p == words,
        None => false,
    };
    if !all_alike || !part {
        return None;
    }
    let year: Option<u16> = resolved.as_deref().and_then(|p| p.get(..4)?.parse().ok());
    Some(Frame {
        words,
        resolved: resolved.filter(|_| year.is_some()),
        tense: year.and_then(|y| tense_of(y, y, now)).map(|t| {
            if t == Tense::Ahead {
                Tense::SoFar
            } else {
                t
            }
        }),
        year,
    })
}
