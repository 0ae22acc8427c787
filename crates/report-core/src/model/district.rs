//! Which district a report is filed under, and how many reports each
//! district has: the one place that says what a district is.

use super::Report;

/// The district a report is filed under: the government it is about, at
/// its level (a county, a city, a province, the country, a township).
pub fn district_of(report: &Report) -> Option<&str> {
    report.region.as_ref().map(|r| r.label())
}

/// Districts in the corpus with their report counts, sorted by name.
pub fn district_counts(reports: &[Report]) -> Vec<(String, usize)> {
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for r in reports {
        if let Some(d) = district_of(r) {
            *counts.entry(d).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .map(|(d, n)| (d.to_string(), n))
        .collect()
}
