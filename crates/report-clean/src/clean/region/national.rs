//! What names the whole country as the government a report is about: the
//! State Council and the other national organs, in the title or as the
//! organ the speaker speaks for.

/// What names the whole country as the government: in the title, or as the
/// assembly, office or organ a report is delivered to or by. The organs
/// that report to the whole country's assembly (its standing committee,
/// the supreme court and procuratorate) and the political consultative
/// conference's national committee (`政协全国委员会`) are the country's too.
const NATIONAL_IN_TITLE: [&str; 8] = [
    "国务院",
    "中华人民共和国",
    "全国人民代表大会",
    "全国人大",
    "中央人民政府",
    "最高人民法院",
    "最高人民检察院",
    "全国委员会",
];
const NATIONAL_AS_ORGAN: [&str; 10] = [
    "届全国人民代表大会",
    "国务院总理",
    "代表国务院",
    "国务院的委托",
    "受国务院委托",
    "代表中央人民政府",
    "向全国人民代表大会",
    "代表最高人民法院",
    "代表最高人民检察院",
    "届全国委员会",
];

/// The body's first paragraphs, where a speaker says whom they speak for.
const OPENING_PARAGRAPHS: usize = 3;

/// The phrases that name the whole country as the report's government: in
/// the title, or as the organ the header or the body's opening speaks for
/// (我代表国务院, 受国务院委托), which a page's intro may push past the lead.
pub(super) fn national_phrases(title: &str, front: &str, body: &str) -> Vec<String> {
    let title = match without_cited_laws(title) {
        local if names_local_organ(&local) || names_local_organ(front) => local,
        _ => title.to_string(),
    };
    let mut national: Vec<String> = NATIONAL_IN_TITLE
        .iter()
        .filter(|phrase| title.contains(*phrase))
        .map(|phrase| phrase.to_string())
        .collect();
    let opening: String = body
        .lines()
        .take(OPENING_PARAGRAPHS)
        .collect::<Vec<_>>()
        .join("\n");
    for (text, in_body) in [(front, false), (opening.as_str(), true)] {
        for phrase in NATIONAL_AS_ORGAN {
            // A session named in the body's opening is the one the report
            // is delivered at (`在第十四届全国人民代表大会第二次会议上`), not
            // one whose spirit a local report follows (`贯彻…第二次会议精神`).
            let found = if in_body && phrase.starts_with('届') {
                delivered_at(text, phrase)
            } else {
                text.contains(phrase)
            };
            if found && !national.iter().any(|p| p == phrase) {
                national.push(phrase.to_string());
            }
        }
    }
    national
}

/// How the names of laws and rules end (`《中华人民共和国政府信息公开条例》`,
/// `《中华人民共和国食品安全法》`): every level's reports cite them.
const LAW_NAME_ENDS: [&str; 6] = ["法", "条例", "规定", "办法", "细则", "决定"];

/// `text` without the laws it cites in title marks: a county's report on how
/// a national law is kept (`关于检查《中华人民共和国某某法》实施情况的报告`)
/// names the country only as the law's maker. A plan's name in marks
/// (`《中华人民共和国国民经济和社会发展…纲要》`) stays. Only where the title
/// or the front names a lower government's organ: the country's own
/// inspection of a law (at `全国人大常委会`) is the country's.
pub(crate) fn without_cited_laws(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('《') {
        let inner = &rest[open + '《'.len_utf8()..];
        let Some(close) = inner.find('》') else {
            break;
        };
        let name = &inner[..close];
        out.push_str(&rest[..open]);
        if !LAW_NAME_ENDS.iter().any(|e| name.ends_with(e)) {
            out.push_str(&rest[open..open + '《'.len_utf8() + close + '》'.len_utf8()]);
        }
        rest = &inner[close + '》'.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// How a lower government's congress or organ is named
/// (`某某县第十八届人民代表大会`, `浙江省人民代表大会常务委员会`,
/// `县人大常委会`): the level's mark, then the session or the organ.
const LOCAL_LEVELS: [char; 7] = ['省', '市', '县', '区', '州', '旗', '盟'];
const LOCAL_ORGANS: [&str; 3] = ["第", "人民", "人大"];

/// Whether `text` names a lower government's congress or organ, as a
/// report on how a law is kept there is delivered at or made by
/// (`在某某县第十八届人民代表大会常务委员会…上`). The country's own
/// (`第十四届全国人大常委会`) names none.
fn names_local_organ(text: &str) -> bool {
    text.char_indices().any(|(at, c)| {
        LOCAL_LEVELS.contains(&c) && {
            let rest = &text[at + c.len_utf8()..];
            LOCAL_ORGANS.iter().any(|o| rest.starts_with(o))
        }
    })
}

/// Most characters between a session's name and `会议上` (`第二次`).
const SESSION_TO_MEETING_MAX_CHARS: usize = 8;

/// Whether `session` stands in `text` as the meeting a report is given at:
/// `会议上` follows it within a few characters.
fn delivered_at(text: &str, session: &str) -> bool {
    text.match_indices(session).any(|(at, _)| {
        text[at + session.len()..]
            .chars()
            .take(SESSION_TO_MEETING_MAX_CHARS + 3)
            .collect::<String>()
            .contains("会议上")
    })
}
