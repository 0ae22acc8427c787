//! The date a page's own address states. Chinese sites file an article
//! under the day it went up (`/art/2024/1/15/art_1229_3964521.html`,
//! `/202401/t20240115_123.html`, `/2024-03/12/content_5637.htm`); a saved
//! page keeps that address in `<link rel="canonical">`, `og:url`,
//! `<base href>` or the browser's `<!-- saved from url=(…)… -->` note. A
//! file's own name is the user's, never read for a date.

use scraper::{Html, Selector};

use crate::clean::metadata::names_an_organ;
use report_core::text::dates::find_full_date;

/// Years a web page can be filed under.
const WEB_YEARS: std::ops::RangeInclusive<u16> = 1995..=2100;

/// The address the browser noted where it saved the page.
pub fn saved_from_address(html: &str) -> Option<&str> {
    let at = html.find("saved from url=(")?;
    let rest = &html[at..];
    let open = rest.find(')')? + 1;
    let address = &rest[open..];
    let end = address
        .find(char::is_whitespace)
        .unwrap_or(address.len())
        .min(address.find("-->").unwrap_or(address.len()));
    Some(address[..end].trim()).filter(|a| !a.is_empty())
}

/// The day the page's own address files it under: its canonical link,
/// `og:url`, `<base href>` or the address it was saved from.
pub fn page_address_date(doc: &Html, html: &str) -> Option<String> {
    let attr = |css: &str, name: &str| -> Vec<String> {
        Selector::parse(css).map_or_else(
            |_| Vec::new(),
            |s| {
                doc.select(&s)
                    .filter_map(|e| e.value().attr(name).map(str::to_string))
                    .collect()
            },
        )
    };
    attr("link[rel=canonical]", "href")
        .into_iter()
        .chain(attr("meta[property=\"og:url\"]", "content"))
        .chain(attr("base", "href"))
        .chain(saved_from_address(html).map(str::to_string))
        .find_map(|address| date_in_address(&address))
}

/// The day a page saved by Word was made: its document properties, which
/// Word writes in a conditional comment in the page's head
/// (`<o:DocumentProperties>…<o:Created>2018-01-12T02:13:00Z</o:Created>`),
/// as a .docx's core properties state its creation. Only where the page
/// states no date of its own, as the page's address is read. Word writes
/// the time in UTC (`…T17:13:00Z`): from 16:00 on it is the next day in
/// China, and that day is the one given.
pub fn word_created_date(html: &str) -> Option<String> {
    let properties = &html[html.find("<o:DocumentProperties")?..];
    let properties = &properties[..properties.find("</o:DocumentProperties>")?];
    let value = &properties[properties.find("<o:Created>")? + "<o:Created>".len()..];
    let value = value[..value.find('<')?].trim();
    let (date, _) = find_full_date(value)?;
    let year = date.year.filter(|y| WEB_YEARS.contains(y))?;
    let (month, day) = (date.month?, date.day?);
    let utc_hour = value
        .strip_suffix('Z')
        .and_then(|v| v.split_once('T'))
        .and_then(|(_, time)| time.get(..2)?.parse::<u8>().ok());
    let (year, month, day) = if utc_hour.is_some_and(|h| (16..24).contains(&h)) {
        next_day(year, month, day)
    } else {
        (year, month, day)
    };
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// The office a Word page's document properties name as its author
/// (`<o:Author>某某县人民政府办公室</o:Author>`): the page's source where
/// the text states none. A person's name, a machine's user
/// (`Administrator`, `微软用户`) or a company is no office.
pub fn word_author_office(html: &str) -> Option<String> {
    let properties = &html[html.find("<o:DocumentProperties")?..];
    let properties = &properties[..properties.find("</o:DocumentProperties>")?];
    let value = &properties[properties.find("<o:Author>")? + "<o:Author>".len()..];
    let value = value[..value.find('<')?].trim();
    names_an_organ(value).then(|| value.to_string())
}

/// The day after a valid day of the Gregorian calendar.
fn next_day(year: u16, month: u8, day: u8) -> (u16, u8, u8) {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    match (day < days, month < 12) {
        (true, _) => (year, month, day + 1),
        (false, true) => (year, month + 1, 1),
        (false, false) => (year + 1, 1, 1),
    }
}

/// The day an address files its page under, as `YYYY-MM-DD`.
pub fn date_in_address(address: &str) -> Option<String> {
    let path = address.split_once("://").map_or(address, |(_, rest)| {
        rest.split_once('/').map_or("", |p| p.1)
    });
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let segments: Vec<&str> = path.split('/').collect();
    let numbers = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    // `/2024/1/15/`
    let candidates = segments
        .windows(3)
        .filter(|w| {
            w.iter().all(|s| numbers(s)) && w[0].len() == 4 && w[1].len() <= 2 && w[2].len() <= 2
        })
        .map(|w| (w[0].to_string(), w[1].to_string(), w[2].to_string()));
    let dashed = segments.windows(2).filter_map(|w| {
        // `/2024-03/12/`
        let (year, month) = w[0].split_once('-')?;
        (numbers(year) && year.len() == 4 && numbers(month) && month.len() <= 2).then_some(())?;
        let day: String = w[1].chars().take_while(char::is_ascii_digit).collect();
        (w[1].len() == day.len() && (1..=2).contains(&day.len()))
            .then(|| (year.to_string(), month.to_string(), day))
    });
    // `t20240115_123.html`, `/20240115/`: eight digits, alone or after `t`;
    // or after `t` past an underscore (`post_t20240115_123.html`).
    let marked = segments.iter().flat_map(|&s| {
        let after_underscore = s.split('_').skip(1);
        std::iter::once(s).chain(after_underscore.filter(|piece| piece.starts_with('t')))
    });
    let packed = marked.filter_map(|s| {
        let s = s.strip_prefix('t').unwrap_or(s);
        let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
        let after = s[digits.len()..].chars().next();
        (digits.len() == 8 && after.is_none_or(|c| matches!(c, '_' | '.' | '-'))).then(|| {
            (
                digits[..4].to_string(),
                digits[4..6].to_string(),
                digits[6..].to_string(),
            )
        })
    });
    candidates
        .chain(dashed)
        .chain(packed)
        .find_map(|(year, month, day)| {
            let written = format!("{year}-{month:0>2}-{day:0>2}");
            let (date, said) = find_full_date(&written)?;
            let year: u16 = year.parse().ok()?;
            (said == written && WEB_YEARS.contains(&year)).then_some(())?;
            date.to_report_date(false, Vec::new()).map(|d| d.value)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_day_a_site_files_its_page_under() {
        let cases = [
            (
                "http://www.dongyang.gov.cn/art/2024/1/15/art_1229_3964521.html",
                Some("2024-01-15"),
            ),
            (
                "https://www.example.gov.cn/zwgk/202401/t20240115_123456.html",
                Some("2024-01-15"),
            ),
            (
                "https://www.gov.cn/zhengce/2024-03/12/content_6939153.htm",
                Some("2024-03-12"),
            ),
            ("http://example.cn/news/20230208/1.html", Some("2023-02-08")),
            // No day, an impossible one, an id of eight digits, no date.
            ("http://example.cn/zwgk/202401/index.html", None),
            ("http://example.cn/art/2024/13/45/x.html", None),
            ("http://example.cn/content/12345678.html", None),
            (
                "http://www.sz.gov.cn/zwgk/content/post_t20240115_123456.html",
                Some("2024-01-15"),
            ),
            // An id of eight digits after an underscore, with no `t`: no date.
            ("http://example.cn/content/post_20240115.html", None),
            ("http://example.cn/col/col1229/index.html", None),
        ];
        for (address, want) in cases {
            assert_eq!(date_in_address(address).as_deref(), want, "{address}");
        }
    }

    #[test]
    fn only_the_pages_own_address_dates_it() {
        let read = |html: &str| page_address_date(&Html::parse_document(html), html);
        let canonical = r#"<html><head><link rel="canonical" href="http://x.gov.cn/art/2024/1/15/art_1_2.html"></head></html>"#;
        assert_eq!(read(canonical).as_deref(), Some("2024-01-15"));
        let og = r#"<html><head><meta property="og:url" content="https://x.cn/202402/t20240206_1.html"></head></html>"#;
        assert_eq!(read(og).as_deref(), Some("2024-02-06"));
        // A link to another page is that page's address.
        let link = r#"<html><body><a href="http://x.gov.cn/art/2024/1/15/art_1_2.html">上一篇</a></body></html>"#;
        assert_eq!(read(link), None);
    }

    #[test]
    fn a_word_page_states_the_day_it_was_made() {
        let html = "<html><head><!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>某某县人民政府办公室</o:Author>\
                    <o:Created>2018-01-12T02:13:00Z</o:Created><o:LastSaved>2018-01-15T08:00:00Z</o:LastSaved>\
                    </o:DocumentProperties></xml><![endif]--></head><body></body></html>";
        assert_eq!(word_created_date(html).as_deref(), Some("2018-01-12"));
        // Elsewhere than in the properties, or no day, is none.
        assert_eq!(
            word_created_date("<p><o:Created>2018-01-12</o:Created></p>"),
            None
        );
        assert_eq!(
            word_created_date(
                "<o:DocumentProperties><o:Created>x</o:Created></o:DocumentProperties>"
            ),
            None
        );
    }

    #[test]
    fn a_word_pages_time_in_utc_is_chinas_next_day_from_sixteen_hours() {
        let created = |value: &str| {
            word_created_date(&format!(
                "<o:DocumentProperties><o:Created>{value}</o:Created></o:DocumentProperties>"
            ))
        };
        assert_eq!(
            created("2019-01-20T17:13:00Z").as_deref(),
            Some("2019-01-21")
        );
        assert_eq!(
            created("2019-01-20T15:59:00Z").as_deref(),
            Some("2019-01-20")
        );
        assert_eq!(
            created("2019-01-31T16:00:00Z").as_deref(),
            Some("2019-02-01")
        );
        assert_eq!(
            created("2020-02-28T20:00:00Z").as_deref(),
            Some("2020-02-29")
        );
        assert_eq!(
            created("2019-12-31T23:00:00Z").as_deref(),
            Some("2020-01-01")
        );
        // A time without its zone is taken as written.
        assert_eq!(
            created("2019-01-20T17:13:00").as_deref(),
            Some("2019-01-20")
        );
    }

    #[test]
    fn a_word_pages_author_is_its_source_where_it_names_an_office() {
        let author = |value: &str| {
            word_author_office(&format!(
                "<o:DocumentProperties><o:Author>{value}</o:Author></o:DocumentProperties>"
            ))
        };
        assert_eq!(
            author("某某县人民政府办公室").as_deref(),
            Some("某某县人民政府办公室")
        );
        assert_eq!(author("县政府办").as_deref(), Some("县政府办"));
        for value in ["Administrator", "微软用户", "王小明", "Microsoft", ""] {
            assert_eq!(author(value), None, "{value}");
        }
        // Outside the properties: none.
        assert_eq!(
            word_author_office("<o:Author>某某县人民政府</o:Author>"),
            None
        );
    }

    #[test]
    fn a_saved_page_notes_where_it_came_from() {
        let html = "<!DOCTYPE html>\n<!-- saved from url=(0063)http://www.example.gov.cn/art/2024/1/15/art_1_2.html -->\n<html>";
        assert_eq!(
            saved_from_address(html),
            Some("http://www.example.gov.cn/art/2024/1/15/art_1_2.html")
        );
        assert_eq!(saved_from_address("<html><body>正文</body></html>"), None);
    }
}
