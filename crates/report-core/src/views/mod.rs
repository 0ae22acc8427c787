//! What the views show, computed from reports and a query: result lists
//! and hits per district (`explore`), facets, the concordance, highlighting
//! and snippets, the figures table, the district comparison, chart layout,
//! exports and CSV, term sets, and the view as a URL fragment with the
//! history entries a typed search takes.

pub mod chart;
pub mod choices_named;
pub mod compare;
pub mod concordance;
pub mod csv;
pub mod explore;
pub mod export;
pub mod facet_index;
pub mod facets;
pub mod figure_table;
pub mod figure_view;
pub mod first_screen;
pub mod highlight;
pub mod region_tree;
pub mod search_history;
pub mod term_sets;
pub mod terms_apart;
pub mod trends;
pub mod view_state;
