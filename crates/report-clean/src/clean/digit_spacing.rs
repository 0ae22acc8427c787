//! Text taken out of a PDF (or a Word file set in two fonts) puts a space
//! wherever the font changes between digits and Chinese: `2022 年`,
//! `165.8 亿元`, `—— 2023 年 1 月 10 日在…`. Chinese never spaces a number
//! from its unit or year, so in a text that does so again and again the
//! spaces are the font's, and close up before anything reads dates or
//! figures. A table's cells stay apart: a number with no unit after it
//! (`地区生产总值 758.6 4.2`) and lines without a sentence's marks keep their
//! spaces before digits.

use report_core::text::fold::is_han;
use report_core::text::layout::Line;

/// How many numbers spaced from their unit or year a text must hold before
/// its spaces are taken for a font's (one may be a writer's slip).
const SPACED_NUMBERS_MIN: usize = 3;

/// Closes the font's spaces between numbers and Chinese in a text that
/// spaces them throughout; other texts are returned as they are.
pub fn close_digit_spacing(mut lines: Vec<Line>) -> Vec<Line> {
    let spaced: usize = lines.iter().map(|l| spaced_units(&l.text)).sum();
    if spaced < SPACED_NUMBERS_MIN {
        return lines;
    }
    for line in &mut lines {
        line.text = close_line(&line.text);
    }
    lines
}

/// Characters that follow a number as its unit, year or date part.
fn is_unit_start(c: char) -> bool {
    matches!(
        c,
        '年' | '月'
            | '日'
            | '亿'
            | '万'
            | '千'
            | '元'
            | '个'
            | '%'
            | '％'
            | '人'
            | '户'
            | '吨'
            | '倍'
    )
}

/// Numbers written `2022 年`, `165.8 亿元`, `6.5 %` on the line.
fn spaced_units(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .filter(|w| w[0].is_ascii_digit() && w[1] == ' ' && is_unit_start(w[2]))
        .count()
}

fn is_number_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '.' | '%')
}

/// Whether the number starting at `from` runs into Chinese or a percent
/// (once its own spaces are closed): a figure, not a table's bare cell.
fn number_runs_into_words(chars: &[char], from: usize) -> bool {
    let end = number_end(chars, from);
    let next = chars.get(end).copied();
    let after_space = chars.get(end + 1).copied();
    match next {
        Some(c) if c == '%' || is_han(c) => true,
        Some(' ') => after_space.is_some_and(|c| c == '%' || is_unit_start(c)),
        _ => false,
    }
}

fn number_end(chars: &[char], from: usize) -> usize {
    (from..chars.len())
        .find(|&k| !(chars[k].is_ascii_digit() || chars[k] == '.'))
        .unwrap_or(chars.len())
}

/// A month or a day after a space (`2023年 1月 10日`): no table cell opens
/// on one.
fn is_month_or_day(chars: &[char], from: usize) -> bool {
    let end = number_end(chars, from);
    let unit = (end..chars.len()).find(|&k| chars[k] != ' ');
    unit.is_some_and(|k| matches!(chars[k], '月' | '日'))
}

fn close_line(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let prose = chars.iter().any(|c| matches!(c, '，' | '。' | '；' | '、'));
    let mut out = String::with_capacity(text.len());
    for (k, &c) in chars.iter().enumerate() {
        if c == ' ' && k > 0 && k + 1 < chars.len() {
            let (before, after) = (chars[k - 1], chars[k + 1]);
            let number_then_word = is_number_char(before) && (is_han(after) || after == '%');
            // A delivery line's dash or bracket opens no cell either.
            let opens_a_date = matches!(before, '—' | '（') || is_month_or_day(&chars, k + 1);
            let word_then_number = (prose || opens_a_date)
                && (is_han(before) || matches!(before, '—' | '（' | '，' | '、'))
                && after.is_ascii_digit()
                && number_runs_into_words(&chars, k + 1);
            let full_width_mark =
                is_number_char(before) && matches!(after, '，' | '。' | '；' | '）');
            if number_then_word || word_then_number || full_width_mark {
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    fn closed(text: &str) -> Vec<String> {
        close_digit_spacing(read_lines(text))
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn a_pdfs_spaces_around_numbers_close_up() {
        let lines = closed(
            "—— 2023 年 1 月 10 日在某某县第十七届人民代表大会第二次会议上\n\
             2022 年，全县地区生产总值完成 165.8 亿元，同比增长 3.2%；接待游客 1526.3 万人次。\n\
             全县地区生产总值增长 6.5% 左右。",
        );
        assert_eq!(
            lines,
            [
                "——2023年1月10日在某某县第十七届人民代表大会第二次会议上",
                "2022年，全县地区生产总值完成165.8亿元，同比增长3.2%；接待游客1526.3万人次。",
                "全县地区生产总值增长6.5%左右。",
            ]
        );
    }

    #[test]
    fn a_tables_cells_stay_apart() {
        let lines = closed(
            "2022 年，地区生产总值 165.8 亿元。\n\
             2023 年主要指标\n\
             指标 2024 年目标 完成值\n\
             地区生产总值 758.6 4.2",
        );
        assert_eq!(lines[2], "指标 2024年目标 完成值");
        assert_eq!(lines[3], "地区生产总值 758.6 4.2");
    }

    #[test]
    fn a_text_that_spaces_a_number_once_is_left_as_written() {
        let text = "全县 2022 年工作回顾\n地区生产总值完成165.8亿元。";
        assert_eq!(
            closed(text),
            ["全县 2022 年工作回顾", "地区生产总值完成165.8亿元。"]
        );
    }
}
