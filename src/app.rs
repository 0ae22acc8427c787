//! The app's state and layout. State lives in signals here; what to show is
//! computed by report-core; components only render.

use leptos::prelude::*;
use report_core::corpus::district_counts;
use report_core::explore::{results, total_hits, Filter};
use report_core::search::parse_query;
use report_core::{Corpus, Report};

use crate::bundled::bundled_corpus;
use crate::components::district_filter::DistrictFilter;
use crate::components::reader::Reader;
use crate::components::result_list::ResultList;
use crate::components::search_box::SearchBox;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <div class="report-explorer">
            {match bundled_corpus() {
                Ok(corpus) => view! { <Explorer corpus /> }.into_any(),
                Err(error) => view! {
                    <p class="re-error" role="alert" data-testid="load-error">
                        {format!("The bundled corpus could not be read: {error}")}
                    </p>
                }
                .into_any(),
            }}
        </div>
    }
}

#[component]
fn Explorer(corpus: Corpus) -> impl IntoView {
    let reports: StoredValue<Vec<Report>> = StoredValue::new(corpus.reports);
    let districts = reports.with_value(|r| district_counts(r));

    let query_text = RwSignal::new(String::new());
    let district = RwSignal::new(None::<String>);
    let open = RwSignal::new(None::<usize>);

    let query = Memo::new(move |_| parse_query(&query_text.read()));
    let rows = Memo::new(move |_| {
        let filter = Filter {
            district: district.get(),
        };
        reports.with_value(|r| results(r, &query.read(), &filter))
    });
    let totals = Memo::new(move |_| total_hits(&rows.read(), query.read().terms.len()));

    view! {
        <header class="re-header">
            <h1 class="re-brand">"Report Explorer"</h1>
            <SearchBox query_text query totals />
            <DistrictFilter districts district />
        </header>
        <div class="re-main">
            <ResultList rows reports query open />
            <Reader reports query open />
        </div>
    }
}
