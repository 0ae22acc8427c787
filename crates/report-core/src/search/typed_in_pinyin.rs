//! What a term typed in pinyin with the input method off meant: the strings
//! of the texts whose characters read as its letters (`yingshanghuanjing`
//! → 营商环境, `chongqing` → 重庆), offered where no report holds the
//! letters themselves; and letters an input method committed as typed
//! between characters it wrote (`营商huanjing` → 营商环境). The texts say
//! which strings exist, as for the near misses; the table of readings says
//! how each character sounds.

use memchr::memmem;
use rustc_hash::FxHashMap;

use crate::search::near_miss::{NearMiss, OUTWEIGHED};
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
/// (`营商huanjing`, `yingshang环境`, `营商huan境`).
fn may_be_typed_in_pinyin(term: &str) -> bool {
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
    // Not what the first outweighs: a word read across two others
    // (究业 of 研究业务 beside 就业, for `jiuye`).
    let first = misses.first().map_or(0, |m| m.count);
    misses.retain(|m| m.count * OUTWEIGHED >= first);
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
#[path = "typed_in_pinyin_tests.rs"]
mod tests;
