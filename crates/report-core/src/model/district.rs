//! Which district a report is filed under, and how many reports each
//! district has: the one place that says what a district is.

use super::Report;
use crate::sorting::SortedMap;

/// The district a report is filed under: the government it is about, at
/// its level (a county, a city, a province, the country, a township).
pub fn district_of(report: &Report) -> Option<&str> {
    report.region.as_ref().map(|r| r.label())
}

/// Districts in the corpus with their report counts, sorted by name.
pub fn district_counts(reports: &[Report]) -> Vec<(String, usize)> {
    let mut counts: SortedMap<&str, usize> = SortedMap::new();
    for r in reports {
        if let Some(d) = district_of(r) {
            *counts.get_or_insert_with(d, || 0) += 1;
        }
    }
    counts
        .into_iter()
        .map(|(d, n)| (d.to_string(), n))
        .collect()
}
