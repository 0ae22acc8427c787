//! Word 97–2003 (.doc, and WPS Office's .wps, which is the same format): a
//! compound file (read with the `cfb` crate) whose `WordDocument` stream
//! opens on the File Information Block and whose text is laid out by the
//! piece table in the table stream ([MS-DOC] 2.4.1, "Retrieving Text").
//! The main document's text becomes one line per paragraph and per table
//! row, cells apart; field codes (`HYPERLINK "…"`) are dropped and their
//! results kept. Word 6/95 files and encrypted ones are refused, each with
//! its reason. The summary information gives title, date and author.

use std::io::{Cursor, Read};

use report_clean::import::{DocumentProblem, Extracted, Given, Rejection};
use report_core::Format;

use crate::properties::{plausible_date, plausible_source, plausible_title};

/// The FIB's identifier of a Word document ([MS-DOC] 2.5.2, `wIdent`).
const WORD_IDENT: u16 = 0xA5EC;
/// The `nFib` of Word 97, which every later version writes in the FIB's
/// base; Word 6 and 95 wrote lower ones, in a layout of their own.
const WORD_97: u16 = 0x00C1;
/// Where the FIB gives the main document's length (`ccpText`) and the
/// piece table's place in the table stream (`fcClx`, `lcbClx`).
const CCP_TEXT: usize = 0x4C;
const FC_CLX: usize = 0x1A2;
const LCB_CLX: usize = 0x1A6;
/// The FIB's flags: `fEncrypted`, `fWhichTblStm` (`1Table`, else `0Table`).
const F_ENCRYPTED: u16 = 0x0100;
const F_WHICH_TABLE: u16 = 0x0200;

fn refused(problem: DocumentProblem) -> Rejection {
    Rejection::Document { problem }
}

/// The text and stated properties of a .doc. `Ok(None)` when the compound
/// file holds no Word document (an .xls, a .ppt).
pub fn extract(bytes: &[u8]) -> Result<Option<Extracted>, Rejection> {
    let Ok(mut file) = cfb::CompoundFile::open(Cursor::new(bytes)) else {
        return Err(refused(DocumentProblem::OldWord));
    };
    let Some(word) = read_stream(&mut file, "/WordDocument") else {
        return Ok(None);
    };
    if u16_at(&word, 0) != Some(WORD_IDENT) || u16_at(&word, 2).is_none_or(|n| n < WORD_97) {
        return Err(refused(DocumentProblem::OldWord));
    }
    let flags = u16_at(&word, 0x0A).unwrap_or(0);
    if flags & F_ENCRYPTED != 0 {
        return Err(refused(DocumentProblem::EncryptedWord));
    }
    let table_name = if flags & F_WHICH_TABLE != 0 {
        "/1Table"
    } else {
        "/0Table"
    };
    let table = read_stream(&mut file, table_name).ok_or(refused(DocumentProblem::OldWord))?;
    let (Some(text_length), Some(fc_clx), Some(lcb_clx)) = (
        u32_at(&word, CCP_TEXT),
        u32_at(&word, FC_CLX),
        u32_at(&word, LCB_CLX),
    ) else {
        return Err(refused(DocumentProblem::OldWord));
    };
    let clx = table
        .get(fc_clx as usize..(fc_clx as usize).saturating_add(lcb_clx as usize))
        .ok_or(refused(DocumentProblem::OldWord))?;
    let pieces = piece_table(clx).ok_or(refused(DocumentProblem::OldWord))?;
    let characters = main_text(&word, &pieces, text_length);
    let given = read_stream(&mut file, "/\u{5}SummaryInformation")
        .map(|stream| summary_properties(&stream))
        .unwrap_or_default();
    Ok(Some(Extracted {
        format: Format::Doc,
        text: lines(&characters),
        given,
    }))
}

/// The little-endian `u16` at `at`, if the bytes reach that far.
fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

/// The little-endian `u32` at `at`, if the bytes reach that far.
fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn read_stream(file: &mut cfb::CompoundFile<Cursor<&[u8]>>, path: &str) -> Option<Vec<u8>> {
    let mut stream = file.open_stream(path).ok()?;
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).ok()?;
    Some(bytes)
}

/// One piece of the text: its characters' positions (CPs) and where its
/// bytes are, as 8-bit (Windows-1252) or UTF-16 code units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    cp_start: u32,
    cp_end: u32,
    offset: usize,
    compressed: bool,
}

/// The pieces of the `Clx`: property runs (`Prc`, 0x01) are skipped to the
/// `Pcdt` (0x02), whose `PlcPcd` is n+1 CPs followed by n 8-byte `Pcd`s.
fn piece_table(clx: &[u8]) -> Option<Vec<Piece>> {
    let mut at = 0;
    while clx.get(at) == Some(&0x01) {
        let size = i16::from_le_bytes([*clx.get(at + 1)?, *clx.get(at + 2)?]);
        at += 3 + usize::try_from(size).ok()?;
    }
    if clx.get(at) != Some(&0x02) {
        return None;
    }
    let size = u32_at(clx, at + 1)? as usize;
    let plc = clx.get(at + 5..at + 5 + size)?;
    if size < 4 || !(size - 4).is_multiple_of(12) {
        return None;
    }
    let count = (size - 4) / 12;
    (0..count)
        .map(|i| {
            let fc = u32_at(plc, 4 * (count + 1) + 8 * i + 2)?;
            let compressed = fc & 0x4000_0000 != 0;
            let fc = fc & 0x3FFF_FFFF;
            Some(Piece {
                cp_start: u32_at(plc, 4 * i)?,
                cp_end: u32_at(plc, 4 * (i + 1))?,
                offset: if compressed {
                    fc as usize / 2
                } else {
                    fc as usize
                },
                compressed,
            })
        })
        .collect()
}

/// The main document's characters (the first `length` CPs), piece by piece.
fn main_text(word: &[u8], pieces: &[Piece], length: u32) -> Vec<char> {
    let mut out = Vec::new();
    for piece in pieces {
        let end = piece.cp_end.min(length);
        if piece.cp_start >= end {
            continue;
        }
        let count = (end - piece.cp_start) as usize;
        if piece.compressed {
            let Some(bytes) = word.get(piece.offset..piece.offset + count) else {
                continue;
            };
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            out.extend(text.chars());
        } else {
            let Some(bytes) = word.get(piece.offset..piece.offset + 2 * count) else {
                continue;
            };
            let units = bytes
                .chunks_exact(2)
                .map(|b| u16::from_le_bytes([b[0], b[1]]));
            out.extend(char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')));
        }
    }
    out
}

/// The characters as lines: a paragraph mark, a line break or a page break
/// ends a line; in a table each cell ends on 0x07 and a row on a second
/// 0x07 (the row's own mark), so cells are set apart by a tab and a row is
/// a line. A field's code (between 0x13 and 0x14) is dropped, its result
/// (between 0x14 and 0x15) kept; pictures, objects and note marks go.
fn lines(characters: &[char]) -> String {
    let mut out = String::new();
    // Per open field: whether its code is still being read.
    let mut fields: Vec<bool> = Vec::new();
    let mut previous = '\0';
    for &c in characters {
        match c {
            '\u{13}' => fields.push(true),
            '\u{14}' => {
                if let Some(code) = fields.last_mut() {
                    *code = false;
                }
            }
            '\u{15}' => {
                fields.pop();
            }
            _ if fields.iter().any(|&code| code) => {}
            '\r' | '\u{0B}' | '\u{0C}' => out.push('\n'),
            '\u{07}' if previous == '\u{07}' => {
                // The row's mark: the last cell's tab becomes the row's end.
                if out.ends_with('\t') {
                    out.pop();
                }
                out.push('\n');
            }
            '\u{07}' => out.push('\t'),
            '\u{1E}' => out.push('-'),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
        previous = c;
    }
    out.lines()
        .map(|l| l.trim_end_matches([' ', '\t']))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Title, creation date and author from the `\u{5}SummaryInformation`
/// property set ([MS-OLEPS]): strings in the set's code page (PID 1).
fn summary_properties(stream: &[u8]) -> Given {
    // The header (28 bytes) then the first section's FMTID and offset.
    let Some(section) = u32_at(stream, 44).map(|s| s as usize) else {
        return Given::default();
    };
    let count = u32_at(stream, section + 4).unwrap_or(0).min(1024) as usize;
    let value_at = |id: u32| {
        (0..count).find_map(|i| {
            let entry = section + 8 + 8 * i;
            (u32_at(stream, entry)? == id)
                .then(|| u32_at(stream, entry + 4).map(|o| section + o as usize))?
        })
    };
    let code_page = value_at(1)
        .and_then(|at| u16_at(stream, at + 4))
        .unwrap_or(1252);
    let string = |id: u32| -> Option<String> {
        let at = value_at(id)?;
        const VT_LPSTR: u32 = 30;
        (u32_at(stream, at)? == VT_LPSTR).then_some(())?;
        let length = u32_at(stream, at + 4)? as usize;
        let bytes = stream.get(at + 8..at + 8 + length)?;
        let text = match code_page {
            1200 => {
                let units = bytes
                    .chunks_exact(2)
                    .map(|b| u16::from_le_bytes([b[0], b[1]]));
                char::decode_utf16(units).filter_map(Result::ok).collect()
            }
            page => codepage_encoding(page)
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
        };
        Some(text.trim_end_matches('\0').trim().to_string()).filter(|t| !t.is_empty())
    };
    let created = value_at(12).and_then(|at| {
        const VT_FILETIME: u32 = 64;
        (u32_at(stream, at)? == VT_FILETIME).then_some(())?;
        let ticks = u64::from(u32_at(stream, at + 4)?) | (u64::from(u32_at(stream, at + 8)?) << 32);
        Some(filetime_date(ticks))
    });
    Given {
        title: string(2).as_deref().and_then(plausible_title),
        date: created.as_deref().and_then(plausible_date),
        source: string(4).as_deref().and_then(plausible_source),
        fills_gaps: true,
        ..Given::default()
    }
}

/// The encoding a Windows code page number names (936 for the Chinese
/// mainland, 950 for Big5, 65001 for UTF-8), else Windows-1252.
fn codepage_encoding(page: u16) -> &'static encoding_rs::Encoding {
    match page {
        936 | 54936 => encoding_rs::GB18030,
        950 => encoding_rs::BIG5,
        65001 => encoding_rs::UTF_8,
        _ => encoding_rs::WINDOWS_1252,
    }
}

/// A FILETIME (100-nanosecond ticks since 1601-01-01 UTC) as `YYYY-MM-DD`.
fn filetime_date(ticks: u64) -> String {
    const TICKS_PER_DAY: u64 = 864_000_000_000;
    // Days from 1601-01-01 to 1970-01-01.
    const UNIX_EPOCH_DAYS: i64 = 134_774;
    let days = (ticks / TICKS_PER_DAY) as i64 - UNIX_EPOCH_DAYS;
    // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_keep_their_results_and_tables_their_cells() {
        let text: Vec<char> = "详见\u{13} HYPERLINK \"http://x.gov.cn\" \u{14}统计公报\u{15}。\r\
            指标\u{7}2014年\u{7}\u{7}财政总收入\u{7}12.3亿元\u{7}\u{7}\u{1}图\r"
            .chars()
            .collect();
        assert_eq!(
            lines(&text),
            "详见统计公报。\n指标\t2014年\n财政总收入\t12.3亿元\n图"
        );
    }

    #[test]
    fn a_nested_field_inside_a_code_is_dropped_with_it() {
        let text: Vec<char> = "页\u{13}IF \u{13}PAGE\u{14}1\u{15} = 1 \u{14}首页\u{15}\r"
            .chars()
            .collect();
        assert_eq!(lines(&text), "页首页");
    }

    #[test]
    fn filetimes_read_as_days() {
        // 2024-03-08 00:00 UTC and 1999-12-31 23:59 UTC.
        assert_eq!(filetime_date(133_543_296_000_000_000), "2024-03-08");
        assert_eq!(filetime_date(125_911_583_400_000_000), "1999-12-31");
    }

    #[test]
    fn the_piece_table_is_found_after_property_runs() {
        let mut clx = vec![0x01, 0x02, 0x00, 0xAA, 0xBB, 0x02];
        let cps = [0u32, 3, 5];
        let pcds = [(0x0000_0800u32, false), (0x4000_1000u32, true)];
        let plc: Vec<u8> = cps
            .iter()
            .flat_map(|c| c.to_le_bytes())
            .chain(pcds.iter().flat_map(|(fc, _)| {
                let mut pcd = vec![0, 0];
                pcd.extend(fc.to_le_bytes());
                pcd.extend([0, 0]);
                pcd
            }))
            .collect();
        clx.extend((plc.len() as u32).to_le_bytes());
        clx.extend(plc);
        assert_eq!(
            piece_table(&clx),
            Some(vec![
                Piece {
                    cp_start: 0,
                    cp_end: 3,
                    offset: 0x800,
                    compressed: false
                },
                Piece {
                    cp_start: 3,
                    cp_end: 5,
                    offset: 0x800,
                    compressed: true
                },
            ])
        );
    }
}
