//! Reports written in traditional characters (a Hong Kong or Taiwan mirror
//! of a mainland report): every rule reads simplified text (增长, 亿元,
//! 市长, 人民政府), so the pipeline reads a simplified copy and the report
//! keeps the characters as written.
//!
//! The fold maps one `char` to one `char` of the same UTF-8 width, so the
//! byte spans of figures computed on the copy hold in the text restored.

use crate::clean::figures::titled_figures;
use report_core::text::fold::{is_han, to_simplified};
use report_core::{Figure, Report, Section};
use std::collections::HashMap;

/// The simplified reading copy of `text`, when the text is written in
/// traditional characters; `None` for a simplified text, which a stray
/// traditional character (乾隆, a quoted 於) does not turn.
pub fn simplified_copy(text: &str) -> Option<String> {
    let folded = to_simplified(text);
    let (mut han, mut changed) = (0usize, 0usize);
    for (a, b) in text.chars().zip(folded.chars()) {
        if is_han(a) {
            han += 1;
            if a != b {
                changed += 1;
            }
        }
    }
    // Running traditional text changes about one character in four; a
    // simplified text with a stray traditional name, almost none.
    (changed >= 5 && changed * 20 >= han && folded.len() == text.len()).then_some(folded)
}

/// Maps text read from the simplified copy back to the characters as
/// written.
pub struct Restorer<'a> {
    original: &'a str,
    folded: &'a str,
    /// For each simplified character, the character most often written for
    /// it in this text (for text no longer contiguous in the source: lines
    /// joined, spaces closed).
    usual: HashMap<char, char>,
}

impl<'a> Restorer<'a> {
    pub fn new(original: &'a str, folded: &'a str) -> Self {
        let mut counts: HashMap<(char, char), usize> = HashMap::new();
        let changed: std::collections::HashSet<char> = original
            .chars()
            .zip(folded.chars())
            .filter(|(a, b)| a != b)
            .map(|(_, b)| b)
            .collect();
        for (a, b) in original.chars().zip(folded.chars()) {
            if changed.contains(&b) {
                *counts.entry((b, a)).or_default() += 1;
            }
        }
        let mut best: HashMap<char, (char, usize)> = HashMap::new();
        for ((simplified, written), n) in counts {
            let entry = best.entry(simplified).or_insert((written, n));
            if n > entry.1 || (n == entry.1 && written < entry.0) {
                *entry = (written, n);
            }
        }
        Restorer {
            original,
            folded,
            usual: best.into_iter().map(|(s, (w, _))| (s, w)).collect(),
        }
    }

    /// The text as written for `read` (a string of the simplified copy):
    /// the same place in the source where it stands there whole, else
    /// character by character.
    pub fn restore(&self, read: &str) -> String {
        if read.is_empty() {
            return String::new();
        }
        if let Some(at) = self.folded.find(read) {
            if let Some(written) = self.original.get(at..at + read.len()) {
                return written.to_string();
            }
        }
        read.chars()
            .map(|c| match self.usual.get(&c) {
                Some(&w) if w.len_utf8() == c.len_utf8() => w,
                _ => c,
            })
            .collect()
    }

    fn restore_in_place(&self, s: &mut String) {
        *s = self.restore(s);
    }

    /// Puts every stored string of `report` (read from the copy) back in
    /// the characters as written; the region keeps the gazetteer's names.
    pub fn restore_report(&self, report: &mut Report) {
        self.restore_in_place(&mut report.title);
        for s in report.subtitle.iter_mut().chain(report.source.iter_mut()) {
            self.restore_in_place(s);
        }
        for s in report.authors.iter_mut().chain(report.captions.iter_mut()) {
            self.restore_in_place(s);
        }
        for Section {
            heading,
            paragraphs,
            ..
        } in &mut report.sections
        {
            for s in heading.iter_mut().chain(paragraphs.iter_mut()) {
                self.restore_in_place(s);
            }
        }
        for noise in &mut report.noise {
            self.restore_in_place(&mut noise.text);
        }
        for person in &mut report.people {
            self.restore_in_place(&mut person.name);
        }
        if let Some(region) = &mut report.region {
            for s in &mut region.evidence {
                self.restore_in_place(s);
            }
        }
        if let Some(date) = &mut report.date {
            for s in &mut date.evidence {
                self.restore_in_place(s);
            }
        }
        self.restore_figures(&mut report.figures);
    }

    /// Puts figures read from the copy back in the characters as written.
    fn restore_figures(&self, figures: &mut [Figure]) {
        // A figure's span is bytes of its paragraph, the same in both.
        for figure in figures {
            self.restore_in_place(&mut figure.indicator);
            self.restore_in_place(&mut figure.text);
            if let Some(q) = &mut figure.qualifier {
                self.restore_in_place(q);
            }
            if let Some(w) = &mut figure.period_words {
                self.restore_in_place(w);
            }
        }
    }
}

/// A report's figures read again (its date given or corrected after it
/// was read): from a simplified copy of its title and sections where it is
/// written in traditional characters, as the pipeline first read them, and
/// put back in the characters as written.
pub(crate) fn figures_read_again(report: &Report) -> Vec<Figure> {
    let date = report.date.as_ref();
    let written: Vec<&str> = std::iter::once(report.title.as_str())
        .chain(
            report
                .sections
                .iter()
                .flat_map(|s| s.heading.iter().chain(&s.paragraphs))
                .map(String::as_str),
        )
        .collect();
    let joined = written.join("\n");
    let copy = simplified_copy(&joined).filter(|_| !written.iter().any(|w| w.contains('\n')));
    let Some(copy) = copy else {
        return titled_figures(&report.title, &report.sections, date);
    };
    // One character for one, of the same width: each string's copy is its
    // piece of the whole one.
    let mut pieces = copy.split('\n').map(str::to_string);
    let title = pieces.next().unwrap_or_default();
    let sections: Vec<Section> = report
        .sections
        .iter()
        .map(|s| Section {
            heading: pieces.by_ref().take(s.heading.len()).collect(),
            paragraphs: pieces.by_ref().take(s.paragraphs.len()).collect(),
            themes: s.themes.clone(),
        })
        .collect();
    let mut figures = titled_figures(&title, &sections, date);
    Restorer::new(&joined, &copy).restore_figures(&mut figures);
    figures
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_traditional_text_gets_a_copy_of_the_same_width() {
        let text = "廣州市人民政府工作報告\n地區生產總值突破3萬億元、增長4.6%";
        let copy = simplified_copy(text).expect("traditional");
        assert_eq!(
            copy,
            "广州市人民政府工作报告\n地区生产总值突破3万亿元、增长4.6%"
        );
        assert_eq!(copy.len(), text.len());
    }

    #[test]
    fn a_simplified_text_with_a_stray_traditional_name_has_none() {
        let text = "2023年全市地区生产总值增长5.2%，乾隆年间的古建筑得到修缮，\
                    一般公共预算收入增长6.1%，城乡居民收入稳步提高，於家村通了公交。";
        assert_eq!(simplified_copy(text), None);
        assert_eq!(simplified_copy("广州市人民政府工作报告"), None);
    }

    #[test]
    fn restores_whole_strings_and_joined_ones() {
        let text = "廣州市市長\n過去一年，經濟運行\n穩中向好。";
        let copy = simplified_copy(text).unwrap();
        let restorer = Restorer::new(text, &copy);
        assert_eq!(restorer.restore("广州市市长"), "廣州市市長");
        // Two lines joined into one paragraph: no longer contiguous.
        assert_eq!(
            restorer.restore("过去一年，经济运行稳中向好。"),
            "過去一年，經濟運行穩中向好。"
        );
    }
}
