use leptos::prelude::*;
use report_core::i18n::Key;
use report_core::{district_of, report_snippets, RegionLevel, Report, ReportDate};

use super::display_key;
use super::highlighted::{segments_view, Highlighted, HIT_COLOURS};
use super::in_sight::{InSight, Watched};
use super::later_views::LaterView;
use super::near_misses::NearMisses;
use super::pages::Pages;
use crate::i18n::use_ui;
use crate::state::{use_app_state, OpenReport};

/// Results rendered at first and added per "show more": more than a screen
/// or two, and every keystroke would pay for drawing rows (and cutting
/// snippets, and fetching a sharded corpus's texts) no one sees.
const PAGE_SIZE: usize = 20;

/// The reports left by the query and filter, each with its hits and best
/// snippets; choosing one opens it in the reader.
#[component]
pub fn ResultList() -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let (rows, reports, query, search_ms) =
        (state.rows, state.reports, state.query, state.search_ms);
    // A new result list starts again at its first page.
    let pages = Pages::new(PAGE_SIZE, move || rows.track());
    let count = move || {
        if state.search_pending() {
            return ui.format(Key::ShardsSearching, &[("total", &reports.with(Vec::len))]);
        }
        let n = rows.read().len();
        let total = reports.with(Vec::len);
        let key = if query.read().is_empty() {
            Key::ResultsOf
        } else {
            Key::ResultsMatch
        };
        ui.format(key, &[("n", &n), ("total", &total)])
    };
    // The reports of the rows drawn (rows are in corpus order).
    let visible = move || {
        rows.read()
            .iter()
            .take(pages.shown())
            .map(|r| r.index)
            .collect::<Vec<_>>()
    };
    // Rows draw their snippets while in or near sight; a sharded corpus
    // fetches the texts of those rows, for their snippets (a list without a
    // query shows none).
    let sight = InSight::new();
    Effect::new(move |_| {
        if !query.read().is_empty() {
            state.need_texts(sight.keys());
        }
    });
    let remaining = move || rows.read().len().saturating_sub(pages.shown());
    let list = NodeRef::<leptos::html::Ol>::new();
    let show_more = move |_| {
        pages.show_next(
            list.get_untracked().map(Into::into),
            ":scope > li > button.re-result-open",
        )
    };
    // An empty list says why, and offers the way out: whether it is empty
    // for a search, for filters or both decides what is drawn; what it says
    // is read inside, so a query typed on (or a language switched) while the
    // list stays empty redraws the sentence, not the offers under it.
    let empty_for = Memo::new(move |_| {
        if !rows.read().is_empty() || reports.with(Vec::is_empty) || state.search_pending() {
            return None;
        }
        Some((!query.read().is_empty(), !state.selection.read().is_empty()))
    });
    let why_text = move || {
        let q = query.read();
        let terms: Vec<&str> = q.terms.iter().map(|t| t.text.as_str()).collect();
        let terms = terms.join(ui.t(Key::ListSeparator));
        match (q.is_empty(), !state.selection.read().is_empty()) {
            (false, false) => ui.format(Key::NoResultsForQuery, &[("terms", &terms)]),
            (true, _) => ui.t(Key::NoResultsForFilters).to_string(),
            (false, true) => ui.format(Key::NoResultsForBoth, &[("terms", &terms)]),
        }
    };
    let why_empty = move || {
        let (searched, filtered) = empty_for.get()?;
        Some(view! {
            <div class="re-empty-results" data-testid="no-results">
                <p>{why_text}</p>
                {searched.then(|| view! { <NearMisses /> })}
                {searched.then(|| view! {
                    <button type="button" data-testid="no-results-clear-search" on:click=move |_| state.set_query(String::new())>{ui.tr(Key::ClearSearch)}</button>
                })}
                {filtered.then(|| view! {
                    <button type="button" data-testid="no-results-clear-filters" on:click=move |_| state.selection.set(Default::default())>{ui.tr(Key::ClearFilters)}</button>
                })}
            </div>
        })
    };
    view! {
        <section class="re-results" aria-label=ui.landmark(Key::TabReports) data-skip-target tabindex="-1">
            <p class="re-result-count" data-testid="result-count" aria-live="polite" data-search-ms=move || millis(search_ms.get())
                data-query=move || state.query_text.get() data-pending=move || state.search_pending().to_string()>
                {count}
            </p>
            {why_empty}
            // A report is about to be opened: its article's chunk starts coming.
            <ol class="re-result-list" data-testid="result-list" data-arrows="vertical" node_ref=list
                on:pointerenter=move |_| LaterView::Article.prefetch() on:focusin=move |_| LaterView::Article.prefetch()>
                // Keyed by the report as shown: a new query keeps the row and
                // updates what it shows of the hits and the query.
                <For each=visible key=move |&index| (index, reports.with_untracked(|r| r.get(index).map(display_key))) let:index>
                    <ResultItem index sight />
                </For>
            </ol>
            {move || (remaining() > 0).then(|| view! {
                <button type="button" class="re-more" data-testid="show-more" on:click=show_more>
                    {move || ui.format(Key::ShowMore, &[("n", &remaining().min(PAGE_SIZE)), ("rest", &remaining())])}
                </button>
            })}
        </section>
    }
}

#[component]
fn ResultItem(index: usize, sight: InSight) -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let (reports, rows, search_index, query, open, compare) = (
        state.reports,
        state.rows,
        state.index,
        state.query,
        state.open,
        state.compare,
    );
    // What the row shows of the report, read without copying its text.
    let report = reports.with_untracked(|r| RowReport::of(&r[index]));
    let or_else = move |value: Option<String>, missing: Key| {
        value.map_or_else(
            || ui.tr(missing).into_any(),
            |v| view! { <span lang="zh-CN">{v}</span> }.into_any(),
        )
    };
    let district = match report.region {
        Some((name, level)) => view! {
            <span lang="zh-CN">{name}</span>
            <span class="re-region-level" data-testid="result-region-level" data-level=level.label()>
                {move || format!(" · {}", ui.t(level.name()))}
            </span>
        }
        .into_any(),
        None => ui.tr(Key::RegionUnknown).into_any(),
    };
    let date = {
        let date = report.date;
        move || or_else(date.as_ref().map(|d| d.label_in(ui.lang())), Key::Undated)
    };
    let source = or_else(report.source, Key::SourceNotNamed);
    // Keyed by report, the row is not drawn again for a new query: its hits
    // and whatever it shows of the query are read here, reactively.
    let hit_counts = move || {
        let q = query.read();
        let rows = rows.read();
        let Ok(at) = rows.binary_search_by_key(&index, |r| r.index) else {
            return Vec::new();
        };
        rows[at]
            .hits
            .per_term
            .iter()
            .zip(&q.terms)
            .enumerate()
            .map(|(i, (n, term))| {
                let (n, term) = (*n, term.text.clone());
                let label = ui.format(Key::SearchTermTotal, &[("term", &term), ("n", &n)]);
                view! {
                    <span class=format!("re-count-chip re-hit-{}", i % HIT_COLOURS) aria-label=label>
                        {format!("{term} {n}")}
                    </span>
                }
            })
            .collect::<Vec<_>>()
    };
    // Snippets only while the row is in or near sight: a query's new rows
    // out of sight cost no text to fetch, search and draw.
    let row = NodeRef::<leptos::html::Li>::new();
    let watched = RwSignal::new(None::<Watched>);
    let element = StoredValue::new_local(None::<web_sys::Element>);
    Effect::new(move |_| {
        if let Some(li) = row.get() {
            if watched.get_untracked().is_none() {
                let li: web_sys::Element = li.into();
                watched.set(Some(sight.watch(&li, index)));
                element.set_value(Some(li));
            }
        }
    });
    on_cleanup(move || {
        if let (Some(Some(li)), Some(Some(w))) =
            (element.try_get_value(), watched.try_get_untracked())
        {
            sight.forget(&li, w);
        }
    });
    let in_sight = Memo::new(move |_| watched.get().is_some_and(|w| sight.contains(w)));
    // A sharded corpus's text arriving for this row (the row is kept).
    let paragraphs =
        Memo::new(move |_| reports.with(|r| r.get(index).map_or(0, |r| r.paragraphs().count())));
    let snippets = move || {
        let q = query.read();
        paragraphs.track();
        // Without terms there are no snippets, and the index is not asked
        // for (it may not be built yet).
        let snippets = if in_sight.get() && !q.terms.is_empty() {
            reports.with_untracked(|r| {
                search_index.with_untracked(|i| report_snippets(r, i, index, &q))
            })
        } else {
            Vec::new()
        };
        snippets
            .into_iter()
            .map(|s| {
                view! {
                    <p class="re-snippet" data-testid="snippet" lang="zh-CN">
                        {s.cut_before.then_some("…")}
                        {segments_view(s.segments)}
                        {s.cut_after.then_some("…")}
                    </p>
                }
            })
            .collect_view()
    };
    let title = report.title;
    let compare_button = report.district.map(|d| {
        let in_list = {
            let d = d.clone();
            move || compare.read().contains(&d)
        };
        let label = {
            let in_list = in_list.clone();
            move || ui.t(if in_list() { Key::CompareRemove } else { Key::CompareAdd })
        };
        let title = {
            let d = d.clone();
            move || ui.format(Key::CompareToggleTitle, &[("district", &d)])
        };
        view! {
            <button type="button" class="re-compare-toggle" data-testid="compare-toggle" aria-pressed=move || in_list().to_string()
                title=title on:click=move |_| state.toggle_district(&d)>
                {label}
            </button>
        }
    });
    let imported = report.imported_from.map(|file| {
        let from = move || ui.format(Key::ImportedBadgeTitle, &[("file", &file)]);
        view! { <span class="re-badge re-badge-imported" data-testid="imported-badge" title=from>{ui.tr(Key::ImportedBadge)}</span> }
    });
    let derived = report.title_is_derived.then(|| view! { <span class="re-badge" title=ui.tr(Key::DerivedTitleHint)>{ui.tr(Key::DerivedTitleBadge)}</span> });
    view! {
        <li class="re-result" data-testid="result" data-report-id=report.id class:re-open=move || open.get().map(|o| o.index) == Some(index) node_ref=row>
            <button class="re-result-open" type="button" data-arrow-item on:click=move |_| state.open_report(OpenReport::at_start(index))>
                <span class="re-result-title" data-testid="result-title" lang="zh-CN"><Highlighted text=title query /></span>
                {derived}
                {imported}
            </button>
            <p class="re-result-meta">
                <span data-testid="result-district">{district}</span>
                {compare_button}
                " · "
                <span data-testid="result-date">{date}</span>
                " · "
                <span data-testid="result-source">{source}</span>
            </p>
            <p class="re-result-hits" data-testid="result-hits">{hit_counts}</p>
            {snippets}
        </li>
    }
}

/// What a result row shows of its report.
struct RowReport {
    id: String,
    title: String,
    title_is_derived: bool,
    region: Option<(String, RegionLevel)>,
    district: Option<String>,
    date: Option<ReportDate>,
    source: Option<String>,
    /// The file an imported report came from.
    imported_from: Option<String>,
}

impl RowReport {
    fn of(report: &Report) -> RowReport {
        RowReport {
            id: report.id.clone(),
            title: report.title.clone(),
            title_is_derived: report.title_is_derived,
            region: report
                .region
                .as_ref()
                .map(|r| (r.label().to_string(), r.level)),
            district: district_of(report).map(str::to_string),
            date: report.date.clone(),
            source: report.source.clone(),
            imported_from: report.imported.as_ref().map(|i| i.file.clone()),
        }
    }
}

/// Milliseconds to the microsecond, as benchmarks read them, without
/// float formatting (its code is some 10 KB of the first download).
fn millis(ms: f64) -> String {
    let micros = (ms.max(0.0) * 1000.0).round() as u64;
    format!("{}.{:03}", micros / 1000, micros % 1000)
}
