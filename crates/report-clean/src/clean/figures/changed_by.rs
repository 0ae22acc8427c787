//! Whether a measure right after a word of change is by how much its
//! subject changed (`比上年减少1.2万吨`, `农民人均纯收入增加100元`), not a
//! level or a count of things added (`公办学位增加326万个`).

use report_core::FigureKind;

use super::change_words::{compares_with_a_year, ends_in_verb_of_change};
use super::compared_base::{more_after_a_base, opens_on_a_comparison};
use super::indicator::COMPARISON_BASES;
use super::reading::Found;
use super::subject_elsewhere::one_character_name;
use super::what_is_counted::counts_the_same;

/// What a count of a population's people is named by (`常住人口`, `回族人口`).
const POPULATION: &str = "人口";

/// For the `n`th figure of `found`, read as `kind` after the clause's words
/// `lead` and named `indicator`: whether it stands right after a word of
/// change, and whether it is by how much something changed.
pub(super) fn changed_by(
    found: &[Found],
    n: usize,
    kind: FigureKind,
    lead: &str,
    indicator: &str,
) -> (bool, bool) {
    let f = &found[n];
    // `比上年减少1.2万吨`, `增加126元`, `降低1.1个百分点`: a measure right
    // after a word of change is by how much it changed (a difference
    // where the clause names its base), less where it fell.
    let changed_by = matches!(
        kind,
        FigureKind::Amount | FigureKind::Quantity | FigureKind::Count | FigureKind::Change
    ) && ends_in_verb_of_change(lead.trim_end());
    // So is a sum or a measure whose subject stands before the word of
    // change (`农民人均纯收入增加100元`): a level is not said to
    // increase (`公办学位增加326万个` counts the places added).
    // `钢增加了四百万吨`: one character may name it.
    let subject_before_change = matches!(kind, FigureKind::Amount | FigureKind::Quantity)
        && (indicator.chars().count() >= 2 || one_character_name(lead, f.kind).is_some())
        // (27f) So is a count of a population (`回族人口增加35036人`,
        // `乡村人口减少16436万人`): people are not added as new things.
        || kind == FigureKind::Count && indicator.ends_with(POPULATION);
    // `粮食总产量达到46947万吨，增产3877万吨`: a word of change alone
    // after a figure of the sentence says by how much that one changed.
    // (23g) So a count after a count of the same things (`存栏达到1.1亿
    // 多头只，增加434.7万头只`).
    let change_of_the_one_before = n > 0
        && (matches!(kind, FigureKind::Amount | FigureKind::Quantity)
            || kind == FigureKind::Count && counts_the_same(&found[n - 1], f))
        && indicator.is_empty();
    let a_change = changed_by
        && (subject_before_change
            || change_of_the_one_before
            || COMPARISON_BASES.iter().any(|b| lead.contains(b))
            || compares_with_a_year(lead)
            // (27b) `，比上一年增加5亿元`: its subject left out.
            || opens_on_a_comparison(lead))
        // (27b) `与去年相比多增加就业岗位1200个`: more over the base.
        || matches!(kind, FigureKind::Amount | FigureKind::Quantity | FigureKind::Count)
            && more_after_a_base(lead);
    (changed_by, a_change)
}
