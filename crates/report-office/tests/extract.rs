//! Word and PDF fixtures (tests/fixtures/office, written by its
//! make-fixtures.py) through report-office and the core's import.

use report_clean::import::{
    import_prepared, BinaryKind, DocumentProblem, Field, ImportWarning, KnownReports, PreparedFile,
    Rejection, Unit,
};
use report_core::i18n::Lang;
use report_core::{Format, Report};

mod support;

use support::{fixture, prepare_bytes};

fn prepare(name: &str) -> Result<PreparedFile, Rejection> {
    prepare_bytes(name, &fixture(name))
}

fn text_of(prepared: &PreparedFile) -> &str {
    match &prepared.units[..] {
        [Unit::Text { text, .. }] => text,
        other => panic!("one text unit expected, got {other:?}"),
    }
}

fn import(name: &str) -> Report {
    let outcome = import_prepared(
        name,
        prepare(name),
        &mut KnownReports::default(),
        1,
        |_, _| {},
    );
    let mut reports = outcome.result.expect("imported").reports;
    assert_eq!(reports.len(), 1);
    reports.remove(0)
}

fn refused(name: &str) -> Rejection {
    prepare(name).expect_err("refused")
}

/// What both the Word and the PDF form of the bulletin must give.
fn assert_bulletin(report: &Report, format: Format) {
    assert_eq!(report.title, "苏州市吴江区2023年国民经济和社会发展统计公报");
    assert_eq!(report.region.as_ref().map(|r| r.label()), Some("吴江区"));
    let imported = report.imported.as_ref().unwrap();
    assert_eq!(imported.format, format);
    // The text states no date: the document's own is used, and said so.
    assert_eq!(
        report.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-03-08")
    );
    assert!(imported.notes.contains(&ImportWarning::FromProperties {
        field: Field::Date,
        value: "2024-03-08".into()
    }));
    // The title line of the text stands; the properties' title is not noted.
    assert!(!imported.notes.iter().any(|n| matches!(
        n,
        ImportWarning::FromProperties {
            field: Field::Title,
            ..
        }
    )));
    let headings: Vec<String> = report
        .sections
        .iter()
        .flat_map(|s| s.heading.clone())
        .collect();
    // (The pipeline may read a heading right under the title as its
    // subtitle, as it does in a text file of the same lines.)
    let first = report.subtitle.iter().chain(&headings);
    assert!(first.into_iter().any(|h| h == "一、综合"), "{headings:?}");
    for numbered in ["（一）工业", "（二）建筑业", "三、人民生活"] {
        assert!(
            headings.iter().any(|h| h == numbered),
            "{numbered} in {headings:?}"
        );
    }
    let paragraphs: Vec<&String> = report.sections.iter().flat_map(|s| &s.paragraphs).collect();
    // One paragraph, though the PDF broke it over three lines.
    assert!(paragraphs
        .iter()
        .any(|p| p.contains("比上年增长6.1%。其中，第一产业") && p.ends_with("增长6.6%。")));
    assert!(report.figures.iter().any(|f| f.value == 2408.6));
}

#[test]
fn word_paragraphs_numbered_headings_table_and_properties() {
    let prepared = prepare("report.docx").unwrap();
    assert_eq!(prepared.format, Format::Docx);
    let text = text_of(&prepared);
    // Table rows: cells apart, numbers never glued.
    assert!(text.contains("\n地区生产总值\t2408.6\t6.1\n"), "{text}");
    assert!(text.contains("\n（一）工业\n"));
    let report = import("report.docx");
    assert_bulletin(&report, Format::Docx);
    // The author names a public body: the source.
    assert_eq!(report.source.as_deref(), Some("苏州市吴江区统计局"));
}

#[test]
fn pdf_text_in_reading_order_without_page_furniture() {
    let prepared = prepare("report.pdf").unwrap();
    assert_eq!(prepared.format, Format::Pdf);
    let text = text_of(&prepared);
    assert!(text.starts_with("苏州市吴江区2023年国民经济和社会发展统计公报\n一、综合\n"));
    assert!(!text.contains(" 统计公报"), "running head left: {text}");
    assert!(
        !text
            .lines()
            .any(|l| l.trim_matches(['-', ' ']).parse::<u32>().is_ok()),
        "{text}"
    );
    assert!(text.contains("\n地区生产总值\t2408.6\t6.1\n"), "{text}");
    let order: Vec<usize> = ["一、综合", "二、工业和建筑业", "（一）工业", "三、人民生活"]
        .iter()
        .map(|h| text.find(h).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]));
    assert_bulletin(&import("report.pdf"), Format::Pdf);
}

#[test]
fn long_pdf_reports_each_page_and_ignores_a_file_name_title() {
    let mut seen = Vec::new();
    let prepared =
        report_office::prepare_file("long.pdf", &fixture("long.pdf"), None, |done, total| {
            seen.push((done, total))
        })
        .unwrap();
    let total = seen.last().unwrap().1;
    assert!(total > 20, "{total} pages");
    assert_eq!(seen, (1..=total).map(|n| (n, total)).collect::<Vec<_>>());
    let text = text_of(&prepared);
    assert_eq!(text.matches("一、综合").count(), 40);
    assert!(
        !text.contains("局 统计公报") && !text.contains("Microsoft"),
        "{text}"
    );
}

#[test]
fn a_pdf_protected_against_copying_only_opens() {
    assert_bulletin(&import("copy-protected.pdf"), Format::Pdf);
}

#[test]
fn bad_documents_are_refused_each_with_its_reason() {
    let problem = |name| match refused(name) {
        Rejection::Document { problem } => problem,
        other => panic!("{name}: {other:?}"),
    };
    assert_eq!(problem("encrypted.pdf"), DocumentProblem::EncryptedPdf);
    assert_eq!(problem("scanned.pdf"), DocumentProblem::ScannedPdf);
    assert_eq!(
        problem("no-unicode-map.pdf"),
        DocumentProblem::UndecodablePdf
    );
    assert_eq!(problem("old.doc"), DocumentProblem::OldWord);
    assert_eq!(
        problem("image.docx"),
        DocumentProblem::NotWord {
            kind: BinaryKind::Png
        }
    );
    assert!(matches!(
        problem("truncated.docx"),
        DocumentProblem::DamagedZip { .. }
    ));
    for name in [
        "encrypted.pdf",
        "scanned.pdf",
        "old.doc",
        "image.docx",
        "truncated.docx",
    ] {
        let why = refused(name);
        let (zh, en) = (why.describe(Lang::Zh), why.describe(Lang::En));
        assert!(!zh.is_empty() && zh != en, "{name}: {zh} / {en}");
    }
    assert!(refused("old.doc").describe(Lang::En).contains(".docx"));
    assert!(refused("scanned.pdf").describe(Lang::Zh).contains("文字层"));
}

#[test]
fn other_files_go_through_the_core_as_before() {
    let zip = std::fs::read(format!(
        "{}/../../tests/fixtures/import/reports.zip",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    assert_eq!(
        report_office::prepare_file("reports.zip", &zip, None, |_, _| {}).unwrap_err(),
        Rejection::Binary {
            kind: BinaryKind::Zip
        }
    );
    let text = "某县2023年政府工作报告\n一、过去一年的工作\n全年地区生产总值增长6.5%。\n";
    let prepared = report_office::prepare_file("a.txt", text.as_bytes(), None, |_, _| {}).unwrap();
    assert_eq!(prepared.format, Format::Text);
}
