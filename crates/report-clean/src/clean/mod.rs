//! Cleaning: raw report text to a structured [`crate::model::Report`].
//! `pipeline` runs the stages in order: noise, header metadata, body
//! structure, dates, region (with the bundled gazetteer), section themes,
//! people and figures. Runs at build time (report-cli) and in the import
//! worker; the page uses only what it shows (theme names, a paragraph's
//! figures).

pub mod body;
pub mod dates;
pub mod figures;
pub mod furniture;
pub mod header;
pub mod metadata;
pub mod noise;
pub mod pages;
pub mod people;
pub mod pipeline;
pub mod region;
pub mod themes;
