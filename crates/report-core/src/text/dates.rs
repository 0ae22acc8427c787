//! Dates: stated ones (`2021-02-19`, `2021年2月19日`, `2021/2/19`) and the
//! clues a year can be inferred from when the source states none.

use crate::model::{DatePrecision, ReportDate};
use crate::text::numbers;

/// A calendar date; month and day may be unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartialDate {
    pub year: Option<u16>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    /// Formats as a [`ReportDate`] when at least the year is known.
    pub fn to_report_date(self, inferred: bool, evidence: Vec<String>) -> Option<ReportDate> {
        let year = self.year?;
        let (value, precision) = match (self.month, self.day) {
            (Some(m), Some(d)) => (format!("{year:04}-{m:02}-{d:02}"), DatePrecision::Day),
            (Some(m), None) => (format!("{year:04}-{m:02}"), DatePrecision::Month),
            _ => (format!("{year:04}"), DatePrecision::Year),
        };
        Some(ReportDate {
            value,
            precision,
            inferred,
            evidence,
        })
    }
}

/// Reads the leading ASCII (or full-width) digits of `chars[at..]`.
fn digits_at(chars: &[char], at: usize) -> Option<(u32, usize)> {
    let mut value: u32 = 0;
    let mut len = 0;
    while let Some(d) = chars.get(at + len).and_then(|c| digit_value(*c)) {
        value = value.saturating_mul(10).saturating_add(d);
        len += 1;
    }
    (len > 0).then_some((value, len))
}

fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn valid_year(y: u32) -> bool {
    (1949..=2100).contains(&y)
}

fn valid_month_day(m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && (1..=31).contains(&d)
}

/// A date stated in full somewhere in `text`, with the text it was read from.
/// Accepts `2021-02-19`, `2021/2/19`, `2021.2.19` and `2021年2月19日`.
pub fn find_full_date(text: &str) -> Option<(PartialDate, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if let Some(found) = full_date_at(&chars, i) {
            return Some(found);
        }
        i += 1;
    }
    None
}

fn full_date_at(chars: &[char], start: usize) -> Option<(PartialDate, String)> {
    if start > 0 && chars.get(start - 1).and_then(|c| digit_value(*c)).is_some() {
        return None;
    }
    let (year, ylen) = digits_at(chars, start)?;
    if ylen != 4 || !valid_year(year) {
        return None;
    }
    let sep = *chars.get(start + 4)?;
    let (month_sep_ok, day_sep) = match sep {
        '-' | '/' | '.' | '－' => (true, Some(sep)),
        '年' => (true, None),
        _ => (false, None),
    };
    if !month_sep_ok {
        return None;
    }
    let (month, mlen) = digits_at(chars, start + 5).or_else(|| {
        (day_sep.is_none() && is_first_month_word(chars, start + 5)).then_some((1, 1))
    })?;
    let after_month = start + 5 + mlen;
    let expected = day_sep.unwrap_or('月');
    if chars.get(after_month) != Some(&expected) {
        return None;
    }
    let (day, dlen) = digits_at(chars, after_month + 1)?;
    if mlen > 2 || dlen > 2 || !valid_month_day(month, day) {
        return None;
    }
    let mut end = after_month + 1 + dlen;
    if day_sep.is_none() && chars.get(end) == Some(&'日') {
        end += 1;
    }
    let date = PartialDate {
        year: Some(year as u16),
        month: Some(month as u8),
        day: Some(day as u8),
    };
    Some((date, chars[start..end].iter().collect()))
}

/// `元月`, as January is often written in dates (`2008年元月18日`).
fn is_first_month_word(chars: &[char], at: usize) -> bool {
    chars.get(at) == Some(&'元') && chars.get(at + 1) == Some(&'月')
}

fn chinese_digit(c: char) -> Option<u32> {
    let digits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    match c {
        // Zero as typed where 〇 was meant: a circle, a letter O (`二O二四年`),
        // or a digit among the numerals.
        '○' | '零' | 'Ｏ' | 'O' | 'o' | 'ｏ' | '0' | '０' => Some(0),
        _ => digits.iter().position(|d| *d == c).map(|p| p as u32),
    }
}

/// A date written in Chinese numerals at the start of `text`, as formal
/// documents date themselves: `二〇二六年一月二十七日`, `二○二五年十二月五日`.
/// Returns the date and the text it was read from.
pub fn chinese_numeral_date(text: &str) -> Option<(PartialDate, String)> {
    let chars: Vec<char> = text.chars().collect();
    let digit = chinese_digit;
    if chars.len() < 5 || !chars[..4].iter().all(|c| digit(*c).is_some()) || chars[4] != '年' {
        return None;
    }
    let year = chars[..4]
        .iter()
        .fold(0, |y, c| y * 10 + digit(*c).unwrap_or(0));
    // Months and days count in tens: 十, 十二, 二十七, 三十一.
    let number = |at: usize| -> Option<(u32, usize)> {
        let mut value = 0;
        let mut len = 0;
        let mut tens_seen = false;
        while let Some(&c) = chars.get(at + len) {
            if c == '十' && !tens_seen {
                value = if len == 0 { 10 } else { value * 10 };
                tens_seen = true;
            } else if let Some(d) = digit(c).filter(|d| *d > 0) {
                value = if tens_seen { value + d } else { value * 10 + d };
            } else {
                break;
            }
            len += 1;
        }
        (len > 0).then_some((value, len))
    };
    let (month, mlen) = number(5).or_else(|| is_first_month_word(&chars, 5).then_some((1, 1)))?;
    let after_month = 5 + mlen;
    if chars.get(after_month) != Some(&'月') {
        return None;
    }
    let (day, dlen) = number(after_month + 1)?;
    let end = after_month + 1 + dlen;
    if chars.get(end) != Some(&'日') || !valid_year(year) || !valid_month_day(month, day) {
        return None;
    }
    let date = PartialDate {
        year: Some(year as u16),
        month: Some(month as u8),
        day: Some(day as u8),
    };
    Some((date, chars[..=end].iter().collect()))
}

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

/// A month and day without a year, `7月6日`, at the start of `chars[at..]`.
pub fn month_day_at(chars: &[char], at: usize) -> Option<(u8, u8, usize)> {
    let (month, mlen) = digits_at(chars, at)?;
    if chars.get(at + mlen) != Some(&'月') {
        return None;
    }
    let (day, dlen) = digits_at(chars, at + mlen + 1)?;
    let end = at + mlen + 1 + dlen;
    if chars.get(end) != Some(&'日') || !valid_month_day(month, day) {
        return None;
    }
    Some((month as u8, day as u8, end + 1 - at))
}

/// Words before a year that make it a target or a span's end, not the present.
const FORWARD_MARKERS: [char; 9] = ['到', '至', '争', '—', '-', '－', '~', '～', '～'];
/// What follows a year the text only plans for: `2030年前`, `2035年远景目标`.
const PLAN_SUFFIXES: [&str; 4] = ["前", "远景", "左右", "目标"];

/// The year the text is written in, inferred from what it says, with the
/// phrase that says so. Clues in order of trust:
/// 1. a Five-Year Plan's opening year (`“十四五”规划开局之年` is 2021);
/// 2. a party anniversary (`中国共产党成立100周年` is 2021);
/// 3. the latest year mentioned as past or present (`2023年`), skipping
///    targets such as `到2025年`.
pub fn infer_year(text: &str) -> Option<(u16, String)> {
    plan_opening_year(text)
        .or_else(|| anniversary_year(text))
        .or_else(|| review_year(text))
        .or_else(|| latest_year_mentioned(text))
}

/// The year a report's title names as its own (`2016年某县人民政府工作报告`,
/// `宁陕县2024年政府工作报告`, `关于2023年度…的报告`, `一九八六年政府工作报告`):
/// the first year in it that is no month's (`2024年1月`), no span's end or
/// start (`2021—2025年`, `2024至2025年`) and no target (`到2035年`,
/// `2030年前`). With the phrase that names it.
pub fn title_year(title: &str) -> Option<(u16, String)> {
    let chars: Vec<char> = title.chars().collect();
    (0..chars.len()).find_map(|i| {
        let year = present_year_at(&chars, i)?;
        let month_follows = chars
            .get(i + 5)
            .is_some_and(|c| digit_value(*c).is_some() || numbers::chinese_digit(*c).is_some());
        // `2024至2025年`, `2024年至2025年`: the span's first year.
        let span_follows = chars
            .get(i + 5)
            .is_some_and(|c| FORWARD_MARKERS.contains(c) || matches!(c, '–' | '至' | '到'));
        (!month_follows && !span_follows).then(|| (year, chars[i..i + 5].iter().collect()))
    })
}

/// A year written at `i` (`2023年`, or `一九五六年` as reports before about
/// 2000 write years) that the text speaks of as past or present: not the
/// tail of a longer number, not a target or a span's end after 到, 至 or a
/// dash (`到2030年`, `2021—2025年`), not a year only planned for
/// (`2030年前`, `2035年远景目标`).
fn present_year_at(chars: &[char], i: usize) -> Option<u16> {
    let before = i.checked_sub(1).map(|b| chars[b]);
    if before.is_some_and(|c| digit_value(c).is_some() || numbers::chinese_digit(c).is_some()) {
        return None;
    }
    let (year, 4) = digits_at(chars, i).or_else(|| numbers::year_digits(&chars[i..]))? else {
        return None;
    };
    if chars.get(i + 4) != Some(&'年') || !valid_year(year) {
        return None;
    }
    if before.is_some_and(|c| FORWARD_MARKERS.contains(&c) || matches!(c, '–' | '至' | '到')) {
        return None;
    }
    let after: String = chars[(i + 5).min(chars.len())..(i + 7).min(chars.len())]
        .iter()
        .collect();
    (!PLAN_SUFFIXES.iter().any(|s| after.starts_with(s))).then_some(year as u16)
}

/// How far before "回顾" the reviewed year may stand: `2024年工作回顾`,
/// `2025年和“十四五”时期工作回顾`.
const REVIEW_WINDOW_CHARS: usize = 14;

/// A report that reviews a year's work is written the year after:
/// `一、2024年工作回顾` is 2025's report.
fn review_year(text: &str) -> Option<(u16, String)> {
    for (at, _) in text.match_indices("工作回顾") {
        let before: Vec<char> = text[..at].chars().collect();
        let window = &before[before.len().saturating_sub(REVIEW_WINDOW_CHARS)..];
        let found = (0..window.len()).find_map(|i| {
            let (year, 4) = digits_at(window, i)? else {
                return None;
            };
            let starts_number = i == 0 || digit_value(window[i - 1]).is_none();
            (starts_number && window.get(i + 4) == Some(&'年') && valid_year(year))
                .then_some((i, year))
        });
        if let Some((i, year)) = found {
            let phrase: String = window[i..].iter().collect::<String>() + "工作回顾";
            return Some((year as u16 + 1, phrase));
        }
    }
    None
}

const PLAN_NUMERALS: [(&str, u16); 4] = [
    ("十三五", 2016),
    ("十四五", 2021),
    ("十五五", 2026),
    ("十二五", 2011),
];

fn plan_opening_year(text: &str) -> Option<(u16, String)> {
    for (plan, first_year) in PLAN_NUMERALS {
        let Some(at) = text.find(plan) else { continue };
        let window: String = text[at..].chars().take(14).collect();
        for marker in ["开局之年", "开局年"] {
            if let Some(end) = window.find(marker) {
                return Some((first_year, window[..end + marker.len()].to_string()));
            }
        }
    }
    None
}

fn anniversary_year(text: &str) -> Option<(u16, String)> {
    let marker = "周年";
    for (at, _) in text.match_indices(marker) {
        let before: Vec<char> = text[..at].chars().collect();
        let mut start = before.len();
        while start > 0 && before[start - 1].is_ascii_digit() {
            start -= 1;
        }
        let Ok(n) = before[start..].iter().collect::<String>().parse::<u16>() else {
            continue;
        };
        let context: String = before[start.saturating_sub(8)..start].iter().collect();
        if context.contains("成立") && (context.contains("党") || context.contains("共产")) {
            let phrase: String =
                before[start.saturating_sub(8)..].iter().collect::<String>() + marker;
            return Some((1921 + n, phrase));
        }
    }
    None
}

fn latest_year_mentioned(text: &str) -> Option<(u16, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut best: Option<(u16, String)> = None;
    for i in 0..chars.len() {
        let Some(year) = present_year_at(&chars, i) else {
            continue;
        };
        if best.as_ref().is_none_or(|(y, _)| year > *y) {
            let end = (i + 12).min(chars.len());
            best = Some((year, chars[i..end].iter().collect()));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::parse_date_input;

    #[test]
    fn a_title_names_its_own_year_not_a_month_a_span_or_a_target() {
        let year = |t: &str| title_year(t).map(|(y, _)| y);
        assert_eq!(year("2016年某县人民政府工作报告"), Some(2016));
        assert_eq!(year("宁陕县2024年政府工作报告"), Some(2024));
        assert_eq!(year("关于2023年度县级预算执行的审计工作报告"), Some(2023));
        assert_eq!(year("一九八六年政府工作报告"), Some(1986));
        assert_eq!(year("2024年工作总结和2025年工作计划"), Some(2024));
        // A day, a span, a target: none is the report's year.
        assert_eq!(year("2024年1月15日县政府常务会议纪要"), None);
        assert_eq!(
            year("某县国民经济和社会发展第十五个五年规划（2026—2030年）"),
            None
        );
        assert_eq!(year("2021-2025年乡村振兴规划"), None);
        assert_eq!(year("某县到2035年远景目标纲要"), None);
        assert_eq!(year("力争2030年前实现碳达峰"), None);
        assert_eq!(year("政府工作报告"), None);
    }

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

    use super::*;

    fn check_full(text: &str, expect: Option<&str>) {
        let got = find_full_date(text).and_then(|(d, _)| d.to_report_date(false, vec![]));
        assert_eq!(got.map(|d| d.value).as_deref(), expect, "{text}");
    }

    #[test]
    fn full_dates_in_common_forms() {
        check_full("发布时间:2021-02-19", Some("2021-02-19"));
        check_full("2020-05-14 09:24:00 来源", Some("2020-05-14"));
        check_full("发布日期 2021/5/31", Some("2021-05-31"));
        check_full("2022年3月8日召开", Some("2022-03-08"));
        check_full("２０２２年３月８日", Some("2022-03-08"));
        check_full("2008年元月18日在", Some("2008-01-18"));
        check_full("2008年元旦", None);
        check_full("电话 12021-02-19", None);
        check_full("2021-13-01", None);
        check_full("2021年", None);
    }

    #[test]
    fn dates_in_chinese_numerals_january_as_yuanyue_too() {
        let read = |text: &str| {
            chinese_numeral_date(text)
                .and_then(|(d, _)| d.to_report_date(false, vec![]))
                .map(|d| d.value)
        };
        assert_eq!(
            read("二〇二六年一月二十七日在").as_deref(),
            Some("2026-01-27")
        );
        assert_eq!(read("二○○八年元月十八日在").as_deref(), Some("2008-01-18"));
        assert_eq!(read("二〇〇八年元旦"), None);
    }

    #[test]
    fn a_zero_typed_as_a_letter_or_a_digit_among_the_numerals() {
        let read = |text: &str| {
            chinese_numeral_date(text)
                .and_then(|(d, _)| d.to_report_date(false, vec![]))
                .map(|d| d.value)
        };
        assert_eq!(read("二O二四年一月十二日").as_deref(), Some("2024-01-12"));
        assert_eq!(read("二o一O年元月八日").as_deref(), Some("2010-01-08"));
        assert_eq!(read("二0二三年二月六日").as_deref(), Some("2023-02-06"));
        assert_eq!(read("二０二三年二月六日").as_deref(), Some("2023-02-06"));
        assert_eq!(read("OOOO年一月一日"), None);
    }

    #[test]
    fn month_day_without_year() {
        let chars: Vec<char> = "7月6日讯".chars().collect();
        assert_eq!(month_day_at(&chars, 0), Some((7, 6, 4)));
        let chars: Vec<char> = "13月6日".chars().collect();
        assert_eq!(month_day_at(&chars, 0), None);
    }

    #[test]
    fn infers_year_from_plan_anniversary_or_mentions() {
        for (text, year) in [
            ("在“十四五”规划开局之年,以开局", Some(2021)),
            ("庆祝中国共产党成立100周年！", Some(2021)),
            ("入选2023年省优选项目,2019年以来", Some(2023)),
            ("到2025年实现,2022年完成", Some(2022)),
            ("没有年份", None),
            ("2025年完成，2030年前碳达峰，2035年远景目标", Some(2025)),
            ("实施2011-2020年扶贫纲要，2010年增长", Some(2010)),
            ("一、2018年工作回顾\n2020年全面建成小康社会", Some(2019)),
            ("一九五六年，产值比一九五五年增长", Some(1956)),
            ("一九九五年完成，到二〇〇〇年实现", Some(1995)),
        ] {
            assert_eq!(infer_year(text).map(|y| y.0), year, "{text}");
        }
    }

    #[test]
    fn evidence_is_the_phrase() {
        let (_, phrase) = infer_year("在“十四五”规划开局之年,以开局").unwrap();
        assert!(
            phrase.contains("十四五") && phrase.contains("开局之年"),
            "{phrase}"
        );
    }
}
