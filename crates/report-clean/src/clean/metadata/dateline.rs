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
/// ends (`新华社北京3月12日电`, `（新华社北京3月12日电）`): the agency, less
/// the place it filed from, as a wire's dateline opening a paragraph names
/// it too.
pub fn standalone_dateline(text: &str) -> Option<Dateline> {
    let inner = text
        .trim()
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    let mut dateline = parse_dateline(inner).filter(|d| d.rest.is_empty())?;
    dateline.source = dateline.source.map(outlet_less_place);
    Some(dateline)
}

/// Most characters of the place an outlet files from (`乌鲁木齐`).
const FILING_PLACE_MAX_CHARS: usize = 4;

/// A dateline's name less the place its outlet filed from
/// (`新华社北京` is 新华社): the name to its last outlet's ending, where a
/// place's few Han characters follow it.
fn outlet_less_place(name: String) -> String {
    let cut = name.rfind(OUTLET_ENDS).map(|at| at + '社'.len_utf8());
    match cut {
        Some(at)
            if (2..=FILING_PLACE_MAX_CHARS).contains(&name[at..].chars().count())
                && name[at..].chars().all(is_han) =>
        {
            name[..at].to_string()
        }
        _ => name,
    }
}

/// What an attribution says its outlet did: told (`据新华社消息`,
/// `据某某日报报道`) or published (`《新华社》3月13日发布…全文`).
const ATTRIBUTION_VERBS: [&str; 4] = ["消息", "报道", "发布", "播发"];
/// How agencies', papers', sites' and stations' names end.
const OUTLET_ENDS: [char; 4] = ['社', '网', '报', '台'];

/// The outlet a lead opens by attributing the text to, as a repost states
/// its source: `据新华社3月3日消息，…`, `《新华社》3月13日发布…全文`,
/// `据某某日报报道，…`: its name (in title marks or not) ends as an
/// outlet's does, a day may follow it, then the verb of telling or
/// publishing. A sentence about a person or a meeting names none.
pub fn attributed_outlet(paragraph: &str) -> Option<String> {
    let said = paragraph.strip_prefix('据');
    let rest = said.unwrap_or(paragraph);
    let (name, rest) = match rest.strip_prefix('《') {
        Some(marked) => marked.split_once('》')?,
        None => {
            let end = rest
                .char_indices()
                .find(|(_, c)| !is_han(*c) || c.is_ascii_digit())
                .map_or(rest.len(), |(at, _)| at);
            // The name ends on its outlet's word, before a day or the verb.
            let at = rest[..end]
                .char_indices()
                .filter(|(at, c)| {
                    let after = &rest[at + c.len_utf8()..];
                    OUTLET_ENDS.contains(c)
                        && (ATTRIBUTION_VERBS.iter().any(|v| after.starts_with(v))
                            || after.starts_with(|d: char| d.is_ascii_digit()))
                })
                .map(|(at, c)| at + c.len_utf8())
                .next()?;
            rest.split_at(at)
        }
    };
    let n = name.chars().count();
    if !((2..=DATELINE_MAX_NAME_CHARS).contains(&n)
        && name.chars().all(is_han)
        && name.ends_with(OUTLET_ENDS))
    {
        return None;
    }
    let chars: Vec<char> = rest.chars().collect();
    let after_day = month_day_at(&chars, 0).map_or(0, |(_, _, len)| len);
    let verb: String = chars[after_day..].iter().take(2).collect();
    // A bare outlet without `据` or title marks must be followed by its day.
    let marked = said.is_some() || paragraph.starts_with('《');
    (ATTRIBUTION_VERBS.contains(&verb.as_str()) && (marked || after_day > 0))
        .then(|| name.to_string())
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
                let mut dateline = make_dateline(&chars, name, Some((m, d)), after + 1);
                // A wire's copy (`…电`) names where it was filed after the
                // agency.
                if chars[after] == '电' {
                    dateline.source = dateline.source.map(outlet_less_place);
                }
                return Some(dateline);
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

#[cfg(test)]
mod outlet_tests {
    use super::attributed_outlet;

    #[test]
    fn a_lead_attributing_the_text_names_its_outlet() {
        for (lead, outlet) in [
            ("据新华社3月3日消息，某某会议3日在某某会堂开幕。", "新华社"),
            (
                "《新华社》3月13日发布总理某某所作的《政府工作报告》全文。",
                "新华社",
            ),
            ("据某某日报报道，某某县召开人民代表大会。", "某某日报"),
            ("某某新闻网3月5日发布政府工作报告全文。", "某某新闻网"),
        ] {
            assert_eq!(attributed_outlet(lead).as_deref(), Some(outlet), "{lead}");
        }
        for lead in [
            "据了解，全县上下团结奋斗。",
            "据统计局3月3日消息，全县生产总值增长。",
            "新华社记者走进某某村，看到…",
            "据报道，某某县召开会议。",
            "某某合作社发布了新品种。",
        ] {
            assert_eq!(attributed_outlet(lead), None, "{lead}");
        }
    }
}
