//! When and by whom a post went up, in the header zone: a posting line
//! (`某某发布 2024-01-16 20:30 湖南`), the account's name over it, a
//! dated line under the headline and a page's date banner.

use crate::clean::body_metadata::PUBLICATION_DATE_LABELS;
use crate::clean::furniture::is_edition_page;
use crate::clean::header::{Header, SITE_LINE_MAX_CHARS};
use crate::clean::header_lookahead::calls_out;
use crate::clean::metadata::{
    is_publisher_name, names_a_site, names_an_organ, parse_metadata_line,
};
use crate::clean::title_lines::DOCUMENT_WORDS;
use report_core::text::dates::{chinese_numeral_date, find_full_date, PartialDate};
use report_core::text::fold::is_han;
use report_core::text::layout::{has_sentence_end, read_lines, Line};
use report_core::{Noise, NoiseKind};

/// The line taken for the headline named the account over its posting
/// line: it opens that line, or stands alone right over it (see
/// [`names_account_over`]). It goes to the noise, and the headline is yet
/// to come.
pub(crate) fn drop_account_name(h: &mut Header, posting: &Line, next: Option<&Line>) {
    let text = posting.text.as_str();
    let Some((_, said)) = posted_date(text) else {
        return;
    };
    let title_line = h.title_line;
    if let Some(account) = h.title.take_if(|t| {
        text.len() > t.len() && text.starts_with(t.as_str())
            || names_account_over(t, title_line, posting, &said, next)
    }) {
        h.noise.push(Noise {
            kind: NoiseKind::Byline,
            text: account.clone(),
            line: title_line,
        });
        h.account = Some(account);
    }
}

/// The line taken for the headline named the account that posted it, on
/// its own over a posting line that opens on its date and clock time
/// (`湘乡发布` / `2024-01-12 18:20 湖南`), where a longer line the shape of
/// a headline (or one that calls out, `重磅！…来了`) follows and the name
/// is no document's.
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
            (n.is_short() || calls_out(&n.text))
                && n.chars() > title.chars().count()
                && find_full_date(&n.text).is_none()
        })
}

/// An account's name, an author, a date and time and a place fit in this.
const DATED_LINE_MAX_CHARS: usize = 48;

/// A short line that states a full date among a few words (an account's
/// name, a place), and no sentence: when it was posted. Under the headline
/// any such line; above it only one whose date has its clock time
/// (`原创 某某发布 2024-01-08 18:30 发表于北京`) or the verb of posting
/// after it (`• 2024-03-02 发布`, `2024-03-02 上传于某省`), which no
/// headline carries.
pub(crate) fn dated_line(h: &Header, line: &Line) -> Option<(PartialDate, String)> {
    let text = line.text.as_str();
    // A resolution's adoption line under its headline's repeat belongs to
    // the header even where a posting line dated the page above it
    // (`2030年01月15日 21:08 来源：…`, `某某社1月15日电`, the headline again,
    // `（2030年1月15日…会议通过）`): it is no heading of the resolution.
    let plain = (h.metadata.date.is_none() || is_adoption_line(text))
        && text.chars().count() <= DATED_LINE_MAX_CHARS
        && !has_sentence_end(text)
        && !text.contains(['，', ',']);
    let (date, said) = plain
        .then(|| posted_date(text).or_else(|| adoption_numeral_date(text)))
        .flatten()?;
    let timed = || {
        let after = text.split_once(said.as_str()).map_or("", |(_, a)| a);
        let after = after.trim_start();
        starts_with_clock_time(after) || POSTING_VERBS.iter().any(|v| after.starts_with(v))
    };
    (h.title.is_some() || timed() || is_adoption_line(text)).then_some((date, said))
}

/// A resolution's adoption line, its day first and 通过 last, bracketed
/// (`（2030年1月7日某某县第九届人民代表大会第三次会议通过）`): when the
/// resolution was adopted, whether a headline stands over it or the page
/// opens on it (a paper's resolution printed under its column's name).
fn is_adoption_line(text: &str) -> bool {
    let Some(inner) = adoption_line_inner(text) else {
        return false;
    };
    find_full_date(inner).is_some_and(|(_, said)| inner.starts_with(said.as_str()))
        || chinese_numeral_date(inner).is_some()
}

/// An adoption line's words inside its brackets, 会议 among them and 通过
/// closing them.
fn adoption_line_inner(text: &str) -> Option<&str> {
    let inner = text
        .trim()
        .strip_prefix(['（', '('])
        .and_then(|i| i.strip_suffix(['）', ')']))?;
    (inner.ends_with("通过") && inner.contains("会议")).then_some(inner)
}

/// The day an adoption line opens on in Chinese numerals
/// (`（二〇三〇年三月七日…会议通过）`), which no posting line writes.
fn adoption_numeral_date(text: &str) -> Option<(PartialDate, String)> {
    chinese_numeral_date(adoption_line_inner(text)?)
}

/// What a page says was done with the text on the day it names.
const POSTING_VERBS: [&str; 3] = ["发布", "发表", "上传"];

/// The site named after a posting line's day and clock time
/// (`2024-03-02 15:10:15 某某文档网 [ 字体： ]`): who posted it; or before
/// the day, on a line of nothing else (see [`site_before_date`]).
pub(crate) fn site_after_time(text: &str) -> Option<String> {
    if let Some(site) = site_before_date(text) {
        return Some(site);
    }
    let (_, said) = posted_date(text)?;
    let after = text.split_once(said.as_str())?.1.trim_start();
    if !starts_with_clock_time(after) {
        return None;
    }
    let word = after.split_whitespace().nth(1)?;
    (word.chars().all(is_han) && (3..=SITE_LINE_MAX_CHARS).contains(&word.chars().count()))
        .then(|| word.to_string())
        .filter(|w| names_a_site(w))
}

/// Latin words of a publisher's name at least (`Mou Mou Ri Bao`): one
/// capitalised word alone may be anything.
const LATIN_NAME_MIN_WORDS: usize = 2;

/// The publisher a line names before its day, the day (and its clock
/// time) ending the line: a site's, paper's or organ's name, set against
/// the day by a dot or a space, with the site's domain beside it
/// (`某某发展门户网 www.example.cn 2010年02月01日`), or the name of a paper
/// an aggregator spells in Latin letters (`Mou Mou Ri Bao·2026-02-09
/// 01:28`). A person's name or a sentence before the day names no site.
fn site_before_date(text: &str) -> Option<String> {
    let (_, said) = posted_date(text)?;
    let (before, after) = text.split_once(said.as_str())?;
    let after = after.trim();
    if !(after.is_empty() || starts_with_clock_time(after) && !after.contains(char::is_whitespace))
    {
        return None;
    }
    let before = before
        .trim_end()
        .trim_end_matches(['·', '•', '|', '｜', '丨']);
    let words: Vec<&str> = before
        .split_whitespace()
        .filter(|w| !is_domain(w))
        .collect();
    let name = words.join(" ");
    let n = name.chars().count();
    let han_site = name.chars().all(is_han)
        && (3..=SITE_LINE_MAX_CHARS).contains(&n)
        && (names_a_site(&name) || names_an_organ(&name) || is_publisher_name(&name));
    let latin = words.len() >= LATIN_NAME_MIN_WORDS
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.chars().all(|c| c.is_ascii_alphabetic())
        });
    (han_site || latin).then_some(name)
}

/// A site's address without its scheme (`www.example.cn`).
pub(crate) fn is_domain(word: &str) -> bool {
    let word = word.trim_end_matches('/');
    word.contains('.')
        && word.split('.').count() >= 2
        && word.split('.').all(|part| {
            !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && word
            .rsplit('.')
            .next()
            .is_some_and(|tld| tld.chars().all(|c| c.is_ascii_alphabetic()))
}

/// A short line of no sentence stating a full date with its clock time
/// (`某某发布 2024-01-16 20:30 湖南`): when a post went up, never a headline.
pub(crate) fn is_posting_line(text: &str) -> bool {
    let Some((_, said)) = posted_date(text) else {
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
/// paper's name (`大众日报数字报 2023年03月08日 星期三`), or the date, the
/// paper and the page it printed on (`2030年4月18日某某日报 第2版`): chrome,
/// no headline, but the date.
pub(crate) fn date_banner(text: &str) -> Option<(PartialDate, String)> {
    let (date, said) = find_full_date(text)?;
    let after = text.split_once(said.as_str())?.1.trim_start();
    let weekday = WEEKDAYS.iter().any(|w| {
        after
            .strip_prefix(w)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| "一二三四五六日天".contains(c))
    });
    let paper_page = paper_after_date(after).is_some() && names_a_page(after);
    ((weekday || paper_page) && text.chars().count() <= SITE_LINE_MAX_CHARS + 12)
        .then_some((date, said))
}

/// The paper's name right after a banner's date, ending in 报, the page
/// after it (`某某日报 第2版`).
fn paper_after_date(after: &str) -> Option<&str> {
    after
        .split_whitespace()
        .next()
        .filter(|name| is_paper_name(name))
}

/// A paper's name: a few Han characters ending in 报 (`某某日报`).
fn is_paper_name(name: &str) -> bool {
    let n = name.chars().count();
    (3..=PAPER_MAX_CHARS).contains(&n) && name.ends_with('报') && name.chars().all(is_han)
}

/// A newspaper's page, `第2版`, `第04版`, `第A02版`, `第三版`.
fn names_a_page(text: &str) -> bool {
    text.split('第').skip(1).any(|rest| {
        rest.split_once('版')
            .is_some_and(|(number, _)| is_edition_page(number))
    })
}

/// What an e-paper calls its edition after the paper's name
/// (`大众日报数字报`, `某某日报电子版`).
const EDITION_WORDS: [&str; 4] = ["数字报", "电子版", "数字版", "电子报"];

/// Longest paper's name a date banner opens with.
const PAPER_MAX_CHARS: usize = 12;

/// The paper a date banner names before its date (`酒泉日报 2024年01月18日
/// 星期四`, `大众日报数字报 2023年03月08日 星期三`): the Han name ending in
/// 报 that opens the banner, less its edition's word. The page is that
/// paper's, its source where no other is stated.
pub(crate) fn banner_paper(text: &str, said: &str) -> Option<String> {
    let (before, _) = text.split_once(said)?;
    let before = before.trim();
    let name = EDITION_WORDS
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .unwrap_or(before);
    if is_paper_name(name) {
        return Some(name.to_string());
    }
    let after = text.split_once(said)?.1.trim_start();
    paper_after_date(after).map(str::to_string)
}

/// A full date, or a post's day with a two-figure year right before its
/// clock time, as a microblog prints it (`23-1-16 10:30 来自 微博网页版`):
/// the year from 1950 to 2049, as a delivery line's two-figure year.
pub(crate) fn posted_date(text: &str) -> Option<(PartialDate, String)> {
    if let Some(found) = find_full_date(text) {
        return Some(found);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).find_map(|w| {
        if !starts_with_clock_time(w[1]) {
            return None;
        }
        let parts: Vec<u16> = w[0]
            .split('-')
            .map(|p| (1..=2).contains(&p.len()).then(|| p.parse().ok()).flatten())
            .collect::<Option<_>>()?;
        let [year, month, day] = parts[..] else {
            return None;
        };
        let valid = w[0].starts_with(|c: char| c.is_ascii_digit())
            && w[0].split('-').next().is_some_and(|y| y.len() == 2)
            && (1..=12).contains(&month)
            && (1..=31).contains(&day);
        valid.then(|| {
            let date = PartialDate {
                year: Some(if year >= 50 { 1900 + year } else { 2000 + year }),
                month: u8::try_from(month).ok(),
                day: u8::try_from(day).ok(),
            };
            (date, w[0].to_string())
        })
    })
}

/// The page's date where the header's reading found none: the byline's
/// under the headline (at `headline`, or the line the stated `title` stands
/// on where the markup set it in a box of chrome), else the one day the
/// page labels as its publication's.
pub(crate) fn date_set_apart(
    text: &str,
    headline: Option<usize>,
    title: Option<&str>,
) -> Option<(PartialDate, String)> {
    let lines = read_lines(text);
    let shown = |title: &str| lines.iter().find(|l| l.text == title).map(|l| l.number);
    headline
        .or_else(|| title.and_then(shown))
        .and_then(|n| byline_date_under(&lines, n))
        .or_else(|| sole_labelled_publication_date(&lines))
}

/// How many lines under the headline its byline may stand (a picture's
/// line or a share bar between them).
const BYLINE_LOOKAHEAD: usize = 3;

/// The date the byline under the headline states, wherever the reading
/// before put that line: news and government sites' templates set it there
/// (`2020-10-04 20:30 来源: 长江网`, `发布日期：2019-09-23 14:34:05 所属分类：头条`,
/// `时间：2019-09-25 作者：网络整理`), though a box the markup names a side bar,
/// a breadcrumb taken for the body's first heading or a counter glued to
/// the line can hide it from the header. Only a labelled date or a posting
/// line (a full date with its clock time, no sentence) is read, so a
/// sentence or a link's date under the headline dates nothing. `lines` are
/// the text's lines; `headline` the headline's line number.
fn byline_date_under(lines: &[Line], headline: usize) -> Option<(PartialDate, String)> {
    lines
        .iter()
        .filter(|l| l.number > headline)
        .take(BYLINE_LOOKAHEAD)
        .find_map(|line| byline_date(&line.text))
}

/// The date a byline states: a labelled date (`发布时间：…`) or a posting
/// line's (a full date with its clock time, no sentence).
pub(crate) fn byline_date(text: &str) -> Option<(PartialDate, String)> {
    let labelled = parse_metadata_line(text).and_then(|m| m.date);
    labelled.or_else(|| is_posting_line(text).then(|| posted_date(text)).flatten())
}

/// The one day a page labels as its publication's (`发布日期：2019-09-23
/// 14:34:05`) wherever it stands, where the byline is set apart from the
/// headline (a theme that floats it after the article): one day however
/// often it is said; two days say nothing, as a list of other pages' would.
fn sole_labelled_publication_date(lines: &[Line]) -> Option<(PartialDate, String)> {
    let mut days = lines.iter().filter_map(|line| {
        let text = line.text.as_str();
        let labelled = PUBLICATION_DATE_LABELS.iter().any(|l| text.contains(l));
        let date = labelled
            .then(|| parse_metadata_line(text)?.date)
            .flatten()?;
        date.0.day.is_some().then_some(date)
    });
    let first = days.next()?;
    days.all(|d| d.0 == first.0).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_with_the_verb_of_posting_above_the_headline_is_when_it_was_posted() {
        let h = Header::default();
        let line = |text: &str| read_lines(text).remove(0);
        assert!(dated_line(&h, &line("• 2024-03-02 发布")).is_some());
        assert!(dated_line(&h, &line("2024-03-02 上传于河南")).is_some());
        assert!(dated_line(&h, &line("2024-03-02 某县工作报告")).is_none());
        assert_eq!(
            site_after_time("2024-03-02 15:10:15   某某文档网     [ 字体: ]").as_deref(),
            Some("某某文档网")
        );
        assert_eq!(site_after_time("2024-03-02 15:10:15 张三"), None);
    }

    #[test]
    fn the_publisher_named_before_the_day_on_a_line_of_nothing_else() {
        for (line, site) in [
            ("Mou Mou Ri Bao·2026-02-09 01:28", "Mou Mou Ri Bao"),
            (
                "某某发展门户网 www.example.cn 2010年02月01日",
                "某某发展门户网",
            ),
            ("某某日报 2024-01-05", "某某日报"),
        ] {
            assert_eq!(site_after_time(line).as_deref(), Some(site), "{line}");
        }
        for line in [
            "张三·2026-02-09 01:28",
            "Updated·2026-02-09 01:28",
            "某某发展门户网 2010年02月01日 某某县召开会议",
            "会议于2010年02月01日",
        ] {
            assert_eq!(site_after_time(line), None, "{line}");
        }
    }

    #[test]
    fn one_labelled_publication_day_however_often_said_two_days_none() {
        let lines = |texts: &[&str]| report_core::text::layout::read_lines(&texts.join("\n"));
        let day = |texts: &[&str]| sole_labelled_publication_date(&lines(texts)).map(|d| d.1);
        let once = ["正文。", "发布日期：2023-09-23 14:34:05 所属分类： 头条"];
        assert_eq!(day(&once).as_deref(), Some("2023-09-23"));
        let twice = [
            once[1],
            "版权声明 来源：某某商报 发布时间：2023-09-23 14:34:05",
        ];
        assert_eq!(day(&twice).as_deref(), Some("2023-09-23"));
        let list = [
            "某某镇召开党委会议 发布时间：2023-09-20",
            "某某镇开展安全检查 发布时间：2023-09-18",
        ];
        assert_eq!(day(&list), None);
        // A notice's `时间：` is when its event is, no publication.
        assert_eq!(day(&["时间：2023-09-23 14:30"]), None);
    }

    #[test]
    fn a_microblogs_posting_day_with_a_two_figure_year() {
        let (date, said) = posted_date("23-1-16 10:30 来自 微博网页版").unwrap();
        assert_eq!(
            (date.year, date.month, date.day),
            (Some(2023), Some(1), Some(16))
        );
        assert_eq!(said, "23-1-16");
        assert!(is_posting_line("23-1-16 10:30 来自 微博网页版"));
        // No clock time after it, or no day: none.
        assert_eq!(posted_date("23-1-16 来自 微博网页版"), None);
        assert_eq!(posted_date("1-16 10:30 来自 微博网页版"), None);
    }

    #[test]
    fn the_paper_a_date_banner_names() {
        let paper = |text: &str| {
            let (_, said) = date_banner(text)?;
            banner_paper(text, &said)
        };
        assert_eq!(
            paper("某某日报 2024年01月18日 星期四").as_deref(),
            Some("某某日报")
        );
        assert_eq!(
            paper("某某日报数字报 2023年03月08日 星期三").as_deref(),
            Some("某某日报")
        );
        // No paper before the date, or a name that is no paper's.
        assert_eq!(paper("2024年01月18日 星期四"), None);
        assert_eq!(paper("欢迎访问某某网 2024年01月18日 星期四"), None);
        assert_eq!(paper("今天是 2024年01月18日 星期四"), None);
    }
}
