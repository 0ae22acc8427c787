//! Documents whose text another crate takes out (Word .docx, PDF): what
//! the core needs to bring that text in like any other, and why such a
//! document can be refused. The extraction itself lives in
//! `crates/report-office`, linked only into the import worker and the CLI,
//! so the zip, XML and PDF readers never reach the page's wasm.

use serde::{Deserialize, Serialize};

use super::decode::BinaryKind;
use super::{Given, ImportWarning, PreparedFile, Rejection, Unit};
use crate::i18n::{Key, Lang};
use crate::model::Format;

/// Why a Word or PDF document was refused. Its own small enum, like
/// [`BinaryKind`]: it crosses from the worker to the page as JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum DocumentProblem {
    /// A PDF with pages but no text on them: a scan.
    ScannedPdf,
    /// A PDF whose text is drawn in fonts that do not say which characters
    /// they draw (no Unicode map): shown, but not readable back.
    UndecodablePdf,
    /// A PDF that needs a password to open.
    EncryptedPdf,
    DamagedPdf {
        detail: String,
    },
    /// The old binary Word format (.doc).
    OldWord,
    /// A password-protected .docx (Office stores those in the old container).
    EncryptedWord,
    DamagedZip {
        detail: String,
    },
    /// Named .docx but holding something else.
    NotWord {
        kind: BinaryKind,
    },
    /// A readable ZIP archive without a Word body (an .xlsx, a folder zipped).
    NoWordBody,
}

impl DocumentProblem {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            DocumentProblem::ScannedPdf => lang.text(Key::RejectScannedPdf).to_string(),
            DocumentProblem::UndecodablePdf => lang.text(Key::RejectUndecodablePdf).to_string(),
            DocumentProblem::EncryptedPdf => lang.text(Key::RejectEncryptedPdf).to_string(),
            DocumentProblem::DamagedPdf { detail } => {
                lang.format(Key::RejectDamagedPdf, &[("detail", detail)])
            }
            DocumentProblem::OldWord => lang.text(Key::RejectOldWord).to_string(),
            DocumentProblem::EncryptedWord => lang.text(Key::RejectEncryptedWord).to_string(),
            DocumentProblem::DamagedZip { detail } => {
                lang.format(Key::RejectDamagedZip, &[("detail", detail)])
            }
            DocumentProblem::NotWord { kind } => {
                lang.format(Key::RejectNotWord, &[("kind", &lang.text(kind.name()))])
            }
            DocumentProblem::NoWordBody => lang.text(Key::RejectNoWordBody).to_string(),
        }
    }
}

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
