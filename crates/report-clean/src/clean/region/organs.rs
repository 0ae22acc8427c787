//! What right after a place name makes it a government's: its organs
//! (人民政府, 第十四届人民代表大会), its head (省长), a department's head
//! (审计局局长), a street's or township's own assembly (社区代表大会).

use super::scan::is_han;
use crate::clean::offices::HEADS_OF_GOVERNMENT;

/// Words that, right after a place name, make it the name of a government
/// (兰山区人民政府, 潍坊市委, 在吉林省第十四届人民代表大会), as its head's title
/// does (吉林省省长, `HEADS_OF_GOVERNMENT`).
pub(super) const ORGAN_WORDS: [&str; 10] = [
    "人民政府",
    // A street's government: 朝阳门街道办事处.
    "办事处",
    "政府",
    "人民代表大会",
    "人大",
    "党委",
    "委员会",
    "委",
    "代表团",
    "政协",
];

/// A street's or township's own assembly after its name (`某某街道社区代表
/// 大会`, `第五届居民代表会议`).
const TOWNSHIP_ASSEMBLIES: [&str; 2] = ["社区代表", "居民代表"];

/// Whether `after` (the text right after a place name) makes the name an
/// organ, office or assembly: 人民政府, 省长, 第十四届人民代表大会, or a
/// department's head (审计局局长), who reports for the government.
pub(super) fn names_organ(after: &str) -> bool {
    let after = without_term(after.trim_start_matches(['\u{3000}', ' ']));
    ORGAN_WORDS
        .iter()
        .chain(&HEADS_OF_GOVERNMENT)
        .any(|w| after.starts_with(w))
        || heads_a_department(after)
}

/// The figures a term is numbered in when its 第 is left out (`十三届人大`).
const TERM_NUMERALS: &str = "一二三四五六七八九十0123456789";

/// `after` less the term of an assembly it opens on (`第十四届`), or its
/// short form without 第 (`十三届人大三次会议`) where it names the page's own
/// occasion, as an adoption line, a dateline or a header says it: the
/// session its clause goes on to closes its line (`…三次会议第三次全体会议
/// 通过`, `在…三次会议上`, `…第十二次会议文件`). In passing (`贯彻某某市八届人大三次会议精神`) a short
/// term names another place's assembly, not the page's government.
fn without_term(after: &str) -> &str {
    let (short, rest) = match after.strip_prefix('第') {
        Some(rest) => (false, rest),
        None => (true, after),
    };
    rest.split_once('届')
        .filter(|(number, rest)| {
            let n = number.chars().count();
            n <= 4
                && (!short
                    || n > 0
                        && number.chars().all(|c| TERM_NUMERALS.contains(c))
                        && names_own_session(rest))
        })
        .map_or(after, |(_, rest)| rest)
}

/// Session endings that name the page's own occasion: a dateline's 上, an
/// adoption line's 通过, a header's 会议文件, or the session's name alone
/// on its line (`某某市十六届人大常委会第十二次会议`).
const OWN_SESSION_ENDS: [&str; 4] = ["上", "通过", "文件", "会议"];

/// Whether the clause `text` opens names a session the page was given or
/// adopted at: it holds 会议 and closes on one of [`OWN_SESSION_ENDS`] at
/// its line's end or a closing bracket, not before a comma (in passing).
fn names_own_session(text: &str) -> bool {
    let stops = ['。', '，', ',', '；', ';', '）', ')', '\n', '、', '：', ':'];
    let (clause, stop) = match text.find(stops) {
        Some(at) => (&text[..at], text[at..].chars().next()),
        None => (text, None),
    };
    let clause = clause.trim_end();
    clause.contains("会议")
        && OWN_SESSION_ENDS.iter().any(|e| clause.ends_with(e))
        && matches!(stop, None | Some('\n' | '）' | ')'))
}

/// The longest name of a government's department before its head's office.
const DEPARTMENT_MAX_CHARS: usize = 8;

/// `after` opens on a department and its head's office, the office its
/// name's last character and 长 (审计局局长, 财政厅厅长).
fn heads_a_department(after: &str) -> bool {
    let chars: Vec<char> = after.chars().take(DEPARTMENT_MAX_CHARS + 2).collect();
    (2..=DEPARTMENT_MAX_CHARS).any(|n| {
        chars.len() > n + 1
            && matches!(chars[n - 1], '局' | '厅')
            && chars[n] == chars[n - 1]
            && chars[n + 1] == '长'
            && chars[..n].iter().all(|c| is_han(*c))
    })
}

/// A township's own assembly (社区代表大会, 第五届居民代表会议) opens `after`.
pub(super) fn names_township_assembly(after: &str) -> bool {
    let after = without_term(after);
    TOWNSHIP_ASSEMBLIES.iter().any(|a| {
        after
            .strip_prefix(a)
            .is_some_and(|rest| rest.starts_with("大会") || rest.starts_with("会议"))
    })
}
