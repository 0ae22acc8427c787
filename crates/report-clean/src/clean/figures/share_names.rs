//! A share named by the whole it is taken of (`占本年预算支出的2.57%`): whose
//! share it is, from the figure before, the sentence's subjects or the
//! clause before.

use report_core::FigureKind;

use super::chars::starts_with_at;
use super::pairs::whole_of_the_next;
use super::reading::Found;
use super::subject_elsewhere::subject_clause_before;
use super::target_phrase::is_target_phrase;

/// The name a figure takes from the one before: a growth after a share
/// named by its whole (`财政总收入4348万元，占年初预算10065万元的43.2%，同比
/// 下降6.5%`) is the subject's, not the share's; a change of the share in
/// points (`提高1.2个百分点`) stays the share's, as does a share named as
/// such (`所占比例`, `占…的比重`, `即提高1％`). After a budget or plan (`完成年初预算数60999万元
/// 的40.4%，比上年减收1070万元`), the subject the plan was for. (23h) A
/// sum or a count after a share (`工业占比全区45%，完成103.76亿元`) is the
/// subject's, however the share is named.
pub(super) fn name_from_the_one_before(
    previous: &str,
    previous_kind: FigureKind,
    kind: FigureKind,
    subjects: &[(usize, String)],
) -> String {
    let previous = subject_before_a_plan(previous, subjects);
    match previous.find('占') {
        Some(b)
            if b > 0
                && previous_kind == FigureKind::Share
                && (kind == FigureKind::Growth && !previous[b..].contains('比')
                    || matches!(
                        kind,
                        FigureKind::Amount | FigureKind::Quantity | FigureKind::Count
                    )) =>
        {
            previous[..b].to_string()
        }
        _ => previous,
    }
}

/// `previous` unless it names a budget or plan (`年初预算数`): then the
/// sentence's last subject that names none, the one it was planned for.
pub(super) fn subject_before_a_plan(previous: &str, subjects: &[(usize, String)]) -> String {
    if !is_target_phrase(previous) {
        return previous.to_string();
    }
    subjects
        .iter()
        .rev()
        .map(|(_, name)| name)
        .find(|name| !is_target_phrase(name))
        .map_or_else(|| previous.to_string(), |name| name.clone())
}

/// What the sentence has read before the figure a share is named for.
pub(super) struct Before<'a> {
    /// The name of the figure before, empty if none.
    pub previous_indicator: &'a str,
    /// Whether the figure before was the whole this one is a share of.
    pub previous_whole: bool,
    /// The sentence's subjects so far, with where each one's figure ends.
    pub subjects: &'a [(usize, String)],
    /// Where the figure's clause starts, and where the figure before ends.
    pub clause_start: usize,
    pub previous_end: usize,
}

/// Names the `n`th figure of `found` where it is a share named by its whole
/// (`indicator` opens on 占), and whether it is itself the whole the next
/// figure is a share of (`whole_of_the_next`).
pub(super) fn name_the_share(
    s: &[char],
    found: &[Found],
    n: usize,
    lead: &str,
    indicator: &mut String,
    before: &Before,
) -> bool {
    // `完成年度目标的104%`: the share of its target the figure before reached.
    // `总预备费7.9亿元，占本年预算支出的2.57%`: a share named by the whole
    // it is taken of is the share of the figure before (a share of a
    // plan, `占年度投资计划的41.7%`, says how far the plan went).
    // (24d) After a share of the same subject (`税务部门完成13866万元，占调整
    // 预算100.9%，占一般公共预算收入的48.5%`), that share's subject.
    let previous_subject = match before.previous_indicator.find('占') {
        Some(b) => &before.previous_indicator[..b],
        None => before.previous_indicator,
    };
    if found[n].kind == FigureKind::Share
        && indicator.starts_with('占')
        && !["计划", "目标", "任务"]
            .iter()
            .any(|w| indicator.contains(w))
        && !previous_subject.is_empty()
    {
        *indicator = format!("{previous_subject}{indicator}");
    }
    // `共有3648万亩棉田，占棉田实收面积8500多万亩的42%`: see `whole_of_the_next`.
    let whole_of_the_next = whole_of_the_next(s, found, n, indicator);
    if whole_of_the_next {
        *indicator = indicator['占'.len_utf8()..].to_string();
    }
    if found[n].kind == FigureKind::Share && before.previous_whole && lead.trim() == "的" {
        let whole = before.previous_indicator;
        if let Some((_, subject)) = before.subjects.iter().rev().find(|(_, name)| name != whole) {
            *indicator = format!("{subject}占{whole}");
        }
    }
    // `1955年国家决算用于社会文教事业的支出，共占本年支出的10.87%`: with
    // no figure before, the share's subject is the clause before.
    // Not one that qualifies a noun after it (`团结占人口95%以上的人民群众`).
    if found[n].kind == FigureKind::Share
        && indicator.starts_with('占')
        && before.previous_indicator.is_empty()
        && s.get(found[n].end) != Some(&'的')
    {
        if let Some(subject) = subject_clause_before(s, before.clause_start, before.previous_end) {
            *indicator = format!("{subject}{indicator}");
        }
    }
    whole_of_the_next
}

/// (24f) `截至2月20日，99.2%已经办复`, `立案5039件，99.8%已办复`: a share that
/// opens its clause and is followed by 已 (已经) and a verb closing the
/// clause is the share done: named by the verb (`办复`).
pub(super) fn share_done(s: &[char], lead: &str, end: usize) -> Option<String> {
    if !lead.trim().is_empty() {
        return None;
    }
    let from = ["已经", "已"]
        .iter()
        .find(|w| starts_with_at(s, end, w))
        .map(|w| end + w.chars().count())?;
    let to = (from..s.len())
        .find(|&k| !report_core::text::fold::is_han(s[k]))
        .unwrap_or(s.len());
    (2..=4)
        .contains(&(to - from))
        .then(|| s[from..to].iter().collect())
}
