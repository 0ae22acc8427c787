//! `report-cli eval`: the build's import over a folder or a file, scored
//! against a gold file by `report_clean::tools::report_gold`. Only the reading of
//! files is here.

use std::path::Path;

use report_clean::import::{import_file, KnownReports};
use report_clean::tools::report_gold::{parse_gold, GoldKey, Scorecard};
use report_core::i18n::Lang;
use report_core::Report;

/// What to score and how to read it.
pub struct EvalArgs<'a> {
    pub input: &'a Path,
    pub gold: &'a Path,
    /// Read each CSV's cell in this column as the `.txt` a user would have
    /// copied from the page, instead of importing the CSV.
    pub txt_from_column: Option<&'a str>,
    /// Percent every field must reach; below it the command fails.
    pub goal: Option<f64>,
}

/// One input unit the gold can name: a file of the folder, or a line of a
/// JSON Lines file, with the reports it yielded.
struct Scored {
    key: GoldKey,
    reports: Vec<Report>,
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Imports bytes as the app would (a fresh duplicate check each time, so a
/// report repeated in the input is still scored), saying why on refusal.
fn import(name: &str, bytes: &[u8]) -> Vec<Report> {
    match import_file(name, bytes, &mut KnownReports::default(), 0).result {
        Ok(file) => file.reports,
        Err(why) => {
            eprintln!("{name}: rejected: {}", why.describe(Lang::En));
            Vec::new()
        }
    }
}

/// The cells of `column` in a CSV, one per data row.
fn csv_column(path: &Path, column: &str) -> Result<Vec<String>, String> {
    let bytes = read(path)?;
    let text = String::from_utf8_lossy(&bytes);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| format!("{}: {e}", path.display()))?
        .clone();
    let at = headers
        .iter()
        .position(|h| h.trim() == column)
        .ok_or_else(|| format!("{}: no column {column:?}", path.display()))?;
    reader
        .records()
        .map(|row| {
            row.map(|r| r.get(at).unwrap_or_default().to_string())
                .map_err(|e| format!("{}: {e}", path.display()))
        })
        .collect()
}

fn file_units(path: &Path, args: &EvalArgs) -> Result<Scored, String> {
    let name = crate::file_name(path);
    let is_csv = path
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("csv"));
    let reports = match args.txt_from_column {
        Some(column) if is_csv => {
            let stem = name.trim_end_matches(".csv").trim_end_matches(".CSV");
            csv_column(path, column)?
                .iter()
                .flat_map(|text| import(&format!("{stem}.txt"), text.as_bytes()))
                .collect()
        }
        _ => import(&name, &read(path)?),
    };
    Ok(Scored {
        key: GoldKey::File(name),
        reports,
    })
}

/// A JSON Lines file named by line: each line imported on its own, so the
/// gold's line numbers need no help from the import.
fn line_units(path: &Path) -> Result<Vec<Scored>, String> {
    let name = crate::file_name(path);
    let bytes = read(path)?;
    let text = String::from_utf8_lossy(&bytes);
    Ok(text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| Scored {
            key: GoldKey::Line(i + 1),
            reports: import(&name, line.as_bytes()),
        })
        .collect())
}

pub fn eval(args: &EvalArgs) -> Result<(), String> {
    let gold_text = String::from_utf8_lossy(&read(args.gold)?).into_owned();
    let gold = parse_gold(&gold_text).map_err(|e| format!("{}: {e}", args.gold.display()))?;
    let by_line = gold.iter().any(|g| matches!(g.key, GoldKey::Line(_)));
    let units: Vec<Scored> = if args.input.is_dir() {
        // The gold file may lie among the reports (a .jsonl is a format the
        // import reads); it is not one of them.
        let gold = std::fs::canonicalize(args.gold).ok();
        crate::report_files(args.input)?
            .iter()
            .filter(|p| std::fs::canonicalize(p).ok() != gold)
            .map(|p| file_units(p, args))
            .collect::<Result<_, _>>()?
    } else if by_line {
        line_units(args.input)?
    } else {
        vec![file_units(args.input, args)?]
    };

    let mut card = Scorecard::default();
    for entry in &gold {
        let report = units
            .iter()
            .find(|u| u.key == entry.key)
            .and_then(|u| u.reports.first());
        card.score(entry, report);
    }

    println!(
        "{} reports scored against {}",
        card.reports,
        args.gold.display()
    );
    let mut below = Vec::new();
    for (field, judged, right) in card.fields() {
        let percent = 100.0 * right as f64 / judged.max(1) as f64;
        let mark = match args.goal {
            Some(goal) if percent + 1e-9 < goal => {
                below.push(field.name());
                "  below goal"
            }
            _ => "",
        };
        println!(
            "  {:<20} {right:>4}/{judged:<4} {percent:6.1} %{mark}",
            field.name()
        );
    }
    if !card.misses.is_empty() {
        println!("misses ({}):", card.misses.len());
        for miss in &card.misses {
            println!("  {miss}");
        }
    }
    match args.goal {
        Some(goal) if !below.is_empty() => {
            Err(format!("below the goal of {goal} %: {}", below.join(", ")))
        }
        _ => Ok(()),
    }
}
