//! The domain library of Report Explorer: cleaning and structuring Chinese
//! local-government reports, and searching them.
//!
//! Invariant: no I/O and no browser. Text goes in, data comes out, so the
//! same code runs natively at build time and as WebAssembly in the page.

mod body;
pub mod chart;
pub mod compare;
pub mod concordance;
pub mod corpus;
pub mod csv;
pub mod dates;
pub mod explore;
pub mod export;
pub mod facets;
pub mod figure_gold;
pub mod figure_table;
pub mod figure_view;
pub mod figures;
pub mod fold;
pub mod highlight;
pub mod i18n;
pub mod import;
pub mod layout;
pub mod metadata;
pub mod model;
pub mod names;
pub mod noise;
pub mod parts;
pub mod people;
pub mod pipeline;
pub mod query;
pub mod region;
pub mod search;
pub mod synth;
pub mod term_sets;
pub mod themes;
pub mod view_state;

pub use corpus::{corpus_to_json, parse_corpus, CorpusError};
pub use model::*;
pub use pipeline::{build_corpus, process_report, SourceText};
