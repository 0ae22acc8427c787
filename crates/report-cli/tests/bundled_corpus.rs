//! The bundled corpus can never go stale: it must equal a fresh build of
//! data/reports, byte for byte.

use std::process::{Command, Output};

/// `report-cli` run in the repository's root with `args`.
fn report_cli<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    Command::new(env!("CARGO_BIN_EXE_report-cli"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("run report-cli")
}

#[test]
fn bundled_corpus_equals_a_fresh_build() {
    let output = report_cli(["check", "data/reports", "data/corpus.json"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// index.html inlines data/first-screen.html, the list it shows before the
/// wasm runs: it must be what the bundled corpus gives.
#[test]
fn first_screen_equals_a_fresh_render() {
    let output = report_cli([
        "first-screen",
        "data/corpus.json",
        "--check",
        "data/first-screen.html",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn first_screen_check_fails_on_a_stale_file() {
    let stale =
        std::env::temp_dir().join(format!("stale-first-screen-{}.html", std::process::id()));
    std::fs::write(
        &stale,
        "<div class=\"re-skeleton\" data-first-screen></div>\n",
    )
    .unwrap();
    let output = report_cli([
        "first-screen",
        "data/corpus.json",
        "--check",
        stale.to_str().unwrap(),
    ]);
    std::fs::remove_file(&stale).ok();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("stale"));
}

#[test]
fn check_fails_on_a_stale_corpus() {
    let stale = std::env::temp_dir().join(format!("stale-corpus-{}.json", std::process::id()));
    std::fs::write(&stale, "{\"schema_version\":1,\"reports\":[]}\n").unwrap();
    let output = report_cli(["check", "data/reports", stale.to_str().unwrap()]);
    std::fs::remove_file(&stale).ok();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("stale"));
}

#[test]
fn build_reports_each_file() {
    let output = report_cli(["build", "data/reports"]);
    assert!(output.status.success());
    let log = String::from_utf8_lossy(&output.stderr);
    assert_eq!(log.matches("  ok: ").count(), 5, "{log}");
    let corpus: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(corpus["reports"].as_array().unwrap().len(), 5);
}

#[test]
fn build_reads_every_import_format_and_encoding() {
    let output = report_cli(["build", "tests/fixtures/import"]);
    assert!(output.status.success());
    let log = String::from_utf8_lossy(&output.stderr);
    for line in [
        "qingzhou-gbk.txt: 1 report (text, gb18030)",
        "shouguang-utf16.txt: 1 report (text, UTF-16LE)",
        "zhucheng.html: 1 report (web page, UTF-8)",
        "weifang-reports.csv: 2 reports (CSV, UTF-8)",
        "  skipped: row 4: the text cell is empty",
        "    warning: 1 damaged byte sequence replaced with �",
        "empty.txt: rejected: the file is empty",
        "newer-schema.json: rejected: the corpus has schema version 99",
        "no-text-column.csv: no column is clearly the report text; name it with --text-column <name>:",
        "  数值: 1",
    ] {
        assert!(log.contains(line), "missing {line:?} in:\n{log}");
    }
    let corpus: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let reports = corpus["reports"].as_array().unwrap();
    assert_eq!(reports.len(), 6);
    // Bundled reports carry no import provenance.
    assert!(reports.iter().all(|r| r.get("imported").is_none()));
}

#[test]
fn build_reads_word_and_pdf_and_says_why_others_are_refused() {
    let output = report_cli(["build", "tests/fixtures/office"]);
    assert!(output.status.success());
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(
        log.contains("report.docx: 1 report (Word document, UTF-8)"),
        "{log}"
    );
    assert!(log.contains("long.pdf: 1 report (PDF, UTF-8)"), "{log}");
    assert!(
        log.contains("old.doc: rejected: this Word document (.doc) is from Word 95 or earlier"),
        "{log}"
    );
    assert!(
        log.contains("scanned.pdf: rejected: this PDF has no text layer"),
        "{log}"
    );
    assert!(
        log.contains("encrypted.pdf: rejected: this PDF is protected by a password"),
        "{log}"
    );
    // The corpus carries the documents' reports (report.pdf is the same
    // text as copy-protected.pdf, read before it, so it is not taken twice).
    assert!(
        log.contains("skipped: report.pdf: already in the corpus"),
        "{log}"
    );
    let corpus: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let titles: Vec<&str> = corpus["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["title"].as_str().unwrap())
        .collect();
    // The bulletin as .docx, .doc and two PDFs; the county report as .doc
    // and as the page it was saved from (their texts' lines differ).
    assert!(
        log.contains("report.doc: 1 report (Word document, UTF-8)"),
        "{log}"
    );
    assert!(
        log.contains("county-report.doc: 1 report (Word document, UTF-8)"),
        "{log}"
    );
    assert_eq!(titles.len(), 6, "{titles:?}");
    let bulletins = titles
        .iter()
        .filter(|t| **t == "苏州市吴江区2023年国民经济和社会发展统计公报")
        .count();
    let county = titles
        .iter()
        .filter(|t| **t == "2015年某县人民政府工作报告")
        .count();
    assert_eq!((bulletins, county), (4, 2), "{titles:?}");
}
