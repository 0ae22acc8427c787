//! What the clause around a number says of the figure being read: that it
//! speaks of a ranking, that it counts a class of things after a bound, that
//! about stands before a share. Used by `reading.rs`'s `read_figure`.

use super::chars::{clause_before, starts_with_at};
use super::reading::chinese_amount;
use report_core::text::numbers::parse_arabic;

/// `在世界500强排名由369位上升到235位`: places in 位 in a clause that
/// speaks of a ranking are ranks, as `第3位` is (not `专家30位`, people),
/// or by how many places a rank moved (`排名提升4位`).
pub(super) fn ranked_in_the_clause(s: &[char], start: usize) -> bool {
    let clause: String = clause_before(s, start).iter().collect();
    ["排名", "排位", "位次", "名次"]
        .iter()
        .any(|w| clause.contains(w))
}

/// Whether the clause from `from` on counts something: a number with a
/// unit of things, before the clause ends.
pub(super) fn counted_in_the_clause(s: &[char], from: usize) -> bool {
    let end = (from..s.len())
        .find(|&k| matches!(s[k], '，' | '。' | '；' | '：' | ','))
        .unwrap_or(s.len());
    (from..end).any(|k| {
        let Some((_, len, _)) = parse_arabic(&s[k..end])
            .map(|(v, len)| (v, len, ""))
            .or_else(|| chinese_amount(&s[k..end]))
        else {
            return false;
        };
        let after = k + len + usize::from(matches!(s.get(k + len), Some('万' | '多' | '余')));
        ["个", "家", "户", "所", "座", "人", "项"]
            .iter()
            .any(|u| starts_with_at(s, after, u))
    })
}

/// `约占全国1/10`, `约占全年投资总额的三分之二`: about, before the share and
/// the whole it is of (no number nor another item between: not the second
/// share of `约占全市的三分之一、农村占六分之一`).
pub(super) fn about_a_share(s: &[char], start: usize) -> bool {
    let clause: String = clause_before(s, start).iter().collect();
    clause
        .rfind("约占")
        .is_some_and(|b| !clause[b..].chars().any(|c| c.is_ascii_digit() || c == '、'))
}
