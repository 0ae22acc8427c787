//! `report-cli`: the native front of report-core.
//!
//!   report-cli build <folder> [--out <corpus.json>]   build the corpus JSON
//!   report-cli check <folder> <corpus.json>          fail if the JSON is stale
//!   report-cli inspect <file>                        show what one file yields
//!   report-cli synth <corpus.json> <count> [--seed N] synthetic corpus for benchmarks
//!   report-cli split <corpus.json> <folder> [--per-part N] a catalogue and parts, loaded in turn
//!   report-cli split <corpus.json> <folder> --shards [..]  a catalogue, index shards and text parts
//!   report-cli figures-check <gold.json> <folder>     figure precision and recall against gold
//!   report-cli eval <folder-or-file> --gold <gold>    per-field accuracy against a gold file
//!   report-cli terms <corpus.json> [..]               distinctive terms per district, or new in a year
//!   report-cli first-screen <corpus.json> [..]        the page's first screen, written before the wasm runs

use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod eval;
mod shards;
mod terms;

use report_clean::import::{
    check_size, import_prepared, warnings, ColumnChoice, KnownReports, Rejection,
};
use report_clean::tools::synth::synthesize;
use report_core::i18n::Lang;
use report_core::{
    corpus_to_json, first_screen_html, parse_corpus, split_corpus, Corpus, Report, SCHEMA_VERSION,
};

pub(crate) const USAGE: &str = "usage:
  report-cli build <folder> [--out <corpus.json>] [columns]
                                                   build the corpus JSON from the .txt, .html, .docx, .pdf, .csv, .json and .jsonl
                                                   files of a folder, any encoding the app reads (stdout without --out);
                                                   each file's result goes to stderr, rejected files are left out
  report-cli check <folder> <corpus.json>          exit 1 if corpus.json differs from a fresh build
  report-cli inspect <file> [columns]              print the file's cleaned reports as JSON
  [columns] for a CSV or JSON records whose columns are not recognised by themselves:
    --text-column <name> --title-column <name> --date-column <name> --region-column <name> --source-column <name>
  report-cli synth <corpus.json> <count> [--seed N] print a synthetic corpus of <count> reports recombined from corpus.json
  report-cli split <corpus.json> <folder> [--per-part N] write <folder>/corpus.json, a catalogue of parts of N reports
                                                   (default 100) written beside it, for the app to load in turn
  report-cli split <corpus.json> <folder> --shards [--shard-count N] [--per-text N]
                                                   write <folder>/corpus.json, a catalogue of every report without its
                                                   text, index/shard-NNNN.bin (the search index cut by gram; count from
                                                   its size unless given) and texts/text-NNNN.json (N reports each,
                                                   default 8), for a static host: the app fetches what it needs
  report-cli figures-check <gold.json> <folder>     print figure precision and recall against the gold file
  report-cli eval <folder-or-file> --gold <gold> [--txt-from-column <column>] [--goal <percent>]
                                                   import a folder (or a file; a JSON Lines file line by line when the
                                                   gold names lines) as build does and print per-field accuracy against
                                                   the gold (seeds.json or a gold.jsonl) and every miss; with
                                                   --txt-from-column each CSV's cell is read as a copied .txt page;
                                                   with --goal, exit 1 if a field is below it
  report-cli terms <corpus.json> [--limit N] [--new-in YEAR]
                                                   print each district's top N (default 20) distinctive terms against
                                                   the rest, stock phrases in brackets; with --new-in, the terms the
                                                   reports of YEAR use that no earlier report does
  report-cli first-screen <corpus.json> [--out <file> | --check <file>]
                                                   the HTML of the page's first screen (the list and a search box that
                                                   work before the wasm has started) for index.html to inline; with
                                                   --check, exit 1 if <file> differs from it";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["build", folder, rest @ ..] => build_command(Path::new(folder), rest),
        ["check", folder, corpus] => check(Path::new(folder), Path::new(corpus)),
        ["inspect", file, rest @ ..] => import_options(rest).and_then(|(columns, out)| match out {
            None => inspect(Path::new(file), columns.as_ref()),
            Some(_) => Err(USAGE.to_string()),
        }),
        ["figures-check", gold, folder] => figures_check(Path::new(gold), Path::new(folder)),
        ["synth", corpus, count] => synth(Path::new(corpus), count, "1"),
        ["synth", corpus, count, "--seed", seed] => synth(Path::new(corpus), count, seed),
        ["split", corpus, folder] => split(Path::new(corpus), Path::new(folder), "100"),
        ["split", corpus, folder, "--shards", options @ ..] => {
            shards::split_sharded(Path::new(corpus), Path::new(folder), options)
        }
        ["split", corpus, folder, "--per-part", n] => {
            split(Path::new(corpus), Path::new(folder), n)
        }
        ["eval", input, rest @ ..] => eval_command(Path::new(input), rest),
        ["terms", corpus, rest @ ..] => terms::terms_command(Path::new(corpus), rest),
        ["first-screen", corpus] => first_screen(Path::new(corpus)).map(|html| print!("{html}")),
        ["first-screen", corpus, "--out", out] => {
            first_screen(Path::new(corpus)).and_then(|html| write(Path::new(out), &html))
        }
        ["first-screen", corpus, "--check", file] => {
            check_first_screen(Path::new(corpus), Path::new(file))
        }
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// Extensions `build` reads: the formats the app imports.
const REPORT_EXTENSIONS: &[&str] = &[
    "txt", "text", "html", "htm", "shtml", "mht", "mhtml", "docx", "doc", "wps", "pdf", "csv",
    "json", "jsonl", "ndjson",
];

/// `--out` and the column options of `build` and `inspect`, in any order.
fn import_options(options: &[&str]) -> Result<(Option<ColumnChoice>, Option<PathBuf>), String> {
    let mut columns = ColumnChoice::default();
    let mut out = None;
    let mut rest = options.iter();
    while let Some(option) = rest.next() {
        let value = rest.next().ok_or_else(|| USAGE.to_string())?.to_string();
        match *option {
            "--out" => out = Some(PathBuf::from(value)),
            "--text-column" => columns.text = Some(value),
            "--title-column" => columns.title = Some(value),
            "--date-column" => columns.date = Some(value),
            "--region-column" => columns.region = Some(value),
            "--source-column" => columns.source = Some(value),
            _ => return Err(USAGE.to_string()),
        }
    }
    let chosen = (columns != ColumnChoice::default()).then_some(columns);
    Ok((chosen, out))
}

fn build_command(folder: &Path, options: &[&str]) -> Result<(), String> {
    let (columns, out) = import_options(options)?;
    let json = corpus_to_json(&build_from(folder, columns.as_ref())?);
    match out {
        Some(out) => write(&out, &json),
        None => {
            print!("{json}");
            Ok(())
        }
    }
}

/// The report files of a folder, sorted by name so builds are reproducible.
fn report_files(folder: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(folder)
        .map_err(|e| format!("cannot read folder {}: {e}", folder.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension()
                .and_then(|x| x.to_str())
                .is_some_and(|x| REPORT_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()))
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!(
            "no reports in {} (looked for .{})",
            folder.display(),
            REPORT_EXTENSIONS.join(", .")
        ));
    }
    Ok(files)
}

/// `eval`'s options, in any order.
fn eval_command(input: &Path, options: &[&str]) -> Result<(), String> {
    let mut gold = None;
    let mut txt_from_column = None;
    let mut goal = None;
    let mut rest = options.iter();
    while let Some(option) = rest.next() {
        let value = rest.next().ok_or_else(|| USAGE.to_string())?;
        match *option {
            "--gold" => gold = Some(Path::new(*value)),
            "--txt-from-column" => txt_from_column = Some(*value),
            "--goal" => {
                goal = Some(
                    value
                        .parse::<f64>()
                        .map_err(|_| format!("not a percentage: {value}"))?,
                )
            }
            _ => return Err(USAGE.to_string()),
        }
    }
    eval::eval(&eval::EvalArgs {
        input,
        gold: gold.ok_or_else(|| USAGE.to_string())?,
        txt_from_column,
        goal,
    })
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Reads a file through the app's import (same formats, encodings, checks
/// and messages), printing its result to stderr.
fn import_path(
    path: &Path,
    columns: Option<&ColumnChoice>,
    known: &mut KnownReports,
) -> Result<Vec<Report>, String> {
    let name = file_name(path);
    let size = std::fs::metadata(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?
        .len();
    let outcome = match check_size(size) {
        Err(why) => Err(why),
        Ok(()) => {
            let bytes =
                std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
            let prepared = report_office::prepare_file(&name, &bytes, columns, |_, _| {});
            import_prepared(&name, prepared, known, 0, |_, _| {}).result
        }
    };
    match outcome {
        Err(Rejection::ChooseTextColumn { columns }) => {
            eprintln!(
                "{name}: no column is clearly the report text; name it with --text-column <name>:"
            );
            for c in columns {
                eprintln!("  {}: {}", c.name, c.sample);
            }
            Ok(Vec::new())
        }
        Err(why) => {
            eprintln!("{name}: rejected: {why}");
            Ok(Vec::new())
        }
        Ok(file) => {
            eprintln!(
                "{name}: {} {} ({}, {})",
                file.reports.len(),
                if file.reports.len() == 1 {
                    "report"
                } else {
                    "reports"
                },
                Lang::En.text(file.format.name()),
                file.encoding
            );
            for report in &file.reports {
                let region = report.region.as_ref().map_or("-", |r| r.label());
                let date = report.date.as_ref().map_or("-", |d| d.value.as_str());
                eprintln!("  ok: {} | {region} | {date}", report.title);
                for warning in warnings(report) {
                    eprintln!("    warning: {warning}");
                }
            }
            for line in &file.not_imported {
                eprintln!("  skipped: {line}");
            }
            Ok(file.reports)
        }
    }
}

/// Builds a bundled corpus: every file imported as the app would, then
/// stripped of import provenance (bundled reports are not "imported").
fn build_from(folder: &Path, columns: Option<&ColumnChoice>) -> Result<Corpus, String> {
    let mut known = KnownReports::default();
    let mut reports = Vec::new();
    for path in report_files(folder)? {
        reports.extend(import_path(&path, columns, &mut known)?);
    }
    for report in &mut reports {
        report.imported = None;
    }
    Ok(Corpus {
        schema_version: SCHEMA_VERSION,
        reports,
    })
}

fn build(folder: &Path) -> Result<String, String> {
    build_from(folder, None).map(|c| corpus_to_json(&c))
}

fn write(out: &Path, json: &str) -> Result<(), String> {
    std::fs::write(out, json).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    eprintln!("wrote {} ({} bytes)", out.display(), json.len());
    Ok(())
}

fn check(folder: &Path, corpus: &Path) -> Result<(), String> {
    let rebuild = format!(
        "cargo run -p report-cli -- build {} --out {}",
        folder.display(),
        corpus.display()
    );
    same_as_file(&build(folder)?, corpus, &rebuild)
}

/// Fails, naming the command that writes it again, if `file` is not `fresh`.
fn same_as_file(fresh: &str, file: &Path, rewrite: &str) -> Result<(), String> {
    let committed = std::fs::read_to_string(file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    if fresh == committed {
        eprintln!("{} is up to date", file.display());
        Ok(())
    } else {
        Err(format!(
            "{} is stale: write it again with `{rewrite}`",
            file.display()
        ))
    }
}

/// The first screen of the corpus's page (`report_core::first_screen_html`).
fn first_screen(corpus: &Path) -> Result<String, String> {
    let json = std::fs::read_to_string(corpus)
        .map_err(|e| format!("cannot read {}: {e}", corpus.display()))?;
    let corpus = parse_corpus(&json).map_err(|e| format!("{}: {e}", corpus.display()))?;
    Ok(first_screen_html(&corpus))
}

fn check_first_screen(corpus: &Path, file: &Path) -> Result<(), String> {
    let rewrite = format!(
        "cargo run -p report-cli -- first-screen {} --out {}",
        corpus.display(),
        file.display()
    );
    same_as_file(&first_screen(corpus)?, file, &rewrite)
}

fn inspect(file: &Path, columns: Option<&ColumnChoice>) -> Result<(), String> {
    let reports = import_path(file, columns, &mut KnownReports::default())?;
    let json = serde_json::to_string_pretty(&reports).map_err(|e| e.to_string())?;
    println!("{json}");
    Ok(())
}

fn synth(corpus: &Path, count: &str, seed: &str) -> Result<(), String> {
    let count: usize = count.parse().map_err(|_| format!("not a count: {count}"))?;
    let seed: u64 = seed.parse().map_err(|_| format!("not a seed: {seed}"))?;
    let json = std::fs::read_to_string(corpus)
        .map_err(|e| format!("cannot read {}: {e}", corpus.display()))?;
    let seeds = parse_corpus(&json).map_err(|e| format!("{}: {e}", corpus.display()))?;
    let synthetic = synthesize(&seeds.reports, count, seed);
    let chars: usize = synthetic.reports.iter().map(|r| r.body_chars()).sum();
    eprintln!("{count} synthetic reports, {chars} characters of body text");
    print!("{}", corpus_to_json(&synthetic));
    Ok(())
}

fn split(corpus: &Path, folder: &Path, per_part: &str) -> Result<(), String> {
    let per_part: usize = per_part
        .parse()
        .ok()
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("not a number of reports per part: {per_part}"))?;
    let json = std::fs::read_to_string(corpus)
        .map_err(|e| format!("cannot read {}: {e}", corpus.display()))?;
    let whole = parse_corpus(&json).map_err(|e| format!("{}: {e}", corpus.display()))?;
    let (catalogue, parts) = split_corpus(&whole, per_part);
    std::fs::create_dir_all(folder)
        .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    for (file, part) in &parts {
        let compact = serde_json::to_string(part).map_err(|e| e.to_string())?;
        write(&folder.join(file), &compact)?;
    }
    let json = serde_json::to_string_pretty(&catalogue).map_err(|e| e.to_string())?;
    write(&folder.join("corpus.json"), &json)?;
    eprintln!(
        "{} reports in {} parts: {}",
        catalogue.reports,
        parts.len(),
        folder.join("corpus.json").display()
    );
    Ok(())
}

fn figures_check(gold: &Path, folder: &Path) -> Result<(), String> {
    let gold_json = std::fs::read_to_string(gold)
        .map_err(|e| format!("cannot read {}: {e}", gold.display()))?;
    let corpus = build_from(folder, None)?;
    let eval = report_clean::tools::figure_gold::evaluate(&gold_json, &corpus.reports)?;
    let extracted: usize = corpus.reports.iter().map(|r| r.figures.len()).sum();
    println!(
        "figures extracted: {extracted} in {} reports",
        corpus.reports.len()
    );
    println!("{}", eval.summary());
    Ok(())
}
