//! A report's header run into one line, as a page flattened by a copy or a
//! document-sharing site sets it: the title, the delivery line, the
//! speaker and the salutation with the first paragraph after it
//! (`2024年某县政府工作报告 2024年1月5日在某县…会议上 县长 张某 各位代表：现在，…`,
//! `政府工作报告——2006年2月20日在某旗…会议上`, or with no space at all:
//! `——2003年1月11日在…会议上自治区主席 某某某各位代表：…`). The delivery
//! line is what gives the run away; the line is cut around it into the
//! lines it was, before the header is read, so the header's rules read
//! each part as they read it on a line of its own.

use crate::clean::metadata::{
    is_bare_label, is_delivery_line, is_undated_delivery_line, parse_delivery_line,
    parse_metadata_line, parse_speaker_line, with_lost_spaces, DELIVERY_DASHES,
};
use crate::clean::speaker_lines::name_line;
use report_core::text::dates::is_full_date_alone;
use report_core::text::layout::{has_sentence_end, Line};
use report_core::text::names::is_person_name;

/// How far down the text a header stands: a page's chrome may come first.
const HEADER_MAX_LINES: usize = 20;
/// Longest title read before a delivery line on the same line.
const TITLE_MAX_CHARS: usize = 60;
/// What a speech opens on after its header (a salutation closed by a
/// colon).
const SALUTATIONS: [&str; 5] = ["各位代表", "各位委员", "同志们", "代表们", "各位领导"];
/// The courtesy a salutation may open on.
const COURTESY: &str = "尊敬的";

/// The paragraph opens on a speech's salutation (`各位代表：`,
/// `尊敬的各位代表：`).
pub(crate) fn opens_on_salutation(text: &str) -> bool {
    salutation_at(text.strip_prefix(COURTESY).unwrap_or(text)) == Some(0)
}

/// A line that only greets the audience (`大家好`, `各位代表，大家好！`,
/// `同志们好`, `尊敬的各位领导好`): the speech's opening words, not a
/// heading, however short. Read as its grammar: the addressees (大家, a
/// plural in 们, or 各位…) and 好, with a salutation before it.
pub(crate) fn is_greeting(text: &str) -> bool {
    let bare = text
        .trim()
        .trim_end_matches(['！', '!', '，', ',', '。', '：', ':', '~', '～']);
    let Some(addressees) = bare.strip_suffix('好') else {
        return false;
    };
    // After a salutation closed by a mark (`各位代表，大家好`), its last part.
    let addressees = addressees
        .rsplit(['，', ',', '、', '：', ':', ' ', '\u{3000}'])
        .next()
        .unwrap_or(addressees);
    let addressees = addressees.strip_prefix(COURTESY).unwrap_or(addressees);
    bare.chars().count() <= 16
        && (addressees == "大家"
            || addressees.chars().count() >= 2 && addressees.ends_with('们')
            || addressees.starts_with("各位") && addressees.chars().count() <= 6)
}

/// Where the first salutation closed by a mark starts in `text`.
fn salutation_at(text: &str) -> Option<usize> {
    SALUTATIONS
        .iter()
        .filter_map(|s| {
            text.match_indices(s)
                .find(|(at, _)| text[at + s.len()..].starts_with(['：', ':', '、', '，', ',']))
                .map(|(at, _)| at)
        })
        .min()
}

/// The text's lines with the first header run into one line cut into its
/// parts; any other text as it is.
pub(crate) fn split_header_run(lines: Vec<Line>) -> Vec<Line> {
    let Some((at, parts)) =
        lines
            .iter()
            .take(HEADER_MAX_LINES)
            .enumerate()
            .find_map(|(i, line)| {
                let under_delivery = i
                    .checked_sub(1)
                    .is_some_and(|p| is_delivery_line(&lines[p].text));
                let parts = header_parts(&line.text).or_else(|| {
                    under_delivery
                        .then(|| {
                            speaker_over_salutation(&line.text)
                                .or_else(|| marked_speaker(&line.text))
                        })
                        .flatten()
                });
                Some((i, parts?))
            })
    else {
        return lines;
    };
    let number = lines[at].number;
    let indented = lines[at].indented;
    let mut out = lines;
    let pieces = parts.into_iter().map(|text| Line {
        number,
        indented,
        text,
    });
    out.splice(at..=at, pieces);
    out
}

/// The parts of a line that holds a delivery line with a title before it
/// or the speaker and the salutation after it: `None` for a line that is
/// a delivery line alone, or holds none.
fn header_parts(text: &str) -> Option<Vec<String>> {
    let (start, end) = delivery_clause(text)?;
    let before = text[..start].trim();
    let after = text[end..].trim();
    if before.is_empty() && after.is_empty() {
        return None;
    }
    if !before.is_empty() && (before.chars().count() > TITLE_MAX_CHARS || has_sentence_end(before))
    {
        return None;
    }
    let mut parts = title_parts(before);
    parts.push(text[start..end].trim().to_string());
    parts.extend(speaker_and_speech(after)?);
    Some(parts)
}

/// Where a delivery line stands in `text`: it opens on a dash or a bracket,
/// or on its date after a space, a title's last character or the line's
/// start, and ends on the session (`…会议上`, `…大会上`) and its bracket.
fn delivery_clause(text: &str) -> Option<(usize, usize)> {
    let starts = text.char_indices().filter(|&(at, c)| {
        let previous = text[..at].chars().last();
        let opens = |c: char| DELIVERY_DASHES.contains(&c) || matches!(c, '（' | '(');
        let opener = opens(c) && !previous.is_some_and(opens);
        // A date opens it after a space or at the line's start only: after
        // a character it may be a part of a date (`20xx年1月25日`).
        let date = (c.is_ascii_digit() || "〇一二".contains(c))
            && previous.is_none_or(char::is_whitespace);
        opener || date
    });
    for (start, _) in starts {
        let rest = &text[start..];
        let Some(session_end) = ["会议上", "大会上"]
            .iter()
            .filter_map(|w| rest.find(w).map(|at| at + w.len()))
            .min()
        else {
            continue;
        };
        let closing = rest[session_end..]
            .chars()
            .next()
            .filter(|c| matches!(c, '）' | ')'))
            .map_or(0, char::len_utf8);
        let clause = &rest[..session_end + closing];
        let dated = parse_delivery_line(clause).is_some_and(|(_, said)| !said.is_empty());
        if dated || is_undated_delivery_line(clause) {
            return Some((start, start + session_end + closing));
        }
    }
    None
}

/// The title before a delivery line, less the page's date after it
/// (`政府工作报告 2016-12-14`): the title and the date, each a line.
fn title_parts(before: &str) -> Vec<String> {
    if before.is_empty() {
        return Vec::new();
    }
    if let Some((title, last)) = before.rsplit_once(char::is_whitespace) {
        let dated = is_full_date_alone(last);
        if dated && !title.trim().is_empty() {
            return vec![title.trim().to_string(), last.to_string()];
        }
    }
    vec![before.to_string()]
}

/// A speaker's line with the speech run on from its salutation, under a
/// delivery line standing on its own line (`某某省人民代表大会常务委员会
/// 副主任 张某某各位代表：…`): the speaker and the speech, each a line. The
/// speaker's line names an office and a person (no `镇长述职报告`).
fn speaker_over_salutation(text: &str) -> Option<Vec<String>> {
    salutation_at(text).filter(|&at| at > 0)?;
    let parts = speaker_and_speech(text)?;
    let names_person = parse_speaker_line(parts.first()?).is_some_and(|n| is_person_name(&n));
    (parts.len() == 2 && names_person).then_some(parts)
}

/// A speaker's line under a delivery line with marks a copy left for the
/// spaces it lost (`区人民政府区长? 黄?某`): the line with spaces for them.
fn marked_speaker(text: &str) -> Option<Vec<String>> {
    let spaced = with_lost_spaces(text);
    (spaced != text && parse_speaker_line(&spaced).is_some()).then(|| vec![spaced])
}

/// What follows a delivery line on its line: nothing, the speaker, the
/// speech from its salutation on, or the speaker and then the speech.
/// `None` where it is anything else (a clause going on), which leaves the
/// line as it is.
fn speaker_and_speech(after: &str) -> Option<Vec<String>> {
    if after.is_empty() {
        return Some(Vec::new());
    }
    let salutation = salutation_at(after);
    // `尊敬的各位代表：`: the courtesy before the salutation is the speech's.
    let salutation = salutation.map(|at| after[..at].strip_suffix(COURTESY).map_or(at, str::len));
    let (speaker, speech) = match salutation {
        Some(at) => (after[..at].trim(), Some(&after[at..])),
        None => (after, None),
    };
    let (speaker, fields) = without_trailing_fields(speaker);
    let mut parts = Vec::new();
    if !speaker.is_empty() {
        // Read with spaces for the marks a copy left for lost ones
        // (`区长? 黄?某各位代表：…`).
        let speaker = with_lost_spaces(speaker);
        if parse_speaker_line(&speaker).is_none() && name_line(&speaker).is_none() {
            return None;
        }
        parts.push(speaker);
    }
    parts.extend(fields.map(str::to_string));
    parts.extend(speech.map(str::to_string));
    Some(parts)
}

/// The page's labelled fields run on after the speaker's line, from a
/// label opening a word on (`某某省省长 张某某 作者： 发布时间：2030-01-27
/// 信息来源：某某日报`): the speaker's line, and the fields as a line of
/// their own.
fn without_trailing_fields(text: &str) -> (&str, Option<&str>) {
    let word_starts = text
        .char_indices()
        .filter(|&(at, c)| !c.is_whitespace() && text[..at].ends_with(char::is_whitespace));
    for (at, _) in word_starts {
        let rest = &text[at..];
        let label = rest.split([':', '：']).next().unwrap_or(rest);
        let labelled = label.len() < rest.len() && is_bare_label(&format!("{label}："));
        if labelled && parse_metadata_line(rest).is_some() {
            return (text[..at].trim_end(), Some(rest));
        }
    }
    (text, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::text::layout::read_lines;

    const SPEECH: &str = "各位代表：现在，我代表县人民政府向大会报告工作，请予审议。";

    fn texts(text: &str) -> Vec<String> {
        split_header_run(read_lines(text))
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn a_header_run_into_one_line_with_spaces_is_cut_into_its_lines() {
        let text = format!(
            "2024年某某县政府工作报告 2024年1月5日在某某县第十七届人民代表大会第三次会议上 某某县人民政府县长 王小明 {SPEECH}\n一、2023年工作回顾"
        );
        assert_eq!(
            texts(&text),
            [
                "2024年某某县政府工作报告",
                "2024年1月5日在某某县第十七届人民代表大会第三次会议上",
                "某某县人民政府县长 王小明",
                SPEECH,
                "一、2023年工作回顾",
            ]
        );
    }

    #[test]
    fn a_header_run_together_without_spaces_is_cut_at_the_session_and_the_salutation() {
        let text = format!(
            "第一篇：某某自治区政府工作报告\n——2003年1月11日在某某自治区第十届人民代表大会第一次会议上自治区主席 乌云其其格{SPEECH}"
        );
        assert_eq!(
            texts(&text),
            [
                "第一篇：某某自治区政府工作报告",
                "——2003年1月11日在某某自治区第十届人民代表大会第一次会议上",
                "自治区主席 乌云其其格",
                SPEECH,
            ]
        );
    }

    #[test]
    fn a_greeting_is_told_by_its_addressees_and_good() {
        for greeting in [
            "大家好",
            "大家好！",
            "各位代表，大家好！",
            "同志们好",
            "尊敬的各位领导好：",
            "各位来宾好",
        ] {
            assert!(is_greeting(greeting), "{greeting}");
        }
        for heading in ["环境更好", "办好民生实事", "生态好", "把群众的事办好"]
        {
            assert!(!is_greeting(heading), "{heading}");
        }
    }

    #[test]
    fn a_salutation_with_its_courtesy_is_the_speechs() {
        assert_eq!(
            texts("——2024年1月5日在某某县第十七届人民代表大会第三次会议上 县长 王小明 尊敬的各位代表：现在，…")[1..],
            ["县长 王小明", "尊敬的各位代表：现在，…"]
        );
    }

    #[test]
    fn a_title_joined_to_its_delivery_line_is_cut_before_the_dash() {
        assert_eq!(
            texts("政府工作报告——2006年2月20日在某某旗第十四届人民代表大会第三次会议上\n旗长 王某"),
            [
                "政府工作报告",
                "——2006年2月20日在某某旗第十四届人民代表大会第三次会议上",
                "旗长 王某",
            ]
        );
        assert_eq!(
            texts("政府工作报告(摘要)--1999年2月25日在某某市第十二届人民代表大会第二次会议上"),
            [
                "政府工作报告(摘要)",
                "--1999年2月25日在某某市第十二届人民代表大会第二次会议上"
            ]
        );
    }

    #[test]
    fn the_pages_date_after_a_title_is_a_line_of_its_own() {
        let text = format!(
            "政府工作报告 2016-12-14 2016年12月6日在某某市某某区第十五届人民代表大会第一次会议上 区人民政府区长 李某某 {SPEECH}"
        );
        assert_eq!(
            texts(&text)[..3],
            [
                "政府工作报告",
                "2016-12-14",
                "2016年12月6日在某某市某某区第十五届人民代表大会第一次会议上"
            ]
        );
    }

    #[test]
    fn a_delivery_line_alone_or_in_a_sentence_stays() {
        for text in [
            "——2024年1月5日在某某县第十七届人民代表大会第三次会议上",
            "（2024年1月5日在某某县第十七届人民代表大会第三次会议上）",
            // Prose that tells of a session: no header.
            "县长王小明2024年1月5日在某某县第十七届人民代表大会第三次会议上作了报告，代表们认真审议。",
            "2023年1月5日在某某县第十七届人民代表大会第三次会议上，代表们审议通过了各项决议",
        ] {
            assert_eq!(texts(text), [text], "{text}");
        }
    }
}
