//! Word (.docx, and the binary .doc) and PDF reports for report-core's import: their text as
//! lines and the values their properties state, handed to the core's
//! pipeline like any other file's text.
//!
//! A crate of its own, depended on only by the import worker and the CLI:
//! the page's wasm depends on report-core, and the zip, XML and PDF
//! readers must never reach it (a cargo feature of report-core could be
//! switched on for the page by feature unification in one build).

mod doc;
mod docx;
mod layout;
mod numbering;
mod pdf;
mod properties;

use report_clean::import::{
    binary_kind, check_size, extension_of, prepare_extracted, BinaryKind, ColumnChoice,
    DocumentProblem, PreparedFile, Rejection,
};

/// [`report_clean::import::prepare_file_with`], reading Word and PDF
/// documents too (`columns` is for files of records). `pages(done,
/// total)` is called after each page of a PDF.
pub fn prepare_file(
    file: &str,
    bytes: &[u8],
    columns: Option<&ColumnChoice>,
    pages: impl FnMut(usize, usize),
) -> Result<PreparedFile, Rejection> {
    check_size(bytes.len() as u64)?;
    let extension = extension_of(file).unwrap_or_default();
    let refuse = |problem| Err(Rejection::Document { problem });
    match (binary_kind(bytes), extension.as_str()) {
        (Some(BinaryKind::Pdf), _) => prepare_extracted(file, pdf::extract(bytes, pages)?),
        (Some(BinaryKind::Zip), _) => match docx::extract(bytes) {
            Ok(Some(extracted)) => prepare_extracted(file, extracted),
            Ok(None) if extension == "docx" => refuse(DocumentProblem::NoWordBody),
            // Another kind of archive, said as before.
            Ok(None) => Err(Rejection::Binary {
                kind: BinaryKind::Zip,
            }),
            Err(why) => Err(why),
        },
        // Office keeps a password-protected .docx in the old container.
        (Some(BinaryKind::OldOffice), "docx") => refuse(DocumentProblem::EncryptedWord),
        // Word 97–2003 (and WPS); another old Office file is said as before.
        (Some(BinaryKind::OldOffice), _) => match doc::extract(bytes) {
            Ok(Some(extracted)) => prepare_extracted(file, extracted),
            Ok(None) if matches!(extension.as_str(), "doc" | "wps" | "dot") => {
                refuse(DocumentProblem::OldWord)
            }
            Ok(None) => Err(Rejection::Binary {
                kind: BinaryKind::OldOffice,
            }),
            Err(why) => Err(why),
        },
        (Some(kind), "docx") => refuse(DocumentProblem::NotWord { kind }),
        _ => report_clean::import::prepare_file_with(file, bytes, columns),
    }
}
