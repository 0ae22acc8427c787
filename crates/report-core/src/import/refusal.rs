//! Why a file is refused, where the reason is its kind: a binary file of
//! a known kind, a Word or PDF document that cannot be read. Small enums
//! of their own, as they cross from the worker to the page as JSON.

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, LaterKey};

/// A kind of file that is not text. Its own small enum, not a text key
/// ([`LaterKey`]): it crosses from the worker to the page as JSON, and a
/// serialisable key would put a deserialiser for every text of the
/// interface into the page's wasm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BinaryKind {
    Png,
    Jpeg,
    Gif,
    Webp,
    Pdf,
    Zip,
    Gzip,
    Rar,
    SevenZip,
    OldOffice,
    /// Unrecognised, but holding NUL bytes.
    Other,
}

impl BinaryKind {
    /// What the interface calls it.
    pub fn name(self) -> LaterKey {
        match self {
            BinaryKind::Png => LaterKey::BinaryPng,
            BinaryKind::Jpeg => LaterKey::BinaryJpeg,
            BinaryKind::Gif => LaterKey::BinaryGif,
            BinaryKind::Webp => LaterKey::BinaryWebp,
            BinaryKind::Pdf => LaterKey::BinaryPdf,
            BinaryKind::Zip => LaterKey::BinaryZip,
            BinaryKind::Gzip => LaterKey::BinaryGzip,
            BinaryKind::Rar => LaterKey::BinaryRar,
            BinaryKind::SevenZip => LaterKey::Binary7z,
            BinaryKind::OldOffice => LaterKey::BinaryOldOffice,
            BinaryKind::Other => LaterKey::BinaryOther,
        }
    }
}

/// Why a Word or PDF document was refused. Its own small enum, like
/// [`BinaryKind`]: it crosses from the worker to the page as JSON,
/// externally tagged as the worker's messages (`exchange::WorkerRequest`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
    /// A saved web archive (.mht/.mhtml) whose parts hold no HTML page.
    NoPageInArchive,
}

impl DocumentProblem {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            DocumentProblem::ScannedPdf => lang.text(LaterKey::RejectScannedPdf).to_string(),
            DocumentProblem::UndecodablePdf => {
                lang.text(LaterKey::RejectUndecodablePdf).to_string()
            }
            DocumentProblem::EncryptedPdf => lang.text(LaterKey::RejectEncryptedPdf).to_string(),
            DocumentProblem::DamagedPdf { detail } => {
                lang.format(LaterKey::RejectDamagedPdf, &[("detail", detail)])
            }
            DocumentProblem::OldWord => lang.text(LaterKey::RejectOldWord).to_string(),
            DocumentProblem::EncryptedWord => lang.text(LaterKey::RejectEncryptedWord).to_string(),
            DocumentProblem::DamagedZip { detail } => {
                lang.format(LaterKey::RejectDamagedZip, &[("detail", detail)])
            }
            DocumentProblem::NotWord { kind } => lang.format(
                LaterKey::RejectNotWord,
                &[("kind", &lang.text(kind.name()))],
            ),
            DocumentProblem::NoWordBody => lang.text(LaterKey::RejectNoWordBody).to_string(),
            DocumentProblem::NoPageInArchive => {
                lang.text(LaterKey::RejectNoPageInArchive).to_string()
            }
        }
    }
}
