//! The app's state and layout. State lives in signals here; what to show is
//! computed by report-core; components only render.

use leptos::prelude::*;
use report_core::concordance::{concordance, sort_concordance, KwicOrder};
use report_core::corpus::district_counts;
use report_core::explore::{district_hits, results, total_hits, Filter};
use report_core::query::parse_query;
use report_core::search::SearchIndex;
use report_core::{Corpus, Report};
use wasm_bindgen::JsCast;

use crate::components::concordance::ConcordanceView;
use crate::components::district_filter::DistrictFilter;
use crate::components::district_summary::DistrictSummary;
use crate::components::reader::{step_hit, Reader};
use crate::components::result_list::ResultList;
use crate::components::search_box::SearchBox;
use crate::components::term_sets::TermSets;
use crate::components::view_tabs::ViewTabs;
use crate::corpus_source::load_corpus;

/// What a host page set on the mount element.
#[derive(Debug, Clone, Default)]
pub struct MountOptions {
    /// `data-corpus-url`: load this corpus JSON instead of the bundled one.
    pub corpus_url: Option<String>,
}

/// The main view beside (or instead of) the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MainView {
    Reports,
    Concordance,
}

/// Which report the reader shows, and which of its hits is current.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenReport {
    pub index: usize,
    pub mark: usize,
}

#[component]
pub fn App(options: MountOptions) -> impl IntoView {
    let loaded = LocalResource::new(move || load_corpus(options.corpus_url.clone()));
    view! {
        <div class="report-explorer">
            <Suspense fallback=|| view! { <p class="re-loading" data-testid="loading">"Loading the corpus…"</p> }>
                {move || Suspend::new(async move {
                    let loaded = loaded.await;
                    let notice = loaded.notice.map(|n| view! { <p class="re-notice" role="status" data-testid="corpus-notice">{n}</p> });
                    let body = match loaded.corpus {
                        Ok(corpus) => view! { <Explorer corpus /> }.into_any(),
                        Err(error) => view! { <p class="re-error" role="alert" data-testid="load-error">{error}</p> }.into_any(),
                    };
                    view! { {notice} {body} }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Explorer(corpus: Corpus) -> impl IntoView {
    let index = StoredValue::new(SearchIndex::new(&corpus.reports));
    let reports: StoredValue<Vec<Report>> = StoredValue::new(corpus.reports);
    let districts = reports.with_value(|r| district_counts(r));

    let query_text = RwSignal::new(String::new());
    let district = RwSignal::new(None::<String>);
    let open = RwSignal::new(None::<OpenReport>);
    let main_view = RwSignal::new(MainView::Reports);
    let kwic_order = RwSignal::new(KwicOrder::Report);

    let query = Memo::new(move |_| parse_query(&query_text.read()));
    // How long the last search took (matching and counting), shown with the
    // result count and read by the benchmarks.
    let (search_ms, set_search_ms) = signal(0.0_f64);
    let rows = Memo::new(move |_| {
        let filter = Filter {
            district: district.get(),
        };
        let started = now_ms();
        let rows =
            reports.with_value(|r| index.with_value(|i| results(r, i, &query.read(), &filter)));
        let elapsed = now_ms() - started;
        request_animation_frame(move || set_search_ms.set(elapsed));
        rows
    });
    let terms = move || query.read().terms.len();
    let totals = Memo::new(move |_| total_hits(&rows.read(), terms()));
    let by_district =
        Memo::new(move |_| reports.with_value(|r| district_hits(&rows.read(), r, terms())));
    let kwic = Memo::new(move |_| {
        if main_view.get() != MainView::Concordance {
            return Vec::new();
        }
        let mut lines = reports.with_value(|r| concordance(r, &rows.read(), &query.read()));
        sort_concordance(&mut lines, kwic_order.get());
        lines
    });

    // A new query starts again at the first hit of the open report.
    Effect::watch(
        move || query.get(),
        move |_, _, _| {
            open.update(|o| {
                if let Some(o) = o {
                    o.mark = 0
                }
            })
        },
        false,
    );

    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || is_typing_target(&ev) {
            return;
        }
        match ev.key().as_str() {
            "n" | "j" => step_hit(open, reports, query, 1),
            "p" | "k" => step_hit(open, reports, query, -1),
            "/" => {
                ev.prevent_default();
                focus_search(&ev);
            }
            _ => {}
        }
    };

    view! {
        <div class="re-explorer" on:keydown=on_keydown>
        <header class="re-header">
            <h1 class="re-brand">"Report Explorer"</h1>
            <SearchBox query_text query totals open reports />
            <DistrictFilter districts district />
        </header>
        <TermSets query_text query />
        <ViewTabs main_view />
        <div class="re-main" class:re-main-wide=move || main_view.get() == MainView::Concordance>
            {move || match main_view.get() {
                MainView::Reports => view! {
                    <div class="re-list-pane">
                        <DistrictSummary by_district query />
                        <ResultList rows reports search_index=index query open search_ms />
                    </div>
                    <Reader reports query open />
                }
                .into_any(),
                MainView::Concordance => view! { <ConcordanceView lines=kwic order=kwic_order reports query open main_view /> }.into_any(),
            }}
        </div>
        </div>
    }
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Keys typed into a field are text, not shortcuts.
fn is_typing_target(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

/// Focuses this instance's search box (never another instance's).
fn focus_search(ev: &web_sys::KeyboardEvent) {
    let input = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|root| root.query_selector("[data-testid=search]").ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(input) = input {
        input.focus().ok();
    }
}
