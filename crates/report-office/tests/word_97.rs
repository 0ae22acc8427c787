//! Word 97–2003 documents (.doc) through report-office and the core's
//! import: `tests/fixtures/office/report.doc` (the bulletin of report.docx
//! saved as .doc by LibreOffice) and `county-report.doc` (a county report
//! made up for these tests, `county-report.html` saved the same way).

use std::io::{Cursor, Read, Write};

use report_clean::import::{
    import_prepared, BinaryKind, DocumentProblem, Field, ImportWarning, KnownReports, Rejection,
    Unit,
};
use report_core::{Format, Report};

mod support;

use support::{fixture, prepare_bytes as prepare};

fn text(name: &str) -> String {
    match &prepare(name, &fixture(name)).unwrap().units[..] {
        [Unit::Text { text, .. }] => text.clone(),
        other => panic!("one text unit expected, got {other:?}"),
    }
}

fn import(name: &str) -> Report {
    let prepared = prepare(name, &fixture(name));
    let outcome = import_prepared(name, prepared, &mut KnownReports::default(), 1, |_, _| {});
    let mut reports = outcome.result.expect("imported").reports;
    assert_eq!(reports.len(), 1);
    reports.remove(0)
}

fn headings(report: &Report) -> Vec<String> {
    report
        .sections
        .iter()
        .flat_map(|s| s.heading.clone())
        .collect()
}

#[test]
fn a_doc_gives_its_paragraphs_table_rows_and_properties() {
    let text = text("report.doc");
    assert!(
        text.starts_with("苏州市吴江区2023年国民经济和社会发展统计公报\n"),
        "{text}"
    );
    // Table rows: cells apart, numbers never glued.
    assert!(text.contains("\n地区生产总值\t2408.6\t6.1\n"), "{text}");
    let report = import("report.doc");
    assert_eq!(report.title, "苏州市吴江区2023年国民经济和社会发展统计公报");
    assert_eq!(report.region.as_ref().map(|r| r.label()), Some("吴江区"));
    let imported = report.imported.as_ref().unwrap();
    assert_eq!(imported.format, Format::Doc);
    // The text states no date: the summary information's creation date is
    // used, and said so; its author names a public body, the source.
    assert_eq!(
        report.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-03-08")
    );
    assert!(imported.notes.contains(&ImportWarning::FromProperties {
        field: Field::Date,
        value: "2024-03-08".into()
    }));
    assert_eq!(report.source.as_deref(), Some("苏州市吴江区统计局"));
    assert!(headings(&report).iter().any(|h| h == "人民生活"));
    assert!(report.figures.iter().any(|f| f.value == 2408.6));
}

#[test]
fn a_county_report_as_doc_reads_as_its_text_would() {
    let text = text("county-report.doc");
    // A hyperlink's field code is dropped, its shown text kept.
    assert!(text.contains("同比增长8.2%；详见统计公报。"), "{text}");
    assert!(!text.contains("HYPERLINK"));
    assert!(text.contains("\n财政总收入\t12.3亿元\t9.1%\n"), "{text}");
    let report = import("county-report.doc");
    assert_eq!(report.title, "2015年某县人民政府工作报告");
    assert_eq!(
        report.date.as_ref().map(|d| d.value.as_str()),
        Some("2015-01-20")
    );
    assert_eq!(
        headings(&report),
        ["一、2014年工作回顾", "二、2015年主要任务"]
    );
    assert!(report.sections[0].paragraphs[0].starts_with("各位代表：现在，我代表县人民政府"));
}

/// `report.doc` written again as a compound file, its FIB changed by `edit`.
fn with_fib(edit: impl Fn(&mut Vec<u8>)) -> Vec<u8> {
    let bytes = fixture("report.doc");
    let mut source = cfb::CompoundFile::open(Cursor::new(&bytes)).unwrap();
    let paths: Vec<String> = source
        .walk()
        .filter(|e| e.is_stream())
        .map(|e| e.path().to_string_lossy().into_owned())
        .collect();
    let mut copy = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
    for path in paths {
        let mut data = Vec::new();
        source
            .open_stream(&path)
            .unwrap()
            .read_to_end(&mut data)
            .unwrap();
        if path == "/WordDocument" {
            edit(&mut data);
        }
        if let Some(parent) = std::path::Path::new(&path).parent() {
            if parent != std::path::Path::new("/") && !copy.exists(parent) {
                copy.create_storage_all(parent).unwrap();
            }
        }
        copy.create_stream(&path).unwrap().write_all(&data).unwrap();
    }
    copy.flush().unwrap();
    copy.into_inner().into_inner()
}

#[test]
fn an_encrypted_or_pre_97_doc_is_refused_with_its_reason() {
    let problem = |bytes: &[u8]| match prepare("report.doc", bytes) {
        Err(Rejection::Document { problem }) => problem,
        other => panic!("{other:?}"),
    };
    // The rewritten file still reads: the edits below are what is refused.
    assert!(prepare("report.doc", &with_fib(|_| {})).is_ok());
    let encrypted = with_fib(|fib| fib[0x0B] |= 0x01);
    assert_eq!(problem(&encrypted), DocumentProblem::EncryptedWord);
    // Word 95 wrote nFib 0x0068 and a FIB of another layout.
    let word_95 = with_fib(|fib| fib[2..4].copy_from_slice(&0x0068u16.to_le_bytes()));
    assert_eq!(problem(&word_95), DocumentProblem::OldWord);
}

#[test]
fn another_old_office_file_is_said_to_be_one() {
    let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
    file.create_stream("/Workbook")
        .unwrap()
        .write_all(&[0x09, 0x08, 0x10, 0x00])
        .unwrap();
    file.flush().unwrap();
    let workbook = file.into_inner().into_inner();
    assert_eq!(
        prepare("budget.xls", &workbook).unwrap_err(),
        Rejection::Binary {
            kind: BinaryKind::OldOffice
        }
    );
    // Named .doc, it is a Word document Report Explorer cannot read.
    assert_eq!(
        prepare("budget.doc", &workbook).unwrap_err(),
        Rejection::Document {
            problem: DocumentProblem::OldWord
        }
    );
}
