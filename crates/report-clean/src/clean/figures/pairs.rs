//! Figures that stand in pairs: two counts of the same things
//! (`205户697人`), and the whole a share is taken of given as a figure
//! (`占棉田实收面积8500多万亩的42%`), and values of a list that share the
//! last one's measure (`分别提高7.9个、3.4个和1.7个百分点`).

use report_core::FigureKind;

use super::indicator::{noun_after, LEADING_ACTIONS, VERBS_BEFORE_OBJECT};
use super::reading::Found;

/// Whether the words before a figure end in a verb that takes its object
/// after the figure, or in a word that joins.
pub(super) fn lead_ends_in_verb(lead: &str) -> bool {
    VERBS_BEFORE_OBJECT
        .iter()
        .chain(&["和", "及", "与", "、", "等", "等方面"])
        .any(|v| lead.trim_end().ends_with(v))
}

/// `脱贫不稳定户205户697人实施动态监测`: a pair of counts (households and
/// people) with a doing after them is named by what stands before, both:
/// the first where its clause names something (`names_before`), the
/// second where the figure before it is named (`before_named`). The
/// noun after them counts the same things only where it is no doing
/// (`形成21批173项制度集成创新案例`). `past` is where the pair ends.
pub(super) fn pair_named_before(
    s: &[char],
    found: &[Found],
    n: usize,
    past: usize,
    names_before: bool,
    before_named: bool,
) -> bool {
    let f = &found[n];
    let doing_after = noun_after(s, past).is_some_and(|noun| {
        LEADING_ACTIONS
            .iter()
            .chain(&VERBS_BEFORE_OBJECT)
            .any(|v| noun.starts_with(v))
    });
    doing_after
        && if past != f.end {
            names_before
        } else {
            n > 0
                && found[n - 1].end == f.start
                && found[n - 1].kind == FigureKind::Count
                && f.kind == FigureKind::Count
                && before_named
        }
}

/// `共有3648万亩棉田，占棉田实收面积8500多万亩的42%`: whether the figure
/// `n`, named `name` (`占…`), is the whole the share right after it is
/// taken of; it is named without 占, and the share is of the subject
/// before.
pub(super) fn whole_of_the_next(s: &[char], found: &[Found], n: usize, name: &str) -> bool {
    let f = &found[n];
    name.starts_with('占')
        && f.kind != FigureKind::Share
        && s.get(f.end) == Some(&'的')
        && found
            .get(n + 1)
            .is_some_and(|next| next.start == f.end + 1 && next.kind == FigureKind::Share)
}

/// (20h) `分别提高7.9个、3.4个和1.7个百分点`: the classifier 个 that each value
/// of a list repeats is the last one's percentage points, a change.
pub(super) fn share_the_points(s: &[char], found: &mut [Found]) {
    for n in (0..found.len().saturating_sub(1)).rev() {
        let (unit, kind) = (found[n + 1].unit.clone(), found[n + 1].kind);
        let joined = found[n + 1].start == found[n].end + 1
            && matches!(s.get(found[n].end), Some('、' | '和'));
        if found[n].unit == "个" && joined && unit.ends_with("个百分点") {
            found[n].unit = unit;
            found[n].kind = kind;
        }
    }
}

/// (33a) `同比分别下降0.72、0.06、7.39个百分点`: bare numbers of a `分别` list
/// joined to the last value by `、` (or `和`) share its unit; each is read
/// as a value of its own. Not numbers outside a `分别` clause (`1、2号线
/// 里程50公里`), nor ones the reader took already, nor an item's number.
pub(super) fn bare_values_of_a_list(s: &[char], found: &mut Vec<Found>) {
    let mut added: Vec<Found> = Vec::new();
    for f in found
        .iter()
        .filter(|f| !f.unit.is_empty() && f.high.is_none())
    {
        let mut at = f.start;
        let mut run: Vec<Found> = Vec::new();
        loop {
            let mut k = at;
            while k > 0 && s[k - 1] == ' ' {
                k -= 1;
            }
            if k == 0 || !matches!(s[k - 1], '、' | '和') {
                break;
            }
            k -= 1;
            while k > 0 && s[k - 1] == ' ' {
                k -= 1;
            }
            let end = k;
            while k > 0 && (s[k - 1].is_ascii_digit() || s[k - 1] == '.') {
                k -= 1;
            }
            let digits: String = s[k..end].iter().collect();
            let Ok(value) = digits.parse::<f64>() else {
                break;
            };
            let glued = k.checked_sub(1).is_some_and(|b| {
                s[b].is_ascii_alphanumeric() || matches!(s[b], '.' | '-' | '第' | '—')
            });
            if glued || digits.starts_with('.') || found.iter().any(|g| g.end > k && g.start < end)
            {
                break;
            }
            run.push(Found {
                start: k,
                num_start: k,
                end,
                value,
                high: None,
                unit: f.unit.clone(),
                qualifier: None,
                kind: f.kind,
            });
            at = k;
        }
        // The clause the list is in, from its last comma, colon or stop.
        let clause_start = s[..at]
            .iter()
            .rposition(|c| matches!(c, '，' | ',' | '；' | ';' | '。' | '：' | ':'))
            .map_or(0, |p| p + 1);
        let clause: String = s[clause_start..at].iter().collect();
        if !run.is_empty() && clause.contains("分别") {
            added.extend(run);
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| f.start);
    }
}
