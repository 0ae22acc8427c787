//! Captions under a page's images: a line marked as one (`资料图`, `图为`,
//! a photographer's credit at its end), a figure's number (`图1：…`), or a note's
//! circled number where the text marks no notes with it.

use crate::clean::header_run::opens_on_salutation;
use crate::clean::notes::is_circled;
use crate::clean::offices::{HEADS_OF_GOVERNMENT, OTHER_OFFICES};
use crate::clean::speaker_lines::describes_speaker;
use report_core::text::fold::is_han;
use report_core::text::layout::{has_sentence_end, Line};
use report_core::text::names::is_person_name;

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

/// Words that credit a photographer just before the name.
const PHOTO_CREDIT_MARKERS: [&str; 4] = ["记者", "通讯员", "摄影", "图/"];
/// The credit is at the end of a caption; longer lines are prose.
const CAPTION_MAX_CHARS: usize = 160;
const CREDIT_TAIL_CHARS: usize = 24;

/// A photo caption ending in its credit: `…作政府工作报告。本报记者 戴冰摄`,
/// `…开幕。 宁夏日报记者 王鼎 摄`, `市民在公园游玩 张三 摄`.
pub fn is_photo_caption(text: &str) -> bool {
    let text = text.trim();
    if text.chars().count() > CAPTION_MAX_CHARS {
        return false;
    }
    let Some(before) = ["摄）", "摄)", "摄影", "摄"]
        .iter()
        .find_map(|end| text.strip_suffix(end))
    else {
        return false;
    };
    let before = before.trim_end_matches(['（', '(', ' ', '\u{3000}']);
    let tail: String = {
        let chars: Vec<char> = before.chars().collect();
        chars[chars.len().saturating_sub(CREDIT_TAIL_CHARS)..]
            .iter()
            .collect()
    };
    let marked = PHOTO_CREDIT_MARKERS.iter().any(|m| tail.contains(m));
    // "张三 摄": a name standing apart right before the credit.
    let named = before
        .rsplit([' ', '\u{3000}'])
        .next()
        .is_some_and(|last| is_person_name(last) && before.len() > last.len());
    (marked || named) && before.chars().any(is_han)
}

/// A paragraph of one sentence that opens on the speaker's name and says
/// they deliver the report (`某某某作市人大常委会工作报告。`), as a photo's
/// caption over the text says it: the photo's, no paragraph of the speech.
pub(crate) fn take_speaker_captions(
    sections: &mut [report_core::Section],
    name: &str,
    captions: &mut Vec<String>,
) {
    let is_caption = |p: &str| {
        p.starts_with(name)
            && describes_speaker(p, name)
            && p.ends_with(['。', '.'])
            && !has_sentence_end(p.trim_end_matches(['。', '.']))
    };
    for section in sections {
        let (taken, kept): (Vec<String>, Vec<String>) = std::mem::take(&mut section.paragraphs)
            .into_iter()
            .partition(|p| is_caption(p));
        section.paragraphs = kept;
        captions.extend(taken);
    }
}

/// Most characters of what a caption says its speaker delivers
/// (`市人大常委会工作报告`, `政协某某县委员会常务委员会工作报告`).
const DELIVERED_MAX_CHARS: usize = 24;

/// (35) A photo's caption over the speech's salutation that names who
/// delivers it where no byline did (`某某某作人大常委会工作报告`, `某某某同志
/// 作政府工作报告。`), read as a heading or a paragraph of its own: the
/// caption, taken to the captions, and the name, the speaker. Only the
/// first part's heading, or its first paragraph, right over the salutation
/// (`各位代表：`); only a person's name (a known surname's, or a dotted
/// one, not an office's, `张主任`) before 作, and a report's name after
/// it, of one clause. Left
/// alone: a heading over the text's first paragraph that is no salutation,
/// an office before the name (`市长某某作…`), a sentence of more than one
/// clause (`某某作报告，会议…`).
pub(crate) fn take_caption_naming_speaker(
    sections: &mut [report_core::Section],
    captions: &mut Vec<String>,
) -> Option<String> {
    let first = sections.first_mut()?;
    let over_salutation = |p: Option<&String>| p.is_some_and(|p| opens_on_salutation(p));
    if first.heading.len() == 1 && over_salutation(first.paragraphs.first()) {
        let name = speaker_captioned(&first.heading[0])?;
        captions.push(first.heading.remove(0));
        return Some(name);
    }
    if first.heading.is_empty() && over_salutation(first.paragraphs.get(1)) {
        let name = speaker_captioned(&first.paragraphs[0])?;
        captions.push(first.paragraphs.remove(0));
        return Some(name);
    }
    None
}

/// The name a caption says delivers a report: `某某某作…报告`, `某某某同志
/// 作…报告。`.
fn speaker_captioned(text: &str) -> Option<String> {
    let text = text.trim().trim_end_matches(['。', '.']);
    let (who, what) = text.split_once('作')?;
    let name = who.strip_suffix("同志").unwrap_or(who);
    // (review) An office or an organ is no name (`张主任`, `李院长`, `国务院`).
    let titled = HEADS_OF_GOVERNMENT
        .iter()
        .chain(&OTHER_OFFICES)
        .any(|o| name.ends_with(o))
        || name.ends_with(['院', '会', '府']);
    let named = !titled
        && (is_person_name(name)
            || name.contains('·') && name.chars().all(|c| is_han(c) || c == '·'));
    let one_clause = !has_sentence_end(what) && !what.contains(['，', ',', '；', ';', '：', ':']);
    (named && what.ends_with("报告") && what.chars().count() <= DELIVERED_MAX_CHARS && one_clause)
        .then(|| name.to_string())
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

    #[test]
    fn photo_credits_make_captions() {
        for line in [
            "殷勇同志作政府工作报告。本报记者 戴冰摄",
            "2月3日，会议在银川开幕。自治区人民政府主席张雨浦作政府工作报告。 宁夏日报记者 王鼎 摄",
            "镇长在田间查看春耕 张三 摄",
            "新建的文化广场（通讯员 李四 摄）",
        ] {
            assert!(is_photo_caption(line), "{line}");
        }
        for line in [
            "加强摄影",
            "摄",
            "全年接待游客两千万人次，旅游摄影基地建成投用，带动群众增收。",
        ] {
            assert!(!is_photo_caption(line), "{line}");
        }
    }
}
