//! (22b) A year that frames a whole sentence before its first figure
//! (`初步统计，2012年全省生产总值…亿元；公共财政总收入…亿元；…。`,
//! `提出了2013年的主要预期目标：生产总值增长11%；地方财政收入增长12%。`)
//! governs its `；` items to the full stop, not only the first of them;
//! and which of a paragraph's markers governs a figure.

use super::compared_base::compared_with;
use super::period::{Frame, Marker, Scope, Tense};
use super::sentences::{ends_a_sentence, is_full_stop};

/// Where the full sentence holding `at` starts: just after the last full
/// stop before it (a `；` ends an item, not the sentence).
pub(super) fn full_sentence_start(chars: &[char], at: usize) -> usize {
    (0..at.min(chars.len()))
        .rev()
        .find(|&k| is_full_stop(chars, k))
        .map_or(0, |k| k + 1)
}

/// Whether a marker named inside a sentence frames the whole of it: a
/// year, in the full sentence that starts at `full_start`, with no figure
/// (no digit) before it there, and not the base of a contrast (`去年同期`)
/// or of a comparison (`与2020年相比，…；…`: each item's own period is
/// what it says, the base frames none of them).
pub(super) fn frames_the_whole_sentence(m: &Marker, chars: &[char], full_start: usize) -> bool {
    m.start >= full_start
        && m.frame.year.is_some()
        && !chars[full_start..m.start].iter().any(char::is_ascii_digit)
        && !chars[m.end..].starts_with(&['同', '期'])
        && !compared_with(chars, m.start, m.start)
}

/// (23c) `李某某说，2030年，在市委的领导下，…。预计完成…`: a year that opens
/// a clause of a sentence with no figure before it, and is followed by a
/// comma, opens that sentence as one right after a full stop does.
pub(super) fn leads_its_sentence(m: &Marker, chars: &[char]) -> bool {
    frames_the_whole_sentence(m, chars, full_sentence_start(chars, m.start))
        && matches!(chars.get(m.end), Some('，' | ','))
}

/// In a paragraph nothing frames (older reports have no headings), a past
/// year that opens a sentence goes on to the sentences after it that name
/// none (`１９５５年…超额完成了计划。贸易总额比１９５４年增长了约３０％`), rather
/// than the report's year; a year ahead (`到2030年`) does not.
pub(super) fn past_year_opening_a_sentence<'m>(
    found: &'m [Marker],
    chars: &[char],
    before: usize,
) -> Option<&'m Frame> {
    found
        .iter()
        .rev()
        .filter(|m| m.end <= before && m.scope == Scope::Sentence)
        .find(|m| {
            (m.start == 0 || ends_a_sentence(chars, m.start - 1) || leads_its_sentence(m, chars))
                && m.frame.tense == Some(Tense::Past)
                && m.frame.resolved.as_deref().is_some_and(|p| p.len() == 4)
        })
        .map(|m| &m.frame)
}

/// The marker nearest before `at` that reaches it: a year named in a
/// sentence governs only that sentence (its `；` item), unless (22b) it
/// frames the whole of the full sentence that starts at `full.1`.
pub(super) fn governing_frame<'m>(
    found: &'m [Marker],
    full: (&[char], usize),
    sentence_start: usize,
    at: usize,
) -> Option<&'m Frame> {
    found
        .iter()
        .rev()
        .find(|m| {
            m.end <= at
                && match m.scope {
                    Scope::Next => at - m.end <= 2,
                    Scope::Sentence => {
                        m.start >= sentence_start || frames_the_whole_sentence(m, full.0, full.1)
                    }
                    Scope::Paragraph | Scope::Block => true,
                }
        })
        .map(|m| &m.frame)
}
