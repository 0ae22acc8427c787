//! The word 将 in a figure's name: the auxiliary "will" between a subject
//! and its verb (`中央财政将为此投入`), or the object marker, as 把, after
//! words that frame the thing acted on (`中央决定将农民人均纯收入`).

use super::indicator::{
    ADVERBS_BEFORE_VERB, LEADING_ACTIONS, VERBS_BEFORE_OBJECT, WORDS_AFTER_GONG,
};
use super::GROWTH_VERBS;

/// The shortest thing acted on after the object marker (`扶贫标准`).
const OBJECT_MIN: usize = 4;

/// What follows the auxiliary 将 (will) before a verb: a verb of doing, an
/// adverb (`将为此投入`, `将每年安排`); a preposition after 将 opens the move or comparison the verb makes
/// (`将由…增加到`, `将比上年`, `将以…为主`).
const AFTER_WILL: [&str; 19] = [
    "为此", "每年", "累计", "安排", "投入", "拨出", "达", "增加", "有", "会", "能", "比", "由",
    "从", "在", "以", "向", "对", "为",
];
/// Adverbs around 将 that say when or why, never what (`每年将安排`,
/// `为此将增加`, `还将拨出`).
const AROUND_WILL: [&str; 6] = ["为此", "每年", "还", "也", "都", "又"];

/// Where the auxiliary 将 (will) stands in a name, if it does, and the
/// words after it: 将 before a verb of doing, an adverb or a comparison;
/// not the 将 of 将来, 将近.
fn will_at(text: &str) -> Option<(usize, &str)> {
    let b = text
        .match_indices('将')
        .map(|(b, _)| b)
        .find(|&b| !text[b + '将'.len_utf8()..].starts_with(['来', '近', '军', '士', '领']))?;
    let after = text[b + '将'.len_utf8()..].trim_start_matches('要');
    let before_verb = AFTER_WILL
        .iter()
        .chain(&LEADING_ACTIONS)
        .chain(&VERBS_BEFORE_OBJECT)
        .chain(&ADVERBS_BEFORE_VERB)
        .any(|w| after.starts_with(w));
    Some((b, after)).filter(|_| before_verb || b == 0)
}

/// 将 as the object marker (as 把): the words before it frame the thing
/// acted on (`中央决定将农民人均纯收入` → `农民人均纯收入`); a name that
/// opens on 将 drops it (`将养老保险单位缴费比例`).
pub(super) fn strip_object_marker(text: &str) -> &str {
    match text
        .match_indices('将')
        .map(|(b, _)| b)
        .find(|&b| !text[b + '将'.len_utf8()..].starts_with(['来', '近', '军', '士', '领']))
    {
        Some(b) if will_at(text).is_none_or(|(at, _)| at == 0) => {
            let rest = &text[b + '将'.len_utf8()..];
            // What is acted on is a noun, not a verb of change left
            // before the figure (`比重将下降`).
            if rest.chars().count() >= OBJECT_MIN
                && !GROWTH_VERBS.iter().any(|v| rest.starts_with(v))
            {
                rest
            } else {
                text
            }
        }
        _ => text,
    }
}

/// The auxiliary 将 (will) between a subject and its verb, with the
/// adverbs around it, is no part of the name (`中央财政将为此投入` →
/// `中央财政投入`, `地方财政每年将安排支出` → `地方财政安排支出`).
pub(super) fn without_will(name: &str) -> String {
    let Some((b, after)) = will_at(name).filter(|(b, _)| *b > 0) else {
        return without_in_all(&without_already(name));
    };
    let mut subject = &name[..b];
    while let Some(rest) = AROUND_WILL.iter().find_map(|w| subject.strip_suffix(w)) {
        subject = rest;
    }
    let mut verb = after;
    while let Some(rest) = AROUND_WILL.iter().find_map(|w| verb.strip_prefix(w)) {
        verb = rest;
    }
    without_in_all(&without_already(&format!("{subject}{verb}")))
}

/// "In all" (共) between a subject and its verb inside a name is no part
/// of it (`预算共支出` → `预算支出`, `铁路共新建` → `铁路新建`), as it is not
/// opening one: only before a verb of doing, of change or of a budget's
/// sums, so that words with 共 keep it (`医共体`, `共通`, `共计`, `共有`).
fn without_in_all(name: &str) -> String {
    let Some(b) = name.find('共').filter(|&b| name[..b].chars().count() >= 2) else {
        return name.to_string();
    };
    let after = &name[b + '共'.len_utf8()..];
    let verb = LEADING_ACTIONS
        .iter()
        .chain(&VERBS_BEFORE_OBJECT)
        .chain(&GROWTH_VERBS)
        .chain(&["支出", "收入"])
        .any(|v| after.starts_with(v));
    if name[..b].ends_with(['公', '中', '总', '一', '合'])
        || after.chars().count() < 2
        || after.starts_with(WORDS_AFTER_GONG)
        || !verb
    {
        return name.to_string();
    }
    format!("{}{after}", &name[..b])
}

/// Already (已, 已经) between a subject and its verb inside a name is no
/// part of it (`安全产业园已入驻企业` → `安全产业园入驻企业`); a word with
/// 已 keeps it (`已婚`, `业已`, `早已`, `而已`).
fn without_already(name: &str) -> String {
    let Some(b) = name.find('已').filter(|&b| name[..b].chars().count() >= 2) else {
        return name.to_string();
    };
    if name[..b].ends_with(['业', '早', '而', '久', '不']) {
        return name.to_string();
    }
    let word = if name[b..].starts_with("已经") {
        "已经"
    } else {
        "已"
    };
    let after = &name[b + word.len()..];
    if after.chars().count() < 2 || after.starts_with(['婚', '知', '故']) {
        return name.to_string();
    }
    format!("{}{after}", &name[..b])
}
