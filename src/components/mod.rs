//! Thin view components: they read signals and render.

pub mod article;
pub mod bar_chart;
pub mod boilerplate_toggle;
pub mod choices_named;
pub mod compare_view;
pub mod composition;
pub mod concordance;
pub mod district_summary;
pub mod export_button;
pub mod facets;
pub mod figures_view;
pub mod highlighted;
pub mod import_panel;
pub mod in_sight;
pub mod later_views;
pub mod near_misses;
pub mod offer_note;
pub mod other_spellings;
pub mod pages;
pub mod parts_status;
pub mod reader;
pub mod report_meta;
pub mod result_list;
pub mod search_box;
pub mod shards_status;
pub mod share;
pub mod slips;
pub mod term_sets;
pub mod terms_apart;
pub mod trends_view;
pub mod view_tabs;

/// What a rendered report item shows of its report, so a list keyed by it
/// re-renders an item when its report is corrected or replaced.
pub fn display_key(report: &report_core::Report) -> String {
    let date = report.date.as_ref().map(|d| d.value.as_str());
    let region = report.region.as_ref().map(|r| r.label());
    let corrected = report.imported.as_ref().map(|i| i.corrected.len());
    // Not the text: a sharded corpus's entry replaced by its report when
    // the text comes shows the same, and its row reads the text anew.
    format!(
        "{}|{}|{date:?}|{region:?}|{:?}|{corrected:?}",
        report.id, report.title, report.source
    )
}
