//! A term typed by its initials with the input method off, as input
//! methods let people type a word (`xczx` for 乡村振兴, `yshj` for
//! 营商环境): the strings of the texts whose characters each read, on
//! their common reading, as opening with its letter, the most written
//! first. Asked where the letters cannot be read as syllables at all
//! ([`super::typed_in_pinyin`]). Three letters fit too many strings
//! (`dsj`: 的时间 before 大数据), so a word of four characters or more.

use memchr::memmem;
use rustc_hash::FxHashMap;

use crate::search::near_miss::NearMiss;
use crate::sorting;
use crate::text::pinyin::commonly_reads_opening_with;

/// Fewer initials match too many strings to offer one.
const FEWEST_INITIALS: usize = 4;
/// A string written once is as likely chance as the word meant.
const FEWEST_TIMES: usize = 2;
/// More letters are no word typed by its initials.
const MOST_INITIALS: usize = 8;
/// A string offered is written at least this share of the most written
/// one's times (one in four).
const RARER_BY_AT_MOST: usize = 4;

/// Whether the folded `term` may be a word typed by its initials: four to
/// eight letters a–z, none that opens no syllable (`i`, `u`, `v`), and at
/// most one of the vowels that open a syllable alone (`a`, `e`, `o`, as in
/// 安, 二, 欧): most English words (`tesla`, `covid`) are none.
pub fn may_be_initials(term: &str) -> bool {
    let letters = term.len();
    (FEWEST_INITIALS..=MOST_INITIALS).contains(&letters)
        && term
            .bytes()
            .all(|b| b.is_ascii_lowercase() && !matches!(b, b'i' | b'u' | b'v'))
        && term
            .bytes()
            .filter(|b| matches!(b, b'a' | b'e' | b'o'))
            .count()
            <= 1
}

/// The strings of `documents` (folded texts) whose characters read, one by
/// one, as opening with the folded `term`'s letters, at most `limit`, the
/// most frequent first. Empty when the term may be no initials
/// ([`may_be_initials`]) or occurs as it is (a code the texts hold).
pub fn read_as_initials<'a>(
    documents: impl IntoIterator<Item = &'a str> + Clone,
    term: &str,
    limit: usize,
) -> Vec<NearMiss> {
    if !may_be_initials(term) {
        return Vec::new();
    }
    let finder = memmem::Finder::new(term);
    if documents
        .clone()
        .into_iter()
        .any(|d| finder.find(d.as_bytes()).is_some())
    {
        return Vec::new();
    }
    let opens: Vec<_> = term.bytes().map(commonly_reads_opening_with).collect();
    let mut found: FxHashMap<&str, usize> = FxHashMap::default();
    for document in documents {
        for (at, c) in document.char_indices() {
            if !opens[0](c) {
                continue;
            }
            let mut end = at + c.len_utf8();
            let mut rest = document[end..].chars();
            let read_whole = opens[1..].iter().all(|opens| {
                let next = rest.next();
                end += next.map_or(0, char::len_utf8);
                next.is_some_and(opens)
            });
            if read_whole {
                *found.entry(&document[at..end]).or_insert(0) += 1;
            }
        }
    }
    let mut read: Vec<NearMiss> = found
        .into_iter()
        .map(|(text, count)| NearMiss {
            text: text.to_string(),
            count,
        })
        .collect();
    sorting::sort_by(&mut read, |a, b| {
        b.count.cmp(&a.count).then_with(|| a.text.cmp(&b.text))
    });
    // Initials fit many strings that run across words (业上海均 for yshj);
    // a word typed so is the one written far more often than those.
    let most = read.first().map_or(0, |m| m.count);
    read.retain(|m| m.count >= FEWEST_TIMES && m.count * RARER_BY_AT_MOST >= most);
    read.truncate(limit);
    read
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::near_miss::texts_and_counts;

    fn offered(documents: &[&str], term: &str) -> Vec<(String, usize)> {
        texts_and_counts(read_as_initials(documents.iter().copied(), term, 3))
    }

    const DOCS: [&str; 2] = [
        "全面推进乡村振兴，持续优化营商环境。乡村振兴取得新进展。",
        "某某县打造一流营商环境，推进新型城镇化。",
    ];

    #[test]
    fn reads_a_word_typed_by_its_initials() {
        assert_eq!(offered(&DOCS, "xczx"), [("乡村振兴".to_string(), 2)]);
        assert_eq!(offered(&DOCS, "yshj"), [("营商环境".to_string(), 2)]);
        // zh, ch and sh are typed by their first letter: 振 (zhen), 城 (cheng).
        let docs = ["推进新型城镇化。新型城镇化"];
        assert_eq!(offered(&docs, "xxczh"), [("新型城镇化".to_string(), 2)]);
    }

    #[test]
    fn the_most_written_string_comes_first() {
        let docs = ["新区建设，新区建设，新区建设，小区建设，小区建设，兴趣小组"];
        let read = offered(&docs, "xqjs");
        assert_eq!(
            read,
            [("新区建设".to_string(), 3), ("小区建设".to_string(), 2)]
        );
        // Written once, a string is as likely chance.
        assert_eq!(offered(&["新区建设"], "xqjs"), []);
        // A string written far less often than the first is not offered.
        let docs = [&"营商环境，".repeat(5), "业上海均"].map(|d| d.to_string());
        let docs: Vec<&str> = docs.iter().map(String::as_str).collect();
        assert_eq!(offered(&docs, "yshj"), [("营商环境".to_string(), 5)]);
    }

    #[test]
    fn english_words_codes_and_what_the_texts_hold_are_not_read() {
        for term in ["tesla", "kpi", "xi", "xcz", "dsj", "abcdefghj", "xczx1"] {
            assert!(!may_be_initials(term), "{term}");
        }
        // The texts hold the letters themselves: a code, not initials.
        let docs = ["品牌评价，品牌评价，pppp项目"];
        assert!(offered(&docs, "pppp").is_empty());
        assert_eq!(
            offered(&["品牌评价，品牌评价"], "pppj"),
            [("品牌评价".to_string(), 2)]
        );
        assert!(offered(&DOCS, "qqqq").is_empty(), "no string reads so");
        // A rare reading is not read: 区 reads ou only as a surname.
        assert!(offered(&["新区建设，新区建设"], "xojs").is_empty());
    }
}
