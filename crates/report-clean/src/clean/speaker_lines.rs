//! The speaker's line under a report's title in its other shapes: a name
//! alone, an office alone over its holder's name, a photo's caption saying
//! who delivers the report.

use crate::clean::header_run::opens_on_salutation;
use crate::clean::metadata::parse_speaker_line;
use crate::clean::offices::{HEADS_OF_GOVERNMENT, OTHER_OFFICES};
use crate::clean::title_tags::{says_given_whole, NOT_IN_BRACKETED_NAMES};
use report_core::text::fold::is_han;
use report_core::text::layout::Line;
use report_core::text::names::{is_person_name, split_names};

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

/// How a government's name ends where it stands for its head
/// (`国务院王某`, `某某县人民政府王某`).
const GOVERNMENT_ENDS: [&str; 2] = ["国务院", "政府"];
const GOVERNMENT_MAX_CHARS: usize = 20;
/// The kinds of paper a government's name heads (`某某县人民政府文件`),
/// which read as names by their first character.
const PAPER_KINDS: [&str; 6] = ["文件", "公告", "通告", "通知", "公报", "令"];

/// A government's name with its head's name run on, no office between
/// (`国务院王某`), on the line over the speech's salutation: the speaker
/// for the government. Returns the name. The same words over anything else
/// (`某某县人民政府文件`) name no speaker.
pub(crate) fn government_over_salutation(text: &str, next: Option<&Line>) -> Option<String> {
    next.filter(|n| opens_on_salutation(&n.text))
        .and_then(|_| government_then_name(text))
}

/// Words a page can set alone between the delivery line and the salutation
/// that are no one's name (`摘要`, `全文`).
const NOT_NAMES_OVER_SALUTATION: [&str; 8] = [
    "摘要", "全文", "正文", "前言", "目录", "附件", "草案", "说明",
];
/// Characters of an organ's or a division's name (`区人民政府`, `某某旗`)
/// that a name of no known surname does not hold.
const NOT_IN_UNSURNAMED_NAMES: &str = "政府院局厅委区乡旗州盟村部办处";
/// Fewest and most characters of a name of no known surname standing
/// alone (`才让多杰`, `巴特尔朝鲁`): a shorter word alone is an office's
/// (`主任`), a speech's kind (`开幕词`) or a note on the copy (`书面`).
const UNSURNAMED_ALONE_CHARS: std::ops::RangeInclusive<usize> = 4..=6;
/// The country a place is dotted after as a brand (`中国·赣州`), no name.
const COUNTRY_BEFORE_A_PLACE: [&str; 2] = ["中国·", "中华·"];
/// Words of a place, a speech's kind or a copy's note that a name of no
/// known surname does not hold (`城关街道`, `某某苏木`, `讲话要点`).
const NOT_IN_NAMES_OVER_SALUTATION: [&str; 10] = [
    "街道", "苏木", "嘎查", "社区", "林场", "讲话", "发言", "致辞", "要点", "书面",
];

/// A name alone on the line over the speech's salutation, under the
/// delivery line (`（2026年1月26日）` / `某某扎西` / `各位委员：`): the
/// speaker, however the name is spelled: a known surname's (`王某`), one of
/// no known surname (a Tibetan's, a Mongolian's, four to six characters),
/// a dotted one. Returns the name. The same line over anything but the
/// salutation, or holding a draft's, a paper's or a session's word
/// (`征求意见稿`, `第一次会议`), an office's, a place's or a speech's word
/// (`主任`, `城关街道`, `开幕词`), or a salutation's first line
/// (`各位代表` over `各位委员：`), names no speaker.
pub(crate) fn name_over_salutation(text: &str, next: Option<&Line>) -> Option<String> {
    next.filter(|n| opens_on_salutation(&n.text))?;
    if let Some(name) = name_line(text) {
        return Some(name);
    }
    let name = text.trim();
    let dotted = name.contains('·')
        && name
            .split('·')
            .all(|part| !part.is_empty() && part.chars().all(is_han))
        && !COUNTRY_BEFORE_A_PLACE.iter().any(|c| name.starts_with(c));
    let unsurnamed = UNSURNAMED_ALONE_CHARS.contains(&name.chars().count())
        && name.chars().all(is_han)
        && !name.chars().any(|c| NOT_IN_UNSURNAMED_NAMES.contains(c));
    ((dotted || unsurnamed)
        && !name.chars().any(|c| NOT_IN_BRACKETED_NAMES.contains(c))
        && !NOT_NAMES_OVER_SALUTATION.contains(&name)
        && !NOT_IN_NAMES_OVER_SALUTATION
            .iter()
            .any(|w| name.contains(w))
        && !HEADS_OF_GOVERNMENT
            .iter()
            .chain(&OTHER_OFFICES)
            .any(|o| name.contains(o))
        && !opens_on_salutation(&format!("{name}：")))
    .then(|| name.to_string())
}

/// The name in a line of a government's name with its head's name run on
/// (`国务院王某`), whatever stands around it.
pub(crate) fn government_then_name(text: &str) -> Option<String> {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let chars: Vec<char> = text.chars().collect();
    (2..=3).rev().find_map(|len| {
        let split = chars.len().checked_sub(len)?;
        let name: String = chars[split..].iter().collect();
        let government: String = chars[..split].iter().collect();
        let names_government = GOVERNMENT_ENDS.iter().any(|e| government.ends_with(e))
            && government.chars().count() <= GOVERNMENT_MAX_CHARS
            && government.chars().all(is_han);
        let paper = PAPER_KINDS.iter().any(|k| name.ends_with(k));
        (names_government && is_person_name(&name) && !paper).then_some(name)
    })
}

const SPEAKER_CAPTION_MAX_CHARS: usize = 60;

/// One short sentence saying the speaker delivers the report, as a photo's
/// caption does.
pub(crate) fn describes_speaker(text: &str, name: &str) -> bool {
    text.chars().count() <= SPEAKER_CAPTION_MAX_CHARS
        && text.contains(name)
        && text.contains("报告")
}

/// The brackets a live transcript sets its speaker's name in.
const NAME_MARKS: [(char, char); 3] = [('[', ']'), ('【', '】'), ('［', '］')];
/// How far into the text a transcript's first speech starts: after a
/// lead or two.
const TRANSCRIPT_LEAD_PARAGRAPHS: usize = 3;

/// A live transcript's speaker, named in brackets opening the speech
/// (`[王某某]各位代表：我代表…`, `【王某某】我受…委托，…`), in the text's
/// first paragraphs: the name, taken off its paragraph. A bracketed word
/// is a name only where the page names that person elsewhere with an
/// office (`听取王某某副主席作的…报告`, in the text or in `elsewhere`, the
/// header's lines), where 我代表 or 我受 follows the bracket at once
/// (`[王某]我受…委托`; a word of two a line tags a report's name with, or a
/// note on the copy, `【全文】我代表…`, is a tag), or, a name of three
/// characters or more, where the
/// speech goes on so after its salutation: a site's tag of two before a
/// salutation (`【全文】各位代表：`, `[来源]我县…`) reads as a surname and a
/// name.
pub(crate) fn take_bracketed_speaker(
    sections: &mut [report_core::Section],
    elsewhere: &[&str],
) -> Option<String> {
    let texts: Vec<String> = sections
        .iter()
        .flat_map(|s| s.paragraphs.iter().cloned())
        .chain(elsewhere.iter().map(|t| t.to_string()))
        .collect();
    let paragraphs = sections.iter_mut().flat_map(|s| s.paragraphs.iter_mut());
    for paragraph in paragraphs.take(TRANSCRIPT_LEAD_PARAGRAPHS) {
        let Some((name, rest)) = bracketed_name(paragraph) else {
            continue;
        };
        if !(rest.starts_with('我') || opens_on_salutation(rest)) {
            continue;
        }
        let speech = rest.split_once(['：', ':']).map_or(rest, |(_, s)| s);
        let delegates = |words: &str| ["我代表", "我受"].iter().any(|d| words.starts_with(d));
        let long_name = name.chars().count() >= 3;
        let speaks = delegates(rest) && !is_site_tag(&name, &texts)
            || long_name && delegates(speech.trim_start());
        if speaks || texts.iter().any(|t| names_with_office(t, &name)) {
            *paragraph = rest.to_string();
            return Some(name);
        }
    }
    None
}

/// Whether a bracketed word of two characters is a site's tag that reads
/// as a surname and a name (`【全文】`, `【解读】`): a note on the copy, or
/// what a line of the page tags a report with after its name (`…工作报告
/// 解读`, `…报告全文`). A person's name is used on a page in every other
/// way (`张某说`, `张某作政府工作报告`, `用电高峰` beside `[高峰]`), so no
/// other use tells a tag from a name.
fn is_site_tag(name: &str, texts: &[String]) -> bool {
    name.chars().count() == 2
        && (says_given_whole(name)
            || texts.iter().any(|text| {
                text.trim_end()
                    .strip_suffix(name)
                    .is_some_and(|report| report.ends_with("报告"))
            }))
}

/// What a page calls a speaker beside the offices' own names
/// ([`HEADS_OF_GOVERNMENT`], [`OTHER_OFFICES`]): `王某某同志`,
/// `王某某委员`, `王某某秘书长`.
const ADDRESSED_AS: [&str; 3] = ["委员", "同志", "秘书长"];

/// Whether `text` names `name` with an office beside it, after the name
/// (`王某某副主席`, `王某某同志`) or before it (`主任王某某`).
fn names_with_office(text: &str, name: &str) -> bool {
    let offices = || {
        HEADS_OF_GOVERNMENT
            .iter()
            .chain(&OTHER_OFFICES)
            .chain(&ADDRESSED_AS)
    };
    text.match_indices(name).any(|(at, _)| {
        let before = &text[..at];
        let after = &text[at + name.len()..];
        after.starts_with('副') || offices().any(|o| after.starts_with(o) || before.ends_with(o))
    })
}

/// A person's name in brackets opening `text`, and what follows it.
fn bracketed_name(text: &str) -> Option<(String, &str)> {
    NAME_MARKS.iter().find_map(|(open, close)| {
        let inner = text.strip_prefix(*open)?;
        let (name, rest) = inner.split_once(*close)?;
        let name = name_line(name.trim())?;
        Some((name, rest.trim_start()))
    })
}
