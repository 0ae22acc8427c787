//! Characters read as toneless pinyin, for a search typed in pinyin with
//! the input method off (`yingshanghuanjing` for 营商环境). The table is made
//! at build time from the `pinyin` crate (build.rs): every reading of a
//! heteronym (重 reads chong and zhong), ü written both v and u.

mod table {
    include!(concat!(env!("OUT_DIR"), "/pinyin_table.rs"));
}

use table::{FIRST_CHAR, SET_STARTS, SET_SYLLABLES, SYLLABLES};

/// One little-endian u16 per character from [`FIRST_CHAR`]: its reading set.
static READING_SETS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/pinyin_sets.bin"));

/// The longest syllable (zhuang, shuang).
const LONGEST_SYLLABLE: usize = 6;

/// A syllable, as its number in the table.
pub type Syllable = u16;

/// The toneless readings of `c`, the most common first; empty for a
/// character outside the CJK Unified Ideographs block or without a reading.
pub fn readings(c: char) -> &'static [Syllable] {
    let Some(at) = (c as u32).checked_sub(FIRST_CHAR).map(|i| i as usize * 2) else {
        return &[];
    };
    let Some(&[low, high]) = READING_SETS.get(at..at + 2) else {
        return &[];
    };
    let set = usize::from(u16::from_le_bytes([low, high]));
    &SET_SYLLABLES[usize::from(SET_STARTS[set])..usize::from(SET_STARTS[set + 1])]
}

/// A test of whether a character has any of `syllables` among its
/// readings, made once (a bit per character of the table) so a scan of
/// many texts asks it cheaply.
pub fn reads_as_any(syllables: &[Syllable]) -> impl Fn(char) -> bool {
    let set = CharSet::of(|readings| readings.iter().any(|s| syllables.contains(s)));
    move |c| set.holds(c)
}

/// A test of whether a character's common reading (its first) opens with
/// `letter` (lower-case a–z): `z` for 中 (zhong) as for 资 (zi), as people
/// type a term by its initials; not 区 for `o` (ou, a surname's reading).
pub fn commonly_reads_opening_with(letter: u8) -> impl Fn(char) -> bool {
    let set = CharSet::of(|readings| {
        readings
            .first()
            .is_some_and(|&s| SYLLABLES[usize::from(s)].as_bytes().first() == Some(&letter))
    });
    move |c| set.holds(c)
}

/// Whether two characters may be typed with the same keys in a pinyin
/// input method: a reading of one, without its tone, is a reading of the
/// other, the common reading of at least one of them (京 and 经, jing; 航
/// and 行, hang, 行's second reading; not 能 and 大, whose one shared
/// reading, tai, is old for both); or their common readings are one as
/// the input methods' fuzzy pinyin hears them for speakers who do not
/// tell the sounds apart (zh z, ch c, sh s; -ng -n: 森 sen for 生 sheng).
/// Such a slip is the input method's own: it shows the homophones and a
/// wrong one is chosen.
pub fn sound_alike(a: char, b: char) -> bool {
    let (a, b) = (readings(a), readings(b));
    let common_of_one = |a: &[Syllable], b: &[Syllable]| a.first().is_some_and(|x| b.contains(x));
    let fuzzy_common = match (a.first(), b.first()) {
        (Some(&x), Some(&y)) => {
            fuzzy(SYLLABLES[usize::from(x)]).eq(fuzzy(SYLLABLES[usize::from(y)]))
        }
        _ => false,
    };
    common_of_one(a, b) || common_of_one(b, a) || fuzzy_common
}

/// A syllable as fuzzy pinyin hears it: a retroflex initial as the flat
/// one, a final -ang, -eng, -ing as -an, -en, -in (the pairs every input
/// method offers; -ong has no -on to be taken for).
fn fuzzy(syllable: &str) -> impl Iterator<Item = u8> + '_ {
    let bytes = syllable.as_bytes();
    let retroflex = matches!(bytes, [b'z' | b'c' | b's', b'h', ..]);
    let nasal = bytes.ends_with(b"ng") && !bytes.ends_with(b"ong") && bytes.len() > 2;
    let end = bytes.len() - usize::from(nasal);
    bytes[..end]
        .iter()
        .enumerate()
        .filter(move |&(i, _)| !(retroflex && i == 1))
        .map(|(_, &b)| b)
}

/// The characters of the table whose readings pass a test, a bit each.
struct CharSet(Vec<u64>);

impl CharSet {
    fn of(test: impl Fn(&[Syllable]) -> bool) -> CharSet {
        let count = READING_SETS.len() / 2;
        let mut bits = vec![0u64; count.div_ceil(64)];
        for (i, code) in (FIRST_CHAR..FIRST_CHAR + count as u32).enumerate() {
            if char::from_u32(code).is_some_and(|c| test(readings(c))) {
                bits[i / 64] |= 1 << (i % 64);
            }
        }
        CharSet(bits)
    }

    fn holds(&self, c: char) -> bool {
        let Some(i) = (c as u32).checked_sub(FIRST_CHAR).map(|i| i as usize) else {
            return false;
        };
        self.0
            .get(i / 64)
            .is_some_and(|word| word & (1 << (i % 64)) != 0)
    }
}

/// The syllables `letters` (lower-case a–z) opens with, and each one's
/// length in letters.
pub fn syllables_opening(letters: &[u8]) -> impl Iterator<Item = (Syllable, usize)> + '_ {
    (1..=LONGEST_SYLLABLE.min(letters.len())).filter_map(|len| {
        let prefix = std::str::from_utf8(&letters[..len]).ok()?;
        let number = SYLLABLES.binary_search(&prefix).ok()?;
        Some((number as Syllable, len))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(c: char) -> Vec<&'static str> {
        readings(c)
            .iter()
            .map(|&n| SYLLABLES[usize::from(n)])
            .collect()
    }

    #[test]
    fn reads_a_character_with_every_reading() {
        assert_eq!(read('营'), ["ying"]);
        assert_eq!(read('重')[0], "zhong", "the most common reading first");
        assert_eq!(read('境'), ["jing"]);
        assert!(read('重').contains(&"chong") && read('重').contains(&"zhong"));
        assert!(read('行').contains(&"hang") && read('行').contains(&"xing"));
    }

    #[test]
    fn tells_characters_typed_with_the_same_keys() {
        assert!(
            sound_alike('京', '经') && sound_alike('旧', '就'),
            "jing, jiu"
        );
        assert!(sound_alike('生', '声'));
        assert!(
            sound_alike('航', '行') && sound_alike('虫', '重'),
            "hang, chong"
        );
        assert!(!sound_alike('能', '大'), "tai, an old reading of both");
        // Fuzzy pinyin: a flat initial for a retroflex one, -n for -ng.
        assert!(sound_alike('森', '生') && sound_alike('资', '知'));
        assert!(sound_alike('心', '星') && sound_alike('山', '商'));
        assert!(sound_alike('京', '金') && sound_alike('中', '宗'));
        // Not: another initial or vowel; -ong is no -on; no reading.
        assert!(!sound_alike('民', '主') && !sound_alike('会', '社'));
        assert!(!sound_alike('中', '尊') && !sound_alike('京', '江'));
        assert!(!sound_alike('a', 'a') && !sound_alike('，', '，'));
    }

    #[test]
    fn writes_u_umlaut_as_v_and_as_u() {
        let lv = read('绿');
        assert!(lv.contains(&"lv") && lv.contains(&"lu"), "{lv:?}");
    }

    #[test]
    fn reads_nothing_outside_the_block() {
        assert!(readings('a').is_empty());
        assert!(readings('，').is_empty());
        assert!(readings('\u{3400}').is_empty());
        assert!(readings(char::MAX).is_empty());
    }

    #[test]
    fn tells_the_characters_with_a_reading() {
        let ying = syllables_opening(b"ying")
            .find(|&(_, len)| len == 4)
            .unwrap()
            .0;
        let reads_ying = reads_as_any(&[ying]);
        assert!(reads_ying('营') && reads_ying('英') && reads_ying('影'));
        assert!(!reads_ying('商') && !reads_ying('a') && !reads_ying(char::MAX));
    }

    #[test]
    fn tells_the_characters_with_a_reading_opening_with_a_letter() {
        let z = commonly_reads_opening_with(b'z');
        assert!(
            z('中') && z('资') && z('重'),
            "zhong, zi, and zhong before chong"
        );
        assert!(!z('营') && !z('a'));
        let c = commonly_reads_opening_with(b'c');
        assert!(
            c('村') && c('持') && !c('重'),
            "chong is not 重's common reading"
        );
        assert!(!commonly_reads_opening_with(b'o')('区'));
    }

    #[test]
    fn finds_the_syllables_letters_open_with() {
        let opening: Vec<&str> = syllables_opening(b"xian")
            .map(|(n, _)| SYLLABLES[usize::from(n)])
            .collect();
        assert_eq!(opening, ["xi", "xia", "xian"]);
        assert_eq!(syllables_opening(b"").count(), 0);
        assert_eq!(syllables_opening(b"q").count(), 0);
    }
}
