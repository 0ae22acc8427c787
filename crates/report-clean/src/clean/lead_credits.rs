//! What the headline or the lead over a speech says of the report where
//! its header does not: who made it (the sentence that makes the report,
//! `县长某某在…会议上所做的政府工作报告`, read by `people::report_maker`,
//! or the speaker's line run into the speech's salutation, `政协主席
//! 某某：各位委员：…`), and the outlet the lead attributes it to
//! (`据新华社3月3日消息，…`, read by `metadata::attributed_outlet`).

use crate::clean::header_run::opens_on_salutation;
use crate::clean::metadata::{attributed_outlet, parse_speaker_line};
use crate::clean::people::{report_maker, speaker_with_office};
use report_core::{Person, Section};

/// Paragraphs of the lead read for the sentence that makes the report.
const LEAD_PARAGRAPHS: usize = 5;

/// The speaker the headline names, or the lead over the speech (the
/// paragraphs before the first heading, up to the salutation): the
/// sentence that makes the report, or the speaker's line run into the
/// salutation (`政协主席 某某：各位委员：…`).
pub(crate) fn report_maker_in_lead(title: Option<&str>, sections: &[Section]) -> Option<Person> {
    if let Some(maker) = title.and_then(report_maker) {
        return Some(maker);
    }
    let lead = sections
        .first()
        .filter(|s| s.heading.is_empty())
        .into_iter()
        .flat_map(|s| &s.paragraphs)
        .take(LEAD_PARAGRAPHS);
    for paragraph in lead {
        if opens_on_salutation(paragraph) {
            return None;
        }
        let maker = speaker_before_salutation(paragraph).or_else(|| report_maker(paragraph));
        if maker.is_some() {
            return maker;
        }
    }
    None
}

/// A speaker's line that runs on into the speech's salutation after a
/// colon: the speaker with the office the line names.
fn speaker_before_salutation(paragraph: &str) -> Option<Person> {
    let (line, speech) = paragraph.split_once([':', '：'])?;
    if !opens_on_salutation(speech) {
        return None;
    }
    let name = parse_speaker_line(line)?;
    speaker_with_office(line, &name)
}

/// The outlet the lead's first paragraph attributes the text to.
pub(crate) fn outlet_in_lead(sections: &[Section]) -> Option<String> {
    let first = sections
        .first()
        .filter(|s| s.heading.is_empty())?
        .paragraphs
        .first()?;
    attributed_outlet(first)
}
