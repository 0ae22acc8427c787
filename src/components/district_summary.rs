use leptos::prelude::*;
use report_core::explore::DistrictHits;
use report_core::query::Query;

use super::highlighted::HIT_COLOURS;

/// Districts listed at most: the ones with most hits.
const MAX_ROWS: usize = 10;

/// Hits per term and reports per district, for the current result list.
#[component]
pub fn DistrictSummary(by_district: Memo<Vec<DistrictHits>>, query: Memo<Query>) -> impl IntoView {
    move || {
        let q = query.read();
        (!q.terms.is_empty()).then(|| {
            let header = q
                .terms
                .iter()
                .enumerate()
                .map(|(i, t)| view! { <th scope="col" class=format!("re-hit-{}", i % HIT_COLOURS)>{t.text.clone()}</th> })
                .collect_view();
            let all = by_district.read();
            let more = all.len().saturating_sub(MAX_ROWS);
            let rows = all
                .iter()
                .take(MAX_ROWS)
                .map(|d| {
                    let cells = d.per_term.iter().map(|n| view! { <td>{*n}</td> }).collect_view();
                    view! {
                        <tr data-testid="district-hits-row">
                            <th scope="row">{d.district.clone()}</th>
                            <td>{d.reports}</td>
                            {cells}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="re-district-hits" data-testid="district-hits">
                    <caption>"Hits by district"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"District"</th>
                            <th scope="col">"Reports"</th>
                            {header}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    {(more > 0).then(|| view! { <tfoot><tr><td colspan="99" class="re-note">{format!("and {more} more districts")}</td></tr></tfoot> })}
                </table>
            }
        })
    }
}
