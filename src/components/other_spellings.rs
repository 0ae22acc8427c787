//! A term's other spellings (report-core's `search::spellings`: a date in
//! numerals or figures, a figure's thousands grouped or not, a Latin
//! abbreviation's Chinese names, a phrase with the quotes reports put in
//! it): drawn from a wasm chunk of its own, fetched the first time a term
//! may be written otherwise, not with the page.

use leptos::prelude::*;
use report_core::i18n::{Key, LaterKey};
use report_core::{spellings_of_query, with_alternatives};

use crate::components::offer_note::offer_note;
use crate::i18n::use_ui;
use crate::state::use_app_state;

/// For each term of the query written one way, its other spellings the
/// reports hold (`一九五八年` beside `1958年`: reports into the 1990s write
/// years in numerals; `1,234.5万元` beside `1234.5万元`; `国内生产总值`
/// beside `GDP`; `十四五”规划` beside `十四五规划`), and a button that
/// searches for them together with the term. (A sharded corpus holds few texts in the
/// page: the search box draws this for the corpus in the page only.)
#[component]
pub fn OtherSpellings() -> impl IntoView {
    let state = use_app_state();
    let ui = use_ui();
    let offers = Memo::new(move |_| {
        let query = state.query.read();
        state.index.with(|index| spellings_of_query(index, &query))
    });
    move || {
        offers
            .get()
            .into_iter()
            .map(|(typed, found)| {
                let others = found.texts;
                let text = ui.format(
                    Key::OtherSpellings,
                    &[
                        ("term", &typed),
                        ("others", &others.join(ui.t(Key::ListSeparator))),
                        ("n", &found.hits),
                        ("reports", &found.reports),
                    ],
                );
                let search_both = move |_| {
                    let query = state.query_text.get_untracked();
                    state.set_query(with_alternatives(&query, &typed, &others));
                };
                offer_note(
                    "re-other-spellings",
                    "other-spellings",
                    text,
                    (LaterKey::SearchBothSpellings, "search-both-spellings"),
                    search_both,
                )
            })
            .collect_view()
    }
}
