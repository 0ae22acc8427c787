//! A report whose line ends were lost: a viewer's copy, or a data set's
//! text cell, that joined its lines with spaces (`2016年某县政府工作报告
//! ——2016年1月12日在…会议上 县长 刘 强 各位代表： 现在，… 一、2015年工作回顾
//! 过去的一年，…`). Chinese prose spaces no words, so a space there
//! stood for a line end where a sentence ended, a numbered heading ends, a
//! heading's number or a delivery line's dash follows, a delivery line
//! ends, or a short label closed by a colon (`各位代表：`) stands alone. The one line is cut there
//! into the lines it was, before anything reads them.

use crate::clean::metadata::is_delivery_line;
use report_core::text::layout::{is_sentence_end, opens_with_outline_number, Line};

/// Fewest characters of a line read as a whole report run together.
const RUN_TOGETHER_MIN_CHARS: usize = 300;
/// Fewest strong line ends (see [`line_end_at`]) a text run together shows.
const LINE_ENDS_MIN: usize = 3;
/// Longest numbered heading read as a line of its own.
const HEADING_MAX_CHARS: usize = 40;
/// Longest label closed by a colon that stands on a line of its own.
const LABEL_MAX_CHARS: usize = 10;

/// Whether the space between `before` (since the last cut) and `after`
/// stood for a line end; `strong` where `before` closes (a sentence's end,
/// a colon, `各位代表：`) or is a numbered heading, or `after` opens with a
/// heading's number or a delivery line's dash (`——2016年1月12日…`); weak
/// where only a delivery line before it or a short label after it shows it.
fn line_end_at(before: &str, after: &str) -> Option<bool> {
    let last = before.chars().last()?;
    let closed = is_sentence_end(last)
        || matches!(last, '：' | ':')
        || (matches!(last, '”' | '’') && before.chars().rev().nth(1).is_some_and(is_sentence_end));
    // A numbered heading, no clause (`一、2015年工作回顾`), ends its line.
    let heading = opens_with_outline_number(before)
        && before.chars().count() <= HEADING_MAX_CHARS
        && !before.contains(['，', ',']);
    if closed || heading || opens_with_outline_number(after) || after.starts_with("——") {
        return Some(true);
    }
    let label = after.split(char::is_whitespace).next().unwrap_or(after);
    let delivered = is_delivery_line(before);
    let short_label = label.chars().count() <= LABEL_MAX_CHARS && label.ends_with(['：', ':']);
    (delivered || short_label).then_some(false)
}

/// The lines of a text that is one long line run together, cut where its
/// spaces stood for line ends; any other text as it is.
pub(crate) fn split_run_together(lines: Vec<Line>) -> Vec<Line> {
    let [line] = lines.as_slice() else {
        return lines;
    };
    if line.chars() < RUN_TOGETHER_MIN_CHARS {
        return lines;
    }
    let text = line.text.as_str();
    let mut pieces: Vec<&str> = Vec::new();
    let mut start = 0;
    let mut strong = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !c.is_whitespace() {
            continue;
        }
        let mut end = at + c.len_utf8();
        while let Some(&(next_at, next)) = chars.peek() {
            if !next.is_whitespace() {
                break;
            }
            end = next_at + next.len_utf8();
            chars.next();
        }
        let (before, after) = (&text[start..at], &text[end..]);
        if let Some(is_strong) = line_end_at(before, after) {
            strong += usize::from(is_strong);
            pieces.push(before);
            start = end;
        }
    }
    pieces.push(&text[start..]);
    if strong < LINE_ENDS_MIN {
        return lines;
    }
    pieces
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .enumerate()
        .map(|(i, piece)| Line {
            number: line.number + i,
            indented: false,
            text: piece.trim().to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    const PROSE: &str = "过去的一年，全县上下坚持稳中求进工作总基调，扎实推进各项工作，经济社会保持平稳健康发展态势，全年地区生产总值增长6.1%。";

    fn texts(text: &str) -> Vec<String> {
        split_run_together(read_lines(text))
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn a_report_run_together_on_one_line_is_cut_at_its_line_ends() {
        let text = format!(
            "2016年某某县政府工作报告 ——2016年1月12日在某某县第十七届人民代表大会第六次会议上 县长 刘 强 各位代表： {PROSE} 一、2015年工作回顾 {PROSE} {PROSE} 二、2016年工作安排 {PROSE}"
        );
        assert_eq!(
            texts(&text),
            [
                "2016年某某县政府工作报告",
                "——2016年1月12日在某某县第十七届人民代表大会第六次会议上",
                "县长 刘 强",
                "各位代表：",
                PROSE,
                "一、2015年工作回顾",
                PROSE,
                PROSE,
                "二、2016年工作安排",
                PROSE,
            ]
        );
    }

    #[test]
    fn a_long_line_with_few_line_ends_or_a_text_of_lines_stays() {
        // One long paragraph with an English phrase; lines already apart.
        let one = format!("{PROSE}{PROSE}{PROSE}{PROSE} GDP growth {PROSE}");
        assert_eq!(texts(&one), [one]);
        let lines = format!("一、2015年工作回顾 {PROSE}\n{PROSE} {PROSE}\n二、安排 {PROSE}");
        let before: Vec<String> = read_lines(&lines).into_iter().map(|l| l.text).collect();
        assert_eq!(texts(&lines), before);
    }
}
