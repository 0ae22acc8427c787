//! Documents whose text another crate takes out (Word .docx, PDF): what
//! the core needs to bring that text in like any other, and why such a
//! document can be refused. The extraction itself lives in
//! `crates/report-office`, linked only into the import worker and the CLI,
//! so the zip, XML and PDF readers never reach the page's wasm.

use super::{Given, ImportWarning, PreparedFile, Unit};
use report_core::import::Rejection;
use report_core::Format;

/// A document's text as lines (headings and table rows on lines of their
/// own), and the values its properties state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    pub format: Format,
    pub text: String,
    /// Title, date and source from the document's properties, used only
    /// where the text itself states none (`Given::fills_gaps`).
    pub given: Given,
}

/// The file as one unit, ready for [`super::finish_unit`].
pub fn prepare_extracted(file: &str, extracted: Extracted) -> Result<PreparedFile, Rejection> {
    if extracted.text.trim().is_empty() {
        return Err(Rejection::NoText);
    }
    Ok(PreparedFile {
        file: file.to_string(),
        format: extracted.format,
        // Both formats carry Unicode text (XML, a PDF's ToUnicode maps).
        encoding: "UTF-8",
        notes: Vec::<ImportWarning>::new(),
        units: vec![Unit::Text {
            origin: file.to_string(),
            text: extracted.text,
            given: Given {
                fills_gaps: true,
                ..extracted.given
            },
        }],
        skipped: Vec::new(),
    })
}
