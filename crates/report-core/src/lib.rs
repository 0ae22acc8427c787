//! The domain library of Report Explorer: what the page needs of Chinese
//! local-government reports, the data model, searching and every view.
//! Cleaning raw text into reports (the pipeline, the gazetteer, decoding
//! users' files) is `report-clean`'s, which builds on this crate, so the
//! page's wasm cannot link it.
//!
//! Invariant: no I/O and no browser. Text goes in, data comes out, so the
//! same code runs natively at build time and as WebAssembly in the page.
//!
//! One folder a layer, each using only the ones before it in this list
//! (tests/layers.rs fails on a cycle): `i18n` (the interface's words),
//! `model` (the data, figures and provenance included), `text` (folding,
//! lines, names, dates and numbers as written, themes), `corpus` (the
//! corpus JSON and its parts), `search` (query and matching), `views`
//! (what each view shows), `import` (the page's side of users' files: the
//! cap, refusals, worker messages). `sorting` stands below them all: the
//! one copy of the sorting code the page's wasm holds. The layers are
//! private; what other crates use is re-exported here, and `i18n`, `text`,
//! `import` and `sorting` are public namespaces.

mod corpus;
mod model;
mod search;
mod views;

pub mod i18n;
pub mod import;
pub mod sorting;
pub mod text;

#[cfg(test)]
mod test_support;

pub use model::*;

pub use text::fold::{fold_for_search, loose};

pub use text::themes::{theme_label, THEMES};

pub use corpus::parts::{parse_corpus_file, split_corpus, CorpusFile, CorpusParts};
pub use corpus::sharded::{shard_file, ShardedCatalogue};
pub use corpus::{append_new_reports, corpus_to_json, parse_corpus, CorpusError};

pub use search::near_miss::NearMiss;
pub use search::postings::{Postings, TermCache};
pub use search::query::{
    parse_query, query_text, with_alternatives, with_term_replaced, without_term, Query,
    MAX_QUERY_CHARS,
};
pub use search::sharded::{search_shards, shard_corpus, ShardedCorpus, REPORTS_PER_TEXT};
pub use search::shards::{query_shards, read_shard, Shard, ShardError};
pub use search::spellings::{
    may_be_written_otherwise, query_may_be_written_otherwise, spellings_found, spellings_of_query,
    Spellings,
};
pub use search::{QueryMatcher, ReportHits, SearchIndex};

pub use views::chart::{
    grouped_bars, grouped_height, label_column_width, line_chart, line_plot_width, nice_axis,
    LineChart, LinePoint,
};
pub use views::choices_named::{choices_named, may_name_a_choice, Choice, ChoiceNamed};
pub use views::compare::{
    compare, compare_with_terms, comparison_csv, district_units, key_terms_by_district,
    key_terms_of_units, slogans, toggle_district, year_units, Comparison, CorpusGrams, KeyTerm,
    Slogan, Unit, KEY_TERMS_PER_UNIT, MAX_UNITS,
};
pub use views::concordance::{concordance, concordance_csv, sort_concordance, KwicLine, KwicOrder};
pub use views::explore::{
    report_snippets, results, search_all, total_hits, DistrictHits, ResultRow, UNKNOWN_DISTRICT,
};
pub use views::export::{export_file_name, results_csv, results_json};
pub use views::facet_index::{district_hits, facet_counts, top_district_hits, FacetIndex};
pub use views::facets::{
    DateBoundNote, Facet, FacetCounts, RegionCount, Selection, ValueCount, NO_SOURCE,
};
pub use views::figure_table::{
    display_value, figure_rows, figures_csv, units_in, Bound, FigureFilter, FigureOrder, STATUSES,
};
pub use views::figure_view::FigureView;
pub use views::first_screen::{first_screen_html, FIRST_SCREEN_ROWS};
pub use views::highlight::{highlight, mark_count, mark_terms, with_figures, Segment};
pub use views::region_tree::{FoundDivisions, RegionNode, RegionTree};
pub use views::search_history::{SearchHistory, SearchStep};
pub use views::term_sets::{parse_term_sets, term_sets_json, upsert, TermSet};
pub use views::terms_apart::reports_holding_each_term;
pub use views::trends::{
    body_sizes, dated_periods, first_use_date, level_from_key, new_terms, period_of, region_at,
    row_cells, table_header, trends, trends_csv, FirstUse, Granularity, MonthDensity, NewTerm,
    NewTerms, Period, PeriodRow, RegionTrend, TrendView, Trends, Uptake, NEW_TERMS_LIMIT,
    TREND_LEVELS,
};
pub use views::view_state::{
    is_date, is_reversed_range, normalise_date_input, percent_encode, IgnoredPart, View, ViewState,
};
