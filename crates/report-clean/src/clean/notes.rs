//! Notes a report marks with circled numbers (`“四上”企业①新增48家`) and the
//! block that explains them at its end (`名词解释：` / `①“四上”企业：…`): the
//! marks are no part of the words they follow, and the block is the
//! report's apparatus, set aside after its body.

use crate::clean::footer_start::FooterStart;
use crate::clean::furniture::is_furniture;
use crate::clean::noise::{is_contact_line, is_footer_line};
use report_core::text::layout::Line;

/// Circled numbers: they mark notes, or label the photos of a page
/// (`①白沙河`).
pub(crate) const CIRCLED: &str = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

pub(crate) fn is_circled(c: char) -> bool {
    CIRCLED.contains(c)
}

/// Circled numbers the text sets after its words (`4169.9亿元①`): they
/// mark notes, and a line that opens with one is the note, no photo's label.
pub(crate) fn note_marks(lines: &[Line]) -> Vec<char> {
    let mut marks: Vec<char> = lines
        .iter()
        .flat_map(|l| l.text.chars().skip(1).filter(|c| is_circled(*c)))
        .collect();
    marks.sort_unstable();
    marks.dedup();
    marks
}

/// Words that head a block of notes.
const NOTES_LABELS: [&str; 6] = ["名词解释", "注释", "附注", "备注", "说明", "注"];

/// The label alone (`名词解释：`, `注释`), or what follows it where the first
/// note is glued on (`名词解释：①…`, `注：地区生产总值为初步核算数。`).
fn after_notes_label(text: &str) -> Option<&str> {
    let text = text.trim();
    // Appended to the report: `附：名词解释`.
    let text = text
        .strip_prefix('附')
        .and_then(|t| t.strip_prefix([':', '：']))
        .unwrap_or(text);
    NOTES_LABELS.iter().find_map(|label| {
        let rest = text.strip_prefix(label)?;
        if rest.is_empty() {
            return Some(rest);
        }
        let rest = rest.strip_prefix([':', '：'])?.trim_start();
        Some(rest)
    })
}

/// The label of the documents a report says are attached (`附件：`,
/// `附件：1.某某项目表` with the first glued on), and what follows it.
fn after_attachments_label(text: &str) -> Option<&str> {
    let rest = text.trim().strip_prefix("附件")?;
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    if rest.is_empty() {
        return Some(rest);
    }
    Some(rest.strip_prefix([':', '：'])?.trim_start())
}

/// A line of the notes: one opened by a mark the text set after its words,
/// or a notes label (with or without its first note).
fn is_note_line(text: &str, marks: &[char]) -> bool {
    let opens_with_mark = |t: &str| t.chars().next().is_some_and(|c| marks.contains(&c));
    opens_with_mark(text.trim_start())
        || after_notes_label(text).is_some_and(|rest| {
            // `说明` opens prose too: only a label alone, or one over a note.
            rest.is_empty() || opens_with_mark(rest) || text.trim_start().starts_with("注")
        })
}

/// Where the notes block at the end of the body starts: the last lines
/// before the page's furniture, each a note the text marks or their label,
/// with a label or two notes at least (one note alone may be a caption's
/// neighbour, as a page sets it). `lines.len()` where there is none.
pub(crate) fn notes_block_start(lines: &[Line], marks: &[char]) -> usize {
    let end = FooterStart::read(lines).from;
    let mut last = end;
    while last > 0 && {
        let t = &lines[last - 1].text;
        is_furniture(t) || is_footer_line(t) || is_contact_line(t)
    } {
        last -= 1;
    }
    let mut start = last;
    while start > 0 && {
        let t = &lines[start - 1].text;
        is_note_line(t, marks) || opens_with_list_number(t)
    } {
        start -= 1;
    }
    // The attached documents' titles under their label, at the end: their
    // list, the documents not in the text (an attachment in words goes on
    // in sentences, and is the report's).
    let titles = lines[..last]
        .iter()
        .rposition(|l| !l.is_short())
        .map_or(0, |prose| prose + 1);
    let attached = (titles..last).find(|&i| after_attachments_label(&lines[i].text).is_some());
    if let Some(at) = attached.filter(|&at| {
        // Each a document's title numbered as a list's item (a table's
        // rows under its label are the attachment itself).
        let first = after_attachments_label(&lines[at].text).unwrap_or_default();
        (first.is_empty() || opens_with_item_number(first) || at + 1 == last)
            && lines[at + 1..last]
                .iter()
                .all(|l| opens_with_item_number(&l.text))
    }) {
        return at;
    }
    // Notes numbered as a list (`1.“415X”产业集群：…`) only under their
    // label: a list ending the report is its own.
    let label = (start..last).find(|&i| after_notes_label(&lines[i].text).is_some());
    let marked = lines[start..last]
        .iter()
        .all(|l| is_note_line(&l.text, marks));
    match label {
        Some(at) => at,
        None if marked && last - start >= 2 => start,
        None => lines.len(),
    }
}

/// A list's number opening a title, `2.2024年…` too.
fn opens_with_item_number(text: &str) -> bool {
    let inner = text.trim_start().trim_start_matches(['（', '(']);
    let digits = inner.chars().take_while(char::is_ascii_digit).count();
    digits > 0
        && matches!(
            inner.chars().nth(digits),
            Some('.' | '．' | '、' | '）' | ')')
        )
}

/// `1.`, `2、`, `（3）`, `(4)`, `[5]`, `〔6〕` opening a line.
fn opens_with_list_number(text: &str) -> bool {
    let text = text.trim_start();
    let square = text.strip_prefix(['[', '［', '〔']).is_some_and(|t| {
        let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
        rest.len() < t.len() && rest.starts_with([']', '］', '〕'])
    });
    if square {
        return true;
    }
    let inner = text.strip_prefix(['（', '(']).unwrap_or(text);
    let digits = inner.chars().take_while(char::is_ascii_digit).count();
    let after = inner.chars().nth(digits);
    digits > 0
        && if inner.len() < text.len() {
            matches!(after, Some('）' | ')'))
        } else {
            matches!(after, Some('.' | '．' | '、'))
                && !inner
                    .chars()
                    .nth(digits + 1)
                    .is_some_and(|c| c.is_ascii_digit())
        }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    const NOTED: &str =
        "过去一年，“四上”企业①新增48家，完成“两供两治”②项目12个，全年地区生产总值增长4.9%。";

    #[test]
    fn a_labelled_block_of_notes_at_the_end_is_set_apart() {
        for tail in [
            "名词解释：\n①“四上”企业：规模以上工业企业等。\n②“两供两治”：供水、供气、污水治理、垃圾治理。",
            "名词解释：①“四上”企业：规模以上工业企业等。\n②“两供两治”：供水、供气。\n责任编辑：张三",
        ] {
            let lines = read_lines(&format!("一、工作回顾\n{NOTED}\n{tail}"));
            let marks = note_marks(&lines);
            assert_eq!(notes_block_start(&lines, &marks), 2, "{tail}");
        }
    }

    #[test]
    fn prose_and_a_lone_mark_no_sentence_uses_are_no_notes() {
        // `①白沙河` labels a photo: no sentence set ① after its words.
        let lines = read_lines("一、工作回顾\n全年地区生产总值增长4.9%。\n①白沙河\n②潍汶河");
        let marks = note_marks(&lines);
        assert_eq!(notes_block_start(&lines, &marks), lines.len());
        // A paragraph opening on 说明 is prose, not a label.
        let lines = read_lines(&format!(
            "{NOTED}\n说明：今年的任务依然繁重，我们要迎难而上。"
        ));
        let marks = note_marks(&lines);
        assert_eq!(notes_block_start(&lines, &marks), lines.len());
    }

    #[test]
    fn notes_numbered_as_a_list_under_their_label_are_set_apart() {
        let lines = read_lines(&format!(
            "{NOTED}\n名词解释\n1.“415X”产业集群：指4个世界级先进产业群。\n2.“两业融合”：先进制造业和现代服务业融合。"
        ));
        let marks = note_marks(&lines);
        assert_eq!(notes_block_start(&lines, &marks), 1);
        // A list ending the report under no label is the report's.
        let lines = read_lines(&format!(
            "{NOTED}\n1.坚持稳中求进，推动高质量发展。\n2.坚持以人民为中心，办好民生实事。"
        ));
        let marks = note_marks(&lines);
        assert_eq!(notes_block_start(&lines, &marks), lines.len());
    }

    #[test]
    fn a_list_of_attached_documents_at_the_end_is_set_apart() {
        for tail in [
            "附件：1.2024年县政府重点民生实事\n2.2024年重点项目投资计划表",
            "附件：",
            "附件：2024年重点项目投资计划表",
            "附：名词解释\n1.新质生产力：创新起主导作用的先进生产力质态。",
            "注释\n[1]“两重”建设：指国家重大战略实施和重点领域安全能力建设。\n［2］“三大工程”：指保障性住房建设等。",
        ] {
            let lines = read_lines(&format!("{NOTED}\n{tail}"));
            let marks = note_marks(&lines);
            assert_eq!(notes_block_start(&lines, &marks), 1, "{tail}");
        }
        // An attachment written out in sentences, or a table's rows under
        // its label, is the report's.
        let lines = read_lines(&format!(
            "{NOTED}\n附件：2024年民生实事项目表\n项目 内容 责任单位\n教育 新建学校3所 县教育局"
        ));
        let marks = note_marks(&lines);
        assert_eq!(notes_block_start(&lines, &marks), lines.len());
        let lines = read_lines(&format!(
            "{NOTED}\n附件：\n1.新建学校3所，改造老旧小区25个，新增城镇就业3500人。"
        ));
        let marks = note_marks(&lines);
        assert_eq!(notes_block_start(&lines, &marks), lines.len());
    }

    #[test]
    fn a_stated_note_under_its_label_is_set_apart() {
        let lines = read_lines(&format!("{NOTED}\n注：地区生产总值为初步核算数。"));
        let marks = note_marks(&lines);
        assert_eq!(notes_block_start(&lines, &marks), 1);
    }
}
