//! When and by whom a post went up, in the header zone: a posting line
//! (`某某发布 2024-01-16 20:30 湖南`), the account's name over it, a
//! dated line under the headline and a page's date banner.

use crate::clean::header::{Header, SITE_LINE_MAX_CHARS};
use crate::clean::title_lines::DOCUMENT_WORDS;
use report_core::text::dates::{find_full_date, PartialDate};
use report_core::text::layout::{has_sentence_end, Line};
use report_core::{Noise, NoiseKind};

/// The line taken for the headline named the account over its posting
/// line: it opens that line, or stands alone right over it (see
/// [`names_account_over`]). It goes to the noise, and the headline is yet
/// to come.
pub(crate) fn drop_account_name(h: &mut Header, posting: &Line, next: Option<&Line>) {
    let text = posting.text.as_str();
    let Some((_, said)) = find_full_date(text) else {
        return;
    };
    let title_line = h.title_line;
    if let Some(account) = h.title.take_if(|t| {
        text.len() > t.len() && text.starts_with(t.as_str())
            || names_account_over(t, title_line, posting, &said, next)
    }) {
        h.noise.push(Noise {
            kind: NoiseKind::Byline,
            text: account,
            line: title_line,
        });
    }
}

/// The line taken for the headline named the account that posted it, on
/// its own over a posting line that opens on its date and clock time
/// (`湘乡发布` / `2024-01-12 18:20 湖南`), where a longer line the shape of
/// a headline follows and the name is no document's.
fn names_account_over(
    title: &str,
    title_line: usize,
    posting: &Line,
    said: &str,
    next: Option<&Line>,
) -> bool {
    title_line + 1 == posting.number
        && posting.text.starts_with(said)
        && !DOCUMENT_WORDS.iter().any(|w| title.contains(w))
        && next.is_some_and(|n| {
            n.is_short() && n.chars() > title.chars().count() && find_full_date(&n.text).is_none()
        })
}

/// An account's name, an author, a date and time and a place fit in this.
const DATED_LINE_MAX_CHARS: usize = 48;

/// A short line that states a full date among a few words (an account's
/// name, a place), and no sentence: when it was posted. Under the headline
/// any such line; above it only one whose date has its clock time
/// (`原创 某某发布 2024-01-08 18:30 发表于北京`), which no headline carries.
pub(crate) fn dated_line(h: &Header, line: &Line) -> Option<(PartialDate, String)> {
    let text = line.text.as_str();
    let plain = h.metadata.date.is_none()
        && text.chars().count() <= DATED_LINE_MAX_CHARS
        && !has_sentence_end(text)
        && !text.contains(['，', ',']);
    let (date, said) = plain.then(|| find_full_date(text)).flatten()?;
    let timed = || {
        let after = text.split_once(said.as_str()).map_or("", |(_, a)| a);
        starts_with_clock_time(after.trim_start())
    };
    (h.title.is_some() || timed()).then_some((date, said))
}

/// A short line of no sentence stating a full date with its clock time
/// (`某某发布 2024-01-16 20:30 湖南`): when a post went up, never a headline.
pub(crate) fn is_posting_line(text: &str) -> bool {
    let Some((_, said)) = find_full_date(text) else {
        return false;
    };
    let after = text.split_once(said.as_str()).map_or("", |(_, a)| a);
    text.chars().count() <= DATED_LINE_MAX_CHARS
        && !has_sentence_end(text)
        && starts_with_clock_time(after.trim_start())
}

/// `18:30`, `9:05:12`: a clock time, hours then minutes.
fn starts_with_clock_time(text: &str) -> bool {
    let hours = text.chars().take_while(char::is_ascii_digit).count();
    let rest = &text[hours..];
    (1..=2).contains(&hours)
        && rest.starts_with([':', '：'])
        && rest
            .chars()
            .skip(1)
            .take(2)
            .filter(char::is_ascii_digit)
            .count()
            == 2
}

const WEEKDAYS: [&str; 3] = ["星期", "礼拜", "周"];

/// A page's banner giving the day's date and weekday, with or without the
/// paper's name (`大众日报数字报 2023年03月08日 星期三`): chrome, no headline,
/// but the date.
pub(crate) fn date_banner(text: &str) -> Option<(PartialDate, String)> {
    let (date, said) = find_full_date(text)?;
    let after = text.split_once(said.as_str())?.1.trim_start();
    let weekday = WEEKDAYS.iter().any(|w| {
        after
            .strip_prefix(w)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| "一二三四五六日天".contains(c))
    });
    (weekday && text.chars().count() <= SITE_LINE_MAX_CHARS + 12).then_some((date, said))
}
