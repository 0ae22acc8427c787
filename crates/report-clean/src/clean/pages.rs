//! A document copied out of a PDF keeps its pages' furniture between the
//! lines of text: page numbers (`- 3 -`, `— 3 —`, `第 4 页 共 10 页`) and
//! running headers or footers repeated beside them. Both are set aside
//! before the header and body are read.

use report_core::text::layout::Line;
use report_core::{Noise, NoiseKind};

/// Dashes a page number stands between: `- 3 -`, `— 3 —`, `－3－`.
const PAGE_NUMBER_DASHES: [char; 5] = ['-', '—', '－', '–', '―'];

/// A page number standing alone: `- 3 -`, `— 3 —`, `第 4 页 共 10 页`,
/// `第4页`, `3/10`.
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
    dashed || page_of || fraction
}

/// Whether a line is numbered as a heading is (`二、`, `（三）`, `1.`): a
/// heading may follow a page break, a running header is never numbered.
fn is_numbered(text: &str) -> bool {
    let first = text.chars().next();
    first.is_some_and(|c| "一二三四五六七八九十（(".contains(c) || c.is_ascii_digit())
}

/// Sets aside page numbers, and the short lines beside them that the
/// document repeats elsewhere (running headers and footers).
pub fn set_aside_page_furniture(lines: Vec<Line>, noise: &mut Vec<Noise>) -> Vec<Line> {
    let markers: Vec<bool> = lines.iter().map(|l| is_page_marker(&l.text)).collect();
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
    lines
        .into_iter()
        .enumerate()
        .filter_map(|(i, line)| {
            if markers[i] || running[i] {
                noise.push(Noise {
                    kind: NoiseKind::Footer,
                    text: line.text.clone(),
                    line: line.number,
                });
                None
            } else {
                Some(line)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    #[test]
    fn page_numbers() {
        for marker in [
            "- 3 -",
            "— 12 —",
            "－3－",
            "第 4 页 共 10 页",
            "第4页",
            "3/10",
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
        ] {
            assert!(!is_page_marker(text), "{text}");
        }
    }

    #[test]
    fn running_headers_beside_page_numbers() {
        let long =
            "全县上下坚持稳中求进工作总基调，扎实推进各项工作，经济社会保持平稳健康发展态势。";
        let text = format!(
            "某县人民政府工作报告\n{long}\n- 2 -\n某县第十八届人民代表大会文件\n二、工作安排\n{long}\n\
             某县第十八届人民代表大会文件\n— 3 —\n三、保障措施\n{long}\n"
        );
        let mut noise = Vec::new();
        let kept: Vec<String> = set_aside_page_furniture(read_lines(&text), &mut noise)
            .into_iter()
            .map(|l| l.text)
            .collect();
        assert_eq!(
            kept,
            [
                "某县人民政府工作报告",
                long,
                "二、工作安排",
                long,
                "三、保障措施",
                long
            ]
        );
        assert_eq!(noise.len(), 4);
    }
}
