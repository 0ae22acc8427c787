//! Words that make a percentage a change rather than a share: a verb or
//! noun of change before it (`增长`, `增速`, `运能提升超50%`), or a cut that
//! opens its clause before its object (`压缩非生产性开支15%`).

use report_core::FigureKind;

use super::chars::{clause_before, starts_with_at};
use super::indicator::COMPARISON_BASES;
use super::reading::Found;
use super::{DECLINE_VERBS, GROWTH_VERBS};

/// Words of change before a percentage, beside the verbs: a price's rise
/// (`涨幅`), a rate of growth (`增速`).
/// (20c) A cut's rate (`同比减952万元，减幅1.49%`) as well as a rise's.
const GROWTH_NOUNS: [&str; 7] = ["涨幅", "上涨幅度", "增速", "增幅", "降幅", "跌幅", "减幅"];
/// Rates of a fall: the percentage after them is by how much it fell.
const FALL_NOUNS: [&str; 3] = ["降幅", "跌幅", "减幅"];
/// Words between a word of change and its percentage (`涨幅控制在2%`).
const SETTING_WORDS: [&str; 8] = ["控制在", "保持在", "稳定在", "达到", "为", "达", "了", "在"];
/// A fall or rise to a level (`涨幅回落到2.6%`, `增速回升至5%`): the rate
/// after them is the level reached, not by how much it fell.
const TO_A_LEVEL: [&str; 10] = [
    "回落到",
    "回落至",
    "回升到",
    "回升至",
    "下降到",
    "下降至",
    "上升到",
    "上升至",
    "降至",
    "升至",
];

/// Whether `lead` (the words before a percentage) ends in a word of change.
pub(super) fn ends_in_change(lead: &str) -> bool {
    let mut lead = lead;
    for w in TO_A_LEVEL.iter().chain(&SETTING_WORDS) {
        if let Some(rest) = lead.strip_suffix(w) {
            lead = rest;
            break;
        }
    }
    // `研发经费投入增速年均超20%`: a rate of change over years.
    for w in ["年均", "平均"] {
        if let Some(rest) = lead.strip_suffix(w) {
            lead = rest;
        }
    }
    // `增长均超20%`: each rose by so much.
    lead = lead.strip_suffix('均').unwrap_or(lead);
    ends_in_verb_of_change(lead) || GROWTH_NOUNS.iter().any(|v| lead.ends_with(v))
}

/// Whether `lead` ends in a verb that says by how much something changed:
/// the verbs of growth and decline, and `提升` (`运能提升超50%`, `亩产提升
/// 10.1斤`; `提升至2.6%` ends in 至, the level reached).
/// 了 after the verb marks it done (`又比1955年增加了`).
pub(super) fn ends_in_verb_of_change(lead: &str) -> bool {
    let lead = lead.strip_suffix('了').unwrap_or(lead);
    GROWTH_VERBS
        .iter()
        .chain(&["提升"])
        .any(|v| lead.ends_with(v))
        || bare_change(lead).is_some()
}

/// (26a) 比 with its base left out before 增 or 减 (`比增1.37%`): a change
/// over the year before, no part of the name.
pub(super) const BASE_LEFT_OUT: [&str; 2] = ["比增", "比减"];

/// (20b) 增 or 减 alone right after what it is compared with (`比上年增2354吨`,
/// `同比减952万元`, `比1985年增`, `比去年同期增`, `比增`): a change, and whether it is a
/// fall. Not 增 after anything else (`新增`, `净增` count what is added).
fn bare_change(lead: &str) -> Option<bool> {
    let (rest, falls) = match lead.strip_suffix('增') {
        Some(rest) => (rest, false),
        None => (lead.strip_suffix('减')?, true),
    };
    let rest = rest.strip_suffix("同期").unwrap_or(rest);
    // (26a) `比增1.37%`, `比减5%`: 比 with the base left out (上年 understood,
    // as some provinces' reports write it).
    let base_left_out = rest.ends_with('比');
    (base_left_out
        || COMPARISON_BASES.iter().any(|b| rest.ends_with(b))
        || rest.ends_with('年') && compares_with_a_year(rest))
    .then_some(falls)
}

/// `减幅1.49%`, `降幅为3%`: the rate of a fall, set down by the words before it.
fn falls_by_rate(lead: &str) -> bool {
    let lead = SETTING_WORDS
        .iter()
        .find_map(|w| lead.strip_suffix(w))
        .unwrap_or(lead);
    FALL_NOUNS.iter().any(|w| lead.ends_with(w))
}

/// Verbs of cutting that take their object before the rate (`压缩非生产性
/// 开支15%`): the rate is by how much the object falls.
const CUTS_BEFORE_OBJECT: [&str; 4] = ["压减", "压缩", "削减", "缩减"];
/// How far back a cut may open the clause of its rate.
const CUT_REACH: usize = 14;

/// Whether the clause of the number at `start`, or an item of it after
/// `、`, opens with a verb of cutting whose object stands between it and
/// the number (`压缩会议、差旅费用15%`, `新增就业3万人、压缩会议费15%`).
pub(super) fn cut_opens_the_clause(s: &[char], start: usize) -> bool {
    let clause = clause_before(s, start);
    (clause.len().saturating_sub(CUT_REACH)..clause.len()).any(|k| {
        (k == 0 || clause[k - 1] == '、')
            && CUTS_BEFORE_OBJECT
                .iter()
                .any(|w| starts_with_at(clause, k, w))
            && !clause[k..].iter().any(|c| c.is_ascii_digit())
    })
}

/// Whether `lead` compares with a year named (`比一九六三年增加`, `较2020年
/// 下降`): what the figure after gives is by how much it changed.
pub(super) fn compares_with_a_year(lead: &str) -> bool {
    let chars: Vec<char> = lead.chars().collect();
    (0..chars.len()).any(|k| {
        matches!(chars[k], '比' | '较') && {
            let digits = chars[k + 1..]
                .iter()
                .take_while(|c| {
                    c.is_ascii_digit() || report_core::text::numbers::chinese_digit(**c).is_some()
                })
                .count();
            digits == 4 && chars.get(k + 1 + digits) == Some(&'年')
        }
    })
}

/// Whether a figure says by how much something fell: a measure right after
/// a word of decline (`changed_by`), or a rate of growth with one just
/// before it or a cut opening its clause.
pub(super) fn declines(
    s: &[char],
    start: usize,
    lead: &str,
    changed_by: bool,
    kind: FigureKind,
) -> bool {
    let lead_words = lead.trim_end();
    changed_by
        && (DECLINE_VERBS.iter().any(|v| lead_words.ends_with(v))
            || bare_change(lead_words.strip_suffix('了').unwrap_or(lead_words)) == Some(true))
        || kind == FigureKind::Growth && falls_by_rate(lead_words)
        || kind == FigureKind::Growth
            && (DECLINE_VERBS.iter().any(|v| {
                let lead: String = s[start.saturating_sub(4)..start].iter().collect();
                lead.contains(v) && !TO_A_LEVEL.iter().any(|w| lead.ends_with(w))
            }) || cut_opens_the_clause(s, start))
}

/// Whether the figure `f` continues a list of changes whose value before
/// it is `before` (`比上年增长29.2%、39.4%和23.9%`, `分别削减1860吨、214吨`):
/// nothing but a joiner between the two values, in the same unit. Where
/// that one was a change, such a value is one of the same kind, and falls
/// where that one fell.
/// So is the higher goal a plan strives for after its figure (`增长8%、
/// 力争9%`, `增长7%左右，争取8%`).
pub(super) fn continues_a_change(s: &[char], before: &Found, f: &Found) -> bool {
    let between = s.get(before.end..f.start).unwrap_or_default();
    let striving = between.split_first().is_some_and(|(mark, resolve)| {
        matches!(mark, '、' | '，' | ',')
            && ["力争", "争取"]
                .iter()
                .any(|w| resolve.iter().copied().eq(w.chars()))
    });
    (matches!(between, ['、' | '和' | '及' | '与']) || striving) && before.unit == f.unit
}

/// (20d) `生产总值增长的预期目标为9%`: a name that is the target set for a
/// growth names the growth of its subject; the percentage is its rate.
pub(super) fn growth_set_as_a_target(name: &str) -> Option<String> {
    let rest = ["预期目标", "目标"]
        .iter()
        .find_map(|w| name.strip_suffix(w))?
        .strip_suffix('的')?;
    let subject = ["增长", "增速", "增幅"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))?;
    (subject.chars().count() >= 2).then(|| subject.to_string())
}

/// What may follow a verb of change after a unit for the two to be no
/// noun counted (`由17.8平方米增加到…`): a move on to the next figure;
/// (22f) or nothing but the change's own figure, as after the base of a
/// comparison (`比2015年75万吨增长48.2%`, `比一九八○年七亿斤增长百分之四十八`).
pub(super) fn no_noun_after_the_verb(rest: &str) -> bool {
    rest.is_empty()
        || rest.starts_with(['到', '至', '百'])
        || rest
            .chars()
            .next()
            .is_some_and(|c| report_core::text::numbers::chinese_digit(c).is_some())
}
