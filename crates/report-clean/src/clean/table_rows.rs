//! A table the text keeps as lines of cells, as a page's `<tr>` becomes a
//! line: its rows and its caption or unit line stand with it in the body,
//! heading nothing.

use crate::clean::furniture::is_separator_line;
use report_core::text::fold::{is_han, is_space};
use report_core::text::layout::{ends_sentence, Line};

/// Cells a table row has at least, and how many of them are words.
const TABLE_ROW_MIN_CELLS: usize = 3;
const TABLE_ROW_MIN_WORDS: usize = 2;

/// A row of a table in the report, as a page's `<tr>` becomes a line of
/// cells: `地区生产总值增速 % 7 5.1`, or the header row over such a row
/// (`指标 单位 2023年目标 完成情况`). A heading's words may stand apart too
/// (`强化创新驱动 提升产业能级 推动高质量发展`), but no cell of one is a
/// bare number.
pub(crate) fn is_table_row(text: &str, next: Option<&Line>) -> bool {
    let cells_of = |text: &str| -> Option<Vec<String>> {
        let text = without_thousands_spaces(text);
        let cells: Vec<String> = text
            .split(is_space)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect();
        let words = cells.iter().filter(|c| c.chars().count() >= 2).count();
        (cells.len() >= TABLE_ROW_MIN_CELLS
            && words >= TABLE_ROW_MIN_WORDS
            && !ends_sentence(&text))
        .then_some(cells)
    };
    let has_number = |cells: &[String]| {
        cells.iter().any(|c| {
            c.chars().any(|ch| ch.is_ascii_digit())
                && c.chars()
                    .all(|ch| ch.is_ascii_digit() || ".%-+—".contains(ch))
                || is_figure_cell(c)
        })
    };
    let Some(cells) = cells_of(text) else {
        return false;
    };
    has_number(&cells)
        || next
            .and_then(|n| cells_of(&n.text))
            .is_some_and(|next_cells| has_number(&next_cells))
}

/// Clause marks of a sentence, which a table's cells do not hold (a comma
/// between digits groups a figure's thousands, `12,345`). No enumeration
/// comma: a row's label can list trades with it (`农、林、牧、渔业 3 456`).
const CLAUSE_MARKS: [char; 3] = ['，', '；', ';'];

/// `…第一产业88 366万元，第二产业51 203万元…`: a figure set with a space
/// between its thousands, as printed copies of the 1990s and 2000s set
/// them, in a line of prose (a clause mark in it): the figures closed up,
/// so their groups read as no table's cells. A row of cells (`指标 2022
/// 2023`, `地区生产总值 758.6 4.2`) holds no clause mark and keeps its
/// spaces; nor is a year or a decimal three digits after a space.
fn without_thousands_spaces(text: &str) -> std::borrow::Cow<'_, str> {
    let prose = text.contains(CLAUSE_MARKS)
        || text
            .char_indices()
            .any(|(i, c)| c == ',' && !text[i + 1..].starts_with(|d: char| d.is_ascii_digit()));
    if !prose {
        return text.into();
    }
    let chars: Vec<char> = text.chars().collect();
    let groups_thousands = |i: usize| {
        i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.len() >= i + 4
            && chars[i + 1..i + 4].iter().all(char::is_ascii_digit)
            && chars
                .get(i + 4)
                .is_none_or(|c| !c.is_ascii_digit() && *c != '.')
    };
    (0..chars.len())
        .filter(|&i| !(chars[i] == ' ' && groups_thousands(i)))
        .map(|i| chars[i])
        .collect::<String>()
        .into()
}

/// Bars a run of a grid's empty cells holds at least (`| ||`): two may
/// close a row whose last cell is empty (`规章 | 0 | |`).
const EMPTY_CELLS_MIN_BARS: usize = 3;

/// The lines without a page grid's empty cells, as a page's layout table
/// becomes text: a run of bars closing a line that holds no other bar, with
/// bars side by side in it (`||||…`, `| |||||||||`), is the grid's, not the
/// line's (`某某街道2030年政府信息公开工作年度报告 ||||…`); and a line of
/// bars alone, or of a table's rule (`---|---|`), goes. A row of the
/// report's own table keeps its empty cells, each cell set off by spaces
/// (`三、本年度办理结果 | | | |`, a note row): cut, it would read as a
/// heading or a paragraph.
pub(crate) fn without_empty_cells(lines: Vec<Line>) -> Vec<Line> {
    lines
        .into_iter()
        .filter_map(|mut line| {
            if !line.text.contains('|') {
                return Some(line);
            }
            if is_separator_line(&line.text) {
                return None;
            }
            let kept = line
                .text
                .trim_end_matches(|c: char| c == '|' || c.is_whitespace());
            let run = &line.text[kept.len()..];
            if run.matches('|').count() >= EMPTY_CELLS_MIN_BARS
                && run.contains("||")
                && !kept.contains('|')
            {
                line.text = kept.to_string();
            }
            Some(line)
        })
        .collect()
}

/// A table's caption or its unit line (`表1　2024年主要经济指标完成情况`,
/// `附表2 …`, `单位：亿元、%`): it stands with the table, heading nothing.
pub(crate) fn is_table_caption(text: &str) -> bool {
    let numbered = text
        .strip_prefix("附表")
        .or_else(|| text.strip_prefix('表'))
        .is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        });
    numbered || text.starts_with("单位：") || text.starts_with("单位:")
}

/// Verbs of change a table's cell may open with (`增长5.5%`).
const CELL_CHANGES: [&str; 4] = ["增长", "下降", "增", "降"];
/// Characters a unit after a cell's number holds at most (`万标准箱`).
const CELL_UNIT_MAX_CHARS: usize = 4;

/// A cell that is a figure with its unit (`84.6亿元`, `增长5.5%`), not a
/// year or a day (`2023年`): what a table's row holds where its header
/// names no unit column.
fn is_figure_cell(cell: &str) -> bool {
    let rest = CELL_CHANGES
        .iter()
        .find_map(|w| cell.strip_prefix(w))
        .unwrap_or(cell);
    let digits_end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    let unit = &rest[digits_end..];
    digits_end > 0
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && !unit.is_empty()
        && unit.chars().count() <= CELL_UNIT_MAX_CHARS
        && !unit.starts_with(['年', '月', '日', '、', '.'])
        && unit.chars().all(|c| c == '%' || is_han(c))
}

/// Marks that open the items of a list set out line by line.
pub(crate) const BULLETS: [char; 7] = ['●', '•', '▪', '◆', '■', '▲', '►'];

/// (26e) `●起诉某某犯罪1.5万人`: an item of a bulleted list that holds a
/// statistic (a number the figures reader reads with its unit or measure:
/// `7.2万人`, `1500人`, `增长6.5%`) is a line of data, however short, and
/// heads nothing. A numbered heading behind a bullet (`●（1）稳定经济增长`,
/// `■ 第1章 总则`, `◆2021—2025年发展目标`, `◆ 2个方面的突出问题`) holds
/// no such figure and stays a heading.
pub(crate) fn is_bulleted_figure(text: &str) -> bool {
    let Some(rest) = text.trim_start().strip_prefix(BULLETS) else {
        return false;
    };
    crate::clean::figures::paragraph_figures(rest.trim_start(), 0, 0, None)
        .iter()
        .any(|f| !f.unit.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_and_cells() {
        assert!(is_table_caption("表1　2024年主要经济指标完成情况"));
        // 表彰 opens no caption.
        assert!(!is_table_caption("表彰先进集体"));
        assert!(is_figure_cell("84.6亿元"));
        // A heading with a year among its phrases stays a heading.
        assert!(!is_figure_cell("2023年"));
    }

    #[test]
    fn a_numbered_heading_behind_a_bullet_is_no_line_of_data() {
        for heading in [
            "●（1）稳定经济增长",
            "■ 第1章 总则",
            "◆ 2030—2031学年教育事业",
            "● 5G网络建设",
            "◆2031—2035年发展目标",
            "●“3+N”产业体系",
            "▲第2节 社会事业",
            "◆ 2个方面的突出问题",
            "●第3部分 民生实事",
            "■ 2030年1—6月主要指标分析",
            "●2030年工作回顾",
        ] {
            assert!(!is_bulleted_figure(heading), "{heading}");
        }
        for data in [
            "●批捕7.2万人，起诉16.8万人",
            "●起诉某某犯罪1500人",
            "◆ 某某县生产总值增长6.5%",
        ] {
            assert!(is_bulleted_figure(data), "{data}");
        }
    }
}
