use leptos::prelude::*;
use report_core::search::Query;

use super::highlighted::HIT_COLOURS;

/// The search input, with each term's colour and total hits below it.
#[component]
pub fn SearchBox(
    query_text: RwSignal<String>,
    query: Memo<Query>,
    totals: Memo<Vec<usize>>,
) -> impl IntoView {
    view! {
        <div class="re-search" role="search">
            <label class="re-label" for="re-search-input">"Search"</label>
            <input
                id="re-search-input"
                class="re-search-input"
                type="search"
                data-testid="search"
                placeholder="e.g. 营商环境 双招双引 \"新旧动能转换\""
                autocomplete="off"
                prop:value=move || query_text.get()
                on:input=move |ev| query_text.set(event_target_value(&ev))
            />
            <ul class="re-terms" data-testid="term-totals" aria-live="polite">
                {move || {
                    let q = query.read();
                    let totals = totals.read();
                    q.terms
                        .iter()
                        .enumerate()
                        .map(|(i, t)| {
                            let n = totals.get(i).copied().unwrap_or(0);
                            view! {
                                <li class=format!("re-term re-hit-{}", i % HIT_COLOURS) data-term=i>
                                    {t.text.clone()}
                                    <span class="re-count">{format!(" {n}")}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <Show when=move || query.read().truncated>
                <p class="re-note" role="status">
                    {format!("Only the first {} characters of the query are used.", report_core::search::MAX_QUERY_CHARS)}
                </p>
            </Show>
        </div>
    }
}
