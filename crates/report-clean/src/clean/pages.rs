//! A document copied out of a PDF keeps its pages' furniture between the
//! lines of text: page numbers (`- 3 -`, `— 3 —`, `第 4 页 共 10 页`) and
//! running headers or footers repeated beside them. Both are set aside
//! before the header and body are read.

use crate::clean::joins::join_broken;
use crate::clean::notes::note_marks;
use crate::clean::wrap::Wrap;
use report_core::text::layout::{is_sentence_end, opens_with_outline_number, Line};
use report_core::text::numbers::year_digits;
use report_core::{Noise, NoiseKind};

/// Dashes a page number stands between: `- 3 -`, `— 3 —`, `－3－`.
const PAGE_NUMBER_DASHES: [char; 5] = ['-', '—', '－', '–', '―'];

/// A page number standing alone: `- 3 -`, `— 3 —`, `第 4 页 共 10 页`,
/// `第4页`, `3/10`, and as a PDF made in English writes it, `Page 3 of 10`,
/// `Page 3`.
pub fn is_page_marker(text: &str) -> bool {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let dashed = compact
        .strip_prefix(PAGE_NUMBER_DASHES)
        .and_then(|s| {
            s.trim_start_matches(PAGE_NUMBER_DASHES)
                .strip_suffix(PAGE_NUMBER_DASHES)
        })
        .map(|s| s.trim_end_matches(PAGE_NUMBER_DASHES))
        .is_some_and(digits);
    let page_of = compact
        .strip_prefix('第')
        .and_then(|s| s.split_once('页'))
        .is_some_and(|(n, rest)| {
            digits(n)
                && (rest.is_empty()
                    || rest
                        .strip_prefix('共')
                        .and_then(|r| r.strip_suffix('页'))
                        .is_some_and(digits))
        });
    let fraction = compact
        .split_once('/')
        .is_some_and(|(n, total)| digits(n) && digits(total));
    let english = compact
        .get(..4)
        .filter(|page| page.eq_ignore_ascii_case("page"))
        .map(|_| &compact[4..])
        .is_some_and(|rest| match rest.split_once("of") {
            Some((n, total)) => digits(n) && digits(total),
            None => digits(rest),
        });
    dashed || page_of || fraction || english
}

/// What a paper prints where an article goes on in another page: `（下转第3版）`,
/// `（上接第一版）`, `(下转A3版)`, `（转第5页）`, `（接上页）`, `（紧接第3版）`, with or without its
/// brackets: a page break, as a PDF's page number is.
pub fn is_continuation_mark(text: &str) -> bool {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let inner = ['（', '(', '【', '[']
        .iter()
        .zip(['）', ')', '】', ']'])
        .find_map(|(open, close)| compact.strip_prefix(*open)?.strip_suffix(close))
        .unwrap_or(&compact);
    let Some(rest) = ["下转", "上接", "紧接", "转", "接"]
        .iter()
        .find_map(|verb| inner.strip_prefix(verb))
    else {
        return false;
    };
    if matches!(rest, "上页" | "下页" | "上版" | "下版") {
        return true;
    }
    let rest = rest.strip_prefix('第').unwrap_or(rest);
    let Some(page) = rest.strip_suffix(['版', '页']) else {
        return false;
    };
    (1..=4).contains(&page.chars().count())
        && page
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "〇一二三四五六七八九十".contains(c))
}

/// A continuation mark in brackets printed at the end of a line or at the
/// start of one (`…发展取得（下转第3版）`, `（上接第1版）新成效…`) made a line of
/// its own, so that the break it marks is read as a page's.
fn continuation_apart(lines: Vec<Line>) -> Vec<Line> {
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let text = line.text.as_str();
        let closes = text
            .find(['）', ')'])
            .map(|at| at + text[at..].chars().next().map_or(1, char::len_utf8));
        let opening = closes.filter(|&end| {
            text.starts_with(['（', '(']) && end < text.len() && is_continuation_mark(&text[..end])
        });
        let closing = text.rfind(['（', '(']).filter(|&at| {
            at > 0 && text.ends_with(['）', ')']) && is_continuation_mark(&text[at..])
        });
        let cut = opening.or(closing);
        match cut {
            Some(at) => {
                let (head, tail) = text.split_at(at);
                let (head, tail) = (head.trim().to_string(), tail.trim().to_string());
                out.push(Line {
                    text: head,
                    ..line.clone()
                });
                out.push(Line { text: tail, ..line });
            }
            None => out.push(line),
        }
    }
    out
}

/// Longest running header a page number may share its line with.
const RUNNING_HEADER_MAX_CHARS: usize = 40;

/// A running header and its page number on one line, as a PDF's page head
/// is copied (`2023年某县政府工作报告      第 1 页 共 3 页`, `政府工作报告 — 3 —`):
/// a short unnumbered line, no clause of a sentence, before a page number.
/// The header, and whether the number says it is a page's (`第 2 页`);
/// one between dashes counts only where the document repeats its header.
fn page_head(text: &str) -> Option<(&str, bool)> {
    text.char_indices()
        .filter(|&(at, _)| text[..at].ends_with(char::is_whitespace))
        .find_map(|(at, c)| {
            let head = text[..at].trim();
            let says_page = c == '第';
            let fits = (says_page || PAGE_NUMBER_DASHES.contains(&c))
                && is_page_marker(&text[at..])
                && !head.is_empty()
                && head.chars().count() <= RUNNING_HEADER_MAX_CHARS
                && !opens_with_outline_number(head)
                && !head.contains(['，', '。', '；', ',']);
            fits.then_some((head, says_page))
        })
}

/// Whether a line is numbered as a heading is (`二、`, `（三）`, `1.`): a
/// heading may follow a page break, a running header is never numbered.
/// A year opening the line, in either script (`2019年某某县政府工作报告`,
/// `二〇一九年…`, the report's title as its running header), numbers
/// nothing.
fn is_numbered(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let first = chars.first().copied();
    let opens_with_year = year_digits(&chars).is_some_and(|(_, len)| chars.get(len) == Some(&'年'));
    !opens_with_year
        && first.is_some_and(|c| "一二三四五六七八九十（(".contains(c) || c.is_ascii_digit())
}

/// Sets aside page numbers, and the short lines beside them that the
/// document repeats elsewhere (running headers and footers).
pub fn set_aside_page_furniture(lines: Vec<Line>, noise: &mut Vec<Noise>) -> Vec<Line> {
    let lines = continuation_apart(lines);
    let heads: Vec<Option<(&str, bool)>> = lines.iter().map(|l| page_head(&l.text)).collect();
    let head_recurs = |head: &str| heads.iter().flatten().filter(|(h, _)| *h == head).count() >= 2;
    let markers: Vec<bool> = lines
        .iter()
        .zip(&heads)
        .map(|(l, head)| {
            is_page_marker(&l.text)
                || is_continuation_mark(&l.text)
                || head.is_some_and(|(head, says_page)| says_page || head_recurs(head))
        })
        .collect();
    if !markers.contains(&true) {
        return lines;
    }
    let beside_marker = |i: usize| {
        i.checked_sub(1).is_some_and(|p| markers[p]) || markers.get(i + 1) == Some(&true)
    };
    let running: Vec<bool> = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            !markers[i]
                && beside_marker(i)
                && line.is_short()
                && !is_numbered(&line.text)
                && lines.iter().filter(|l| l.text == line.text).count() >= 2
        })
        .collect();
    // A page's footnotes at its foot (`① “四上”企业：指…`), right over its
    // number or running footer: a note whose mark the text set after its
    // words above it, which would otherwise cut the sentence the page
    // break split.
    let mut footnote = vec![false; lines.len()];
    for i in (0..lines.len()).rev() {
        let next_is_foot = markers.get(i + 1) == Some(&true)
            || running.get(i + 1) == Some(&true)
            || footnote.get(i + 1) == Some(&true);
        footnote[i] = !markers[i]
            && next_is_foot
            && lines[i]
                .text
                .chars()
                .next()
                .is_some_and(|c| note_marks(&lines[..i]).contains(&c));
    }
    let mut kept: Vec<Line> = Vec::with_capacity(lines.len());
    // Where a page's furniture stood right before a kept line.
    let mut after_break = Vec::with_capacity(lines.len());
    let mut broken = false;
    for (i, line) in lines.into_iter().enumerate() {
        if markers[i] || running[i] || footnote[i] {
            noise.push(Noise {
                kind: NoiseKind::Footer,
                text: line.text.clone(),
                line: line.number,
            });
            broken = !kept.is_empty();
            continue;
        }
        kept.push(line);
        after_break.push(broken);
        broken = false;
    }
    // Text wrapped at a printed width has its lines joined by the body's
    // reading of that width, which a longer joined line would hide.
    if Wrap::read(&kept).is_some() {
        return kept;
    }
    let mut joined: Vec<Line> = Vec::with_capacity(kept.len());
    for (line, broken) in kept.into_iter().zip(after_break) {
        match joined.last_mut() {
            Some(before) if broken && cut_by_page_break(&before.text, &line.text) => {
                join_broken(&mut before.text, &line.text);
            }
            _ => joined.push(line),
        }
    }
    joined
}

/// The sentence a page break cut, the line before the break and the line
/// after it: the line before ends on no sentence's end (nor a closing
/// bracket or quote) and is a clause of prose (a comma, enumeration comma
/// or semicolon inside it), and neither is numbered as an outline's part.
/// A heading at a page's foot is numbered or no clause; a page whose last
/// sentence ends at its foot ends on its mark.
fn cut_by_page_break(before: &str, after: &str) -> bool {
    let closed = before
        .chars()
        .last()
        .is_some_and(|c| is_sentence_end(c) || "”’）)」』】》".contains(c));
    !closed
        && before.contains(['，', '、', '；', ','])
        && !is_numbered(before)
        && !opens_with_outline_number(before)
        && !opens_with_outline_number(after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    /// The lines kept and those set aside as page furniture.
    fn furniture_set_aside(text: &str) -> (Vec<String>, Vec<Noise>) {
        let mut noise = Vec::new();
        let kept = set_aside_page_furniture(read_lines(text), &mut noise)
            .into_iter()
            .map(|l| l.text)
            .collect();
        (kept, noise)
    }

    #[test]
    fn page_numbers() {
        for marker in [
            "- 3 -",
            "— 12 —",
            "－3－",
            "第 4 页 共 10 页",
            "第4页",
            "3/10",
            "Page 3 of 12",
            "page 4",
        ] {
            assert!(is_page_marker(marker), "{marker}");
        }
        for text in [
            "-",
            "3",
            "一、总体要求",
            "2025-2026",
            "第四页",
            "增长3-5个百分点",
            "Page",
            "Pages 3 of 12",
            "Page three",
        ] {
            assert!(!is_page_marker(text), "{text}");
        }
    }

    #[test]
    fn a_papers_continuation_marks_are_a_page_break() {
        for mark in [
            "（下转第3版）",
            "（上接第一版）",
            "(下转A3版)",
            "转第5页",
            "（接上页）",
            "（紧接第2版）",
        ] {
            assert!(is_continuation_mark(mark), "{mark}");
        }
        for text in ["（转发）", "接第一批", "（上接）", "转第十三五规划期"] {
            assert!(!is_continuation_mark(text), "{text}");
        }
        // On lines of their own, or printed at a line's end and the next
        // one's start: set aside, and the sentence they cut made one again.
        for text in [
            "一、工作回顾\n过去一年，全县上下坚持稳中求进，\n（下转第2版）\n（上接第1版）\n地区生产总值增长6%。",
            "一、工作回顾\n过去一年，全县上下坚持稳中求进，（下转第二版）\n（上接第一版）地区生产总值增长6%。",
        ] {
            let (kept, noise) = furniture_set_aside(text);
            assert_eq!(
                kept,
                ["一、工作回顾", "过去一年，全县上下坚持稳中求进，地区生产总值增长6%。"],
                "{text}"
            );
            assert_eq!(noise.len(), 2);
        }
    }

    #[test]
    fn a_running_header_on_its_page_numbers_line() {
        let text = format!(
            "{LONG}\n2023年某县政府工作报告                 第 1 页 共 3 页\n{LONG}\n\
             政府工作报告  — 2 —\n{LONG}\n政府工作报告 — 3 —\n一、总体要求 第1页\n\
             全年完成 3/10\n增长 -5-\n{LONG} 第 2 页\n"
        );
        let (kept, noise) = furniture_set_aside(&text);
        let set_aside: Vec<&str> = noise.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(
            set_aside,
            [
                "2023年某县政府工作报告 第 1 页 共 3 页",
                "政府工作报告 — 2 —",
                "政府工作报告 — 3 —"
            ]
        );
        assert_eq!(kept.len(), 7);
    }

    /// A page's sentence, long enough to be prose.
    const LONG: &str =
        "全县上下坚持稳中求进工作总基调，扎实推进各项工作，经济社会保持平稳健康发展态势。";

    /// Three pages of a report under `title`: its title, then each page's
    /// heading and prose kept; four lines of the pages' furniture set aside.
    fn reads_three_pages(text: &str, title: &str) {
        let (kept, noise) = furniture_set_aside(text);
        assert_eq!(
            kept,
            [title, LONG, "二、工作安排", LONG, "三、保障措施", LONG]
        );
        assert_eq!(noise.len(), 4);
    }

    #[test]
    fn running_headers_beside_page_numbers() {
        let text = format!(
            "某县人民政府工作报告\n{LONG}\n- 2 -\n某县第十八届人民代表大会文件\n二、工作安排\n{LONG}\n\
             某县第十八届人民代表大会文件\n— 3 —\n三、保障措施\n{LONG}\n"
        );
        reads_three_pages(&text, "某县人民政府工作报告");
    }

    #[test]
    fn a_running_header_opening_with_a_year_beside_page_numbers() {
        let text = format!(
            "2019年某县政府工作报告\n{LONG}\n— 1 —\n2019年某县政府工作报告\n二、工作安排\n\
             {LONG}\n— 2 —\n2019年某县政府工作报告\n三、保障措施\n{LONG}\n"
        );
        reads_three_pages(&text, "2019年某县政府工作报告");
        // The year in Chinese numerals, as a title writes it.
        let text = text.replace("2019年", "二〇一九年");
        reads_three_pages(&text, "二〇一九年某县政府工作报告");
    }

    #[test]
    fn a_pages_footnote_over_its_number() {
        // The note at the page's foot is set aside with the page's
        // furniture, so the sentence the break split reads on; a line
        // opening with a mark the text sets after its words only below it
        // stays.
        let text = "某县人民政府工作报告\n全县“四上”企业①新增48家，一般公共预算收入完成\n\
                    ① “四上”企业：指规模以上工业等法人单位。\n— 3 —\n39.8亿元，增长6.1%。\n\
                    ②号地块完成出让。\n— 4 —\n三、保障措施，其中②\n";
        let (kept, noise) = furniture_set_aside(text);
        assert_eq!(
            kept,
            [
                "某县人民政府工作报告",
                "全县“四上”企业①新增48家，一般公共预算收入完成39.8亿元，增长6.1%。",
                "②号地块完成出让。",
                "三、保障措施，其中②"
            ]
        );
        assert_eq!(noise.len(), 3);
    }

    #[test]
    fn a_sentence_a_page_break_cut_is_one_line_again() {
        // A short half before the break would read as a heading: the page's
        // furniture set aside, the two halves are one line.
        let text = "某县人民政府工作报告\n一、2023年工作回顾\n\
                    过去一年，面对复杂严峻的形势，全县经济社会发展取得\n- 2 -\n\
                    某县人民政府公报\n新成效，地区生产总值增长6.1%。\n\
                    二、2024年工作安排\n- 3 -\n某县人民政府公报\n\
                    今年全县地区生产总值增长6%左右，\n- 4 -\n某县人民政府公报\n\
                    （一）聚焦产业发展。\n坚持创新驱动，加快转型\n- 5 -\n\
                    1.推进项目建设。\n";
        let (kept, noise) = furniture_set_aside(text);
        assert_eq!(
            kept,
            [
                "某县人民政府工作报告",
                "一、2023年工作回顾",
                "过去一年，面对复杂严峻的形势，全县经济社会发展取得新成效，地区生产总值增长6.1%。",
                "二、2024年工作安排",
                // A numbered line is never the rest of a sentence.
                "今年全县地区生产总值增长6%左右，",
                "（一）聚焦产业发展。",
                "坚持创新驱动，加快转型",
                "1.推进项目建设。",
            ]
        );
        assert_eq!(noise.len(), 7);
    }
}
