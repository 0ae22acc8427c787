//! A page's chrome repeated inside the body: a report split over several
//! pages, each carrying the site's header or path again, or a copy of them
//! pasted as one text. The first is set aside as chrome by its place; the
//! repeats, standing between headings and paragraphs, are the same line.

use report_core::text::layout::{opens_with_outline_number, Line};
use report_core::{Noise, NoiseKind, Section};

/// The longest line taken for a repeat of chrome: a paragraph of prose
/// that happens to repeat is kept.
const REPEAT_MAX_CHARS: usize = 40;

/// Moves headings and paragraphs that repeat a line already set aside as
/// navigation or footer to the noise, with that kind. A heading numbered
/// as the outline numbers its parts (`一、2023年工作回顾`) stays: the line
/// it repeats is a table of contents linking to it (`<a href="#a1">`),
/// and no site's chrome is numbered so.
pub fn set_aside_repeated_chrome(
    sections: &mut Vec<Section>,
    lines: &[Line],
    noise: &mut Vec<Noise>,
) {
    let chrome: Vec<(String, NoiseKind)> = noise
        .iter()
        .filter(|n| matches!(n.kind, NoiseKind::Breadcrumb | NoiseKind::Footer))
        .filter(|n| n.text.chars().count() <= REPEAT_MAX_CHARS)
        .map(|n| (n.text.trim().to_string(), n.kind))
        .collect();
    if chrome.is_empty() {
        return;
    }
    let kind_of = |text: &str| {
        if opens_with_outline_number(text.trim()) {
            return None;
        }
        chrome
            .iter()
            .find(|(c, _)| c == text.trim())
            .map(|(_, kind)| *kind)
    };
    let mut moved = Vec::new();
    for section in sections.iter_mut() {
        for list in [&mut section.heading, &mut section.paragraphs] {
            list.retain(|text| match kind_of(text) {
                Some(kind) => {
                    moved.push((kind, text.clone()));
                    false
                }
                None => true,
            });
        }
    }
    sections.retain(|s| !s.heading.is_empty() || !s.paragraphs.is_empty());
    let mut used = std::collections::HashSet::new();
    for (kind, text) in moved {
        let line = lines
            .iter()
            .find(|l| l.text.trim() == text.trim() && used.insert(l.number))
            .map_or(0, |l| l.number);
        noise.push(Noise { kind, text, line });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(heading: &[&str], paragraphs: &[&str]) -> Section {
        Section {
            heading: heading.iter().map(|s| s.to_string()).collect(),
            paragraphs: paragraphs.iter().map(|s| s.to_string()).collect(),
            themes: Vec::new(),
        }
    }

    #[test]
    fn a_site_header_repeated_on_each_page_is_chrome() {
        let mut sections = vec![
            section(&[], &["各位代表：过去一年，经济运行稳中有进。"]),
            section(
                &["某某县人民政府 门户网站", "一、2023年工作回顾"],
                &["全年增长6%。"],
            ),
            section(&["某某县人民政府 门户网站"], &[]),
        ];
        let mut noise = vec![Noise {
            kind: NoiseKind::Breadcrumb,
            text: "某某县人民政府 门户网站".into(),
            line: 1,
        }];
        set_aside_repeated_chrome(&mut sections, &[], &mut noise);
        assert_eq!(sections.len(), 2);
        assert_eq!(sections[1].heading, ["一、2023年工作回顾"]);
        assert_eq!(noise.len(), 3);
        assert_eq!(noise[1].kind, NoiseKind::Breadcrumb);
    }

    #[test]
    fn the_headings_a_table_of_contents_repeats_stay() {
        let mut sections = vec![
            section(&["一、2023年工作回顾"], &["全年增长6%。"]),
            section(&["二、2024年主要目标任务"], &["增长5%左右。"]),
        ];
        let mut noise: Vec<Noise> = ["一、2023年工作回顾", "二、2024年主要目标任务"]
            .iter()
            .zip(1..)
            .map(|(text, line)| Noise {
                kind: NoiseKind::Breadcrumb,
                text: text.to_string(),
                line,
            })
            .collect();
        set_aside_repeated_chrome(&mut sections, &[], &mut noise);
        assert_eq!(sections.len(), 2);
        assert_eq!(sections[1].heading, ["二、2024年主要目标任务"]);
        assert_eq!(noise.len(), 2);
    }

    #[test]
    fn a_repeated_metadata_line_or_long_prose_is_left() {
        let prose = "过去一年，全县经济运行稳中有进，地区生产总值完成286.5亿元，增长5.8%，一般公共预算收入完成18.2亿元。";
        let mut sections = vec![section(&[], &[prose, "来源：县政府办"])];
        let mut noise = vec![
            Noise {
                kind: NoiseKind::Footer,
                text: prose.into(),
                line: 9,
            },
            Noise {
                kind: NoiseKind::Metadata,
                text: "来源：县政府办".into(),
                line: 2,
            },
        ];
        set_aside_repeated_chrome(&mut sections, &[], &mut noise);
        assert_eq!(sections[0].paragraphs.len(), 2);
    }
}
