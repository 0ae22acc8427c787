//! Who wrote or delivered a report: a speaker's line under its title
//! (an office and a name) and a byline's names (`本报记者 张伟 通讯员 刘洋`).

use crate::clean::offices::{HEADS_OF_GOVERNMENT, OTHER_OFFICES};
use crate::clean::title_lines::{names_a_report, DIVISION_SUFFIXES};
use report_core::text::dates::{chinese_numeral_date, find_full_date};
use report_core::text::fold::{is_han, is_space};
use report_core::text::layout::has_sentence_end;
use report_core::text::names::{is_dotted_name, split_names};

const SPEAKER_MAX_CHARS: usize = 30;
/// What else ends a government's name before its head's office besides a
/// division's suffix (`某某县人民政府县长`, `国务院总理`).
const ORGAN_ENDS: [char; 2] = ['府', '院'];

/// The line naming who delivers a report, under its title: `上海市市长 龚 正`,
/// `自治区主席 艾尔肯·吐尼亚孜`, `省长赵刚作政府工作报告`. Returns the name.
pub fn parse_speaker_line(text: &str) -> Option<String> {
    let unmarked = with_lost_spaces(text);
    let text = unmarked.as_str();
    let text = without_particulars(without_commission(without_bracketed_date(within_brackets(
        text,
    ))));
    if text.chars().count() > SPEAKER_MAX_CHARS || has_sentence_end(text) {
        return None;
    }
    if find_office(text).is_none() {
        if let Some(name) = government_and_name(text) {
            return Some(name);
        }
    }
    // An office set letter-spaced, as a title is (`区 长 王某某`), is read
    // with its spaces closed, where what stands before it is nothing or a
    // government's name (no heading spaced out: `城 市 长 效 管 理`).
    let closed: String;
    let text = if find_office(text).is_none() {
        closed = text.chars().filter(|c| !is_space(*c)).collect();
        let (at, _) = find_office(&closed)?;
        let before = &closed[..at];
        let governments = before.is_empty()
            || before.ends_with(DIVISION_SUFFIXES)
            || before.ends_with(ORGAN_ENDS);
        if !governments {
            return None;
        }
        closed.as_str()
    } else {
        text
    };
    let (at, office) = find_office(text)?;
    // `县长：王双全`: a colon may stand between office and name.
    let after_office = text[at + office.len()..].trim_start_matches([':', '：']);
    let spaced = after_office.starts_with(is_space);
    // A stray mark of the page's markup between the office and the name
    // (`县长 & 王 某`, a `&nbsp;` half undone) is no part of the name.
    let mut name: String = after_office
        .split(is_space)
        .filter(|part| !part.chars().all(is_stray_mark))
        .collect();
    if let Some(said) = name.find('作').filter(|_| name.ends_with("报告")) {
        name.truncate(said);
    }
    // `代县长 张小明同志`: the form of address is no part of the name.
    if let Some(bare) = name.strip_suffix("同志") {
        name.truncate(bare.len());
    }
    let name = with_name_dots(&name);
    let chars: Vec<char> = name.chars().collect();
    // A Mongolian or Tibetan name written without dots runs to five or six
    // characters (`乌云其木格`); set apart from the office by a space, it is
    // still the name alone.
    let longest = if spaced { 6 } else { 4 };
    let looks_like_name = (2..=longest).contains(&chars.len()) && chars.iter().all(|c| is_han(*c))
        || is_dotted_name(&name);
    // `村委会主任任职报告`: what follows the office names the report
    // (`任职报告`), no person, though it opens on a surname.
    (looks_like_name && !names_a_report(&name)).then_some(name)
}

/// The line with a space for each ASCII `?` or `;` a copy left where it
/// lost one (a space its code page lacked, `&nbsp;` less its name):
/// before a Han character (spaces aside), but not before an office, where
/// it parts two people (`区长? 黄?某`, `市长;周某某`, but `市长 王某某;副市长
/// 李某某`).
pub fn with_lost_spaces(text: &str) -> String {
    text.char_indices()
        .map(|(at, c)| {
            let rest = || text[at + c.len_utf8()..].trim_start_matches(is_space);
            let lost = matches!(c, '?' | ';')
                && rest().chars().next().is_some_and(is_han)
                && !starts_with_office(rest());
            if lost {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// A speaker's line whose name a copy masked (`旗 长  **`, `县长 ××`), or
/// left out after the government's name and its head's office
/// (`某某市某某区人民政府区长`): the line is the header's, and names no one.
pub fn is_masked_speaker_line(text: &str) -> bool {
    let closed: String = text.chars().filter(|c| !is_space(*c)).collect();
    let Some((at, office)) = find_office(&closed) else {
        return false;
    };
    let mask = &closed[at + office.len()..];
    if mask.is_empty() {
        let government = &closed[..at];
        return (government.ends_with(DIVISION_SUFFIXES) || government.ends_with(ORGAN_ENDS))
            && government.chars().count() <= SPEAKER_MAX_CHARS
            && government.chars().all(is_han);
    }
    (1..=4).contains(&mask.chars().count())
        && mask
            .chars()
            .all(|c| matches!(c, '*' | '＊' | '×' | 'x' | 'X' | '○' | '□'))
        && closed[..at].chars().count() <= SPEAKER_MAX_CHARS
}

/// The last office the line names, and where.
/// The text opens on an office, a rank or two before it at most
/// (`副市长…`, `常务副市长…`, `市长助理…`), as a second person's part of a
/// line does.
fn starts_with_office(text: &str) -> bool {
    let ranks = text.char_indices().take_while(|(_, c)| is_han(*c)).take(4);
    ranks.map(|(at, _)| &text[at..]).any(|from| {
        HEADS_OF_GOVERNMENT
            .iter()
            .chain(&OTHER_OFFICES)
            .any(|office| from.starts_with(office))
    })
}

fn find_office(text: &str) -> Option<(usize, &'static str)> {
    HEADS_OF_GOVERNMENT
        .iter()
        .chain(&OTHER_OFFICES)
        .filter_map(|o| text.rfind(o).map(|at| (at, *o)))
        .max_by_key(|(at, _)| *at)
}

/// A mark no name holds: ASCII punctuation other than brackets and the
/// dot a name's parts may be joined by.
fn is_stray_mark(c: char) -> bool {
    c.is_ascii_punctuation() && !matches!(c, '.' | '(' | ')' | '[' | ']')
}

/// A government's name and a name whose parts a dot joins after a space,
/// no office between them (`自治区政府 某某提·某某尔`): the one who speaks
/// for it. Only a dotted name: two or three characters after a
/// government's name are as often a page's word (`解读`, `全文`, `石化`)
/// as a person whose surname they open with.
fn government_and_name(text: &str) -> Option<String> {
    let mut parts = text.split(is_space).filter(|p| !p.is_empty());
    let (government, name) = (parts.next()?, parts.next()?);
    let governs = government.chars().all(is_han) && government.ends_with("政府");
    let name = with_name_dots(name);
    (parts.next().is_none() && governs && is_dotted_name(&name)).then_some(name)
}

/// A name's parts joined by another dot than the middle dot, as keyboards
/// and fonts give it (`买买提•艾力`, `买买提．艾力`, `买买提・艾力`,
/// `买买提‧艾力`, `买买提.艾力`): a dot between Han characters is the name's
/// middle dot, and is written as one.
fn with_name_dots(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    (0..chars.len())
        .map(|i| {
            let between_han =
                i > 0 && i + 1 < chars.len() && is_han(chars[i - 1]) && is_han(chars[i + 1]);
            if between_han && matches!(chars[i], '•' | '．' | '・' | '‧' | '∙' | '⋅' | '･' | '.')
            {
                '·'
            } else {
                chars[i]
            }
        })
        .collect()
}

/// A speaker's line less the bracket of the speaker's particulars after
/// the name, as a roster gives them (`县长 向 红（女，土家族）`,
/// `（女）`, `（蒙古族，1968年生）`): each part of it is a sex, a nationality
/// (`…族`) or a year of birth.
fn without_particulars(text: &str) -> &str {
    let Some(inner_end) = text.strip_suffix(['）', ')']) else {
        return text;
    };
    let Some(open) = inner_end.rfind(['（', '(']) else {
        return text;
    };
    let inner = inner_end[open..].trim_start_matches(['（', '(']);
    let particular = |part: &str| {
        let part = part.trim();
        matches!(part, "女" | "男")
            || (part.ends_with('族')
                && (2..=5).contains(&part.chars().count())
                && part.chars().all(is_han))
            || (part.ends_with("年生") || part.ends_with("年出生"))
                && part.chars().any(|c| c.is_ascii_digit())
    };
    if !inner.is_empty() && inner.split(['，', ',', '、']).all(particular) {
        inner_end[..open].trim_end()
    } else {
        text
    }
}

/// A line less the date it ends on in brackets, as a speaker's line may
/// carry the day (`县长 王小明（2024年1月5日）`).
fn without_bracketed_date(text: &str) -> &str {
    let text = text.trim_end();
    let Some(inner_end) = text.strip_suffix(['）', ')']) else {
        return text;
    };
    let Some(open) = inner_end.rfind(['（', '(']) else {
        return text;
    };
    let inner = &inner_end[open..].trim_start_matches(['（', '(']);
    let date = find_full_date(inner).or_else(|| chinese_numeral_date(inner));
    match date {
        Some((_, said)) if said == *inner => inner_end[..open].trim_end(),
        _ => text,
    }
}

/// A speaker's line a copy set whole in brackets (`（国务院总理 某某某）`):
/// what the brackets hold. Any other line as it is.
fn within_brackets(text: &str) -> &str {
    let inner = text
        .trim()
        .strip_prefix(['（', '('])
        .and_then(|rest| rest.strip_suffix(['）', ')']));
    match inner {
        Some(inner) if !inner.contains(['（', '(', '）', ')']) => inner.trim(),
        _ => text,
    }
}

/// A speaker's line less the bracket saying who the speaker reports for
/// (`常务副县长 李明（受县长王强委托）`): the one named in it did not speak.
fn without_commission(text: &str) -> &str {
    let Some(inner_end) = text.strip_suffix(['）', ')']) else {
        return text;
    };
    match inner_end.rfind(['（', '(']) {
        Some(open) if inner_end[open..].contains('受') && inner_end.ends_with("委托") => {
            inner_end[..open].trim_end()
        }
        _ => text,
    }
}

/// Byline markers before names: "□刘华强", "文/张三", "记者 李四".
const BYLINE_MARKERS: [&str; 12] = [
    "□",
    "■",
    "◇",
    "◆",
    "●",
    "○",
    "◎",
    "文/",
    "文 /",
    "本报记者",
    "记者",
    "通讯员",
];

/// Roles a byline names its people by, between the names: "本报记者 张伟
/// 通讯员 刘洋", "记者 李四 实习生 王五".
const BYLINE_ROLES: [&str; 7] = [
    "本报记者",
    "特约记者",
    "见习记者",
    "记者",
    "通讯员",
    "实习生",
    "摄影",
];

/// The names of a byline without the roles between them: "张伟 通讯员 刘洋".
pub(super) fn names_between_roles(text: &str) -> Option<Vec<String>> {
    let without_roles: Vec<&str> = text
        .split(char::is_whitespace)
        .map(|word| {
            BYLINE_ROLES
                .iter()
                .find_map(|role| word.strip_prefix(role))
                .unwrap_or(word)
        })
        .filter(|word| !word.is_empty())
        .collect();
    split_names(&without_roles.join(" "))
}

/// A line that is only a byline: "□刘华强 吕宣龙 牟峻莹", "(阎家鹏)",
/// "本报记者 张伟 通讯员 刘洋".
pub fn parse_byline(text: &str) -> Option<Vec<String>> {
    let inner = strip_brackets(text).unwrap_or(text);
    let marked = BYLINE_MARKERS.iter().find_map(|m| inner.strip_prefix(m));
    let names = names_between_roles(marked.unwrap_or(inner))?;
    // Bare names without a marker or brackets could be a caption or a heading.
    (marked.is_some() || strip_brackets(text).is_some()).then_some(names)
}

/// A byline at the end of a paragraph: "…小康社会。 (孟强 门波)". Returns the
/// paragraph without it, the names, and the byline text.
pub fn split_trailing_byline(text: &str) -> Option<(String, Vec<String>, String)> {
    let trimmed = text.trim_end();
    if !(trimmed.ends_with(')') || trimmed.ends_with('）')) {
        return None;
    }
    let open = trimmed.rfind(['(', '（'])?;
    let byline = &trimmed[open..];
    let names = parse_byline(byline)?;
    let rest = trimmed[..open].trim_end().to_string();
    Some((rest, names, byline.to_string()))
}

fn strip_brackets(text: &str) -> Option<&str> {
    let inner = text.strip_prefix(['(', '（'])?.strip_suffix([')', '）'])?;
    Some(inner.trim())
}
