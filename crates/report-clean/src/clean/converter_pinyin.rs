//! The pinyin a script converter leaves behind a character it changed
//! (`政府工作報(bào)告`, `自治區(qū)主席`): one syllable with its tone mark in
//! brackets right after one Han character, again and again on the page. It
//! is no word of the report, and is taken out of the text before anything
//! reads it (title, byline, body), so `區(qū)` reads as `區`. A bracket of
//! real content stays: no letters (`(试行)`), capitals or digits (`(GDP)`,
//! `(PM2.5)`), no tone mark (`(km)`), more than a syllable, or a page that
//! gives such a syllable once or twice only (a name's reading).

use report_core::text::fold::is_han;
use report_core::{Noise, NoiseKind};
use std::borrow::Cow;

/// Times the shape must stand on the page before it is taken for a
/// converter's: a page it went through carries it on word after word.
const REPEATED_MIN: usize = 3;
/// Letters in one pinyin syllable at most (`zhuang`, `shuang`).
const SYLLABLE_MAX_CHARS: usize = 6;

/// The text without the converter's bracketed pinyin; as it is where it
/// holds none, or the shape stands on it fewer than `REPEATED_MIN` times.
pub(crate) fn without_converter_pinyin(text: &str) -> Cow<'_, str> {
    converter_pinyin_taken_out(text).0
}

/// [`without_converter_pinyin`], and what it took out, one note per line
/// (its syllables as written), so that nothing leaves the text unrecorded.
pub(crate) fn converter_pinyin_taken_out(text: &str) -> (Cow<'_, str>, Vec<Noise>) {
    let spans = pinyin_spans(text);
    if spans.len() < REPEATED_MIN {
        return (Cow::Borrowed(text), Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut notes: Vec<Noise> = Vec::new();
    let mut from = 0;
    let mut line = 1;
    for (start, end) in spans {
        line += text[from..start].matches('\n').count();
        out.push_str(&text[from..start]);
        match notes.last_mut() {
            Some(note) if note.line == line => note.text.push_str(&text[start..end]),
            _ => notes.push(Noise {
                kind: NoiseKind::Metadata,
                text: text[start..end].to_string(),
                line,
            }),
        }
        from = end;
    }
    out.push_str(&text[from..]);
    (Cow::Owned(out), notes)
}

/// Where each bracketed syllable stands right after a Han character.
fn pinyin_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut previous = None;
    for (at, c) in text.char_indices() {
        if matches!(c, '(' | '（') && previous.is_some_and(is_han) {
            if let Some(len) = syllable_in_brackets(&text[at..]) {
                spans.push((at, at + len));
            }
        }
        previous = Some(c);
    }
    spans
}

/// The length of `(syllable)` at the start of `rest`, where the bracket
/// holds one pinyin syllable with its tone mark.
fn syllable_in_brackets(rest: &str) -> Option<usize> {
    let open = rest.chars().next()?.len_utf8();
    // The close within a syllable's length (a bracket never closed is no
    // syllable, and is not searched to the text's end).
    let inner_len = rest[open..]
        .char_indices()
        .take(SYLLABLE_MAX_CHARS + 1)
        .find(|(_, c)| matches!(c, ')' | '）'))?
        .0;
    let inner = &rest[open..open + inner_len];
    let letters = inner.chars().count();
    let marks = inner.chars().filter(|c| is_tone_marked(*c)).count();
    let syllable = (1..=SYLLABLE_MAX_CHARS).contains(&letters)
        && marks == 1
        && inner
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == 'ü' || is_tone_marked(c));
    let close = rest[open + inner_len..].chars().next()?.len_utf8();
    syllable.then_some(open + inner_len + close)
}

/// A vowel (or syllabic n) with pinyin's tone mark.
fn is_tone_marked(c: char) -> bool {
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_converters_syllables_after_han_characters_are_taken_out() {
        assert_eq!(
            without_converter_pinyin("某某自治區(qū)政府工作報(bào)告(gào)"),
            "某某自治區政府工作報告"
        );
        assert_eq!(
            without_converter_pinyin("自治區(qū)主席 嚴(yán)某某（2020年1月）\n經（jīng）濟"),
            "自治區主席 嚴某某（2020年1月）\n經濟"
        );
    }

    #[test]
    fn brackets_of_real_content_stay() {
        for text in [
            // Capitals, digits, words, units without a tone mark.
            "地区生产总值(GDP)增长6%，细颗粒物(PM2.5)浓度下降，办法(试行)",
            "新建道路12公里(km)，新增绿地(lǜdì)面积",
            // One syllable once or twice: a name's reading the report gives.
            "某某县长(zhǎng)宁乡",
            // A place's reading given twice (`那坡(pō)`).
            "那坡(pō)县位于桂西，那坡(pō)县城",
            // Not after a Han character.
            "见附件1 (bào) 和附件2 (gào)",
        ] {
            assert_eq!(without_converter_pinyin(text), text, "{text}");
        }
    }

    #[test]
    fn what_is_taken_out_is_noted_by_line() {
        let (text, notes) = converter_pinyin_taken_out("報(bào)告(gào)\n經(jīng)濟");
        assert_eq!(text, "報告\n經濟");
        let notes: Vec<_> = notes.iter().map(|n| (n.line, n.text.as_str())).collect();
        assert_eq!(notes, [(1, "(bào)(gào)"), (2, "(jīng)")]);
    }
}
