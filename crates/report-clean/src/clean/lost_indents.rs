//! A paragraph's indent a copy lost to question marks: two ideographic
//! spaces saved in a code page that lacks them come out as `??`
//! (`??2030年1月5日在…会议上`, `??经济综合实力迈上新台阶。`).

use report_core::text::fold::is_han;
use report_core::text::layout::Line;

/// The lines with the question marks opening them taken off, where they
/// stand for a lost indent: ASCII `?` alone before the line's first Han
/// character or figure (a question the text asks ends on its mark, never
/// opens on it).
pub(crate) fn without_lost_indents(mut lines: Vec<Line>) -> Vec<Line> {
    for line in &mut lines {
        let rest = line.text.trim_start().trim_start_matches('?');
        let lost = rest.len() < line.text.trim_start().len()
            && rest
                .chars()
                .next()
                .is_some_and(|c| is_han(c) || c.is_ascii_digit());
        if lost {
            line.text = rest.to_string();
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    fn texts(text: &str) -> Vec<String> {
        without_lost_indents(read_lines(text))
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn question_marks_opening_a_line_before_its_text_are_a_lost_indent() {
        assert_eq!(
            texts("??2030年1月5日在某某市第九届人民代表大会第一次会议上\n??经济持续增长。\n"),
            [
                "2030年1月5日在某某市第九届人民代表大会第一次会议上",
                "经济持续增长。"
            ]
        );
    }

    #[test]
    fn marks_elsewhere_or_before_latin_letters_stay() {
        let kept = "什么是高质量发展??\n??? what\n收入增长1.6?36.9?61.5\n";
        assert_eq!(
            texts(kept),
            ["什么是高质量发展??", "??? what", "收入增长1.6?36.9?61.5"]
        );
    }
}
