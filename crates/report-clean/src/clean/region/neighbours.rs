//! The places a report names as its neighbours. A township's or county's
//! account of where it lies (`东与某某县接壤，南与某某镇交界`) names the
//! divisions around it, never its own: the clause that says a place
//! borders it is taken out before the body is read for places.

/// Verbs that end a clause saying two places border each other.
const BORDER_VERBS: [&str; 8] = [
    "接壤", "交界", "毗邻", "毗连", "相邻", "为邻", "相望", "相连",
];
/// Words that bring in the other place of such a clause (`与`, `和`).
const WITH: [char; 3] = ['与', '和', '同'];
/// Marks that end a clause.
const CLAUSE_ENDS: &str = "，,。；;！!？?\n";

/// The text with each clause that names a neighbour (`…与某某县接壤`)
/// blanked out, one space for each of its characters; as it is otherwise.
pub(super) fn without_neighbours(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut clause = String::new();
    let flush = |clause: &mut String, out: &mut String| {
        let said = clause.trim_end();
        let borders =
            BORDER_VERBS.iter().any(|v| said.ends_with(v)) && said.contains(WITH.as_slice());
        if borders {
            out.extend(clause.chars().map(|_| ' '));
        } else {
            out.push_str(clause);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clause_naming_a_neighbour_is_blanked() {
        let text =
            "某某乡位于某某县西北部，东与甲县相望，西与某某自治区乙旗交界，全乡面积320平方千米。";
        let out = without_neighbours(text);
        assert!(out.contains("某某乡位于某某县西北部"));
        assert!(!out.contains("乙旗"));
        assert!(!out.contains("甲县"));
        assert!(out.contains("全乡面积"));
        // A clause that only mentions another place stays.
        let text = "全县与某某市合作共建产业园，引进项目12个。";
        assert_eq!(without_neighbours(text), text);
    }
}
