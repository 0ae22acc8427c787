//! What a figure measures where the words right before it or right after
//! its unit do not say: a measure between a count and its noun, a purpose
//! or a reach before `的`, a budget line named only by its verb, the rest of
//! a whole (`其他`), an excess over plan.

use super::byte_index;
use super::chars::{clause_before, ends_with_at, starts_with_at};
use super::indicator::{noun_after, LEADING_ACTIONS, VERBS_BEFORE_OBJECT};
use super::name_edges::is_numeral;
use super::reading::Found;
use super::target_phrase::is_target_phrase;
use report_core::FigureKind;

/// Words that make a measure a threshold (`经济总量近千亿`, `过五百亿`,
/// `总投资超10亿元`).
const THRESHOLDS: [&str; 7] = ["超过", "超", "过", "近", "突破", "以上", "逾"];

/// Breaks that end the clause a count's noun is looked for in.
fn ends_the_clause(c: char) -> bool {
    matches!(c, '，' | ',' | '。' | '；' | '：' | ':' | '！' | '？')
}

/// `新增1个经济总量近千亿、4个过五百亿的县市`: a threshold that qualifies
/// the things counted stands between the classifier (ending at `from`) and
/// their noun; they are the noun after `的`, with their measure
/// (`经济总量近千亿的县市`, `过五百亿的县市`).
pub(super) fn counted_past_a_measure(s: &[char], from: usize) -> Option<String> {
    const REACH: usize = 24;
    let de = (from..s.len().min(from + REACH))
        .take_while(|&k| !ends_the_clause(s[k]))
        .find(|&k| s[k] == '的')?;
    let item_end = (from..de).find(|&k| s[k] == '、').unwrap_or(de);
    let measure: String = s[from..item_end].iter().collect();
    let sized = measure
        .chars()
        .any(|c| c.is_ascii_digit() || "十百千万亿".contains(c));
    if !sized || !THRESHOLDS.iter().any(|w| measure.contains(w)) {
        return None;
    }
    let noun = noun_after(s, de + 1)?;
    Some(format!("{measure}的{noun}"))
}

/// Verbs of purpose (`用于`) and of reach (`惠及`) before a figure that goes
/// on with `的` and the thing it is said of.
const PURPOSE: &str = "用于";
const REACH_VERBS: [&str; 5] = ["惠及", "覆盖", "服务", "带动", "受益"];
/// Verbs of a trouble met, whose object follows the figures with 的.
const SOLVED: [&str; 2] = ["解决了", "解决"];

/// `用于1500万人次以上的职工技能提升`: the figure measures what the money
/// is for; `惠及3400万人的引大济岷工程`: whom a project reaches
/// (`引大济岷工程惠及`). `lead` is the clause before the figure, `end`
/// where the figure (with its qualifier) ends.
pub(super) fn said_of_the_noun_after(lead: &str, s: &[char], end: usize) -> Option<String> {
    if s.get(end) != Some(&'的') {
        return None;
    }
    let lead = lead.trim_end();
    let noun = || noun_after(s, end + 1);
    if lead.ends_with(PURPOSE) {
        return noun();
    }
    // `解决了3200户的饮水困难`: the count is of those whose trouble was met.
    if SOLVED.iter().any(|v| lead.ends_with(v)) {
        return noun();
    }
    let verb = REACH_VERBS.iter().find(|v| lead.ends_with(**v))?;
    noun().map(|noun| format!("{noun}{verb}"))
}

/// Verbs that put money in a budget line, with what may stand before them.
const BUDGET_VERBS: [&str; 3] = ["安排", "投入", "下达"];
const BEFORE_BUDGET_VERB: [&str; 5] = ["将", "拟", "每年", "共", "再"];
/// Verbs that say what money is for, after the amount (`…支持乡村振兴`).
const FOR_WHAT: [&str; 5] = ["专项用于", "用于", "支持", "扶持", "补助"];

/// How a budget line is named by its verb (`中央财政将安排`, `每年安排`).
pub(super) enum BudgetLine {
    /// A treasury's: its funds (`中央财政资金`).
    Treasury(String),
    /// No one's before the verb: named by what it is for, if said.
    Bare,
    /// What the money goes to, before its verb (`用于“三农”的投入拟安排` →
    /// `用于“三农”的投入`).
    Named(String),
}

/// `中央财政将安排`, `省财政每年安排`, `每年安排`: a name that is only a
/// budget verb, with the treasury or the modal before it.
pub(super) fn budget_line(name: &str) -> Option<BudgetLine> {
    let mut rest = BUDGET_VERBS.iter().find_map(|v| name.strip_suffix(v))?;
    while let Some(r) = BEFORE_BUDGET_VERB.iter().find_map(|w| rest.strip_suffix(w)) {
        rest = r;
    }
    if rest.is_empty() {
        Some(BudgetLine::Bare)
    } else if rest.ends_with("财政") {
        Some(BudgetLine::Treasury(format!("{rest}资金")))
    } else {
        // Only where a modal or a frequency stands before the verb (`拟安排`,
        // `每年投入`): a verb right after a noun may be part of it (`预算安排`).
        (rest.len() < name.len() - 6).then(|| BudgetLine::Named(rest.to_string()))
    }
}

/// What a bare budget line is for, after its amount (`140亿元用于教育`,
/// `80亿元支持乡村振兴`), or the object right after it (`80亿元专项资金`),
/// but not a doing (`投入187亿元办好…`): that names no line.
pub(super) fn what_the_money_is_for(s: &[char], end: usize) -> Option<String> {
    let purpose = FOR_WHAT.iter().find(|w| starts_with_at(s, end, w));
    let from = purpose.map_or(end, |w| end + w.chars().count());
    noun_after(s, from).filter(|noun| {
        !noun.starts_with(['的', '以', '和', '等'])
            && (purpose.is_some()
                || !VERBS_BEFORE_OBJECT
                    .iter()
                    .chain(&LEADING_ACTIONS)
                    .any(|v| noun.starts_with(v)))
    })
}

/// Names of the rest of a whole (`其他的百分之四十四点二`).
const THE_REST: [&str; 3] = ["其他", "其余", "其它"];

/// `基本建设投资占支出总数的55.8%。其他的44.2%`: a share named only as
/// the rest is the rest of the whole the share before it was taken of
/// (`支出总数中的其他`), found as the last `占…的` before it.
pub(super) fn rest_of_the_whole(name: &str, before: &[char]) -> Option<String> {
    if !THE_REST.contains(&name) {
        return None;
    }
    let at = before.iter().rposition(|&c| c == '占')?;
    let after: String = before[at + 1..].iter().collect();
    let whole = after.split('的').next()?;
    let whole = whole.trim();
    (2..=12)
        .contains(&whole.chars().count())
        .then(|| format!("{whole}中的{name}"))
}

/// Words that compare an outcome with its plan (`超过年度计划`,
/// `超额完成计划`).
const OVER_PLAN: [&str; 4] = ["超过", "超额完成", "超出", "超"];
const PLANS: [&str; 4] = ["计划", "目标", "任务", "指标"];

/// `工业总产值…，超过年度计划百分之四点一`: by how much a figure beat its
/// plan, as the name ends; `Some(true)` where the plan is all the name says
/// (the figure before is what beat it).
pub(super) fn excess_over_plan(name: &str) -> Option<bool> {
    OVER_PLAN.iter().find_map(|w| {
        let at = name.rfind(w)?;
        // `超过原定的年度计划`: the plan as first set.
        let plan =
            name[at + w.len()..].trim_start_matches(['了', '年', '度', '全', '原', '定', '的']);
        PLANS.contains(&plan).then_some(at == 0)
    })
}

/// `3个万亿元大关`, `两个千亿级台阶`: steps a measure crosses (`跨过`,
/// `迈上`), which count levels of the subject, not things of their own.
pub(super) fn is_a_milestone(noun: &str) -> bool {
    ["大关", "台阶", "关口"].iter().any(|w| noun.ends_with(w))
}

/// `比计划低`, `比上年高`, `较全国平均水平快`: a comparison with a base that
/// names nothing measured; the figure is the one before's.
/// So is one of a rate's speed (`增速比1—10月加快`).
/// (21b) So is the best year before (`比历史上最好的1984年增长`, named
/// `比最好`) and a year alone, however it goes on (`比1958年还下降20%`);
/// (22i) and a plan's or budget's figure (`比预算增加`).
/// (31c) A rate's speed set against a base, whatever it did
/// (`增幅比二季度回落`, `降幅比上年收窄`, `增速比上半年`): the rate of the
/// figure before, compared. Not a share (`增幅比重`), nor a comparison
/// with no speed before it (`比上年回落`, as before).
pub(super) fn is_bare_comparison(name: &str) -> bool {
    let speed = without_speed(name);
    let Some(base) = speed.strip_prefix(['比', '较']) else {
        return false;
    };
    speed.chars().count() <= BARE_COMPARISON_MAX
        && (base.ends_with(['高', '低', '多', '少', '快', '慢', '好'])
            || is_a_year_alone(base)
            || is_a_plans_figure(base)
            || speed.len() < name.len()
                && !base.is_empty()
                && !base.starts_with(['重', '例', '较']))
}

/// (22i) `比预算增加1972亿元`, `比年初计划减少`: the plan or budget a
/// result is set against names nothing measured of its own.
fn is_a_plans_figure(base: &str) -> bool {
    ["预算", "计划", "预算数"].iter().any(|w| base.ends_with(w))
}

/// `1958年还`, `一九七八年`: a year and at most an adverb after it.
fn is_a_year_alone(base: &str) -> bool {
    let base = base.trim_end_matches(['还', '也', '又', '仍', '的']);
    base.strip_suffix('年').is_some_and(|digits| {
        digits.chars().count() == 4
            && digits.chars().all(|c| {
                c.is_ascii_digit() || report_core::text::numbers::chinese_digit(c).is_some()
            })
    })
}

/// (31c, review) The speed of a fall (`降幅比上半年收窄`).
pub(super) fn is_a_falls_speed(name: &str) -> bool {
    ["降幅", "跌幅", "减幅"].iter().any(|w| name.starts_with(w))
}

/// A name without the speed of a rate it opens on (`增速比1—10月加快`,
/// `增速居全国第2位`): what stands after compares the figure before's.
pub(super) fn without_speed(name: &str) -> &str {
    // (31c) A fall's rate as well (`降幅比上年收窄`).
    ["增速", "增幅", "涨幅", "降幅", "跌幅", "减幅"]
        .iter()
        .find_map(|w| name.strip_prefix(w))
        .unwrap_or(name)
}

/// The longest bare comparison (`比全国平均水平高`).
const BARE_COMPARISON_MAX: usize = 10;

/// Whether the figure ending at `end` is the target it is followed by
/// (`4%的控制目标`, `3%的计划目标以内`, `的预期目标`, `3%左右的调控目标`).
pub(super) fn is_target_after(s: &[char], end: usize) -> bool {
    if s.get(end) != Some(&'的') {
        return false;
    }
    let at = ["计划", "控制", "调控", "预期", "年度", ""]
        .iter()
        .find(|w| starts_with_at(s, end + 1, w))
        .map_or(end + 1, |w| end + 1 + w.chars().count());
    starts_with_at(s, at, "目标")
}

/// What opens a clause that gives the plan of the figure before
/// (`增长7.8%，计划为7.5%`).
const PLAN_LEADS: [&str; 4] = ["计划为", "目标为", "计划目标为", "预期目标为"];

/// Nouns after a figure that make it a target set (`下达的3亿元任务`).
const SET_AS: [&str; 4] = ["目标", "任务", "指标", "计划"];

/// Whether the figure from `start` to `end`, after `下达的`, is a limit or a
/// target set from above: its clause holds to it (`控制在市下达的5‰以内`), it
/// is a bound (`…下达的5‰以下`) or it is named a target (`…下达的5‰指标`);
/// not an amount handed down (`省下达的3.2亿元全部到位`).
fn set_from_above(s: &[char], start: usize, end: usize) -> bool {
    let clause: String = clause_before(s, start).iter().collect();
    ends_with_at(s, start, "下达的")
        && (clause.contains("控制在")
            || ["以内", "以下"]
                .iter()
                .any(|w| ends_with_at(s, end, w) || starts_with_at(s, end, w))
            || SET_AS.iter().any(|w| {
                starts_with_at(s, end, w)
                    || s.get(end) == Some(&'的') && starts_with_at(s, end + 1, w)
            }))
}

/// Whether the figure from `start` to `end` is the plan its clause says the
/// figure before had (`计划为7.5%`), the clause opening with the plan, or
/// a limit or target set from above (`控制在市下达的5‰以内`).
pub(super) fn is_plan_before(s: &[char], start: usize, end: usize) -> bool {
    set_from_above(s, start, end)
        || PLAN_LEADS.iter().any(|w| {
            let n = w.chars().count();
            ends_with_at(s, start, w)
                && start
                    .checked_sub(n + 1)
                    .is_some_and(|b| matches!(s[b], '，' | ',' | '；'))
        })
}

/// Whether the figure from `start` to `end` is a target the figure before
/// was set: one named after it (`4%的控制目标`) or a plan its clause gives.
pub(super) fn names_a_target(s: &[char], start: usize, end: usize) -> bool {
    is_target_after(s, end) || is_plan_before(s, start, end)
}

/// `在60%政府举办的基层医疗卫生机构实施…`: the noun a share is of, `noun`
/// at `from`, with the noun the words after it qualify with 的, up to a
/// verb of doing (`…机构实施…`), where no numbers stand in them.
pub(super) fn qualified_noun(s: &[char], from: usize, noun: &str) -> String {
    let past = from + noun.chars().count();
    let head = (s.get(past) == Some(&'的'))
        .then(|| noun_after(s, past + 1))
        .flatten()
        .map(|head| {
            let cut = (2..head.chars().count())
                .map(|k| byte_index(&head, k))
                .find(|&b| VERBS_BEFORE_OBJECT.iter().any(|v| head[b..].starts_with(v)))
                .unwrap_or(head.len());
            head[..cut].to_string()
        })
        .filter(|head| !format!("{noun}{head}").chars().any(is_numeral));
    match head {
        Some(head) => format!("{noun}的{head}"),
        None => noun.to_string(),
    }
}

/// `五十四匹马力的拖拉机一万五千台`: a measure of each thing counted right
/// after it (a size, a power) is no statistic; the count is.
pub(super) fn sizes_the_things_counted(s: &[char], found: &[Found], n: usize) -> bool {
    let f = &found[n];
    let Some(next) = found.get(n + 1) else {
        return false;
    };
    let noun = f.end + 1..next.start;
    f.kind == FigureKind::Quantity
        && next.kind == FigureKind::Count
        && s.get(f.end) == Some(&'的')
        && (1..=8).contains(&noun.len())
        && s[noun]
            .iter()
            .all(|c| report_core::text::fold::is_han(*c) && !is_numeral(*c) && !ends_the_clause(*c))
}

/// (23e) `完成年任务75亿元的23.7%`, `占年初预算8000万元的40%`, `完成州政府下达
/// 任务数13.2亿元的90.8%`: a sum named by the plan it is (a task, a budget,
/// a target) and taken as the whole of the share right after it is that
/// plan, set for the year, not a result of the months reported.
pub(super) fn plans_the_whole_after(s: &[char], end: usize, indicator: &str) -> bool {
    let name = indicator.strip_suffix('数').unwrap_or(indicator);
    let digits = s[(end + 1).min(s.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit() || **c == '.')
        .count();
    s.get(end) == Some(&'的')
        && digits > 0
        && matches!(s.get(end + 1 + digits), Some('%' | '％'))
        && (is_target_phrase(indicator) || PLANS_NAMED.iter().any(|w| name.ends_with(w)))
}

/// What a plan's sum is named by (and the same words in traditional
/// characters).
const PLANS_NAMED: [&str; 6] = ["任务", "预算", "计划", "目标", "任務", "預算"];

/// `2016-01–2016-03`, `2016-Q1`, `2016-H1` → `2016`: the year a part of a
/// year lies in.
pub(super) fn year_of_a_part_of_it(period: &str) -> Option<String> {
    let (year, part) = period.split_at_checked(4)?;
    (year.chars().all(|c| c.is_ascii_digit()) && part.starts_with('-')).then(|| year.to_string())
}

/// `总投资760多亿元的120个重点项目`: the total investment of the things
/// counted right after 的, or closing the list after it (`总投资179亿元的
/// 某某智谷、某某园等16个重点项目`); (23f) `总投资10亿美元的某某药业项目、
/// 总投资100亿元的…`: of the thing named right after 的, where no count
/// stands there (not the thing the next item's sum is of).
pub(super) fn invested_in(s: &[char], found: &[Found], n: usize, name: &str) -> Option<String> {
    let f = &found[n];
    if f.kind != FigureKind::Amount || s.get(f.end) != Some(&'的') || !name.ends_with("投资") {
        return None;
    }
    // Right after 的, or closing the list the 的 opens (`总投资179亿元的某某
    // 智谷、某某园等16个重点项目`: the sum of the sixteen, not of the first).
    let counted = found
        .get(n + 1)
        .filter(|next| next.start == f.end + 1)
        .or_else(|| {
            found[n + 1..]
                .iter()
                .find(|next| {
                    next.kind == FigureKind::Count && next.start > 0 && s[next.start - 1] == '等'
                })
                .filter(|next| {
                    !s[f.end..next.start]
                        .iter()
                        .any(|c| matches!(c, '，' | ',' | '。' | '；' | ';'))
                })
        });
    let noun = match counted {
        Some(next) => noun_after(s, next.end),
        None => noun_after(s, f.end + 1).filter(|noun| noun.chars().count() <= PROJECT_NAME_MAX),
    }?;
    let what = if name.ends_with("总投资") {
        "总投资"
    } else {
        "投资"
    };
    Some(format!("{noun}{what}"))
}

/// The longest name of a project read right after 的: longer, the words
/// run on into what the sentence says of it (`…新材料项目刷新我省…纪录`).
const PROJECT_NAME_MAX: usize = 16;

/// Whether two counts count the same things: both counts, in the same
/// unit but for its multiplier (`1.1亿多头只`, `434.7万头只`).
pub(super) fn counts_the_same(a: &Found, b: &Found) -> bool {
    let bare = |u: &str| {
        u.trim_start_matches(['十', '百', '千', '万', '亿'])
            .to_string()
    };
    a.kind == FigureKind::Count && b.kind == FigureKind::Count && bare(&a.unit) == bare(&b.unit)
}

/// `梅花60万吨赖氨酸等项目`, `120万吨乙烯转型升级项目`: a capacity (a
/// quantity ending at `end`, with `noun` after its unit) that names a
/// project is part of its name, no statistic; also as an item of a list
/// of projects (`40万吨熔盐装置技术升级、…等项目建设`).
pub(super) fn names_a_project(s: &[char], end: usize, noun: Option<&str>) -> bool {
    let Some(noun) = noun else {
        return false;
    };
    let past_noun = end + noun.chars().count();
    let rest_of_clause: String = s[past_noun..]
        .iter()
        .take_while(|c| !matches!(c, '，' | ',' | '。' | '；' | '：'))
        .collect();
    noun.ends_with("项目")
        || ["项目", "等项目"]
            .iter()
            .any(|w| starts_with_at(s, past_noun, w))
        || rest_of_clause.starts_with('、') && rest_of_clause.contains("等项目")
}
