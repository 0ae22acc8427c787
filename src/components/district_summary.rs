use leptos::prelude::*;
use report_core::i18n::Key;
use report_core::UNKNOWN_DISTRICT;

use super::highlighted::HIT_COLOURS;
use crate::i18n::use_ui;
use crate::state::use_app_state;

/// Hits per term and reports per district, for the current result list.
#[component]
pub fn DistrictSummary() -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let (by_district, query) = (state.by_district, state.query);
    move || {
        let q = query.read();
        (!q.terms.is_empty()).then(|| {
            let header = q
                .terms
                .iter()
                .enumerate()
                .map(|(i, t)| view! { <th scope="col" class=format!("re-hit-{}", i % HIT_COLOURS)>{t.text.clone()}</th> })
                .collect_view();
            let top = by_district.read();
            let (shown, all) = (&top.0, top.1);
            let more = all.saturating_sub(shown.len());
            let rows = shown
                .iter()
                .map(|d| {
                    let cells = d.per_term.iter().map(|n| view! { <td>{*n}</td> }).collect_view();
                    view! {
                        <tr data-testid="district-hits-row">
                            <th scope="row">{if d.district == UNKNOWN_DISTRICT { ui.t(Key::RegionUnknown).to_string() } else { d.district.clone() }}</th>
                            <td>{d.reports}</td>
                            {cells}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="re-district-hits" data-testid="district-hits">
                    <caption>{ui.t(Key::HitsByDistrict)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ui.t(Key::ColDistrict)}</th>
                            <th scope="col">{ui.t(Key::ColReports)}</th>
                            {header}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    {(more > 0).then(|| view! { <tfoot><tr><td colspan="99" class="re-note">{ui.format(Key::MoreDistricts, &[("n", &more)])}</td></tr></tfoot> })}
                </table>
            }
        })
    }
}
