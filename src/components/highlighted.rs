//! Text with search hits marked. Every piece is a text node: report text is
//! never parsed as HTML.

use leptos::prelude::*;
use report_core::{highlight, with_figures, Query, Segment};

/// Number of distinct hit colours in the stylesheet (`.re-hit-0` …).
pub const HIT_COLOURS: usize = 6;

/// Renders already computed segments; pieces of a figure are wrapped in a
/// `.re-figure` span carrying its index.
pub fn segments_view(segments: Vec<Segment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|s| {
            let figure = s.figure;
            let inner = match s.term {
                Some(term) => view! {
                    <mark class=format!("re-hit re-hit-{}", term % HIT_COLOURS) data-term=term data-hit-start=s.hit_start.then_some("")>
                        {s.text}
                    </mark>
                }
                .into_any(),
                None => s.text.into_any(),
            };
            match figure {
                Some(i) => view! { <span class="re-figure" data-figure=i>{inner}</span> }.into_any(),
                None => inner,
            }
        })
        .collect_view()
}

/// `text`, re-highlighted whenever the query changes; `figures` are byte
/// ranges `(start, end, figure index)` to mark as figures.
#[component]
pub fn Highlighted(
    #[prop(into)] text: String,
    query: Memo<Query>,
    #[prop(optional)] figures: Vec<(usize, usize, usize)>,
) -> impl IntoView {
    move || segments_view(with_figures(highlight(&text, &query.read()), &figures))
}
