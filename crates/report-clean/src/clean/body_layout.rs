//! How a body sets its short lines, read off the whole body before any
//! line is placed: indented headings with flush captions, or every short
//! line a heading, and how far apart its paragraphs stand.

use crate::clean::body::top_level_number;
use crate::clean::captions::caption_text;
use crate::clean::footer_start::FooterStart;
use crate::clean::furniture::is_furniture;
use crate::clean::metadata::parse_byline;
use crate::clean::noise::{is_breadcrumb, is_contact_line, is_footer_line};
use report_core::text::fold::is_han;
use report_core::text::layout::{
    has_sentence_end, is_continuation, opens_with_outline_number, Line,
};

/// How short lines are laid out, read off the whole body: some pages indent
/// paragraphs and headings alike and set captions flush left; others set
/// headings flush left; plain text indents nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ShortLineLayout {
    /// Short indented lines are headings, short flush lines captions,
    /// unless set further apart from the line before than paragraphs are
    /// from each other (`paragraph_gap` source lines): a flush heading
    /// above indented sub-headings.
    IndentedHeadings { paragraph_gap: usize },
    /// Every short line is a heading unless marked as a caption.
    AllHeadings,
}

pub(crate) fn read_layout(lines: &[Line], note_marks: &[char]) -> ShortLineLayout {
    // The page's own lines, up to its footer: chrome and marked captions
    // say nothing of how the report sets its headings.
    let footer = FooterStart::read(lines);
    let own: Vec<&Line> = lines[..footer.from]
        .iter()
        .enumerate()
        .filter(|(i, _)| !footer.in_inline_list(*i))
        .map(|(_, l)| l)
        .filter(|l| {
            let t = l.text.as_str();
            !(is_footer_line(t) || is_contact_line(t) || is_breadcrumb(t) || is_furniture(t))
                && caption_text(l, note_marks).is_none()
        })
        .collect();
    let prose: Vec<&&Line> = own.iter().filter(|l| !l.is_short()).collect();
    let prose_indented = prose.iter().filter(|l| l.indented).count() * 2 > prose.len();
    // Short lines that could head what follows: not a byline, not a line
    // that runs on (`…采取以下措施：`, a phrase a link broke off at `《`).
    let could_head = |l: &Line| {
        l.is_short()
            && parse_byline(&l.text).is_none()
            && !l.text.chars().last().is_some_and(is_continuation)
    };
    let indented_heads = own.iter().filter(|l| l.indented && could_head(l)).count();
    let flush: Vec<&&Line> = own
        .iter()
        .filter(|l| !l.indented && could_head(l))
        .collect();
    // Flush lines numbered as an outline (`一、`, `（二）`) are headings: a
    // photo's caption is never numbered so, and an indented sub-heading or
    // a stray indented line among them does not make them captions.
    let flush_numbered = flush.iter().any(|l| opens_with_outline_number(&l.text));
    if prose_indented && indented_heads > 0 && !flush_numbered {
        ShortLineLayout::IndentedHeadings {
            paragraph_gap: usual_gap_before_prose(&own),
        }
    } else {
        ShortLineLayout::AllHeadings
    }
}

/// How many source lines usually separate a paragraph from the line before
/// it (1 when nothing is between them, 2 with a blank line).
fn usual_gap_before_prose(lines: &[&Line]) -> usize {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for pair in lines.windows(2).filter(|p| !p[1].is_short()) {
        let gap = pair[1].number.saturating_sub(pair[0].number);
        match counts.iter_mut().find(|(g, _)| *g == gap) {
            Some((_, n)) => *n += 1,
            None => counts.push((gap, 1)),
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(gap, n)| (n, std::cmp::Reverse(gap)))
        .map_or(1, |(gap, _)| gap)
}

/// Most characters of a paragraph's last clause that leads into what
/// follows (`摘要如下：`).
const LEAD_CLAUSE_MAX_CHARS: usize = 12;

/// Fewest characters of words (its numeral among them) of a numbered
/// part's heading (`(一)总体情况`); a number alone (`（一）`) has one.
const NUMBERED_PART_MIN_CHARS: usize = 5;

/// A short line set apart by blank lines right under a lead that ends on
/// its colon (`以下为全文：`, `各位代表：`, a paragraph's last clause
/// `…。摘要如下：`), with a paragraph of prose under it: the heading of
/// what the lead announces, not the lead's sentence going on. So does a
/// line numbered as the outline numbers its parts (`(一)组织推动政府信息
/// 公开工作`) right under a paragraph of any length ending on its colon
/// (`…工作主要包括：`), set apart or not: the first part's heading, a
/// paragraph under it. A list's item after a colon stands among other
/// short items (`(一)生产总值增长6%左右` / `(二)新增就业1万人`), and the
/// first of items run into their prose is no heading (`next_item_heads`).
pub(crate) fn heads_after_lead(lines: &[Line], i: usize) -> bool {
    let (Some(lead), Some(line), Some(next)) = (
        i.checked_sub(1).map(|p| &lines[p]),
        lines.get(i),
        lines.get(i + 1),
    ) else {
        return false;
    };
    // The lead alone (`以下为全文：`), or a paragraph's last short clause
    // (`…作工作报告。摘要如下：`).
    let last_clause = lead.text.trim_end().rsplit(['。', '！', '？']).next();
    let set_apart = (lead.is_short()
        || last_clause.is_some_and(|c| c.chars().count() <= LEAD_CLAUSE_MAX_CHARS))
        && line.number > lead.number + 1
        && next.number > line.number + 1;
    // A number alone on its line (`（一）`, its item under it) heads no part.
    let numbered_part = opens_with_outline_number(line.text.trim())
        && line.text.chars().filter(|c| is_han(*c)).count() >= NUMBERED_PART_MIN_CHARS
        && !has_sentence_end(&line.text)
        && !next.text.trim_start().starts_with(['(', '（'])
        && !opens_with_outline_number(next.text.trim())
        && next_item_heads(lines, i);
    (set_apart || numbered_part)
        && lead.text.trim_end().ends_with([':', '：'])
        && line.is_short()
        && !line.text.trim_end().ends_with(is_continuation)
        && !next.is_short()
}

/// How an outline numbers an item: the mark around or after its numeral
/// (`（`, `第`, `、`, `.`) and whether the numeral is a digit, so that
/// `（二）` follows `（一）`, `（2）` follows `（1）` and `第二，` `第一，`.
fn outline_style(text: &str) -> Option<(char, bool)> {
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    if !opens_with_outline_number(text) {
        return None;
    }
    let mut chars = text.chars();
    match chars.next()? {
        '（' | '(' => Some(('（', chars.next().is_some_and(digit))),
        '第' => Some(('第', false)),
        first => {
            let mark = text.chars().find(|c| matches!(c, '、' | '.' | '．'))?;
            Some((if mark == '．' { '.' } else { mark }, digit(first)))
        }
    }
}

/// The item after a numbered part's line (`（一）扩大有效投资`), numbered as
/// it is (`（二）`), is a short line of its own too, a heading like it, or
/// there is none before the outline's next part (`二、`). The next item run
/// into its prose (`（二）促进消费提质扩容。一年来…`), or a list's next line
/// (`（2）第二产业增加值40.2亿元，增长4.8%。` after `（1）第一产业增加值
/// 30.1亿元` broken over `比上年增长5.5%，…`), says the first is no heading
/// either.
fn next_item_heads(lines: &[Line], i: usize) -> bool {
    let own = outline_style(lines[i].text.trim());
    let top_level = own == Some(('、', false));
    lines[i + 1..]
        .iter()
        .take_while(|l| top_level || top_level_number(l.text.trim()).is_none())
        .find(|l| outline_style(l.text.trim()) == own)
        .is_none_or(Line::is_short)
}
