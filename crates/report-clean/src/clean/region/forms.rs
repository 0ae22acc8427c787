//! The forms a division's name takes beside its full and short names: a
//! county under its former suffix (藁城县 for today's 藁城区), an autonomous
//! area by its suffix without its peoples (凉山州, 新疆自治区).

use super::scan::FORMER_SUFFIXES;
use super::Gazetteer;
use report_core::RegionLevel;

/// The length of a suffix after a division's short name that makes the
/// division's name in another form: a county's former suffix (藁城县 for
/// 藁城区), an autonomous area's suffix without its peoples (凉山州 for
/// 凉山彝族自治州, 新疆自治区 for 新疆维吾尔自治区).
pub(super) fn other_form_suffix(g: &Gazetteer, division: usize, rest: &[char]) -> Option<usize> {
    if g.level[division] == RegionLevel::County
        && rest.first().is_some_and(|c| FORMER_SUFFIXES.contains(*c))
    {
        return Some(1);
    }
    let (_, kind) = g.divisions[division].name.rsplit_once("自治")?;
    let rest: String = rest.iter().take(3).collect();
    if rest.starts_with(&format!("自治{kind}")) {
        Some(2 + kind.chars().count())
    } else {
        (kind != "区" && rest.starts_with(kind)).then(|| kind.chars().count())
    }
}
