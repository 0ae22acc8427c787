//! What stands around a figure's name in the words before it: the list
//! of figures it belongs to (`解决了3200户、1.4万人的饮水困难`) and a short
//! note in brackets inside the noun (`每千人口执业（助理）医师`).

use super::indicator::strip_indicator;
use super::reading::Found;
use super::sentence::is_clause_break;

/// The words before the first figure of the list (joined by `、`, `和`,
/// `及`) figure `n` stands in, and where its last figure ends.
pub(super) fn list_around(
    s: &[char],
    found: &[Found],
    n: usize,
    floor: usize,
) -> (Option<String>, usize) {
    let joined = |a: &Found, b: &Found| {
        b.start == a.end + 1 && matches!(s.get(a.end), Some('、' | '和' | '及'))
    };
    let mut last = n;
    while found
        .get(last + 1)
        .is_some_and(|next| joined(&found[last], next))
    {
        last += 1;
    }
    let mut first = n;
    while first > 0 && joined(&found[first - 1], &found[first]) {
        first -= 1;
    }
    if first == last {
        return (None, found[n].end);
    }
    let start = found[first].start;
    let from = (0..start)
        .rev()
        .find(|&k| is_clause_break(s[k]))
        .map_or(0, |k| k + 1)
        .max(if first < n { 0 } else { floor });
    (Some(s[from..start].iter().collect()), found[last].end)
}

/// The name round a short note in brackets just before `clause_start`
/// (`每千人口执业（助理）医师`, `细颗粒物（PM2.5）年均浓度`), where a noun
/// runs on both sides of it.
pub(super) fn bracketed_inside(
    s: &[char],
    clause_start: usize,
    floor: usize,
    lead: &str,
) -> Option<String> {
    let close = clause_start.checked_sub(1).filter(|&k| s[k] == '）')?;
    let open = (close.saturating_sub(CODE_MAX + 1)..close).rfind(|&k| s[k] == '（')?;
    let han = |c: &char| report_core::text::fold::is_han(*c);
    let inner = &s[open + 1..close];
    // Or an abbreviation (`细颗粒物（PM2.5）年均浓度`) or a class in Roman
    // numerals (`水质优良（Ⅰ～Ⅲ类）断面比例`).
    let abbreviation = inner.first().is_some_and(char::is_ascii_alphabetic)
        && inner.iter().all(|c| c.is_ascii_alphanumeric() || *c == '.');
    let roman = |c: &char| ('\u{2160}'..='\u{217F}').contains(c);
    let class = inner.iter().any(roman)
        && inner
            .iter()
            .all(|c| roman(c) || matches!(c, '～' | '~' | '-' | '—' | '、' | '类'));
    // Not a reader's note (`（注）`).
    if inner.is_empty()
        || inner == ['注']
        || !(inner.iter().all(han) && inner.len() <= BRACKETED_MAX || abbreviation || class)
        || !lead.chars().next().is_some_and(|c| han(&c))
    {
        return None;
    }
    let name_start = (0..open)
        .rev()
        .find(|&k| is_clause_break(s[k]))
        .map_or(0, |k| k + 1)
        .max(floor);
    (open > name_start && han(&s[open - 1])).then(|| {
        format!(
            "{}{lead}",
            s[name_start..clause_start].iter().collect::<String>()
        )
    })
}

/// The longest note in brackets inside a name (`（助理）`).
const BRACKETED_MAX: usize = 4;
/// The longest abbreviation or class in brackets inside a name (`（PM2.5）`).
const CODE_MAX: usize = 6;

/// `一是社会商品零售额`, `第三是…`: a list's count opening the clause is no
/// part of the name; not a word after it (`一是一`, a name too short).
pub(super) fn without_enumerator(text: &str) -> &str {
    let count = text.strip_prefix('第').unwrap_or(text);
    let numerals: String = count
        .chars()
        .take_while(|c| is_numeral(*c) && !c.is_ascii_digit())
        .collect();
    if !(1..=2).contains(&numerals.chars().count()) {
        return text;
    }
    count[numerals.len()..]
        .strip_prefix('是')
        .filter(|rest| rest.chars().count() >= 2)
        .unwrap_or(text)
}

/// (29a) `1、我局今年…`, `2．完成…`, `3.全年…`: an item's number in digits
/// (one or two, `、` or a full stop after them) opens no name. Not a list
/// of numbers (`3、5月份`, `1.5亿元`): a Han character follows the mark.
pub(super) fn without_list_number(text: &str) -> &str {
    let digits = text
        .chars()
        .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
        .count();
    if !(1..=2).contains(&digits) {
        return text;
    }
    let rest: &str = &text[text
        .char_indices()
        .nth(digits)
        .map_or(text.len(), |(b, _)| b)..];
    rest.strip_prefix(['、', '．', '.'])
        .filter(|r| {
            r.chars()
                .next()
                .is_some_and(|c| report_core::text::fold::is_han(c) && !is_numeral(c) && c != '月')
                && r.chars().count() >= 2
        })
        .unwrap_or(text)
}

/// (29b) `地区生产总值[2]`, `年末常住人口［3］`: a note's mark (one or two
/// digits in square brackets) closing a name is no part of it, as a
/// statistics bulletin sets it before its figure. Not a bracket with
/// words or a year in it (`[2023]`, `〔2023〕`).
pub(super) fn without_note_mark(text: &str) -> &str {
    let Some(inner) = text.strip_suffix(']').or_else(|| text.strip_suffix('］')) else {
        return text;
    };
    let digits = inner.chars().rev().take_while(char::is_ascii_digit).count();
    let head = &inner[..inner.len() - digits];
    match head.strip_suffix('[').or_else(|| head.strip_suffix('［')) {
        Some(name) if (1..=2).contains(&digits) && name.chars().count() >= 2 => name,
        _ => text,
    }
}

/// A digit or a Chinese numeral.
pub(super) fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || report_core::text::numbers::chinese_digit(c).is_some() || c == '十'
}

/// `散居孤儿（含…）从每人每月1536元`: a note in brackets after the subject
/// ends no clause when nothing named follows it: the name before the
/// brackets with the words after them. Half-width brackets as well
/// (`高端技术人才(团队)76名`).
pub(super) fn note_after_subject(
    s: &[char],
    clause_start: usize,
    floor: usize,
    lead: &str,
) -> Option<String> {
    let close = clause_start
        .checked_sub(1)
        .filter(|&k| matches!(s[k], '）' | ')'))?;
    let open = (0..close).rev().find(|&k| matches!(s[k], '（' | '('))?;
    let name_start = (0..open)
        .rev()
        .find(|&k| is_clause_break(s[k]))
        .map_or(0, |k| k + 1)
        .max(floor);
    // `完成全年目标（4.29亿元）87%`: a figure in the brackets leaves no
    // name before them.
    if name_start >= open {
        return None;
    }
    let name: String = s[name_start..open].iter().collect();
    (strip_indicator(&name).chars().count() >= 2)
        .then(|| strip_indicator(&format!("{name}{lead}")).to_string())
}

/// The most characters a figure's phrase runs on after its unit before a
/// list's 、 (`新台阶`, `大关`, `的水平`).
const PHRASE_TAIL: usize = 6;

/// `粮食产量首次跃上7000亿斤新台阶、亩产提升10.1斤`: in a clause that goes on
/// from the figure before, the words up to the first 、 end that figure's
/// phrase; the next figure is named by what follows. A long stretch before
/// the 、, or one with a digit, is left as it is.
/// A word that joins (`…312户1004人和脱贫不稳定户205户`) right after the
/// figure before opens the next item.
pub(super) fn after_the_previous_phrase(lead: &str) -> &str {
    if let Some(rest) = ["以及", "和", "及", "与"]
        .iter()
        .find_map(|w| lead.strip_prefix(w))
        .filter(|rest| rest.chars().count() >= 2)
    {
        return rest;
    }
    let Some((tail, rest)) = lead.split_once('、') else {
        return lead;
    };
    let short_tail =
        tail.chars().count() <= PHRASE_TAIL && !tail.contains(|c: char| c.is_ascii_digit());
    if short_tail && rest.chars().count() >= 2 {
        rest
    } else {
        lead
    }
}

/// `海南长臂猿种群恢复至7群42只`: a figure whose unit is not read, right
/// before the one named, is the same things counted another way; the name
/// ends before it. Not a number that is part of a name (`2型`, `3号`, `二期`,
/// a road's `国道318线`, a bus's `1路`), nor (27a) an age band that names
/// the people counted (`15~64岁8400人`).
pub(super) fn before_an_unread_count(text: &str) -> &str {
    let mut chars = text.char_indices().rev();
    let Some((unit_at, unit)) = chars.next() else {
        return text;
    };
    if !report_core::text::fold::is_han(unit) || "年月日号期型级类代次届线路段岁".contains(unit)
    {
        return text;
    }
    let digits_at = text[..unit_at]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit())
        .last()
        .map(|(b, _)| b);
    match digits_at {
        Some(b) if text[..b].chars().count() >= 2 => &text[..b],
        _ => text,
    }
}

/// (20f) A name with spaces between its characters, as a table set in text
/// pads its short names to the width of the long ones (`粮 食 1397.7万吨`,
/// `麻 类 7256吨`): Chinese words have no spaces, so the name closes up.
pub(super) fn closed_up(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let han = |k: Option<&char>| k.is_some_and(|c| report_core::text::fold::is_han(*c));
    chars
        .iter()
        .enumerate()
        .filter(|&(k, c)| {
            !c.is_whitespace() || {
                let next = chars[k..].iter().find(|c| !c.is_whitespace());
                !(han(k.checked_sub(1).and_then(|b| chars.get(b))) && han(next))
            }
        })
        .map(|(_, c)| *c)
        .collect()
}

/// (30c) `第一产业实现增加值72.61亿元`, `区属地方工业完成增加值16.9亿元`,
/// `精制食用植物油实现产量…`: a verb of reach between what is measured and
/// its measure is no part of the name (`第一产业增加值`). Only right before
/// a measure ([`MEASURES`]) and after a subject of two characters or more
/// that ends in no adverb (`未完成`, `已实现`, `超额完成`, `累计完成`,
/// `同比多实现`);
/// `实现增加值` with no subject, `完成率`, `实现翻番`, a rate of the measure
/// reached (`规上工业完成产值率`) are left alone.
pub(super) fn without_inner_reach(name: &str) -> Option<String> {
    ["实现", "完成"].iter().find_map(|verb| {
        let at = name.find(verb)?;
        let (subject, rest) = (&name[..at], &name[at + verb.len()..]);
        (subject.chars().count() >= 2
            && !subject.ends_with([
                '未', '已', '额', '可', '将', '要', '能', '均', '计', '共', '的', '多', '少',
            ])
            && MEASURES.iter().any(|m| {
                rest.strip_prefix(m)
                    .is_some_and(|after| !after.starts_with('率'))
            }))
        .then(|| format!("{subject}{rest}"))
    })
}

/// What a verb of reach comes to in a name: the measures of output.
const MEASURES: [&str; 4] = ["增加值", "产值", "总产值", "产量"];
