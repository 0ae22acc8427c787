//! Periods shorter than a year: quarters and halves (`一季度`, `上半年`)
//! and spans of months (`1-5月份`), and how far such a phrase governs.

use super::chars::starts_with_at;
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
    // (31f) `1-3季度`, `一至三季度`: quarters from the first to the last, read
    // from the first; the last alone is no quarter of its own.
    if let Some(span) = quarters_span_at(s, i) {
        return Some(span);
    }
    // (review) Not after a year and a dash (`2024-2季度`): the first of a
    // span stands alone.
    if i >= 2 && SPAN_MARKS.contains(&s[i - 1]) && a_lone_quarter_number(s, i - 2) {
        return None;
    }
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
    let a_crops_season = matches!(s.get(k + 1), Some('稻' | '节' | '作'))
        || ["晚稻", "早稻", "中稻"]
            .iter()
            .any(|w| starts_with_at(s, k + 1, w));
    if !has_du && (!has_di || a_crops_season || !where_a_date_stands(s, i)) {
        return None;
    }
    let end = k + 1 + usize::from(has_du);
    let code = ["Q1", "Q2", "Q3", "Q4"][usize::from(q - 1)];
    Some((end, code, q * 3 - 2, q * 3))
}

/// What stands between the first and the last of a span (`1-3`, `一至三`).
const SPAN_MARKS: [char; 8] = ['-', '－', '—', '–', '~', '～', '至', '到'];

/// A quarter's number, in a digit or a Chinese numeral.
fn quarter_number(c: char) -> Option<u8> {
    match c {
        '1' | '一' => Some(1),
        '2' | '二' => Some(2),
        '3' | '三' => Some(3),
        '4' | '四' => Some(4),
        _ => None,
    }
}

/// A quarter's number at `i` that is no part of a number before it (`1`,
/// not the `4` of `2024`).
fn a_lone_quarter_number(s: &[char], i: usize) -> bool {
    quarter_number(s[i]).is_some() && !(i > 0 && (s[i - 1].is_ascii_digit() || s[i - 1] == '.'))
}

/// (31f) A span of quarters at `i` (`1-3季度`, `1—3季度`, `一至三季度`,
/// `2～3季度`): where it ends, its code and its months. Only with 季度 (not
/// `1-3季`, seasons of a crop or a show), the last after the first, the
/// first no part of a number before it (`11-3季度`); the whole year
/// (`1-4季度`) is left as it was read.
fn quarters_span_at(s: &[char], i: usize) -> Option<(usize, &'static str, u8, u8)> {
    if !s.get(i).is_some_and(|_| a_lone_quarter_number(s, i)) {
        return None;
    }
    let first = quarter_number(s[i])?;
    let mut j = i + 1;
    let dashes = s[j..].iter().take_while(|c| SPAN_MARKS.contains(c)).count();
    if dashes == 0 || dashes > 2 {
        return None;
    }
    j += dashes;
    let last = quarter_number(*s.get(j)?)?;
    if s.get(j + 1) != Some(&'季') || s.get(j + 2) != Some(&'度') {
        return None;
    }
    let code = match (first, last) {
        (1, 2) => "H1",
        (1, 3) => "Q1–Q3",
        (2, 3) => "Q2–Q3",
        (2, 4) => "Q2–Q4",
        (3, 4) => "H2",
        _ => return None,
    };
    Some((j + 3, code, first * 3 - 2, last * 3))
}

/// (28a, review) 第N季 with no 度 is a season of a show, a league or a
/// crop as often as a quarter: a quarter only where a date stands, at a
/// clause's start or after a year, 至, 及, 较 … (`2024年第2季`, `截至第1季末`,
/// `本澳第1季`, `澳門第1季`), not after a noun, a title or a bracket (`《…》第1季`,
/// `联赛第3季`, `早稻（第1季）`).
fn where_a_date_stands(s: &[char], i: usize) -> bool {
    let before = s[..i].iter().rev().find(|c| !matches!(c, ' ' | '\u{3000}'));
    before.is_none_or(|c| {
        matches!(
            c,
            '。' | '，'
                | '；'
                | '：'
                | '！'
                | '？'
                | ','
                | ';'
                | ':'
                | '\n'
                | '年'
                | '至'
                | '到'
                | '及'
                | '和'
                | '与'
                | '、'
                | '较'
                | '比'
                | '在'
                | '于'
                | '於'
                | '澳'
                | '门'
                | '門'
                | '港'
        )
    })
}

/// The dashes and tildes a span of months is written with (`1-5月`, `1—5月`,
/// `1～5月`; (28g) `1~4月`, `1－4月`, `1–4月`).
pub(super) fn is_a_months_dash(c: char) -> bool {
    matches!(c, '-' | '—' | '～' | '~' | '－' | '–')
}

/// (28g, review) A span of months (its 月 at `end`, its first digit at
/// `at`) that is no period of a figure: an age in months (`1~4月龄婴儿`), a
/// season of every year (`每年3~5月为森林防火期`), when a work ends (`预计
/// 3~5月完工`).
pub(super) fn no_figures_span(s: &[char], at: usize, end: usize) -> bool {
    s.get(end + 1) == Some(&'龄')
        || (at >= 2 && starts_with_at(s, at - 2, "每年"))
        || ["完工", "竣工"]
            .iter()
            .any(|w| starts_with_at(s, end + 1, w))
}

/// (28a) A quarter at `at` that is a comparison's base with 较 or 比 and a
/// year before it (`较去年第4季减少12%`), or (review) one joined to the last
/// such base, which ended at `compared_end` (`较去年第4季及第1季分别增加`).
pub(super) fn a_compared_quarter(s: &[char], at: usize, compared_end: Option<usize>) -> bool {
    let base_before = at >= 3
        && matches!(s[at - 3], '较' | '比')
        && ["去年", "上年", "今年"]
            .iter()
            .any(|w| starts_with_at(s, at - 2, w));
    let joined_to_a_base =
        at >= 1 && matches!(s[at - 1], '及' | '和' | '与' | '、') && compared_end == Some(at - 1);
    base_before || joined_to_a_base
}

/// (29c) `占全年计划的67%`, `占全年目标的43.9%`: the year (`全年`, at `i` to
/// `end`) of the plan a share is taken of is no period of the figure. Not
/// a plan given its sum (`占全年任务2355万元的60%`): that sum is the year's.
pub(super) fn a_plans_year(s: &[char], i: usize, end: usize) -> bool {
    i > 0
        && s[i - 1] == '占'
        && ["计划的", "目标的", "任务的"]
            .iter()
            .any(|p| starts_with_at(s, end, p))
}
