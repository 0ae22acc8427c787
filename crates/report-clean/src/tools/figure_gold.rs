//! Scoring extracted figures against a gold file (tests/gold/seeds.json, or
//! one figure per line as in tests/gold/figures-provincial-2026.jsonl):
//! recall over the gold figures, and precision over the extracted figures
//! whose span overlaps a gold quote (the only ones the gold can judge).
//! Matching rules are those of tests/gold/README.md.

use serde::Deserialize;
use serde_json::Value;

use report_core::text::fold::loose;
use report_core::Figure;
use report_core::Report;

#[derive(Debug, Deserialize)]
pub struct GoldFigure {
    pub report: String,
    pub quote: String,
    pub indicator: String,
    pub kind: String,
    pub value: Value,
    pub unit: String,
    pub qualifier: Option<String>,
    pub status: Option<String>,
    pub period: Option<String>,
}

#[derive(Debug, Default)]
pub struct Evaluation {
    pub gold: usize,
    pub found: usize,
    /// Extracted figures overlapping a gold quote, and how many of them match
    /// a gold figure there.
    pub judged: usize,
    pub judged_correct: usize,
    /// One line per gold figure not found, saying what was extracted there.
    pub misses: Vec<String>,
    /// One line per extracted figure judged that matches no gold figure.
    pub wrong: Vec<String>,
}

impl Evaluation {
    pub fn recall(&self) -> f64 {
        self.found as f64 / self.gold.max(1) as f64
    }

    pub fn precision(&self) -> f64 {
        self.judged_correct as f64 / self.judged.max(1) as f64
    }

    /// The scores, then a line per miss and per wrong figure, as the
    /// figures check prints them.
    pub fn summary(&self) -> String {
        let mut lines = vec![
            format!(
                "recall:    {}/{} = {:.3} (gold figures found with every field right)",
                self.found,
                self.gold,
                self.recall()
            ),
            format!(
                "precision: {}/{} = {:.3} (extracted figures overlapping a gold quote that match a gold figure)",
                self.judged_correct,
                self.judged,
                self.precision()
            ),
        ];
        lines.extend(self.misses.iter().map(|m| format!("missed: {m}")));
        lines.extend(self.wrong.iter().map(|w| format!("wrong: {w}")));
        lines.join("\n")
    }
}

/// Byte range of `quote` in `paragraph`, comparing as the gold does (white
/// space dropped, full-width folded).
fn locate(paragraph: &str, quote: &str) -> Option<(usize, usize)> {
    let target = loose(quote);
    let starts: Vec<usize> = paragraph.char_indices().map(|(b, _)| b).collect();
    starts.iter().find_map(|&start| {
        let rest = &paragraph[start..];
        if !loose(rest).starts_with(&target) {
            return None;
        }
        let mut end = start;
        for (b, c) in rest.char_indices() {
            end = start + b + c.len_utf8();
            if loose(&paragraph[start..end]) == target {
                return Some((start, end));
            }
        }
        Some((start, end))
    })
}

fn matches(figure: &Figure, gold: &GoldFigure) -> bool {
    let value_ok = match &gold.value {
        Value::Array(range) => {
            let lo = range.first().and_then(Value::as_f64);
            let hi = range.get(1).and_then(Value::as_f64);
            lo == Some(figure.value) && hi == figure.high
        }
        v => v.as_f64() == Some(figure.value) && figure.high.is_none(),
    };
    let indicator_ok = !figure.indicator.is_empty()
        && (figure.indicator.contains(&gold.indicator)
            || gold.indicator.contains(&figure.indicator));
    value_ok
        && loose(&figure.unit) == loose(&gold.unit)
        && figure.kind.key() == gold.kind
        && gold
            .qualifier
            .as_deref()
            .is_none_or(|q| figure.qualifier.as_deref() == Some(q))
        && gold
            .status
            .as_deref()
            .is_none_or(|s| figure.status.key() == s)
        && gold.period.as_deref().is_none_or(|p| {
            [&figure.period, &figure.period_words]
                .iter()
                .any(|got| got.as_deref().map(loose) == Some(loose(p)))
        })
        && indicator_ok
}

/// The gold figures of a file: a JSON object with `figures`, or one figure
/// per line (JSON Lines, blank lines skipped).
pub fn read_gold(gold: &str) -> Result<Vec<GoldFigure>, String> {
    if let Ok(whole) = serde_json::from_str::<Value>(gold) {
        if let Some(figures) = whole.get("figures") {
            return serde_json::from_value(figures.clone()).map_err(|e| e.to_string());
        }
    }
    gold.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1)))
        .collect()
}

/// A gold figure's `report` names a file; a CSV's rows come in as
/// `file (row N)`.
fn is_report(origin: &str, name: &str) -> bool {
    origin
        .strip_prefix(name)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(" (row "))
}

/// An extracted figure in one line: every field the gold checks.
fn describe(f: &Figure) -> String {
    format!(
        "{} {}{} {} {:?} {} {}",
        f.indicator,
        f.value,
        f.unit,
        f.kind.key(),
        f.qualifier,
        f.status.key(),
        f.period.as_deref().unwrap_or("-")
    )
}

/// Scores `reports` (found by origin) against the gold file's figures.
pub fn evaluate(gold_text: &str, reports: &[Report]) -> Result<Evaluation, String> {
    let figures = read_gold(gold_text)?;
    let mut eval = Evaluation {
        gold: figures.len(),
        ..Evaluation::default()
    };
    let mut judged: Vec<(usize, usize, bool)> = Vec::new();
    for g in &figures {
        let Some((ri, report)) = reports
            .iter()
            .enumerate()
            .find(|(_, r)| is_report(&r.origin, &g.report))
        else {
            eval.misses.push(format!("{}: report not found", g.report));
            continue;
        };
        let place = report.sections.iter().enumerate().find_map(|(si, s)| {
            s.paragraphs
                .iter()
                .enumerate()
                .find_map(|(pi, p)| locate(p, &g.quote).map(|span| (si, pi, span)))
        });
        let Some((si, pi, (qs, qe))) = place else {
            eval.misses.push(format!(
                "{}: quote not in any paragraph: {}",
                g.report, g.quote
            ));
            continue;
        };
        let overlapping: Vec<(usize, &Figure)> = report
            .figures
            .iter()
            .enumerate()
            .filter(|(_, f)| f.section == si && f.paragraph == pi && f.start < qe && qs < f.end)
            .collect();
        let hit = overlapping.iter().find(|(_, f)| matches(f, g));
        for (fi, f) in &overlapping {
            let correct = figures
                .iter()
                .any(|other| other.report == g.report && matches(f, other));
            if !judged.iter().any(|(r, i, _)| *r == ri && i == fi) {
                judged.push((ri, *fi, correct));
                if !correct {
                    eval.wrong
                        .push(format!("{}: {} ({})", g.report, describe(f), g.quote));
                }
            }
        }
        if hit.is_some() {
            eval.found += 1;
        } else {
            let seen: Vec<String> = overlapping.iter().map(|(_, f)| describe(f)).collect();
            eval.misses.push(format!(
                "{}: {} ({} {}{}) — extracted there: [{}]",
                g.report,
                g.quote,
                g.indicator,
                g.value,
                g.unit,
                seen.join("; ")
            ));
        }
    }
    eval.judged = judged.len();
    eval.judged_correct = judged.iter().filter(|j| j.2).count();
    Ok(eval)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_quotes_with_folded_punctuation() {
        let p = "累计完成投资9.85亿元,占年度投资计划的41.7%。";
        let (s, e) = locate(p, "累计完成投资9.85亿元，占年度投资计划的41.7%").unwrap();
        assert_eq!(&p[s..e], "累计完成投资9.85亿元,占年度投资计划的41.7%");
        assert_eq!(locate(p, "不存在"), None);
    }
}
