//! Thin view components: they read signals and render.

pub mod district_filter;
pub mod highlighted;
pub mod reader;
pub mod report_meta;
pub mod result_list;
pub mod search_box;
