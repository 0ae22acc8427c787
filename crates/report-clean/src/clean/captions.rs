//! Captions under a page's images: a line marked as one (`资料图`, `图为`,
//! a photographer's credit), a figure's number (`图1：…`), or a note's
//! circled number where the text marks no notes with it.

use crate::clean::furniture::is_photo_caption;
use crate::clean::notes::is_circled;
use report_core::text::layout::Line;

/// Words that mark a short line as an image caption.
const CAPTION_MARKERS: [&str; 8] = [
    "资料图",
    "效果图",
    "供图",
    "摄影",
    "图为",
    "图片来源",
    "（摄）",
    "(摄)",
];

pub(crate) fn caption_text(line: &Line, note_marks: &[char]) -> Option<String> {
    let first = line.text.chars().next()?;
    if is_circled(first) && !note_marks.contains(&first) {
        return Some(line.text[first.len_utf8()..].trim().to_string());
    }
    let marked = line.is_short()
        && (CAPTION_MARKERS.iter().any(|m| line.text.contains(m))
            || is_numbered_figure(&line.text));
    (marked || is_photo_caption(&line.text)).then(|| line.text.clone())
}

/// A figure's number opening a line (`图1：2023年主要经济指标`, `图二 …`),
/// as an illustrated page (图解) captions its images: not `图解`, `图书`.
pub(crate) fn is_numbered_figure(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('图') else {
        return false;
    };
    let number = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c))
        .count();
    number > 0
        && rest
            .chars()
            .nth(number)
            .is_some_and(|c| matches!(c, '：' | ':' | ' ' | '\u{3000}' | '、' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figures_number_opens_a_caption() {
        assert!(is_numbered_figure("图1：2023年主要经济指标"));
        assert!(is_numbered_figure("图二 2024年主要预期目标"));
        assert!(!is_numbered_figure("图解：2024年政府工作报告"));
        assert!(!is_numbered_figure("图书馆新馆建成开放"));
        assert!(!is_numbered_figure("图1"));
    }
}
