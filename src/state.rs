//! The explorer's shared state: one `Copy` struct of signals, provided
//! through context, with a method for each thing a component does to it.
//! Components take it with [`use_app_state`] and depend on it, never on
//! each other or on the page layout (`app.rs`). What to show is computed
//! by report-core in the memos here; components only render.

use leptos::prelude::*;
use report_core::{
    concordance, facet_counts, mark_count, parse_query, results, search_all, sort_concordance,
    toggle_district, top_district_hits, total_hits, CorpusGrams, DistrictHits, FacetCounts,
    FacetIndex, FigureView, KwicLine, KwicOrder, Query, Report, ReportHits, ResultRow, SearchIndex,
    Selection, TrendView, View, ViewState,
};

use crate::corpus_shards::ShardedSearch;

/// Districts the hits summary lists at most: the ones with most hits.
pub const DISTRICTS_SHOWN: usize = 10;

/// Which report the reader shows, and which of its hits is current.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenReport {
    pub index: usize,
    pub mark: usize,
    /// A figure to show instead of a hit (from the figures table).
    pub figure: Option<usize>,
}

impl OpenReport {
    /// A report opened at its first hit.
    pub fn at_start(index: usize) -> OpenReport {
        OpenReport {
            index,
            mark: 0,
            figure: None,
        }
    }
}

/// The explorer's state. The view (what a link names) is these signals and
/// nothing else: [`AppState::view_state`] reads a `ViewState` from them
/// and [`AppState::show`] sets them to one, the only two places that know
/// how the one maps to the other.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Every report: the corpus's, then the user's imports. Only appended
    /// or replaced in place, except when imports are removed.
    pub reports: RwSignal<Vec<Report>>,
    /// The search index; parts and imports fold only the reports they add.
    pub index: Memo<SearchIndex>,
    /// The corpus's Han text read once for the terms new in a period, when
    /// they are first asked for; any period then reads only its own strings.
    pub grams: Memo<CorpusGrams>,
    /// The search box's text.
    pub query_text: RwSignal<String>,
    pub selection: RwSignal<Selection>,
    pub open: RwSignal<Option<OpenReport>>,
    pub view: RwSignal<View>,
    /// The concordance's order.
    pub sort: RwSignal<KwicOrder>,
    /// Districts in the comparison.
    pub compare: RwSignal<Vec<String>>,
    /// The figures table's filters and order.
    pub figures: RwSignal<FigureView>,
    /// The trends' level, periods and new-terms period.
    pub trends: RwSignal<TrendView>,
    /// Stock phrases left out of the term lists.
    pub hide_boilerplate: RwSignal<bool>,

    pub query: Memo<Query>,
    /// The reports left by the query and the filters, with their hits.
    pub rows: Memo<Vec<ResultRow>>,
    /// What the facets read of each report, and the region tree they list;
    /// taken again only when the reports change (a text part that arrives
    /// leaves it equal).
    pub facet_index: Memo<FacetIndex>,
    pub counts: Memo<FacetCounts>,
    /// Hits per term over the rows.
    pub totals: Memo<Vec<usize>>,
    /// The districts with most hits ([`DISTRICTS_SHOWN`] of them), and how
    /// many districts the rows are in.
    pub by_district: Memo<(Vec<DistrictHits>, usize)>,
    /// Concordance lines, computed only while the concordance is shown.
    pub kwic: Memo<Vec<KwicLine>>,
    /// How long the last search took (matching and counting), shown with
    /// the result count and read by the benchmarks.
    pub search_ms: ReadSignal<f64>,
    /// The shards and texts of a sharded corpus, whose catalogue entries
    /// are the first reports.
    pub sharded: Option<ShardedSearch>,
}

impl AppState {
    /// The state over `reports`, at the default view; with `sharded`, the
    /// first reports are a sharded corpus's catalogue, searched through its
    /// shards.
    pub fn new(reports: Vec<Report>, sharded: Option<ShardedSearch>) -> AppState {
        let reports = RwSignal::new(reports);
        // Parts and imports add reports: only those are folded anew.
        // Owning the previous index, it is kept without a copy when a
        // sharded corpus's text replaces a catalogue entry.
        let index = Memo::new_owning(move |previous: Option<SearchIndex>| {
            reports.with(|r| SearchIndex::update(previous, r))
        });
        let grams = Memo::new(move |_| reports.with(|r| index.with(|i| CorpusGrams::new(r, i))));
        // The list needs no index until there is a query: it is built
        // once the first screen is painted (10,000 catalogue entries took
        // about 70 ms of the load), or sooner if a query asks first.
        let report_count = Memo::new(move |_| reports.with(Vec::len));
        request_animation_frame(move || {
            let build = move || _ = index.try_with_untracked(|_| ());
            set_timeout(build, std::time::Duration::ZERO)
        });
        let query_text = RwSignal::new(String::new());
        let selection = RwSignal::new(Selection::default());
        let view = RwSignal::new(View::Reports);
        let sort = RwSignal::new(KwicOrder::Report);
        let open = RwSignal::new(None::<OpenReport>);

        let query = Memo::new(move |_| parse_query(&query_text.read()));
        let (search_ms, set_search_ms) = signal(0.0_f64);
        // The search runs only when the query changes; facets filter its
        // result.
        let matches = Memo::new(move |_| {
            let started = now_ms();
            let query = query.read();
            let sharded = sharded.filter(|_| !query.is_empty());
            // The catalogue's reports are answered by the shards: the local
            // index is read only when reports follow them (imports).
            let count = report_count.get();
            let mut matches = match sharded {
                _ if query.is_empty() => vec![Some(ReportHits::default()); count],
                Some(s) if count <= s.docs() => vec![None; count],
                _ => index.with(|i| search_all(i, &query)),
            };
            // None while the answer is on its way (the list says it is
            // searching; an earlier query's hits would not fit this one's
            // terms) or after a failure (said beside the list).
            if let Some(sharded) = sharded {
                let docs = sharded.docs().min(matches.len());
                let head = &mut matches[..docs];
                head.fill(None);
                sharded.answer_into(&query, head);
            }
            let elapsed = now_ms() - started;
            request_animation_frame(move || set_search_ms.set(elapsed));
            matches
        });
        if let Some(sharded) = sharded {
            Effect::new(move |_| sharded.search(query.get(), query));
            // The reader's report brings its text.
            Effect::new(move |_| {
                if let Some(open) = open.get() {
                    sharded.need_texts([open.index], reports);
                }
            });
        }
        let rows =
            Memo::new(move |_| reports.with(|r| results(r, &matches.read(), &selection.read())));
        let facet_index = Memo::new(move |_| reports.with(|r| FacetIndex::new(r)));
        let counts = Memo::new(move |_| {
            facet_index.with(|f| facet_counts(f, &matches.read(), &selection.read()))
        });
        let terms = move || query.read().terms.len();
        let totals = Memo::new(move |_| total_hits(&rows.read(), terms()));
        let by_district = Memo::new(move |_| {
            facet_index.with(|f| top_district_hits(&rows.read(), f, terms(), DISTRICTS_SHOWN))
        });
        let kwic = Memo::new(move |_| {
            if view.get() != View::Concordance {
                return Vec::new();
            }
            let mut lines = reports.with(|r| concordance(r, &rows.read(), &query.read()));
            sort_concordance(&mut lines, sort.get());
            lines
        });
        AppState {
            reports,
            index,
            grams,
            query_text,
            selection,
            open,
            view,
            sort,
            compare: RwSignal::new(Vec::new()),
            figures: RwSignal::new(FigureView::default()),
            trends: RwSignal::new(TrendView::default()),
            hide_boilerplate: RwSignal::new(false),
            query,
            rows,
            facet_index,
            counts,
            totals,
            by_district,
            kwic,
            search_ms,
            sharded,
        }
    }

    /// Makes this the state of the components below.
    pub fn provide(self) -> AppState {
        provide_context(self);
        self
    }

    /// A new search starts at the first hit of the open report.
    pub fn set_query(self, text: String) {
        self.query_text.set(text);
        self.open.update(|o| {
            if let Some(o) = o {
                o.mark = 0;
            }
        });
    }

    /// Opens a report in the reader beside the result list.
    pub fn open_report(self, target: OpenReport) {
        self.open.set(Some(target));
    }

    /// Opens `target` in the reader, which lives in the reports view: links
    /// from the other views and from the import panel lead there.
    pub fn read_in_reports(self, target: OpenReport) {
        self.open.set(Some(target));
        self.view.set(View::Reports);
    }

    /// Moves the open report's current hit by `delta`, wrapping around.
    pub fn step_hit(self, delta: isize) {
        let Some(current) = self.open.get_untracked() else {
            return;
        };
        let total = self.reports.with(|r| {
            r.get(current.index)
                .map_or(0, |report| mark_count(report, &self.query.read_untracked()))
        });
        if total > 0 {
            let mark = (current.mark as isize + delta).rem_euclid(total as isize) as usize;
            self.open.set(Some(OpenReport {
                mark,
                figure: None,
                ..current
            }));
        }
    }

    /// True while a query's index shards are on their way (the list is
    /// empty meanwhile).
    pub fn search_pending(self) -> bool {
        let query = self.query.read();
        self.sharded
            .is_some_and(|s| !query.is_empty() && !s.has_answer(&query))
    }

    /// Fetches the texts of the reports at `indices` where the corpus is
    /// sharded and they are not here yet (rows shown, for their snippets).
    pub fn need_texts(self, indices: Vec<usize>) {
        if let Some(sharded) = self.sharded {
            sharded.need_texts(indices, self.reports);
        }
    }

    /// Adds a district to the comparison, or takes it out.
    pub fn toggle_district(self, district: &str) {
        self.compare.update(|c| toggle_district(c, district));
    }

    /// The view the signals describe (what a link to it holds).
    pub fn view_state(self) -> ViewState {
        let open = self.open.get();
        ViewState {
            query: self.query_text.get(),
            selection: self.selection.get(),
            open: open.and_then(|o| self.reports.with(|r| r.get(o.index).map(|r| r.id.clone()))),
            hit: open.map_or(0, |o| o.mark),
            view: self.view.get(),
            sort: self.sort.get(),
            compare: self.compare.get(),
            figures: self.figures.get(),
            trends: self.trends.get(),
            hide_boilerplate: self.hide_boilerplate.get(),
        }
    }

    /// Sets the signals to a view (from a link or the mount element).
    pub fn show(self, view: ViewState) {
        let open = view
            .open
            .as_ref()
            .and_then(|id| self.reports.with(|r| r.iter().position(|r| &r.id == id)))
            .map(|index| OpenReport {
                index,
                mark: view.hit,
                figure: None,
            });
        self.query_text.set(view.query);
        self.selection.set(view.selection);
        self.open.set(open);
        self.view.set(view.view);
        self.sort.set(view.sort);
        self.compare.set(view.compare);
        self.figures.set(view.figures);
        self.trends.set(view.trends);
        self.hide_boilerplate.set(view.hide_boilerplate);
    }

    /// Follows `term` over time: searches for it alone in the trends.
    pub fn follow_term(self, term: &str) {
        self.set_query(term.to_string());
        self.view.set(View::Trends);
    }
}

/// The explorer's state, as provided by [`AppState::provide`].
pub fn use_app_state() -> AppState {
    // Not `expect_context`: its panic formats the caller and the type name,
    // 768 bytes of the page's wasm for a message no user can act on.
    use_context::<AppState>().expect("AppState::provide runs before the components")
}

/// Milliseconds since the page started, for timing the search.
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
