//! Structuring the body: headings, paragraphs (with lines the source broke
//! mid-sentence joined again), captions, and the noise between them.

use crate::clean::body_layout::{heads_after_lead, read_layout, ShortLineLayout};
use crate::clean::body_metadata::{
    closing_date, inner_header_line, is_closing_organs, print_record, signing_date, stated_line,
};
use crate::clean::captions::{caption_text, is_numbered_figure};
use crate::clean::document_notices::is_part_label;
use crate::clean::footer_start::FooterStart;
use crate::clean::furniture::is_furniture;
use crate::clean::header_run::is_greeting;
use crate::clean::joins::join_broken;
use crate::clean::markdown::list_item;
use crate::clean::metadata::{parse_byline, parse_delivery_line, parse_speaker_line};
use crate::clean::noise::{
    heads_a_reading, is_breadcrumb, is_breadcrumb_in_prose, is_contact_line, is_footer_line,
};
use crate::clean::notes::{note_marks, notes_block_start};
use crate::clean::page_lists::heads_attachments;
use crate::clean::speaker_lines::government_then_name;
use crate::clean::table_rows::{is_bulleted_figure, is_table_caption, is_table_row, BULLETS};
use crate::clean::wrap::{broken_before_figure, is_line_of_wrapped_prose, Wrap};
use report_core::text::dates::PartialDate;
use report_core::text::layout::{
    ends_sentence, has_sentence_end, is_continuation, is_sentence_end, Line,
};
use report_core::text::numbers::parse_chinese_number;
use report_core::{Noise, NoiseKind, Section};

/// A heading without the list's mark a copy set before it (`- 总体情况`,
/// `● 民生保障持续加强`): Markdown's list marks, or a bullet and a space.
/// A mark on both sides (`· 专栏 ·`, `● 要闻 ●`) frames the heading; it
/// stays.
fn without_list_mark(text: &str) -> &str {
    let rest = list_item(text).or_else(|| {
        text.strip_prefix(BULLETS)
            .filter(|rest| rest.starts_with(' '))
    });
    let framed = text
        .chars()
        .next()
        .is_some_and(|mark| text.trim_end().ends_with(mark));
    match rest.map(str::trim_start) {
        Some(rest) if !rest.trim().is_empty() && !framed => rest,
        _ => text,
    }
}

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
    /// The speech's delivery line over the body's first paragraph, where
    /// the header zone ended above it (at a page's chrome).
    pub delivered: Option<(PartialDate, String)>,
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

/// The title or the subtitle again (the report's name given as the
/// subtitle under a page's crumb), the spaces beside a number aside: a
/// copy spaces a year from its words (`2023 年…`) in one and not the
/// other. A space between words is a break (`…三大产业 重点打造…`).
fn repeats_title(text: &str, known: &Known) -> bool {
    let bare = |t: &str| -> String {
        let chars: Vec<char> = t.chars().collect();
        let by_digit = |i: usize| {
            let digit = |j: Option<&char>| j.is_some_and(char::is_ascii_digit);
            digit(i.checked_sub(1).and_then(|p| chars.get(p))) || digit(chars.get(i + 1))
        };
        chars
            .iter()
            .enumerate()
            .filter(|(i, c)| !(c.is_whitespace() && by_digit(*i)))
            .map(|(_, c)| *c)
            .collect()
    };
    let text = bare(text);
    [known.title, known.subtitle]
        .into_iter()
        .flatten()
        .any(|t| is_title_repeat(&text, &bare(t)))
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

    /// The report's own header met before any paragraph, the header zone
    /// having ended above it: its delivery line dates the speech, its
    /// speaker's line names who gave it, and the lines waiting over the
    /// delivery line for a paragraph (the speech's title, the page's
    /// chrome) head nothing.
    fn own_header_line(&mut self, kind: NoiseKind, line: &Line) {
        if kind == NoiseKind::Byline {
            let name = parse_speaker_line(&line.text).or_else(|| government_then_name(&line.text));
            self.body.authors.extend(name);
            return;
        }
        if let Some(delivered) = parse_delivery_line(&line.text) {
            self.body.delivered.get_or_insert(delivered);
        }
        // A salutation or a numbered heading waiting there is the speech's
        // own: only the lines of a header stand over a delivery line.
        let speech_begun = self
            .heading
            .iter()
            .any(|h| h.ends_with(['：', ':']) || top_level_number(h).is_some());
        if speech_begun {
            return;
        }
        let waiting = self.heading.drain(..).zip(self.heading_numbers.drain(..));
        for (text, number) in waiting {
            self.body.noise.push(Noise {
                kind: NoiseKind::Metadata,
                text,
                line: number,
            });
        }
    }

    fn heading_line(&mut self, line: &Line) {
        self.pending_join = false;
        // `- 总体情况`: a list's mark a copy set before a heading (a page's
        // numbered list turned into text) is no part of it.
        self.heading.push(without_list_mark(&line.text).to_string());
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

/// The value of a line's top-level number (`二、农业` → 2).
fn top_level_value(text: &str) -> Option<usize> {
    let numeral: Vec<char> = text.chars().take(top_level_number(text)? - 1).collect();
    // The whole numeral, read as figures read one (`二`, `十二`, `二十一`).
    let (value, len) = parse_chinese_number(&numeral, true)?;
    (len == numeral.len() && value >= 1.0).then_some(value as usize)
}

/// `二、农 业` under a chart's caption (`图2：…比重`) where the last top-level
/// heading was `一、综合`: numbered as the outline's next part, it heads
/// that part as it would anywhere. What a caption heads (an illustrated
/// page's `一、生产总值增长6%` under `图2：主要预期目标`, no part before it
/// numbered one less; an item with its figure, `二、城镇新增就业5万人`; two
/// numerals paired, `二、三产业占比提高`) is still no heading.
fn is_next_top_level_part(text: &str, sections: &[Section]) -> bool {
    let Some(value) = top_level_value(text) else {
        return false;
    };
    if has_sentence_end(text)
        || text
            .chars()
            .any(|c| c.is_ascii_digit() || c == '%' || c == '％')
    {
        return false;
    }
    // `二、三产业`, `二、三季度`: two numerals paired (the second and the
    // third) are the chart's words, not the outline's part two.
    let after = top_level_number(text).and_then(|len| text.chars().nth(len));
    if after.is_some_and(|c| "一二三四五六七八九十".contains(c)) {
        return false;
    }
    let last = sections
        .iter()
        .rev()
        .flat_map(|s| s.heading.iter().rev())
        .find_map(|h| top_level_value(h));
    last.is_some_and(|v| v + 1 == value)
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
/// Numerals that, opening the words after `一、`, make it the first of
/// numbers in a row (`一、二季度`), no heading's number.
const NUMBERS_IN_A_ROW: &str = "一二三四五六七八九十两〇零百千";

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

/// `…如对本报告有疑问，请与某某办公室联系。一、总体情况`: a paragraph whose
/// last sentence ended, then a top-level heading run onto it with nothing
/// after it, a short phrase (no punctuation, no second numeral: `…。一、
/// 二、三产业协调发展` lists the sectors, and a phrase opening on a numeral
/// is numbers in a row, `…。一、二季度`, `七、八月份`, `三、四号线`). The
/// prose and the heading.
fn heading_run_on(text: &str) -> Option<(&str, &str)> {
    let (prose, heading) = text.trim_end().rsplit_once(['。', '！', '？'])?;
    let number = top_level_number(heading)?;
    let words: String = heading.chars().skip(number).collect();
    let phrase = (2..=RUN_IN_HEADING_MAX_CHARS).contains(&words.chars().count())
        && !words
            .chars()
            .any(|c| c.is_ascii_punctuation() || is_sentence_end(c))
        && !words.contains(['，', '；', '：', '、', '（', '）'])
        && !words.starts_with(|c: char| NUMBERS_IN_A_ROW.contains(c));
    let end = prose.len() + text[prose.len()..].chars().next()?.len_utf8();
    (phrase && prose.chars().count() > 2 * heading.chars().count())
        .then_some((&text[..end], heading))
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
        } else if is_breadcrumb_in_prose(text)
            || is_breadcrumb(text) && b.body.sections.iter().all(|s| s.paragraphs.is_empty())
        {
            // The reader's place glued to a path stands over the report:
            // in its prose it is the text's (`线路所在位置：某某镇→某某乡`).
            b.noise(NoiseKind::Breadcrumb, line);
        } else if is_furniture(text)
            || is_part_label(text) && b.body.sections.iter().all(|s| s.paragraphs.is_empty())
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
        } else if let Some(kind) = inner_header_line(lines, i) {
            // Before any sentence of prose, it is the report's own header
            // (a page's chrome may stand over it as paragraphs); after, a
            // second report's.
            let prose_before = b
                .body
                .sections
                .iter()
                .flat_map(|s| &s.paragraphs)
                .any(|p| has_sentence_end(p));
            if !prose_before {
                b.own_header_line(kind, line);
            }
            b.noise(kind, line);
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
            && !(line.is_short() && top_level_number(text).is_some()
                || is_table_row(text, lines.get(i + 1))
                || heads_after_lead(lines, i))
        {
            // A numbered heading or a table's row starts afresh even after
            // a colon (`各位代表：` with no opening paragraph under it,
            // `…如下表：` over the table), and a heading set apart under a
            // lead (`以下为全文：`).
            b.paragraph(text, continues(line, lines.get(i + 1)));
        } else if let Some((prose, heading)) =
            heading_run_on(text).filter(|_| !broken_before_figure(text, lines.get(i + 1)))
        {
            // `…联系电话：…。一、总体情况`: the paragraph, then the heading
            // a copy ran onto its end; not where the line broke before a
            // figure, its sentence going on into the next line (`…。一、
            // 全县生产总值增长` over `5.2%，…`).
            b.paragraph(prose, false);
            b.heading_line(&Line {
                text: heading.to_string(),
                ..line.clone()
            });
        } else if runs_on(line, lines.get(i + 1)) {
            // A wrapped paragraph's first line, however short the width.
            b.paragraph(text, true);
        } else if is_numbered_sentence_heading(text, lines.get(i + 1)) {
            b.heading_line(line);
        } else if is_table_row(text, lines.get(i + 1))
            || is_table_caption(text)
            || is_bulleted_figure(text)
        {
            b.pending_join = false;
            b.paragraph(text, false);
        } else if line.is_short() && is_greeting(text) {
            // The speech's first words, however short: no heading.
            b.paragraph(text, false);
        } else if line.is_short() && is_line_of_wrapped_prose(lines, i) {
            // A narrow page's line cut mid-sentence goes on below.
            b.paragraph(text, true);
        } else if line.is_short()
            && !text.chars().last().is_some_and(is_continuation)
            && (!under_figure || is_next_top_level_part(text, &b.body.sections))
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
mod tests;
