//! The headline taken: its text less the marks a page sets around it (a
//! forum's tag, a dated bracket, a shared file's suffix, a draft's mark, a
//! collection's piece number), each set aside as noise.

use super::Header;
use crate::clean::posting_lines::site_after_time;
use crate::clean::title_marks::{
    split_page_mark, split_piece_number, split_previous_link, split_year_tag,
};
use crate::clean::title_tags::{
    split_dated_title, split_draft_mark, split_file_suffix, split_title_tag,
};
use report_core::text::layout::Line;
use report_core::text::names::is_person_name;
use report_core::{Noise, NoiseKind};

impl Header {
    /// The site a posting line names after its day and clock time, where
    /// no account is known yet.
    pub(super) fn note_account(&mut self, text: &str) {
        if self.account.is_none() {
            self.account = site_after_time(text);
        }
    }

    /// A title line less the bracketed day after it (`…报告（2024年1月15日）`,
    /// `…报告(20230114)`): the day is the one the speech was given, the
    /// bracket set aside.
    pub(super) fn take_dated_bracket<'a>(&mut self, text: &'a str, line: usize) -> &'a str {
        let Some((headline, bracket, delivered, speaker)) = split_dated_title(text) else {
            return text;
        };
        self.noise.push(Noise {
            kind: NoiseKind::Metadata,
            text: bracket.to_string(),
            line,
        });
        self.delivered.get_or_insert(delivered);
        if let Some(name) = speaker {
            self.speaker.get_or_insert_with(|| name.to_string());
        }
        headline
    }

    /// `line` is the headline: its text less a forum's or column's tag,
    /// which is set aside.
    pub(super) fn take_title(&mut self, line: &Line) {
        // `• 政府工作报告`: a list's bullet before the headline; `…来了→`:
        // the arrow a post's link ends on.
        let text = line
            .text
            .trim_start_matches(['•', '●', '▪'])
            .trim_start()
            .trim_end_matches(['→', '➡', '▶', '►', '»'])
            .trim_end()
            // `…报告 |`: the headline's cell of a grid, its bar.
            .trim_end_matches(['|', '｜', ' ', '\u{3000}']);
        let (tag, headline) = split_title_tag(text);
        if let Some(tag) = tag {
            self.noise.push(Noise {
                kind: NoiseKind::Metadata,
                text: tag.to_string(),
                line: line.number,
            });
        }
        // `政府工作报告（2024年1月15日）`: the day it was given, stated.
        let headline = self.take_dated_bracket(headline, line.number);
        // `…工作计划.docxVIP`: a shared file's name and badge, set aside.
        let headline = match split_file_suffix(headline) {
            Some((headline, suffix)) => {
                self.noise.push(Noise {
                    kind: NoiseKind::Metadata,
                    text: suffix.to_string(),
                    line: line.number,
                });
                headline
            }
            None => headline,
        };
        // `…工作报告（征求意见稿）`: the draft's mark, set aside.
        let headline = match split_draft_mark(headline) {
            Some((headline, mark)) => {
                self.noise.push(Noise {
                    kind: NoiseKind::Metadata,
                    text: mark.to_string(),
                    line: line.number,
                });
                headline
            }
            None => headline,
        };
        // `第1篇 …报告`, `…总结（2）`: a collection's piece number, a
        // copy's page number, a wiki's link to the year before, a
        // collection's year tag (`…2030年…公报 2030`), set aside.
        let (mark, headline) = match split_piece_number(headline) {
            Some((mark, name)) => (Some(mark), name),
            None => match split_page_mark(headline)
                .or_else(|| split_previous_link(headline).map(|(link, name)| (name, link)))
                .or_else(|| split_year_tag(headline))
            {
                Some((name, mark)) => (Some(mark), name),
                None => (None, headline),
            },
        };
        if let Some(mark) = mark {
            self.noise.push(Noise {
                kind: NoiseKind::Metadata,
                text: mark.trim().to_string(),
                line: line.number,
            });
        }
        if let Some(name) = speaker_opening(headline) {
            self.speaker.get_or_insert_with(|| name.to_string());
        }
        self.title = Some(headline.to_string());
        self.title_line = line.number;
    }
}

/// `某某某同志在政协某某市委员会上的工作报告`: a headline that opens on a
/// person's name and the form of address, then where or what they said
/// (`在`, `作`, `代表`), names the speaker.
fn speaker_opening(headline: &str) -> Option<&str> {
    let (name, rest) = headline.split_once("同志")?;
    let says = rest.starts_with(['在', '作']) || rest.starts_with("代表");
    (says && is_person_name(name)).then_some(name)
}
