//! How years are written: a year (`2025年`, `一九五六年`), a span of years
//! (`2021—2025年`, `从一九五三年到一九六○年`), a five-year plan (`十四五`),
//! a year and month (`2020年11月`).

use super::chars::{figure_chars, starts_with_at};
use super::period::Scope;
use report_core::text::dates::valid_year;
use report_core::text::numbers::{chinese_digit, parse_chinese_number, year_digits};

/// Years of the `N`th five-year plan (`十四五` is 2021–2025): the first two
/// (1953–1957, 1958–1962), then from the third (1966–1970) on they follow
/// each other without a gap.
pub(super) fn plan_years(n: u32) -> Option<(u16, u16)> {
    let start = match n {
        1 => 1953,
        2 => 1958,
        _ => 1966 + 5 * n.checked_sub(3)?,
    };
    u16::try_from(start).ok().map(|s| (s, s + 4))
}

/// A count of a plan's years at `i`, one digit before 年 (`两` of `前两年`).
fn years_of_a_plan(s: &[char], i: usize) -> Option<u16> {
    let c = s.get(i).filter(|_| s.get(i + 1) == Some(&'年'))?;
    let k = chinese_digit(*c).or_else(|| c.to_digit(10))?;
    u16::try_from(k).ok().filter(|k| (1..=5).contains(k))
}

/// `前两年`, `头三年` at `i`: how many first years of a plan, and where the
/// words end.
pub(super) fn first_years_after(s: &[char], i: usize) -> Option<(u16, usize)> {
    let k = years_of_a_plan(s, i + 1).filter(|k| *k < 5)?;
    matches!(s.get(i), Some('前' | '头')).then_some((k, i + 3))
}

/// `第二个五年计划的第一年`, `“十五”第三年` at `i`, right after the plan's
/// name: its `k`th year, and where the words end.
pub(super) fn nth_year_after(s: &[char], i: usize) -> Option<(u16, usize)> {
    let i = i + usize::from(s.get(i) == Some(&'的'));
    let k = years_of_a_plan(s, i + 1)?;
    (s.get(i) == Some(&'第')).then_some((k, i + 3))
}

/// Words of a plan's time after its short name (`九五期间`, `“十五”计划`).
const PLAN_TIME_WORDS: [&str; 6] = ["时期", "期间", "计划", "规划", "末", "以来"];

/// Words after a plan period that name one of its years, not the period
/// (`“十四五”收官之年`, `“十五五”开局之年`, `“十五五”规划目标`).
pub(super) const NOT_THE_PERIOD: [&str; 9] = [
    "收官",
    "开局",
    "起步",
    "谋篇",
    "之年",
    "第一年",
    "冲刺",
    "规划",
    "第一个",
];

/// `十四五` at `i` (with its quotation marks, if any): the plan's number and
/// the end of the words. The plans before the eleventh have names of two
/// characters (`九五`, `八五`, `十五`) that are also parts of numbers
/// (`一九五六`, `二十五`) or a number (fifteen): they are plans only in
/// quotation marks (`“九五”`) or before a plan's time (`十五期间`), not
/// after a numeral.
pub(super) fn plan_at(s: &[char], i: usize) -> Option<(u32, usize)> {
    // `第一个五年计划`, `第十个五年计划`: the plan by its ordinal in full.
    if s.get(i) == Some(&'第') {
        let (n, len) = parse_chinese_number(s.get(i + 1..)?, true)?;
        let end = i + 1 + len;
        let named = ["个五年计划", "个五年规划"]
            .iter()
            .find(|w| starts_with_at(s, end, w))?;
        return (n >= 1.0 && n.fract() == 0.0).then(|| (n as u32, end + named.chars().count()));
    }
    let digit = |k: usize| s.get(k).copied().and_then(chinese_digit);
    let (n, len) = match (s.get(i), s.get(i + 1), s.get(i + 2)) {
        (Some('十'), Some(_), Some('五')) if digit(i + 1).is_some_and(|d| d > 0) => {
            (10 + digit(i + 1)?, 3)
        }
        (Some('十'), Some('五'), _) => (10, 2),
        (Some(_), Some('五'), _) if digit(i).is_some_and(|d| (1..=9).contains(&d)) => {
            (digit(i)?, 2)
        }
        _ => return None,
    };
    let mut end = i + len;
    let closed = matches!(s.get(end), Some('”' | '"' | '」'));
    if len == 2 {
        let quoted = i > 0 && matches!(s[i - 1], '“' | '"' | '「') && closed;
        let after_numeral = i > 0
            && (s[i - 1].is_ascii_digit()
                || chinese_digit(s[i - 1]).is_some()
                || "十百千万亿".contains(s[i - 1]));
        let plan_time = PLAN_TIME_WORDS.iter().any(|w| starts_with_at(s, end, w));
        if !(quoted || plan_time && !after_numeral) {
            return None;
        }
    }
    if closed {
        end += 1;
    }
    Some((n, end))
}

pub(super) fn digits_at(s: &[char], i: usize) -> Option<(u32, usize)> {
    let len = s[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    if len == 0 || (i > 0 && (s[i - 1].is_ascii_digit() || s[i - 1] == '.')) {
        return None;
    }
    let text: String = s[i..i + len].iter().collect();
    text.parse().ok().map(|v| (v, len))
}

/// A year at `i` written digit by digit (`2025`, `一九五六`, `二〇二三`),
/// not the tail of a longer number.
pub(super) fn year_at(s: &[char], i: usize) -> Option<(u32, usize)> {
    let inside = i > 0 && {
        let c = s[i - 1];
        c.is_ascii_digit() || c == '.' || chinese_digit(c).is_some()
    };
    (!inside).then(|| year_digits(&s[i..])).flatten()
}

/// A year at `i` (1949–2100) followed by `年` if `needs_nian`, and where it
/// ends.
pub(super) fn plain_year_at(s: &[char], i: usize, needs_nian: bool) -> Option<(u16, usize)> {
    let (y, len) = year_at(s, i).filter(|&(y, _)| valid_year(y))?;
    let mut end = i + len;
    if s.get(end) == Some(&'年') {
        end += 1;
    } else if needs_nian {
        return None;
    }
    Some((u16::try_from(y).ok()?, end))
}

/// `2021—2025年`, `2021-2025年`, `一九五三年到一九六○年`, `2016年至2020年` at
/// `i`: the first and last years, and where the words end.
pub(super) fn years_span_at(s: &[char], i: usize) -> Option<(Option<u16>, Option<u16>, usize)> {
    let (first, sep) = plain_year_at(s, i, false)?;
    if !matches!(s.get(sep), Some('—' | '-' | '–' | '～' | '~' | '至' | '到')) {
        return None;
    }
    let (last, end) = plain_year_at(s, sep + 1, true)?;
    (first < last).then_some((Some(first), Some(last), end))
}

/// `一九七九和一九八○两年`, `2019、2020两年`: two years named with `两年` after
/// them, the first and last, and where the words end.
pub(super) fn two_years_at(s: &[char], i: usize) -> Option<(u16, u16, usize)> {
    let (first, sep) = plain_year_at(s, i, false)?;
    let sep = if s.get(sep) == Some(&'年') {
        sep + 1
    } else {
        sep
    };
    if !matches!(s.get(sep), Some('和' | '、' | '与' | '及')) {
        return None;
    }
    let (last, end) = plain_year_at(s, sep + 1, false)?;
    let end = if s.get(end) == Some(&'年') {
        end + 1
    } else {
        end
    };
    (last == first + 1 && starts_with_at(s, end, "两年")).then_some((first, last, end + 2))
}

/// Whether a span's words name its years (`从一九八○年至一九八五年`), so
/// that a move over it starts in its first year, not the year before (as
/// after `五年来`).
pub(super) fn names_its_years(words: &str) -> bool {
    let s = figure_chars(words);
    (0..2.min(s.len())).any(|k| years_span_at(&s, k).is_some())
}

/// `2020年11月`, `4月底`: the year and month named.
pub(super) fn year_month(s: &[char]) -> (Option<u16>, Option<u8>) {
    let mut year = None;
    let mut month = None;
    let mut i = 0;
    while i < s.len() {
        if let Some((v, len)) = digits_at(s, i) {
            match s.get(i + len) {
                Some('年') => year = u16::try_from(v).ok(),
                Some('月') => month = u8::try_from(v).ok().filter(|m| (1..=12).contains(m)),
                _ => {}
            }
            i += len;
        } else {
            i += 1;
        }
    }
    (year, month)
}

/// `近三年`, `两年来`, `两年中`, `这三年`, `近10年`: the last few years before
/// the one the text stands in, at `i`: how many, and where the words end.
/// Not a span counted another way (`前两年`, `头三年`, `每两年`, `用两年
/// 时间`, `第三年`), nor `五年来`, `这五年`, `五年间`, which open a block
/// of their own (`period.rs`, `RELATIVE`).
pub(super) fn last_years_at(s: &[char], i: usize) -> Option<(u16, usize)> {
    let near = matches!(s.get(i), Some('近' | '这'));
    let at = i + usize::from(near);
    // Not the tail of a longer count or a year (`二十八年间`, `一九八五年
    // 八年间`).
    if !near
        && i > 0
        && (chinese_digit(s[i - 1]).is_some()
            || s[i - 1].is_ascii_digit()
            || "十百几多年前头每用第近这".contains(s[i - 1]))
    {
        return None;
    }
    let (n, len) = match s.get(at) {
        Some('十') => (10, 1),
        Some(c) => (chinese_digit(*c).or_else(|| c.to_digit(10))?, 1),
        None => return None,
    };
    let (n, len) = match (n, s.get(at + 1)) {
        (1, Some('0')) => (10, 2),
        _ => (n, len),
    };
    if !(2..=10).contains(&n) || s.get(at + len) != Some(&'年') {
        return None;
    }
    let mut end = at + len + 1;
    let after = s.get(end).filter(|c| matches!(c, '来' | '中' | '间'));
    // `这十年里` of a plan is the plan's years: `这` needs `来`, `中`, `间`.
    if after.is_some() {
        end += 1;
    } else if !(near && s[i] == '近') {
        return None;
    }
    let block_of_its_own = n == 5 && !(near && s[i] == '近');
    (!block_of_its_own).then_some((u16::try_from(n).ok()?, end))
}

/// Relative phrases, their span in years before (`-1`) or after now, and
/// whether they open a block.
pub(super) const RELATIVE: [(&str, i32, i32, Scope); 18] = [
    ("刚刚过去的一年", -1, -1, Scope::Block),
    ("过去的一年", -1, -1, Scope::Block),
    ("过去一年", -1, -1, Scope::Block),
    ("一年来", -1, -1, Scope::Block),
    ("这一年", -1, -1, Scope::Block),
    ("过去的五年", -5, -1, Scope::Block),
    ("过去五年", -5, -1, Scope::Block),
    ("五年来", -5, -1, Scope::Block),
    ("5年来", -5, -1, Scope::Block),
    ("这五年", -5, -1, Scope::Block),
    ("五年间", -5, -1, Scope::Block),
    ("今后五年", 0, 4, Scope::Block),
    ("未来五年", 0, 4, Scope::Block),
    ("今年以来", 0, 0, Scope::Paragraph),
    ("今年", 0, 0, Scope::Block),
    ("去年", -1, -1, Scope::Paragraph),
    ("明年", 1, 1, Scope::Paragraph),
    ("全年", 0, 0, Scope::Paragraph),
];

/// (21h) `“十二五”是…的五年。五年来，…` in a report whose year is the plan's
/// last or the one after: the five years past, opening a clause, are the
/// plan's, and over. (Not `1952年到1956年五年间`, after its own span.)
pub(super) fn plan_just_over(
    plan: Option<(u16, u16)>,
    from: i32,
    to: i32,
    now: Option<u16>,
) -> Option<(u16, u16)> {
    let (a, b) = plan?;
    let now = now?;
    (from == -5 && to == -1 && b - a == 4 && (b == now || b + 1 == now)).then_some((a, b))
}
