//! A row of a page's grid of fields above the headline, whatever its
//! labels: `温度：25℃ 天气：多云 风向：南风`, `公开方式 | 主动公开 |`. A
//! headline names what it is in words, not in labelled fields or cells.

use crate::clean::header_run::opens_on_salutation;
use crate::clean::title_lines::names_a_report;
use report_core::text::fold::is_han;
use report_core::text::layout::{has_sentence_end, opens_with_outline_number};

/// Most characters of a field's label (`风向风速`, `公开范围`, `文 号`).
const LABEL_MAX_CHARS: usize = 6;
/// Fewest labels (or cells) a row of fields holds.
const ROW_MIN_FIELDS: usize = 2;

/// A line of two or more labelled fields (`温度：25-36℃ 天气现象：多云`)
/// or of cells between bars (`公开方式 | 主动公开 |`), naming no report
/// and ending no sentence: a row of the page's grid, no headline.
pub(crate) fn is_field_row(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() || has_sentence_end(text) {
        return false;
    }
    // A grid's row of cells opens on a label (`组配分类： | 政府工作报告 |`):
    // the value may name a kind of report, the row is still the grid's.
    cells(text) >= ROW_MIN_FIELDS && opens_on_label_cell(text)
        || bracketed_labels(text) >= BRACKETED_MIN_FIELDS
        || !names_a_report(text)
            && (labels(text) >= ROW_MIN_FIELDS || cells(text) >= ROW_MIN_FIELDS)
}

/// Fewest labels in square brackets a row holds (`[ 索引号 ]… [ 发布机构 ]…
/// [ 成文日期 ]…`): two may be a headline's tags (`[视频][全文]`).
const BRACKETED_MIN_FIELDS: usize = 3;

/// How many labels in square brackets the line holds: a few Han characters
/// (spaces around and between them allowed), each followed by its value or
/// by the next label; none unless [`BRACKETED_MIN_VALUES`] of them have a
/// value (a headline's tags run together, `[视频][图文][全文]某某…`, have
/// one: the headline).
fn bracketed_labels(text: &str) -> usize {
    let labelled: Vec<&str> = text
        .split(['[', '［'])
        .skip(1)
        .filter_map(|cell| {
            let (label, value) = cell.split_once([']', '］'])?;
            let label: String = label.chars().filter(|c| !c.is_whitespace()).collect();
            ((2..=LABEL_MAX_CHARS).contains(&label.chars().count()) && label.chars().all(is_han))
                .then_some(value)
        })
        .collect();
    let valued = labelled
        .iter()
        .filter(|value| !value.trim().is_empty())
        .count();
    if valued >= BRACKETED_MIN_VALUES {
        labelled.len()
    } else {
        0
    }
}

/// Fewest labels in square brackets with a value after them in a row.
const BRACKETED_MIN_VALUES: usize = 2;

/// Most characters of the line under an empty field that is no prose: the
/// next field, or a speaker's line (`县长 张某某`).
const UNDER_EMPTY_FIELD_MAX_CHARS: usize = 20;

/// A field the page left empty, its label and colon alone on the line
/// (`关联稿件：`, `• 信息类别：`), over a line that is no prose (the next
/// field, a speaker's line), or set as a list's item: a row of the
/// page's grid. A salutation that
/// ends the same way (`各位代表：`) is followed by the speech, or by the
/// report's first part (`一、…`).
pub(crate) fn is_empty_field(text: &str, next: Option<&str>) -> bool {
    let unbulleted = text.trim().trim_start_matches(['•', '·', '*']).trim_start();
    let Some(label) = unbulleted.strip_suffix([':', '：']) else {
        return false;
    };
    let n = label.chars().count();
    // No salutation is set as a list's item.
    let bulleted = unbulleted.len() < text.trim().len();
    (2..=LABEL_MAX_CHARS).contains(&n)
        && label.chars().all(is_han)
        && !addresses_people(label)
        && (bulleted
            || next.is_some_and(|next| {
                // Not the salutation's other addressees (`同志们：`) or its
                // translation (`Fellow Deputies,`).
                next.chars().count() <= UNDER_EMPTY_FIELD_MAX_CHARS
                    && !has_sentence_end(next)
                    && !opens_with_outline_number(next.trim())
                    && !next.trim_end().ends_with([':', '：'])
                    && next.chars().any(is_han)
                    && !next.chars().any(|c| c.is_ascii_alphabetic())
            }))
}

/// A salutation's addressees, never a field's label whatever follows it
/// (a heading without a number, a line wrapped short): a salutation
/// (`各位代表`), a plural in 们 (`同志们`), or 各位… (`各位领导`).
fn addresses_people(label: &str) -> bool {
    opens_on_salutation(label) || label.ends_with('们') || label.starts_with("各位")
}

/// The first cell between bars is a label: a few Han characters, its
/// colon or none (`公开方式`, `组配分类：`).
fn opens_on_label_cell(text: &str) -> bool {
    let first: String = text
        .split('|')
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches([':', '：'])
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    // A cell naming a report (`政府工作报告 | 某某县人民政府`) is a
    // headline with its site's name, not a label.
    (2..=LABEL_MAX_CHARS).contains(&first.chars().count())
        && first.chars().all(is_han)
        && !names_a_report(&first)
}

/// How many labels the line holds: a few Han characters (spaces between
/// them allowed, `索 引 号`) opening the line or after a space, closed by
/// a colon.
fn labels(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut count = 0;
    let mut start = 0;
    for (at, &c) in chars.iter().enumerate() {
        if c.is_whitespace() {
            // A label starts after a space between fields, not after one
            // inside a label set letter-spaced (`文 号`): a word of two or
            // more characters before the space ends what came before.
            let word = chars[..at]
                .iter()
                .rev()
                .take_while(|c| !c.is_whitespace())
                .count();
            if word > 1 {
                start = at + 1;
            }
            continue;
        }
        if c == ':' || c == '：' {
            let label: String = chars[start..at]
                .iter()
                .filter(|c| !c.is_whitespace())
                .collect();
            let n = label.chars().count();
            if (2..=LABEL_MAX_CHARS).contains(&n) && label.chars().all(is_han) {
                count += 1;
            }
            start = at + 1;
        } else if !is_han(c) {
            start = at + 1;
        }
    }
    count
}

/// How many non-empty cells a line set between bars holds (`a | b |`).
/// Not `｜`: a full-width bar parts a headline from its kicker
/// (`权威｜某某镇2030年工作报告`) as often as cells.
fn cells(text: &str) -> usize {
    if !text.contains('|') {
        return 0;
    }
    text.split('|').filter(|c| !c.trim().is_empty()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_fields_are_no_headline() {
        assert!(is_field_row(
            "温度:25-36℃ 天气现象:多云 风向风速:偏南风3-4级"
        ));
        assert!(is_field_row("公开方式 | 主动公开 |"));
        assert!(is_field_row("文件编号: 有效性: 有效"));
        assert!(!is_field_row("某某县2030年政府工作报告 |"));
        assert!(is_field_row(
            "组配分类: | 政府工作报告 | 公开范围: | 面向全社会 |"
        ));
        assert!(!is_field_row("各位代表:"));
        // A headline with its site's name after a bar (the review's).
        assert!(!is_field_row("政府工作报告 | 某某县人民政府"));
        assert!(!is_field_row("工作报告 | 某某县人大常委会"));
        assert!(!is_field_row("权威｜某某镇2030年工作报告"));
        assert!(!is_field_row("来源：某某日报"));
        assert!(!is_field_row("2030年某某县政府工作报告"));
    }
}
