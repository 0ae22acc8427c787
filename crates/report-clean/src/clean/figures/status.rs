//! Whether a figure is a result, a target or an estimate: the tense of the
//! period that governs it, else the sentence's own words.

use report_core::FigureStatus;

use super::period::Tense;
use super::reading::Found;
use super::sentences::is_full_stop;
use crate::clean::title_lines::DIVISION_SUFFIXES;

pub(super) const TARGET_MARKERS: [&str; 7] =
    ["力争", "计划", "确保", "目标", "争取", "年内", "预期目标"];
pub(super) const ESTIMATE_MARKERS: [&str; 3] = ["预计", "有望", "预测"];
/// In a plan, words that say a figure is already reached.
const ALREADY_MARKERS: [&str; 7] = ["已", "截至", "截止", "去年", "上年", "过去", "了"];
const DONE_MARKERS: [&str; 9] = [
    "了",
    "已",
    "累计",
    "完成",
    "实现",
    "达到",
    "去年",
    "上年",
    "被评为",
];

/// Whether a plan's clause says its figure is reached already; a change
/// over last year (`比上年增加90亿元`) is planned like the level it leads to.
fn already(clause: &str) -> bool {
    let mut rest = clause.to_string();
    for base in ["比上年", "较上年", "比去年", "较去年"] {
        rest = rest.replace(base, "");
    }
    ALREADY_MARKERS.iter().any(|w| rest.contains(w))
}

/// (20i) `2008年预期规模以上工业增加值增长15%`: 预期 before a subject sets
/// what a plan expects; not a result against expectations (`超预期`, `好于
/// 预期`, `符合预期`), nor life expectancy (`预期寿命`), `预期性指标`, `预期的`.
fn expects(before: &str) -> bool {
    asks(before)
        || before.match_indices("预期").any(|(b, w)| {
            let after = &before[b + w.len()..];
            // Met or missed (`达到预期`, `未达预期`, `取得预期成效`) is a result.
            !before[..b].ends_with(['超', '于', '合', '出', '到', '达', '得'])
                && !after.starts_with(['寿', '的', '性'])
                && !after.starts_with("目标")
        })
}

/// `行署要求实现农业总产值增长18%`: what a plan asks of the year; not the
/// requirement a result met (`按照省委要求`, `根据…要求`, `…的要求`), nor a
/// noun before a stop (`落实…的工作要求，`).
fn asks(before: &str) -> bool {
    // A demand in an earlier clause asks nothing of a figure whose own
    // clause says it is done (`严格要求各乡镇落实责任，完成造林面积3万亩`).
    let own = this_clause(before);
    if !own.contains("要求") && DONE_MARKERS.iter().any(|w| own.contains(w)) {
        return false;
    }
    before.match_indices("要求").any(|(b, w)| {
        let lead = &before[..b];
        let after = &before[b + w.len()..];
        // `上级要求的各项任务`: the tasks asked, met.
        let asks_for = after
            .chars()
            .next()
            .is_some_and(|c| report_core::text::fold::is_han(c) && c != '的');
        asks_for
            && !lead.ends_with('的')
            && !["按照", "根据", "按", "依照"]
                .iter()
                .any(|w| lead.contains(w))
    })
}

/// (22d) `1996年是…的第一年，要求实现农业总产值增长18%，粮食增产1.5%`: what a
/// year past was asked (`asks`) stays its target, over the list that
/// follows the demand, unless the words after it tell what was reached
/// (`要求全年增长8%，实际增长8.5%`).
fn asked_of_the_year(before: &str) -> bool {
    let Some(at) = before.rfind("要求") else {
        return false;
    };
    let after = &before[at + "要求".len()..];
    let list = ["实现", "完成", "达到"]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    asks(before) && !REACHED.iter().any(|w| list.contains(w))
}

/// (23d) `“十五”期末计划存栏42.5万头只，实际存栏40.68万头`, `肉类产量计划
/// 6100吨`: a figure whose own clause names the plan right before it
/// (计划 and at most a verb of two characters, `计划投资`, `计划为`) is the
/// plan's, in a year past too; not a plan met, passed or compared with
/// (`完成年度计划投资`, `超计划`, `比计划`, `占计划`), one a verb of change
/// has for its object (`增加招生计划1.76万个`), one read as a whole (`计划的
/// 62.8%`), nor how much of it was done (`工业总产值计划完成102.6%`).
fn planned_right_before(before: &str, f: &Found) -> bool {
    let own = this_clause(before);
    let Some(at) = own.rfind("计划") else {
        return false;
    };
    let verb = &own[at + "计划".len()..];
    verb.chars().count() <= 2
        && verb.chars().all(report_core::text::fold::is_han)
        && !verb.contains('的')
        && !(f.unit == "%" && ["完成", "执行", "实现"].contains(&verb))
        && !NOT_THE_FIGURES_PLAN.iter().any(|w| own[..at].contains(w))
}

/// Words before 计划 that tell a plan met, passed, taken as a base,
/// changed, or won from above (`争取中央预算内投资计划3.2亿元`, `获批土地
/// 计划指标1200亩`: a sum or quota obtained): no plan the figure after it
/// gives.
const NOT_THE_FIGURES_PLAN: [&str; 19] = [
    "完成", "实现", "实际", "超", "比", "按", "占", "达", "增加", "新增", "减少", "扩大", "争取",
    "获批", "获得", "取得", "下达", "落实", "申请",
];

/// Words that tell what was reached, after what was asked.
const REACHED: [&str; 7] = ["实际", "结果", "完成", "实现", "达到", "已", "了"];

/// The clause a figure stands in, of the words before it.
fn this_clause(before: &str) -> &str {
    before
        .rfind(['，', ',', '；', ';', '。'])
        .map_or(before, |at| &before[at..])
}

/// `财政拟安排`, `赤字率拟按2.8%安排`: 拟 after its subject proposes a
/// plan; not a category that opens its clause (`拟建项目10个`), nor the 拟 of
/// 模拟, 虚拟, 草拟 (drafted).
fn proposed(before: &str) -> bool {
    before.match_indices('拟').any(|(b, _)| {
        before[..b]
            .chars()
            .next_back()
            .is_some_and(|c| report_core::text::fold::is_han(c) && !"模虚草比".contains(c))
    })
}

/// Plan or result: a plan's period makes a target unless the clause says
/// it is done already; a review's a result (a result may mention a plan:
/// `占年度投资计划的41.7%`); where the period says neither (this year so
/// far, or no structure), the sentence's own words decide. `预计` is an
/// estimate anywhere.
pub(super) fn status_of(
    text: &str,
    said_before: &str,
    clause: &str,
    f: &Found,
    tense: Option<Tense>,
    mark: &dyn Fn(&[&str]) -> bool,
    entry: bool,
) -> FigureStatus {
    if mark(&ESTIMATE_MARKERS) {
        return FigureStatus::Estimate;
    }
    match tense {
        Some(Tense::Past)
            if asked_of_the_year(said_before) || planned_right_before(said_before, f) =>
        {
            FigureStatus::Target
        }
        Some(Tense::Past) => FigureStatus::Actual,
        Some(Tense::Ahead) if !already(clause) => FigureStatus::Target,
        Some(Tense::Ahead) => FigureStatus::Actual,
        _ => {
            let done = DONE_MARKERS.iter().any(|w| text.contains(w));
            let planned = TARGET_MARKERS.iter().any(|w| {
                said_before.match_indices(w).any(|(b, _)| {
                    let after = &text[b + w.len()..];
                    let when = *w == "年内" && entry && during_the_year(&said_before[..b], after);
                    !after.starts_with('的') && !a_goal_named_before(&said_before[..b]) && !when
                })
            });
            // `瞄准规模工业产值200亿元目标`: the figure names the target.
            let after: String = text.chars().skip(f.end).take(3).collect();
            // Not one met (`顺利完成3.2亿元的目标`).
            let names_the_target = after.trim_start_matches('的').starts_with("目标") && !done;
            if planned
                || expects(said_before)
                || names_the_target
                || proposed(said_before)
                || (f.high.is_some() && !done)
                || (f.qualifier.as_deref() == Some("以上") && !done)
            {
                FigureStatus::Target
            } else {
                FigureStatus::Actual
            }
        }
    }
}

/// (32e) A yearbook's entry: a paragraph under its title in brackets
/// (`〔全乡概况〕`, `【人口】`), where `年内，` tells what the year saw; in
/// a plan's paragraph (`2026年工作打算`) it is still by when.
pub(super) fn an_entry_of_a_yearbook(paragraph: &str) -> bool {
    paragraph.trim_start().starts_with(['〔', '【'])
}

/// (32e) `年内，人口出生率为12.5‰`: 年内 opening its clause and set off by a
/// comma, as a yearbook opens what happened in its year, tells when, not
/// by when (`年内建成`, `力争年内完成`); nor is it years to come (`五年内，…`).
fn during_the_year(before: &str, after: &str) -> bool {
    let opens = before
        .chars()
        .next_back()
        .is_none_or(|c| "。；，,：:〕】".contains(c));
    opens && after.starts_with(['，', ','])
}

/// (27d) `紧紧围绕建设“工业强镇”这一目标，…`: a goal the work served,
/// taken up again by 这一 or 这个 after 围绕 in the same sentence, plans
/// none of the figures said after it. Not a goal to be met (`为实现这一
/// 目标，…要增长10%`, `今年的奋斗目标是…`).
fn a_goal_named_before(before_marker: &str) -> bool {
    ["这一", "这个"].iter().any(|w| before_marker.ends_with(w))
        && before_marker
            .rfind("围绕")
            .is_some_and(|b| !before_marker[b..].contains(['。', '；']))
}

/// What may stand before `预计` that opens a sentence (`经初步预计`,
/// `据初步预计`): how it was estimated, not what.
const ESTIMATE_LEADS: [&str; 6] = ["", "经", "据", "初步", "经初步", "据初步"];

/// Whether the words before `预计` say only how or for when it was
/// estimated (`经初步预计`, `2015年预计`, `全年预计`), not of what.
fn leads_to_an_estimate(before: &str) -> bool {
    let lead = before.trim();
    let lead = lead
        .strip_suffix('年')
        .and_then(|year| {
            let rest = year.trim_end_matches(|c: char| c.is_ascii_digit());
            (year.len() - rest.len() == 4).then_some(rest)
        })
        .unwrap_or(lead);
    let lead = ["全年", "今年"]
        .iter()
        .find_map(|w| lead.strip_suffix(w))
        .unwrap_or(lead);
    ESTIMATE_LEADS.contains(&lead.trim_end_matches(['，', ',']))
}

/// (24e) `张某某说，2030年，我区预计实现生产总值…；城镇居民…`: 预计 said by
/// the place the report is of (`我区`, `全县`), after clauses that hold no
/// figure but a year (a speaker's lead, `2030年`), opens the sentence's
/// estimates as `预计` alone does, over its `；` items.
fn the_place_estimates(before: &str) -> bool {
    let mut clauses = before.split(['，', ',']);
    let Some(subject) = clauses.next_back() else {
        return false;
    };
    let mut subject = subject.trim().chars();
    let place = matches!(
        (subject.next(), subject.next(), subject.next()),
        (Some('我' | '全'), Some(c), None) if DIVISION_SUFFIXES.contains(&c)
    );
    place
        && clauses.all(|clause| {
            let clause = clause.trim();
            !clause.contains(|c: char| c.is_ascii_digit())
                || clause
                    .strip_suffix('年')
                    .is_some_and(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
        })
        && !before.contains(['；', '：', ';', ':'])
}

/// Stretches of a paragraph (char ranges) whose figures are estimates: a
/// sentence that opens on `预计` (`预计全年，地区生产总值增长6%；财政收入…。`)
/// or whose `预计…如下：` introduces a list, to the sentence's end over
/// its `；` items. The second is whether the paragraph ends by introducing
/// such a list, carried over the item paragraphs after it.
pub(super) fn estimate_stretches(s: &[char]) -> (Vec<(usize, usize)>, bool) {
    let mut stretches = Vec::new();
    let mut opens_list = false;
    for (start, end) in full_sentences(s) {
        let sentence: String = s[start..end].iter().collect();
        let marker = ESTIMATE_MARKERS
            .iter()
            .filter_map(|w| sentence.find(w))
            .min();
        if let Some(b) = marker {
            let before = &sentence[..b];
            let after = &sentence[b..];
            let the_place = the_place_estimates(before);
            let opens = !before.contains(['，', '；', '：', ',', ';', ':']) || the_place;
            let introduces = after
                .find('：')
                .is_some_and(|c| !after[..c].contains(['，', '；', '。', ',']));
            if opens || introduces {
                // `数字经济增加值预计达3.4万亿元，…；清洁能源装机比重达66.1%；`:
                // an estimate said of a subject is that `；` item's alone;
                // one that opens the sentence (`预计全年，…`) holds to its end.
                // `经初步预计，…`: words that lead to the estimate lead no subject.
                let subject_led = !leads_to_an_estimate(before) && !introduces && !the_place;
                // (22e) Pages that set their punctuation half-width end an
                // item with `;`.
                let item_end = (start + before.chars().count()..end)
                    .find(|&k| matches!(s[k], '；' | ';'))
                    .filter(|_| subject_led)
                    .map_or(end, |k| k + 1);
                stretches.push((start + before.chars().count(), item_end));
                opens_list = introduces && sentence.trim_end().ends_with('：');
            } else {
                opens_list = false;
            }
        } else {
            opens_list = false;
        }
    }
    (stretches, opens_list)
}

/// Stretches of a paragraph (char ranges) whose figures are targets: from
/// a plan's `目标是：` (`主要预期目标是：地区生产总值增长5%左右；城镇新增就业…；`)
/// to the sentence's end, over its `；` items, where the report's year is
/// not known to make them a plan's.
pub(super) fn target_stretches(s: &[char]) -> Vec<(usize, usize)> {
    full_sentences(s)
        .filter_map(|(start, end)| {
            let sentence: String = s[start..end].iter().collect();
            // (20e) `主要预期目标：…；…` as well as `目标是：`.
            let (b, w) = TARGET_LIST_OPENERS
                .iter()
                .filter_map(|w| sentence.find(w).map(|b| (b, w)))
                .filter(|&(b, _)| !met_before(&sentence[..b]))
                .min()?;
            // (27d) A list opened after a comma ends before an item that
            // states a past result (`…增长6%；去年全县完成财政收入5亿元`).
            let list_end = if w.ends_with(['，', ',']) {
                sentence[b..]
                    .match_indices(['；', ';'])
                    .map(|(k, sep)| b + k + sep.len())
                    .find(|&k| PAST_OPENERS.iter().any(|p| sentence[k..].starts_with(p)))
                    .map_or(end, |k| start + sentence[..k].chars().count())
            } else {
                end
            };
            Some((start + sentence[..b].chars().count(), list_end))
        })
        .collect()
}

/// Words that open an item on a past year's result, not a target.
const PAST_OPENERS: [&str; 5] = ["去年", "上年", "前年", "过去", "已"];

/// Whether the words before a list's `目标` say it was met (`圆满完成年初
/// 预期目标，…`): what follows are results.
fn met_before(before: &str) -> bool {
    ["完成", "实现", "达到", "超过", "超额"]
        .iter()
        .any(|w| before.contains(w))
}

/// Words that open a plan's list of targets; (22k) a plan's expected
/// targets open one with no colon as well (`预期目标是实现…增长30%，…；…`).
const TARGET_LIST_OPENERS: [&str; 10] = [
    "目标是：",
    "目标为：",
    "目标是:",
    "目标为:",
    "目标：",
    "目标:",
    "预期目标是",
    "预期目标为",
    // (27d) `划定发展预期目标，地区生产总值增长3%；…`: the expected targets
    // open their list after a comma too.
    "预期目标，",
    "预期目标,",
];

/// The char ranges of a paragraph's sentences, each to its full stop.
fn full_sentences(s: &[char]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        (start < s.len()).then(|| {
            let end = (start..s.len())
                .find(|&k| is_full_stop(s, k))
                .map_or(s.len(), |k| k + 1);
            let range = (start, end);
            start = end;
            range
        })
    })
}

/// Whether a paragraph reads as an item of a list: numbered (`（一）`, `1.`,
/// `一、`, `①`) or led by a short label and a colon (`粮食：`).
pub(super) fn is_list_item(paragraph: &str) -> bool {
    let p = paragraph.trim_start();
    let mut chars = p.chars();
    let first = chars.next();
    let numbered = match first {
        Some('（' | '(') => true,
        Some('①'..='⑳') => true,
        Some(c) if c.is_ascii_digit() || report_core::text::numbers::chinese_digit(c).is_some() => {
            p.chars()
                .find(|c| {
                    !(c.is_ascii_digit() || report_core::text::numbers::chinese_digit(*c).is_some())
                })
                .is_some_and(|c| matches!(c, '、' | '.' | '．'))
        }
        _ => false,
    };
    numbered
        || p.chars()
            .take(12)
            .position(|c| c == '：')
            .is_some_and(|k| k >= 1 && !p.chars().take(k).any(|c| "，。；".contains(c)))
}
