//! Text with search hits marked. Every piece is a text node: report text is
//! never parsed as HTML.

use leptos::prelude::*;
use report_core::highlight::{highlight, Segment};
use report_core::query::Query;

/// Number of distinct hit colours in the stylesheet (`.re-hit-0` …).
pub const HIT_COLOURS: usize = 6;

/// Renders already computed segments.
pub fn segments_view(segments: Vec<Segment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|s| match s.term {
            Some(term) => view! {
                <mark class=format!("re-hit re-hit-{}", term % HIT_COLOURS) data-term=term data-hit-start=s.hit_start.then_some("")>
                    {s.text}
                </mark>
            }
            .into_any(),
            None => s.text.into_any(),
        })
        .collect_view()
}

/// `text`, re-highlighted whenever the query changes.
#[component]
pub fn Highlighted(#[prop(into)] text: String, query: Memo<Query>) -> impl IntoView {
    move || segments_view(highlight(&text, &query.read()))
}
