//! A word of the search that names a facet's choice, a region or a year
//! (report-core's `views::choices_named`), offered as that choice: one
//! click makes it in its facet and takes the word out of the search.

use leptos::prelude::*;
use report_core::i18n::LaterKey;
use report_core::{choices_named, Choice};

use crate::components::offer_note::offer_note;
use crate::i18n::use_ui;
use crate::state::use_app_state;

/// For each region or year a word of the query names (`浙江` 浙江省,
/// `2021`), how many results are its own, and a button that chooses it in
/// its facet in place of the word.
#[component]
pub fn ChoicesNamed() -> impl IntoView {
    let state = use_app_state();
    let ui = use_ui();
    let offers = Memo::new(move |_| {
        let query = state.query.read();
        let results = state.rows.read().len();
        state.facet_index.with(|index| {
            choices_named(
                &query,
                index,
                &state.selection.read(),
                &state.counts.read(),
                results,
            )
        })
    });
    move || {
        offers
            .get()
            .into_iter()
            .map(|named| {
                let (n, term) = (named.reports, named.term.clone());
                let (text, button) = match &named.choice {
                    Choice::Region { name, .. } => (
                        ui.format(
                            LaterKey::RegionNamed,
                            &[("term", &term), ("region", name), ("n", &n)],
                        ),
                        (LaterKey::FilterByRegion, "filter-by-region"),
                    ),
                    Choice::Year(year) => (
                        ui.format(
                            LaterKey::YearNamed,
                            &[("term", &term), ("year", year), ("n", &n)],
                        ),
                        (LaterKey::FilterByYear, "filter-by-year"),
                    ),
                };
                let choose = move |_| {
                    let query = state.query_text.get_untracked();
                    let mut without = String::new();
                    state.selection.update(|s| without = named.take(&query, s));
                    state.set_query(without);
                };
                offer_note("re-choice-named", "choice-named", text, button, choose)
            })
            .collect_view()
    }
}
