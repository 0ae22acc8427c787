//! Structuring the body: headings, paragraphs (with lines the source broke
//! mid-sentence joined again), captions, and the noise between them.

use crate::clean::body_layout::{read_layout, ShortLineLayout};
use crate::clean::body_metadata::{
    closing_date, is_closing_organs, print_record, signing_date, stated_line,
};
use crate::clean::captions::{caption_text, is_numbered_figure};
use crate::clean::footer_start::FooterStart;
use crate::clean::furniture::is_furniture;
use crate::clean::joins::join_broken;
use crate::clean::metadata::{parse_byline, parse_speaker_line};
use crate::clean::noise::{heads_a_reading, is_breadcrumb, is_contact_line, is_footer_line};
use crate::clean::notes::{note_marks, notes_block_start};
use crate::clean::page_lists::heads_attachments;
use crate::clean::table_rows::{is_table_caption, is_table_row};
use crate::clean::wrap::{broken_before_figure, Wrap};
use report_core::text::dates::PartialDate;
use report_core::text::layout::{ends_sentence, is_continuation, is_sentence_end, Line};
use report_core::{Noise, NoiseKind, Section};

/// What the header zone found, which the body needs to recognise repeats.
pub struct Known<'a> {
    pub title: Option<&'a str>,
    pub subtitle: Option<&'a str>,
}

#[derive(Debug, Default)]
pub struct Body {
    pub sections: Vec<Section>,
    pub captions: Vec<String>,
    pub noise: Vec<Noise>,
    pub authors: Vec<String>,
    /// A source named on a line of its own in the body (`来源：…` after the
    /// last paragraph).
    pub source: Option<String>,
    /// A publication date labelled on a line of its own in the body
    /// (`发布时间：…` under the article, as some pages set it).
    pub date: Option<(PartialDate, String)>,
}

/// A line that repeats the title, or a copy of it cut off mid-word
/// ("乘风破浪行 坊子奋力开创高"). A prefix that ends where the title has a
/// break ("做优做强三大产业" of "做优做强三大产业 重点打造五大片区") is a heading
/// that the title quotes, not a repeat; the title less a note in brackets
/// after it (`…工作报告` of `…工作报告（全文12000字）`) is one.
pub(crate) fn is_title_repeat(text: &str, title: &str) -> bool {
    if text == title {
        return true;
    }
    let Some(rest) = title.strip_prefix(text) else {
        return false;
    };
    let note = rest
        .trim_start()
        .strip_prefix(['（', '('])
        .and_then(|r| r.strip_suffix(['）', ')']))
        .is_some_and(|inner| !inner.contains(['（', '(', '）', ')']));
    if note && text.chars().count() >= 4 {
        return true;
    }
    let cut_mid_word = rest.chars().next().is_some_and(|c| {
        !c.is_whitespace() && !is_continuation(c) && !ends_sentence(&c.to_string())
    });
    text.chars().count() >= 4 && cut_mid_word
}

fn repeats_title(text: &str, known: &Known) -> bool {
    known.title.is_some_and(|t| is_title_repeat(text, t))
        || known.subtitle.is_some_and(|s| s == text)
}

struct Builder {
    body: Body,
    /// Heading lines waiting for their first paragraph.
    heading: Vec<String>,
    /// Where those lines stand.
    heading_numbers: Vec<usize>,
    /// The last paragraph is a sentence the source broke off.
    pending_join: bool,
}

impl Builder {
    fn noise(&mut self, kind: NoiseKind, line: &Line) {
        self.body.noise.push(Noise {
            kind,
            text: line.text.clone(),
            line: line.number,
        });
    }

    fn heading_line(&mut self, line: &Line) {
        self.pending_join = false;
        self.heading.push(line.text.clone());
        self.heading_numbers.push(line.number);
    }

    fn paragraph(&mut self, text: &str, continues: bool) {
        if self.pending_join {
            if let Some(last) = self
                .body
                .sections
                .last_mut()
                .and_then(|s| s.paragraphs.last_mut())
            {
                join_broken(last, text);
                self.pending_join = continues;
                return;
            }
        }
        if !self.heading.is_empty() || self.body.sections.is_empty() {
            self.heading_numbers.clear();
            self.body.sections.push(Section {
                heading: std::mem::take(&mut self.heading),
                paragraphs: Vec::new(),
                themes: Vec::new(),
            });
        }
        if let Some(section) = self.body.sections.last_mut() {
            section.paragraphs.push(text.to_string());
        }
        self.pending_join = continues;
    }

    fn finish(mut self) -> Body {
        // A notice's closing items (`时间：…`, `地点：…`) are its content.
        let labelled = self.heading.iter().any(|h| {
            h.split_once(['：', ':'])
                .is_some_and(|(label, value)| !label.is_empty() && !value.trim().is_empty())
        });
        if !self.heading.is_empty() && !self.body.sections.is_empty() && !labelled {
            // Short lines after the last paragraph head nothing: a list of
            // other articles' titles under its label (`热点排行`), a
            // signature, leftovers of the page.
            let lines = std::mem::take(&mut self.heading);
            for (text, line) in lines.into_iter().zip(&self.heading_numbers) {
                self.body.noise.push(Noise {
                    kind: NoiseKind::Footer,
                    text,
                    line: *line,
                });
            }
        } else if !self.heading.is_empty() {
            self.body.sections.push(Section {
                heading: std::mem::take(&mut self.heading),
                paragraphs: Vec::new(),
                themes: Vec::new(),
            });
        }
        self.body
    }
}

/// A top-level item number: `一、` to `九十九、`.
pub(crate) fn top_level_number(text: &str) -> Option<usize> {
    let numeral_len = text
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .count();
    let rest = text.chars().nth(numeral_len);
    ((1..=3).contains(&numeral_len) && rest == Some('、')).then_some(numeral_len + 1)
}

const SENTENCE_HEADING_MAX_CHARS: usize = 60;

/// `一、提高低保和重点群体救助保障水平。` over its paragraph: a numbered item
/// that is one short sentence, followed by longer prose, heads that prose.
fn is_numbered_sentence_heading(text: &str, next: Option<&Line>) -> bool {
    let one_sentence =
        ends_sentence(text) && text.chars().filter(|c| is_sentence_end(*c)).count() == 1;
    top_level_number(text).is_some()
        && one_sentence
        && text.chars().count() <= SENTENCE_HEADING_MAX_CHARS
        && next.is_some_and(|n| n.chars() > text.chars().count() && !n.is_short())
}

const RUN_IN_HEADING_MAX_CHARS: usize = 20;

/// `一、2022年工作回顾。过去一年，…`: a top-level item whose first sentence is
/// a short phrase (no comma) with longer prose after it, the heading run
/// into its paragraph. The heading without its full stop, and the prose.
fn run_in_heading(text: &str) -> Option<(&str, &str)> {
    top_level_number(text)?;
    let (end, _) = text.char_indices().find(|(_, c)| is_sentence_end(*c))?;
    let heading = &text[..end];
    let rest = text[end..].trim_start_matches(is_sentence_end).trim_start();
    let phrase = heading.chars().count() <= RUN_IN_HEADING_MAX_CHARS
        && !heading.contains(['，', ',', '；', ';', '：', ':']);
    // It heads more than itself (`三、加强领导。责任到人。` is one item).
    let heads_prose = rest.chars().count() > heading.chars().count();
    (phrase && heads_prose).then_some((heading, rest))
}

/// Whether a line breaks off mid-sentence and continues on the next line.
fn breaks_off(text: &str, next: Option<&Line>) -> bool {
    if ends_sentence(text) {
        return false;
    }
    text.chars().last().is_some_and(is_continuation)
        || next.is_some_and(|n| !n.is_short())
        || broken_before_figure(text, next)
}

/// Structures the body lines (everything after the header zone).
pub fn structure_body(lines: &[Line], known: &Known) -> Body {
    let note_marks = note_marks(lines);
    let layout = read_layout(lines, &note_marks);
    let wrap = Wrap::read(lines);
    let runs_on =
        |line: &Line, next: Option<&Line>| wrap.as_ref().is_some_and(|w| w.runs_on(line, next));
    let continues =
        |line: &Line, next: Option<&Line>| runs_on(line, next) || breaks_off(&line.text, next);
    let mut b = Builder {
        body: Body::default(),
        heading: Vec::new(),
        heading_numbers: Vec::new(),
        pending_join: false,
    };
    let notes_from = notes_block_start(lines, &note_marks);
    let footer = FooterStart::read(lines);
    let mut in_footer = false;
    for (i, line) in lines.iter().enumerate() {
        let text = line.text.as_str();
        // A piece reading the report, after the report's prose, is the
        // page's next article (on a page that is no such piece itself).
        let read_after = heads_a_reading(text)
            && !known.title.is_some_and(heads_a_reading)
            && b.body.sections.iter().any(|s| !s.paragraphs.is_empty());
        in_footer |= i >= footer.from || read_after;
        // A figure's caption (`图2：2024年主要预期目标`) heads the words
        // under it, as an illustrated page (图解) sets them: no heading.
        let under_figure = i > 0 && is_numbered_figure(&lines[i - 1].text);
        if in_footer || footer.in_inline_list(i) || is_footer_line(text) || i >= notes_from {
            b.noise(NoiseKind::Footer, line);
        } else if is_contact_line(text) {
            b.noise(NoiseKind::Contact, line);
        } else if is_breadcrumb(text) {
            b.noise(NoiseKind::Breadcrumb, line);
        } else if is_furniture(text)
            || heads_attachments(text, lines.get(i + 1).map(|l| l.text.as_str()))
        {
            b.noise(NoiseKind::Metadata, line);
        } else if let Some((date, speaker)) = closing_date(lines, i) {
            b.body.date = b.body.date.take().or(Some(date));
            b.body.authors.extend(speaker);
            b.noise(NoiseKind::Metadata, line);
        } else if signing_date(lines, i + 1).is_some() {
            // The issuing body over its date, as a document is signed, or
            // the speaker who signs the speech (`县长 刘勇` over the day).
            match parse_speaker_line(text) {
                Some(name) => {
                    b.body.authors.push(name);
                    b.noise(NoiseKind::Byline, line);
                }
                None => {
                    b.body.source.get_or_insert_with(|| text.to_string());
                    b.noise(NoiseKind::Metadata, line);
                }
            }
        } else if let Some(office) = print_record(text) {
            b.body.source.get_or_insert(office);
            b.noise(NoiseKind::Metadata, line);
        } else if is_closing_organs(text) {
            b.noise(NoiseKind::Metadata, line);
        } else if let Some(stated) = stated_line(line) {
            b.body.source = b.body.source.take().or(stated.source);
            b.body.date = b.body.date.take().or(stated.date);
            b.noise(NoiseKind::Metadata, line);
        } else if line.is_short() && repeats_title(text, known) {
            b.noise(NoiseKind::TitleRepeat, line);
        } else if let Some(names) = parse_byline(text) {
            b.body.authors.extend(names);
            b.noise(NoiseKind::Byline, line);
        } else if let Some(caption) = caption_text(line, &note_marks) {
            b.body.captions.push(caption);
        } else if b.pending_join
            && !(line.is_short() && top_level_number(text).is_some())
            && !is_table_row(text, lines.get(i + 1))
        {
            // A numbered heading or a table's row starts afresh even after
            // a colon (`各位代表：` with no opening paragraph under it,
            // `…如下表：` over the table).
            b.paragraph(text, continues(line, lines.get(i + 1)));
        } else if runs_on(line, lines.get(i + 1)) {
            // A wrapped paragraph's first line, however short the width.
            b.paragraph(text, true);
        } else if is_numbered_sentence_heading(text, lines.get(i + 1)) {
            b.heading_line(line);
        } else if is_table_row(text, lines.get(i + 1)) || is_table_caption(text) {
            b.pending_join = false;
            b.paragraph(text, false);
        } else if line.is_short()
            && !text.chars().last().is_some_and(is_continuation)
            && !under_figure
            && !broken_before_figure(text, lines.get(i + 1))
        {
            let gap_before = i
                .checked_sub(1)
                .map_or(usize::MAX, |p| line.number.saturating_sub(lines[p].number));
            let caption = match layout {
                ShortLineLayout::IndentedHeadings { paragraph_gap } => {
                    !line.indented && gap_before <= paragraph_gap
                }
                ShortLineLayout::AllHeadings => false,
            };
            if caption {
                b.body.captions.push(text.to_string());
            } else {
                b.heading_line(line);
            }
        } else if let Some((heading, rest)) = run_in_heading(text) {
            b.heading_line(&Line {
                text: heading.to_string(),
                ..line.clone()
            });
            b.paragraph(rest, continues(line, lines.get(i + 1)));
        } else {
            b.paragraph(text, continues(line, lines.get(i + 1)));
        }
    }
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    fn body(text: &str) -> Body {
        structure_body(
            &read_lines(text),
            &Known {
                title: None,
                subtitle: None,
            },
        )
    }

    const LONG: &str =
        "这是一个足够长的段落，用来确认行的长度超过了标题和小标题的上限，因此被当作正文处理。";

    #[test]
    fn a_numbered_heading_right_after_the_salutation_is_a_heading() {
        let b = body(&format!(
            "各位代表：\n一、2022年工作回顾\n{LONG}\n二、2023年工作安排\n{LONG}"
        ));
        let headings: Vec<&String> = b.sections.iter().flat_map(|s| &s.heading).collect();
        assert_eq!(headings, ["一、2022年工作回顾", "二、2023年工作安排"]);
        assert_eq!(b.sections[0].paragraphs, ["各位代表："]);
    }

    #[test]
    fn a_tables_rows_are_paragraphs_and_spaced_headings_stay_headings() {
        let b = body(&format!(
            "一、执行情况\n{LONG}\n\
             指标 单位 2023年目标 完成情况\n\
             地区生产总值增速 % 7 5.1\n\
             一般公共预算收入 亿元 60 61.2\n\
             二、强化创新驱动 提升产业能级 推动高质量发展\n{LONG}"
        ));
        let headings: Vec<&String> = b.sections.iter().flat_map(|s| &s.heading).collect();
        assert_eq!(
            headings,
            [
                "一、执行情况",
                "二、强化创新驱动 提升产业能级 推动高质量发展"
            ]
        );
        let rows: Vec<&String> = b.sections[0].paragraphs.iter().skip(1).collect();
        assert_eq!(
            rows,
            [
                "指标 单位 2023年目标 完成情况",
                "地区生产总值增速 % 7 5.1",
                "一般公共预算收入 亿元 60 61.2"
            ]
        );
    }

    #[test]
    fn a_tables_rows_whose_cells_carry_their_units_are_rows() {
        let b = body(&format!(
            "一、计划执行情况\n主要指标完成情况如下：\n\
             指标名称 2024年目标 完成情况\n\
             地区生产总值 增长5.5% 增长4.8%\n\
             一般公共预算收入 82亿元 84.6亿元\n\
             二、2025年主要目标\n{LONG}"
        ));
        let headings: Vec<&String> = b.sections.iter().flat_map(|s| &s.heading).collect();
        assert_eq!(headings, ["一、计划执行情况", "二、2025年主要目标"]);
        assert_eq!(
            b.sections[0].paragraphs,
            [
                "主要指标完成情况如下：",
                "指标名称 2024年目标 完成情况",
                "地区生产总值 增长5.5% 增长4.8%",
                "一般公共预算收入 82亿元 84.6亿元"
            ]
        );
        let b = body(&format!(
            "一、2024年工作回顾\n{LONG}\n\
             表1　2024年主要经济指标完成情况\n\
             单位：亿元、%\n\
             指标 完成值 增长\n\
             地区生产总值 758.6 4.2\n"
        ));
        let headings: Vec<&String> = b.sections.iter().flat_map(|s| &s.heading).collect();
        assert_eq!(headings, ["一、2024年工作回顾"]);
        assert_eq!(
            b.sections[0].paragraphs[1],
            "表1 2024年主要经济指标完成情况"
        );
        assert_eq!(b.sections[0].paragraphs[2], "单位：亿元、%");
    }

    #[test]
    fn joins_lines_broken_mid_sentence() {
        let b = body(&format!(
            "{}重点打造一区、\n\n一镇、一城。\n\n下一段。{LONG}",
            &LONG[..LONG.len() - 3]
        ));
        let paragraphs: Vec<&String> = b.sections.iter().flat_map(|s| &s.paragraphs).collect();
        assert_eq!(paragraphs.len(), 2, "{paragraphs:?}");
        assert!(paragraphs[0].ends_with("重点打造一区、一镇、一城。"));
    }

    #[test]
    fn joins_a_short_line_ending_in_a_comma() {
        let b = body(&format!(
            "小标题\n坊子区坚持就业是最大的民生，\n全面落实就业优先政策。{LONG}"
        ));
        assert_eq!(b.sections[0].heading, vec!["小标题"]);
        assert!(b.sections[0].paragraphs[0].starts_with("坊子区坚持就业是最大的民生，全面落实"));
    }

    #[test]
    fn two_short_lines_make_one_heading() {
        let b = body(&format!(
            "  {LONG}\n聚焦“百亿级产业集群”\n推动高质量发展\n  {LONG}"
        ));
        assert_eq!(
            b.sections[1].heading,
            vec!["聚焦“百亿级产业集群”", "推动高质量发展"]
        );
    }

    #[test]
    fn flush_short_lines_are_captions_when_headings_are_indented() {
        let b = body(&format!(
            "  小标题一\n  {LONG}\n航天城\n  {LONG}\n  小标题二\n  {LONG}"
        ));
        assert_eq!(b.captions, vec!["航天城"]);
        let headings: Vec<_> = b.sections.iter().filter_map(|s| s.heading_text()).collect();
        assert_eq!(headings, vec!["小标题一", "小标题二"]);
    }

    #[test]
    fn flush_numbered_headings_stay_headings_beside_a_stray_indented_line() {
        // A wiki copy: indented prose, flush numbered headings, and one
        // indented line a link broke off short.
        let lines = [
            "一、2011年工作回顾".to_string(),
            format!("　　{LONG}"),
            "　　我们必须认真执行".to_string(),
            format!("　　{LONG}"),
            "（一）加强宏观调控".to_string(),
            format!("　　{LONG}"),
        ];
        let b = body(&lines.join("\n"));
        let headings: Vec<_> = b.sections.iter().filter_map(|s| s.heading_text()).collect();
        assert_eq!(headings[0], "一、2011年工作回顾");
        assert!(headings.contains(&"（一）加强宏观调控".to_string()));
        assert!(b.captions.is_empty(), "{:?}", b.captions);
    }

    #[test]
    fn a_flush_line_set_apart_over_indented_sub_headings_is_a_heading() {
        // Parts flush after extra blank lines, their sub-headings indented
        // like the prose; a photo's name flush between paragraphs stays a
        // caption.
        let b = body(&format!(
            "国民经济的成就\n\n\n\n  今后的建设任务\n\n  {LONG}\n\n航天城\n\n  {LONG}\n\n\n\n\
             国际形势\n\n  对外工作的方针\n\n  {LONG}"
        ));
        let headings: Vec<_> = b.sections.iter().filter_map(|s| s.heading_text()).collect();
        assert!(
            headings.iter().any(|h| h.contains("国民经济的成就")),
            "{headings:?}"
        );
        assert!(
            headings.iter().any(|h| h.contains("国际形势")),
            "{headings:?}"
        );
        assert_eq!(b.captions, vec!["航天城"]);
    }

    #[test]
    fn title_repeats_cut_mid_word_but_not_at_a_break() {
        assert!(is_title_repeat(
            "乘风破浪行 坊子奋力开创高",
            "乘风破浪行 坊子奋力开创高质量发展新局面"
        ));
        assert!(!is_title_repeat(
            "做优做强三大产业",
            "做优做强三大产业 重点打造五大片区"
        ));
        assert!(is_title_repeat("标题", "标题"));
        assert!(!is_title_repeat("乘风", "乘风破浪行"));
    }

    #[test]
    fn numbered_and_marked_captions() {
        let b = body(&format!(
            "{LONG}\n①白沙河\n②潍汶河汇流处\n泰华城封顶（资料图）"
        ));
        assert_eq!(
            b.captions,
            vec!["白沙河", "潍汶河汇流处", "泰华城封顶（资料图）"]
        );
    }

    #[test]
    fn footer_contact_and_byline_are_noise() {
        let b = body(&format!(
            "{LONG}\n(阎家鹏)\n4001893518\n相关推荐\n某某新闻标题\n返回顶部"
        ));
        let kinds: Vec<NoiseKind> = b.noise.iter().map(|n| n.kind).collect();
        assert_eq!(
            kinds,
            vec![
                NoiseKind::Byline,
                NoiseKind::Contact,
                NoiseKind::Footer,
                NoiseKind::Footer,
                NoiseKind::Footer
            ]
        );
        assert_eq!(b.authors, vec!["阎家鹏"]);
        assert_eq!(
            b.sections.iter().map(|s| s.paragraphs.len()).sum::<usize>(),
            1
        );
    }

    #[test]
    fn a_numbered_one_sentence_item_heads_its_prose() {
        let b = body(&format!(
            "一、提高城乡低保标准。\n{LONG}\n二、完善养老服务体系。\n{LONG}\n三、加强领导。责任到人。\n{LONG}"
        ));
        let headings: Vec<_> = b.sections.iter().filter_map(|s| s.heading_text()).collect();
        assert_eq!(
            headings,
            vec!["一、提高城乡低保标准。", "二、完善养老服务体系。"]
        );
    }

    #[test]
    fn the_words_under_a_figures_caption_are_no_heading() {
        let b = body(&format!(
            "{LONG}\n图1：2023年主要经济指标\n地区生产总值 1350亿元 增长5.1%\n\
             图2：2024年主要预期目标\n地区生产总值增长6%左右"
        ));
        assert_eq!(
            b.captions,
            ["图1：2023年主要经济指标", "图2：2024年主要预期目标"]
        );
        let paragraphs: Vec<&String> = b.sections.iter().flat_map(|s| &s.paragraphs).collect();
        assert_eq!(paragraphs[2], "地区生产总值增长6%左右", "{b:#?}");
        assert!(b.noise.is_empty(), "{:?}", b.noise);
    }

    #[test]
    fn a_notes_block_at_the_end_is_no_body() {
        let b = body(
            "一、2023年工作回顾\n过去一年，“四上”企业①新增48家，完成“两供两治”②项目12个，地区生产总值增长4.9%。\n\
             名词解释：①“四上”企业：规模以上工业企业、有资质的建筑业企业。\n\
             ②“两供两治”：供水、供气、污水治理、垃圾治理。",
        );
        let paragraphs: Vec<&String> = b.sections.iter().flat_map(|s| &s.paragraphs).collect();
        assert_eq!(paragraphs.len(), 1, "{paragraphs:?}");
        assert_eq!(b.noise.len(), 2);
        assert!(b.noise.iter().all(|n| n.kind == NoiseKind::Footer));
    }

    #[test]
    fn numbered_headings_and_full_width_text() {
        let b = body(&format!("一、总体情况\n{LONG}\n二、下一步工作\n{LONG}"));
        let headings: Vec<_> = b.sections.iter().filter_map(|s| s.heading_text()).collect();
        assert_eq!(headings, vec!["一、总体情况", "二、下一步工作"]);
    }
}
