//! Text Word copied out of a PDF breaks its line wherever the script
//! changes, as it breaks a space there (`digit_spacing.rs`): a number or a
//! Latin word stands on a line of its own between the Chinese it belongs
//! to (`生产总值` / `6.66` / `万亿元，财政总收入`, `——` / `2030` / `年` / `1` /
//! `月`…). In a text that does so again and again, each such line is one
//! printed line again with the pieces on either side, before the page's
//! furniture, its width and its header are read. Where the text was also
//! wrapped at a printed width, no piece joins past that width: there the
//! printed line ended at the number.

use crate::clean::metadata::{is_delivery_line, parse_metadata_line};
use crate::clean::pages::is_page_marker;
use crate::clean::wrap::Wrap;
use report_core::text::layout::{display_width, ends_sentence, opens_with_outline_number, Line};
use report_core::text::numbers::{MAGNITUDES, UNITS};

/// Fewest lines of a number alone before the text is read as broken at
/// each change of script.
const SCRIPT_RUNS_MIN: usize = 5;
/// Longest number or Latin word read as one run of its script.
const SCRIPT_RUN_MAX_CHARS: usize = 24;

/// A line that is one run of digits or Latin letters (a number with its
/// decimal point, `%`, a date's `-`), no page number.
fn is_script_run(text: &str) -> bool {
    text.chars().count() <= SCRIPT_RUN_MAX_CHARS
        && text.chars().any(|c| c.is_ascii_alphanumeric())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".%％-+/:·".contains(c))
        && !is_page_marker(text)
}

/// What a number's own words open on, on the line after it: its unit or
/// magnitude (`万亿元`, `年`, `个`), or the clause mark after it.
fn goes_on_after_a_number(text: &str) -> bool {
    UNITS.iter().any(|u| text.starts_with(u))
        || MAGNITUDES.iter().any(|(m, _)| text.starts_with(m))
        || text.starts_with(|c| "年月日号%％，、。；：）》”".contains(c))
}

/// The line after a number goes on with the line it joined: the number's
/// unit or clause mark, or words that open no line of their own (a field,
/// a delivery line, an outline number) after a line that is no field.
fn goes_on_after(before: &str, text: &str) -> bool {
    goes_on_after_a_number(text)
        || !text.starts_with(|c: char| c.is_ascii())
            && !ends_sentence(before)
            && parse_metadata_line(before).is_none()
            && parse_metadata_line(text).is_none()
            && !is_delivery_line(text)
            && !opens_with_outline_number(text)
}

/// A line a number may join: it ends mid-sentence, not on a menu's closing
/// `】`, and is no labelled field with its value (`来源：某某日报`) but one
/// waiting for it (`时间：`).
fn open_for_a_number(text: &str) -> bool {
    !ends_sentence(text)
        && !text.ends_with(['】', ']'])
        && (parse_metadata_line(text).is_none() || text.ends_with(['：', ':']))
}

/// The lines with each number or Latin word broken out by the change of
/// script joined with the pieces around it, where the text breaks so
/// again and again (most such lines followed by their unit or clause).
pub(crate) fn join_script_breaks(lines: Vec<Line>) -> Vec<Line> {
    let runs: Vec<bool> = lines.iter().map(|l| is_script_run(&l.text)).collect();
    let count = runs.iter().filter(|r| **r).count();
    let followed = (0..lines.len())
        .filter(|&i| {
            runs[i]
                && lines
                    .get(i + 1)
                    .is_some_and(|n| goes_on_after_a_number(&n.text))
        })
        .count();
    if count < SCRIPT_RUNS_MIN || followed * 2 < count {
        return lines;
    }
    // The printed width, read from the lines that hold no change of
    // script at either end (whole printed lines, or a paragraph's last).
    let whole: Vec<Line> = (0..lines.len())
        .filter(|&i| {
            ![i.wrapping_sub(1), i, i + 1]
                .iter()
                .any(|&j| runs.get(j).copied().unwrap_or(false))
        })
        .map(|i| lines[i].clone())
        .collect();
    let width = Wrap::read(&whole).map_or(usize::MAX, |w| w.width());
    let fits = |a: &str, b: &str| display_width(a) + display_width(b) <= width.saturating_add(1);
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut after_run = false;
    for (i, line) in lines.into_iter().enumerate() {
        let joins = match out.last() {
            Some(last) if runs[i] => open_for_a_number(&last.text) && fits(&last.text, &line.text),
            Some(last) if after_run => {
                goes_on_after(&last.text, &line.text) && fits(&last.text, &line.text)
            }
            _ => false,
        };
        after_run = runs[i];
        match out.last_mut() {
            Some(last) if joins => last.text.push_str(&line.text),
            _ => out.push(line),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    fn joined(text: &str) -> Vec<String> {
        join_script_breaks(read_lines(text))
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn numbers_broken_out_by_their_script_join_their_words() {
        let text =
            "某某县\n2030\n年政府工作报告\n——\n2030\n年\n1\n月\n8\n日在某某县人民代表大会上\n\
            全县生产总值\n358.6\n亿元，增长\n6.2%\n。新增企业\n36\n家，引进项目\n42\n个。";
        assert_eq!(
            joined(text),
            [
                "某某县2030年政府工作报告",
                "——2030年1月8日在某某县人民代表大会上",
                "全县生产总值358.6亿元，增长6.2%。新增企业36家，引进项目42个。"
            ]
        );
    }

    #[test]
    fn a_few_numbers_alone_or_a_column_of_cells_stay_apart() {
        // Two numbers alone: no text broken at each change of script.
        let text = "全县生产总值\n358.6\n亿元。\n新增企业\n36\n家。";
        assert_eq!(joined(text).len(), 6);
        // A table copied one cell a line: no unit after its numbers.
        let cells =
            "指标\n数值\n生产总值\n358.6\n财政收入\n21.4\n企业数\n36\n项目数\n42\n投资额\n186.5";
        assert_eq!(joined(cells).len(), 12);
    }
}
