//! Thin view components: they read signals and render.

pub mod bar_chart;
pub mod compare_view;
pub mod concordance;
pub mod district_summary;
pub mod facets;
pub mod figures_view;
pub mod highlighted;
pub mod reader;
pub mod report_meta;
pub mod result_list;
pub mod search_box;
pub mod share;
pub mod term_sets;
pub mod view_tabs;
