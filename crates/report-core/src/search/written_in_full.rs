//! A name typed short, as people say it, that reports write out: an
//! abbreviation takes a character or two of each word of the name, in
//! order (`发改委` for 发展改革委, `市监局` for 市场监管局, `高标农田` for
//! 高标准农田, `人社局` for 人力资源和社会保障局). Where no report holds the
//! short form, the strings of the texts that hold its characters in order,
//! each word's rest between them, are offered beside the list; the texts
//! say which names exist, so no list of abbreviations is needed.

use memchr::memmem;
use rustc_hash::FxHashMap;

use crate::search::near_miss::NearMiss;
use crate::sorting;
use crate::text::fold::is_han;

/// Fewest characters of a short form: two characters read this way are
/// most often the edges of any phrase (`民企` in 人民群众办事和企业).
const SHORTEST: usize = 3;
/// Most: a short form is a few words' first characters.
const LONGEST: usize = 8;
/// Most characters between two of the short form's: the rest of a word
/// (`力资源和` of 人力资源和社会保障局).
const LONGEST_GAP: usize = 4;
/// A string this many times rarer than the likeliest one is not offered:
/// one of a phrase's own words read across others.
const OUTWEIGHED: usize = 10;

/// The strings of `documents` (folded texts) that write the folded `term`
/// out: from its first character to its last, its characters in order,
/// at most [`LONGEST_GAP`] Chinese characters between two, no mark or
/// space. The most frequent first, at most `limit`; empty where the term
/// is not a short form of Chinese characters or occurs as typed.
pub fn written_in_full<'a>(
    documents: impl IntoIterator<Item = &'a str>,
    term: &str,
    limit: usize,
) -> Vec<NearMiss> {
    let chars: Vec<char> = term.chars().collect();
    if !(SHORTEST..=LONGEST).contains(&chars.len()) || !chars.iter().all(|&c| is_han(c)) {
        return Vec::new();
    }
    let mut first = [0; 4];
    let finder = memmem::Finder::new(chars[0].encode_utf8(&mut first).as_bytes());
    let mut found: FxHashMap<&str, usize> = FxHashMap::default();
    for document in documents {
        for start in finder.find_iter(document.as_bytes()) {
            if let Some(end) = end_of_the_name(&document[start..], &chars) {
                *found.entry(&document[start..start + end]).or_default() += 1;
            }
        }
    }
    if found.contains_key(term) {
        return Vec::new();
    }
    let most = found.values().copied().max().unwrap_or(0);
    let mut names: Vec<NearMiss> = found
        .into_iter()
        .filter(|&(_, count)| count * OUTWEIGHED >= most)
        .map(|(text, count)| NearMiss {
            text: text.to_string(),
            count,
        })
        .collect();
    sorting::sort_by(&mut names, |a, b| {
        b.count.cmp(&a.count).then_with(|| a.text.cmp(&b.text))
    });
    names.truncate(limit);
    names
}

/// Where in `text` (opening on the short form's first character) the name
/// it writes out ends: each next character of `chars` within
/// [`LONGEST_GAP`] Chinese characters of the last, the nearest.
fn end_of_the_name(text: &str, chars: &[char]) -> Option<usize> {
    let mut wanted = chars[1..].iter();
    let mut next = wanted.next()?;
    let mut gap = 0;
    for (at, c) in text.char_indices().skip(1) {
        if c == *next {
            match wanted.next() {
                Some(w) => {
                    next = w;
                    gap = 0;
                }
                None => return Some(at + c.len_utf8()),
            }
        } else if is_han(c) && gap < LONGEST_GAP {
            gap += 1;
        } else {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::near_miss::texts_and_counts;

    fn offered(documents: &[&str], term: &str) -> Vec<(String, usize)> {
        texts_and_counts(written_in_full(documents.iter().copied(), term, 3))
    }

    #[test]
    fn a_short_form_is_offered_the_names_reports_write_out() {
        let documents = [
            "市发展改革委牵头，发展改革委会同市场监管局，建成高标准农田5万亩。",
            "区人力资源和社会保障局、发展和改革委员会",
        ];
        assert_eq!(
            offered(&documents, "发改委"),
            [
                ("发展改革委".to_string(), 2),
                ("发展和改革委".to_string(), 1)
            ]
        );
        assert_eq!(
            offered(&documents, "市监局"),
            [("市场监管局".to_string(), 1)]
        );
        assert_eq!(
            offered(&documents, "高标农田"),
            [("高标准农田".to_string(), 1)]
        );
        assert_eq!(
            offered(&documents, "人社局"),
            [("人力资源和社会保障局".to_string(), 1)]
        );
    }

    #[test]
    fn nothing_across_marks_far_gaps_or_where_the_form_is_written() {
        // A comma between, or a word's rest longer than a word's.
        assert_eq!(offered(&["发展，改革委员会"], "发改委"), []);
        assert_eq!(offered(&["发展经济社会文化改革委"], "发改委"), []);
        // Written short somewhere: no slip to offer.
        assert_eq!(offered(&["发改委；发展改革委"], "发改委"), []);
        // Two characters, letters, or a long paste.
        assert_eq!(offered(&["民营企业"], "民企"), []);
        assert_eq!(offered(&["gdp增长"], "gdp"), []);
    }

    #[test]
    fn a_rare_reading_beside_a_frequent_one_is_not_offered() {
        let mut text = "发展改革委。".repeat(12);
        text.push_str("发挥改革牵头委");
        assert_eq!(
            offered(&[text.as_str()], "发改委"),
            [("发展改革委".to_string(), 12)]
        );
    }
}
