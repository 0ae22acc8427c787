//! A word of the search that names a region of the corpus (report-core's
//! `views::regions_named`), offered as the region facet's choice: one
//! click keeps that region's reports and takes the word out of the search.

use leptos::prelude::*;
use report_core::i18n::Key;
use report_core::{regions_named, with_term_replaced, Selection};

use crate::components::offer_note::offer_note;
use crate::i18n::use_ui;
use crate::state::use_app_state;

/// For each division a word of the query names (`浙江` 浙江省), how many
/// results are its own, and a button that chooses it in the region facet
/// in place of the word.
#[component]
pub fn RegionsNamed() -> impl IntoView {
    let state = use_app_state();
    let ui = use_ui();
    let offers = Memo::new(move |_| {
        let query = state.query.read();
        let results = state.rows.read().len();
        state.facet_index.with(|index| {
            regions_named(
                &query,
                index.regions(),
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
                let text = ui.format(
                    Key::RegionNamed,
                    &[
                        ("term", &named.term),
                        ("region", &named.name),
                        ("n", &named.reports),
                    ],
                );
                let choose = move |_| {
                    let query = state.query_text.get_untracked();
                    let without = with_term_replaced(&query, &named.term, "");
                    state
                        .selection
                        .update(|s| Selection::toggle(&mut s.regions, named.code.clone()));
                    state.set_query(without.split_whitespace().collect::<Vec<_>>().join(" "));
                };
                offer_note(
                    "re-region-named",
                    "region-named",
                    text,
                    (Key::FilterByRegion, "filter-by-region"),
                    choose,
                )
            })
            .collect_view()
    }
}
