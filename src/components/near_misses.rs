use leptos::prelude::*;
use report_core::Query;

use crate::components::later_views::{Later, LaterView};
use crate::state::use_app_state;

/// What an empty list offers: for each term no report holds, the strings
/// of the reports one slip of typing away (`SlipOffers`, from its chunk),
/// and for terms that must all occur but never do together, each one's
/// reports alone (`TermsApart`, from its chunk). A sharded corpus holds
/// few texts in the page, so it offers no slips rather than a few texts'
/// guesses.
#[component]
pub fn NearMisses() -> impl IntoView {
    let state = use_app_state();
    let local = state.sharded.is_none();
    let several_terms = move || local && state.query.with(Query::asks_for_every_term);
    view! {
        {local.then(|| view! { <Later which=LaterView::Slips /> })}
        {move || several_terms().then(|| view! { <Later which=LaterView::TermsApart /> })}
    }
}
