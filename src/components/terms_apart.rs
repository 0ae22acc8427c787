//! Terms each in reports but never together (report-core's
//! `views::terms_apart`), said under an empty list with a button that
//! searches for any of them: drawn from a wasm chunk of its own, fetched
//! the first time a query of several terms finds nothing.

use leptos::prelude::*;
use report_core::i18n::{Key, LaterKey};
use report_core::{query_text, reports_holding_each_term};

use crate::components::offer_note::offer_note;
use crate::i18n::use_ui;
use crate::state::use_app_state;

/// "No report holds them all; alone: “打造一流” (reports: 1), “乡村振兴”
/// (reports: 2)", counted within the filters, and a button that searches
/// for any of the terms (`打造一流 | 乡村振兴`).
#[component]
pub fn TermsApart() -> impl IntoView {
    let state = use_app_state();
    let ui = use_ui();
    let apart = Memo::new(move |_| {
        let (query, selection) = (state.query.read(), state.selection.read());
        state.reports.with(|reports| {
            state
                .index
                .with(|index| reports_holding_each_term(reports, index, &query, &selection))
        })
    });
    move || {
        apart.get().map(|apart| {
            let counts: Vec<String> = apart
                .iter()
                .map(|(term, n)| ui.format(LaterKey::TermAlone, &[("term", term), ("n", n)]))
                .collect();
            let text = ui.format(
                Key::TermsApart,
                &[("counts", &counts.join(ui.t(Key::ListSeparator)))],
            );
            let terms: Vec<String> = apart.into_iter().map(|(term, _)| term).collect();
            let search_any = move |_| state.set_query(query_text(&terms, true));
            offer_note(
                "re-terms-apart",
                "terms-apart",
                text,
                (LaterKey::SearchAnyTerm, "search-any-term"),
                search_any,
            )
        })
    }
}
