//! Writes two tables the page reads text with.
//!
//! The first is the one by which `text::pinyin` reads a character as toneless
//! pinyin: for each character of the CJK Unified Ideographs block
//! (U+4E00..=U+9FFF) the set of its readings, from the `pinyin` crate (its
//! data is the pinyin-data project's, every reading of a heteronym, the
//! most common first). Made
//! here, not at run time, so the page carries a 2-byte index per character
//! rather than the crate's every style for every block.
//!
//! Written to OUT_DIR: `pinyin_sets.bin` (one little-endian u16 per
//! character: its reading set, 0 for none) and `pinyin_table.rs` (the
//! syllables, and the sets as runs of syllable numbers).
//!
//! The second is `text::simplified`'s: each character the `fast2s` crate
//! reads as another (traditional to simplified, one for one), found by
//! asking it of every character alone, in `t2s_keys.bin` (the characters,
//! ascending, each as its distance from the one before: one byte, or 255
//! and the code point in two) and `t2s_values.bin` (each one's simplified
//! form, two bytes): some 8 KB where the crate carries its table as a
//! serialised map of 4-byte characters with a deserialiser and a hash map
//! to build at run time. Its few readings that turn on a neighbouring
//! character are `text::simplified`'s own.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use pinyin::{Pinyin, ToPinyinMulti};

const FIRST: u32 = 0x4E00;
const LAST: u32 = 0x9FFF;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    write_simplified_table(Path::new(&out));
    let readings_of = |c: char| -> Vec<String> {
        let mut readings: Vec<String> = c
            .to_pinyin_multi()
            .into_iter()
            .flat_map(|multi| multi.into_iter().map(Pinyin::plain))
            // Interjections read without a vowel (嗯 n, ng; 呣 m; 哼 hng)
            // are never typed for a word, and would read the ends of
            // syllables (yi|ng, sha|ng) as syllables of their own.
            .filter(|plain| plain.contains(['a', 'e', 'i', 'o', 'u', 'ü']))
            .flat_map(|plain| {
                // ü is typed v on every keyboard, and u by people who
                // write pinyin without the marks (lu for lü): both read.
                if plain.contains('ü') {
                    vec![plain.replace('ü', "v"), plain.replace('ü', "u")]
                } else {
                    vec![plain.to_string()]
                }
            })
            .collect();
        // The most common reading first (the data's order), each once.
        let mut seen = std::collections::HashSet::new();
        readings.retain(|r| seen.insert(r.clone()));
        readings
    };
    let per_char: Vec<Vec<String>> = (FIRST..=LAST)
        .map(|code| char::from_u32(code).map(readings_of).unwrap_or_default())
        .collect();

    let mut syllables: Vec<&str> = per_char.iter().flatten().map(String::as_str).collect();
    syllables.sort();
    syllables.dedup();
    let number_of = |s: &str| {
        syllables
            .binary_search(&s)
            .expect("a syllable of the table") as u16
    };

    // Set 0 is the empty set: a character with no reading.
    let mut sets: BTreeMap<Vec<u16>, u16> = BTreeMap::new();
    let mut set_list: Vec<Vec<u16>> = vec![Vec::new()];
    sets.insert(Vec::new(), 0);
    let mut index = Vec::with_capacity(per_char.len() * 2);
    for readings in &per_char {
        let set: Vec<u16> = readings.iter().map(|r| number_of(r)).collect();
        let next = set_list.len() as u16;
        let number = *sets.entry(set.clone()).or_insert_with(|| {
            set_list.push(set);
            next
        });
        index.extend_from_slice(&number.to_le_bytes());
    }

    let out = Path::new(&out);
    std::fs::write(out.join("pinyin_sets.bin"), &index).expect("write pinyin_sets.bin");

    let mut table = String::new();
    writeln!(
        table,
        "/// Toneless syllables, sorted (ü written both v and u)."
    )
    .unwrap();
    writeln!(
        table,
        "pub(crate) static SYLLABLES: [&str; {}] = [",
        syllables.len()
    )
    .unwrap();
    for s in &syllables {
        writeln!(table, "    {s:?},").unwrap();
    }
    writeln!(table, "];").unwrap();
    let mut starts = vec![0u16];
    let mut items = Vec::new();
    for set in &set_list {
        items.extend_from_slice(set);
        starts.push(items.len() as u16);
    }
    writeln!(table, "/// Where each reading set starts in [`SET_SYLLABLES`]; set n is `SET_STARTS[n]..SET_STARTS[n + 1]`.").unwrap();
    writeln!(
        table,
        "pub(crate) static SET_STARTS: [u16; {}] = {starts:?};",
        starts.len()
    )
    .unwrap();
    writeln!(
        table,
        "/// The reading sets' syllables, numbers into [`SYLLABLES`]."
    )
    .unwrap();
    writeln!(
        table,
        "pub(crate) static SET_SYLLABLES: [u16; {}] = {items:?};",
        items.len()
    )
    .unwrap();
    writeln!(table, "/// The first character of the table.").unwrap();
    writeln!(table, "pub(crate) const FIRST_CHAR: u32 = {FIRST:#X};").unwrap();
    std::fs::write(out.join("pinyin_table.rs"), table).expect("write pinyin_table.rs");
}

/// The characters `fast2s` reads as others, each alone (a neighbour can
/// change a few readings: `text::simplified` holds those), in the two
/// files the module docs describe.
fn write_simplified_table(out: &Path) {
    let mut keys = Vec::new();
    let mut values = Vec::new();
    let mut previous = 0u32;
    // fast2s reads only characters of three UTF-8 bytes: U+0800..=U+FFFF.
    for code in 0x800u32..=0xFFFF {
        let Some(c) = char::from_u32(code) else {
            continue;
        };
        let simplified = fast2s::convert(&c.to_string());
        let mut chars = simplified.chars();
        let (Some(s), None) = (chars.next(), chars.next()) else {
            panic!("fast2s reads {c} as {simplified}, not one character");
        };
        if s == c {
            continue;
        }
        // One char for one of the same UTF-8 width, so positions hold.
        assert_eq!(s.len_utf8(), 3, "{c} reads as {s}, of another width");
        match code - previous {
            step @ 0..=254 => keys.push(step as u8),
            _ => {
                keys.push(255);
                keys.extend_from_slice(&(code as u16).to_le_bytes());
            }
        }
        values.extend_from_slice(&(s as u16).to_le_bytes());
        previous = code;
    }
    std::fs::write(out.join("t2s_keys.bin"), keys).expect("write t2s_keys.bin");
    std::fs::write(out.join("t2s_values.bin"), values).expect("write t2s_values.bin");
}
