//! The line saying when and where a speech was given, under its title
//! (`——2026年1月27日在…会议上`, `（2021年1月）`) or without its date
//! (`——在某某县第十七届人民代表大会第一次会议上`).

use super::compact_date;
use report_core::text::dates::{chinese_numeral_date, find_full_date, valid_year, PartialDate};
use report_core::text::numbers::{parse_chinese_number, year_digits};

/// Dashes a delivery line opens on: the em dash and the lines pages draw it
/// with (`──`, an old news page's heavy `━━`).
pub const DELIVERY_DASHES: [char; 6] = ['—', '―', '－', '-', '─', '━'];

/// Dashes and brackets that open the line saying when a speech was given.
fn is_delivery_opener(c: char) -> bool {
    DELIVERY_DASHES.contains(&c) || matches!(c, '（' | '(' | ' ' | '\u{3000}')
}

const DELIVERY_MAX_CHARS: usize = 60;

/// The line under a speech's title saying when (and where) it was given:
/// `——2026年1月27日在…会议上`, `（2026年1月27日在…）`,
/// `二〇二六年一月二十七日在…`. Returns the date and the text it stands in.
pub fn parse_delivery_line(text: &str) -> Option<(PartialDate, String)> {
    if text.chars().count() > DELIVERY_MAX_CHARS {
        return None;
    }
    let rest = text.trim_start_matches(is_delivery_opener);
    // The era written out before the year (`公元二〇〇五年一月十八日`).
    let rest = rest.strip_prefix("公元").unwrap_or(rest);
    if let Some(delivered) = compact_day_over_session(rest).or_else(|| run_together_day_at(rest)) {
        return Some(delivered);
    }
    let Some((date, said)) = find_full_date(rest)
        .filter(|(_, said)| rest.starts_with(said.as_str()))
        .or_else(|| chinese_numeral_date(rest))
        .or_else(|| year_and_month_at_start(rest))
        .or_else(|| lunar_date_at_start(rest))
        .or_else(|| bracketed_year(text, rest))
    else {
        return dated_after_at(rest);
    };
    let after = rest[said.len()..].trim_start();
    // `2027年12月 日在…`: the day left blank in a copy made before the
    // session met; the speech is dated to its month.
    let blank_day = said.ends_with('月') && rest[said.len()..].starts_with(char::is_whitespace);
    let after = match after.strip_prefix('日').filter(|_| blank_day) {
        Some(rest) => rest.trim_start(),
        None => after,
    };
    let after = after_second_day(after).unwrap_or(after);
    // A date in figures alone on its line, nothing before it
    // (`2026-02-03`), is the day a site posted the page, as its system
    // writes it; a speech's day is written in words (`2026年1月28日`) or
    // set off by a dash or a bracket.
    if after.is_empty() && rest.len() == text.len() && !said.contains('年') {
        return None;
    }
    let delivered = after.starts_with('在') || after.is_empty() || after.starts_with(['）', ')']);
    delivered.then_some((date, said))
}

/// `——20301026某某镇第二届人民代表大会第一次会议上`: the day's eight
/// figures run together right before the session the speech was given at,
/// which the line names and closes on (`…会议上`).
fn compact_day_over_session(rest: &str) -> Option<(PartialDate, String)> {
    let figures = rest.get(..8)?;
    let date = compact_date(figures)?;
    let session = rest[8..].trim_start();
    let session = session.strip_prefix('在').unwrap_or(session);
    (session.ends_with("会议上") && session.contains("代表大会"))
        .then(|| (date, figures.to_string()))
}

/// `202315日在…`, `2020831在…`: a copy that dropped the `年` and `月` (and
/// the `日`) between a day's figures, right before `在` and the session it
/// names, its congress's term at least where the line breaks (`200000在校生`
/// is a count). The year is the first four figures;
/// the month and day are read only where a single reading of the rest
/// makes a date (`831` is 8-31; `115` could be 1-15 or 11-5, and `12`
/// with no `日` after it 1-2 or December, so such speeches are dated to
/// their year).
fn run_together_day_at(rest: &str) -> Option<(PartialDate, String)> {
    let len = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(5..=8).contains(&len) {
        return None;
    }
    let figures = &rest[..len];
    let day_mark = rest[len..].strip_prefix('日');
    let after = day_mark.unwrap_or(&rest[len..]);
    let year: u16 = figures[..4].parse().ok()?;
    let names_session = after
        .strip_prefix('在')
        .is_some_and(|session| ["会议", "大会", "届"].iter().any(|w| session.contains(w)));
    if !names_session || !valid_year(u32::from(year)) {
        return None;
    }
    let tail = &figures[4..];
    let mut days: Vec<PartialDate> = (1..tail.len())
        .filter(|&cut| cut <= 2 && tail.len() - cut <= 2)
        .filter_map(|cut| {
            let (month, day) = tail.split_at(cut);
            compact_date(&format!("{}{month:0>2}{day:0>2}", &figures[..4]))
        })
        .collect();
    // With no `日`, the figures after the year may be a month alone.
    let month_alone = tail.len() <= 2 && tail.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m));
    if day_mark.is_none() && month_alone {
        days.push(PartialDate {
            year: Some(year),
            month: tail.parse().ok(),
            day: None,
        });
    }
    let date = match days.as_slice() {
        [day] => *day,
        _ => PartialDate {
            year: Some(year),
            month: None,
            day: None,
        },
    };
    Some((date, rest[..rest.len() - after.len()].to_string()))
}

/// Words that join the days of a speech given over two
/// (`一九八一年十一月三十日和十二月一日在…`, `1月5日至6日在…`).
const DAY_JOINS: [char; 6] = ['和', '、', '及', '至', '—', '－'];

/// What follows a second day the speech went on to (`和十二月一日`,
/// `至6日`): the month may be left out, the day ends in `日`. The speech
/// is dated to its first day.
fn after_second_day(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(DAY_JOINS)?;
    let len: usize = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || "〇零一二三四五六七八九十廿卅月".contains(*c))
        .map(char::len_utf8)
        .sum();
    (len > 0 && rest[len..].starts_with('日')).then(|| rest[len + '日'.len_utf8()..].trim_start())
}

/// `在2024年1月10日某某县第十七届人民代表大会第三次会议上`: the date after
/// `在`, the session named after it, the line no clause (as an undated
/// delivery line is) and closed by `上`.
fn dated_after_at(rest: &str) -> Option<(PartialDate, String)> {
    let after_at = rest.strip_prefix('在')?;
    let (date, said) = find_full_date(after_at)
        .filter(|(_, said)| after_at.starts_with(said.as_str()))
        .or_else(|| chinese_numeral_date(after_at))?;
    let session = &after_at[said.len()..];
    let names_session = (session.contains("会议") || session.contains("大会"))
        && !session.contains(['，', ',', '。', '；', '、']);
    (names_session && session.trim_end_matches(['）', ')']).ends_with('上')).then_some((date, said))
}

/// How far after a session's date its congress may be named
/// (`在2008年1月19日某某镇第十一届人民代表大会`).
const SESSION_REACH_CHARS: usize = 24;

/// The date a text gives for the session a speech was given at, wherever
/// its delivery line stands (run into a page's other text, or broken
/// across a document's pages): a dash or a bracket, a full date after `在`
/// or before it, the congress (`人民代表大会`) named within a few words
/// after it, no sentence ending between. With the date as written.
pub fn session_date_in(text: &str) -> Option<(PartialDate, String)> {
    let mut rest = text;
    while let Some((date, said)) = find_full_date(rest) {
        let at = rest.find(&said)?;
        let after = &rest[at + said.len()..];
        let reach: String = after.chars().take(SESSION_REACH_CHARS).collect();
        let clause = reach
            .split(['，', '。', '；', ','])
            .next()
            .unwrap_or_default();
        let before = rest[..at].trim_end_matches(' ');
        let (before, at_session) = match before.strip_suffix('在') {
            Some(before) => (before, true),
            None => (before, after.starts_with('在')),
        };
        let opened = before.ends_with(is_delivery_opener) && !before.ends_with(' ');
        if opened && at_session && clause.contains("人民代表大会") {
            return Some((date, said));
        }
        rest = after;
    }
    None
}

/// A delivery line, dated (`——2030年1月5日在…会议上`) or not.
pub fn is_delivery_line(text: &str) -> bool {
    parse_delivery_line(text).is_some() || is_undated_delivery_line(text)
}

/// A delivery line that states no date, the date standing apart or
/// nowhere: `——在某某县第十七届人民代表大会第一次会议上`.
pub fn is_undated_delivery_line(text: &str) -> bool {
    let rest = text.trim_start_matches(is_delivery_opener);
    let opened = rest.len() < text.len();
    // A date no reading makes out, mistyped (`20211月12日在…`) or a
    // template's (`20xx年1月25日在…`), is still a delivery line's: its
    // year's four places open it.
    let year_places = rest
        .chars()
        .take(4)
        .filter(|c| c.is_ascii_digit() || matches!(c, 'x' | 'X'))
        .count();
    let rest = if year_places == 4 {
        rest.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || "年月日".contains(c))
    } else {
        rest
    };
    // Without its dash or bracket the line still names the session it was
    // given at (`在某某县第十八届人民代表大会第四次会议上`), and is no clause.
    let names_session = (rest.contains("会议") || rest.contains("大会"))
        && !rest.contains(['，', ',', '。', '；', '、']);
    // `在某某镇第十七届人民代表大会第五次会议上的报告`: the line says what
    // was given there, at an assembly (a speech's title may name any
    // meeting: `在全县经济工作会议上的讲话`).
    let end = rest.trim_end_matches(['）', ')']);
    let end = match end.strip_suffix("的报告") {
        Some(before) if rest.contains("人民代表大会") => before,
        _ => end,
    };
    (opened || names_session)
        && text.chars().count() <= DELIVERY_MAX_CHARS
        && rest.starts_with('在')
        && end.ends_with('上')
}

/// `2021年1月` opening the text: a speech dated to its month only
/// (`（2021年1月）` under a title). A delivery line may shorten its year to
/// two digits (`24年1月在…会议上`): the session's year, from 1950 to 2049.
/// Its year and month may be written in Chinese numerals, as a formal
/// document writes them (`二〇一九年一月`, `二〇〇八年元月`).
fn year_and_month_at_start(text: &str) -> Option<(PartialDate, String)> {
    let (year, rest) = text.split_once('年')?;
    let (month, _) = rest.split_once('月')?;
    let number = |s: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u16>().ok())
            .flatten()
    };
    let short_year = number(year, 2..=2).map(|y| if y >= 50 { 1900 + y } else { 2000 + y });
    let year = number(year, 4..=4)
        .or(short_year)
        .or_else(|| numeral_year(year))
        .filter(|&y| valid_year(u32::from(y)))?;
    let month = number(month, 1..=2)
        .or_else(|| numeral_month(month))
        .filter(|m| (1..=12).contains(m))?;
    let said_len = text.find('月')? + '月'.len_utf8();
    let date = PartialDate {
        year: Some(year),
        month: u8::try_from(month).ok(),
        day: None,
    };
    Some((date, text[..said_len].to_string()))
}

/// A year alone in brackets on its line under a title (`（2019年）`,
/// `（二〇一九年）`): the year the report was given.
fn bracketed_year(text: &str, rest: &str) -> Option<(PartialDate, String)> {
    if !text.trim_start().starts_with(['（', '(']) {
        return None;
    }
    let (year, after) = rest.split_once('年')?;
    if !matches!(after.trim(), "）" | ")") {
        return None;
    }
    let year = (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        .then(|| year.parse::<u16>().ok())
        .flatten()
        .or_else(|| numeral_year(year))
        .filter(|&y| valid_year(u32::from(y)))?;
    let date = PartialDate {
        year: Some(year),
        month: None,
        day: None,
    };
    Some((date, rest[..rest.find('年')? + '年'.len_utf8()].to_string()))
}

/// Words that say a month and day are the lunar calendar's.
const LUNAR_MARKS: [&str; 3] = ["农历", "阴历", "夏历"];

/// A year over a lunar month and day (`一九九二年农历正月初十`,
/// `2019年农历腊月十八`): the solar month is not the lunar one, so the
/// speech is dated to its year only. The year is the solar one the
/// session's own documents give it.
fn lunar_date_at_start(text: &str) -> Option<(PartialDate, String)> {
    let (year, rest) = text.split_once('年')?;
    let year = (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        .then(|| year.parse::<u16>().ok())
        .flatten()
        .or_else(|| numeral_year(year))
        .filter(|&y| valid_year(u32::from(y)))?;
    let mark = LUNAR_MARKS.iter().find(|m| rest.starts_with(**m))?;
    let lunar = &rest[mark.len()..];
    let days_len: usize = lunar
        .chars()
        .take_while(|c| "正腊冬元一二三四五六七八九十初廿卅月日".contains(*c))
        .map(char::len_utf8)
        .sum();
    if !lunar[..days_len].contains('月') {
        return None;
    }
    let said_len = text.len() - lunar.len() + days_len;
    let date = PartialDate {
        year: Some(year),
        month: None,
        day: None,
    };
    Some((date, text[..said_len].to_string()))
}

/// A year written digit by digit in Chinese numerals, the whole of `text`.
fn numeral_year(text: &str) -> Option<u16> {
    let chars: Vec<char> = text.chars().collect();
    let (year, len) = year_digits(&chars).filter(|_| !chars[0].is_ascii_digit())?;
    (len == chars.len())
        .then(|| u16::try_from(year).ok())
        .flatten()
}

/// A month in Chinese numerals, the whole of `text`: `一` to `十二`, `元`.
fn numeral_month(text: &str) -> Option<u16> {
    if text == "元" {
        return Some(1);
    }
    let chars: Vec<char> = text.chars().collect();
    let (value, len) = parse_chinese_number(&chars, true)?;
    (len == chars.len() && value.fract() == 0.0).then_some(value as u16)
}

/// A delivery line broken before its end ("——2026年1月26日在广东省第十四届"),
/// so that the next line finishes it.
pub fn delivery_line_is_open(text: &str) -> bool {
    !(text.ends_with('上')
        || text.ends_with(['）', ')'])
        || text.ends_with("讲话")
        || text.ends_with("报告"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_delivery_line_dated_to_its_month_in_chinese_numerals() {
        let (date, said) =
            parse_delivery_line("（二〇一九年一月在某某市第十八届人民代表大会第四次会议上）")
                .unwrap();
        assert_eq!(
            (date.year, date.month, date.day),
            (Some(2019), Some(1), None)
        );
        assert_eq!(said, "二〇一九年一月");
        let (date, _) = parse_delivery_line("——一九九七年十二月在某某县人民代表大会上").unwrap();
        assert_eq!((date.year, date.month), (Some(1997), Some(12)));
        let (date, _) = parse_delivery_line("——二〇〇八年元月在某某县人民代表大会上").unwrap();
        assert_eq!(date.month, Some(1));
        // The era before the year, a lunar day (dated to its year only).
        let (date, said) =
            parse_delivery_line("——公元二〇〇五年一月十八日在某某县人民代表大会上").unwrap();
        assert_eq!(
            (date.year, date.month, date.day),
            (Some(2005), Some(1), Some(18))
        );
        assert_eq!(said, "二〇〇五年一月十八日");
        for (text, year, said) in [
            (
                "——一九九二年农历正月初十在某某乡人民代表大会上",
                1992,
                "一九九二年农历正月初十",
            ),
            (
                "——2019年农历腊月十八在某某县人民代表大会上",
                2019,
                "2019年农历腊月十八",
            ),
        ] {
            let (date, read) = parse_delivery_line(text).unwrap();
            assert_eq!((date.year, date.month, date.day), (Some(year), None, None));
            assert_eq!(read, said);
        }
        // A year alone in brackets under the title.
        for text in ["（2019年）", "（二〇一九年）"] {
            let (date, _) = parse_delivery_line(text).unwrap();
            assert_eq!((date.year, date.month), (Some(2019), None), "{text}");
        }
        // A speech given over two days is dated to its first.
        for (text, day) in [
            (
                "——一九八一年十一月三十日和十二月一日在第五届全国人民代表大会第四次会议上",
                (1981, 11, 30),
            ),
            ("——2019年1月5日至6日在某某县人民代表大会上", (2019, 1, 5)),
        ] {
            let (date, _) = parse_delivery_line(text).unwrap();
            assert_eq!(
                (date.year, date.month, date.day),
                (Some(day.0), Some(day.1), Some(day.2)),
                "{text}"
            );
        }
        // The date after `在`, the session after it.
        for text in [
            "在2024年1月10日某某县第十七届人民代表大会第三次会议上",
            "——在二〇二四年一月十日某某县第十七届人民代表大会第三次会议上",
        ] {
            let (date, said) = parse_delivery_line(text).unwrap();
            assert_eq!(
                (date.year, date.month, date.day),
                (Some(2024), Some(1), Some(10)),
                "{text}"
            );
            assert!(text.contains(&said));
        }
        // No month, a month past twelve, a year of two numerals: no date.
        for text in [
            "——二〇一九年在某某县人民代表大会上",
            "——二〇一九年十三月在某某县人民代表大会上",
            "——一九年一月在某某县人民代表大会上",
            "——二十年一月在某某县人民代表大会上",
            "——2019年农历在某某县人民代表大会上",
            "——2019年在某某县人民代表大会上",
            "2019年",
            "（2019年以来）",
            // A join and a number not closed by 日: no second day.
            "——2019年1月5日和6月在某某县人民代表大会上",
            // A clause, or no session named, after the date.
            "在2024年1月10日召开的会议上，县长强调",
            "在2024年1月10日以来的工作中",
        ] {
            assert!(parse_delivery_line(text).is_none(), "{text}");
        }
    }

    #[test]
    fn a_sessions_date_is_read_wherever_its_line_stands() {
        let day = |t: &str| session_date_in(t).map(|(_, said)| said);
        let run_on = "某镇政府工作报告某镇政府工作报告 ——在2008年1月19日某某镇第十一届人民代表大会第一次\n2、会议上 各位代表：";
        assert_eq!(day(run_on).as_deref(), Some("2008年1月19日"));
        assert_eq!(
            day("标题 ——2008年1月19日在某镇第十一届人民代表大会上").as_deref(),
            Some("2008年1月19日")
        );
        // A day in a sentence that names no congress, or names it later,
        // or no delivery line's dash or bracket before it.
        assert_eq!(day("在2008年1月19日召开的会议上，县长强调"), None);
        assert_eq!(day("2008年1月19日，镇长在人民代表大会上作报告"), None);
        assert_eq!(day("会上，在2008年1月19日某镇第十一届人民代表大会上"), None);
    }

    #[test]
    fn a_date_in_figures_alone_is_a_posting_date_one_in_words_or_set_off_a_speechs() {
        for text in ["2026-02-03", "2026/2/3", "2026.02.03"] {
            assert!(parse_delivery_line(text).is_none(), "{text}");
        }
        for text in ["2026年1月28日", "（2026.01.28）", "——2026-01-28"] {
            assert!(parse_delivery_line(text).is_some(), "{text}");
        }
    }
}
