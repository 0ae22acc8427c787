//! What a wiki, an encyclopedia or an archive sets around a text it
//! copies, read by its shape: the edit link after a section's heading
//! (`关于国内建设[编辑]`), the box of fields about the article over it
//! (`中文名：…` / `报告时间：…` / `报告人：…`), and the line giving the
//! copy's address (`Original URL: http://…/page?id=3`). None is the
//! report's words.

use crate::clean::header_run::opens_on_salutation;
use crate::clean::title_lines::names_a_report;
use report_core::text::dates::is_full_date_alone;
use report_core::text::fold::{fold, is_han};
use report_core::text::layout::{has_sentence_end, opens_with_outline_number, Line};
use report_core::{Noise, NoiseKind};

/// The word of a wiki's edit link, folded (full width and case).
const EDIT_WORDS: [&str; 3] = ["编辑", "編輯", "edit"];
/// A heading an edit link follows is short.
const EDITED_HEADING_MAX_CHARS: usize = 40;

/// The line without the edit link a wiki sets after a section's heading
/// (`[编辑]`, `[edit]`, in any brackets), where what stands before it is a
/// short line of no sentence.
fn without_edit_mark(text: &str) -> Option<&str> {
    let trimmed = text.trim_end();
    let close = trimmed
        .chars()
        .last()
        .filter(|c| matches!(c, ']' | '］' | '】'))?;
    let open = trimmed[..trimmed.len() - close.len_utf8()].rfind(['[', '［', '【'])?;
    let word = fold(&trimmed[open..trimmed.len() - close.len_utf8()]);
    let word = word.trim_start_matches(['[', '［', '【']).trim();
    let heading = trimmed[..open].trim_end();
    (EDIT_WORDS.contains(&word)
        && !heading.is_empty()
        && heading.chars().count() <= EDITED_HEADING_MAX_CHARS
        && !has_sentence_end(heading))
    .then_some(heading)
}

/// The lines with a wiki's edit links taken off their headings, and its
/// boxes of fields and a copy's address lines set aside.
pub(crate) fn set_aside_reference_chrome(lines: Vec<Line>, noise: &mut Vec<Noise>) -> Vec<Line> {
    // An address the line above leads to on its colon (`请登录办事指南：`)
    // is the report's own.
    let mut kept: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        let led_to = kept
            .last()
            .is_some_and(|above| above.text.trim_end().ends_with([':', '：']));
        if is_address_line(&line.text) && !led_to {
            noise.push(Noise {
                kind: NoiseKind::Metadata,
                text: line.text,
                line: line.number,
            });
        } else {
            kept.push(line);
        }
    }
    let mut lines = kept;
    for line in &mut lines {
        if let Some(heading) = without_edit_mark(&line.text) {
            line.text = heading.to_string();
        }
    }
    set_aside_infoboxes(lines, noise)
}

/// A label before an address is a few words (`Original URL`, `原文地址`).
const ADDRESS_LABEL_MAX_CHARS: usize = 24;

/// A line that gives one page's address and nothing else, or a short label
/// and its colon before it: `Original URL: http://…/mse.exe?rec=3`. The
/// address names a page (a path after the host), not only a site, which a
/// source's line may name (`来自：www.example.com`).
pub fn is_address_line(text: &str) -> bool {
    let text = text.trim();
    let Some(at) = text.find("http://").or_else(|| text.find("https://")) else {
        return false;
    };
    let label = text[..at].trim_end();
    let label_ok = label.is_empty()
        || label.ends_with([':', '：'])
            && label.chars().count() <= ADDRESS_LABEL_MAX_CHARS
            && !has_sentence_end(label);
    let address = &text[at..];
    let after_scheme = &address[address.find("//").map_or(0, |p| p + 2)..];
    let has_path = after_scheme
        .split_once('/')
        .is_some_and(|(host, path)| host.contains('.') && !path.is_empty());
    label_ok && has_path && !address.contains(char::is_whitespace)
}

/// An infobox's field: a label of a few Chinese characters (spaces inside
/// allowed, `名 称`), its colon, a short value that is no sentence and no
/// list of clauses; a bullet or a dash may stand before it.
fn infobox_field(text: &str) -> Option<(String, &str)> {
    let text = text
        .trim()
        .trim_start_matches(['-', '•', '·', '*'])
        .trim_start();
    let at = text.find([':', '：'])?;
    let label: String = text[..at].chars().filter(|c| !c.is_whitespace()).collect();
    let value = text[at..].trim_start_matches([':', '：']).trim();
    let label_chars = label.chars().count();
    ((2..=INFOBOX_LABEL_MAX_CHARS).contains(&label_chars)
        && label.chars().all(is_han)
        && !value.is_empty()
        && value.chars().count() <= INFOBOX_VALUE_MAX_CHARS
        && !has_sentence_end(value)
        && !value.contains(['，', ',', '；', ';']))
    .then_some((label, value))
}
const INFOBOX_LABEL_MAX_CHARS: usize = 6;
const INFOBOX_VALUE_MAX_CHARS: usize = 50;
/// Fields in a row that make a box.
const INFOBOX_MIN_FIELDS: usize = 3;
/// The box's own label over it (`基本介绍`, `基本信息`) is a word or two.
const INFOBOX_CAPTION_MAX_CHARS: usize = 6;

/// Sets aside a wiki's or an encyclopedia's box of fields about the
/// article: three or more `label：value` lines in a row, each label once,
/// where a value names the report itself (`中文名：2004年某县政府工作报告`,
/// `报告类型：政府工作报告`) and another is a day and nothing else
/// (`报告时间：2003年12月25日`) — the box talks about the document, as a
/// report's own list of targets, projects or tasks (`地区生产总值：增长6%`,
/// `一季度：起草工作报告`) never does — and the box's short label right
/// over it. Only under the page's first prose (a wiki repeats the
/// article's lead over its box): above it, such fields are the page's
/// metadata, which the header reads.
fn set_aside_infoboxes(lines: Vec<Line>, noise: &mut Vec<Noise>) -> Vec<Line> {
    let mut aside = vec![false; lines.len()];
    // Over the first prose the fields are the page's metadata (a
    // disclosure grid's 标题, 发布日期), which the header reads; once the
    // report's own outline or salutation has begun, fields are the report's
    // (a meeting's 会议时间 and 审议事项 under `一、依法履职`).
    let first_prose = lines.iter().position(|l| has_sentence_end(&l.text));
    let report_begun = lines
        .iter()
        .position(|l| opens_with_outline_number(&l.text) || opens_on_salutation(&l.text))
        .unwrap_or(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let mut end = i;
        let mut labels: Vec<String> = Vec::new();
        let mut names_report = false;
        let mut dated = false;
        while let Some((label, value)) = lines.get(end).and_then(|l| infobox_field(&l.text)) {
            if labels.contains(&label) {
                break;
            }
            names_report |= names_a_report(value);
            dated |= is_full_date_alone(value);
            labels.push(label);
            end += 1;
        }
        let after_prose = first_prose.is_some_and(|p| p < i);
        if end - i >= INFOBOX_MIN_FIELDS && names_report && dated && after_prose && i < report_begun
        {
            aside[i..end].iter_mut().for_each(|a| *a = true);
            if let Some(above) = i.checked_sub(1) {
                let caption = lines[above].text.trim();
                if (2..=INFOBOX_CAPTION_MAX_CHARS).contains(&caption.chars().count())
                    && caption.chars().all(is_han)
                    && !opens_with_outline_number(caption)
                {
                    aside[above] = true;
                }
            }
            i = end;
        } else {
            i += 1;
        }
    }
    lines
        .into_iter()
        .zip(aside)
        .filter_map(|(line, aside)| {
            if aside {
                noise.push(Noise {
                    kind: NoiseKind::Metadata,
                    text: line.text,
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
    fn a_wikis_edit_link_after_a_heading() {
        let mut noise = Vec::new();
        let lines = set_aside_reference_chrome(read_lines(
            "关于经济建设[编辑]\n關於對外開放[編輯]\nOn the economy [edit]\n他在会上说[编辑]要求如下。\n二、加强编辑出版工作[编辑部]\n",
        ), &mut noise);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "关于经济建设",
                "關於對外開放",
                "On the economy",
                "他在会上说[编辑]要求如下。",
                "二、加强编辑出版工作[编辑部]",
            ]
        );
    }

    #[test]
    fn a_line_giving_a_pages_address() {
        for line in [
            "Original URL: http://lib.example.cn/bin/read.exe?rec=3&run=13",
            "原文地址：https://www.example.org/2024/0105/article.html",
            "http://www.example.gov.cn/art/2023/1/5/art_1.html",
        ] {
            assert!(is_address_line(line), "{line}");
        }
        for line in [
            "来自：www.example.com",
            "网址：http://www.example.com",
            "详见http://www.example.gov.cn/a.html，欢迎社会各界监督。",
            "全年网上办件率达到95%，政务网站http://www.example.gov.cn/ 访问量增长20%",
        ] {
            assert!(!is_address_line(line), "{line}");
        }
    }

    fn kept(text: &str) -> (Vec<String>, usize) {
        let mut noise = Vec::new();
        let kept = set_aside_infoboxes(read_lines(text), &mut noise)
            .into_iter()
            .map(|l| l.text)
            .collect();
        (kept, noise.len())
    }

    #[test]
    fn a_box_of_fields_about_the_report() {
        let (lines, aside) = kept(
            "过去一年，全县经济平稳运行。\n基本信息\n- 中文名：2004年某县政府工作报告\n- 汇报单位：某县人民政府\n- 报告时间：2003年12月25日\n一、2003年工作回顾\n过去一年，全县经济平稳运行。\n",
        );
        assert_eq!(
            lines,
            [
                "过去一年，全县经济平稳运行。",
                "一、2003年工作回顾",
                "过去一年，全县经济平稳运行。"
            ]
        );
        assert_eq!(aside, 4);
        let (lines, _) = kept(
            "1995年3月5日，某次会议开幕。\n中文名：1995年政府工作报告\n报告时间：1995年3月5日\n报告场合：某届人民代表大会某次会议\n报告人：国务院总理某某\n各位代表：\n",
        );
        assert_eq!(lines, ["1995年3月5日，某次会议开幕。", "各位代表："]);
    }

    #[test]
    fn a_reports_own_lists_with_colons_stay() {
        for text in [
            // Targets under their heading.
            "主要指标\n地区生产总值：增长6%左右\n一般公共预算收入：增长5%\n城镇新增就业：1.2万人以上\n",
            // Projects, one a report's name among them.
            "重点项目\n产业园区：某某物流园、某某科技园\n交通设施：某某高速公路\n民生工程：某某医院\n",
            // Tasks, a report among them, and a sentence.
            "工作安排\n一季度：起草政府工作报告\n二季度：开展中期评估\n三季度：形成总结报告\n",
            "工作安排\n一季度：完成政府工作报告起草，报送审议。\n二季度：开展中期评估\n截止时间：2024年3月1日\n",
            // A disclosure grid over the report, for the header to read.
            "标    题：某镇2024年政府工作报告\n发文机关：某镇人民政府\n发布日期：2024年02月26日\n各位代表：\n",
            // Two fields only.
            "名称：2023年某县政府工作报告\n时间：2023年1月5日\n各位代表：\n",
            // A meeting's record under the report's own outline.
            "各位代表：\n过去一年，我们依法履职。\n一、依法履职\n会议名称：县人大常委会第十次会议\n会议时间：2023年6月28日\n审议事项：县人民政府关于2022年决算的报告\n表决结果：全票通过\n",
        ] {
            let before: Vec<String> = read_lines(text).into_iter().map(|l| l.text).collect();
            assert_eq!(kept(text).0, before, "{text}");
        }
        // The same under prose: kept by what they say, not by where they stand.
        for text in [
            "主要指标\n地区生产总值：增长6%左右\n一般公共预算收入：增长5%\n城镇新增就业：1.2万人以上\n",
            "工作安排\n一季度：起草政府工作报告\n二季度：开展中期评估\n三季度：形成总结报告\n",
        ] {
            let text = format!("全县经济运行稳中有进。\n{text}");
            let before: Vec<String> = read_lines(&text).into_iter().map(|l| l.text).collect();
            assert_eq!(kept(&text).0, before, "{text}");
        }
    }

    #[test]
    fn an_address_the_line_above_leads_to_stays() {
        let text = "群众可登录查询办事指南：\nhttps://www.example.gov.cn/bsfw/index.html\n全县经济稳中有进。\nOriginal URL: http://lib.example.cn/read.exe?rec=3\n";
        let mut noise = Vec::new();
        let kept: Vec<String> = set_aside_reference_chrome(read_lines(text), &mut noise)
            .into_iter()
            .map(|l| l.text)
            .collect();
        assert_eq!(
            kept,
            [
                "群众可登录查询办事指南：",
                "https://www.example.gov.cn/bsfw/index.html",
                "全县经济稳中有进。"
            ]
        );
        assert_eq!(noise.len(), 1, "{noise:?}");
    }
}
