//! Bytes to text: refuse what is not text, detect the encoding, decode.
//!
//! Order of evidence: a byte-order mark; valid UTF-8; UTF-16 without a
//! mark (NUL bytes on one side, decoding to written text); UTF-8 with a few
//! damaged sequences (kept, with a warning); then `chardetng`'s guess,
//! accepted only for the Chinese encodings (GBK/GB18030, Big5) and only when
//! `encoding_rs` decodes the bytes without a single error.

use encoding_rs::{Encoding, BIG5, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};

use report_core::import::{BinaryKind, Rejection};
use report_core::text::fold::is_han;
use report_core::ImportWarning;

/// Decoded text and the encoding it was read as.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// The WHATWG name of the encoding (`UTF-8`, `GBK`, `UTF-16LE`, …).
    pub encoding: &'static str,
    pub warnings: Vec<ImportWarning>,
}

/// At most this share of a mostly-UTF-8 file may be damaged bytes before the
/// file is treated as another encoding (or refused).
const MAX_DAMAGED_SHARE: f64 = 0.01;

pub fn decode(bytes: &[u8]) -> Result<Decoded, Rejection> {
    if let Some(kind) = binary_kind(bytes) {
        return Err(Rejection::Binary { kind });
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return whole_or_lightly_damaged(encoding, &bytes[bom_len..])
            .ok_or(Rejection::UnknownEncoding);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(plain(text.to_string(), UTF_8));
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return whole_or_lightly_damaged(encoding, bytes).ok_or(Rejection::UnknownEncoding);
    }
    if let Some(damaged) = damaged_utf8(bytes) {
        return Ok(damaged);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    let guess = if guess == GBK { GB18030 } else { guess };
    if [GB18030, BIG5].contains(&guess) {
        if let Some(decoded) = strict(guess, bytes) {
            return Ok(decoded);
        }
    }
    Err(Rejection::UnknownEncoding)
}

/// [`decode`] with the charset a container declares for the bytes (a
/// MIME part's `charset=gb2312`): the declaration is taken where the bytes
/// decode under it without an error, else the bytes are read as any file's.
pub fn decode_declared(bytes: &[u8], charset: Option<&str>) -> Result<Decoded, Rejection> {
    let declared = charset
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        // GB2312 and GBK labels name what GB18030 reads whole.
        .map(|e| if e == GBK { GB18030 } else { e });
    match declared.and_then(|encoding| strict(encoding, bytes)) {
        Some(decoded) => Ok(decoded),
        None => decode(bytes),
    }
}

fn plain(text: String, encoding: &'static Encoding) -> Decoded {
    Decoded {
        text,
        encoding: encoding.name(),
        warnings: Vec::new(),
    }
}

/// Decodes without any replacement: `None` if one byte sequence is invalid.
fn strict(encoding: &'static Encoding, bytes: &[u8]) -> Option<Decoded> {
    let text = encoding.decode_without_bom_handling_and_without_replacement(bytes)?;
    Some(plain(text.into_owned(), encoding))
}

/// Decodes in the encoding a file shows (a byte-order mark, UTF-16's NUL
/// bytes): whole, or with a few damaged sequences (a download cut off
/// mid-character, a bad edit) replaced by U+FFFD and counted in a warning,
/// as damaged UTF-8 is.
fn whole_or_lightly_damaged(encoding: &'static Encoding, bytes: &[u8]) -> Option<Decoded> {
    strict(encoding, bytes).or_else(|| {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        let damaged = text.matches('\u{FFFD}').count();
        let share = damaged as f64 / bytes.len().max(1) as f64;
        (share <= MAX_DAMAGED_SHARE).then(|| {
            let mut decoded = plain(text.into_owned(), encoding);
            decoded
                .warnings
                .push(ImportWarning::DamagedBytes { count: damaged });
            decoded
        })
    })
}

/// UTF-8 with a few invalid sequences (a truncated download, a bad edit):
/// decoded with U+FFFD in their place and a warning saying how many.
fn damaged_utf8(bytes: &[u8]) -> Option<Decoded> {
    let mut damaged = 0usize;
    let mut multibyte = 0usize;
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            damaged += 1;
        }
    }
    let share = damaged as f64 / bytes.len().max(1) as f64;
    // Without valid multi-byte characters there is no sign this is UTF-8.
    if multibyte == 0 || share > MAX_DAMAGED_SHARE || damaged > multibyte {
        return None;
    }
    let mut decoded = plain(String::from_utf8_lossy(bytes).into_owned(), UTF_8);
    decoded
        .warnings
        .push(ImportWarning::DamagedBytes { count: damaged });
    Some(decoded)
}

/// UTF-16 without a byte-order mark shows as NUL bytes in every other
/// position wherever the text is ASCII (digits, punctuation, line breaks).
/// A Chinese report has few of those (its line breaks, a year), and Han
/// characters such as 一 (U+4E00) put NUL bytes on the other side: where
/// NUL bytes are not mostly on one side, the bytes are read both ways and
/// kept in the order that reads as text.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 8 {
        return None;
    }
    let even = sample.iter().step_by(2).filter(|b| **b == 0).count();
    let odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|b| **b == 0)
        .count();
    let mostly = |n: usize| n * 3 >= pairs;
    let rarely = |n: usize| n * 50 <= pairs;
    if mostly(odd) && rarely(even) {
        Some(UTF_16LE)
    } else if mostly(even) && rarely(odd) {
        Some(UTF_16BE)
    } else if even + odd > 0 {
        [UTF_16LE, UTF_16BE]
            .into_iter()
            .find(|encoding| reads_as_han_text(encoding, sample))
    } else {
        None
    }
}

/// Whether `sample` decodes to text as Chinese reports are written: Han
/// characters a third of it or more, their punctuation, and at most one
/// character in twenty
/// that no text holds (a control character, a private-use one, or what
/// does not decode). Binary bytes read as UTF-16 give code units spread
/// over the whole range: more than that unwritten.
fn reads_as_han_text(encoding: &'static Encoding, sample: &[u8]) -> bool {
    // A sample's last pair may be half a character: what does not decode
    // counts as one character not written.
    let (text, _) = encoding.decode_without_bom_handling(sample);
    let unwritten = |c: &char| {
        c.is_control() && !c.is_whitespace() || matches!(c, '\u{e000}'..='\u{f8ff}' | '\u{fffd}')
    };
    let total = text.chars().count();
    let han = text.chars().filter(|c| is_han(*c)).count();
    // Chinese punctuation, one character in fifty or more: bytes read as
    // UTF-16 seldom make it (304 code units of 65,536).
    let stops = text
        .chars()
        .filter(|c| matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}'))
        .count();
    total > 0
        && han * 3 >= total
        && stops * 50 >= total
        && text.chars().filter(unwritten).count() * 20 <= total
}

/// What kind of binary file `bytes` is, from its first bytes: a known
/// signature, else NUL bytes that no text encoding read here produces.
pub fn binary_kind(bytes: &[u8]) -> Option<BinaryKind> {
    const SIGNATURES: &[(&[u8], BinaryKind)] = &[
        (b"\x89PNG\r\n\x1a\n", BinaryKind::Png),
        (b"\xff\xd8\xff", BinaryKind::Jpeg),
        (b"GIF87a", BinaryKind::Gif),
        (b"GIF89a", BinaryKind::Gif),
        (b"%PDF-", BinaryKind::Pdf),
        (b"PK\x03\x04", BinaryKind::Zip),
        (b"\x1f\x8b", BinaryKind::Gzip),
        (b"Rar!", BinaryKind::Rar),
        (b"7z\xbc\xaf", BinaryKind::SevenZip),
        (b"\xd0\xcf\x11\xe0", BinaryKind::OldOffice),
    ];
    if let Some((_, kind)) = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
        return Some(*kind);
    }
    if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        return Some(BinaryKind::Webp);
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let has_bom = Encoding::for_bom(bytes).is_some();
    (sample.contains(&0) && !has_bom && utf16_without_bom(bytes).is_none())
        .then_some(BinaryKind::Other)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "潍坊市坊子区2023年政府工作报告：地区生产总值增长6.5%。";

    #[test]
    fn reads_utf8_with_and_without_bom() {
        let d = decode(TEXT.as_bytes()).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (TEXT, "UTF-8"));
        let with_bom = [b"\xef\xbb\xbf".as_slice(), TEXT.as_bytes()].concat();
        let d = decode(&with_bom).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (TEXT, "UTF-8"));
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn reads_utf16_both_ways_with_bom_and_ascii_heavy_without() {
        let le: Vec<u8> = TEXT.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = TEXT.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let d = decode(&[b"\xff\xfe".as_slice(), &le].concat()).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (TEXT, "UTF-16LE"));
        let d = decode(&[b"\xfe\xff".as_slice(), &be].concat()).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (TEXT, "UTF-16BE"));
        let ascii = "Report 2023\n1. 增长 6.5%\n2. 投资 120 亿元\n";
        let le: Vec<u8> = ascii.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&le).unwrap().text, ascii);
    }

    #[test]
    fn reads_han_heavy_utf16_without_bom_both_ways() {
        // A report in Han characters: its only ASCII are line breaks, so
        // NUL bytes are few (under a third of the code units).
        let han = "某某镇人民政府工作报告\n各位代表：\n现在，我代表镇人民政府向大会报告工作，请予审议。\n一、过去一年的工作回顾\n全镇上下团结奋进，各项事业取得新进展。\n①气温-5℃～10℃，人均住房面积42㎡，●重点项目★12个，同比增长5.1%×2。\n";
        for (bytes, name) in [
            (
                han.encode_utf16()
                    .flat_map(u16::to_le_bytes)
                    .collect::<Vec<u8>>(),
                "UTF-16LE",
            ),
            (
                han.encode_utf16().flat_map(u16::to_be_bytes).collect(),
                "UTF-16BE",
            ),
        ] {
            let d = decode(&bytes).unwrap();
            assert_eq!((d.text.as_str(), d.encoding), (han, name));
        }
        // Binary bytes with NUL on one side only still read as binary: what
        // they decode to is not written text.
        let binary: Vec<u8> = (0..512u32)
            .flat_map(|i| {
                [
                    (i * 97 % 251) as u8 | 1,
                    if i % 9 == 0 {
                        0
                    } else {
                        (i * 31 % 253) as u8 | 1
                    },
                ]
            })
            .collect();
        assert!(matches!(
            decode(&binary).unwrap_err(),
            Rejection::Binary { .. }
        ));
    }

    #[test]
    fn detects_gbk_and_big5() {
        let long = TEXT.repeat(3);
        let (gbk, _, _) = GBK.encode(&long);
        let d = decode(&gbk).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (long.as_str(), "gb18030"));
        let traditional =
            "濰坊市坊子區政府工作報告：地區生產總值增長，經濟發展穩中向好。".repeat(3);
        let (big5, _, _) = BIG5.encode(&traditional);
        let d = decode(&big5).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            (traditional.as_str(), "Big5")
        );
    }

    #[test]
    fn keeps_lightly_damaged_utf8_with_a_warning() {
        let mut bytes = TEXT.repeat(20).into_bytes();
        bytes.insert(18, 0xff); // between 坊子区 and 2023
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains('\u{FFFD}'));
        assert_eq!(d.warnings, vec![ImportWarning::DamagedBytes { count: 1 }]);
    }

    #[test]
    fn keeps_utf16_cut_off_mid_character_with_a_warning() {
        let text = TEXT.repeat(20);
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for (bom, units) in [(b"\xff\xfe", le), (b"\xfe\xff", be)] {
            let mut bytes = [bom.as_slice(), &units].concat();
            bytes.pop();
            let d = decode(&bytes).unwrap();
            assert!(d.encoding.starts_with("UTF-16"));
            assert!(d.text.starts_with(TEXT) && d.text.ends_with('\u{FFFD}'));
            assert_eq!(d.warnings, vec![ImportWarning::DamagedBytes { count: 1 }]);
        }
        // Mostly damage is no text, mark or not.
        let noise: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain([0x00, 0xd8].repeat(50))
            .collect();
        assert_eq!(decode(&noise).unwrap_err(), Rejection::UnknownEncoding);
    }

    #[test]
    fn refuses_binary_and_undecodable_bytes() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        assert_eq!(
            decode(&png).unwrap_err(),
            Rejection::Binary {
                kind: BinaryKind::Png
            }
        );
        assert!(matches!(
            decode(b"PK\x03\x04\x14\0\0\0").unwrap_err(),
            Rejection::Binary { .. }
        ));
        let nul = [b"abc\0\x01\x02\x03def".as_slice(); 3].concat();
        assert!(matches!(
            decode(&nul).unwrap_err(),
            Rejection::Binary { .. }
        ));
        // Bytes of no text encoding read here (and no valid UTF-8 at all).
        let noise: Vec<u8> = (0..600u32).map(|i| (128 + (i * 37) % 128) as u8).collect();
        assert_eq!(decode(&noise).unwrap_err(), Rejection::UnknownEncoding);
    }
}
