//! Figures of the 31 provincial reports of 2026 against a gold file of
//! figures read by hand (tests/gold/figures-provincial-2026.jsonl: review
//! and plan sections, every kind). The reports are read from
//! `../shared/realworld/provincial-2026` (never copied into the project);
//! where that folder is absent the test says so and passes.
//!
//! The figures it prints: `cargo test -p report-clean --test pipeline figures_provincial:: -- --nocapture`.

use std::path::{Path, PathBuf};

use crate::support::repo_root;
use report_clean::tools::figure_gold::evaluate;
use report_clean::{process_report, Report};

/// One report per CSV: the `full_text` column of its row, named by the file.
fn provincial_reports(folder: &Path) -> Vec<Report> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .expect("provincial folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    files.sort();
    let mut reports = Vec::new();
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let mut reader = csv::Reader::from_path(&file).expect("readable CSV");
        let headers = reader.headers().expect("header row").clone();
        let column = headers
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}') == "full_text")
            .expect("full_text column");
        for row in reader.records() {
            let row = row.expect("CSV row");
            reports.push(process_report(&name, &row[column]));
        }
    }
    reports
}

#[test]
fn provincial_figures_meet_the_hand_read_gold() {
    let folder = repo_root().join("../shared/realworld/provincial-2026");
    if !folder.is_dir() {
        eprintln!(
            "skipped: {} is absent (the real reports are read from there)",
            folder.display()
        );
        return;
    }
    let gold =
        std::fs::read_to_string(repo_root().join("tests/gold/figures-provincial-2026.jsonl"))
            .expect("gold file");
    let reports = provincial_reports(&folder);
    assert_eq!(reports.len(), 31, "one report per province");
    let eval = evaluate(&gold, &reports).expect("gold parses");
    println!(
        "provincial-2026 ({} reports)\n{}",
        reports.len(),
        eval.summary()
    );
    assert!(
        eval.gold >= 200,
        "the gold file lists {} figures",
        eval.gold
    );
    assert!(
        eval.recall() >= 0.90,
        "every field right for {:.3} of gold figures (goal 0.90)",
        eval.recall()
    );
    assert!(
        eval.precision() >= 0.95,
        "{:.3} of extracted figures are gold figures (goal 0.95)",
        eval.precision()
    );
}
