//! What the tests of paragraphs share: read a paragraph of a report of
//! 2021 and compare its figures, field by field.
use super::*;
use report_core::FigureKind;
use report_core::FigureStatus;

pub(super) fn figures(text: &str) -> Vec<Figure> {
    paragraph_figures(text, 0, 0, Some("2021"))
}

/// (indicator, value, unit, kind, qualifier, status, period)
pub(super) type Expected<'a> = (
    &'a str,
    f64,
    &'a str,
    FigureKind,
    Option<&'a str>,
    FigureStatus,
    Option<&'a str>,
);

pub(super) fn check(text: &str, expect: &[Expected]) {
    let got = figures(text);
    let got: Vec<_> = got
        .iter()
        .map(|f| {
            (
                f.indicator.as_str(),
                f.value,
                f.unit.as_str(),
                f.kind,
                f.qualifier.as_deref(),
                f.status,
                f.period_words.as_deref().or(f.period.as_deref()),
            )
        })
        .collect();
    assert_eq!(got, expect, "{text}");
}

pub(super) fn names(text: &str) -> Vec<String> {
    figures(text).into_iter().map(|f| f.indicator).collect()
}

/// (indicator, value, status, period) of each figure of a report's text.
pub(super) fn read_report(text: &str) -> Vec<(String, f64, report_core::FigureStatus, String)> {
    crate::clean::pipeline::process_report("a.txt", text)
        .figures
        .into_iter()
        .map(|f| (f.indicator, f.value, f.status, f.period.unwrap_or_default()))
        .collect()
}

/// (indicator, value, period) of each figure [`read_report`] read.
pub(super) fn name_value_period(
    read: &[(String, f64, report_core::FigureStatus, String)],
) -> Vec<(&str, f64, &str)> {
    read.iter()
        .map(|f| (f.0.as_str(), f.1, f.3.as_str()))
        .collect()
}

/// (indicator, value, unit, kind) of each figure.
pub(super) fn named_values(text: &str) -> Vec<(String, f64, String, report_core::FigureKind)> {
    figures(text)
        .into_iter()
        .map(|f| (f.indicator, f.value, f.unit, f.kind))
        .collect()
}
