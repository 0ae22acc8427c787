//! A name typed short, as people say it, that reports write out: an
//! abbreviation takes a character or two of each word of the name, in
//! order (`发改委` for 发展改革委, `市监局` for 市场监管局, `高标农田` for
//! 高标准农田, `人社局` for 人力资源和社会保障局). Where no report holds the
//! short form, the strings of the texts that hold its characters in order,
//! each word's rest between them, are offered beside the list; the texts
//! say which names exist, so no list of abbreviations is needed.

use memchr::memmem;
use rustc_hash::FxHashMap;

use crate::search::near_miss::{NearMiss, OUTWEIGHED};
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
/// Words of grammar a name's rest never holds: a gap through one runs
/// across a phrase (`新的基本建` of 新的基本建设, for 新基建; `人工智能等领域加`).
/// Not 和, which names hold (发展和改革委, 人力资源和社会保障局).
const GRAMMAR_WORDS: [char; 12] = [
    '的', '了', '是', '在', '等', '及', '对', '向', '为', '也', '都', '就',
];

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

/// A name this many times rarer than the term less its last character,
/// offered as a slip, ends on another word's character.
const FAR_RARER: usize = 20;

/// A term's slips and the names its short form stands for written out,
/// at most `limit`: a name keeps a place, and comes first where
/// it is as frequent as the likeliest slip (发展改革委 before 发改革, for
/// 发改委). A slip found mostly inside a name is that name cut short
/// (上工业, for 规上工业); a name ending on a character of another word
/// (应急工作格局, for 应急局) is far rarer than `term` less its last
/// character offered as a slip (应急), and is left out.
pub fn among_slips(
    term: &str,
    mut slips: Vec<NearMiss>,
    names: Vec<NearMiss>,
    limit: usize,
) -> Vec<NearMiss> {
    let stem = term
        .char_indices()
        .next_back()
        .map_or(term, |(at, _)| &term[..at]);
    // A name a slip offers already keeps the slip's place.
    let names: Vec<NearMiss> = names
        .into_iter()
        .filter(|name| {
            !slips.iter().any(|slip| {
                slip.text == name.text
                    || (slip.text == stem && slip.count >= name.count * FAR_RARER)
            })
        })
        .collect();
    slips.retain(|slip| {
        !names.iter().any(|name| {
            name.count * 3 >= slip.count
                && name.text != slip.text
                && name.text.contains(slip.text.as_str())
        })
    });
    slips.truncate(limit.saturating_sub(names.len().min(1)));
    let first_slip = slips.first().map_or(0, |slip| slip.count);
    let mut names = names.into_iter();
    let mut offered = Vec::with_capacity(limit);
    if let Some(name) = names.next() {
        if name.count >= first_slip {
            offered.push(name);
            offered.append(&mut slips);
        } else {
            offered.append(&mut slips);
            offered.push(name);
        }
    } else {
        offered.append(&mut slips);
    }
    offered.extend(names);
    offered.truncate(limit);
    offered
}

/// Where in `text` (opening on the short form's first character) the name
/// it writes out ends: each next character of `chars` within
/// [`LONGEST_GAP`] Chinese characters of the last, the nearest.
fn end_of_the_name(text: &str, chars: &[char]) -> Option<usize> {
    let mut wanted = chars[1..].iter();
    let mut next = wanted.next()?;
    let mut last = chars[0];
    let mut gap = 0;
    for (at, c) in text.char_indices().skip(1) {
        if c == *next {
            match wanted.next() {
                Some(w) => {
                    last = c;
                    next = w;
                    gap = 0;
                }
                None => return Some(at + c.len_utf8()),
            }
        } else if is_han(c) && gap < LONGEST_GAP && c != last && !GRAMMAR_WORDS.contains(&c) {
            // The character just read again: the name starts there, later
            // (提高高标准农田 holds 高标准农田, not 高高标准农田).
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
        // A word of grammar between: a phrase read across.
        assert_eq!(offered(&["新的基本建设项目"], "新基建"), []);
        // The first character again: the name starts on the later one.
        assert_eq!(
            offered(&["提高高标准农田建设"], "高标农田"),
            [("高标准农田".to_string(), 1)]
        );
        // Written short somewhere: no slip to offer.
        assert_eq!(offered(&["发改委；发展改革委"], "发改委"), []);
        // Two characters, letters, or a long paste.
        assert_eq!(offered(&["民营企业"], "民企"), []);
        assert_eq!(offered(&["gdp增长"], "gdp"), []);
    }

    fn miss(text: &str, count: usize) -> NearMiss {
        NearMiss {
            text: text.to_string(),
            count,
        }
    }

    #[test]
    fn names_keep_a_place_among_the_slips() {
        let texts =
            |offered: Vec<NearMiss>| offered.into_iter().map(|m| m.text).collect::<Vec<_>>();
        // As frequent as the likeliest slip: first.
        let slips = vec![miss("发改革", 2), miss("改委", 1), miss("发委", 1)];
        assert_eq!(
            texts(among_slips("发改委", slips, vec![miss("发展改革委", 6)], 3)),
            ["发展改革委", "发改革", "改委"]
        );
        // Rarer: after it, in the last place kept for it.
        let slips = vec![
            miss("城乡低保", 16),
            miss("城乡医疗", 11),
            miss("城乡医", 9),
        ];
        assert_eq!(
            texts(among_slips(
                "城乡医保",
                slips,
                vec![miss("城乡居民基本医保", 6)],
                3
            )),
            ["城乡低保", "城乡医疗", "城乡居民基本医保"]
        );
        // A slip mostly inside the name is the name cut short.
        let slips = vec![miss("上工业", 6), miss("规定工业", 1)];
        assert_eq!(
            texts(among_slips(
                "规上工业",
                slips,
                vec![miss("规模以上工业", 3)],
                3
            )),
            ["规模以上工业", "规定工业"]
        );
        // A name far rarer than the term less its last character ends on
        // another word's (应急工作格局, for 应急局; 乡村全面振兴新局 of
        // 新局面, for 乡村振兴局).
        let slips = vec![miss("应急", 96)];
        assert_eq!(
            texts(among_slips(
                "应急局",
                slips,
                vec![miss("应急工作格局", 1)],
                3
            )),
            ["应急"]
        );
        let slips = vec![miss("乡村振兴", 75)];
        let names = vec![miss("乡村全面振兴新局", 1)];
        assert_eq!(
            texts(among_slips("乡村振兴局", slips, names, 3)),
            ["乡村振兴"]
        );
        // A name the slips offer already keeps the slip's place.
        let slips = vec![miss("乡村振兴", 24), miss("振兴", 142), miss("现振兴", 2)];
        let names = vec![miss("乡村振兴", 24), miss("乡村全面振兴", 8)];
        assert_eq!(
            texts(among_slips("乡振兴", slips, names, 3)),
            ["乡村振兴", "振兴", "乡村全面振兴"]
        );
        // No name: the slips as they were.
        let slips = vec![miss("营商环境", 3)];
        assert_eq!(
            texts(among_slips("营商环竟", slips, Vec::new(), 3)),
            ["营商环境"]
        );
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
