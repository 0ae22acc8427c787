//! Numbers a copy sets before its lines. A text copied from an editor or a
//! code viewer with its line numbers (`  1  2023年某某县政府工作报告`,
//! `  2  ——2023年1月6日在…`): every line opens with its own number,
//! counting as the lines do. The numbers are the viewer's, not the
//! report's, and are taken off before anything reads the lines; a line
//! that held only its number was a blank one. And the tab Word's list
//! numbering sets after a heading's number (`一、  2011年工作回顾`), which a
//! page saved from Word keeps as spaces: Chinese never spaces a number's
//! mark from its words. And a sharing site's pages of a document, each
//! copied as one long line opened by the page's number (`1、…`, `2、…`),
//! each page cut mid-sentence where the next goes on: the numbers are the
//! site's, and the pages one text again.

use report_core::text::fold::is_han;
use report_core::text::layout::{ends_sentence, opens_with_outline_number, Line};

/// Fewest lines a text numbers before its numbers are read as the viewer's.
const NUMBERED_MIN_LINES: usize = 5;

/// The highest number the first line may have: a viewer's copy starts near
/// its file's top; a column of years (`2023 年`) counts lines too.
const FIRST_NUMBER_MAX: usize = 999;

/// A line's number and the text after it: digits, then a space, a tab or a
/// bar, or nothing (a blank line of the viewer's).
fn numbered(text: &str) -> Option<(usize, &str)> {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let number = text[..digits].parse().ok()?;
    let rest = &text[digits..];
    let text = match rest.chars().next() {
        None => "",
        Some(c) if c.is_whitespace() || c == '|' => rest[c.len_utf8()..].trim_start(),
        Some(_) => return None,
    };
    Some((number, text))
}

/// The lines without the numbers a viewer set before each of them, where
/// every line is so numbered and each number is the line's own, counted
/// from the first (the same distance from the line's place in the text),
/// the first no higher than a viewer's copy starts.
pub(crate) fn without_line_numbers(lines: Vec<Line>) -> Vec<Line> {
    let read: Option<Vec<(usize, &str)>> = lines.iter().map(|l| numbered(&l.text)).collect();
    let Some(read) = read else {
        return lines;
    };
    let counted = read
        .iter()
        .zip(&lines)
        .map(|((n, _), line)| n.checked_sub(line.number))
        .collect::<Option<Vec<usize>>>()
        .is_some_and(|offsets| offsets.windows(2).all(|w| w[0] == w[1]));
    let with_text = read.iter().filter(|(_, t)| !t.is_empty()).count();
    let first = read.first().map_or(0, |(n, _)| *n);
    if !counted || with_text < NUMBERED_MIN_LINES || first > FIRST_NUMBER_MAX {
        return lines;
    }
    let texts: Vec<String> = read.iter().map(|(_, t)| t.to_string()).collect();
    lines
        .into_iter()
        .zip(texts)
        .filter(|(_, text)| !text.is_empty())
        .map(|(line, text)| Line { text, ..line })
        .collect()
}

/// A page of a document copied as one line is long: a numbered paragraph
/// of a report may be long too, but ends its sentence.
const PAGE_LINE_MIN_CHARS: usize = 200;

/// A page's number before its text: digits, `、` or nothing, then a
/// Chinese character (`1、某镇政府工作报告…`, `2算折合美元…`).
fn page_numbered(text: &str) -> Option<(usize, &str)> {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let number = text[..digits].parse().ok()?;
    let rest = &text[digits..];
    let rest = rest.strip_prefix('、').unwrap_or(rest);
    rest.starts_with(is_han).then_some((number, rest))
}

/// The text's lines as the pages of a document a sharing site sets out one
/// line each, numbered from 1 by the page: every line so numbered, two or
/// more, each page but the last long, and half of them or more cut
/// mid-sentence (no sentence's end, no colon ends it). The numbers taken off and the pages joined into one line, as
/// the sentences a page break cut run on.
pub(crate) fn without_page_numbers(lines: Vec<Line>) -> Vec<Line> {
    let read: Option<Vec<(usize, &str)>> = lines.iter().map(|l| page_numbered(&l.text)).collect();
    let Some(read) = read else {
        return lines;
    };
    let counted = read.iter().enumerate().all(|(i, (n, _))| *n == i + 1);
    let pages = &read[..read.len().saturating_sub(1)];
    let long = pages
        .iter()
        .all(|(_, t)| t.chars().count() >= PAGE_LINE_MIN_CHARS);
    // A page may end where a sentence does; a paragraph over a list ends
    // on its colon.
    let cut = pages
        .iter()
        .filter(|(_, t)| !ends_sentence(t) && !t.trim_end().ends_with([':', '：']))
        .count();
    if read.len() < 2 || !counted || !long || 2 * cut < pages.len() {
        return lines;
    }
    let text: String = read.iter().map(|(_, t)| *t).collect();
    let first = lines.into_iter().next().expect("two lines or more");
    vec![Line { text, ..first }]
}

/// Marks that close an outline number: `一、`, `（一）`, `1．`.
const OUTLINE_MARKS: [char; 5] = ['、', '）', ')', '．', '.'];

/// A heading's number with white space after it and Chinese words (or a
/// year) after that (`一、  2011年工作回顾`, `（二）\t加快…`): the line without the space.
fn without_list_tab(text: &str) -> Option<String> {
    if !opens_with_outline_number(text) {
        return None;
    }
    let (at, mark) = text
        .char_indices()
        .take(8)
        .find(|(_, c)| OUTLINE_MARKS.contains(c))?;
    let number = &text[..at + mark.len_utf8()];
    let rest = &text[number.len()..];
    let words = rest.trim_start();
    (words.len() < rest.len() && words.starts_with(|c: char| !c.is_ascii() || c.is_ascii_digit()))
        .then(|| format!("{number}{words}"))
}

/// The lines with the space after a heading's number taken out.
pub(crate) fn without_list_tabs(mut lines: Vec<Line>) -> Vec<Line> {
    for line in &mut lines {
        if let Some(text) = without_list_tab(&line.text) {
            line.text = text;
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    fn texts(text: &str) -> Vec<String> {
        without_line_numbers(read_lines(text))
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn a_viewers_line_numbers_are_taken_off() {
        let text = "  1  2023年某某县政府工作报告\n  2  ——2023年1月6日在某某县人民代表大会上\n  3\n  4  各位代表：\n  5  现在，我代表县人民政府向大会报告工作。\n  6  一、2022年工作回顾\n";
        assert_eq!(
            texts(text),
            [
                "2023年某某县政府工作报告",
                "——2023年1月6日在某某县人民代表大会上",
                "各位代表：",
                "现在，我代表县人民政府向大会报告工作。",
                "一、2022年工作回顾",
            ]
        );
    }

    fn pages(text: &str) -> Vec<String> {
        without_page_numbers(read_lines(text))
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn a_sharing_sites_numbered_pages_are_one_text() {
        let page = "全镇经济平稳运行，各项事业取得新进展。".repeat(12);
        let text = format!("1、某镇政府工作报告 各位代表：{page}全年完成投资\n2、五亿元，增长百分之八。{page}\n3、{page}\n");
        assert_eq!(
            pages(&text),
            [format!(
                "某镇政府工作报告 各位代表：{page}全年完成投资五亿元，增长百分之八。{page}{page}"
            )]
        );
    }

    #[test]
    fn a_reports_numbered_paragraphs_stay() {
        let paragraph = "加快项目建设，全力推进重点工程，确保按期投产见效".repeat(6);
        for text in [
            // Long numbered paragraphs, each ending its sentence or on
            // the colon over a list.
            format!("1、{paragraph}。\n2、{paragraph}。\n3、{paragraph}。\n"),
            format!("1、{paragraph}：\n2、{paragraph}。\n3、{paragraph}：\n4、{paragraph}\n"),
            // A short numbered list.
            "1、加快项目建设\n2、优化营商环境\n".to_string(),
            // Numbers that do not count from 1.
            format!("2、{paragraph}\n3、{paragraph}\n"),
        ] {
            let before: Vec<String> = read_lines(&text).into_iter().map(|l| l.text).collect();
            assert_eq!(pages(&text), before, "{text}");
        }
    }

    #[test]
    fn the_space_after_a_headings_number_is_taken_out() {
        let lines = without_list_tabs(read_lines(
            "一、  2011年工作回顾\n（二）\t加快产业升级\n一、 Introduction\n一、\n二、 ABC\n三、2012年工作安排\n",
        ));
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "一、2011年工作回顾",
                "（二）加快产业升级",
                "一、 Introduction",
                "一、",
                "二、 ABC",
                "三、2012年工作安排",
            ]
        );
    }

    #[test]
    fn numbers_that_do_not_count_the_lines_are_the_texts() {
        // A list's numbers under a heading, a line with none, too few lines.
        for text in [
            "主要指标\n1 地区生产总值\n2 一般公共预算收入\n3 固定资产投资\n4 社会消费品零售总额\n5 城镇居民人均可支配收入\n",
            "1 一\n2 二\n3 三\n4 四\n五\n6 六\n",
            "1 一\n2 二\n3 三\n4 四\n",
            "2023 年\n2024 年\n2025 年\n2026 年\n2027 年\n",
        ] {
            let before: Vec<String> = read_lines(text).into_iter().map(|l| l.text).collect();
            assert_eq!(texts(text), before, "{text}");
        }
    }
}
