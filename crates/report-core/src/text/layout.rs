//! Reading raw text as lines, and the shape tests used to classify them.

use crate::text::characters::as_meant;
use crate::text::fold::{is_han, is_space};

/// Lines at most this many characters long (and without a sentence end) can
/// be titles, headings or captions; longer ones are prose.
pub const SHORT_LINE_CHARS: usize = 40;

/// One non-blank line of the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the source.
    pub number: usize,
    /// The line started with white space (a paragraph indent).
    pub indented: bool,
    /// The text with surrounding white space removed.
    pub text: String,
}

impl Line {
    pub fn chars(&self) -> usize {
        self.text.chars().count()
    }

    /// Short and with no sentence end in it: a title, heading or caption
    /// shape. ("狠抓项目建设。坊子区…全力抓好总投资" is short but prose.)
    pub fn is_short(&self) -> bool {
        self.chars() <= SHORT_LINE_CHARS && !has_sentence_end(&self.text)
    }
}

/// Normalises line ends and a byte-order mark, then returns the non-blank
/// lines, each as its text means it (`characters::as_meant`). A text whose
/// lines end in a carriage return alone (an old Mac's) has its lines too.
pub fn read_lines(text: &str) -> Vec<Line> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let text = if text.contains('\r') && !text.contains('\n') {
        std::borrow::Cow::Owned(text.replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    text.split('\n')
        .enumerate()
        .filter_map(|(i, raw)| {
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            let raw = as_meant(raw);
            let raw = raw.as_ref();
            // Zero-width characters left by web editors make no line of their own.
            let trimmed = raw.trim_matches(|c| is_space(c) || is_zero_width(c));
            (!trimmed.is_empty()).then(|| Line {
                number: i + 1,
                indented: raw.starts_with(is_space),
                text: close_letter_spacing(&collapse_spaces(trimmed)),
            })
        })
        .collect()
}

fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}')
}

/// Runs of white space become one ASCII space; ideographic spaces inside a
/// line are kept as a single space too.
pub fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if is_space(c) {
            in_space = true;
        } else {
            if in_space && !out.is_empty() {
                out.push(' ');
            }
            in_space = false;
            out.push(c);
        }
    }
    out
}

/// Han characters standing one apart in a run at least this long are a
/// letter-spaced line, not words: two alone are a name padded to three
/// (`王  芳`), which stays as written.
const LETTER_SPACED_RUN: usize = 3;

/// Closes letter spacing: `政 府 工 作 报 告` (a title set wide in Word or a
/// PDF) becomes `政府工作报告`, `市长 马 旭 明` becomes `市长 马旭明`. Chinese
/// words have no spaces between them, so single Han characters separated by
/// single spaces, three or more in a row, are one word spaced out. A scan
/// read by OCR spaces its punctuation and full-width digits as its
/// characters (`各 位 代 表 ：`, `完 成 ４ ５ ． ６ 亿 元 ，`): those close up
/// with the run they stand in. Takes a line whose white space is already
/// collapsed to single spaces.
pub fn close_letter_spacing(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let single = |w: &str, letter: fn(char) -> bool| {
        let mut chars = w.chars();
        chars.next().is_some_and(letter) && chars.next().is_none()
    };
    let in_run = |w: &&&str| single(w, is_han) || single(w, is_full_width_mark);
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < words.len() {
        let run = words[i..].iter().take_while(in_run).count();
        let han = words[i..i + run]
            .iter()
            .filter(|w| single(w, is_han))
            .count();
        if !out.is_empty() {
            out.push(' ');
        }
        if han >= LETTER_SPACED_RUN {
            out.extend(words[i..i + run].iter().copied());
            i += run;
            // The run's last character with a bracket or a mark set against
            // it (`报 告(2022年)`) is the run's too.
            if let Some(tail) = words.get(i).filter(|w| opens_on_spaced_letter(w)) {
                out.push_str(tail);
                i += 1;
            }
        } else {
            out.push_str(words[i]);
            i += 1;
        }
    }
    out
}

/// A word of one Han character with a bracket or a mark after it
/// (`告(2022年)`, `告（草案）`): a letter-spaced run's last letter.
fn opens_on_spaced_letter(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(is_han)
        && chars
            .next()
            .is_some_and(|c| !is_han(c) && !c.is_alphanumeric() && !c.is_whitespace())
}

/// Chinese punctuation and full-width forms (`：`, `，`, `４`, `％`, `．`),
/// and the dashes, ellipsis and quotes Chinese text sets (`——`, `…`, `“”`).
fn is_full_width_mark(c: char) -> bool {
    matches!(c, '\u{3001}'..='\u{303F}' | '\u{FF01}'..='\u{FF60}' | '—' | '…' | '‘'..='”')
}

/// How wide a line prints, in half-width columns: Chinese characters and
/// full-width punctuation take two, ASCII one. Text wrapped at a fixed width
/// (a PDF or a printed page copied as text) has lines of one width by this
/// count, whatever mix of digits and characters they hold.
pub fn display_width(text: &str) -> usize {
    text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// Punctuation that ends a sentence.
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '…')
}

/// Punctuation after which a sentence clearly goes on.
pub fn is_continuation(c: char) -> bool {
    matches!(c, '，' | ',' | '、' | '：' | ':' | '“' | '（' | '(' | '《')
}

/// The line ends a sentence, possibly inside closing quotes or brackets:
/// `...。`, `...。”`, `...！）`.
pub fn ends_sentence(text: &str) -> bool {
    text.chars()
        .rev()
        .find(|c| !matches!(c, '”' | '’' | '）' | ')' | '」' | '』' | '"' | '\''))
        .is_some_and(is_sentence_end)
}

/// The text contains a sentence end anywhere, not only at its end.
pub fn has_sentence_end(text: &str) -> bool {
    text.chars().any(is_sentence_end)
}

/// The line opens on an outline number as headings are numbered: `一、`,
/// `（三）`, `(2)`, `第一部分`, `第二章`, `第一、`, `1.` or `１、` before a word.
/// A photo's caption or a page's menu item is never numbered so.
pub fn opens_with_outline_number(text: &str) -> bool {
    const NUMERALS: &str = "一二三四五六七八九十〇零";
    let is_numeral =
        |c: char| NUMERALS.contains(c) || c.is_ascii_digit() || ('０'..='９').contains(&c);
    let chars: Vec<char> = text.chars().take(8).collect();
    let numeral_run = |from: usize| {
        chars[from.min(chars.len())..]
            .iter()
            .take_while(|c| is_numeral(**c))
            .count()
    };
    let after = |i: usize| chars.get(i).copied();
    match chars.first() {
        Some('（' | '(') => {
            let n = numeral_run(1);
            (1..=3).contains(&n) && matches!(after(1 + n), Some('）' | ')'))
        }
        Some('第') => {
            let n = numeral_run(1);
            (1..=3).contains(&n)
                && matches!(
                    after(1 + n),
                    Some('、' | '，' | '部' | '章' | '篇' | '节' | '编')
                )
        }
        Some(_) => {
            let n = numeral_run(0);
            let digits = chars[..n].iter().all(|c| !NUMERALS.contains(*c));
            let mark = after(n);
            (1..=3).contains(&n)
                && (mark == Some('、')
                    || digits
                        && matches!(mark, Some('.' | '．'))
                        && after(n + 1).is_some_and(|c| !is_numeral(c) && !c.is_whitespace()))
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_lines_with_indent_and_numbers() {
        let lines = read_lines("\u{FEFF}标题\r\n\r\n  正文。\n\u{3000}\u{3000}第二段。");
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].text, "标题");
        assert!(!lines[0].indented);
        assert_eq!(lines[1].number, 3);
        assert!(lines[1].indented);
        assert!(lines[2].indented);
        assert_eq!(lines[2].text, "第二段。");
        let lines = read_lines("\u{200B}\n各位代表：\u{200D}");
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].text, "各位代表：");
    }

    #[test]
    fn letter_spaced_words_close_up() {
        for (spaced, closed) in [
            ("政 府 工 作 报 告", "政府工作报告"),
            ("宜昌市人民政府市长 马 旭 明", "宜昌市人民政府市长 马旭明"),
            ("目 录 第 一 部 分", "目录第一部分"),
            ("市长 王 芳", "市长 王 芳"),
            ("2024 年 工作", "2024 年 工作"),
            ("一、总体要求", "一、总体要求"),
            ("乡村振兴 城市更新 科技创新", "乡村振兴 城市更新 科技创新"),
            // A scan read by OCR: its marks and full-width digits too.
            ("各 位 代 表 ：", "各位代表："),
            (
                "完 成 ４ ５ ． ６ 亿 元 ， 增 长 １ ８ ％ 。",
                "完成４５．６亿元，增长１８％。",
            ),
            ("一 、 工 作 回 顾", "一、工作回顾"),
            // The last letter with its bracket set against it.
            ("政 府 工 作 报 告(2026年)", "政府工作报告(2026年)"),
            ("政 府 工 作 报 告（草案）", "政府工作报告（草案）"),
            ("市长 王 芳（女）", "市长 王 芳（女）"),
            ("政 府 工 作 报 告 2026年", "政府工作报告 2026年"),
            (
                "— — 二 〇 二 四 年 在 “ 两 会 ” 上",
                "——二〇二四年在“两会”上",
            ),
            // Marks spaced among words are not letter spacing.
            ("乡村振兴 ， 城市更新", "乡村振兴 ， 城市更新"),
            ("王 芳 ：", "王 芳 ："),
        ] {
            assert_eq!(close_letter_spacing(spaced), closed);
        }
        let lines = read_lines("政　府　工　作　报　告\n各位代表：");
        assert_eq!(lines[0].text, "政府工作报告");
    }

    #[test]
    fn sentence_ends_through_closing_quotes() {
        assert!(ends_sentence("实现“交地即发证”。"));
        assert!(ends_sentence("他说：“好。”"));
        assert!(!ends_sentence("坚决打好“三大攻坚战”"));
        assert!(!ends_sentence("重点打造一区、一室、"));
    }

    #[test]
    fn collapses_inner_space() {
        assert_eq!(
            collapse_spaces("来源:a  作者:b\u{3000}c"),
            "来源:a 作者:b c"
        );
    }

    #[test]
    fn outline_numbers_open_headings_only() {
        for numbered in [
            "一、2011年工作回顾",
            "十二、加强政府自身建设",
            "（一）促进经济平稳较快发展",
            "(2)稳定物价",
            "（１）稳定物价",
            "第一部分 过去五年工作回顾",
            "第三章 主要任务",
            "第二、关于工业生产",
            "1.加快发展先进制造业",
            "１２、深化改革",
        ] {
            assert!(opens_with_outline_number(numbered), "{numbered}");
        }
        for plain in [
            "航天城",
            "一年来，我们主要做了以下工作",
            "2023年主要经济指标",
            "3.5%的增长",
            "第一季度",
            "第一次会议",
            "（注：数据为初步统计）",
            "十分重要",
            "",
        ] {
            assert!(!opens_with_outline_number(plain), "{plain}");
        }
    }
}
