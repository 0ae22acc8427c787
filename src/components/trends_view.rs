//! The trends view: the query's terms per year (a line chart and the same
//! numbers as a table), per region at a chosen level, and the first use in
//! each region. Everything is computed by `report_core::views::trends`.

use leptos::prelude::*;
use report_core::i18n::Key;
use report_core::{
    first_use_date, line_chart, row_cells, table_header, trends, trends_csv, LineChart, Query,
    RegionLevel, Report, Trends, TREND_LEVELS,
};

use super::export_button::ExportButton;
use crate::download::{export_name, Download};
use crate::i18n::use_ui;
use crate::state::{use_app_state, OpenReport};

const PLOT_WIDTH: f64 = 520.0;
const PLOT_HEIGHT: f64 = 180.0;
const LEFT: f64 = 44.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 24.0;

#[component]
pub fn TrendsView() -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let (reports, index, query, selection) =
        (state.reports, state.index, state.query, state.selection);
    let level = RwSignal::new(RegionLevel::Province);
    let computed = Memo::new(move |_| {
        reports
            .with(|r| index.with(|i| trends(r, i, &query.read(), &selection.read(), level.get())))
    });
    let export = move || {
        let csv = trends_csv(&computed.read(), &query.read(), ui.lang());
        let name = export_name(ui.t(Key::ExportNameTrends), &query.read(), "csv");
        Some(Download::csv(name, csv))
    };
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let level_id = crate::keyboard::unique_id("re-trends-level");
    let levels = TREND_LEVELS
        .map(|l| view! { <option value=l.label() selected=move || level.get() == l>{move || ui.t(l.name())}</option> })
        .collect_view();
    view! {
        <section class="re-trends" aria-label=ui.landmark(Key::TrendsHeading) data-testid="trends" data-skip-target tabindex="-1">
            <h2>{ui.tr(Key::TrendsHeading)}</h2>
            <div class="re-toolbar re-no-print">
                <label for=level_id.clone()>{ui.tr(Key::TrendsLevel)}</label>
                <select id=level_id data-testid="trends-level" on:change=move |ev| {
                    if let Some(l) = report_core::level_from_key(&event_target_value(&ev)) {
                        level.set(l);
                    }
                }>{levels}</select>
                <ExportButton class="re-export" testid="trends-export" file=export disabled=Signal::derive(move || query.read().terms.is_empty())>
                    {ui.tr(Key::ExportCsv)}
                </ExportButton>
                <button type="button" class="re-export" data-testid="trends-print" on:click=print>{ui.tr(Key::Print)}</button>
            </div>
            // Drawn in one language: a switch redraws it.
            {move || {
                ui.lang();
                let q = query.get();
                if q.terms.is_empty() {
                    return view! { <p class="re-placeholder" data-testid="trends-empty">{ui.tr(Key::TrendsEmpty)}</p> }.into_any();
                }
                let t = computed.get();
                view! {
                    <TrendsChart trends=t.clone() query=q.clone() />
                    <TrendsTable trends=t.clone() query=q.clone() />
                    <FirstUses trends=t query=q reports />
                }
                .into_any()
            }}
        </section>
    }
}

/// Hits per 10,000 characters per year, one line per term.
#[component]
fn TrendsChart(trends: Trends, query: Query) -> impl IntoView {
    let ui = use_ui();
    let dated: Vec<_> = trends.overall.iter().filter(|r| r.year.is_some()).collect();
    let years: Vec<u16> = dated.iter().filter_map(|r| r.year).collect();
    let values: Vec<Vec<Option<f64>>> = (0..query.terms.len())
        .map(|t| dated.iter().map(|r| Some(r.rate(t))).collect())
        .collect();
    let chart: LineChart = line_chart(&years, &values, PLOT_WIDTH, PLOT_HEIGHT);
    let title_id = crate::keyboard::unique_id("re-trends-chart");
    let labelled_by = title_id.clone();
    let grid = chart
        .axis
        .ticks
        .iter()
        .map(|&v| {
            let y = TOP + PLOT_HEIGHT - chart.axis.scale(v, PLOT_HEIGHT);
            view! {
                <line class="re-chart-grid" x1=LEFT x2=LEFT + PLOT_WIDTH y1=y y2=y />
                <text class="re-chart-value" x=LEFT - 4.0 y=y + 4.0 text-anchor="end">{format!("{v}")}</text>
            }
        })
        .collect_view();
    let year_labels = chart
        .year_ticks
        .iter()
        .map(|&(year, x)| view! {
            <text class="re-chart-label" x=LEFT + x y=TOP + PLOT_HEIGHT + 16.0 text-anchor="middle">{year.to_string()}</text>
        })
        .collect_view();
    let lines = chart
        .series
        .iter()
        .enumerate()
        .map(|(t, runs)| {
            let term = query.terms[t].text.clone();
            runs.iter()
                .map(|run| {
                    let dots = run
                        .iter()
                        .map(|p| view! {
                            <circle class=format!("re-trend-dot re-unit-fill-{}", t % 4) cx=LEFT + p.x cy=TOP + p.y r="3">
                                <title>{format!("{term} {}: {:.2}", p.year, p.value)}</title>
                            </circle>
                        })
                        .collect_view();
                    view! {
                        <polyline class=format!("re-trend-line re-unit-fill-{}", t % 4)
                            transform=format!("translate({LEFT},{TOP})") points=LineChart::points_attr(run) />
                        {dots}
                    }
                })
                .collect_view()
        })
        .collect_view();
    let legend = query
        .terms
        .iter()
        .enumerate()
        .map(|(t, term)| view! {
            <li><span class=format!("re-swatch re-unit-fill-{}", t % 4)></span><span lang="zh-CN">{term.text.clone()}</span></li>
        })
        .collect_view();
    view! {
        <figure class="re-trends-chart" data-testid="trends-chart">
            <svg role="img" aria-labelledby=labelled_by width=LEFT + PLOT_WIDTH + 20.0 height=TOP + PLOT_HEIGHT + BOTTOM
                viewBox=format!("0 0 {} {}", LEFT + PLOT_WIDTH + 20.0, TOP + PLOT_HEIGHT + BOTTOM)>
                <title id=title_id>{ui.tr(Key::TrendsChartLabel)}</title>
                {grid}
                {year_labels}
                {lines}
            </svg>
            <figcaption>{ui.tr(Key::TrendsChartLabel)}<ul class="re-legend">{legend}</ul></figcaption>
        </figure>
    }
}

/// The chart's numbers, every report first and then each region.
#[component]
fn TrendsTable(trends: Trends, query: Query) -> impl IntoView {
    let ui = use_ui();
    let lang = ui.lang();
    let header = table_header(&query, lang)
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    let all = lang.text(Key::TrendsAllReports).to_string();
    let rows = std::iter::once((all, trends.overall.clone()))
        .chain(trends.regions.iter().map(|r| (r.name.clone(), r.rows.clone())))
        .flat_map(|(region, rows)| {
            rows.into_iter().map(move |row| {
                let cells = row_cells(&row, lang)
                    .into_iter()
                    .map(|c| view! { <td>{c}</td> })
                    .collect_view();
                view! { <tr data-testid="trends-row"><th scope="row" lang="zh-CN">{region.clone()}</th>{cells}</tr> }
            })
        })
        .collect_view();
    view! {
        <div class="re-trends-table-wrap">
            <table class="re-trends-table" data-testid="trends-table">
                <thead><tr>{header}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Per term, the regions in the order they first used it, each a link to
/// the hit.
#[component]
fn FirstUses(trends: Trends, query: Query, reports: RwSignal<Vec<Report>>) -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let lang = ui.lang();
    trends
        .uptake
        .into_iter()
        .map(|uptake| {
            let term = query.terms[uptake.term].text.clone();
            let empty = uptake.first_uses.is_empty();
            let items = uptake
                .first_uses
                .into_iter()
                .map(|f| {
                    let title = reports.with(|r| r.get(f.report).map(|r| r.title.clone()).unwrap_or_default());
                    let target = OpenReport { index: f.report, mark: f.line.mark, figure: None };
                    view! {
                        <li data-testid="first-use">
                            <span lang="zh-CN">{f.region}</span>" · "{first_use_date(f.date.as_ref(), lang)}" · "
                            <button type="button" class="re-link-button" data-testid="first-use-open" data-mark=f.line.mark
                                on:click=move |_| state.read_in_reports(target)>
                                <span lang="zh-CN">{f.line.left}<mark>{f.line.keyword}</mark>{f.line.right}</span>
                            </button>
                            <span class="re-first-use-title" lang="zh-CN">" — "{title}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="re-first-uses" data-testid="first-uses">
                    <h3>{lang.format(Key::TrendsFirstUses, &[("term", &term)])}</h3>
                    {if empty {
                        view! { <p class="re-placeholder">{lang.format(Key::TrendsNoFirstUse, &[("term", &term)])}</p> }.into_any()
                    } else {
                        view! { <ol>{items}</ol> }.into_any()
                    }}
                </section>
            }
        })
        .collect_view()
}
