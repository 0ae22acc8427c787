//! Choosing the region from the evidence: the province the names agree
//! on, then down a level only where the report names the lower government
//! (or, where it names none, where the lower place dominates the text).

use rustc_hash::FxHashSet;

use super::scan::{Evidence, Mention};
use super::self_names::{is_above_own_kinds, is_own_kind};
use super::{Gazetteer, Named};
use report_core::{Division, Region, RegionLevel};

pub(super) fn choose(g: &Gazetteer, evidence: &Evidence) -> Option<Region> {
    let mentions = trusted(g, evidence);
    if !evidence.national.is_empty() && !mentions.iter().any(|m| m.names_government) {
        let mut phrases = evidence.national.clone();
        phrases.dedup();
        return Some(Region::national(phrases));
    }
    let province = best_province(g, &mentions)?;
    let mut current = province;
    // An organ of another province (a repost's publisher) says nothing of
    // this one's level.
    // The highest place an organ of this province stands in: names from
    // lower places do not take the report below it (a provincial report
    // on a city's site: 长春市人民政府 as the source).
    let organ_rank = mentions
        .iter()
        .filter(|m| m.organ && supports(g, m, province))
        .map(|m| m.rank)
        .max();
    while let Some(child) = named_child(g, &mentions, current, organ_rank, evidence) {
        current = child;
    }
    let chain: Vec<usize> = g.ancestry(current).collect();
    let mut names: Vec<String> = mentions
        .iter()
        .filter(|m| m.named.iter().any(|n| chain.contains(&n.division)))
        .map(|m| m.name.clone())
        .collect();
    let township = (g.level[current] == RegionLevel::County)
        .then(|| {
            evidence
                .townships
                .iter()
                .find(|t| t.after.is_empty() || t.after.iter().any(|n| chain.contains(&n.division)))
        })
        .flatten();
    if let Some(t) = township {
        names.push(t.name.clone());
    }
    names.sort();
    names.dedup();
    let mut region = g.region_of(current, names);
    if let Some(t) = township {
        region.level = RegionLevel::Township;
        region.township = Some(Division {
            code: format!("{}/{}", g.divisions[current].code, t.name),
            name: t.name.clone(),
        });
    }
    Some(region)
}

/// The mentions with only the divisions they may be trusted to mean: a
/// county's short name (坊子 for 坊子区) only where the county is named in
/// full somewhere or its city or province is named too.
fn trusted(g: &Gazetteer, evidence: &Evidence) -> Vec<Mention> {
    let named: FxHashSet<usize> = evidence
        .mentions
        .iter()
        .flat_map(|m| m.named.iter().map(|n| n.division))
        .collect();
    evidence
        .mentions
        .iter()
        .filter_map(|m| {
            let kept: Vec<_> = m
                .named
                .iter()
                .copied()
                .filter(|n| {
                    n.full
                        || g.level[n.division] != RegionLevel::County
                        || evidence.named_in_full.contains(&n.division)
                        || g.ancestry(n.division).skip(1).any(|a| named.contains(&a))
                })
                .collect();
            if kept.is_empty() || (m.bare && !corroborated(g, evidence, m, &kept)) {
                return None;
            }
            // A superior's organ the body names (在广东省委领导下 in a report
            // that says 全市) is not the reporting government: a body's organ.
            let superior = m.in_body
                && m.names_government
                && !evidence.own_kinds.is_empty()
                && !kept
                    .iter()
                    .any(|n| is_own_kind(&evidence.own_kinds, &g.divisions[n.division].name));
            let demoted = Mention {
                weight: 2,
                names_government: false,
                organ: false,
                ..m.clone()
            };
            Some(Mention {
                named: kept,
                ..if superior { demoted } else { m.clone() }
            })
        })
        .collect()
}

/// Whether a name the body gives only in passing, short and as no organ
/// (长治 in 长治久安, 江苏 opening 江苏某某新型材料), may be the report's
/// place: the report names the division otherwise too (in full, in its
/// title or header, as an organ, or a place under it), or calls its own
/// government that kind of division (广州 in a report that says 我市).
/// A division above that kind (温州 over a zone that says 全区) may be the
/// government over the report's, where the text brings the name in as a
/// place (为温州, 对内蒙古), not glued into other words or listed among
/// companies (、江苏某某新型材料). Where the report never calls itself
/// anything, the name stands as before.
fn corroborated(g: &Gazetteer, evidence: &Evidence, m: &Mention, named: &[Named]) -> bool {
    let kinds = &evidence.own_kinds;
    named.iter().any(|n| {
        kinds.is_empty()
            || is_own_kind(kinds, &g.divisions[n.division].name)
            || (m.introduced && is_above_own_kinds(kinds, g.level[n.division]))
            || evidence.named_in_full.contains(&n.division)
            || evidence.mentions.iter().any(|m| {
                !m.bare
                    && m.named
                        .iter()
                        .any(|o| g.ancestry(o.division).any(|a| a == n.division))
            })
    })
}

/// Whether the mention may name `division` or a division under it.
fn supports(g: &Gazetteer, m: &Mention, division: usize) -> bool {
    m.named
        .iter()
        .any(|n| g.ancestry(n.division).any(|a| a == division))
}

/// The province the title names, else the one the report names as its
/// government (organs, offices), else with the most weight of names in it (each mention counted once, a place
/// counting only for the province it is in).
fn best_province(g: &Gazetteer, mentions: &[Mention]) -> Option<usize> {
    let mut provinces: Vec<usize> = mentions
        .iter()
        .flat_map(|m| m.named.iter().filter_map(|n| g.ancestry(n.division).last()))
        .collect();
    provinces.sort_unstable();
    provinces.dedup();
    provinces
        .into_iter()
        .map(|p| {
            let (mut title, mut naming, mut all) = (0u32, 0u32, 0u32);
            for m in mentions.iter().filter(|m| supports(g, m, p)) {
                all += m.weight;
                if m.names_government {
                    naming += m.weight;
                }
                if m.in_title {
                    title += m.weight;
                }
            }
            (title, naming, all, std::cmp::Reverse(p))
        })
        .max()
        .map(|(_, _, _, std::cmp::Reverse(p))| p)
}

/// The division under `current` the report is about, if it is about one:
/// the child the title or an organ, office or assembly names; none where
/// the report names its government so but no child; else the child whose
/// names outweigh `current`'s own and its siblings'.
fn named_child(
    g: &Gazetteer,
    mentions: &[Mention],
    current: usize,
    organ_rank: Option<u8>,
    evidence: &Evidence,
) -> Option<usize> {
    let own_kinds = &evidence.own_kinds[..];
    // A report that calls itself another kind of division (全市 under
    // 广东省委) is not `current`'s: its names weigh nothing against a child.
    let not_current = !own_kinds.is_empty() && !is_own_kind(own_kinds, &g.divisions[current].name);
    let above: Vec<usize> = g.ancestry(current).collect();
    let mut own = 0;
    // (child, weight of every mention, weight of mentions naming it,
    // whether a division of the report's own kind is named under it)
    let mut children: Vec<(usize, u32, u32, bool)> = Vec::new();
    for m in mentions {
        if m.named.iter().any(|n| above.contains(&n.division)) {
            // A name of `current` (or of a place above) is no evidence for
            // a child, even where it could also be one (吉林 is 吉林省 and
            // 吉林市).
            if !m.qualifier && !not_current && m.named.iter().any(|n| n.division == current) {
                own += m.weight;
            }
            continue;
        }
        let mut seen: Vec<usize> = Vec::new();
        for n in &m.named {
            let Some(child) = g
                .ancestry(n.division)
                .find(|&d| g.parent[d] == Some(current))
            else {
                continue;
            };
            if seen.contains(&child) {
                continue;
            }
            seen.push(child);
            let counts = m.in_title || (m.organ && organ_rank.is_some_and(|r| m.rank >= r));
            let naming = if counts { m.weight } else { 0 };
            let own_kind = is_own_kind(own_kinds, &g.divisions[n.division].name);
            match children.iter_mut().find(|(c, _, _, _)| *c == child) {
                Some(slot) => {
                    slot.1 += m.weight;
                    slot.2 += naming;
                    slot.3 |= own_kind;
                }
                None => children.push((child, m.weight, naming, own_kind)),
            }
        }
    }
    let named = children
        .iter()
        .filter(|c| c.2 > 0)
        .max_by_key(|c| (c.2, c.1, std::cmp::Reverse(c.0)));
    if named.is_some() || organ_rank.is_some() {
        return named.map(|c| c.0);
    }
    let total: u32 = children.iter().map(|c| c.1).sum();
    // A report given for a province's government that calls itself the
    // kind of province `current` is (全区 under 某某自治区) goes down only
    // to a child where a division of that kind is named under it: the
    // body's mention of a city (its capital's 某某市的建设) is no evidence
    // that the report is the city's. Without that speech 全区 may be one
    // of its districts' (under 南宁市委的领导), which goes down as before.
    let stays = evidence.speaks_for_a_province
        && !own_kinds.is_empty()
        && !not_current
        && g.level[current] == RegionLevel::Province;
    children
        .iter()
        .filter(|c| !stays || c.3)
        .max_by_key(|c| (c.1, std::cmp::Reverse(c.0)))
        .filter(|c| c.1 > own && 2 * c.1 >= total)
        .map(|c| c.0)
}
