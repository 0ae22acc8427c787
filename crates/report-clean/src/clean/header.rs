//! The header zone: the lines before the first paragraph of prose. Page
//! furniture, breadcrumbs, photo captions, the delivery line, metadata
//! (the value also on the next line), the headline, subtitle, speaker,
//! issuing body and bylines, each recognised by what it is.

mod take_title;

use crate::clean::body::{is_title_repeat, top_level_number};
use crate::clean::captions::is_photo_caption;
use crate::clean::document_notices::{
    is_part_label, labels_meeting_papers, offered_piece_title, shared_file_name,
};
use crate::clean::field_rows::{is_empty_field, is_field_row};
use crate::clean::furniture::{
    is_date_widget, is_furniture, is_header_control, is_page_top_link, is_separator_line,
    is_step_separator,
};
use crate::clean::header_lookahead::{
    header_line_follows, headline_over_metadata, is_exclaimed_headline,
    is_long_title_over_delivery, is_metadata_like, wrapped_headline,
};
use crate::clean::metadata::{
    delivery_line_is_open, is_bare_label, is_document_number, is_editor_note,
    is_masked_speaker_line, is_organ_line, is_undated_delivery_line, names_a_site, parse_byline,
    parse_dateline, parse_delivery_line, parse_metadata_line, parse_speaker_line,
    standalone_dateline, MetadataLine,
};
use crate::clean::noise::{
    is_breadcrumb, is_contact_line, is_footer_line, is_path_to_headline, names_a_step_of,
};
use crate::clean::page_lists::is_menu_row;
use crate::clean::posting_lines::{banner_paper, date_banner, dated_line, drop_account_name};
use crate::clean::speaker_lines::{
    describes_speaker, government_over_salutation, name_line, name_over_salutation,
    office_over_name, speaker_after_session,
};
use crate::clean::title_lines::{
    completes_organs_title, is_broken_off_tail, is_other_script_line, is_session_masthead,
    is_title_tag_line, names_a_report, opens_on_a_conjunction, runs_on, translates_headline,
};
use crate::clean::title_marks::labels_a_piece;
use crate::clean::title_tags::{dated_speaker_bracket, is_draft_mark_alone, says_given_whole};
use report_core::text::dates::{find_full_date, PartialDate};
use report_core::text::layout::{opens_with_outline_number, Line};
use report_core::text::numbers::year_digits;
use report_core::{Noise, NoiseKind};

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
    /// Whether [`Header::delivered`] is a day alone on its line, which a
    /// session's delivery line further down replaces.
    pub(crate) delivered_alone: bool,
    /// Photo captions among the header lines.
    pub(crate) captions: Vec<String>,
    /// Who delivers the report, from the line under its title.
    pub(crate) speaker: Option<String>,
    /// The source line the title stands on.
    pub(crate) title_line: usize,
    /// A full date in the page's chrome above the headline (an e-paper's
    /// `大众日报数字报 2023年03月08日 星期三`): the issue's date.
    pub(crate) page_date: Option<(PartialDate, String)>,
    /// The account that posted the page, named over its posting line
    /// (`某某发布` / `23-1-16 10:30 来自 微博网页版`), or the paper an
    /// e-paper's date banner names: its source where no other is stated.
    pub(crate) account: Option<String>,
}

/// Reads the header of a page whose markup says which line is its headline:
/// the lines above it are the page's chrome (banners, page lists), read for
/// the metadata they state, unless prose stands there.
pub(crate) fn read_header_under(lines: &[Line], headline: Option<usize>) -> (Header, usize) {
    let at = headline.and_then(|n| lines.iter().position(|l| l.number == n));
    let Some(at) = at.filter(|&at| at > 0) else {
        return read_header(lines);
    };
    let (above, above_end) = read_header(&lines[..at]);
    if above_end < at || above.glued_body.is_some() {
        return read_header(lines);
    }
    let (mut h, start) = read_header(&lines[at..]);
    let chrome = [(above.title_line, above.title), (0, above.subtitle)];
    for (number, text) in chrome {
        let Some(text) = text else { continue };
        let line = if number > 0 {
            number
        } else {
            lines[..at]
                .iter()
                .find(|l| l.text == text)
                .map_or(0, |l| l.number)
        };
        h.noise.push(Noise {
            kind: NoiseKind::Breadcrumb,
            text,
            line,
        });
    }
    let in_chrome = h
        .noise
        .iter()
        .chain(&above.noise)
        .filter(|n| n.line < lines[at].number && !is_date_widget(&n.text))
        .find_map(|n| find_full_date(&n.text));
    h.page_date = above.page_date.or(in_chrome).or(h.page_date);
    h.noise.extend(above.noise);
    let (metadata, above_metadata) = (std::mem::take(&mut h.metadata), above.metadata);
    let mut merged = MetadataLine {
        title: metadata.title,
        source: metadata.source.or(above_metadata.source),
        authors: [above_metadata.authors, metadata.authors].concat(),
        date: metadata.date,
        date_is_written: metadata.date_is_written,
        trailing_body: None,
        advertising: None,
    };
    merged.merge_date(above_metadata.date, above_metadata.date_is_written);
    h.metadata = merged;
    h.authors.splice(0..0, above.authors);
    h.delivered = h.delivered.or(above.delivered);
    h.captions.splice(0..0, above.captions);
    h.speaker = h.speaker.or(above.speaker);
    h.account = h.account.or(above.account);
    (h, at + start)
}

/// Notes when the speech was given. A day alone on its line (`2030年02月16日`
/// over an e-paper's headline) dates it only until a line names the session
/// it was given at (`——2030年1月7日在…人民代表大会…上`): that day is the
/// speech's, the other the issue's.
fn take_delivery(h: &mut Header, text: &str, delivered: (PartialDate, String)) {
    let alone = delivered.1 == text.trim();
    if h.delivered.is_none() {
        h.delivered_alone = alone;
        h.delivered = Some(delivered);
    } else if h.delivered_alone && !alone {
        let issue = h.delivered.replace(delivered);
        h.page_date = h.page_date.take().or(issue);
        h.delivered_alone = false;
    }
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
        // A step of the breadcrumb above named again (a yearbook's volume,
        // `2002卷`), unless it names a report: a column called 政府工作报告
        // stands over the report's own title.
        let step_again = |l: &Line| names_a_step_of(&l.text, text) && !names_a_report(text);
        let repeated = line.is_short()
            && h.title.as_deref() != Some(text)
            && lines[..i].iter().any(|l| l.text == text || step_again(l));
        // A path ending on the headline: the title read, or the line below.
        let headline = h
            .title
            .as_deref()
            .or_else(|| lines.get(i + 1).map(|l| l.text.as_str()))
            .unwrap_or("");
        let to_headline = is_path_to_headline(text, headline);
        if is_breadcrumb(text) || is_menu_row(text) || after_separator || repeated || to_headline {
            h.noise.push(noise(NoiseKind::Breadcrumb));
        } else if is_other_script_line(text) {
            h.noise.push(noise(NoiseKind::TitleRepeat));
        } else if is_furniture(text)
            || is_page_top_link(text)
            || is_header_control(text)
            || is_part_label(text)
            || labels_meeting_papers(text)
        {
            h.noise.push(noise(NoiseKind::Metadata));
            // A sharing site's blurb names the file it offers: its name is
            // the title where the page set no headline over it.
            // So does a 范文 site's intro, the piece it offers, unless the
            // page's own headline follows.
            let piece = || offered_piece_title(text, &lines[i + 1..]);
            let offered = || shared_file_name(text).or_else(piece);
            if let Some(name) = offered().filter(|_| h.title.is_none()) {
                h.take_title(&Line {
                    text: name.to_string(),
                    ..line.clone()
                });
            }
            // A date widget's day and clock time may name who posted it.
            h.note_account(text);
        } else if translates_headline(h.title.as_deref(), text) {
            h.noise.push(noise(NoiseKind::TitleRepeat));
        } else if is_contact_line(text) {
            h.noise.push(noise(NoiseKind::Contact));
        } else if is_photo_caption(text) {
            h.captions.push(text.to_string());
        } else if let Some((date, said)) = parse_delivery_line(text) {
            h.noise.push(noise(NoiseKind::Metadata));
            take_delivery(&mut h, text, (date, said));
            h.speaker = h
                .speaker
                .take()
                .or(speaker_after_session(text).map(|s| s.1));
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
        } else if let Some((date, name)) = dated_speaker_bracket(text) {
            // `（2005年5月10日 某某某）` under the headline: when the speech
            // was given, and by whom.
            h.noise.push(noise(NoiseKind::Byline));
            h.delivered.get_or_insert(date);
            h.speaker.get_or_insert(name);
        } else if is_undated_delivery_line(text) {
            h.noise.push(noise(NoiseKind::Metadata));
        } else if is_session_masthead(text, lines.get(i + 1).map(|n| n.text.as_str())) {
            // The masthead of a session's papers, over the report's title.
            h.noise.push(noise(NoiseKind::Metadata));
        } else if is_editor_note(text) {
            // The paper's words on the report it prints below.
            h.noise.push(noise(NoiseKind::Metadata));
        } else if let Some(dateline) = standalone_dateline(text) {
            h.noise.push(noise(NoiseKind::Metadata));
            if let Some(agency) = dateline.source {
                h.metadata.source.get_or_insert(agency);
            }
        } else if !line.is_short() && parse_dateline(text).is_some() {
            // `本报讯（记者 张伟）3月6日，…`: the article starts, whatever
            // labels its byline holds.
            return (h, i);
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
            h.note_account(text);
            drop_account_name(&mut h, line, lines.get(i + 1));
            if h.glued_body.is_some() {
                return (h, i + 1);
            }
        } else if let Some(date) = dated_line(&h, line) {
            // "原创 某某发布 2025-01-05 10:00 发表于山东": who posted it, when;
            // `县长 王小明（2024年1月5日）`: who spoke (a byline), and when.
            let speaker = h
                .speaker
                .is_none()
                .then(|| parse_speaker_line(text))
                .flatten();
            let kind = match speaker {
                Some(_) => NoiseKind::Byline,
                None => NoiseKind::Metadata,
            };
            h.noise.push(noise(kind));
            h.note_account(text);
            h.metadata.merge_date(Some(date), false);
            h.speaker = h.speaker.take().or(speaker);
            drop_account_name(&mut h, line, lines.get(i + 1));
        } else if let Some(date) = date_banner(text) {
            h.noise.push(noise(NoiseKind::Metadata));
            if h.account.is_none() {
                h.account = banner_paper(text, &date.1);
            }
            h.page_date.get_or_insert(date);
        } else if says_given_whole(text) {
            h.noise.push(noise(NoiseKind::Metadata));
        } else if let Some(names) = parse_byline(text) {
            h.authors.extend(names);
            h.noise.push(noise(NoiseKind::Byline));
        } else if is_footer_line(text) {
            h.noise.push(noise(NoiseKind::Footer));
        } else if is_field_row(text) && !opens_speech(text) {
            // `温度：25℃ 天气：多云`, `公开方式 | 主动公开 |`: a row of the
            // page's grid whose labels no metadata reading knows (and not
            // a salutation of two addressees, `各位代表： 同志们：`).
            h.noise.push(noise(NoiseKind::Metadata));
        } else if is_empty_field(text, lines.get(i + 1).map(|n| n.text.as_str())) {
            h.noise.push(noise(NoiseKind::Metadata));
        } else if h
            .speaker
            .as_deref()
            .is_some_and(|name| describes_speaker(text, name))
        {
            // The photo's caption without its credit: "张工作政府工作报告。"
            h.captions.push(text.to_string());
        } else if !(line.is_short()
            || is_exclaimed_headline(lines, i)
                && (h.title.is_none() || headline_over_metadata(&h, lines, i).is_some())
            || is_long_title_over_delivery(lines, i))
            || opens_speech(text)
            // `一、…` over prose, or over its first item (`（一）…`), before
            // any headline opens the text (over `二、…` it is an outline
            // above the headline).
            || h.title.is_none()
                && (top_level_number(text).is_some() || reviews_a_period(text))
                && lines
                    .get(i + 1)
                    .is_some_and(|n| !n.is_short() || opens_its_first_item(text, &n.text))
        {
            return (h, i);
        } else if let Some(name) = h.delivered.as_ref().and_then(|_| {
            government_over_salutation(text, lines.get(i + 1))
                .or_else(|| name_over_salutation(text, lines.get(i + 1)))
        }) {
            // `国务院王某`, a name alone (`公保扎西`), over `各位代表：`.
            h.noise.push(noise(NoiseKind::Byline));
            h.speaker = h.speaker.take().or(Some(name));
        } else if let Some(name) = h
            .delivered
            .as_ref()
            .filter(|_| h.title.is_none())
            .and_then(|_| parse_speaker_line(text).or_else(|| name_line(text)))
        {
            // The speaker under the delivery line where the page set no
            // headline over them (it stands only in the `<title>`): no title.
            // A name alone there (`王 某`) is the speaker's too.
            h.noise.push(noise(NoiseKind::Byline));
            h.speaker = Some(name);
        } else if let Some(name) = h
            .title
            .is_none()
            .then(|| parse_speaker_line(text))
            .flatten()
        {
            // The speaker's line set over the headline: a byline, no title.
            h.noise.push(noise(NoiseKind::Byline));
            h.speaker = h.speaker.take().or(Some(name));
        } else if h.title.is_none() {
            h.take_title(line);
            was_title = true;
        } else if previous_was_title
            && h.title
                .as_deref()
                .is_some_and(|t| completes_organs_title(t, text))
        {
            // `海城市人民政府` / `工作报告`: a government's name over the
            // rest of its report's title.
            if let Some(title) = &mut h.title {
                title.push_str(text);
            }
            was_title = true;
        } else if previous_was_title
            && h.title.as_deref().is_some_and(|t| {
                text.len() > t.len() && text.starts_with(t) && !labels_a_piece(text, t)
            })
        {
            // A headline cut off over the whole of it (`国务院关于…计划执` /
            // `国务院关于…计划执行情况的报告`): the whole is the title.
            let cut = h.title.take().unwrap_or_default();
            h.noise.push(Noise {
                kind: NoiseKind::TitleRepeat,
                text: cut,
                line: h.title_line,
            });
            h.take_title(line);
            was_title = true;
        } else if let Some(headline) = headline_over_metadata(&h, lines, i) {
            // What stood first was the site's name or a column: the
            // headline is the line right above the page's metadata.
            // A title hard-wrapped over the lines up to it is all of them.
            let wrapped = wrapped_headline(lines, i, headline);
            let displaced = [(h.title_line, h.title.take().unwrap_or_default())];
            let skipped = lines[i..headline]
                .iter()
                .filter(|_| wrapped.is_none())
                .map(|l| (l.number, l.text.clone()));
            for (number, text) in displaced.into_iter().chain(skipped) {
                h.noise.push(Noise {
                    kind: NoiseKind::Breadcrumb,
                    text,
                    line: number,
                });
            }
            match wrapped {
                Some(text) => h.take_title(&Line {
                    text,
                    ..lines[i].clone()
                }),
                None => h.take_title(&lines[headline]),
            }
            i = headline;
            was_title = true;
        } else if previous_was_title
            && (is_broken_off_tail(text)
                || (h.title.as_deref().is_some_and(runs_on) || opens_on_a_conjunction(text))
                    && !is_metadata_like(text)
                    && !is_organ_line(text)
                    // `和平区人民政府工作报告` under `某某市和平区人民政府工作
                    // 报告`: a place named with 和 repeating the title's
                    // end, not a conjunction going on from it.
                    && !h.title.as_deref().is_some_and(|t| t.ends_with(text)))
        {
            // A title a pasted link broke before its last character or two,
            // or set over two lines at a word that needs more.
            if let Some(title) = &mut h.title {
                title.push_str(text);
            }
            was_title = true;
        } else if h.title.as_deref().is_some_and(|t| {
            // The speech's own title over its delivery line, under the
            // page's headline for it (`政府工作报告（全文）`).
            let over_delivery = lines
                .get(i + 1)
                .is_some_and(|n| parse_delivery_line(&n.text).is_some());
            is_title_repeat(text, t)
                || t.ends_with(text)
                || over_delivery && t.contains(text)
                || labels_a_piece(text, t)
        }) {
            h.noise.push(noise(NoiseKind::TitleRepeat));
        } else if is_document_number(text)
            || h.title
                .as_deref()
                .is_some_and(|t| is_title_tag_line(text, t))
        {
            h.noise.push(noise(NoiseKind::Metadata));
        } else if is_organ_line(text) {
            // The issuing body under a document's title is its source.
            h.noise.push(noise(NoiseKind::Metadata));
            h.metadata.source.get_or_insert_with(|| text.to_string());
        } else if let Some(name) = parse_speaker_line(text).or_else(|| name_line(text)) {
            h.noise.push(noise(NoiseKind::Byline));
            h.speaker = Some(name);
        } else if is_masked_speaker_line(text) {
            h.noise.push(noise(NoiseKind::Byline));
        } else if let Some((name, next)) = office_over_name(text, lines.get(i + 1)) {
            // `代市长` alone over `朱健`: one speaker line set over two.
            h.noise.push(noise(NoiseKind::Byline));
            h.noise.push(Noise {
                kind: NoiseKind::Byline,
                text: next.text.clone(),
                line: next.number,
            });
            h.speaker = Some(name);
            i += 1;
        } else if previous_was_title
            && (names_a_site(text) && !is_organ_line(text) || is_draft_mark_alone(text))
        {
            // The site's name under the headline (`新华网` over the time it
            // was posted), the copy's stage (`（征求意见稿）`): no subtitle.
            h.noise.push(Noise {
                kind: NoiseKind::Metadata,
                text: text.to_string(),
                line: line.number,
            });
        } else if previous_was_title
            && h.subtitle.is_none()
            // `一、2024年工作完成情况` under the title heads the body.
            && top_level_number(text).is_none()
            && lines
                .get(i + 1)
                .is_some_and(|n| !n.is_short() || is_metadata_like(&n.text))
        {
            // `…政府工作报告(20230114)` under a site's line taken for the
            // headline: the day the speech was given, as in a title.
            let subtitle = h.take_dated_bracket(text, line.number);
            h.subtitle = Some(subtitle.to_string());
        } else if top_level_number(text).is_none() && header_line_follows(lines, i) {
            // A short line over the speech's delivery line or its
            // speaker's is the header's, no heading of the body: the
            // speech's own title repeated under the page's metadata, a
            // subtitle (`关于第六个五年计划的报告`), or the page's chrome.
            let repeats = h.title.as_deref().is_some_and(|t| t.contains(text));
            h.noise.push(noise(if repeats {
                NoiseKind::TitleRepeat
            } else {
                NoiseKind::Metadata
            }));
        } else {
            // A short line that is neither: the body starts with a heading.
            return (h, i);
        }
        previous_was_title = was_title;
        i += 1;
    }
    (h, lines.len())
}

/// Site names and column names above a headline are short.
pub(crate) const SITE_LINE_MAX_CHARS: usize = 20;
/// A salutation or lead-in ending in a colon (`各位代表：`) opens the body;
/// no headline ends so.
pub(crate) fn opens_speech(text: &str) -> bool {
    text.ends_with([':', '：'])
}

/// `一、2030年工作总结` over `（一）特色亮点工作`: a part's heading over its
/// first item, numbered a level down.
fn opens_its_first_item(text: &str, next: &str) -> bool {
    top_level_number(text).is_some()
        && opens_with_outline_number(next)
        && top_level_number(next).is_none()
}

/// The word a report's first part is named by: the review of the year or
/// term past (`2030年工作回顾`, `过去五年工作回顾`).
const REVIEW_PART: &str = "回顾";

/// `2030年工作回顾` over prose: the report's first part, unnumbered. A
/// page that opens on it has no stated title (a report's title names the
/// report, not its review). The line opens on its year: with a place or
/// an organ before the year (`某某镇2030年工作回顾`) it is a report's title.
fn reviews_a_period(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    text.ends_with(REVIEW_PART)
        && chars.len() <= SITE_LINE_MAX_CHARS
        && year_digits(&chars).is_some_and(|(_, len)| chars.get(len) == Some(&'年'))
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
    let mut merged = MetadataLine {
        title: old.title.or(meta.title),
        source: old.source.or(meta.source),
        authors: [old.authors, meta.authors].concat(),
        date: old.date,
        date_is_written: old.date_is_written,
        trailing_body: None,
        advertising: None,
    };
    merged.merge_date(meta.date, meta.date_is_written);
    h.metadata = merged;
}
