//! Cleaning: raw report text to a structured [`report_core::Report`].
//! `pipeline` runs the stages in order: noise, header metadata, body
//! structure, dates, region (with the bundled gazetteer), section themes,
//! people and figures. Runs at build time (report-cli) and in the import
//! worker, never in the page: dates, numbers and themes as the page reads
//! them are report-core's `text`.

pub mod body;
pub(crate) mod body_layout;
pub(crate) mod body_metadata;
pub(crate) mod captions;
pub(crate) mod channel_prose;
pub(crate) mod converter_pinyin;
pub(crate) mod credit_suffix;
pub(crate) mod digit_spacing;
pub(crate) mod document_notices;
pub(crate) mod field_rows;
pub mod figures;
pub(crate) mod footer_start;
pub mod furniture;
pub mod header;
pub(crate) mod header_lookahead;
pub(crate) mod header_run;
pub(crate) mod joins;
pub(crate) mod lead;
pub(crate) mod lead_credits;
pub(crate) mod line_numbers;
pub(crate) mod lost_indents;
pub(crate) mod markdown;
pub mod metadata;
pub mod noise;
pub(crate) mod notes;
pub(crate) mod offices;
pub mod page_lists;
pub mod pages;
pub mod people;
pub(crate) mod pictographs;
pub mod pipeline;
pub(crate) mod posting_lines;
pub(crate) mod reference_chrome;
pub mod region;
pub(crate) mod repeats;
pub(crate) mod run_together;
pub(crate) mod script_breaks;
pub(crate) mod settle;
pub mod site_notices;
pub(crate) mod soft_breaks;
pub(crate) mod speaker_lines;
pub(crate) mod stage_directions;
pub(crate) mod table_rows;
pub(crate) mod title_lines;
pub(crate) mod title_marks;
pub(crate) mod title_tags;
pub(crate) mod traditional;
pub(crate) mod translations;
pub(crate) mod watermarks;
pub(crate) mod wrap;
