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
    let mut letter_spaced = 0;
    for line in &mut lines {
        if let Some((closed, n)) = close_letter_spaced_numbers(&line.text, Spacing::Title) {
            line.text = closed;
            letter_spaced += n;
        }
    }
    // A text that letter-spaces its numbers again and again does so to
    // every number (a typeset copy: `增长1 5 ．3 ％`, `2 2 平方米`).
    if letter_spaced >= SPACED_NUMBERS_MIN {
        for line in &mut lines {
            if let Some((closed, _)) = close_letter_spaced_numbers(&line.text, Spacing::Throughout)
            {
                line.text = closed;
            }
        }
    }
    let spaced: usize = lines.iter().map(|l| spaced_units(&l.text)).sum();
    if spaced < SPACED_NUMBERS_MIN {
        return lines;
    }
    for line in &mut lines {
        line.text = close_line(&line.text);
    }
    lines
}

/// Digits a number must have before its letter-spacing is taken for a
/// title's (`1 9 9 8 年`), not a row of one-digit cells.
const LETTER_SPACED_DIGITS_MIN: usize = 3;

/// Where letter-spaced numbers are read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Spacing {
    /// Any text: three digits or more before a unit or year.
    Title,
    /// A text that spaces its numbers so throughout: any number, a decimal
    /// point among its digits, spaced from any word or percent after it.
    Throughout,
}

fn is_decimal_point(c: char) -> bool {
    matches!(c, '.' | '．')
}

/// A number set letter-spaced as a title or heading sets its characters,
/// one digit a space apart and then its unit or year: `关于1 9 9 8 年政府
/// 工作的建议` reads `关于1998年政府工作的建议`. Wherever it stands, in any
/// text: single digits so spaced before a unit are no table's cells.
/// Returns the line and how many it closed, `None` where it has none.
fn close_letter_spaced_numbers(text: &str, spacing: Spacing) -> Option<(String, usize)> {
    let throughout = spacing == Spacing::Throughout;
    let min_digits = if throughout {
        1
    } else {
        LETTER_SPACED_DIGITS_MIN
    };
    let joins = |c: char| c.is_ascii_digit() || throughout && is_decimal_point(c);
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut closed = 0;
    let mut k = 0;
    while k < chars.len() {
        // No number opens on 0 (`二 0 0 6 年` is no number of its own).
        let starts_number = matches!(chars[k], '1'..='9')
            && (k == 0 || !(chars[k - 1].is_ascii_digit() || is_decimal_point(chars[k - 1])));
        if starts_number {
            // Digits one space apart: d d d …
            let mut end = k + 1;
            let mut digits = 1;
            // A decimal point may stand apart or close (`1 5 ．3`, `1 5．3`).
            loop {
                let step = match (chars.get(end), chars.get(end + 1)) {
                    (Some(' '), Some(&next)) if joins(next) => 2,
                    (Some(&c), _) if joins(c) && throughout => 1,
                    _ => break,
                };
                end += step;
                digits += usize::from(chars[end - 1].is_ascii_digit());
            }
            let single = end >= chars.len() || !joins(chars[end]);
            let unit_at = if chars.get(end) == Some(&' ') {
                end + 1
            } else {
                end
            };
            let unit = chars.get(unit_at).copied().is_some_and(|c| {
                is_unit_start(c) || throughout && (is_han(c) || matches!(c, '％' | '%' | '‰'))
            });
            let ends_on_digit = chars[end - 1].is_ascii_digit();
            let spaced = chars[k..unit_at].contains(&' ');
            if digits >= min_digits && single && unit && ends_on_digit && spaced {
                out.extend(chars[k..end].iter().filter(|c| **c != ' '));
                k = unit_at;
                closed += 1;
                continue;
            }
        }
        out.push(chars[k]);
        k += 1;
    }
    (closed > 0).then_some((out, closed))
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
    fn a_letter_spaced_number_closes_up_in_any_text() {
        let lines = closed(
            "二、关于1 9 9 8 年政府工作的建议
             二 0 0 6 年的 2 0 0 6 年度
             1 2 3 4 5
             指标 1 2 3
             地区生产总值 12 3 5 亿元",
        );
        assert_eq!(lines[0], "二、关于1998年政府工作的建议");
        assert_eq!(lines[1], "二 0 0 6 年的 2006年度");
        // Rows of one-digit cells, and numbers of more digits, stay apart.
        assert_eq!(lines[2], "1 2 3 4 5");
        assert_eq!(lines[3], "指标 1 2 3");
        assert_eq!(lines[4], "地区生产总值 12 3 5 亿元");
    }

    #[test]
    fn a_text_that_letter_spaces_its_numbers_throughout_closes_every_one() {
        let text = "本届政府从1 9 9 3 年3 月就职。\n\
             1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，年均增长1 1 ．2 ％。\n\
             人均住房面积增加到2 2 平方米，自然增长率1 0 ．0 6 ‰。";
        assert_eq!(
            closed(text),
            [
                "本届政府从1993年3月就职。",
                "1997年国内生产总值达到74772亿元，年均增长11．2％。",
                "人均住房面积增加到22平方米，自然增长率10．06‰。",
            ]
        );
        // Alone, a two-digit number so spaced is a writer's, left as it is.
        assert_eq!(closed("增加到2 2 平方米。"), ["增加到2 2 平方米。"]);
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
