use leptos::prelude::*;
use report_core::i18n::Key;
use report_core::{district_of, report_snippets, ResultRow};

use super::display_key;
use super::highlighted::{segments_view, Highlighted, HIT_COLOURS};
use crate::i18n::use_ui;
use crate::state::{use_app_state, OpenReport};

/// Results rendered at first and added per "show more": a thousand items at
/// once would make every keystroke slow.
const PAGE_SIZE: usize = 50;

/// The reports left by the query and filter, each with its hits and best
/// snippets; choosing one opens it in the reader.
#[component]
pub fn ResultList() -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let (rows, reports, query, search_ms) =
        (state.rows, state.reports, state.query, state.search_ms);
    let shown = RwSignal::new(PAGE_SIZE);
    // A new result list starts again at its first page.
    Effect::watch(
        move || rows.track(),
        move |_, _, _| shown.set(PAGE_SIZE),
        false,
    );
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
    let visible = move || {
        rows.read()
            .iter()
            .take(shown.get())
            .cloned()
            .collect::<Vec<_>>()
    };
    // A sharded corpus fetches the texts of the rows shown, for their
    // snippets (a list without a query shows none).
    Effect::new(move |_| {
        if !query.read().is_empty() {
            state.need_texts(visible().iter().map(|r| r.index).collect());
        }
    });
    let remaining = move || rows.read().len().saturating_sub(shown.get());
    // An empty list says why, and offers the way out.
    let why_empty = move || {
        if !rows.read().is_empty() || reports.with(Vec::is_empty) || state.search_pending() {
            return None;
        }
        let q = query.read();
        let terms: Vec<&str> = q.terms.iter().map(|t| t.text.as_str()).collect();
        let terms = terms.join(ui.t(Key::ListSeparator));
        let filtered = !state.selection.read().is_empty();
        let text = match (q.is_empty(), filtered) {
            (false, false) => ui.format(Key::NoResultsForQuery, &[("terms", &terms)]),
            (true, _) => ui.t(Key::NoResultsForFilters).to_string(),
            (false, true) => ui.format(Key::NoResultsForBoth, &[("terms", &terms)]),
        };
        let searched = !q.is_empty();
        Some(view! {
            <div class="re-empty-results" data-testid="no-results">
                <p>{text}</p>
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
            <p class="re-result-count" data-testid="result-count" aria-live="polite" data-search-ms=move || format!("{:.3}", search_ms.get())
                data-query=move || state.query_text.get() data-pending=move || state.search_pending().to_string()>
                {count}
            </p>
            {why_empty}
            <ol class="re-result-list" data-testid="result-list" data-arrows="vertical">
                <For each=visible key=move |row| (row.clone(), reports.with_untracked(|r| r.get(row.index).map(display_key))) let:row>
                    <ResultItem row />
                </For>
            </ol>
            {move || (remaining() > 0).then(|| view! {
                <button type="button" class="re-more" data-testid="show-more" on:click=move |_| shown.update(|n| *n += PAGE_SIZE)>
                    {move || ui.format(Key::ShowMore, &[("n", &remaining().min(PAGE_SIZE)), ("rest", &remaining())])}
                </button>
            })}
        </section>
    }
}

#[component]
fn ResultItem(row: ResultRow) -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let (reports, search_index, query, open, compare) = (
        state.reports,
        state.index,
        state.query,
        state.open,
        state.compare,
    );
    let index = row.index;
    let report = reports.with(|r| r[index].clone());
    let or_else = move |value: Option<String>, missing: Key| {
        value.map_or_else(
            || ui.tr(missing).into_any(),
            |v| view! { <span lang="zh-CN">{v}</span> }.into_any(),
        )
    };
    let district = match report.region.as_ref() {
        Some(region) => {
            let (name, level) = (region.label().to_string(), region.level);
            view! {
                <span lang="zh-CN">{name}</span>
                <span class="re-region-level" data-testid="result-region-level" data-level=level.label()>
                    {move || format!(" · {}", ui.t(level.name()))}
                </span>
            }
            .into_any()
        }
        None => ui.tr(Key::RegionUnknown).into_any(),
    };
    let date = {
        let date = report.date.clone();
        move || or_else(date.as_ref().map(|d| d.label_in(ui.lang())), Key::Undated)
    };
    let source = or_else(report.source.clone(), Key::SourceNotNamed);
    // Keyed by report and hits, the row is not drawn again when a new
    // query leaves both the same (营商 → 营商环境): whatever it shows of the
    // query is read from the query here, reactively.
    let per_term = row.hits.per_term.clone();
    let hit_counts = move || {
        let q = query.read();
        per_term
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
            .collect_view()
    };
    let snippets = move || {
        let q = query.read();
        reports
            .with_untracked(|r| search_index.with_untracked(|i| report_snippets(r, i, index, &q)))
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
    let title = report.title.clone();
    let compare_button = district_of(&report).map(|d| {
        let d = d.to_string();
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
    let imported = report.imported.as_ref().map(|i| {
        let file = i.file.clone();
        let from = move || ui.format(Key::ImportedBadgeTitle, &[("file", &file)]);
        view! { <span class="re-badge re-badge-imported" data-testid="imported-badge" title=from>{ui.tr(Key::ImportedBadge)}</span> }
    });
    let derived = report.title_is_derived.then(|| view! { <span class="re-badge" title=ui.tr(Key::DerivedTitleHint)>{ui.tr(Key::DerivedTitleBadge)}</span> });
    view! {
        <li class="re-result" data-testid="result" data-report-id=report.id.clone() class:re-open=move || open.get().map(|o| o.index) == Some(index)>
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
