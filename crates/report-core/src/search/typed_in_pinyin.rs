//! What a term typed in pinyin with the input method off meant: the strings
//! of the texts whose characters read as its letters (`yingshanghuanjing`
//! → 营商环境, `chongqing` → 重庆), offered where no report holds the
//! letters themselves; and letters an input method committed as typed
//! between characters it wrote (`营商huanjing` → 营商环境). The texts say
//! which strings exist, as for the near misses; the table of readings says
//! how each character sounds.

use memchr::memmem;
use rustc_hash::FxHashMap;

use crate::search::near_miss::NearMiss;
use crate::search::query::runs_of_plain_words;
use crate::search::typed_initials::read_as_initials;
use crate::sorting;
use crate::text::fold::{fold_for_search, is_han};
use crate::text::pinyin::{readings, reads_as_any, syllables_opening, Syllable};

/// Fewer syllables than this have too many readings to offer one: `xian`
/// is 县, 线, 先 and more.
const FEWEST_SYLLABLES: usize = 2;
/// More letters are not one word typed.
const MOST_LETTERS: usize = 48;

/// Whether the folded `term` may be pinyin typed with the input method
/// off: letters a–z (ü too), vowels with their tone marked (`jiùyè`, as
/// dictionaries and textbooks write pinyin), and what parts syllables:
/// the apostrophes an input method or a phone's keyboard puts between
/// them (`xi'an`, `xi’an`) and a tone's number after a syllable's last
/// letter (`jiu4ye4`). Cheap, and reads no table: the page asks it before
/// it fetches the reader.
pub fn may_be_pinyin(term: &str) -> bool {
    let mut previous = None;
    let mut letters = 0;
    for c in term.chars() {
        match pinyin_typed(c) {
            Some(Typed::Letter(letter)) => {
                letters += 1;
                previous = Some(letter);
            }
            Some(Typed::ToneNumber) if previous.is_some_and(ends_syllable) => previous = None,
            Some(Typed::Apostrophe) => previous = None,
            Some(Typed::ToneMark) if previous.is_some() => {}
            _ => return false,
        }
    }
    letters > 0
}

/// What a character typed as pinyin is.
enum Typed {
    /// A letter, `v` for ü, a tone-marked vowel as its vowel.
    Letter(u8),
    /// `'` or `’` between syllables.
    Apostrophe,
    /// A tone's number, 1 to 5 (5 the neutral tone).
    ToneNumber,
    /// A tone's mark set apart after its vowel (combining accents, as
    /// text copied from some pages has them).
    ToneMark,
}

fn pinyin_typed(c: char) -> Option<Typed> {
    // Folding lowers ASCII only: textbooks capitalise names (`Àomén`).
    // Written out, not `char::to_lowercase`, whose tables the page would
    // carry (9 KB gzip).
    let letter = match c {
        'a'..='z' => c as u8,
        'ü' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' | 'Ü' | 'Ǖ' | 'Ǘ' | 'Ǚ' | 'Ǜ' => b'v',
        'ā' | 'á' | 'ǎ' | 'à' | 'Ā' | 'Á' | 'Ǎ' | 'À' => b'a',
        'ē' | 'é' | 'ě' | 'è' | 'Ē' | 'É' | 'Ě' | 'È' => b'e',
        'ī' | 'í' | 'ǐ' | 'ì' | 'Ī' | 'Í' | 'Ǐ' | 'Ì' => b'i',
        'ō' | 'ó' | 'ǒ' | 'ò' | 'Ō' | 'Ó' | 'Ǒ' | 'Ò' => b'o',
        'ū' | 'ú' | 'ǔ' | 'ù' | 'Ū' | 'Ú' | 'Ǔ' | 'Ù' => b'u',
        'ń' | 'ň' | 'ǹ' | 'Ń' | 'Ň' | 'Ǹ' => b'n',
        '\'' | '’' => return Some(Typed::Apostrophe),
        '1'..='5' => return Some(Typed::ToneNumber),
        '\u{0300}' | '\u{0301}' | '\u{0304}' | '\u{030C}' => return Some(Typed::ToneMark),
        _ => return None,
    };
    Some(Typed::Letter(letter))
}

/// Whether a syllable may end on `letter` (a vowel, n, ng, er): where a
/// tone's number may follow; after any other (`gdp2`, `mp3`) a figure is
/// part of a code.
fn ends_syllable(letter: u8) -> bool {
    matches!(
        letter,
        b'a' | b'e' | b'i' | b'o' | b'u' | b'v' | b'n' | b'g' | b'r'
    )
}

/// The folded `term`'s letters alone, tones and syllables' partings
/// dropped (`xi'an` → xian, `jiù4` → jiu): what initials are read from.
fn letters_of(term: &str) -> String {
    term.chars()
        .filter_map(|c| match pinyin_typed(c) {
            Some(Typed::Letter(letter)) => Some(letter as char),
            _ => None,
        })
        .collect()
}

/// A term whose letters may be pinyin: letters alone, or letters an input
/// method committed as typed before or after characters it wrote
/// (`营商huanjing`, `yingshang环境`, `营商huan境`). What the page asks
/// before it fetches the reader.
pub fn may_be_typed_in_pinyin(term: &str) -> bool {
    TypedTerm::of(term).is_some()
}

/// A term's characters before its letters, the letters, and the
/// characters after them (both empty for letters alone).
struct TypedTerm<'a> {
    before: &'a str,
    letters: &'a str,
    after: &'a str,
}

impl<'a> TypedTerm<'a> {
    fn of(term: &'a str) -> Option<TypedTerm<'a>> {
        let start = term.find(|c: char| !is_han(c))?;
        let (last, c) = term.char_indices().rev().find(|&(_, c)| !is_han(c))?;
        let end = last + c.len_utf8();
        let typed = TypedTerm {
            before: &term[..start],
            letters: &term[start..end],
            after: &term[end..],
        };
        may_be_pinyin(typed.letters).then_some(typed)
    }

    /// Syllables a reading needs: characters around the letters anchor
    /// one; letters alone need [`FEWEST_SYLLABLES`].
    fn fewest_syllables(&self) -> usize {
        if self.before.is_empty() && self.after.is_empty() {
            FEWEST_SYLLABLES
        } else {
            1
        }
    }
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
    /// `term` (folded: lower case) as pinyin: letters a–z, ü (or v) for ü,
    /// tones marked or numbered, `'` between syllables; `None` when it is
    /// anything else or cannot be read whole as at least `fewest`
    /// syllables.
    fn of(term: &str, fewest: usize) -> Option<Spelling> {
        if !may_be_pinyin(term) {
            return None;
        }
        let mut letters = Vec::new();
        let mut breaks = Vec::new();
        for c in term.chars() {
            match pinyin_typed(c) {
                Some(Typed::Letter(letter)) => letters.push(letter),
                Some(Typed::ToneMark) => {}
                _ if letters.is_empty() => {}
                _ => breaks.push(letters.len()),
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
        (spelling.most_syllables_reading_whole() >= Some(fewest)).then_some(spelling)
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
/// first. A term of letters between characters (`营商huanjing`) is read as
/// the strings that hold those characters around characters reading as
/// the letters. Empty when the term is not pinyin of two syllables or more
/// (one, with characters around it), or occurs as it is (an English word
/// or code the texts hold is no slip).
pub fn read_as_pinyin<'a>(
    documents: impl IntoIterator<Item = &'a str> + Clone,
    term: &str,
    limit: usize,
) -> Vec<NearMiss> {
    let Some(typed) = TypedTerm::of(term) else {
        return Vec::new();
    };
    let fewest = typed.fewest_syllables();
    let Some(spelling) = Spelling::of(typed.letters, fewest) else {
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
            if !opens(c) || !document[..at].ends_with(typed.before) {
                continue;
            }
            let rest = &document[at..];
            let Some((read, common)) = spelling.read_from(rest) else {
                continue;
            };
            let end = rest.char_indices().nth(read).map_or(rest.len(), |(i, _)| i);
            if read >= fewest && rest[end..].starts_with(typed.after) {
                let string = &document[at - typed.before.len()..at + end + typed.after.len()];
                let entry = found.entry(string).or_insert((0, common));
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

/// What a query's letters read as in pinyin, word by word as typed
/// (`input`, the query's text), each with the strings offered for it, at
/// most `limit`. Words of letters typed next to each other (`ying shang
/// huan jing`: the syllables spaced apart, as some people type them;
/// `shi shi fang an`, a syllable typed twice) are read as one first,
/// parted where the spaces were, and offered as one; a run that reads as
/// nothing is read word by word. A word of other characters, an excluded
/// or quoted one or an alternative (`a | b`) ends a run
/// ([`runs_of_plain_words`]). Letters that cannot be read as syllables at
/// all are read as a word's initials (`xczx` → 乡村振兴,
/// [`read_as_initials`]).
pub fn pinyin_offers<'a>(
    documents: impl IntoIterator<Item = &'a str> + Clone,
    input: &str,
    limit: usize,
) -> Vec<(String, Vec<NearMiss>)> {
    let mut offers: Vec<(String, Vec<NearMiss>)> = Vec::new();
    let mut offer = |typed: String, folded: &str| {
        if offers.iter().any(|(t, _)| *t == typed) {
            return true;
        }
        let mut read = read_as_pinyin(documents.clone(), folded, limit);
        // One syllable (`zheng`) is too few to read, not initials; initials
        // typed apart (`xc zx`) are one word's; letters beside characters
        // (`营商hjbh`) are read as pinyin only.
        if read.is_empty() && may_be_pinyin(folded) && Spelling::of(folded, 1).is_none() {
            read = read_as_initials(documents.clone(), &letters_of(folded), limit);
        }
        let found = !read.is_empty();
        if found {
            offers.push((typed, read));
        }
        found
    };
    for words in runs_of_plain_words(input) {
        let words: Vec<(String, String)> = words
            .into_iter()
            .map(|w| {
                let folded = fold_for_search(&w);
                (w, folded)
            })
            .collect();
        // Letters committed between characters: a word of its own.
        for (typed, folded) in &words {
            if !may_be_pinyin(folded) && may_be_typed_in_pinyin(folded) {
                offer(typed.clone(), folded);
            }
        }
        for run in words.split(|(_, folded)| !may_be_pinyin(folded)) {
            let typed: Vec<&str> = run.iter().map(|(w, _)| w.as_str()).collect();
            let folded: Vec<&str> = run.iter().map(|(_, f)| f.as_str()).collect();
            if run.len() >= 2 && offer(typed.join(" "), &folded.join("'")) {
                continue;
            }
            for (typed, folded) in run {
                offer(typed.clone(), folded);
            }
        }
    }
    offers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_are_read_only_where_letters_are_no_syllables() {
        let docs = ["乡村振兴，乡村振兴。中华儿女共同奋斗，中华儿女共同奋斗"];
        let offers = |input: &str| pinyin_offers(docs.iter().copied(), input, 3);
        assert_eq!(offers("xczx")[0].1[0].text, "乡村振兴");
        // zheng is one syllable, too few to read; not z-h-e-n-g initials.
        assert!(offers("zheng").is_empty(), "{:?}", offers("zheng"));
        // Initials typed apart are one word's, offered for what was typed.
        let apart = offers("xc zx");
        assert_eq!(apart.len(), 1, "{apart:?}");
        assert_eq!(
            (apart[0].0.as_str(), apart[0].1[0].text.as_str()),
            ("xc zx", "乡村振兴")
        );
        // Too few letters apart as together.
        assert!(offers("xc z").is_empty());
        // Letters beside characters are pinyin or nothing: the characters
        // are not dropped for initials.
        assert!(offers("营商xczx").is_empty(), "{:?}", offers("营商xczx"));
    }

    #[test]
    fn tones_marked_or_numbered_read_as_the_syllables() {
        let docs = ["促进就业，稳定就业。西安市绿色发展"];
        for typed in ["jiùyè", "jiu4ye4", "jiu4 ye4", "jiù yè", "jiu4ye"] {
            let read = offers(&docs, typed);
            assert_eq!(read.len(), 1, "{typed}: {read:?}");
            assert_eq!(read[0].1, ["就业"], "{typed}");
        }
        assert_eq!(offers(&docs, "lǜsè")[0].1, ["绿色"]);
        assert_eq!(offers(&docs, "xī'ān")[0].1, ["西安"]);
        // Capitalised as names are (folding lowers ASCII only), and marks
        // set apart after their vowels.
        assert_eq!(offers(&docs, "Xī'Ān")[0].1, ["西安"]);
        assert_eq!(offers(&docs, "jiu\u{300}ye\u{300}")[0].1, ["就业"]);
        // A tone's number parts syllables as an apostrophe does: xi1an1 is
        // 西安, never 县.
        assert_eq!(offers(&["西安市与某某县"], "xi1an1")[0].1, ["西安"]);
    }

    #[test]
    fn a_figure_after_no_syllable_is_part_of_a_code() {
        for term in ["jiùyè", "jiu4ye4", "lǜse4", "xi'an1", "ma5"] {
            assert!(may_be_pinyin(term), "{term}");
        }
        for term in ["gdp2", "mp3", "5g", "4ye", "jiu44", "g20", "a-b"] {
            assert!(!may_be_pinyin(term), "{term}");
        }
    }

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
        // No tone is numbered 0 or 25: a code.
        assert!(offered(&docs, "yingshang0").is_empty());
        assert!(offered(&docs, "yingshang25").is_empty());
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

    fn offers(documents: &[&str], typed: &str) -> Vec<(String, Vec<String>)> {
        pinyin_offers(documents.iter().copied(), typed, 3)
            .into_iter()
            .map(|(typed, read)| (typed, read.into_iter().map(|m| m.text).collect()))
            .collect()
    }

    fn one(typed: &str, word: &str) -> Vec<(String, Vec<String>)> {
        vec![(typed.to_string(), vec![word.to_string()])]
    }

    #[test]
    fn syllables_typed_apart_are_read_as_one_word() {
        let offered = |typed| offers(&DOCS, typed);
        assert_eq!(
            offered("ying shang huan jing"),
            one("ying shang huan jing", "营商环境")
        );
        // However spaced, in full width too.
        assert_eq!(
            offered("ying  shang\u{3000}huan jing"),
            one("ying shang huan jing", "营商环境")
        );
        assert_eq!(
            offered("yingshang huanjing"),
            one("yingshang huanjing", "营商环境")
        );
        // Parted where the spaces were: xi an is 西安, never 县.
        assert_eq!(offers(&["西安市与某某县"], "xi an"), one("xi an", "西安"));
        // A run that reads as nothing whole is read term by term.
        assert_eq!(
            offers(&["营商氛围", "某某县环境"], "yingshang huanjing"),
            vec![
                ("yingshang".to_string(), vec!["营商".to_string()]),
                ("huanjing".to_string(), vec!["环境".to_string()])
            ]
        );
    }

    #[test]
    fn characters_alternatives_and_exclusions_end_a_run() {
        let offered = |typed| offers(&DOCS, typed);
        // Characters between: each side alone (one syllable reads as nothing).
        assert!(offered("ying 营商 shang").is_empty());
        assert_eq!(offered("营商 chong qing"), one("chong qing", "重庆"));
        // Alternatives are not one word typed apart.
        assert!(offered("chong | qing").is_empty());
        assert_eq!(
            offered("chongqing | yingshang"),
            vec![
                ("chongqing".to_string(), vec!["重庆".to_string()]),
                ("yingshang".to_string(), vec!["营商".to_string()])
            ]
        );
        assert!(offered("-chong qing").is_empty());
        // A quoted word is a term of its own.
        assert!(offered("\"ying\" shang").is_empty());
        assert_eq!(offered("chong -qing chong qing"), one("chong qing", "重庆"));
    }

    #[test]
    fn letters_committed_between_characters_are_read_with_them() {
        assert_eq!(
            offered(&DOCS, "营商huanjing"),
            [("营商环境".to_string(), 2)]
        );
        assert_eq!(
            offered(&DOCS, "yingshang环境"),
            [("营商环境".to_string(), 2)]
        );
        // One syllable is enough where characters anchor it.
        assert_eq!(offered(&DOCS, "营商huan境"), [("营商环境".to_string(), 2)]);
        assert_eq!(offered(&DOCS, "营商huan"), [("营商环".to_string(), 2)]);
        // The characters typed must be there, around the reading.
        assert!(offered(&DOCS, "营造huanjing").is_empty());
        assert!(
            offered(&DOCS, "营商huan境jing").is_empty(),
            "letters on both sides of 境"
        );
        // In a query, such a word is offered on its own.
        assert_eq!(
            offers(&DOCS, "营商huanjing 重庆"),
            one("营商huanjing", "营商环境")
        );
        for term in ["营商huanjing", "yingshang环境", "营商huan境"] {
            assert!(may_be_typed_in_pinyin(term), "{term}");
        }
        for term in ["营商环境", "5g网络", "营商huan境jing", "gdp2增长"] {
            assert!(!may_be_typed_in_pinyin(term), "{term}");
        }
    }

    #[test]
    fn a_syllable_typed_twice_stays_in_its_run() {
        // Parsing keeps one `shi` of `shi shi`: the run is read as typed.
        let docs = ["抓好实施方案落实，某某施工方案"];
        assert_eq!(
            offers(&docs, "shi shi fang an"),
            one("shi shi fang an", "实施方案")
        );
        assert_eq!(
            crate::with_term_replaced("shi shi fang an", "shi shi fang an", "实施方案"),
            "实施方案"
        );
        // A word typed twice alone is offered once.
        assert_eq!(offers(&DOCS, "chongqing 营商 chongqing").len(), 1);
    }
}
