//! Strings one slip of typing away from a term no report holds: what an
//! empty result list offers ("did you mean …"). A pinyin input method's
//! usual slip is a homophone in a character's place (新职生产力 for
//! 新质生产力); fingers drop, add or swap a character. The texts themselves
//! say which strings exist, so no word list is needed; the table of
//! readings says which characters are typed with the same keys.

use memchr::memmem;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::sorting;
use crate::text::fold::is_han;
use crate::text::numbers::chinese_digit;
use crate::text::pinyin::sound_alike;

/// Terms shorter than this have too many neighbours to suggest one.
const SHORTEST_TERM: usize = 2;
/// Terms of characters this short are offered homophones and a character
/// added between the two typed (碳达峰 for 碳峰) alone: any other edit of
/// a two-character word is mostly another word (旧业 is one key from 就业,
/// one character from 企业, 工业, 事业).
const SHORTEST_TERM_FOR_ANY_EDIT: usize = 3;
/// A string this many times as frequent as another outweighs it: a
/// homophone comes first unless the likeliest other string outweighs it
/// (a sound-alike across two words, 现振兴 in 实现振兴 for 乡振兴, is rare
/// beside the word meant, 乡村振兴), and a short word is offered nothing
/// its likeliest string outweighs; no offer lists a string the first
/// outweighs (names written out, pinyin readings).
pub(crate) const OUTWEIGHED: usize = 10;
/// A term of letters and figures alone carries less than one of
/// characters: one slip from two letters is a third of the texts' short
/// codes (`xc` → `rc`, `xī`).
const SHORTEST_TERM_OF_LETTERS: usize = 3;
/// Longer terms are pasted, not typed: a slip in them is rare and the scan
/// would only find the term's own parts.
const LONGEST_TERM: usize = 16;

/// A string of the texts one edit away from the term, and how often it
/// occurs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NearMiss {
    /// As the folded texts have it (simplified, half-width), ready to
    /// search for.
    pub text: String,
    pub count: usize,
}

/// The strings of `documents` (folded texts) that are one edit from the
/// folded `term` (a character replaced, added, dropped, or two neighbours
/// swapped), at most `limit`. Empty when the term occurs as it is: a term
/// that is there is no slip.
///
/// First come homophones, a character replaced by one typed with the same
/// keys (供给侧 for 供给测, before the more frequent 供给 that drops it);
/// then the strings that keep every character typed (one added or two
/// swapped: 乡村振兴 for 乡振兴, where 振兴 is more frequent but drops
/// what was typed), then those with one replaced or dropped (高质量发展
/// for 高质量量发展 before 高质量新发展); each most frequent first, a
/// homophone a tenth as frequent as another string with the rest. A term
/// of two characters is offered its homophones and its two with one
/// between alone, the most frequent first.
pub fn near_misses<'a>(
    documents: impl IntoIterator<Item = &'a str>,
    term: &str,
    limit: usize,
) -> Vec<NearMiss> {
    let term: Vec<char> = term.chars().collect();
    let shortest = if term.iter().any(|&c| is_han(c)) {
        SHORTEST_TERM
    } else {
        SHORTEST_TERM_OF_LETTERS
    };
    if !(shortest..=LONGEST_TERM).contains(&term.len()) {
        return Vec::new();
    }
    let short_word = term.len() < SHORTEST_TERM_FOR_ANY_EDIT && term.iter().any(|&c| is_han(c));
    // For a short word: a homophone, or the typed two with one between.
    let may_be_offered = |edit: Edit, candidate: &[char]| {
        !short_word
            || edit == Edit::Homophone
            || (edit == Edit::Added
                && candidate.first() == term.first()
                && candidate.last() == term.last())
    };
    // Every variant keeps the term's first or second character at the
    // start of its window, or one character into it (a character added
    // before the first): those two characters anchor the scan.
    let mut anchors: Vec<String> = vec![term[0].to_string(), term[1].to_string()];
    anchors.dedup();
    let finders: Vec<memmem::Finder> = anchors.iter().map(memmem::Finder::new).collect();
    let mut found: FxHashMap<String, (Edit, usize)> = FxHashMap::default();
    let mut window = Vec::with_capacity(term.len() + 1);
    for document in documents {
        // A window is counted once however many anchors lead to it.
        let mut seen: FxHashSet<(usize, usize)> = FxHashSet::default();
        for finder in &finders {
            for at in finder.find_iter(document.as_bytes()) {
                let before = document[..at]
                    .chars()
                    .next_back()
                    .map(|c| at - c.len_utf8());
                for start in before.into_iter().chain([at]) {
                    window.clear();
                    window.extend(document[start..].chars().take(term.len() + 1));
                    if window.len() >= term.len() && window[..term.len()] == term[..] {
                        return Vec::new();
                    }
                    for len in [term.len() - 1, term.len(), term.len() + 1] {
                        let Some(candidate) = window.get(..len).filter(|_| len >= SHORTEST_TERM)
                        else {
                            continue;
                        };
                        let typeable = candidate
                            .iter()
                            .all(|&c| is_word_char(c) || term.contains(&c));
                        let Some(edit) = typeable
                            .then(|| edit_between(&term, candidate))
                            .flatten()
                            .filter(|_| !changes_a_number(&term, candidate))
                            .filter(|_| !changes_the_script(&term, candidate))
                            .filter(|&edit| may_be_offered(edit, candidate))
                        else {
                            continue;
                        };
                        if seen.insert((start, len)) {
                            found
                                .entry(candidate.iter().collect())
                                .or_insert((edit, 0))
                                .1 += 1;
                        }
                    }
                }
            }
        }
    }
    // Found only inside a longer string as often: that one cut short
    // (商环境 of 营商环境, for 营环境).
    let whole: FxHashMap<&str, (Edit, usize)> = found
        .iter()
        .filter(|(text, &(_, count))| {
            !found.iter().any(|(other, &(_, n))| {
                n >= count && other.len() > text.len() && other.contains(text.as_str())
            })
        })
        .map(|(text, &found)| (text.as_str(), found))
        .collect();
    // A character replaced at an edge whose rest is found by itself
    // (化营商环境 for x营商环境, where 营商环境 drops the x); not a homophone
    // (供给侧 for 供给测, though 供给 is found too).
    let kept = |text: &str, edit: Edit| {
        edit != Edit::Replaced
            || !whole
                .keys()
                .any(|other| other.len() < text.len() && text.contains(other))
    };
    let mut misses: Vec<(Edit, NearMiss)> = whole
        .iter()
        .filter(|(text, &(edit, _))| kept(text, edit))
        .map(|(text, &(edit, count))| {
            let text = text.to_string();
            (edit, NearMiss { text, count })
        })
        .collect();
    let outweighed = |count: usize, by: usize| count * OUTWEIGHED < by;
    if short_word {
        // Its few kinds of offer are as likely: the most frequent first,
        // none a tenth as frequent as the first (旧企业 of 仍旧企业 beside
        // 就业, for 旧业).
        let most = misses.iter().map(|(_, m)| m.count).max().unwrap_or(0);
        misses.retain(|(_, miss)| !outweighed(miss.count, most));
    }
    let likeliest_other = misses
        .iter()
        .filter(|(edit, _)| *edit != Edit::Homophone)
        .map(|(_, miss)| miss.count)
        .max()
        .unwrap_or(0);
    let likelihood = |edit: Edit, count: usize| match edit {
        _ if short_word => 0,
        Edit::Homophone if outweighed(count, likeliest_other) => Edit::Replaced.likelihood(),
        _ => edit.likelihood(),
    };
    sorting::sort_by(&mut misses, |(edit_a, a), (edit_b, b)| {
        likelihood(*edit_a, a.count)
            .cmp(&likelihood(*edit_b, b.count))
            .then_with(|| b.count.cmp(&a.count))
            .then_with(|| a.text.cmp(&b.text))
    });
    misses
        .into_iter()
        .take(limit)
        .map(|(_, miss)| miss)
        .collect()
}

/// How a string of the texts differs from the term typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Edit {
    /// A character replaced by one typed with the same keys: the input
    /// method's slip.
    Homophone,
    /// The term with a character added: every character typed is kept.
    Added,
    /// Two neighbours of the term swapped.
    Swapped,
    Replaced,
    /// The term less a character.
    Dropped,
}

impl Edit {
    /// How likely the edit is a slip, the likeliest least: a homophone,
    /// then what keeps every character typed, then the rest.
    fn likelihood(self) -> u8 {
        match self {
            Edit::Homophone => 0,
            Edit::Added | Edit::Swapped => 1,
            Edit::Replaced | Edit::Dropped => 2,
        }
    }
}

/// A character a term could be typed with: never punctuation, spaces or
/// the newline between texts.
fn is_word_char(c: char) -> bool {
    is_han(c) || c.is_alphanumeric()
}

/// The one edit that turns `term` into `found`, if one does.
fn edit_between(term: &[char], found: &[char]) -> Option<Edit> {
    use std::cmp::Ordering;
    match found.len().cmp(&term.len()) {
        Ordering::Equal => {
            let mut differ = (0..term.len()).filter(|&i| term[i] != found[i]);
            match (differ.next(), differ.next(), differ.next()) {
                (Some(i), None, _) if sound_alike(term[i], found[i]) => Some(Edit::Homophone),
                (Some(_), None, _) => Some(Edit::Replaced),
                (Some(i), Some(j), None)
                    if j == i + 1 && term[i] == found[j] && term[j] == found[i] =>
                {
                    Some(Edit::Swapped)
                }
                _ => None,
            }
        }
        Ordering::Greater => one_more(found, term).then_some(Edit::Added),
        Ordering::Less => one_more(term, found).then_some(Edit::Dropped),
    }
}

/// Whether the one edit from `term` to `found` changes a number: a figure
/// added, dropped, replaced or moved (`4900` → `400`, `9400`), or one
/// numeral put for another (十四五 → 十三五). That is another number, not
/// a slip of typing; a numeral for another character (统以 → 统一), or
/// one added or dropped (十四规划 → 十四五规划), is one.
fn changes_a_number(term: &[char], found: &[char]) -> bool {
    let figure = |c: char| c.is_ascii_digit();
    let numeral =
        |c: char| chinese_digit(c).is_some() || matches!(c, '十' | '百' | '千' | '万' | '亿');
    if term.len() != found.len() {
        let (longer, shorter) = if term.len() > found.len() {
            (term, found)
        } else {
            (found, term)
        };
        let at = (0..shorter.len())
            .find(|&i| longer[i] != shorter[i])
            .unwrap_or(shorter.len());
        return figure(longer[at]);
    }
    let mut differ = (0..term.len()).filter(|&i| term[i] != found[i]);
    differ.any(|i| figure(term[i]) || figure(found[i]) || (numeral(term[i]) && numeral(found[i])))
}

/// Whether the one edit from `term` to `found` puts a character for a
/// letter or figure, or one of those for a character (`xc` → `产c`): a
/// slip keeps the input method's mode, and such a string is another word.
fn changes_the_script(term: &[char], found: &[char]) -> bool {
    term.len() == found.len()
        && term
            .iter()
            .zip(found)
            .any(|(&a, &b)| a != b && is_han(a) != is_han(b))
}

/// `longer` is `shorter` with one character added.
fn one_more(longer: &[char], shorter: &[char]) -> bool {
    if longer.len() != shorter.len() + 1 {
        return false;
    }
    let first_difference = (0..shorter.len())
        .find(|&i| longer[i] != shorter[i])
        .unwrap_or(shorter.len());
    longer[first_difference + 1..] == shorter[first_difference..]
}

/// Near misses as (text, count) pairs, as the search's tests compare them.
#[cfg(test)]
pub(crate) fn texts_and_counts(misses: Vec<NearMiss>) -> Vec<(String, usize)> {
    misses.into_iter().map(|m| (m.text, m.count)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_need_three_and_a_slip_keeps_the_script() {
        // Two letters: too short to offer anything.
        assert!(near_misses(["rc，xī，产c"], "xc", 5).is_empty());
        // Three: a swap of letters is a slip; a character put for a letter
        // is no slip of typing.
        let found = texts_and_counts(near_misses(["GDP增长，gdp，产dp"], "gpd", 5));
        assert!(found.iter().any(|(t, _)| t == "gdp"), "{found:?}");
        let found = texts_and_counts(near_misses(["xrd，x产d"], "xcd", 5));
        assert_eq!(found, [("xrd".to_string(), 1)]);
        // Characters still offer characters, a letter for a letter.
        let found = texts_and_counts(near_misses(["营商环境，营商环境"], "营商环竟", 5));
        assert_eq!(found, [("营商环境".to_string(), 2)]);
    }

    const DOCS: [&str; 2] = [
        "发展新质生产力，培育新质生产力。\n优化营商环境",
        "因地制宜发展新质生产力\n持续优化营商环境，营造良好氛围，打造一流营商环境",
    ];

    #[test]
    fn a_homophone_in_a_characters_place_finds_the_term() {
        assert_eq!(
            texts_and_counts(near_misses(DOCS, "新职生产力", 3)),
            [("新质生产力".to_string(), 3)]
        );
        // The first character replaced: anchored on the second.
        assert_eq!(
            texts_and_counts(near_misses(DOCS, "心质生产力", 3)),
            [("新质生产力".to_string(), 3)]
        );
    }

    #[test]
    fn a_dropped_added_or_swapped_character_finds_the_term() {
        let found = |term| texts_and_counts(near_misses(DOCS, term, 1));
        assert_eq!(
            found("营商环"),
            Vec::new(),
            "a part of a word is there as it is"
        );
        assert_eq!(
            found("营环境"),
            [("营商环境".to_string(), 3)],
            "one dropped"
        );
        assert_eq!(
            found("商环境"),
            Vec::new(),
            "a part of a word is there as it is"
        );
        assert_eq!(
            found("营商商环境"),
            [("营商环境".to_string(), 3)],
            "one added"
        );
        assert_eq!(
            found("营商境环"),
            [("营商环境".to_string(), 3)],
            "a neighbour swapped"
        );
        assert_eq!(
            found("商营环境"),
            [("营商环境".to_string(), 3)],
            "the first two swapped"
        );
        assert_eq!(
            found("x营商环境"),
            [("营商环境".to_string(), 3)],
            "one added first"
        );
        assert_eq!(found("新职生产历"), Vec::new(), "two edits are no slip");
    }

    #[test]
    fn a_term_that_occurs_has_no_near_misses() {
        assert!(near_misses(DOCS, "新质生产力", 3).is_empty());
        assert!(near_misses(DOCS, "营商", 3).is_empty());
    }

    #[test]
    fn windows_never_take_punctuation_or_cross_texts() {
        // 力，培 and 境\n持 are one edit from these, but not strings a
        // reader would search for.
        assert!(near_misses(DOCS, "力x培", 3).is_empty());
        assert!(near_misses(DOCS, "境a持", 3).is_empty());
    }

    #[test]
    fn the_most_frequent_of_a_kind_come_first_and_the_limit_holds() {
        let docs = ["改革开放改革开放改革开放，改善开放改善开放，改造开放"];
        let found = texts_and_counts(near_misses(docs, "改丁开放", 2));
        assert_eq!(
            found,
            [("改革开放".to_string(), 3), ("改善开放".to_string(), 2)]
        );
    }

    #[test]
    fn a_two_character_term_is_offered_no_other_word_one_character_away() {
        // 民主 and 人生 are one character from 民声, and other words.
        let docs = ["民生民生民生民主民主民营", "人生"];
        let found = texts_and_counts(near_misses(docs, "民声", 3));
        assert_eq!(found, [("民生".to_string(), 3)]);
        // Nor a character added at an edge or dropped, or two swapped; one
        // put between the two, a tenth as frequent as the homophone, not.
        let docs = ["就业就业就业就业就业就业就业就业就业就业就业，企业，仍旧企业，工业"];
        assert_eq!(
            texts_and_counts(near_misses(docs, "旧业", 3)),
            [("就业".to_string(), 11)]
        );
        assert_eq!(texts_and_counts(near_misses(docs, "业就", 3)), []);
        // As fuzzy pinyin types it: sen for sheng.
        let docs = ["生态，森林，状态"];
        assert_eq!(
            texts_and_counts(near_misses(docs, "森态", 3)),
            [("生态".to_string(), 1)]
        );
    }

    #[test]
    fn a_two_character_term_is_offered_a_character_put_between_its_two() {
        // 碳达峰 for 碳峰, before the homophone 坛峰 (of 论坛峰会), less
        // frequent; not 碳排 or 峰会 (a character at an edge).
        let docs = ["实现碳达峰，论坛峰会，碳排放，碳达峰"];
        assert_eq!(
            texts_and_counts(near_misses(docs, "碳峰", 3)),
            [("碳达峰".to_string(), 2), ("坛峰".to_string(), 1)]
        );
    }

    #[test]
    fn a_rare_homophone_across_two_words_gives_way_to_the_word_meant() {
        // 现振兴 (of 实现振兴) sounds as 乡振兴 typed; 乡村振兴 is meant.
        let docs = [
            "实现振兴。乡村振兴，乡村振兴，乡村振兴，乡村振兴，乡村振兴，\
             乡村振兴，乡村振兴，乡村振兴，乡村振兴，乡村振兴，乡村振兴",
        ];
        let found = texts_and_counts(near_misses(docs, "乡振兴", 3));
        assert_eq!(
            found.first(),
            Some(&("乡村振兴".to_string(), 11)),
            "{found:?}"
        );
    }

    #[test]
    fn a_homophone_comes_before_what_is_more_frequent_or_keeps_more() {
        // 供给 drops the character typed wrong, and is found by itself;
        // 供给侧 is the word typed with the same keys.
        let docs = ["供给侧改革，供给，供给，扩大供给，供给方"];
        assert_eq!(
            texts_and_counts(near_misses(docs, "供给测", 3)),
            [("供给侧".to_string(), 1), ("供给".to_string(), 5)]
        );
        // Before a character added, which keeps all typed.
        let docs = ["放管服改革。放管理服务。放管理服务"];
        let found = texts_and_counts(near_misses(docs, "放管符", 2));
        assert_eq!(found.first(), Some(&("放管服".to_string(), 1)), "{found:?}");
    }

    #[test]
    fn one_character_or_a_pasted_paragraph_is_not_looked_at() {
        assert!(near_misses(DOCS, "新", 3).is_empty());
        let long = "因地制宜发展新质生产力持续优化营商环境营造良好";
        assert!(near_misses(DOCS, long, 3).is_empty());
    }

    #[test]
    fn the_index_offers_the_reports_own_strings() {
        let corpus = crate::test_support::bundled_corpus();
        let index = crate::search::SearchIndex::new(&corpus.reports);
        let query = crate::search::query::parse_query("营商环境");
        let count: usize = index
            .search(&query)
            .iter()
            .flatten()
            .map(|h| h.total())
            .sum();
        assert!(count > 1, "the seeds speak of 营商环境");
        let found = index.near_misses("营商环竟", 3);
        assert_eq!(
            found.first().map(|m| (m.text.as_str(), m.count)),
            Some(("营商环境", count))
        );
        assert!(index.near_misses("营商环境", 3).is_empty());
    }

    #[test]
    fn another_number_is_no_slip() {
        let docs = ["全年新增就业4000人，投资9400万元，建成400个项目，其中900个在乡镇。十三五规划，十四五规划纲要。统一部署。"];
        let offered = |term: &str| texts_and_counts(near_misses(docs, term, 5));
        assert_eq!(offered("4900"), [], "9400, 400, 900 are other numbers");
        assert_eq!(offered("5000人"), []);
        assert_eq!(
            offered("十五五规划"),
            [],
            "十三五 and 十四五 are other plans"
        );
        // A numeral for another character, or one dropped, is a slip.
        assert_eq!(offered("统以部署"), [("统一部署".to_string(), 1)]);
        assert_eq!(offered("十四规划纲要"), [("十四五规划纲要".to_string(), 1)]);
    }

    #[test]
    fn an_edit_is_exactly_one() {
        let edit = |a: &str, b: &str| {
            let chars = |s: &str| s.chars().collect::<Vec<_>>();
            edit_between(&chars(a), &chars(b))
        };
        assert_eq!(edit("ab", "ba"), Some(Edit::Swapped));
        assert_eq!(edit("ab", "ab"), None);
        assert_eq!(edit("abc", "cba"), None);
        assert_eq!(edit("abc", "ac"), Some(Edit::Dropped));
        assert_eq!(edit("ac", "abc"), Some(Edit::Added));
        assert_eq!(edit("abc", "abd"), Some(Edit::Replaced));
        assert_eq!(edit("abcd", "ad"), None);
    }

    #[test]
    fn what_keeps_every_character_typed_comes_before_what_is_more_frequent() {
        let docs = ["乡村振兴。振兴。振兴。振兴"];
        assert_eq!(
            texts_and_counts(near_misses(docs, "乡振兴", 2)),
            [("乡村振兴".to_string(), 1), ("振兴".to_string(), 4)]
        );
        // A character replaced and one dropped are as likely: the more
        // frequent first.
        let docs = ["高质量发展，高质量发展，高质量新发展"];
        assert_eq!(
            texts_and_counts(near_misses(docs, "高质量量发展", 2)),
            [
                ("高质量发展".to_string(), 2),
                ("高质量新发展".to_string(), 1)
            ]
        );
    }
}
