//! From raw report text to a [`Report`]: the one entry point used by the
//! command line at build time and by the app for imported reports.

use crate::clean::body::{structure_body, Known};
use crate::clean::captions::{take_caption_naming_speaker, take_speaker_captions};
use crate::clean::converter_pinyin::{converter_pinyin_taken_out, without_converter_pinyin};
use crate::clean::credit_suffix::without_credit_suffixes;
use crate::clean::digit_spacing::close_digit_spacing;
use crate::clean::document_notices::without_text_marks;
use crate::clean::figures::titled_figures;
use crate::clean::header::read_header_under;
use crate::clean::header_run::split_header_run;
use crate::clean::lead::header_after_lead;
use crate::clean::lead_credits::{outlet_in_lead, report_maker_in_lead};
use crate::clean::line_numbers::{without_line_numbers, without_list_tabs, without_page_numbers};
use crate::clean::lost_indents::without_lost_indents;
use crate::clean::markdown::without_markdown;
use crate::clean::metadata::{
    delivery_line_is_open, is_delivery_line, parse_dateline, site_owners, split_trailing_byline,
    Dateline,
};
use crate::clean::noise::{remove_spans, spam_spans, starts_footer};
use crate::clean::page_lists::{set_aside_menu_columns, set_aside_spaced_contents};
use crate::clean::pages::set_aside_page_furniture;
use crate::clean::people::{find_people, speaker_with_office};
use crate::clean::pictographs::without_edge_pictographs;
use crate::clean::posting_lines::date_set_apart;
use crate::clean::reference_chrome::set_aside_reference_chrome;
use crate::clean::region::{without_cited_laws, Gazetteer, RegionClues};
use crate::clean::repeats::set_aside_repeated_chrome;
use crate::clean::run_together::split_run_together;
use crate::clean::script_breaks::join_script_breaks;
use crate::clean::settle::{derive_title, settle_date};
use crate::clean::soft_breaks::join_soft_breaks;
use crate::clean::speaker_lines::take_bracketed_speaker;
use crate::clean::stage_directions::set_aside_stage_directions;
use crate::clean::table_rows::without_empty_cells;
use crate::clean::title_lines::labels_a_box;
use crate::clean::title_tags::{set_aside_title_bar, without_enclosing_marks, without_wrap_spaces};
use crate::clean::traditional::{simplified_copy, Restorer};
use crate::clean::translations::set_aside_translations;
use crate::clean::watermarks::without_watermarks;
use report_core::text::dates::PartialDate;
use report_core::text::layout::{read_lines, Line};
use report_core::text::themes::section_themes;
use report_core::{Corpus, Noise, NoiseKind, Person, Region, Report, SCHEMA_VERSION};

/// One input document: where it came from and its decoded text.
pub struct SourceText<'a> {
    pub origin: &'a str,
    pub text: &'a str,
}

/// Processes every source into a corpus, in the order given.
pub fn build_corpus<'a>(sources: impl IntoIterator<Item = SourceText<'a>>) -> Corpus {
    Corpus {
        schema_version: SCHEMA_VERSION,
        reports: sources
            .into_iter()
            .map(|s| process_report(s.origin, s.text))
            .collect(),
    }
}

/// Cleans and structures one report.
pub fn process_report(origin: &str, text: &str) -> Report {
    process_marked_report(origin, text, &[], &[], None, None)
}

/// Cleans one report whose source already marks some lines as page
/// furniture (a web page's navigation, footer, rows of links, by 1-based
/// line): they go to the noise before anything else reads the lines. Where
/// the markup says which line is the headline, the header starts there.
/// Lines the markup names as a picture's caption (a `<figcaption>`, a
/// block its class names so) are captions wherever they stand.
/// A title the page states only outside its text (a `<title>` over a
/// headline set in a picture) is the title where the text shows none, and
/// is read for the report's year and place as a headline would be.
pub fn process_marked_report(
    origin: &str,
    text: &str,
    furniture: &[(usize, NoiseKind)],
    captions: &[usize],
    headline: Option<usize>,
    title_if_none: Option<&str>,
) -> Report {
    let marked = (furniture, captions);
    // A script converter's pinyin after the characters it changed is no
    // part of the text, nor of a title the page states.
    let (cleaned, taken_out) = converter_pinyin_taken_out(text);
    let text = cleaned.as_ref();
    let stated_title = title_if_none.map(without_converter_pinyin);
    let title_if_none = stated_title.as_deref();
    // A report in traditional characters is read from a simplified copy,
    // one character for one, and keeps its characters as written.
    let mut report = match simplified_copy(text) {
        None => process_read_text(origin, text, marked, headline, title_if_none),
        Some(copy) => {
            let mut report = process_read_text(origin, &copy, marked, headline, title_if_none);
            report.id = stable_id(text);
            Restorer::new(text, &copy).restore_report(&mut report);
            report
        }
    };
    if !taken_out.is_empty() {
        report.noise.extend(taken_out);
        report.noise.sort_by_key(|n| n.line);
    }
    report
}

fn process_read_text(
    origin: &str,
    text: &str,
    (furniture, marked_captions): (&[(usize, NoiseKind)], &[usize]),
    headline: Option<usize>,
    title_if_none: Option<&str>,
) -> Report {
    let mut noise = Vec::new();
    // A copying site's watermark after line upon line, out before any
    // line is read.
    let lines = without_watermarks(without_lost_indents(read_lines(text)), &mut noise);
    let lines = split_run_together(without_page_numbers(lines));
    let lines = without_list_tabs(without_line_numbers(lines));
    let lines = without_empty_cells(without_edge_pictographs(without_markdown(lines)));
    let lines = close_digit_spacing(lines);
    let lines = remove_spam(lines, &mut noise);
    let lines = without_credit_suffixes(lines, &mut noise);
    let lines = set_aside_stage_directions(lines, &mut noise);
    let lines = without_text_marks(lines, &mut noise);
    let lines = set_aside_reference_chrome(lines, &mut noise);
    let lines = set_aside_translations(lines, &mut noise);
    let lines = set_aside_furniture(lines, furniture, &mut noise);
    // The markup's captions, apart before the header and body are read.
    let (caption_lines, lines): (Vec<Line>, Vec<Line>) = lines
        .into_iter()
        .partition(|l| marked_captions.contains(&l.number));
    let lines = join_script_breaks(lines);
    let lines = set_aside_spaced_contents(set_aside_page_furniture(lines, &mut noise), &mut noise);
    let lines = set_aside_menu_columns(lines, &mut noise);
    let lines = join_soft_breaks(set_aside_title_bar(lines, &mut noise));
    let lines = split_header_run(lines);
    let (mut header, body_start) = read_header_under(&lines, headline);
    if let (Some(title), Some(stated)) = (header.title.as_deref(), title_if_none) {
        let after = header.title_line + 1;
        let next = lines.iter().find(|l| l.number >= after);
        let next_is_chrome = furniture.iter().any(|(n, _)| *n == after);
        if labels_a_box(title, stated, next, next_is_chrome) {
            noise.push(Noise {
                kind: NoiseKind::Breadcrumb,
                text: title.to_string(),
                line: header.title_line,
            });
            header.title = None;
        }
    }
    if header.title.is_none() {
        header.title = title_if_none.map(str::to_string);
    }
    noise.extend(std::mem::take(&mut header.noise));
    // A repost's original headline (原标题) that is the headline too adds
    // nothing under it.
    if header.subtitle.is_some() && header.subtitle == header.title {
        header.subtitle = None;
    }

    let mut body_lines: Vec<Line> = header.glued_body.take().into_iter().collect();
    body_lines.extend_from_slice(&lines[body_start..]);
    // A repost's lead over the report's own header: the lead is the page's
    // words on the report, as an editor's note is; the header inside states
    // the report's title, delivery and speaker.
    if let Some((lead, mut inner, start)) = header_after_lead(&body_lines) {
        for line in &body_lines[..lead] {
            // `本报讯（记者 王佳）…`: the lead's reporters wrote the page.
            if let Some(dateline) = parse_dateline(&line.text) {
                header.authors.extend(dateline.authors);
            }
            noise.push(Noise {
                kind: NoiseKind::Metadata,
                text: line.text.clone(),
                line: line.number,
            });
        }
        if let Some(title) = inner.title.take() {
            noise.push(Noise {
                kind: NoiseKind::TitleRepeat,
                text: title.clone(),
                line: inner.title_line,
            });
            header.title.get_or_insert(title);
        }
        noise.append(&mut inner.noise);
        header.delivered = header.delivered.or(inner.delivered);
        header.speaker = header.speaker.or(inner.speaker);
        header.authors.append(&mut inner.authors);
        header.captions.append(&mut inner.captions);
        let stated = &mut header.metadata;
        stated.source = stated.source.take().or(inner.metadata.source);
        if stated.date.is_none() {
            stated.date = inner.metadata.date;
        }
        body_lines.drain(..start);
    }
    let known = Known {
        title: header.title.as_deref(),
        subtitle: header.subtitle.as_deref(),
    };
    let mut body = structure_body(&body_lines, &known);
    if header.speaker.is_none() {
        let elsewhere: Vec<&str> = [header.title.as_deref(), header.subtitle.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        header.speaker = take_bracketed_speaker(&mut body.sections, &elsewhere);
    }
    header.delivered = header.delivered.take().or(body.delivered.take());
    noise.append(&mut body.noise);
    set_aside_repeated_chrome(&mut body.sections, &body_lines, &mut noise);
    let mut captions = header.captions;
    captions.extend(caption_lines.into_iter().map(|l| l.text));
    captions.append(&mut body.captions);
    if header.speaker.is_none() {
        header.speaker = take_caption_naming_speaker(&mut body.sections, &mut captions);
    }
    if let Some(name) = header.speaker.as_deref() {
        take_speaker_captions(&mut body.sections, name, &mut captions);
    }

    // The speaker's line is a speech's byline (`县长 何军` under the title):
    // whom the text is credited to, as a reporter's name is a story's, and
    // as a speech is cited (何军. 政府工作报告).
    let mut authors: Vec<String> = header.speaker.iter().cloned().collect();
    authors.extend(header.authors);
    authors.extend(header.metadata.authors.iter().cloned());
    authors.append(&mut body.authors);
    if let Some((line, names, byline)) = take_trailing_byline(&mut body.sections, &body_lines) {
        authors.extend(names);
        noise.push(Noise {
            kind: NoiseKind::Byline,
            text: byline,
            line,
        });
    }
    dedup_in_order(&mut authors);

    let dateline = take_dateline(&mut body.sections, &body_lines, &mut noise);
    if let Some(d) = &dateline {
        authors.extend(d.authors.iter().cloned());
        dedup_in_order(&mut authors);
    }
    // No byline, but the headline or the lead over the speech says who
    // made the report (`县长某某在…会议上所做的政府工作报告`).
    let maker = authors
        .is_empty()
        .then(|| report_maker_in_lead(header.title.as_deref(), &body.sections))
        .flatten();
    authors.extend(maker.iter().map(|p| p.name.clone()));
    let body_text: String = body
        .sections
        .iter()
        .flat_map(|s| s.paragraphs.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("\n");
    // Headings count for the date: "一、2024年工作回顾" dates a report.
    let dated_text: String = body
        .sections
        .iter()
        .flat_map(|s| s.heading.iter().chain(&s.paragraphs).map(String::as_str))
        .collect::<Vec<_>>()
        .join("\n");
    // A delivery line stating its day dates the report: the page's date
    // is when it was posted. So does one stating its month only (the day
    // left blank, `2027年12月 日在…`) where the page was posted after it,
    // and one whose year alone can be read (`2031115日在…`: 1-15 or 11-5)
    // where the page was posted that year or later.
    let posted_after = |d: &PartialDate| {
        let month = |p: &PartialDate| p.year.zip(p.month);
        let posted = header.metadata.date.as_ref().map(|(p, _)| p);
        match d.month {
            Some(_) => posted
                .and_then(|p| month(p).zip(month(d)))
                .is_some_and(|(posted, said)| posted > said),
            None => posted
                .and_then(|p| p.year)
                .zip(d.year)
                .is_some_and(|(p, s)| p >= s),
        }
    };
    let delivered_on_a_day = header
        .delivered
        .clone()
        .filter(|(d, _)| d.day.is_some() || posted_after(d));
    // A labelled publication date and a dated line set apart under the
    // headline say when the page was posted; the rest are the report's.
    let posted = !header.metadata.date_is_written;
    let date = settle_date(
        delivered_on_a_day
            .map(|d| (d, false))
            .or(header.metadata.date.clone().map(|d| (d, posted)))
            .or(header.delivered.clone().map(|d| (d, false)))
            .or(body.date.take().map(|d| (d, false)))
            .or_else(|| {
                let headline = headline.or((header.title_line > 0).then_some(header.title_line));
                date_set_apart(text, headline, header.title.as_deref()).map(|d| (d, true))
            }),
        header.page_date.clone(),
        dateline.as_ref().and_then(|d| d.month_day),
        header.title.as_deref(),
        &dated_text,
    );
    let source = header
        .metadata
        .source
        .clone()
        .or_else(|| dateline.and_then(|d| d.source))
        .or(body.source.take())
        .or(header.account.clone())
        .or_else(|| outlet_in_lead(&body.sections));

    for section in &mut body.sections {
        section.themes = section_themes(section);
    }
    let title_is_derived = header.title.is_none();
    let title = header
        .title
        .map(|t| without_enclosing_marks(&without_wrap_spaces(&t)))
        .unwrap_or_else(|| derive_title(&body.sections));
    let front = front_text(header.subtitle.as_deref(), &noise);
    // A title derived from the lead where the page set none is a sentence
    // of the text: a law it cites (`依据《中华人民共和国政府信息公开条例》…`,
    // as every disclosure report opens) names its maker, not the
    // government the report is about.
    let region_title = match title_is_derived {
        true => without_cited_laws(&title),
        false => title.clone(),
    };
    let clues = RegionClues {
        title: &region_title,
        source: source.as_deref(),
        front: &front,
        body: &body_text,
    };
    // Where the report names no place of its own (a township's report on
    // its county's site), the government that runs the site is the next
    // best clue: its own report, or one of the places under it. Where the
    // place it names has namesakes (two 朝阳区), the site's owner tells
    // which one.
    let owners = site_owners(noise.iter().map(|n| n.text.as_str()));
    let owned = || {
        (!owners.is_empty()).then(|| {
            let front = format!("{front}\n{}", owners.join("\n"));
            Gazetteer::bundled().recognise_in(&RegionClues {
                front: &front,
                ..clues
            })
        })?
    };
    let region = match Gazetteer::bundled().recognise_in(&clues) {
        None => owned(),
        Some(named) => Some(
            owned()
                .filter(|by_owner| is_namesake(&named, by_owner))
                .unwrap_or(named),
        ),
    };
    let paragraphs: Vec<String> = body
        .sections
        .iter()
        .flat_map(|s| s.paragraphs.clone())
        .collect();
    // Figures are read against when the speech was given, where the text
    // says so: a page may carry it long after.
    let delivered = header
        .delivered
        .as_ref()
        .and_then(|(d, said)| d.to_report_date(false, vec![said.clone()]));
    // A report on a closed year of account (`关于2023年度…审计工作报告`) is
    // about that year, whenever it is given.
    let figures = titled_figures(&title, &body.sections, delivered.as_ref().or(date.as_ref()));
    noise.sort_by_key(|n| n.line);
    // The speaker with the office their line names, before the officials
    // the body names.
    // The office may stand on the line over the name (`国务院总理` / `李　强`).
    let mut people: Vec<Person> = header
        .speaker
        .as_deref()
        .and_then(|name| {
            let bylines: Vec<&Noise> = noise
                .iter()
                .filter(|n| n.kind == NoiseKind::Byline)
                .collect();
            bylines.iter().enumerate().find_map(|(k, n)| {
                speaker_with_office(&n.text, name).or_else(|| {
                    let next = bylines.get(k + 1).filter(|m| m.line == n.line + 1)?;
                    speaker_with_office(&format!("{}{}", n.text, next.text), name)
                })
            })
        })
        .into_iter()
        .collect();
    people.extend(maker.filter(|m| !people.iter().any(|p| p.name == m.name)));
    for person in find_people(&paragraphs) {
        if !people.iter().any(|p| p.name == person.name) {
            people.push(person);
        }
    }

    Report {
        id: stable_id(text),
        origin: origin.to_string(),
        title,
        title_is_derived,
        subtitle: header.subtitle,
        date,
        source,
        authors,
        people,
        region,
        sections: body.sections,
        captions,
        figures,
        noise,
        imported: None,
    }
}

/// What stands before the body and is not furniture: the subtitle (often
/// the delivery line ——在…人民代表大会…), metadata and the lines removed as
/// such (the speaker, 来源), breadcrumbs and datelines; for the region,
/// which reads only organs, offices and assemblies from it.
fn front_text(subtitle: Option<&str>, noise: &[Noise]) -> String {
    // `上一篇：某某县2023年政府工作报告` points to another page: the place
    // it names is that page's (a page's links may be marked breadcrumbs).
    let kept = noise.iter().filter(|n| {
        matches!(
            n.kind,
            NoiseKind::Metadata | NoiseKind::Breadcrumb | NoiseKind::Byline | NoiseKind::Dateline
        ) && !starts_footer(&n.text)
    });
    // A delivery line a copy broke before its assembly's name (`——2030年1月
    // 5日在某某市某某区` over `第五届人民代表大会第六次会议上`) is read as one
    // line: the place it names stands as the assembly's.
    let mut lines: Vec<(usize, String)> = Vec::new();
    for n in kept {
        match lines.last_mut() {
            Some((line, text))
                if *line + 1 == n.line && is_delivery_line(text) && delivery_line_is_open(text) =>
            {
                text.push_str(n.text.trim());
                *line = n.line;
            }
            _ => lines.push((n.line, n.text.clone())),
        }
    }
    subtitle
        .into_iter()
        .chain(lines.iter().map(|(_, text)| text.as_str()))
        .collect::<Vec<_>>()
        .join("\n")
}

fn set_aside_furniture(
    lines: Vec<Line>,
    furniture: &[(usize, NoiseKind)],
    noise: &mut Vec<Noise>,
) -> Vec<Line> {
    if furniture.is_empty() {
        return lines;
    }
    lines
        .into_iter()
        .filter(|line| {
            let marked = furniture.iter().find(|(n, _)| *n == line.number);
            if let Some((_, kind)) = marked {
                noise.push(Noise {
                    kind: *kind,
                    text: line.text.clone(),
                    line: line.number,
                });
            }
            marked.is_none()
        })
        .collect()
}

/// Strips injected spam from every line, recording that it was there (but
/// never its text).
fn remove_spam(lines: Vec<Line>, noise: &mut Vec<Noise>) -> Vec<Line> {
    lines
        .into_iter()
        .filter_map(|mut line| {
            let spans = spam_spans(&line.text);
            if !spans.is_empty() {
                let chars: usize = spans
                    .iter()
                    .map(|(s, e)| line.text[*s..*e].chars().count())
                    .sum();
                noise.push(Noise {
                    kind: NoiseKind::Spam,
                    text: format!(
                        "{} gambling spam phrase(s), {chars} characters, removed",
                        spans.len()
                    ),
                    line: line.number,
                });
                line.text = remove_spans(&line.text, &spans);
            }
            (!line.text.trim().is_empty()).then_some(line)
        })
        .collect()
}

/// Removes a byline closing the last paragraph: "…小康社会。 (孟强 门波)".
fn take_trailing_byline(
    sections: &mut [report_core::Section],
    body_lines: &[Line],
) -> Option<(usize, Vec<String>, String)> {
    let last = sections
        .iter_mut()
        .rev()
        .find_map(|s| s.paragraphs.last_mut())?;
    let (rest, names, byline) = split_trailing_byline(last)?;
    *last = rest;
    let line = body_lines
        .iter()
        .rev()
        .find(|l| l.text.ends_with(&byline))
        .map_or(0, |l| l.number);
    Some((line, names, byline))
}

/// Removes a news dateline opening the first paragraph and returns it (the
/// paragraph keeps the rest).
fn take_dateline(
    sections: &mut [report_core::Section],
    body_lines: &[Line],
    noise: &mut Vec<Noise>,
) -> Option<Dateline> {
    let first = sections.iter_mut().find_map(|s| s.paragraphs.first_mut())?;
    let mut dateline = parse_dateline(first)?;
    let line = body_lines
        .iter()
        .find(|l| l.text.starts_with(&dateline.text))
        .map_or(0, |l| l.number);
    noise.push(Noise {
        kind: NoiseKind::Dateline,
        text: dateline.text.clone(),
        line,
    });
    *first = std::mem::take(&mut dateline.rest);
    Some(dateline)
}

/// FNV-1a over the text with line ends and surrounding white space
/// normalised, as 16 hex digits.
pub fn stable_id(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for line in text.trim_start_matches('\u{FEFF}').lines() {
        for b in line.trim_end().bytes().chain(std::iter::once(b'\n')) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

fn dedup_in_order(items: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    items.retain(|i| seen.insert(i.clone()));
}

/// Another division of the same name at the same level (`朝阳区` of 北京
/// and of 长春).
pub(crate) fn is_namesake(named: &Region, other: &Region) -> bool {
    fn lowest(r: &Region) -> Option<&report_core::Division> {
        [&r.township, &r.county, &r.city, &r.province]
            .into_iter()
            .find_map(Option::as_ref)
    }
    named.level == other.level
        && match (lowest(named), lowest(other)) {
            (Some(a), Some(b)) => a.name == b.name && a.code != b.code,
            _ => false,
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_id_ignores_line_endings_and_bom() {
        assert_eq!(stable_id("a\r\nb\n"), stable_id("\u{FEFF}a\nb"));
        assert_ne!(stable_id("a"), stable_id("b"));
    }
}
