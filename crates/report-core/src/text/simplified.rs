//! Traditional characters to simplified, one char for one char of the same
//! UTF-8 width, so a position in the simplified copy is the same position
//! in the text as written (search folding, the pipeline's simplified copy,
//! the gazetteer's names).
//!
//! The readings are the `fast2s` crate's: report-core's `build.rs` asks it
//! of every character and writes what changes as a compact table, read
//! here once into a table by code point; the few readings that turn on a
//! neighbouring character (乾隆 keeps 乾, 計畫 is 计划) are [`IN_WORDS`]. Where
//! it reads a traditional form otherwise than simplified text writes it,
//! [`SIMPLIFIED_AS_WRITTEN`] says what simplified text writes.

use std::sync::OnceLock;

/// The characters that change, ascending, each as its distance from the
/// one before (one byte, or 255 and the code point in two bytes).
static CHANGED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/t2s_keys.bin"));
/// What each of [`CHANGED`] becomes: a little-endian code point.
static BECOMES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/t2s_values.bin"));

/// Characters whose reading turns on a neighbour, as `fast2s` reads them:
/// in a word `[before, after]` holding the character, what it becomes
/// there (itself where the word keeps it: 乾隆, 慰藉); elsewhere the table's
/// reading. `fast2s`'s readings of 藉 as 借 (藉口, 憑藉) are not here: it
/// never reaches them, keeping 藉 wherever no word of its own keeps it.
const IN_WORDS: [(char, [char; 2], char); 23] = [
    ('兒', ['兒', '寬'], '兒'),
    ('覆', ['答', '覆'], '覆'),
    ('覆', ['批', '覆'], '覆'),
    ('覆', ['回', '覆'], '覆'),
    ('夥', ['甚', '夥'], '夥'),
    ('藉', ['慰', '藉'], '藉'),
    ('藉', ['狼', '藉'], '藉'),
    ('瞭', ['瞭', '望'], '瞭'),
    ('麽', ['幺', '麽'], '麽'),
    ('幺', ['幺', '麽'], '幺'),
    ('於', ['樊', '於'], '於'),
    ('乾', ['乾', '隆'], '乾'),
    ('乾', ['乾', '坤'], '乾'),
    ('乾', ['乾', '卦'], '乾'),
    ('著', ['看', '著'], '着'),
    ('苧', ['苧', '麻'], '苎'),
    ('闔', ['闔', '家'], '合'),
    ('鍾', ['鍾', '書'], '锺'),
    ('讎', ['校', '讎'], '雠'),
    ('讎', ['讎', '定'], '雠'),
    ('讎', ['仇', '讎'], '雠'),
    ('畫', ['計', '畫'], '划'),
    ('畫', ['企', '畫'], '划'),
];

/// The table by code point, from the first character that changes: 0 for
/// one that stays, else what it becomes, with [`IN_WORDS_MARK`] set where
/// a neighbour may change that.
struct Table {
    first: u32,
    becomes: Vec<u32>,
}

/// Set in a [`Table`] entry whose character is read by [`IN_WORDS`] first.
const IN_WORDS_MARK: u32 = 1 << 31;

impl Table {
    fn read() -> Table {
        let mut pairs = Vec::with_capacity(BECOMES.len() / 2);
        let (mut at, mut code) = (0, 0u32);
        for value in BECOMES.chunks_exact(2) {
            code = match CHANGED[at] {
                255 => {
                    at += 3;
                    u32::from(u16::from_le_bytes([CHANGED[at - 2], CHANGED[at - 1]]))
                }
                step => {
                    at += 1;
                    code + u32::from(step)
                }
            };
            pairs.push((code, u32::from(u16::from_le_bytes([value[0], value[1]]))));
        }
        pairs.extend(
            SIMPLIFIED_AS_WRITTEN
                .iter()
                .map(|&(written, simplified)| (written as u32, simplified as u32)),
        );
        let codes = || {
            pairs
                .iter()
                .map(|p| p.0)
                .chain(IN_WORDS.iter().map(|w| w.0 as u32))
        };
        let first = codes().min().unwrap_or(0);
        let last = codes().max().unwrap_or(0);
        let mut becomes = vec![0u32; (last + 1 - first) as usize];
        for &(code, simplified) in &pairs {
            becomes[(code - first) as usize] = simplified;
        }
        for &(c, _, _) in &IN_WORDS {
            let entry = &mut becomes[(c as u32 - first) as usize];
            *entry = if *entry == 0 { c as u32 } else { *entry } | IN_WORDS_MARK;
        }
        Table { first, becomes }
    }

    /// The entry for `c`: 0 where it stays whatever its neighbours.
    fn entry(&self, c: char) -> u32 {
        (c as u32)
            .checked_sub(self.first)
            .and_then(|at| self.becomes.get(at as usize))
            .copied()
            .unwrap_or(0)
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(Table::read)
}

/// Traditional characters to simplified, one char for one char of the same
/// UTF-8 width: `fast2s`'s readings, but where it reads a traditional form
/// otherwise than simplified text writes it (its 疊 is 迭, where simplified
/// text writes 重叠 and 叠加; 瀋陽 is 沈阳) or not at all (碳達峯, 羣衆, as
/// OpenCC writes 碳达峰 and 群众), that one, so a traditional copy and the
/// simplified original read alike.
pub fn to_simplified(text: &str) -> String {
    let table = table();
    let mut out = String::with_capacity(text.len());
    let mut before = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let entry = table.entry(c);
        let read = if entry == 0 {
            c
        } else if entry & IN_WORDS_MARK == 0 {
            char::from_u32(entry).unwrap_or(c)
        } else {
            let after = chars.peek().copied();
            IN_WORDS
                .iter()
                .find(|(of, word, _)| {
                    *of == c
                        && (before == Some(word[0]) && word[1] == c
                            || word[0] == c && after == Some(word[1]))
                })
                .map_or_else(
                    || char::from_u32(entry & !IN_WORDS_MARK).unwrap_or(c),
                    |&(_, _, becomes)| becomes,
                )
        };
        out.push(read);
        before = Some(c);
    }
    out
}

/// Traditional forms `fast2s` reads otherwise than simplified text writes
/// them (疊 as 迭) or not at all (峯, 羣: OpenCC's standard forms of 峰 and
/// 群), with the character simplified text writes, sorted: printed by
/// `scripts/simplified-overrides.py`, which says how.
#[rustfmt::skip]
const SIMPLIFIED_AS_WRITTEN: [(char, char); 124] = [
    ('倀', '伥'), ('僨', '偾'), ('厴', '厣'), ('咼', '呙'), ('嘵', '哓'), ('噦', '哕'),
    ('嚌', '哜'), ('囁', '嗫'), ('囅', '冁'), ('堖', '垴'), ('塒', '埘'), ('壚', '垆'),
    ('奼', '姹'), ('屨', '屦'), ('峯', '峰'), ('崬', '岽'), ('嶁', '嵝'), ('嶠', '峤'),
    ('慪', '怄'), ('懨', '恹'), ('榪', '杩'), ('槧', '椠'), ('櫧', '槠'), ('櫱', '蘖'),
    ('欞', '棂'), ('氌', '氇'), ('潙', '沩'), ('潷', '滗'), ('澩', '泶'), ('瀋', '沈'),
    ('灄', '滠'), ('疊', '叠'), ('痾', '疴'), ('瘂', '痖'), ('癧', '疬'), ('皁', '皂'),
    ('睪', '睾'), ('瞘', '眍'), ('磣', '碜'), ('礆', '硷'), ('穭', '稆'), ('籪', '簖'),
    ('糉', '粽'), ('糝', '糁'), ('糹', '纟'), ('紼', '绋'), ('綈', '绨'), ('緶', '缏'),
    ('繢', '缋'), ('繰', '缲'), ('羣', '群'), ('耮', '耢'), ('腡', '脶'), ('膃', '腽'),
    ('葤', '荮'), ('蕆', '蒇'), ('蘺', '蓠'), ('蟣', '虮'), ('襉', '裥'), ('襝', '裣'),
    ('覿', '觌'), ('訁', '讠'), ('誶', '谇'), ('諑', '诼'), ('諞', '谝'), ('諮', '咨'),
    ('諼', '谖'), ('謅', '诌'), ('譾', '谫'), ('賻', '赙'), ('贐', '赆'), ('趲', '趱'),
    ('躓', '踬'), ('躚', '跹'), ('躦', '躜'), ('軤', '轷'), ('軺', '轺'), ('輇', '辁'),
    ('轔', '辚'), ('邐', '逦'), ('釃', '酾'), ('釅', '酽'), ('釒', '钅'), ('銱', '铞'),
    ('鋃', '锒'), ('鋝', '锊'), ('鋣', '铘'), ('錆', '锖'), ('錈', '锩'), ('錙', '锱'),
    ('鍁', '锨'), ('鍃', '锪'), ('鎇', '镅'), ('鎪', '锼'), ('鏍', '镙'), ('鏨', '錾'),
    ('鐋', '铴'), ('鑹', '镩'), ('钁', '镢'), ('閌', '闶'), ('闃', '阒'), ('隉', '陧'),
    ('鞝', '绱'), ('韉', '鞯'), ('頏', '颃'), ('顢', '颟'), ('飠', '饣'), ('餈', '糍'),
    ('餱', '糇'), ('餳', '饧'), ('餷', '馇'), ('餼', '饩'), ('饜', '餍'), ('騍', '骒'),
    ('騖', '骛'), ('驏', '骣'), ('鮚', '鲒'), ('鯫', '鲰'), ('鯴', '鲺'), ('鰠', '鳋'),
    ('鷳', '鹇'), ('鹺', '鹾'), ('黲', '黪'), ('齔', '龀'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_reads_as_simplified_text_writes_it() {
        assert_eq!(
            crate::text::fold::fold_for_search("政策疊加，瀋陽市，諮詢"),
            "政策叠加,沈阳市,咨询"
        );
        assert_eq!(
            crate::text::fold::fold_for_search("碳達峯，羣衆"),
            "碳达峰,群众"
        );
        assert!(
            SIMPLIFIED_AS_WRITTEN.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted"
        );
        // The table's other choices stand.
        assert_eq!(to_simplified("區域乾隆"), "区域乾隆");
        let text = "疊彩區瀋陽諮詢嶠峯羣";
        assert_eq!(to_simplified(text).len(), text.len());
    }

    /// Every character alone, every word whose reading turns on a
    /// neighbour, and a run of such characters side by side read as
    /// `fast2s` reads them, but where simplified text writes otherwise.
    #[test]
    fn reads_as_fast2s_reads() {
        let as_written = |c: char| {
            SIMPLIFIED_AS_WRITTEN
                .binary_search_by_key(&c, |&(written, _)| written)
                .ok()
        };
        let expected = |text: &str| -> String {
            fast2s::convert(text)
                .chars()
                .zip(text.chars())
                .map(|(read, written)| {
                    as_written(written).map_or(read, |at| SIMPLIFIED_AS_WRITTEN[at].1)
                })
                .collect()
        };
        let every: String = (0x800u32..=0xFFFF).filter_map(char::from_u32).collect();
        for c in every.chars() {
            let alone = c.to_string();
            assert_eq!(to_simplified(&alone), expected(&alone), "{c}");
        }
        // Neighbours: fast2s's own words, each inside a sentence, and its
        // characters side by side in every order.
        let words = [
            "兒寬",
            "答覆",
            "批覆",
            "回覆",
            "甚夥",
            "慰藉",
            "狼藉",
            "瞭望",
            "幺麽",
            "樊於期",
            "乾隆",
            "乾坤",
            "乾卦",
            "藉口",
            "憑藉",
            "看著",
            "苧麻",
            "闔家",
            "鍾書",
            "校讎",
            "讎定",
            "仇讎",
            "計畫",
            "企畫",
            "兒子",
            "覆蓋",
            "乾燥",
            "著名",
            "畫家",
            "鍾錶",
        ];
        for word in words {
            let text = format!("某某{word}，{word}");
            assert_eq!(to_simplified(&text), expected(&text), "{text}");
            assert_eq!(to_simplified(word), expected(word), "{word}");
        }
        let odd: Vec<char> =
            "兒寬覆答批回夥甚藉慰狼口憑瞭望麽幺於樊乾隆坤卦著看苧麻闔家鍾書讎校定仇畫計企"
                .chars()
                .collect();
        for (i, a) in odd.iter().enumerate() {
            let run: String = odd[i..].iter().chain(odd[..i].iter()).chain([a]).collect();
            assert_eq!(to_simplified(&run), expected(&run), "{run}");
        }
        assert_eq!(to_simplified(&every), expected(&every));
    }

    #[test]
    fn words_and_corrections_are_apart() {
        for (c, _, _) in IN_WORDS {
            assert!(
                SIMPLIFIED_AS_WRITTEN
                    .iter()
                    .all(|&(written, _)| written != c),
                "{c} is read by its neighbours, never corrected"
            );
        }
    }
}
