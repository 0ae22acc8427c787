//! News datelines (`新华社北京3月12日电`, `本报讯（记者 张伟）`) and an
//! editor's note above the text a paper prints.

use super::parse_byline;
use report_core::text::dates::month_day_at;
use report_core::text::fold::is_han;

/// A news dateline opening a paragraph: "·闪电新闻7月6日讯 6日,记者…",
/// "新华社济南3月2日电", "本报讯".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The dateline text as it stood, removed from the paragraph.
    pub text: String,
    /// The outlet named, unless it is only "本报" (this paper).
    pub source: Option<String>,
    pub month_day: Option<(u8, u8)>,
    /// The reporters the dateline names in brackets: `本报讯（记者 张伟）`.
    pub authors: Vec<String>,
    /// The paragraph without the dateline.
    pub rest: String,
}

/// How far after a dateline its bracketed byline may close.
const DATELINE_BYLINE_MAX_CHARS: usize = 40;

const DATELINE_MAX_NAME_CHARS: usize = 12;

/// A dateline standing alone on its line, as an agency's copy opens and
/// ends (`新华社北京3月12日电`, `（新华社北京3月12日电）`): the agency, where
/// its name ends in one of the words agencies and papers end in, less the
/// place it filed from.
pub fn standalone_dateline(text: &str) -> Option<Dateline> {
    let inner = text
        .trim()
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    let mut dateline = parse_dateline(inner).filter(|d| d.rest.is_empty())?;
    dateline.source = dateline
        .source
        .map(|name| match name.rfind(['社', '网', '报', '台']) {
            Some(at) => name[..at + '社'.len_utf8()].to_string(),
            None => name,
        });
    Some(dateline)
}

/// What an editor says before the text it presents: `编者按：…现将全文刊发
/// 如下`, `【编者的话】`, `导读：`.
const EDITOR_NOTE_OPENERS: [&str; 5] = ["编者按", "编者的话", "编者注", "编辑按", "导读"];

pub fn is_editor_note(text: &str) -> bool {
    let opened = text.trim_start_matches(['【', '[', '（', '(', ' ', '\u{3000}']);
    EDITOR_NOTE_OPENERS.iter().any(|o| opened.starts_with(o))
}

pub fn parse_dateline(paragraph: &str) -> Option<Dateline> {
    let chars: Vec<char> = paragraph.chars().collect();
    let mut start = 0;
    while start < chars.len() && matches!(chars[start], '·' | '•' | '■' | '□' | ' ' | '【' | '[')
    {
        start += 1;
    }
    let mut name_end = start;
    while name_end < chars.len() && name_end - start <= DATELINE_MAX_NAME_CHARS {
        if let Some((m, d, len)) = month_day_at(&chars, name_end) {
            let after = name_end + len;
            if matches!(chars.get(after), Some('讯') | Some('电')) && ends_word(&chars, after + 1)
            {
                let name: String = chars[start..name_end].iter().collect();
                return Some(make_dateline(&chars, name, Some((m, d)), after + 1));
            }
        }
        if chars[name_end] == '讯' && name_end >= start + 2 && ends_word(&chars, name_end + 1) {
            let name: String = chars[start..name_end].iter().collect();
            return Some(make_dateline(&chars, name, None, name_end + 1));
        }
        if !(is_han(chars[name_end])
            || chars[name_end].is_ascii_alphanumeric()
            || chars[name_end] == '·')
        {
            return None;
        }
        name_end += 1;
    }
    None
}

/// The dateline's 讯/电 is not the start of a longer word ("电视", "讯息").
fn ends_word(chars: &[char], at: usize) -> bool {
    !chars.get(at).is_some_and(|c| is_han(*c))
}

fn make_dateline(
    chars: &[char],
    name: String,
    month_day: Option<(u8, u8)>,
    end: usize,
) -> Dateline {
    let mut end_with_bracket = end;
    if matches!(chars.get(end), Some('】') | Some(']')) {
        end_with_bracket += 1;
    }
    // `本报讯（记者 张伟 通讯员 刘洋）`: the reporters, part of the dateline.
    let mut authors = Vec::new();
    if matches!(chars.get(end_with_bracket), Some('（') | Some('(')) {
        let close = chars[end_with_bracket..]
            .iter()
            .take(DATELINE_BYLINE_MAX_CHARS)
            .position(|c| matches!(c, '）' | ')'));
        if let Some(close) = close {
            let bracketed: String = chars[end_with_bracket..=end_with_bracket + close]
                .iter()
                .collect();
            // The bracket right after a dateline is its credit, whoever it
            // names (`（县委办 供稿）` names an office, no author). A credit
            // may end in how its people worked, after a space (`（记者 陈智
            // 整合）`, `（记者王佳 通讯员李明 整理）`): the names are the rest.
            let credited = parse_byline(&bracketed).or_else(|| {
                let inner = bracketed
                    .trim_start_matches(['（', '('])
                    .trim_end_matches(['）', ')']);
                let (names, _how) = inner.trim().rsplit_once([' ', '\u{3000}'])?;
                parse_byline(&format!("（{names}）"))
            });
            authors = credited.unwrap_or_default();
            end_with_bracket += close + 1;
        }
    }
    let rest: String = chars[end_with_bracket..].iter().collect();
    let rest = rest
        .trim_start_matches([' ', ':', '：', '（', '(', ')', '）'])
        .to_string();
    let name = name.trim_matches('·').to_string();
    // "本报潍坊": this paper, in the city it reports from; not a source.
    let own = ["本报", "本台", "本网", "本刊"]
        .iter()
        .any(|own| name.starts_with(own));
    let source = (!name.is_empty() && !own).then_some(name);
    Dateline {
        text: chars[..end_with_bracket].iter().collect(),
        source,
        month_day,
        authors,
        rest,
    }
}
