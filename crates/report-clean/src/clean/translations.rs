//! A machine translation a journal index or a bilingual copy sets under
//! the Chinese text it offers (`Distinguished Delegates: On behalf of…`):
//! the report once more in another language, no part of the report read.

use report_core::text::fold::is_han;
use report_core::text::layout::Line;
use report_core::{Noise, NoiseKind};

/// Latin words a line of running translation holds at least: a sentence
/// or more, not a label, an address or a term the report quotes.
const TRANSLATION_MIN_WORDS: usize = 12;
/// Han characters the rest of the text holds at least for it to be a
/// Chinese report: a text wholly or mostly in English keeps its lines.
const CHINESE_TEXT_MIN_HAN: usize = 100;

/// Lines of Latin prose with no Han character in a text that is otherwise
/// Chinese, set aside as the page's (`Footer`): a translation of the text
/// the page offers. The Chinese text's own lines stay.
pub(crate) fn set_aside_translations(lines: Vec<Line>, noise: &mut Vec<Noise>) -> Vec<Line> {
    let han: usize = lines
        .iter()
        .map(|l| l.text.chars().filter(|c| is_han(*c)).count())
        .sum();
    if han < CHINESE_TEXT_MIN_HAN || !lines.iter().any(|l| is_translation(&l.text)) {
        return lines;
    }
    let (aside, kept): (Vec<Line>, Vec<Line>) =
        lines.into_iter().partition(|l| is_translation(&l.text));
    noise.extend(aside.into_iter().map(|l| Noise {
        kind: NoiseKind::Footer,
        text: l.text,
        line: l.number,
    }));
    kept
}

/// A line of running Latin prose: many words, no Han character.
fn is_translation(text: &str) -> bool {
    let words = text
        .split_whitespace()
        .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2)
        .count();
    words >= TRANSLATION_MIN_WORDS && !text.chars().any(is_han)
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    const CHINESE: &str = "各位代表：现在，我代表市人民政府向大会作政府工作报告，请予审议。一年来，全市上下团结一心，经济社会持续健康发展，城乡面貌发生新的变化，人民生活水平稳步提高，各项社会事业全面进步，社会大局保持和谐稳定。";

    #[test]
    fn a_translation_under_a_chinese_text_is_set_aside() {
        let english = "Distinguished Delegates: On behalf of the municipal government, I now present to you the report on the work of the government.";
        let text = format!("{CHINESE}\n{CHINESE}\n{english}");
        let mut noise = Vec::new();
        let kept = set_aside_translations(read_lines(&text), &mut noise);
        assert_eq!(kept.len(), 2);
        assert_eq!(noise.len(), 1);
    }

    #[test]
    fn an_english_text_and_a_chinese_texts_short_latin_lines_stay() {
        let english = "On behalf of the municipal government, I now present to you the report on the work of the government for your deliberation.";
        let mut noise = Vec::new();
        let kept = set_aside_translations(read_lines(&format!("{english}\n{english}")), &mut noise);
        assert_eq!(kept.len(), 2);
        let text = format!("{CHINESE}\n{CHINESE}\nSource: Xinhua News Agency, March 5");
        let kept = set_aside_translations(read_lines(&text), &mut noise);
        assert_eq!(kept.len(), 3);
        assert!(noise.is_empty());
    }
}
