//! The places a report names as its neighbours. A township's or county's
//! account of where it lies (`东与某某县接壤，南与某某镇交界`) names the
//! divisions around it, never its own: in a clause that says a place
//! borders it, the other place (from `与`/`和`/`同` to the verb) is taken
//! out before the body is read for places; the clause's subject, often
//! the report's own place, stays. An office's street address
//! (`地址：某某市某某区某某路11号`) names where it sits, not the government
//! the report is about: a region's department sits in a city's district.

/// Verbs that end a clause saying two places border each other, and say
/// nothing else (`相连`, `相邻` end clauses on roads and transit too).
const BORDER_VERBS: [&str; 5] = ["接壤", "交界", "毗邻", "毗连", "为邻"];
/// Words that bring in the other place of such a clause (`与`, `和`).
const WITH: [char; 3] = ['与', '和', '同'];
/// Marks that end a clause.
const CLAUSE_ENDS: &str = "，,。；;！!？?\n";

/// The text with the other place of each clause that names a neighbour
/// (`某某乡东与|某某县接壤|`) blanked out, one space for each of its
/// characters; as it is otherwise.
pub(super) fn without_neighbours(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut clause = String::new();
    let flush = |clause: &mut String, out: &mut String| {
        let borders = BORDER_VERBS.iter().any(|v| clause.trim_end().ends_with(v));
        match clause.find(WITH.as_slice()).filter(|_| borders) {
            Some(with) => {
                out.push_str(&clause[..with]);
                out.extend(clause[with..].chars().map(|_| ' '));
            }
            None => out.push_str(clause),
        }
        clause.clear();
    };
    for c in text.chars() {
        if CLAUSE_ENDS.contains(c) {
            flush(&mut clause, &mut out);
            out.push(c);
        } else {
            clause.push(c);
        }
    }
    flush(&mut clause, &mut out);
    out
}

/// Labels a street address follows.
const ADDRESS_LABELS: [&str; 2] = ["地址：", "地址:"];
/// Marks that end an address (the phone or the postcode after it).
const ADDRESS_ENDS: &str = "，,。；;）)\n";

/// The text with each street address after its label (`地址：|某某市某某区
/// 某某路11号|；`) blanked out, one space for each of its characters.
pub(super) fn without_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((at, label)) = ADDRESS_LABELS
        .iter()
        .filter_map(|l| Some((rest.find(l)?, *l)))
        .min_by_key(|(at, _)| *at)
    {
        let start = at + label.len();
        out.push_str(&rest[..start]);
        let address = &rest[start..];
        let end = address
            .find(|c| ADDRESS_ENDS.contains(c))
            .unwrap_or(address.len());
        out.extend(address[..end].chars().map(|_| ' '));
        rest = &address[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clause_naming_a_neighbour_is_blanked() {
        let text =
            "某某乡位于某某县西北部，东与甲县毗邻，西与某某自治区乙旗交界，全乡面积320平方千米。";
        let out = without_neighbours(text);
        assert!(out.contains("某某乡位于某某县西北部"));
        assert!(!out.contains("乙旗"));
        assert!(!out.contains("甲县"));
        assert!(out.contains("全乡面积"));
        // The clause's subject stays: the report's own place, often.
        let out = without_neighbours("我镇地处甲县和乙县交界，交通便利。");
        assert!(out.contains("我镇地处甲县") && !out.contains("乙县"));
        // Roads and buses joined are no neighbours.
        let text = "甲县城区与工业园区道路相连，甲县高铁站与城区公交相邻。";
        assert_eq!(without_neighbours(text), text);
        // A clause that only mentions another place stays.
        let text = "全县与某某市合作共建产业园，引进项目12个。";
        assert_eq!(without_neighbours(text), text);
    }
}
