//! The speaker's line under a report's title in its other shapes: a name
//! alone, an office alone over its holder's name, a photo's caption saying
//! who delivers the report.

use crate::clean::metadata::parse_speaker_line;
use report_core::text::layout::Line;
use report_core::text::names::split_names;

/// A delivery line naming its speaker after the session, set apart by a
/// comma (`（2010年1月18日在某某市…会议上，市长 邓军民）`): the line up to the
/// comma, and the speaker's name.
pub(crate) fn speaker_after_session(text: &str) -> Option<(&str, String)> {
    let inner = text.trim().trim_end_matches(['）', ')']);
    let (session, who) = inner.rsplit_once(['，', ','])?;
    let names_session = session.contains("会议") || session.contains("大会");
    if !(names_session && session.ends_with('上')) {
        return None;
    }
    Some((session, parse_speaker_line(who)?))
}

/// An office alone on its line (`代市长`, `市长`) over a line that is a
/// person's name: the speaker's line set over two. Returns the name and
/// the name's line.
pub(crate) fn office_over_name<'l>(
    text: &str,
    next: Option<&'l Line>,
) -> Option<(String, &'l Line)> {
    let next = next?;
    let name = name_line(&next.text)?;
    (parse_speaker_line(&format!("{text} {name}")).as_deref() == Some(name.as_str()))
        .then_some((name, next))
}

/// A line that is one person's name alone, as a page sets the speaker
/// under a report's title, or signs it with a dash (`——王刚`).
pub(crate) fn name_line(text: &str) -> Option<String> {
    let signed = text.trim_start_matches(['—', '―', '－', '─']);
    let text = if signed.len() < text.len() {
        signed.trim_start()
    } else {
        text
    };
    split_names(text)
        .filter(|names| names.len() == 1)
        .and_then(|names| names.into_iter().next())
}

const SPEAKER_CAPTION_MAX_CHARS: usize = 60;

/// One short sentence saying the speaker delivers the report, as a photo's
/// caption does.
pub(crate) fn describes_speaker(text: &str, name: &str) -> bool {
    text.chars().count() <= SPEAKER_CAPTION_MAX_CHARS
        && text.contains(name)
        && text.contains("报告")
}
