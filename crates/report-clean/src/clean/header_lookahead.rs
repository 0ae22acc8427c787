//! What the lines after a header line say of it: the headline a page sets
//! right above its metadata or its speech (under a site's or a column's
//! name), a headline that calls out, and a short line that a delivery or
//! speaker's line soon follows.

use crate::clean::header::{opens_speech, Header, SITE_LINE_MAX_CHARS};
use crate::clean::header_run::opens_on_salutation;
use crate::clean::metadata::{
    is_bare_label, is_delivery_line, is_undated_delivery_line, names_a_site, parse_byline,
    parse_delivery_line, parse_metadata_line, parse_speaker_line,
};
use crate::clean::page_lists::is_menu_row;
use crate::clean::posting_lines::{date_banner, is_posting_line};
use crate::clean::title_lines::{names_a_report, runs_on, DOCUMENT_WORDS};
use crate::clean::title_tags::is_draft_mark_alone;
use report_core::text::fold::fold_for_search;
use report_core::text::layout::{has_sentence_end, Line, SHORT_LINE_CHARS};

/// How many short lines may stand between the first one and the headline.
const HEADLINE_LOOKAHEAD: usize = 12;

/// The longest label of a page's furniture (`全文检索`, `站内搜索`, `返回首页`)
/// that a headline naming a report displaces over a grid of stated fields.
const FURNITURE_LABEL_MAX_CHARS: usize = 6;

/// Whether a line belongs to the metadata a page sets under its headline.
pub(crate) fn is_metadata_like(text: &str) -> bool {
    parse_metadata_line(text).is_some()
        || parse_byline(text).is_some()
        || is_bare_label(text)
        || parse_delivery_line(text).is_some()
}

/// Where the first short line of the header is a site's or column's name
/// (`某某县人民政府门户网站`, `政务公开`) and a longer headline follows right
/// above the page's metadata: the index of that headline.
pub(crate) fn headline_over_metadata(h: &Header, lines: &[Line], i: usize) -> Option<usize> {
    let first = h.title.as_deref()?;
    // A title its label states (`文件名称 | 某某报告`) is no site's name.
    let nothing_stated = h.metadata.title.is_none()
        && h.metadata.source.is_none()
        && h.metadata.date.is_none()
        && h.delivered.is_none()
        && h.subtitle.is_none();
    // A first line broken after a word that needs more (`…执行情况和`) is
    // a headline's first half, no site's name. Where the page stated its
    // fields already (an information grid over the headline), a first line
    // naming no report (a search box's label, a paper's page banner) still
    // gives way to one that names a report.
    let first_names_report = names_a_report(first);
    if !nothing_stated && first_names_report
        || first.chars().count() > SITE_LINE_MAX_CHARS
        || runs_on(first)
    {
        return None;
    }
    // An account's posting line (`某某发布 2024-01-16 20:30 湖南`) is the
    // metadata a copied post sets under its headline.
    let stated = |text: &str| is_metadata_like(text) || is_posting_line(text);
    // A report's own title stands right over its salutation or its
    // speaker's line, where the first line names no report (a search box,
    // a row of site links): that line is the headline.
    let heads_speech = |j: usize| {
        !first_names_report
            && names_a_report(&lines[j].text)
            && lines.get(j + 1).is_some_and(|next| {
                opens_speech(&next.text) || parse_speaker_line(&next.text).is_some()
            })
    };
    let found = (i..(i + HEADLINE_LOOKAHEAD).min(lines.len()))
        .take_while(|&j| {
            (lines[j].is_short() || is_exclaimed_headline(lines, j))
                && !stated(&lines[j].text)
                && !opens_speech(&lines[j].text)
        })
        .find(|&j| lines.get(j + 1).is_some_and(|next| stated(&next.text)) || heads_speech(j))
        .filter(|&j| {
            // A column's name is shorter than the headline under it; a
            // site's name says what it is, however long; a line naming a
            // report outranks one that names none.
            let headline = &lines[j].text;
            // The speaker's line over the day the speech was given names
            // who gave it, no headline.
            // With the page's fields stated already (a grid over the
            // headline), only the page's furniture gives way so: a site's
            // name, a menu row, a banner, a label as short as a search
            // box's; never a news headline over its subheading
            // (`…会议隆重开幕` over `听取和审议…工作报告`).
            let first_is_furniture = names_a_site(first)
                || is_menu_row(first)
                || date_banner(first).is_some()
                || first.chars().count() <= FURNITURE_LABEL_MAX_CHARS;
            let outranks = !first_names_report
                && names_a_report(headline)
                && (nothing_stated || first_is_furniture);
            (nothing_stated
                && (headline.chars().count() > first.chars().count() || names_a_site(first))
                || outranks)
                && !headline.starts_with(['—', '-', '―'])
                && parse_speaker_line(headline).is_none()
                // `（征求意见稿）` over the delivery line marks the copy's
                // stage under the headline above it.
                && !is_draft_mark_alone(headline)
        })?;
    // `2023年政府工作报告` over `政府工作报告` over the delivery line: the
    // fuller name above, of which the lower line is a repeat.
    let mut j = found;
    // A headline set over two lines at a word that needs more (`…执行和` /
    // `其他…报告`): the headline starts on the first of them.
    while j > i && lines[j - 1].is_short() && runs_on(&lines[j - 1].text) {
        j -= 1;
    }
    while j > i && names_a_report(&lines[j - 1].text) && lines[j - 1].text.contains(&lines[j].text)
    {
        j -= 1;
    }
    Some(j)
}

/// A headline that calls out (`重磅！2024年某某区政府工作报告全文来了`,
/// `速看？…`): short, its only sentence marks exclamations or questions, no
/// comma, and what follows is the page's metadata or another short line,
/// not prose. A sentence of prose has a full stop or a comma.
pub(crate) fn is_exclaimed_headline(lines: &[Line], i: usize) -> bool {
    calls_out(&lines[i].text)
        && lines.get(i + 1).is_some_and(|next| {
            next.is_short() || is_metadata_like(&next.text) || opens_speech(&next.text)
        })
}

/// A line the shape of a headline that calls out: short, its only
/// sentence marks exclamations or questions, no comma.
pub(crate) fn calls_out(text: &str) -> bool {
    text.chars().count() <= SHORT_LINE_CHARS
        && text.contains(['！', '？', '!', '?'])
        && !text.contains(['。', '；', ';', '，', ',', '…'])
}

/// How many short lines down from a line its header's delivery or speaker's
/// line may stand.
const HEADER_LINES_BELOW: usize = 3;

/// Whether a delivery line or a speaker's line follows the line at `i`
/// within a few short lines: the line is in the header.
pub(crate) fn header_line_follows(lines: &[Line], i: usize) -> bool {
    for line in lines.iter().skip(i + 1).take(HEADER_LINES_BELOW) {
        let text = line.text.as_str();
        if parse_delivery_line(text).is_some()
            || is_undated_delivery_line(text)
            || parse_speaker_line(text).is_some()
        {
            return true;
        }
        if !line.is_short() {
            return false;
        }
    }
    false
}

/// The longest title read where it is longer than a short line.
const LONG_TITLE_MAX_CHARS: usize = 80;

/// A title longer than a short line (`关于…执行情况与…草案的报告`): no
/// sentence, ending on a document's word, with the speech's delivery line
/// or its salutation (`各位代表：`, the speech itself opening there) a few
/// lines under it (short lines, or the title again, between): the
/// headline, no lead of prose.
pub(crate) fn is_long_title_over_delivery(lines: &[Line], i: usize) -> bool {
    let long_title = |text: &str| {
        let folded = fold_for_search(text.trim_end());
        text.chars().count() <= LONG_TITLE_MAX_CHARS
            && !has_sentence_end(text)
            && DOCUMENT_WORDS.iter().any(|w| folded.ends_with(w))
    };
    let opens = |text: &str| is_delivery_line(text) || opens_on_salutation(text);
    long_title(&lines[i].text)
        && lines
            .iter()
            .skip(i + 1)
            .take(HEADER_LINES_BELOW)
            .take_while(|l| l.is_short() || long_title(&l.text) || opens(&l.text))
            .any(|l| opens(&l.text))
}

/// The document words a hard-wrapped title opens on (`关于…的报告`): a
/// line that opens so and names no report is the title's first part.
const TITLE_OPENERS: [&str; 1] = ["关于"];
/// How many lines a hard-wrapped title's first parts may take over its
/// last.
const WRAPPED_TITLE_MAX_LINES: usize = 3;

/// The headline at `headline`, hard-wrapped over the short lines from
/// `from` (a PDF's or a print copy's title set over three lines:
/// `关于某某区2021年财政` / `预算执行情况及2022年财政` / `预算草案的报告`):
/// the whole title, where the first of them opens on a document's word,
/// the last names a report, and none before it ends a sentence or names a
/// report or the page's metadata itself.
pub(crate) fn wrapped_headline(lines: &[Line], from: usize, headline: usize) -> Option<String> {
    let parts = lines.get(from..=headline)?;
    let (last, before) = parts.split_last()?;
    let opens = before
        .first()
        .is_some_and(|l| TITLE_OPENERS.iter().any(|w| l.text.starts_with(w)));
    let whole_parts = before.iter().all(|l| {
        l.is_short()
            && !has_sentence_end(&l.text)
            && !names_a_report(&l.text)
            && !is_metadata_like(&l.text)
    });
    (opens && whole_parts && before.len() <= WRAPPED_TITLE_MAX_LINES && names_a_report(&last.text))
        .then(|| parts.iter().map(|l| l.text.trim()).collect())
}
