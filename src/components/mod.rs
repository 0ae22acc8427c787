//! Thin view components: they read signals and render.

pub mod bar_chart;
pub mod compare_view;
pub mod concordance;
pub mod district_summary;
pub mod facets;
pub mod figures_view;
pub mod highlighted;
pub mod import_panel;
pub mod parts_status;
pub mod reader;
pub mod report_meta;
pub mod result_list;
pub mod search_box;
pub mod share;
pub mod term_sets;
pub mod view_tabs;

/// A theme's name as lists show it: Chinese, with the English beside it
/// for English readers (the Chinese is the reports' own vocabulary).
pub fn theme_label(key: &str, lang: report_core::i18n::Lang) -> String {
    match (report_core::themes::theme(key), lang) {
        (None, _) => key.to_string(),
        (Some(t), report_core::i18n::Lang::Zh) => t.name_zh.to_string(),
        (Some(t), report_core::i18n::Lang::En) => format!("{} {}", t.name_zh, t.name_en),
    }
}

/// What a rendered report item shows of its report, so a list keyed by it
/// re-renders an item when its report is corrected or replaced.
pub fn display_key(report: &report_core::Report) -> String {
    let date = report.date.as_ref().map(|d| d.value.as_str());
    let region = report.region.as_ref().map(|r| r.label());
    let corrected = report.imported.as_ref().map(|i| i.corrected.len());
    format!(
        "{}|{}|{date:?}|{region:?}|{:?}|{corrected:?}",
        report.id, report.title, report.source
    )
}
