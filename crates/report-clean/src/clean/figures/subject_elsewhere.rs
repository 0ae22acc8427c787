//! Where a figure's name stands outside the words right before it: the
//! label of a list item (`粮食：达到…`), a bare subject in the clause before
//! (`小学生，…`), the head noun a list of levels ends in, or names a count
//! merely numbers (`沈阳、盘锦2个平台`).

use report_core::FigureKind;

use super::indicator::{
    noun_after, strip_indicator, ADVERBS_BEFORE_VERB, LEADING_ACTIONS, VERBS_BEFORE_OBJECT,
};
use super::reading::Found;
use super::scope::SCOPE_UNITS;
use super::sentence::is_clause_break;
use super::GROWTH_VERBS;

/// The longest label of a list item (`粮食：`, `原油产量：`).
const LABEL_MAX: usize = 8;

/// The label right before the colon that opens the clause at
/// `clause_start` (`粮食：达到…`): a few characters after the previous
/// break and figure, without numbers.
pub(super) fn label_before(s: &[char], clause_start: usize, previous_end: usize) -> Option<String> {
    let colon = clause_start.checked_sub(1)?;
    if !matches!(s[colon], '：' | ':') {
        return None;
    }
    let start = (0..colon)
        .rev()
        .find(|&k| is_clause_break(s[k]) || matches!(s[k], '、' | '；' | '。'))
        .map_or(0, |k| k + 1);
    if start < previous_end || s[start..colon].iter().any(char::is_ascii_digit) {
        return None;
    }
    let label: String = s[start..colon].iter().collect();
    let label = strip_indicator(&label);
    (2..=LABEL_MAX)
        .contains(&label.chars().count())
        .then(|| label.to_string())
}

/// Words that make a name the year's additions (`新增公园`).
pub(super) const ADDITIONS: [&str; 3] = ["新增", "新建", "新开工"];

/// The clause before the one starting at `clause_start`, as a subject:
/// only a clause after the previous figure, ended by a comma, without
/// numbers but a year's, of a few characters.
pub(super) fn subject_clause_before(
    s: &[char],
    clause_start: usize,
    previous_end: usize,
) -> Option<String> {
    let comma = clause_start.checked_sub(1)?;
    if !matches!(s[comma], '，' | ',') {
        return None;
    }
    let start = (0..comma)
        .rev()
        .find(|&k| is_clause_break(s[k]))
        .map_or(0, |k| k + 1);
    // Numbers, other than a year's (`1955年国家决算…`), are figures.
    let number = (start..comma).any(|k| {
        s[k].is_ascii_digit()
            && (k..comma)
                .find(|&e| !s[e].is_ascii_digit())
                .is_none_or(|e| s[e] != '年')
    });
    if start < previous_end || number {
        return None;
    }
    let clause: String = s[start..comma].iter().collect();
    let subject = strip_indicator(&clause);
    (2..=30)
        .contains(&subject.chars().count())
        .then(|| subject.to_string())
}

/// `…商品总量，可以达到五百亿元`: a clause of a verb of reach alone, with
/// the modal before it, says nothing of what it measures; its subject is
/// the clause before, however long.
pub(super) fn only_a_verb_of_reach(lead: &str) -> bool {
    const MODALS: [&str; 8] = ["可以", "可能", "能够", "预计", "将", "要", "可", "能"];
    const REACH: [&str; 5] = ["达到", "达", "超过", "突破", "增加到"];
    let mut rest = lead.trim();
    if let Some(after) = MODALS.iter().find_map(|m| rest.strip_prefix(m)) {
        rest = after;
    }
    REACH.contains(&rest)
}

/// Words of doing a clause may name alone (`新开工建设`, `基本建成`), and
/// a herd's stock and sales (`生猪存栏38.6万头，出栏62.4万头`).
fn doing_words() -> impl Iterator<Item = &'static &'static str> {
    ADDITIONS
        .iter()
        .chain(&["开工", "竣工", "存栏", "出栏"])
        .chain(&LEADING_ACTIONS)
        .chain(&VERBS_BEFORE_OBJECT)
}

/// `城镇保障性住房基本建成432万套，新开工建设1043万套`: a name of doing
/// alone, after a figure of the same kind named by a subject and its
/// doing, is that subject's (`城镇保障性住房新开工建设`).
pub(super) fn doing_of_the_subject_before(name: &str, previous: &str) -> Option<String> {
    let mut rest = name;
    while let Some(r) = doing_words().find_map(|w| rest.strip_prefix(w)) {
        rest = r;
    }
    if !rest.is_empty() || name.is_empty() {
        return None;
    }
    let mut subject = previous;
    while let Some(r) = doing_words()
        .chain(&ADVERBS_BEFORE_VERB)
        .find_map(|w| subject.strip_suffix(w))
    {
        subject = r;
    }
    (subject.len() < previous.len() && subject.chars().count() >= 2)
        .then(|| format!("{subject}{name}"))
}

/// The longest level of government or standing a list of counts may name
/// alone (`自治区级`).
const LEVEL_MAX: usize = 4;

/// Whether `name` is a level of government or standing (`国家级`, `省级`,
/// `自治区级`), by its shape: a short name ending in 级.
fn is_level(name: &str) -> bool {
    name.ends_with('级') && (2..=LEVEL_MAX).contains(&name.chars().count())
}

/// `培育龙头企业46家，其中国家级2家、省级11家`: a level alone, after 其中 in
/// `said_before`, counts the things the figure before counted at that
/// level (`国家级龙头企业`), the level they were counted at (`县级以上`) left out.
pub(super) fn level_of_the_things_before(
    name: &str,
    previous: &str,
    said_before: &str,
) -> Option<String> {
    if !is_level(name) || !said_before.contains("其中") {
        return None;
    }
    let things = previous
        .split_once('级')
        .filter(|(level, _)| is_level(&format!("{level}级")))
        .map_or(previous, |(_, rest)| {
            rest.trim_start_matches("以上").trim_start_matches("以下")
        });
    (things.chars().count() >= 2 && !things.contains('级')).then(|| format!("{name}{things}"))
}

/// The head noun a list of counts of levels ends in (`7个国家级、9个区域级
/// 产业集群` → `产业集群`), for `found[0]`, whose noun after the unit is
/// `noun`: each count's noun a level (…级) followed by `、` and the next
/// count, until one that goes on past its level.
pub(super) fn shared_head_after_levels(s: &[char], found: &[Found], noun: &str) -> Option<String> {
    let mut noun = noun.to_string();
    for pair in found.windows(2) {
        let noun_end = pair[0].end + noun.chars().count();
        if !noun.ends_with('级') || s.get(noun_end) != Some(&'、') || pair[1].start != noun_end + 1
        {
            return None;
        }
        noun = noun_after(s, pair[1].end)?;
        if let Some((_, head)) = noun.split_once('级').filter(|(_, head)| !head.is_empty()) {
            return (head.chars().count() >= 2).then(|| head.to_string());
        }
    }
    None
}

/// Whether a count only numbers the names listed right before it
/// (`沈阳、盘锦2个平台`, not `A、B等20项成果`).
pub(super) fn numbers_the_list(lead: &str, value: f64) -> bool {
    let tail = lead.rsplit(['”', '，', ',']).next().unwrap_or(lead);
    if tail.contains('等') {
        return false;
    }
    let items = tail
        .split(['、', '和', '与', '及'])
        .filter(|item| !item.trim().is_empty())
        .count();
    items >= 2 && items as f64 == value
}

/// Characters that frame a figure rather than name it, alone before one
/// (`计3万吨`, `共…`, `达…`, `增…`), or join it to the one before (`和5.5平方米`,
/// `到二百多亿斤`).
const FRAMING_CHARS: &str =
    "计共达增减为有占比较约近超逾各每均仅已将再又还合折总和与及或并而则另即到至";

/// `，钢三千九百万吨`, `，钢由三千七百万吨增加到…`: a quantity whose clause
/// names it with one character (steel, coal, sugar, as older reports list
/// their output) is named by it; so is one by how much it changed
/// (`钢增加了五百七十三万吨`).
pub(super) fn one_character_name(lead: &str, kind: FigureKind) -> Option<String> {
    let lead = lead.trim();
    let lead = lead.strip_suffix(['由', '从']).unwrap_or(lead);
    let changed = lead.strip_suffix('了').unwrap_or(lead);
    let lead = GROWTH_VERBS
        .iter()
        .find_map(|v| changed.strip_suffix(v))
        .unwrap_or(lead);
    let mut chars = lead.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    (kind == FigureKind::Quantity
        && report_core::text::fold::is_han(c)
        && !FRAMING_CHARS.contains(c))
    .then(|| c.to_string())
}

/// (28b) `规模以上工业增加值同比增长8.2%（全市6.1%）`: a figure in brackets
/// right after another of the same unit, with only a wider government's
/// scope before it (`全市`, `全省`, `全国`), gives the same measure of that
/// wider place to compare with: its scope, to name it with the measure
/// before (`全市规模以上工业增加值`), of that figure's kind. Not a part
/// (`（其中城镇3.2%）`), nor a figure the bracket goes on after.
pub(super) fn wider_place_in_brackets(
    s: &[char],
    found: &[Found],
    n: usize,
    lead: &str,
) -> Option<String> {
    let f = &found[n];
    let before = found.get(n.checked_sub(1)?)?;
    let opens = s.get(before.end).is_some_and(|c| matches!(c, '（' | '('));
    let closes = s.get(f.end).is_some_and(|c| matches!(c, '）' | ')'));
    let scope = lead.trim();
    let wider = scope
        .strip_prefix('全')
        .is_some_and(|unit| SCOPE_UNITS.contains(&unit));
    (opens
        && closes
        && wider
        && f.start == before.end + 1 + scope.chars().count()
        && f.unit == before.unit)
        .then(|| scope.to_string())
}
