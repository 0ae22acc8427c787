//! The header zone: the lines before the first paragraph of prose. Page
//! furniture, breadcrumbs, photo captions, the delivery line, metadata
//! (the value also on the next line), the headline, subtitle, speaker,
//! issuing body and bylines, each recognised by what it is.

use crate::clean::body::is_title_repeat;
use crate::clean::dates::{find_full_date, PartialDate};
use crate::clean::furniture::{
    is_furniture, is_photo_caption, is_separator_line, is_step_separator,
};
use crate::clean::metadata::{
    delivery_line_is_open, is_bare_label, is_organ_line, parse_byline, parse_delivery_line,
    parse_metadata_line, parse_speaker_line, MetadataLine,
};
use crate::clean::noise::{is_breadcrumb, is_contact_line, is_footer_line};
use crate::model::{Noise, NoiseKind};
use crate::text::fold::is_han;
use crate::text::layout::{has_sentence_end, Line};
use crate::text::names::split_names;

/// Everything the header zone (title, metadata, bylines before the first
/// paragraph) says.
#[derive(Default)]
pub(crate) struct Header {
    pub(crate) title: Option<String>,
    pub(crate) subtitle: Option<String>,
    pub(crate) metadata: MetadataLine,
    pub(crate) authors: Vec<String>,
    pub(crate) noise: Vec<Noise>,
    /// Prose found glued onto a metadata line; it opens the body.
    pub(crate) glued_body: Option<Line>,
    /// When the speech was given (`——2026年1月27日在…会议上`).
    pub(crate) delivered: Option<(PartialDate, String)>,
    /// Photo captions among the header lines.
    pub(crate) captions: Vec<String>,
    /// Who delivers the report, from the line under its title.
    pub(crate) speaker: Option<String>,
    /// The source line the title stands on.
    pub(crate) title_line: usize,
}

/// Reads lines up to the first paragraph of prose. Returns what they say and
/// the index of the first body line. Page furniture (toolbars, breadcrumbs
/// over several lines, counters, repeats) is set aside wherever it stands,
/// so the headline is the first line that is none of it.
pub(crate) fn read_header(lines: &[Line]) -> (Header, usize) {
    let mut h = Header::default();
    let mut previous_was_title = false;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        let text = line.text.as_str();
        let noise = |kind| Noise {
            kind,
            text: text.to_string(),
            line: line.number,
        };
        let previous = i.checked_sub(1).map(|p| lines[p].text.as_str());
        let mut was_title = false;
        // A step after a breadcrumb's separator, or a short line the
        // header already showed (a column name above and beside the title).
        let after_separator = previous.is_some_and(is_step_separator) && line.is_short();
        let repeated = line.is_short()
            && h.title.as_deref() != Some(text)
            && lines[..i].iter().any(|l| l.text == text);
        if is_breadcrumb(text) || after_separator || repeated {
            h.noise.push(noise(NoiseKind::Breadcrumb));
        } else if is_furniture(text) {
            h.noise.push(noise(NoiseKind::Metadata));
        } else if is_contact_line(text) {
            h.noise.push(noise(NoiseKind::Contact));
        } else if is_photo_caption(text) {
            h.captions.push(text.to_string());
        } else if let Some((date, said)) = parse_delivery_line(text) {
            h.noise.push(noise(NoiseKind::Metadata));
            h.delivered.get_or_insert((date, said));
            let next = lines.get(i + 1);
            if delivery_line_is_open(text)
                && next.is_some_and(|n| n.is_short() && !delivery_line_is_open(&n.text))
            {
                i += 1;
                h.noise.push(Noise {
                    kind: NoiseKind::Metadata,
                    text: lines[i].text.clone(),
                    line: lines[i].number,
                });
            }
        } else if let Some(meta) = bare_label_with_value(lines, i) {
            h.noise.push(noise(NoiseKind::Metadata));
            i += 1;
            h.noise.push(Noise {
                kind: NoiseKind::Metadata,
                text: lines[i].text.clone(),
                line: lines[i].number,
            });
            absorb_metadata(&mut h, meta, &lines[i]);
        } else if let Some(meta) = parse_metadata_line(text) {
            h.noise.push(noise(NoiseKind::Metadata));
            absorb_metadata(&mut h, meta, line);
            if h.glued_body.is_some() {
                return (h, i + 1);
            }
        } else if let Some(date) = dated_line(&h, line) {
            // "原创 某某发布 2025-01-05 10:00 发表于山东": who posted it, when.
            h.noise.push(noise(NoiseKind::Metadata));
            h.metadata.date.get_or_insert(date);
        } else if let Some(names) = parse_byline(text) {
            h.authors.extend(names);
            h.noise.push(noise(NoiseKind::Byline));
        } else if is_footer_line(text) {
            h.noise.push(noise(NoiseKind::Footer));
        } else if h
            .speaker
            .as_deref()
            .is_some_and(|name| describes_speaker(text, name))
        {
            // The photo's caption without its credit: "张工作政府工作报告。"
            h.captions.push(text.to_string());
        } else if !line.is_short() || opens_speech(text) {
            return (h, i);
        } else if h.title.is_none() {
            let (tag, headline) = split_title_tag(text);
            if let Some(tag) = tag {
                h.noise.push(Noise {
                    kind: NoiseKind::Metadata,
                    text: tag.to_string(),
                    line: line.number,
                });
            }
            h.title = Some(headline.to_string());
            h.title_line = line.number;
            was_title = true;
        } else if let Some(headline) = headline_over_metadata(&h, lines, i) {
            // What stood first was the site's name or a column: the
            // headline is the line right above the page's metadata.
            let displaced = [(h.title_line, h.title.take().unwrap_or_default())];
            let skipped = lines[i..headline]
                .iter()
                .map(|l| (l.number, l.text.clone()));
            for (number, text) in displaced.into_iter().chain(skipped) {
                h.noise.push(Noise {
                    kind: NoiseKind::Breadcrumb,
                    text,
                    line: number,
                });
            }
            h.title = Some(lines[headline].text.clone());
            h.title_line = lines[headline].number;
            i = headline;
            was_title = true;
        } else if previous_was_title && is_broken_off_tail(text) {
            // A title a pasted link broke before its last character or two.
            if let Some(title) = &mut h.title {
                title.push_str(text);
            }
            was_title = true;
        } else if h
            .title
            .as_deref()
            .is_some_and(|t| is_title_repeat(text, t) || t.ends_with(text))
        {
            h.noise.push(noise(NoiseKind::TitleRepeat));
        } else if is_organ_line(text) {
            // The issuing body under a document's title is its source.
            h.noise.push(noise(NoiseKind::Metadata));
            h.metadata.source.get_or_insert_with(|| text.to_string());
        } else if let Some(name) = parse_speaker_line(text).or_else(|| name_line(text)) {
            h.noise.push(noise(NoiseKind::Byline));
            h.speaker = Some(name);
        } else if previous_was_title
            && h.subtitle.is_none()
            && lines
                .get(i + 1)
                .is_some_and(|n| !n.is_short() || is_metadata_like(&n.text))
        {
            h.subtitle = Some(text.to_string());
        } else {
            // A short line that is neither: the body starts with a heading.
            return (h, i);
        }
        previous_was_title = was_title;
        i += 1;
    }
    (h, lines.len())
}

const TITLE_TAG_MAX_CHARS: usize = 4;

/// A forum's or column's tag before a headline, `【转帖】`, `[原创]`: the tag
/// and the headline without it.
fn split_title_tag(text: &str) -> (Option<&str>, &str) {
    for (open, close) in [('【', '】'), ('[', ']')] {
        let Some(inner_and_rest) = text.strip_prefix(open) else {
            continue;
        };
        if let Some(end) = inner_and_rest.find(close) {
            let tag_len = inner_and_rest[..end].chars().count();
            let rest = inner_and_rest[end + close.len_utf8()..].trim_start();
            if (1..=TITLE_TAG_MAX_CHARS).contains(&tag_len) && !rest.is_empty() {
                let tag_end = open.len_utf8() + end + close.len_utf8();
                return (Some(&text[..tag_end]), rest);
            }
        }
    }
    (None, text)
}

const DATED_LINE_MAX_CHARS: usize = 36;

/// A short line under the headline that states a full date among a few
/// words (an account's name, a place), and no sentence: when it was posted.
fn dated_line(h: &Header, line: &Line) -> Option<(PartialDate, String)> {
    let text = line.text.as_str();
    let plain = h.title.is_some()
        && h.metadata.date.is_none()
        && text.chars().count() <= DATED_LINE_MAX_CHARS
        && !has_sentence_end(text)
        && !text.contains(['，', ',']);
    plain.then(|| find_full_date(text)).flatten()
}

/// Site names and column names above a headline are short.
const SITE_LINE_MAX_CHARS: usize = 20;
/// How many short lines may stand between the first one and the headline.
const HEADLINE_LOOKAHEAD: usize = 12;

/// Whether a line belongs to the metadata a page sets under its headline.
fn is_metadata_like(text: &str) -> bool {
    parse_metadata_line(text).is_some()
        || is_bare_label(text)
        || parse_delivery_line(text).is_some()
}

/// Where the first short line of the header is a site's or column's name
/// (`某某县人民政府门户网站`, `政务公开`) and a longer headline follows right
/// above the page's metadata: the index of that headline.
fn headline_over_metadata(h: &Header, lines: &[Line], i: usize) -> Option<usize> {
    let first = h.title.as_deref()?;
    let nothing_stated = h.metadata.source.is_none()
        && h.metadata.date.is_none()
        && h.delivered.is_none()
        && h.subtitle.is_none();
    if !nothing_stated || first.chars().count() > SITE_LINE_MAX_CHARS {
        return None;
    }
    (i..(i + HEADLINE_LOOKAHEAD).min(lines.len()))
        .take_while(|&j| lines[j].is_short() && !is_metadata_like(&lines[j].text))
        .find(|&j| {
            lines
                .get(j + 1)
                .is_some_and(|next| is_metadata_like(&next.text))
        })
        .filter(|&j| {
            let headline = &lines[j].text;
            headline.chars().count() > first.chars().count()
                && !headline.starts_with(['—', '-', '―'])
        })
}

const BROKEN_TAIL_MAX_CHARS: usize = 2;

/// One or two Han characters alone on a line: too short to be anything but
/// the rest of the line before.
fn is_broken_off_tail(text: &str) -> bool {
    text.chars().count() <= BROKEN_TAIL_MAX_CHARS && text.chars().all(is_han)
}

/// A salutation or lead-in ending in a colon (`各位代表：`) opens the body;
/// no headline ends so.
fn opens_speech(text: &str) -> bool {
    text.ends_with([':', '：'])
}

/// A line that is one person's name alone, as a page sets the speaker
/// under a report's title.
fn name_line(text: &str) -> Option<String> {
    split_names(text)
        .filter(|names| names.len() == 1)
        .and_then(|names| names.into_iter().next())
}

const SPEAKER_CAPTION_MAX_CHARS: usize = 60;

/// One short sentence saying the speaker delivers the report, as a photo's
/// caption does.
fn describes_speaker(text: &str, name: &str) -> bool {
    text.chars().count() <= SPEAKER_CAPTION_MAX_CHARS
        && text.contains(name)
        && text.contains("报告")
}

/// A label alone on its line (`来源：`) read with its value on the next one
/// (`四川日报`), where that line is short and no label or furniture itself.
fn bare_label_with_value(lines: &[Line], i: usize) -> Option<MetadataLine> {
    let text = &lines[i].text;
    let next = lines.get(i + 1)?;
    let value_ok = next.is_short()
        && !is_bare_label(&next.text)
        && !is_furniture(&next.text)
        && !is_separator_line(&next.text);
    (is_bare_label(text) && value_ok)
        .then(|| parse_metadata_line(&format!("{text}{}", next.text)))
        .flatten()
}

fn absorb_metadata(h: &mut Header, meta: MetadataLine, line: &Line) {
    if let Some(ad) = &meta.advertising {
        h.noise.push(Noise {
            kind: NoiseKind::Advertising,
            text: ad.clone(),
            line: line.number,
        });
    }
    if let Some(body) = &meta.trailing_body {
        h.glued_body = Some(Line {
            number: line.number,
            indented: line.indented,
            text: body.clone(),
        });
    }
    if let Some(title) = &meta.title {
        // A labelled title is stated: it displaces a line taken for one.
        if let Some(guess) = h.title.replace(title.clone()).filter(|g| g != title) {
            h.noise.push(Noise {
                kind: NoiseKind::Breadcrumb,
                text: guess,
                line: h.title_line,
            });
        }
        h.title_line = line.number;
    }
    let old = std::mem::take(&mut h.metadata);
    h.metadata = MetadataLine {
        title: old.title.or(meta.title),
        source: old.source.or(meta.source),
        authors: [old.authors, meta.authors].concat(),
        date: old.date.or(meta.date),
        trailing_body: None,
        advertising: None,
    };
}
