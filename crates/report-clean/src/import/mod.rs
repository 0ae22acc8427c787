//! Bringing a user's own files in: bytes to reports, through the same
//! pipeline as the bundled corpus, with a result per file. What the page
//! needs of an import (the cap, refusals, messages) is report-core's
//! `import`, re-exported here.
//!
//! Two steps, so a caller can show progress and stay responsive between
//! reports: [`prepare_file`] checks, decodes and splits a file into units
//! (a text file is one, a CSV file one per row, a corpus JSON one per
//! report); [`finish_unit`] turns one unit into a report, or recognises it
//! as one already known. [`import_file`] does both for callers that need
//! not pause (the command line, tests).

mod columns;
mod correction;
mod csv_rows;
mod decode;
mod document;
mod embedded;
mod exchange;
mod html_meta;
mod html_text;
mod link_list;
mod linked_data;
mod page_address;
mod records;
mod web_archive;

use crate::clean::pipeline::{process_marked_report, stable_id};
use report_core::{parse_corpus, NoiseKind, Report};

// The page's side of import (the cap, refusals, messages) is the core's:
// re-exported so the worker and the command line name one namespace.
pub use report_core::import::*;

pub use columns::{normalise_name, role_of, Role};
pub use correction::{apply_correction, resolve_region};
pub use decode::binary_kind;
pub use document::{prepare_extracted, Extracted};
pub use exchange::{run_correction, RunImport};
pub use html_text::{html_to_text, looks_like_html, read_web_page, WebPage};

/// A file name's extension, lower-cased (`Report.DOCX` → `docx`).
pub fn extension_of(file: &str) -> Option<String> {
    file.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())
}

/// A file's format: from the file name's extension, else from the content.
pub fn format_of(file: &str, text: &str) -> Format {
    match extension_of(file).as_deref() {
        Some("html" | "htm" | "xhtml" | "shtml") => Format::Html,
        Some("csv" | "tsv") => Format::Csv,
        Some("json") => Format::Corpus,
        Some("jsonl" | "ndjson") => Format::Json,
        Some("txt" | "text") => Format::Text,
        _ if text.trim_start().starts_with('{') => Format::Corpus,
        _ if looks_like_html(text) => Format::Html,
        _ => Format::Text,
    }
}

/// Values a file gives for a report beside its text (CSV columns, JSON
/// fields: stated, so taken over what the pipeline infers; a document's
/// properties: only where the text states none).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Given {
    pub title: Option<String>,
    /// A title taken only where neither the text nor `title` gives one: a
    /// page's `<title>` when its headline is a picture.
    pub title_if_none: Option<String>,
    pub date: Option<String>,
    /// A date taken only where the text states none (its year, if inferred,
    /// agreeing): the day a page's own address files it under.
    pub date_if_none: Option<String>,
    /// The organ that runs the site, as the page names it apart from its
    /// text (`<title>2024年某某镇政府工作报告_某某县人民政府</title>`): a clue
    /// to the region only where the report names no place of its own.
    pub site_owner: Option<String>,
    /// A source taken only where the text states none: the office a Word
    /// page's properties name as its author.
    pub source_if_none: Option<String>,
    /// A year column, read where no date is given (or it cannot be read).
    pub year: Option<String>,
    pub region: Option<String>,
    pub source: Option<String>,
    /// Used only where the text states no value of its own (a document's
    /// properties are weaker evidence than its text); a CSV's columns
    /// override the text.
    pub fills_gaps: bool,
}

/// One report's worth of a file.
#[derive(Debug, Clone)]
pub enum Unit {
    Text {
        origin: String,
        text: String,
        given: Given,
    },
    /// A web page: its text, the lines its markup marks as furniture, and
    /// what its metadata states.
    Page { origin: String, page: WebPage },
    /// A report from a corpus JSON, already processed.
    Report(Box<Report>),
}

/// A file checked, decoded and split into units.
#[derive(Debug)]
pub struct PreparedFile {
    pub file: String,
    pub format: Format,
    pub encoding: &'static str,
    /// Warnings about the file as a whole (damaged bytes).
    pub notes: Vec<ImportWarning>,
    pub units: Vec<Unit>,
    /// Parts of the file that are not reports (empty CSV rows).
    pub skipped: Vec<NotImported>,
}

pub fn prepare_file(file: &str, bytes: &[u8]) -> Result<PreparedFile, Rejection> {
    prepare_file_with(file, bytes, None)
}

/// [`prepare_file`] with the columns a person (or the command line) chose
/// for a CSV or JSON records.
pub fn prepare_file_with(
    file: &str,
    bytes: &[u8],
    columns: Option<&ColumnChoice>,
) -> Result<PreparedFile, Rejection> {
    check_size(bytes.len() as u64)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Rejection::Empty);
    }
    if web_archive::is_web_archive(file, bytes) {
        return prepare_web_archive(file, bytes);
    }
    let decoded = decode::decode(bytes)?;
    let text = decoded.text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(Rejection::Empty);
    }
    let mut format = format_of(file, text);
    let records = match format {
        Format::Corpus | Format::Json => records::parse_records(text),
        _ => None,
    };
    // A .json file is a corpus or records, whichever it holds; a .jsonl
    // that is no records is read as a corpus, to say what is wrong with it.
    format = match (format, &records) {
        (_, Some(_)) => Format::Json,
        (Format::Json, None) => Format::Corpus,
        (format, None) => format,
    };
    let mut skipped = Vec::new();
    let units = match format {
        Format::Text => {
            if let Some(count) = link_list::listed_items_in_text(text) {
                return Err(Rejection::ListOfLinks { count });
            }
            vec![text_unit(file, text.to_string())]
        }
        Format::Html => vec![page_unit(file, text, None)?],
        Format::Csv => {
            let (units, rows) = csv_rows::csv_units(file, text, columns)?;
            skipped = rows;
            units
        }
        Format::Json => {
            let records = records.unwrap_or_default();
            let (units, empty) = records::record_units(file, &records, columns)?;
            skipped = empty;
            units
        }
        // Extracted by report-office and brought in by `prepare_extracted`;
        // `Format::of` never names them.
        Format::Docx | Format::Doc | Format::Pdf => vec![text_unit(file, text.to_string())],
        Format::Corpus => {
            let corpus = parse_corpus(text).map_err(Rejection::Corpus)?;
            corpus
                .reports
                .into_iter()
                .map(|r| Unit::Report(Box::new(r)))
                .collect()
        }
    };
    if units.is_empty() {
        return Err(match format {
            Format::Corpus | Format::Json => Rejection::NoReports,
            _ => Rejection::NoText,
        });
    }
    Ok(PreparedFile {
        file: file.to_string(),
        format,
        encoding: decoded.encoding,
        notes: decoded.warnings,
        units,
        skipped,
    })
}

/// A web page's one unit; `address` is where the page was saved from, when
/// the file states it apart from the markup (a web archive's headers).
fn page_unit(file: &str, html: &str, address: Option<&str>) -> Result<Unit, Rejection> {
    let mut page = read_web_page(html);
    if page.text.trim().is_empty() {
        return Err(Rejection::NoText);
    }
    if let Some(count) = link_list::listed_items(&page) {
        return Err(Rejection::ListOfLinks { count });
    }
    if page.given.date_if_none.is_none() {
        page.given.date_if_none = address.and_then(page_address::date_in_address);
    }
    Ok(Unit::Page {
        origin: file.to_string(),
        page,
    })
}

/// A page saved as one file (.mht/.mhtml): the HTML part read as a page.
fn prepare_web_archive(file: &str, bytes: &[u8]) -> Result<PreparedFile, Rejection> {
    let archived = web_archive::archived_page(bytes)?;
    let html = archived.html.text.trim_start_matches('\u{feff}');
    let unit = page_unit(file, html, archived.address.as_deref())?;
    Ok(PreparedFile {
        file: file.to_string(),
        format: Format::Html,
        encoding: archived.html.encoding,
        notes: archived.html.warnings,
        units: vec![unit],
        skipped: Vec::new(),
    })
}

fn text_unit(file: &str, text: String) -> Unit {
    Unit::Text {
        origin: file.to_string(),
        text,
        given: Given::default(),
    }
}

/// What became of one unit.
#[derive(Debug, Clone)]
pub enum UnitOutcome {
    Imported(Box<Report>),
    /// The same text (by id) is already in the corpus or the workspace.
    Duplicate {
        origin: String,
        existing: String,
    },
}

/// Turns one unit into a report marked as imported, unless its text is
/// already known. `sequence` orders imports across the workspace.
pub fn finish_unit(
    unit: Unit,
    file: &PreparedFile,
    sequence: u64,
    known: &mut KnownReports,
) -> UnitOutcome {
    let duplicate = |origin: String, id: &str, known: &KnownReports| {
        known.title_of(id).map(|existing| UnitOutcome::Duplicate {
            origin,
            existing: existing.to_string(),
        })
    };
    let (origin, text, given, furniture, headline, captions) = match unit {
        Unit::Text {
            origin,
            text,
            given,
        } => (origin, text, given, Vec::new(), None, Vec::new()),
        Unit::Page { origin, page } => (
            origin,
            page.text,
            page.given,
            page.furniture,
            page.headline,
            page.captions,
        ),
        Unit::Report(mut report) => {
            if let Some(d) = duplicate(report.origin.clone(), &report.id, known) {
                return d;
            }
            // A report exported from a workspace keeps its provenance.
            report.imported.get_or_insert_with(|| Imported {
                file: file.file.clone(),
                format: Format::Corpus,
                encoding: file.encoding.to_string(),
                notes: Vec::new(),
                corrected: Vec::new(),
                sequence,
            });
            known.add(&report);
            return UnitOutcome::Imported(report);
        }
    };
    if let Some(d) = duplicate(origin.clone(), &stable_id(&text), known) {
        return d;
    }
    let mut report = process_marked_report(
        &origin,
        &text,
        &furniture,
        &captions,
        headline,
        given.title_if_none.as_deref(),
    );
    captions_named_by_markup(&mut report, &captions);
    let mut notes = file.notes.clone();
    notes.extend(correction::apply_given(&mut report, &given));
    if origin == file.file {
        correction::title_from_file_name(&mut report, &file.file);
    }
    report.imported = Some(Imported {
        file: file.file.clone(),
        format: file.format,
        encoding: file.encoding.to_string(),
        notes,
        corrected: Vec::new(),
        sequence,
    });
    known.add(&report);
    UnitOutcome::Imported(Box::new(report))
}

/// A line the markup names as a picture's caption (`<figcaption>`) that
/// the pipeline set aside as the header's or the body's chrome (a caption
/// with no credit above the delivery line reads as metadata) is a caption:
/// the page says so. Those it read otherwise stay as read.
fn captions_named_by_markup(report: &mut Report, lines: &[usize]) {
    let mut taken = Vec::new();
    report.noise.retain(|n| {
        let named = lines.contains(&n.line) && n.kind != NoiseKind::Spam;
        if named {
            taken.push(n.text.clone());
        }
        !named
    });
    for (at, caption) in taken.into_iter().enumerate() {
        if !report.captions.contains(&caption) {
            report
                .captions
                .insert(at.min(report.captions.len()), caption);
        }
    }
}

/// The result of importing one whole file.
#[derive(Debug)]
pub struct FileOutcome {
    pub file: String,
    pub result: Result<FileImport, Rejection>,
}

/// Imports a whole file at once; sequences start at `first_sequence`.
pub fn import_file(
    file: &str,
    bytes: &[u8],
    known: &mut KnownReports,
    first_sequence: u64,
) -> FileOutcome {
    import_file_reporting(file, bytes, None, known, first_sequence, |_, _| {})
}

/// [`import_file`] with the columns chosen for a CSV or JSON records.
pub fn import_file_with(
    file: &str,
    bytes: &[u8],
    columns: Option<&ColumnChoice>,
    known: &mut KnownReports,
    first_sequence: u64,
) -> FileOutcome {
    import_file_reporting(file, bytes, columns, known, first_sequence, |_, _| {})
}

/// [`import_file`], calling `progress(done, total)` after each unit, so a
/// long import can say how far it is.
pub fn import_file_reporting(
    file: &str,
    bytes: &[u8],
    columns: Option<&ColumnChoice>,
    known: &mut KnownReports,
    first_sequence: u64,
    progress: impl FnMut(usize, usize),
) -> FileOutcome {
    import_prepared(
        file,
        prepare_file_with(file, bytes, columns),
        known,
        first_sequence,
        progress,
    )
}

/// Finishes a prepared file (from [`prepare_file`], or from another
/// crate's reader and [`prepare_extracted`]), calling `progress(done,
/// total)` after each unit.
pub fn import_prepared(
    file: &str,
    prepared: Result<PreparedFile, Rejection>,
    known: &mut KnownReports,
    first_sequence: u64,
    mut progress: impl FnMut(usize, usize),
) -> FileOutcome {
    let result = prepared.map(|mut prepared| {
        let units = std::mem::take(&mut prepared.units);
        let total = units.len();
        let mut reports = Vec::new();
        let mut duplicates = Vec::new();
        for (done, unit) in units.into_iter().enumerate() {
            let sequence = first_sequence + reports.len() as u64;
            match finish_unit(unit, &prepared, sequence, known) {
                UnitOutcome::Imported(report) => reports.push(*report),
                UnitOutcome::Duplicate { origin, existing } => {
                    duplicates.push(NotImported::Duplicate { origin, existing })
                }
            }
            progress(done + 1, total);
        }
        FileImport {
            format: prepared.format,
            encoding: prepared.encoding.to_string(),
            reports,
            not_imported: duplicates.into_iter().chain(prepared.skipped).collect(),
        }
    });
    FileOutcome {
        file: file.to_string(),
        result,
    }
}
