//! What a term typed in pinyin with the input method off meant: the strings
//! of the texts whose characters read as its letters (`yingshanghuanjing`
//! → 营商环境, `chongqing` → 重庆), offered where no report holds the
//! letters themselves. The texts say which strings exist, as for the
//! near misses; the table of readings says how each character sounds.

use memchr::memmem;
use rustc_hash::FxHashMap;

use crate::search::near_miss::NearMiss;
use crate::sorting;
use crate::text::pinyin::{readings, reads_as_any, syllables_opening, Syllable};

/// Fewer syllables than this have too many readings to offer one: `xian`
/// is 县, 线, 先 and more.
const FEWEST_SYLLABLES: usize = 2;
/// More letters are not one word typed.
const MOST_LETTERS: usize = 48;

/// Whether the folded `term` may be pinyin typed with the input method
/// off: letters a–z (ü too) and the apostrophes an input method or a
/// phone's keyboard puts between syllables (`xi'an`, `xi’an`). Cheap, and
/// reads no table: the page asks it before it fetches the reader.
pub fn may_be_pinyin(term: &str) -> bool {
    term.chars().any(|c| c.is_ascii_lowercase())
        && term
            .chars()
            .all(|c| c.is_ascii_lowercase() || matches!(c, 'ü' | '\'' | '’'))
}

/// The term's letters and which syllables may start where.
struct Spelling {
    letters: Vec<u8>,
    /// For each letter position, the syllables that start there (and do
    /// not run over an apostrophe typed between syllables), with the
    /// position after each.
    opening: Vec<Vec<(Syllable, usize)>>,
}

impl Spelling {
    /// `term` (folded: lower case) as pinyin: letters a–z, `'` between
    /// syllables, ü (or v) for ü; `None` when it is anything else or cannot
    /// be read whole as at least [`FEWEST_SYLLABLES`] syllables.
    fn of(term: &str) -> Option<Spelling> {
        if !may_be_pinyin(term) {
            return None;
        }
        let mut letters = Vec::new();
        let mut breaks = Vec::new();
        for c in term.chars() {
            match c {
                'ü' => letters.push(b'v'),
                '\'' | '’' => {
                    if !letters.is_empty() {
                        breaks.push(letters.len());
                    }
                }
                _ => letters.push(c as u8),
            }
        }
        if letters.len() > MOST_LETTERS {
            return None;
        }
        let opening: Vec<Vec<(Syllable, usize)>> = (0..letters.len())
            .map(|at| {
                let next_break = breaks.iter().copied().find(|&b| b > at);
                syllables_opening(&letters[at..])
                    .map(|(syllable, len)| (syllable, at + len))
                    .filter(|&(_, end)| next_break.is_none_or(|b| end <= b))
                    .collect()
            })
            .collect();
        let spelling = Spelling { letters, opening };
        (spelling.most_syllables_reading_whole() >= Some(FEWEST_SYLLABLES)).then_some(spelling)
    }

    /// The most syllables the letters can be read whole as, if they can.
    fn most_syllables_reading_whole(&self) -> Option<usize> {
        let len = self.letters.len();
        let mut most: Vec<Option<usize>> = vec![None; len + 1];
        most[len] = Some(0);
        for at in (0..len).rev() {
            most[at] = self.opening[at]
                .iter()
                .filter_map(|&(_, end)| most[end].map(|n| n + 1))
                .max();
        }
        most[0].filter(|_| len > 0)
    }

    /// How many characters from the start of `text` read as the letters
    /// whole, each reading of each character tried, the most common first;
    /// and whether each character read on its most common reading.
    fn read_from(&self, text: &str) -> Option<(usize, bool)> {
        fn go(
            spelling: &Spelling,
            mut chars: std::str::Chars,
            at: usize,
            read: (usize, bool),
        ) -> Option<(usize, bool)> {
            if at == spelling.letters.len() {
                return Some(read);
            }
            let c = chars.next()?;
            readings(c).iter().enumerate().find_map(|(nth, syllable)| {
                spelling.opening[at]
                    .iter()
                    .filter(|(s, _)| s == syllable)
                    .find_map(|&(_, end)| {
                        go(
                            spelling,
                            chars.clone(),
                            end,
                            (read.0 + 1, read.1 && nth == 0),
                        )
                    })
            })
        }
        go(self, text.chars(), 0, (0, true))
    }
}

/// The strings of `documents` (folded texts) whose characters read as the
/// folded `term` in pinyin, at most `limit`: those read on their
/// characters' common readings first, then the rest, each most frequent
/// first. Empty when
/// the term is not pinyin of two syllables or more, or occurs as it is (an
/// English word or code the texts hold is no slip).
pub fn read_as_pinyin<'a>(
    documents: impl IntoIterator<Item = &'a str> + Clone,
    term: &str,
    limit: usize,
) -> Vec<NearMiss> {
    let Some(spelling) = Spelling::of(term) else {
        return Vec::new();
    };
    let finder = memmem::Finder::new(term);
    if documents
        .clone()
        .into_iter()
        .any(|d| finder.find(d.as_bytes()).is_some())
    {
        return Vec::new();
    }
    let first: Vec<Syllable> = spelling.opening[0].iter().map(|&(s, _)| s).collect();
    let opens = reads_as_any(&first);
    // Each string read, how often, and whether on common readings alone.
    let mut found: FxHashMap<&str, (usize, bool)> = FxHashMap::default();
    for document in documents {
        for (at, c) in document.char_indices() {
            if !opens(c) {
                continue;
            }
            let rest = &document[at..];
            let Some((read, common)) = spelling.read_from(rest) else {
                continue;
            };
            if read >= FEWEST_SYLLABLES {
                let end = rest.char_indices().nth(read).map_or(rest.len(), |(i, _)| i);
                let entry = found.entry(&rest[..end]).or_insert((0, common));
                entry.0 += 1;
            }
        }
    }
    let mut read: Vec<(bool, NearMiss)> = found
        .into_iter()
        .map(|(text, (count, common))| {
            let text = text.to_string();
            (common, NearMiss { text, count })
        })
        .collect();
    // Strings read on their characters' common readings come first (实验
    // for shiyan before 市广, where 广 reads yan only in old dictionaries),
    // each most frequent first.
    sorting::sort_by(&mut read, |(common_a, a), (common_b, b)| {
        common_b
            .cmp(common_a)
            .then_with(|| b.count.cmp(&a.count))
            .then_with(|| a.text.cmp(&b.text))
    });
    let mut misses: Vec<NearMiss> = read.into_iter().map(|(_, miss)| miss).collect();
    misses.truncate(limit);
    misses
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offered(documents: &[&str], term: &str) -> Vec<(String, usize)> {
        read_as_pinyin(documents.iter().copied(), term, 3)
            .into_iter()
            .map(|m| (m.text, m.count))
            .collect()
    }

    const DOCS: [&str; 2] = [
        "持续优化营商环境，营造良好氛围。\n重庆市某某区",
        "打造一流营商环境\n推动成渝地区双城经济圈建设，重庆与成都",
    ];

    #[test]
    fn reads_pinyin_typed_without_the_input_method() {
        assert_eq!(
            offered(&DOCS, "yingshanghuanjing"),
            [("营商环境".to_string(), 2)]
        );
        assert_eq!(
            offered(&DOCS, "ying'shang'huan'jing"),
            [("营商环境".to_string(), 2)]
        );
    }

    #[test]
    fn reads_every_reading_of_a_heteronym() {
        assert_eq!(offered(&DOCS, "chongqing"), [("重庆".to_string(), 2)]);
    }

    #[test]
    fn an_apostrophe_parts_syllables() {
        // xi'an is 西安 (two syllables), never 先 or 县 (one).
        let docs = ["西安市与某某县先行"];
        assert_eq!(offered(&docs, "xi'an"), [("西安".to_string(), 1)]);
        assert!(offered(&docs, "xian")
            .iter()
            .all(|(t, _)| t.chars().count() >= 2));
    }

    #[test]
    fn tells_letters_that_may_be_pinyin_before_any_reading() {
        for term in ["yingshang", "xi'an", "xi’an", "lüse"] {
            assert!(may_be_pinyin(term), "{term}");
        }
        for term in ["营商", "gdp2", "'", "", "5g"] {
            assert!(!may_be_pinyin(term), "{term}");
        }
    }

    #[test]
    fn offers_nothing_for_what_is_not_pinyin_or_is_there() {
        let docs = ["GDP增长5%，ppp项目，营商环境"];
        assert!(offered(&docs, "gdp").is_empty(), "not pinyin");
        assert!(offered(&docs, "ying").is_empty(), "one syllable");
        // ying is no yi'ng: 嗯 (n, ng) is read with no syllable of its own.
        assert!(offered(&["一嗯，衣嗯"], "ying").is_empty(), "one syllable");
        assert!(
            offered(&["一嗯，衣嗯"], "yin'g").is_empty(),
            "no syllable g"
        );
        assert!(offered(&docs, "营商环境").is_empty());
        assert!(offered(&docs, "yingshang2").is_empty());
        assert!(
            offered(&["yingshang 营商"], "yingshang").is_empty(),
            "the letters are there"
        );
        assert!(offered(&docs, "").is_empty());
    }

    #[test]
    fn common_readings_come_before_rare_ones() {
        // 广 reads yan in old dictionaries; 重 reads chong less often than
        // zhong, but 重庆 has no other reading.
        let docs = ["市广场，市广场，实验室", "重庆"];
        assert_eq!(offered(&docs, "shiyan")[0].0, "实验");
        assert_eq!(offered(&docs, "chongqing"), [("重庆".to_string(), 1)]);
    }

    #[test]
    fn the_most_frequent_reading_comes_first() {
        let docs = ["试验区，实验室，实验中学，十堰市"];
        assert_eq!(
            offered(&docs, "shiyan"),
            [
                ("实验".to_string(), 2),
                ("十堰".to_string(), 1),
                ("试验".to_string(), 1)
            ]
        );
    }
}
