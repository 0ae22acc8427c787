//! How a report speaks of its own government: 我市, 全县, 本区, 全镇. The
//! kind of division it calls itself (a 市, a 县, a 镇) is evidence of its
//! level that no place name gives: a place the body names only in passing
//! (长治 in 长治久安, 江苏 opening a company's name) is the report's own
//! only where it is that kind of division.

use rustc_hash::FxHashMap;

use report_core::RegionLevel;

/// The words a report calls its own government's area by, before the
/// kind of division: 全市 (the whole city), 我县 (our county), 本区.
const SELF_WORDS: &str = "全我本";

/// The kinds of division a report may call itself, as their names end:
/// a 市 (a city, a county-level city, a municipality), 区 (a district, an
/// autonomous region), 县, 旗, 州, 盟, 省, and the towns, townships and
/// streets the gazetteer does not list.
const KINDS: [&str; 11] = [
    "街道", "苏木", "市", "区", "县", "旗", "州", "盟", "省", "镇", "乡",
];

/// How a speech says whose government it speaks for (`我代表省人民政府`).
const SPEAKS_FOR: &str = "代表";
/// A province's kind as a speech names its government, and the kind it
/// calls itself by (全区 in an autonomous region).
const PROVINCIAL_KINDS: [(&str, &str); 2] = [("省", "省"), ("自治区", "区")];

/// Fewest times a report calls itself a kind of division for that to
/// count: one 全省 in a zone's report is a ranking (全省第一), not itself.
const SELF_NAMES_MIN: usize = 2;

/// The kinds of division the report calls itself most often (several
/// where they tie), none where it does so fewer than twice. 全国 and 我国 are left out:
/// every level's report speaks of the country.
pub(super) fn own_kinds(body: &str) -> Vec<&'static str> {
    let mut counts: FxHashMap<&'static str, usize> = FxHashMap::default();
    for (at, c) in body.char_indices() {
        if !SELF_WORDS.contains(c) {
            continue;
        }
        let rest = &body[at + c.len_utf8()..];
        if let Some(kind) = KINDS.iter().find(|k| rest.starts_with(**k)) {
            *counts.entry(kind).or_default() += 1;
        }
    }
    // `我代表自治区人民政府`, `我代表省人民政府`: the speech is given for
    // a province's government, the report calling itself that kind once
    // more. (A county's or a city's report says 全县, 全市 often enough.)
    for kind in provincial_kinds_spoken_for(body) {
        *counts.entry(kind).or_default() += 1;
    }
    let most = counts.values().copied().max().unwrap_or(0);
    if most < SELF_NAMES_MIN {
        return Vec::new();
    }
    let mut kinds: Vec<&'static str> = counts
        .into_iter()
        .filter(|(_, n)| *n == most)
        .map(|(k, _)| k)
        .collect();
    kinds.sort_unstable();
    kinds
}

/// The kind each `我代表省人民政府` / `我代表自治区人民政府` in `body`
/// speaks for (`省`, `区`).
fn provincial_kinds_spoken_for(body: &str) -> impl Iterator<Item = &'static str> + '_ {
    body.match_indices(SPEAKS_FOR).filter_map(|(at, _)| {
        let rest = &body[at + SPEAKS_FOR.len()..];
        PROVINCIAL_KINDS
            .iter()
            .find(|(word, _)| {
                rest.strip_prefix(*word)
                    .is_some_and(|r| r.starts_with("人民政府") || r.starts_with("政府"))
            })
            .map(|(_, kind)| *kind)
    })
}

/// Whether the speech says it is given for a province's government: only
/// then does 全区 mean the autonomous region, not one of its districts.
pub(super) fn speaks_for_a_province(body: &str) -> bool {
    provincial_kinds_spoken_for(body).next().is_some()
}

/// Whether a division so named is of one of the kinds the report calls
/// itself: 深圳市 for a report that says 全市, 新疆维吾尔自治区 for 全区.
pub(super) fn is_own_kind(kinds: &[&str], division_name: &str) -> bool {
    kinds.iter().any(|k| division_name.ends_with(k))
}

/// The lowest tier a division of this kind may be: a 市 may be a
/// county-level city, a 区 a district, a 镇 is under a county.
fn lowest_tier(kind: &str) -> RegionLevel {
    match kind {
        "省" => RegionLevel::Province,
        "州" | "盟" => RegionLevel::City,
        "市" | "区" | "县" | "旗" => RegionLevel::County,
        _ => RegionLevel::Township,
    }
}

/// Whether a division at `level` stands above every kind of division the
/// report calls itself (a province or a city over a report that says 全镇
/// or 全区): it may be the government over the report's own.
pub(super) fn is_above_own_kinds(kinds: &[&str], level: RegionLevel) -> bool {
    kinds.iter().all(|k| level < lowest_tier(k))
}
