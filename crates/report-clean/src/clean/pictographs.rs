//! Pictographs a post sets at its lines' edges (`🔥重磅！…`, `✍️编辑：李娜`,
//! `📍来源：…`, `…全文来了👇`): decoration, as a page's icons are, not the
//! line's words. Taken off a line's start and end before anything reads it,
//! so a headline, a credit or a label is read as it would be without them;
//! a line of pictographs alone is left whole, for the noise to keep.

use report_core::text::layout::Line;

/// Emoji, pictographs, dingbats and the joiners and selectors that build
/// them; not the dingbats' circled numbers (`❶加快…`), which number a list.
fn is_pictograph(c: char) -> bool {
    !('\u{2776}'..='\u{2793}').contains(&c)
        && matches!(c,
        '\u{1F000}'..='\u{1FAFF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2B00}'..='\u{2BFF}'
        | '\u{FE0F}'
        | '\u{200D}'
        | '\u{20E3}')
}

/// The lines with pictographs taken off their edges.
pub(crate) fn without_edge_pictographs(mut lines: Vec<Line>) -> Vec<Line> {
    for line in &mut lines {
        let trimmed = line
            .text
            .trim_matches(|c: char| is_pictograph(c) || c.is_whitespace());
        if !trimmed.is_empty() && trimmed.len() < line.text.len() {
            line.text = trimmed.to_string();
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    #[test]
    fn pictographs_at_a_lines_edges_are_decoration() {
        let text = "🔥重磅！2024年某县政府工作报告全文发布\n👇👇👇\n✍️编辑：李娜\n\
                    👀审核：王强\n全文来了！👇\n点击下方👇小程序\n❶加快产业升级。\n";
        let lines: Vec<String> = without_edge_pictographs(read_lines(text))
            .into_iter()
            .map(|l| l.text)
            .collect();
        assert_eq!(
            lines,
            [
                "重磅！2024年某县政府工作报告全文发布",
                "👇👇👇",
                "编辑：李娜",
                "审核：王强",
                "全文来了！",
                "点击下方👇小程序",
                "❶加快产业升级。",
            ]
        );
    }
}
