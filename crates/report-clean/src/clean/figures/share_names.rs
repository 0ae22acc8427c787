//! A share named by the whole it is taken of (`占本年预算支出的2.57%`): whose
//! share it is, from the figure before, the sentence's subjects or the
//! clause before.

use report_core::FigureKind;

use super::pairs::whole_of_the_next;
use super::reading::Found;
use super::subject_elsewhere::subject_clause_before;

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
    if found[n].kind == FigureKind::Share
        && indicator.starts_with('占')
        && !["计划", "目标", "任务"]
            .iter()
            .any(|w| indicator.contains(w))
        && !before.previous_indicator.is_empty()
        && !before.previous_indicator.contains('占')
    {
        *indicator = format!("{}{indicator}", before.previous_indicator);
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
