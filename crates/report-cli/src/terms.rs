//! `report-cli terms`: the word lists the app shows, printed for reading
//! (docs/word-rule.md): every district's distinctive terms against the rest
//! of the corpus, or the terms new in a year.

use std::path::Path;

use report_core::{
    key_terms_by_district, new_terms, parse_corpus, CorpusGrams, Granularity, Period, RegionLevel,
    SearchIndex, Selection,
};

/// `terms <corpus.json> [--limit N] [--new-in YEAR]`.
pub fn terms_command(corpus: &Path, options: &[&str]) -> Result<(), String> {
    let mut limit = 20;
    let mut new_in = None;
    let mut rest = options.iter();
    while let Some(option) = rest.next() {
        let value = rest.next().ok_or_else(|| crate::USAGE.to_string())?;
        let number: usize = value
            .parse()
            .map_err(|_| format!("not a number: {value}"))?;
        match *option {
            "--limit" => limit = number,
            "--new-in" => new_in = Some(number),
            _ => return Err(crate::USAGE.to_string()),
        }
    }
    let json = std::fs::read_to_string(corpus)
        .map_err(|e| format!("cannot read {}: {e}", corpus.display()))?;
    let reports = parse_corpus(&json)
        .map_err(|e| format!("{}: {e}", corpus.display()))?
        .reports;
    let index = SearchIndex::new(&reports);
    let Some(year) = new_in else {
        for line in key_terms_by_district(&reports, &index, limit) {
            println!("{line}");
        }
        return Ok(());
    };
    let year = u16::try_from(year).map_err(|_| format!("not a year: {year}"))?;
    let grams = CorpusGrams::new(&reports, &index);
    let found = new_terms(
        &reports,
        &grams,
        &Selection::default(),
        Period::Year(year),
        (RegionLevel::Province, Granularity::Year),
        limit,
    );
    let listed: Vec<String> = found
        .terms
        .iter()
        .map(|t| match t.boilerplate {
            true => format!("[{}]", t.term),
            false => t.term.clone(),
        })
        .collect();
    println!(
        "New in {year} ({} reports, {} before): {}",
        found.reports,
        found.before,
        listed.join(" · ")
    );
    Ok(())
}
