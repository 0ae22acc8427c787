//! A copying site's watermark: the same short token of Latin letters in
//! both cases (`aBc`) set after line upon line of the text, alone on the
//! blank lines between paragraphs and right after a sentence's end
//! (`请予审议。aBc`). It is no word of the report: an abbreviation is in
//! one case (`GDP`, `PPP`), and neither stands alone on a line nor after
//! a full stop again and again; a token the text sets after numbers is a
//! unit (`12亿kWh`, `单位：kWh` in a table), never a watermark.
//! A tag of figures and letters run together (`hd9`), or such a tag with
//! a site's slogan after it (`c5s某某百科--为某某助力`), set after line
//! upon line the same way, is one too: no word of a report mixes them so,
//! and a unit or a name of that shape (`G20`) does not end a sentence.
//! Taken out of every line before anything reads them, one note per line.

use report_core::text::fold::is_han;
use report_core::text::layout::Line;
use report_core::{Noise, NoiseKind};
use std::collections::HashMap;

/// Letters in such a token.
const TOKEN_CHARS: std::ops::RangeInclusive<usize> = 2..=4;
/// Lines the token must end before it is taken for a watermark.
const LINES_MIN: usize = 4;
/// Of those, lines where it stands alone or right after a sentence's end.
const BARE_MIN: usize = 2;
/// A sentence's end, after which no word of Latin letters goes on the
/// same line (a label's colon may: `单位：kWh`).
const SENTENCE_ENDS: &str = "。；;！!？?”";

/// Characters in a tag and the slogan after it (`c5s某某百科--为某某助力`).
const TAG_CHARS: std::ops::RangeInclusive<usize> = 3..=20;

/// Whether the text before a token ends a sentence (or is nothing).
fn bare_before(before: &str) -> bool {
    before
        .trim_end()
        .chars()
        .last()
        .is_none_or(|c| SENTENCE_ENDS.contains(c))
}

/// The token a line ends on, and whether it stands alone there or right
/// after a sentence's end: letters of both cases after anything but a
/// Latin letter, or else a tag.
fn trailing_token(text: &str) -> Option<(&str, bool)> {
    cased_token(text).or_else(|| trailing_tag(text))
}

/// A tag ending the line: a run of three or more figures and letters,
/// both, lower-case letters among them (codes written in capitals, `PM10`,
/// `SO2`, `G318`, are the text's own), after anything but one of them, and after it no figure, letter,
/// space or sentence's end (`…请予审议。hd9`, `…会议上c5s某某百科--为某某助力`).
fn trailing_tag(text: &str) -> Option<(&str, bool)> {
    let start = text
        .char_indices()
        .rev()
        .find(|&(at, c)| {
            c.is_ascii_alphanumeric()
                && text[..at]
                    .chars()
                    .last()
                    .is_none_or(|b| !b.is_ascii_alphanumeric())
        })?
        .0;
    let tag = &text[start..];
    let run = tag.chars().take_while(char::is_ascii_alphanumeric).count();
    let slogan = &tag[run..];
    let mixed = tag[..run].chars().any(|c| c.is_ascii_digit())
        && tag[..run].chars().any(|c| c.is_ascii_lowercase());
    let plain = !slogan
        .chars()
        .any(|c| c.is_ascii_alphanumeric() || c.is_whitespace() || SENTENCE_ENDS.contains(c));
    (run >= 3 && mixed && plain && TAG_CHARS.contains(&tag.chars().count()))
        .then(|| (tag, bare_before(&text[..start])))
}

/// Letters of both cases ending the line after anything but a Latin letter.
fn cased_token(text: &str) -> Option<(&str, bool)> {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphabetic())
        .last()?
        .0;
    let token = &text[start..];
    let mixed = token.chars().any(|c| c.is_ascii_uppercase())
        && token.chars().any(|c| c.is_ascii_lowercase());
    if !TOKEN_CHARS.contains(&token.len()) || !mixed {
        return None;
    }
    Some((token, bare_before(&text[..start])))
}

/// The page's watermark, where one token ends enough of its lines and is
/// no unit.
fn watermark(lines: &[Line]) -> Option<String> {
    let mut seen: HashMap<&str, (usize, usize)> = HashMap::new();
    for (token, bare) in lines.iter().filter_map(|l| trailing_token(&l.text)) {
        let count = seen.entry(token).or_default();
        count.0 += 1;
        count.1 += usize::from(bare);
    }
    seen.into_iter()
        .filter(|(_, (all, bare))| *all >= LINES_MIN && *bare >= BARE_MIN)
        .filter(|(token, _)| !is_a_unit(lines, token) && !is_written_in_sentences(lines, token))
        .max_by_key(|(_, (all, _))| *all)
        .map(|(token, _)| token.to_string())
}

/// The token is a unit: a third or more of its standings follow a number
/// (`12亿kWh`, `5 MW`). A watermark lands after a number now and then, by
/// chance, where a line ended on one.
fn is_a_unit(lines: &[Line], token: &str) -> bool {
    let (mut standings, mut after_number) = (0, 0);
    for text in lines.iter().map(|l| l.text.as_str()) {
        for (at, _) in text.match_indices(token) {
            standings += 1;
            let before = text[..at].trim_end().chars().last();
            after_number +=
                usize::from(before.is_some_and(|c| {
                    c.is_ascii_digit() || c.is_numeric() || "亿万千百十".contains(c)
                }));
        }
    }
    after_number * 3 >= standings
}

/// The token is a word of the text: a third or more of its standings are
/// inside a sentence, a Han character either side (`空气中PM10年均浓度`). A
/// watermark stands at a line's end, or where a copy ran lines together,
/// after a sentence's end.
fn is_written_in_sentences(lines: &[Line], token: &str) -> bool {
    let (mut standings, mut inside) = (0, 0);
    for text in lines.iter().map(|l| l.text.as_str()) {
        for (at, _) in text.match_indices(token) {
            standings += 1;
            let before = text[..at].chars().last();
            let after = text[at + token.len()..].chars().next();
            inside += usize::from(before.is_some_and(is_han) && after.is_some_and(is_han));
        }
    }
    inside * 3 >= standings
}

/// The text less every standing of the token as a word of its own (no
/// Latin letter either side), its spaces closed up: a copy that ran lines
/// together keeps it mid-line too.
fn without_token(text: &str, token: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    let mut found = false;
    for (at, _) in text.match_indices(token) {
        let before = text[..at].chars().last();
        let after = text[at + token.len()..].chars().next();
        let alone = |c: Option<char>| c.is_none_or(|c| !c.is_ascii_alphabetic());
        if alone(before) && alone(after) {
            out.push_str(&text[from..at]);
            from = at + token.len();
            found = true;
        }
    }
    found.then(|| {
        out.push_str(&text[from..]);
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    })
}

/// The lines without a copying site's watermark; a line that held nothing
/// else is dropped. Each line it stood on gets a note.
pub(crate) fn without_watermarks(lines: Vec<Line>, noise: &mut Vec<Noise>) -> Vec<Line> {
    let Some(token) = watermark(&lines) else {
        return lines;
    };
    lines
        .into_iter()
        .filter_map(|mut line| {
            if let Some(text) = without_token(&line.text, &token) {
                noise.push(Noise {
                    kind: NoiseKind::Spam,
                    text: token.clone(),
                    line: line.number,
                });
                line.text = text;
            }
            (!line.text.is_empty()).then_some(line)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<Line> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Line {
                number: i + 1,
                indented: false,
                text: t.to_string(),
            })
            .collect()
    }

    /// A unit in both cases (kWh) ending a table's lines and a label, and
    /// alone in its cells, stays wherever it stands: the text sets it after
    /// numbers.
    #[test]
    fn a_unit_after_numbers_is_no_watermark() {
        let input = lines(&[
            "单位：kWh",
            "风电 12亿kWh",
            "光伏 3亿kWh",
            "单位：kWh",
            // A flattened table's cells, one a line.
            "kWh",
            "kWh",
            "全年发电量达到15亿kWh，同比增长8%。",
            "各位代表：",
        ]);
        let mut noise = Vec::new();
        let out = without_watermarks(input.clone(), &mut noise);
        assert_eq!(out, input);
        assert!(noise.is_empty());
    }

    #[test]
    fn a_token_after_line_upon_line_is_taken_out() {
        let input = lines(&[
            "政府工作报告aBc",
            "aBc",
            "某某县人民政府县长 张某某aBc",
            "各位代表：aBc",
            "现在，我代表县人民政府向大会报告工作，请予审议。aBc",
        ]);
        let mut noise = Vec::new();
        let out = without_watermarks(input, &mut noise);
        let texts: Vec<&str> = out.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "政府工作报告",
                "某某县人民政府县长 张某某",
                "各位代表：",
                "现在，我代表县人民政府向大会报告工作，请予审议。"
            ]
        );
        assert_eq!(noise.len(), 5);
    }

    #[test]
    fn abbreviations_and_units_stay() {
        let input = lines(&[
            "全县实现生产总值GDP",
            "全年发电12亿kWh",
            "新增装机3万kWh",
            "累计售电15亿kWh",
            "外购电量2亿kWh",
            "加快建设PPP",
        ]);
        let mut noise = Vec::new();
        let out = without_watermarks(input.clone(), &mut noise);
        assert_eq!(out, input);
        assert!(noise.is_empty());
    }

    /// Names mixing figures and letters end a line now and then (`5G`,
    /// `G20峰会`); none ends line upon line after a sentence's end.
    #[test]
    fn names_of_figures_and_letters_stay() {
        let input = lines(&[
            "加快建设5G",
            "新建基站建设5G",
            "成功服务G20峰会",
            "筹备工作保障G20峰会",
            "全力保障G20峰会",
            "圆满完成G20峰会",
            "全年新增5G基站1200个。",
        ]);
        let mut noise = Vec::new();
        let out = without_watermarks(input.clone(), &mut noise);
        assert_eq!(out, input);
        assert!(noise.is_empty());
    }
}
