//! Marks a copying site sets on a report's name: the number of the piece
//! in a collection before it (`第1篇 `, `第一篇：`) and the number of the
//! page after it (`（2）`, `(第3/8页)`). The report's name is what they
//! stand on; they say where on the site it is.

use crate::clean::title_lines::names_a_report;
use crate::clean::title_tags::trailing_bracket;
use report_core::text::dates::valid_year;
use report_core::text::numbers::year_digits;

/// Numerals a piece's or page's number is written in.
const NUMERALS: &str = "0123456789０１２３４５６７８９一二三四五六七八九十百";
/// Most characters of a page's number in its brackets (`第12/88页`).
const PAGE_MARK_MAX_CHARS: usize = 10;

/// `第1篇 某某工作报告`, `第一篇：某某工作汇报`: the piece's number and the
/// name after it, where the name names a report.
pub(crate) fn split_piece_number(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix('第')?;
    let digits = rest.chars().take_while(|c| NUMERALS.contains(*c)).count();
    let after = rest
        .char_indices()
        .nth(digits)
        .map_or("", |(at, _)| &rest[at..]);
    let name = after.strip_prefix('篇')?;
    let name = name.trim_start_matches([' ', '　', ':', '：', '、', '.', '．']);
    let mark = &text[..text.len() - name.len()];
    (digits > 0 && names_a_report(name) && name.chars().count() >= 4).then_some((mark, name))
}

/// `某某工作总结（2）`, `…报告汇编(第73/88页)`: the name and the page's
/// number in brackets after it, where the name names a report. A bracket
/// of words (`（摘要）`, `（2030年）`) or a bare year (`（2030）`,
/// `(2029/2030)`) is part of the name.
pub(crate) fn split_page_mark(text: &str) -> Option<(&str, &str)> {
    let (name, bracket, inner) = trailing_bracket(text)?;
    let said_paged = inner.strip_prefix('第').and_then(|i| i.strip_suffix('页'));
    let paged = said_paged.unwrap_or(inner);
    let number = !paged.is_empty()
        && paged.chars().count() <= PAGE_MARK_MAX_CHARS
        && paged.chars().all(|c| c.is_ascii_digit() || c == '/')
        && paged.starts_with(|c: char| c.is_ascii_digit());
    let years = said_paged.is_none() && paged.split('/').all(is_year);
    (number && !years && names_a_report(name) && name.chars().count() >= 4)
        .then_some((name, bracket))
}

/// `2029年某某工作报告 2030年某某工作报告`: a wiki's link to the report of
/// the year before, run into the headline's line: two names of the same
/// kind of report (their last [`SAME_KIND_MIN_CHARS`] characters alike),
/// one space between, each opening on its year, the first the earlier. A
/// 范文 site's pair of papers (`2029年工作总结 2030年工作计划`) is no link.
/// Returns the link and the report's name.
pub(crate) fn split_previous_link(text: &str) -> Option<(&str, &str)> {
    let (link, name) = text.trim().split_once(char::is_whitespace)?;
    let name = name.trim_start();
    let year = |t: &str| year_digits(&t.chars().collect::<Vec<_>>()).map(|(year, _)| year);
    let earlier = matches!((year(link), year(name)), (Some(a), Some(b)) if a < b);
    let same_kind = link
        .chars()
        .rev()
        .zip(name.chars().rev())
        .take_while(|(a, b)| a == b)
        .count()
        >= SAME_KIND_MIN_CHARS;
    (earlier
        && same_kind
        && names_a_report(link)
        && names_a_report(name)
        && !name.contains(char::is_whitespace))
    .then_some((link, name))
}

/// `2030年某县国民经济和社会发展统计公报 2030`: a collecting site's tag of
/// the year it files the report under, after a space, where the name
/// already opens on or holds that year (`2030年`). Returns the name and the
/// tag. A name whose only year is the one after the space
/// (`某县统计公报 2030`) keeps it: that year is all it says of its time.
pub(crate) fn split_year_tag(text: &str) -> Option<(&str, &str)> {
    let (name, tag) = text.trim_end().rsplit_once(char::is_whitespace)?;
    let name = name.trim_end();
    (is_year(tag) && name.contains(&format!("{tag}年")) && names_a_report(name))
        .then_some((name, tag))
}

/// How many characters two reports' names end alike on to be of one kind
/// (`…政府工作报告`).
const SAME_KIND_MIN_CHARS: usize = 4;

/// Most characters of the words a collection sets between a piece's name
/// and its number (`范文`, `精选`).
const PIECE_WORDS_MAX_CHARS: usize = 3;

/// `某某工作报告范文第1篇`, `某某工作报告2`: the title again under it,
/// with the number a collection gives the piece (`第1篇`, `篇一`, a bare
/// number) after a word or two: the collection's label over the piece.
pub(crate) fn labels_a_piece(text: &str, title: &str) -> bool {
    let Some(rest) = text.strip_prefix(title) else {
        return false;
    };
    let number_at = rest
        .char_indices()
        .find(|(_, c)| NUMERALS.contains(*c) || *c == '第' || *c == '篇')
        .map(|(at, _)| at);
    let Some(at) = number_at else {
        return false;
    };
    let (words, mark) = rest.split_at(at);
    let mark = mark.strip_prefix('第').unwrap_or(mark);
    let mark = mark.strip_prefix('篇').unwrap_or(mark);
    let mark = mark.strip_suffix('篇').unwrap_or(mark);
    words.chars().count() <= PIECE_WORDS_MAX_CHARS
        && !mark.is_empty()
        && mark.chars().all(|c| NUMERALS.contains(c))
}

/// Four digits a report's year could be.
fn is_year(digits: &str) -> bool {
    digits.len() == 4 && digits.parse::<u32>().is_ok_and(valid_year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_in_brackets_is_no_page_number() {
        for title in [
            "某某县政府工作报告（2030）",
            "某某县政府工作报告(2029)",
            "某某县政府工作报告（2029/2030）",
        ] {
            assert_eq!(split_page_mark(title), None, "{title}");
        }
        assert_eq!(
            split_page_mark("某某县政府工作报告(第2030/2031页)"),
            Some(("某某县政府工作报告", "(第2030/2031页)"))
        );
        assert_eq!(
            split_page_mark("某某县政府工作报告（12）"),
            Some(("某某县政府工作报告", "（12）"))
        );
    }

    #[test]
    fn a_pieces_number_before_a_reports_name() {
        assert_eq!(
            split_piece_number("第1篇 区人大常委会工作报告"),
            Some(("第1篇 ", "区人大常委会工作报告"))
        );
        assert_eq!(
            split_piece_number("第一篇：某某居委会工作汇报"),
            Some(("第一篇：", "某某居委会工作汇报"))
        );
        // A plan's part names no report.
        assert_eq!(split_piece_number("第一篇 创新驱动发展"), None);
        assert_eq!(split_piece_number("第篇报告"), None);
    }

    #[test]
    fn a_pages_number_after_a_reports_name() {
        assert_eq!(
            split_page_mark("某某街道办事处年终总结(9)"),
            Some(("某某街道办事处年终总结", "(9)"))
        );
        assert_eq!(
            split_page_mark("2030年各地政府工作报告汇编(第73/88页)"),
            Some(("2030年各地政府工作报告汇编", "(第73/88页)"))
        );
        assert_eq!(split_page_mark("某某县政府工作报告（摘要）"), None);
        assert_eq!(split_page_mark("某某县政府工作报告（2030年）"), None);
        assert_eq!(split_page_mark("第一节（3）"), None);
    }
}
