//! The noun a count's unit stands before (`120个重点项目建设` → `重点项目建设`),
//! and a subject taken from an earlier clause of the sentence.

use super::chars::{clause_before, ends_with_at, starts_with_at};
use super::indicator::{ADVERBS_BEFORE_VERB, VERBS_BEFORE_OBJECT};
use super::scope::SCOPE_UNITS;
use super::sentences::LONGEST_SENTENCE;
use super::trailing_words::TRAILING_VERBS;
use super::years_in_names::is_a_year;
use super::GROWTH_VERBS;

/// The noun after a count's unit (`120个重点项目建设` → `重点项目建设`), up to
/// a verb, a particle or punctuation.
pub(super) fn noun_after(s: &[char], from: usize) -> Option<String> {
    // `340万人民心急如焚`, `六亿人民建设…`: the people the unit's 人 begins
    // are what is counted; what follows is said of them.
    if from > 0 && s[from - 1] == '人' && s.get(from) == Some(&'民') {
        return Some("人民".to_string());
    }
    // (27b) `与上次普查的48万人相比`: the verb that closes a comparison's
    // base is no counted noun.
    if ["相比", "相较", "比较"]
        .iter()
        .any(|w| starts_with_at(s, from, w))
    {
        return None;
    }
    // `6部作品获中宣部…奖`: 获 (won) ends the noun, as 获得 and 获评 do.
    // `在建设141项企业方面给了…援助`: 方面 closes the frame the noun is in.
    const STOPS: [&str; 40] = [
        "落实", "实现", "完成", "开工", "签约", "荣获", "获", "超过", "参加", "参与", "达到",
        "投入", "建成", "入选", "的", "和", "与", "等", "在", "被", "约", "近", "累计", "年内",
        "通过", "成为", "纳入", "列入", "达成", "签订", "集中", "进行", "加快", "开展", "全部",
        "正", "已", "将", "启动", "方面",
    ];
    // A stop word ends the noun, not begins it (`37家中央定点帮扶单位`).
    let mut end = from;
    // `以10大园区和16家科研院所为平台`: 为 closes what the clause's 以 takes.
    let by_means_of = opened_by_yi(s, from);
    // `20个以上“好房子”示范`: a name in quotation marks opens the noun.
    if s.get(from) == Some(&'“') {
        if let Some(close) = (from + 2..s.len().min(from + 16)).find(|&k| s[k] == '”') {
            end = close + 1;
        }
    }
    while end < s.len()
        && report_core::text::fold::is_han(s[end])
        && (end == from
            || !(STOPS.iter().any(|w| starts_with_at(s, end, w))
                || by_means_of && s[end] == '为'
                || a_verb_after_the_noun_at(s, from, end)
                || made_up_of_at(s, end)
                || opens_the_predicate_at(s, from, end)))
        && !(end > from && (among_at(s, end) || fully_done_at(s, end)))
    {
        end += 1;
        // `用于支持“两重”建设`: a name in quotation marks inside the noun.
        if s.get(end) == Some(&'“') {
            if let Some(close) = (end + 2..s.len().min(end + 16)).find(|&k| s[k] == '”') {
                end = close + 1;
            }
        }
    }
    // `45个县（市、区）`: the noun's own parenthesis.
    if end > from && s.get(end) == Some(&'（') {
        if let Some(close) = (end..s.len().min(end + 8)).find(|&k| s[k] == '）') {
            end = close + 1;
        }
    }
    // `293项年度改革任务基本完成`: an adverb before the verb that ends the
    // noun is no part of it.
    if let Some(adverb) = ADVERBS_BEFORE_VERB
        .iter()
        .find(|w| end >= from + 2 + w.chars().count() && ends_with_at(s, end, w))
    {
        end -= adverb.chars().count();
    }
    end = before_a_verb_done(s, from, end);
    // `由300多家压减到64家`: a verb before the next number is no noun.
    let noun: String = s[from..end].iter().collect();
    let before_a_number = s.get(end).is_some_and(|c| c.is_ascii_digit());
    (end >= from + 2 && !(before_a_number && noun.ends_with(['到', '至', '为', '达'])))
        .then_some(noun)
}

/// (26c) `由汉族、回族等8个民族组成`: 组成 (构成), "made up of", closing
/// its clause (or before 的, 了) ends what is counted; not inside a noun
/// (`120名项目组成员`, `3个组成部分`).
fn made_up_of_at(s: &[char], at: usize) -> bool {
    (starts_with_at(s, at, "组成") || starts_with_at(s, at, "构成"))
        && s.get(at + 2)
            .is_none_or(|c| !report_core::text::fold::is_han(*c) || matches!(c, '的' | '了'))
}

/// (26c) `53户国有企业初步建立…`, `54个开发区继续保持…`: an adverb of
/// two characters before a verb opens what is said of the noun, and ends
/// it (the noun's own first word is never taken for one). Only before a
/// verb the figures reader knows or a word of two closing the clause: an
/// adverb before a noun is part of a name (`4个省级全面小康示范村`,
/// `2所县级继续教育基地`).
fn opens_the_predicate_at(s: &[char], from: usize, at: usize) -> bool {
    // Not 基本, 实际, which also open a noun (`基本康复服务`), nor after a
    // noun of one character (`16个区首次…`), which the adverb would leave bare.
    at >= from + 2
        && counted_as_a_subject(s, from)
        && ADVERBS_BEFORE_VERB.iter().any(|w| {
            w.chars().count() == 2
                && !["基本", "实际"].contains(w)
                && starts_with_at(s, at, w)
                && (a_verb_at(s, at + 2) || a_word_closing_the_clause_at(s, at + 2))
        })
}

/// Whether the count before `from` stands where a subject does: opening its
/// clause, after a place (`全国54个开发区`, `某某县12个乡镇`), after 有
/// (`全省已有53户国有企业`) or a list's 等. A count after any other word (`建设20个…`,
/// `确定6个…`) is a verb's object, and a predicate inside its noun is part
/// of its name (`农村持续增收示范点`, `市级稳步推进试点`).
fn counted_as_a_subject(s: &[char], from: usize) -> bool {
    let clause = clause_before(s, from);
    let is_numeral =
        |c: &char| c.is_ascii_digit() || "．.一二三四五六七八九十百千万两".contains(*c);
    // Back over the unit (`个`, `多名`, `万人`) to the number, then over it.
    let Some(last_digit) = clause.iter().rposition(is_numeral) else {
        return false;
    };
    let mut start = last_digit;
    while start > 0 && is_numeral(&clause[start - 1]) {
        start -= 1;
    }
    let mut before = &clause[..start];
    while let [rest @ .., c] = before {
        if !c.is_whitespace() {
            break;
        }
        before = rest;
    }
    // A list's 等 names what is counted (`甲、乙等40条高速公路`), as a break
    // other than a list's 、 opens the clause (`; 15个…`).
    before.last().is_none_or(|c| {
        matches!(c, '有' | '等') || !(report_core::text::fold::is_han(*c) || *c == '、')
    }) || SCOPE_UNITS
        .iter()
        .any(|u| before.ends_with(&u.chars().collect::<Vec<_>>()))
}

/// A word of two characters that closes its clause (`全面起势，`,
/// `相继开通。`): a predicate, where a noun would go on to its head
/// (`全面小康示范村`).
fn a_word_closing_the_clause_at(s: &[char], at: usize) -> bool {
    let han = |k: usize| {
        s.get(k)
            .is_some_and(|c| report_core::text::fold::is_han(*c))
    };
    han(at) && han(at + 1) && !han(at + 2)
}

/// A verb the figures reader knows (of doing to an object, of change, of
/// reach) at `at`.
fn a_verb_at(s: &[char], at: usize) -> bool {
    VERBS_BEFORE_OBJECT
        .iter()
        .chain(GROWTH_VERBS.iter())
        .chain(TRAILING_VERBS.iter().filter(|w| w.chars().count() >= 2))
        .any(|w| starts_with_at(s, at, w))
}

/// `1616个村庄实行了“两田制”`: a verb marked done by 了 (taken as two
/// characters, one where two would leave less than a noun: `县区通了`, and
/// a verb joined to it by 或, 和, 并, 及: `建立或恢复了`) ends the noun
/// before it.
fn before_a_verb_done(s: &[char], from: usize, end: usize) -> usize {
    let Some(le) = (from..end).find(|&k| s[k] == '了') else {
        return end;
    };
    let mut cut = if le >= from + 4 {
        le - 2
    } else {
        le.saturating_sub(1).max(from)
    };
    while cut >= from + 3 && matches!(s[cut - 1], '或' | '和' | '并' | '及') {
        cut -= 3;
    }
    cut
}

/// (24c) A verb after the noun, which ends it: 并 (and then) after a noun
/// of two characters or more joins the verb that follows (`建成3栋厂房并
/// 投入使用`), not 并 inside a word (`合并`, `兼并`, `吞并`, `撤并`, `一并`); 办理 (handle)
/// closing its clause is done to what is counted (`交165家承办单位办理。`),
/// not 办理 inside a name (`群众经常办理事项`, `事项办理时间`).
fn a_verb_after_the_noun_at(s: &[char], from: usize, at: usize) -> bool {
    // 并 closing a word: merged (合并, 兼并, 吞并, 归并, 撤并, 裁并), together (一并).
    let joins = s[at] == '并'
        && at >= from + 2
        && !matches!(s[at - 1], '合' | '兼' | '吞' | '归' | '撤' | '裁' | '一');
    let handled = starts_with_at(s, at, "办理")
        && !s
            .get(at + 2)
            .is_some_and(|c| report_core::text::fold::is_han(*c));
    joins || handled
}

/// Whether the clause `from` stands in opens with 以, "taking…" (`以…为平台`).
fn opened_by_yi(s: &[char], from: usize) -> bool {
    let clause = clause_before(s, from);
    clause.first() == Some(&'以') && !clause.starts_with(&['以', '上'])
}

/// `12项主要经济指标中，`, `156个工业单位中的`: "among" at `at`, where a
/// noun ends; not the schools `高中`, `初中`, `县中` (`就读普通高中，`,
/// `对县中的结对帮扶`), nor `其中`.
fn among_at(s: &[char], at: usize) -> bool {
    s[at] == '中'
        && at > 0
        && !matches!(s[at - 1], '高' | '初' | '县' | '其')
        && !s
            .get(at + 1)
            .is_some_and(|c| report_core::text::fold::is_han(*c) && *c != '的')
}

/// `实现…822所普通高中全覆盖`: "fully" (全) before a verb that takes the
/// things counted as its object is said of them, no part of their noun.
fn fully_done_at(s: &[char], at: usize) -> bool {
    s[at] == '全'
        && VERBS_BEFORE_OBJECT
            .iter()
            .any(|v| starts_with_at(s, at + 1, v))
}

/// A figure whose clause names nothing takes its subject from an earlier
/// clause of its sentence that has no figure of its own (`全市地区生产总值
/// 迈上万亿台阶，2021年达到13270.7亿元`): the longest name the report gives
/// other figures that the sentence states before this one. Names come from
/// the report itself, so no list of indicators is needed.
pub(super) fn name_from_the_sentence(
    figures: &mut [report_core::Figure],
    sections: &[report_core::Section],
) {
    let mut known: Vec<String> = figures
        .iter()
        .map(|f| f.indicator.clone())
        .filter(|name| name.chars().count() >= 2 && !is_a_year(name))
        .collect();
    known.sort_by_key(|name| std::cmp::Reverse(name.len()));
    known.dedup();
    // Each name's place in that order (the first is the one taken), and the
    // lengths names have: the sentence is read by its substrings of those
    // lengths, as a report of long tables names a thousand things.
    let mut rank: std::collections::HashMap<&str, usize> = Default::default();
    for (k, name) in known.iter().enumerate() {
        rank.entry(name.as_str()).or_insert(k);
    }
    let mut lengths: Vec<usize> = known.iter().map(|name| name.len()).collect();
    lengths.dedup();
    for figure in figures.iter_mut().filter(|f| f.indicator.is_empty()) {
        let Some(paragraph) = sections
            .get(figure.section)
            .and_then(|s| s.paragraphs.get(figure.paragraph))
        else {
            continue;
        };
        let Some(before) = paragraph.get(..figure.start.min(paragraph.len())) else {
            continue;
        };
        let sentence = before
            .rfind(['。', '；', '！', '？'])
            .map_or(before, |at| &before[at..]);
        // No further back than a sentence is read (`sentences.rs`).
        let sentence = sentence
            .char_indices()
            .rev()
            .nth(LONGEST_SENTENCE)
            .map_or(sentence, |(at, _)| &sentence[at..]);
        let first_named = sentence
            .char_indices()
            .flat_map(|(at, _)| {
                lengths
                    .iter()
                    .filter_map(move |&n| sentence.get(at..at + n))
            })
            .filter_map(|part| rank.get(part).copied())
            .min();
        if let Some(k) = first_named {
            figure.indicator = known[k].clone();
        }
    }
}
