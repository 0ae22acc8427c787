//! The name of a multiple (`是“十一五”时期的2.3倍`, `翻一番`, `等於一九四九年的
//! 十三點七倍`): the subject before the words that set it, or the figure
//! before's, never the base it is a multiple of.

use super::compared_base::MULTIPLE_OF;
use super::indicator::strip_indicator;

/// The name of a figure in `倍`, from the words before it (`lead`), the
/// name read so far and the name of the figure before.
pub(super) fn name_of_a_multiple(
    lead: &str,
    mut indicator: String,
    previous_indicator: &str,
) -> String {
    // `是“十一五”时期的2.3倍`: a multiple of an earlier figure is the
    // subject's before it.
    // `等於一九四九年的十三點七倍` names nothing of its own even where the
    // figure before has no name.
    if MULTIPLE_OF.iter().any(|w| lead.trim_start().starts_with(w))
        && lead.trim_end().ends_with('的')
        && (!previous_indicator.is_empty() || !lead.trim_start().starts_with('是'))
    {
        indicator = previous_indicator.to_string();
    }
    // `营业收入较“十三五”末期翻一番`, `…8700多个、比年度计划翻了一番`: the
    // base a multiple is of is no part of its name.
    if let Some(b) = base_of_a_multiple(&indicator) {
        indicator = if b == 0 {
            previous_indicator.to_string()
        } else {
            strip_indicator(&indicator[..b]).to_string()
        };
    }
    // `糧食産量可以等於一九四九年的一點五倍`: a multiple of a base is the
    // subject's before the words that set it.
    if lead.trim_end().ends_with('的') {
        if let Some(b) = MULTIPLE_OF[1..].iter().filter_map(|w| lead.find(w)).min() {
            let subject = strip_indicator(&lead[..b]);
            if subject.chars().count() >= 2 {
                indicator = subject.to_string();
            }
        }
    }
    indicator
}

/// Where the base of a multiple opens in its name (`较“十三五”末期`,
/// `比年度计划`, `比2020年`): a comparison with a time or a plan, not a
/// ratio (`比重`, `比例`).
fn base_of_a_multiple(name: &str) -> Option<usize> {
    let (b, c) = name
        .char_indices()
        .rfind(|(_, c)| matches!(c, '比' | '较'))?;
    let base = &name[b + c.len_utf8()..];
    let is_ratio = ["重", "例", "率"].iter().any(|w| base.starts_with(w));
    let names_a_time = ["年", "末", "期", "计划"].iter().any(|w| base.contains(w));
    (!is_ratio && names_a_time).then_some(b)
}

/// `…投入5800亿元，是1950年到1997年投入总和的1.7倍`: where the base of a
/// multiple that ends at `start` (`…的1.7倍`) begins, at its `是` or
/// `相当于` in the clause from `clause_start`: the years in the base date
/// the base, not the figure, which takes the period that governs there.
pub(super) fn where_the_base_starts(
    s: &[char],
    clause_start: usize,
    start: usize,
) -> Option<usize> {
    if start == 0 || s[start - 1] != '的' {
        return None;
    }
    let words: String = s[clause_start..start].iter().collect();
    MULTIPLE_OF
        .iter()
        .filter_map(|w| words.rfind(w))
        .max()
        .map(|b| clause_start + words[..b].chars().count())
}
