//! The reference count the index and the trends are checked against: every
//! character position of every text tried, no index and no finder.

use report_core::text::fold::fold_for_search;

/// Occurrences of `term` in `texts`, overlapping ones included, each text
/// and the term folded as search folds them.
pub fn plain_count<'a>(texts: impl IntoIterator<Item = &'a str>, term: &str) -> usize {
    let needle: Vec<char> = fold_for_search(term).chars().collect();
    texts
        .into_iter()
        .map(|text| {
            let hay: Vec<char> = fold_for_search(text).chars().collect();
            (0..hay.len())
                .filter(|&i| hay[i..].starts_with(&needle))
                .count()
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_and_folded_occurrences_count() {
        assert_eq!(plain_count(["哈哈哈哈", "x哈哈哈"], "哈哈哈"), 3);
        assert_eq!(plain_count(["營商環境，营商环境"], "营商环境"), 2);
        assert_eq!(plain_count(["无"], "营商"), 0);
    }
}
