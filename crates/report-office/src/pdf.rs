//! PDF with a text layer: each page's text shows placed on the page,
//! grouped into lines by position (`layout.rs` then drops the furniture and
//! joins lines into paragraphs); title and date from the Info dictionary.
//!
//! Text placement follows the content stream's text and graphics matrices
//! (`Tm`, `Td`, `TD`, `T*`, `TL`, `cm`, `q`/`Q`); glyph widths are not
//! read, so a line's length is estimated from its characters.

use std::collections::BTreeMap;

use lopdf::content::Content;
use lopdf::{Document, Encoding, Object};
use report_clean::import::{DocumentProblem, Extracted, Given, Rejection};
use report_core::Format;

use crate::layout::{page_lines, Placed};
use crate::properties::{plausible_date, plausible_source, plausible_title};

/// A page's content may inflate to this much: far more than any page of
/// text, little enough that a compressed bomb cannot exhaust memory.
const MAX_PAGE_CONTENT: usize = 32 * 1024 * 1024;

/// Fewer letters than this on every page together: no text layer.
const MIN_TEXT_CHARS: usize = 10;

fn problem(problem: DocumentProblem) -> Rejection {
    Rejection::Document { problem }
}

/// The PDF's text, calling `progress(done, total)` after each page.
pub fn extract(
    bytes: &[u8],
    mut progress: impl FnMut(usize, usize),
) -> Result<Extracted, Rejection> {
    let doc = Document::load_mem(bytes).map_err(|e| match e {
        lopdf::Error::InvalidPassword | lopdf::Error::Decryption(_) => {
            problem(DocumentProblem::EncryptedPdf)
        }
        other => problem(DocumentProblem::DamagedPdf {
            detail: other.to_string(),
        }),
    })?;
    // An empty user password opens most "protected" PDFs (copy or print
    // restrictions only); lopdf tries it. What stays encrypted needs one.
    if doc.is_encrypted() && doc.encryption_state.is_none() {
        return Err(problem(DocumentProblem::EncryptedPdf));
    }
    let pages = doc.get_pages();
    let total = pages.len();
    let mut placed_pages = Vec::with_capacity(total);
    let mut undecodable = 0;
    for (done, page_id) in pages.values().enumerate() {
        let page = page_text(&doc, *page_id);
        undecodable += page.undecodable;
        placed_pages.push(page.placed);
        progress(done + 1, total);
    }
    let letters: usize = placed_pages
        .iter()
        .flatten()
        .map(|p| p.text.chars().filter(|c| c.is_alphanumeric()).count())
        .sum();
    if letters < MIN_TEXT_CHARS {
        // Text drawn in fonts that say nothing of their characters is not
        // a scan: OCR would help, but the reason differs.
        return Err(problem(if undecodable > 0 {
            DocumentProblem::UndecodablePdf
        } else {
            DocumentProblem::ScannedPdf
        }));
    }
    Ok(Extracted {
        format: Format::Pdf,
        text: page_lines(placed_pages).join("\n"),
        given: info(&doc),
    })
}

type Matrix = [f32; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn multiply(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

fn numbers(operands: &[Object]) -> Vec<f32> {
    operands.iter().filter_map(|o| o.as_float().ok()).collect()
}

/// A page's text shows, and how many could not be decoded.
struct PageText {
    placed: Vec<Placed>,
    undecodable: usize,
}

/// Every text show of a page, where it starts and how large. A page that
/// cannot be read gives no text (the others still count).
fn page_text(doc: &Document, page_id: lopdf::ObjectId) -> PageText {
    let encodings: BTreeMap<Vec<u8>, Encoding> = doc
        .get_page_fonts(page_id)
        .unwrap_or_default()
        .into_iter()
        .filter(|(_, font)| decodable(font))
        .filter_map(|(name, font)| Some((name, font.get_font_encoding(doc).ok()?)))
        .collect();
    let Ok(content) = doc
        .get_page_content_with_limit(page_id, MAX_PAGE_CONTENT)
        .and_then(|data| Content::decode(&data))
    else {
        return PageText {
            placed: Vec::new(),
            undecodable: 0,
        };
    };
    let mut placed = Vec::new();
    let mut undecodable = 0;
    let mut ctm = IDENTITY;
    let mut saved = Vec::new();
    let (mut tm, mut line) = (IDENTITY, IDENTITY);
    let mut leading = 0.0f32;
    let mut font: Option<&Encoding> = None;
    let mut size = 12.0f32;
    for op in &content.operations {
        let n = numbers(&op.operands);
        match op.operator.as_str() {
            "q" => saved.push(ctm),
            "Q" => ctm = saved.pop().unwrap_or(IDENTITY),
            "cm" if n.len() == 6 => ctm = multiply(&[n[0], n[1], n[2], n[3], n[4], n[5]], &ctm),
            "BT" => (tm, line) = (IDENTITY, IDENTITY),
            "Tf" => {
                font = op
                    .operands
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .and_then(|name| encodings.get(name));
                size = n.last().copied().unwrap_or(size);
            }
            "TL" if n.len() == 1 => leading = n[0],
            "Tm" if n.len() == 6 => {
                tm = [n[0], n[1], n[2], n[3], n[4], n[5]];
                line = tm;
            }
            "Td" | "TD" if n.len() == 2 => {
                if op.operator == "TD" {
                    leading = -n[1];
                }
                line = multiply(&[1.0, 0.0, 0.0, 1.0, n[0], n[1]], &line);
                tm = line;
            }
            "T*" => {
                line = multiply(&[1.0, 0.0, 0.0, 1.0, 0.0, -leading], &line);
                tm = line;
            }
            "Tj" | "TJ" | "'" | "\"" => {
                if op.operator != "Tj" && op.operator != "TJ" {
                    line = multiply(&[1.0, 0.0, 0.0, 1.0, 0.0, -leading], &line);
                    tm = line;
                }
                let Some(encoding) = font else {
                    undecodable += 1;
                    continue;
                };
                let text = shown_text(encoding, &op.operands);
                if text.trim().is_empty() {
                    continue;
                }
                let at = multiply(&tm, &ctm);
                // The rendered size: the font size scaled by both matrices.
                let scale = (at[2] * at[2] + at[3] * at[3]).sqrt();
                placed.push(Placed {
                    x: at[4],
                    y: at[5],
                    size: (size * scale).abs().max(1.0),
                    text,
                });
                // Later shows without a move continue this one's line.
                let width = crate::layout::estimated_width(&placed[placed.len() - 1].text, size);
                tm = multiply(&[1.0, 0.0, 0.0, 1.0, width, 0.0], &tm);
            }
            _ => {}
        }
    }
    PageText {
        placed,
        undecodable,
    }
}

/// Whether a font's codes can be read back as characters. A composite
/// (CID) font says so only by a ToUnicode map or a Unicode CMap; without
/// either, lopdf would fall back to a Latin encoding and give garbage.
fn decodable(font: &lopdf::Dictionary) -> bool {
    let composite = font.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type0");
    let unicode_cmap = matches!(
        font.get(b"Encoding").and_then(Object::as_name).ok(),
        Some(b"UniGB-UCS2-H" | b"UniGB-UTF16-H")
    );
    !composite || font.has(b"ToUnicode") || unicode_cmap
}

/// The text a show operator paints: its strings decoded with the font's
/// encoding; in `TJ`, a wide gap between Latin words is a space.
fn shown_text(encoding: &Encoding, operands: &[Object]) -> String {
    let mut out = String::new();
    let push = |bytes: &[u8], out: &mut String| {
        if let Ok(text) = Document::decode_text(encoding, bytes) {
            out.push_str(&text);
        }
    };
    for operand in operands {
        match operand {
            Object::String(bytes, _) => push(bytes, &mut out),
            Object::Array(items) => {
                for item in items {
                    match item {
                        Object::String(bytes, _) => push(bytes, &mut out),
                        gap => {
                            let wide = gap.as_float().is_ok_and(|g| g < -200.0);
                            if wide
                                && out
                                    .chars()
                                    .last()
                                    .is_some_and(|c| c.is_ascii_alphanumeric())
                            {
                                out.push(' ');
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out.replace(['\u{0}', '\r', '\n'], "")
}

/// Title and date from the Info dictionary, where plausible.
fn info(doc: &Document) -> Given {
    let dict = doc
        .trailer
        .get(b"Info")
        .and_then(|o| match o {
            Object::Reference(id) => doc.get_dictionary(*id),
            other => other.as_dict(),
        })
        .ok();
    let field = |name: &[u8]| {
        dict.and_then(|d| d.get(name).ok())
            .and_then(|o| lopdf::decode_text_string(o).ok())
    };
    Given {
        title_if_none: None,
        date_if_none: None,
        site_owner: None,
        source_if_none: None,
        title: field(b"Title").and_then(|t| plausible_title(&t)),
        date: field(b"CreationDate")
            .and_then(|d| plausible_date(&d))
            .or_else(|| field(b"ModDate").and_then(|d| plausible_date(&d))),
        year: None,
        region: None,
        source: field(b"Author").and_then(|a| plausible_source(&a)),
        fills_gaps: true,
    }
}
