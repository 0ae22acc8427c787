//! The trends view: the query's terms per year or month (a line chart and
//! the same numbers as a table), per region at a chosen level, the first
//! use in each region, and the terms new in a period. Everything is
//! computed by `report_core::views::trends`; the choices live in
//! `AppState::trends`, so the link keeps them.

use leptos::prelude::*;
use report_core::i18n::{Key, LaterKey};
use report_core::{
    body_sizes, first_use_date, line_chart, line_plot_width, new_terms, row_cells, table_header,
    trends, trends_csv, Granularity, LineChart, MonthDensity, NewTerms, Period, PeriodRow, Query,
    Report, Trends, NEW_TERMS_LIMIT, TREND_LEVELS,
};

use super::boilerplate_toggle::{BoilerplateMark, BoilerplateToggle};
use super::export_button::ExportButton;
use crate::download::{export_name, Download};
use crate::i18n::use_ui;
use crate::state::{use_app_state, OpenReport};

/// The plot's width: the least, per year of the span, and the most (a
/// long span scrolls sideways rather than crowd its years).
const PLOT_MIN_WIDTH: f64 = 520.0;
const PLOT_WIDTH_PER_YEAR: f64 = 11.0;
const PLOT_MAX_WIDTH: f64 = 1040.0;
const PLOT_HEIGHT: f64 = 180.0;
const LEFT: f64 = 44.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 24.0;
/// Room either side of the plot for the first and last periods' labels.
const RIGHT: f64 = 20.0;
const INSET: f64 = 20.0;
const CHART_HEIGHT: f64 = TOP + PLOT_HEIGHT + BOTTOM;

#[component]
pub fn TrendsView() -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let (reports, index, query, selection, choices) = (
        state.reports,
        state.index,
        state.query,
        state.selection,
        state.trends,
    );
    let level = Memo::new(move |_| choices.read().level);
    let show_regions = RwSignal::new(false);
    let density = Memo::new(move |_| reports.with(|r| MonthDensity::of(r, &selection.read())));
    // Months where asked for and the reports are dense enough, else years.
    let granularity = Memo::new(move |_| density.get().granularity(choices.read().granularity));
    // Counted once per corpus, not on every keystroke.
    let sizes = Memo::new(move |_| reports.with(|r| body_sizes(r)));
    let computed = Memo::new(move |_| {
        let shape = (level.get(), granularity.get());
        reports.with(|r| {
            index.with(|i| trends(r, &sizes.read(), i, &query.read(), &selection.read(), shape))
        })
    });
    let export = move || {
        let csv = trends_csv(&computed.read(), &query.read(), ui.lang());
        let name = export_name(ui.t(LaterKey::ExportNameTrends), &query.read(), "csv");
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
        <section class="re-trends" aria-label=ui.landmark(LaterKey::TrendsHeading) data-testid="trends" data-skip-target tabindex="-1">
            <h2>{ui.tr(LaterKey::TrendsHeading)}</h2>
            <div class="re-toolbar re-no-print">
                <span class="re-field">
                    <label for=level_id.clone()>{ui.tr(LaterKey::TrendsLevel)}</label>
                    <select id=level_id data-testid="trends-level" on:change=move |ev| {
                        if let Some(l) = report_core::level_from_key(&event_target_value(&ev)) {
                            choices.update(|c| c.level = l);
                        }
                    }>{levels}</select>
                </span>
                <PeriodChoice granularity density />
                <ExportButton class="re-export" testid="trends-export" file=export disabled=Signal::derive(move || query.read().terms.is_empty())>
                    {ui.tr(Key::ExportCsv)}
                </ExportButton>
                <button type="button" class="re-export" data-testid="trends-print" on:click=print disabled=move || query.read().terms.is_empty()>{ui.tr(Key::Print)}</button>
            </div>
            // Drawn in one language: a switch redraws it.
            {move || {
                ui.lang();
                let q = query.get();
                if q.terms.is_empty() {
                    return view! { <p class="re-placeholder" data-testid="trends-empty">{ui.tr(LaterKey::TrendsEmpty)}</p> }.into_any();
                }
                let t = computed.get();
                view! {
                    <TrendsChart trends=t.clone() query=q.clone() />
                    <TrendsTable trends=t.clone() query=q.clone() show_regions />
                    <FirstUses trends=t query=q reports />
                }
                .into_any()
            }}
            <NewTermsList granularity />
        </section>
    }
}

/// Hits per 10,000 characters per year, one line per term.
#[component]
fn TrendsChart(trends: Trends, query: Query) -> impl IntoView {
    let ui = use_ui();
    let lang = ui.lang();
    let on_axis = trends.on_axis();
    let steps: Vec<u16> = on_axis.iter().map(|(step, _)| *step).collect();
    let values: Vec<Vec<Option<f64>>> = (0..query.terms.len())
        .map(|t| on_axis.iter().map(|(_, r)| Some(r.rate(t))).collect())
        .collect();
    let plot_width = line_plot_width(&steps, PLOT_MIN_WIDTH, PLOT_WIDTH_PER_YEAR, PLOT_MAX_WIDTH);
    let chart: LineChart = line_chart(&steps, &values, plot_width, PLOT_HEIGHT);
    let granularity = trends.granularity;
    let label = move |step: u16| Period::at_step(step, granularity).label(lang);
    let chart_label = match granularity {
        Granularity::Year => LaterKey::TrendsChartLabel,
        Granularity::Month => LaterKey::TrendsChartLabelMonth,
    };
    // Rows a time axis has no place for: said, not drawn.
    let off_axis: Vec<String> = trends
        .overall
        .iter()
        .filter(|r| r.period.step().is_none())
        .map(|r| r.period.label(lang))
        .collect();
    let off_axis = (!off_axis.is_empty()).then(|| {
        let periods = off_axis.join(lang.text(Key::ListSeparator));
        view! { <p class="re-note" data-testid="trends-off-axis">{lang.format(LaterKey::TrendsOffAxis, &[("periods", &periods)])}</p> }
    });
    // A chart wider than a phone scrolls sideways; it opens on its latest
    // periods, which are what a reader of a trend looks for first.
    let scroller = NodeRef::<leptos::html::Div>::new();
    scroller.on_load(|el| el.set_scroll_left(el.scroll_width()));
    let title_id = crate::keyboard::unique_id("re-trends-chart");
    let labelled_by = title_id.clone();
    let scroll_label = title_id.clone();
    let tick_ys: Vec<(f64, f64)> = chart
        .axis
        .ticks
        .iter()
        .map(|&v| (v, TOP + PLOT_HEIGHT - chart.axis.scale(v, PLOT_HEIGHT)))
        .collect();
    let grid = tick_ys
        .iter()
        .map(|&(_, y)| view! { <line class="re-chart-grid" x1=LEFT - INSET x2=LEFT + plot_width y1=y y2=y /> })
        .collect_view();
    let values = tick_ys
        .iter()
        .map(|&(v, y)| view! {
            <text class="re-chart-value" x=LEFT - INSET - 4.0 y=y + 4.0 text-anchor="end">{format!("{v}")}</text>
        })
        .collect_view();
    let year_labels = chart
        .year_ticks
        .iter()
        .map(|&(step, x)| view! {
            <text class="re-chart-label" x=LEFT + x y=TOP + PLOT_HEIGHT + 16.0 text-anchor="middle">{label(step)}</text>
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
                                <title>{format!("{term} {}: {:.2}", label(p.year), p.value)}</title>
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
            // The value axis stands apart from the plot, so it stays in
            // sight while a narrow screen scrolls the periods sideways.
            <div class="re-trends-chart-frame">
                <svg class="re-trends-chart-axis" aria-hidden="true" width=LEFT - INSET height=CHART_HEIGHT
                    viewBox=format!("0 0 {} {CHART_HEIGHT}", LEFT - INSET)>
                    {values}
                </svg>
                // Scrolled sideways on a narrow screen, so reachable by keyboard.
                <div class="re-trends-chart-scroll" node_ref=scroller tabindex="0" role="group" aria-labelledby=scroll_label>
                    // The plot keeps the whole chart's coordinates: its view starts where the axis ends.
                    <svg class="re-trends-chart-plot" role="img" aria-labelledby=labelled_by width=INSET + plot_width + RIGHT height=CHART_HEIGHT
                        viewBox=format!("{} 0 {} {CHART_HEIGHT}", LEFT - INSET, INSET + plot_width + RIGHT)>
                        <title id=title_id>{ui.tr(chart_label)}</title>
                        {grid}
                        {year_labels}
                        {lines}
                    </svg>
                </div>
            </div>
            <figcaption>{ui.tr(chart_label)}<ul class="re-legend">{legend}</ul></figcaption>
            {off_axis}
        </figure>
    }
}

/// The chart's numbers, every report first and then each region.
#[component]
fn TrendsTable(trends: Trends, query: Query, show_regions: RwSignal<bool>) -> impl IntoView {
    let ui = use_ui();
    let lang = ui.lang();
    let header = table_header(&query, trends.granularity, lang)
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    let row_views = move |region: String, rows: Vec<PeriodRow>| {
        rows.into_iter()
            .map(|row| {
                let cells = row_cells(&row, lang)
                    .into_iter()
                    .map(|c| view! { <td>{c}</td> })
                    .collect_view();
                view! { <tr data-testid="trends-row"><th scope="row" lang="zh-CN">{region.clone()}</th>{cells}</tr> }
            })
            .collect_view()
    };
    let overall = row_views(
        lang.text(LaterKey::TrendsAllReports).to_string(),
        trends.overall.clone(),
    );
    // The regions' rows only on request: at a thousand reports they are
    // hundreds, and drawing them on every keystroke would slow typing.
    let regions = trends.regions.clone();
    let count = regions.len();
    let region_rows = move || {
        show_regions.get().then(|| {
            regions
                .iter()
                .map(|r| row_views(r.name.clone(), r.rows.clone()))
                .collect_view()
        })
    };
    let toggle_label = move || match show_regions.get() {
        true => ui.t(LaterKey::TrendsHideRegions).to_string(),
        false => ui
            .lang()
            .format(LaterKey::TrendsShowRegions, &[("n", &count)]),
    };
    view! {
        <div class="re-trends-table-wrap">
            <table class="re-trends-table" data-testid="trends-table">
                <thead><tr>{header}</tr></thead>
                <tbody>{overall}</tbody>
                <tbody data-testid="trends-region-rows">{region_rows}</tbody>
            </table>
            {(count > 0).then(|| view! {
                <button type="button" class="re-link-button re-no-print" data-testid="trends-show-regions"
                    aria-expanded=move || show_regions.get().to_string()
                    on:click=move |_| show_regions.update(|s| *s = !*s)>{toggle_label}</button>
            })}
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
                    <h3>{lang.format(LaterKey::TrendsFirstUses, &[("term", &term)])}</h3>
                    {if empty {
                        view! { <p class="re-placeholder">{lang.format(LaterKey::TrendsNoFirstUse, &[("term", &term)])}</p> }.into_any()
                    } else {
                        view! { <ol>{items}</ol> }.into_any()
                    }}
                </section>
            }
        })
        .collect_view()
}

/// Years or months: months are offered only where the reports are dense
/// enough, and the reason is said where they are not.
#[component]
fn PeriodChoice(granularity: Memo<Granularity>, density: Memo<MonthDensity>) -> impl IntoView {
    let ui = use_ui();
    let choices = use_app_state().trends;
    let id = crate::keyboard::unique_id("re-trends-period");
    let options = [Granularity::Year, Granularity::Month]
        .map(|g| {
            let disabled = move || g == Granularity::Month && !density.get().dense();
            view! { <option value=g.key() selected=move || granularity.get() == g disabled=disabled>{move || ui.t(g.name())}</option> }
        })
        .collect_view();
    view! {
        <span class="re-field">
            <label for=id.clone()>{ui.tr(LaterKey::TrendsPeriods)}</label>
            <select id=id data-testid="trends-period" on:change=move |ev| {
                if let Some(g) = Granularity::from_key(&event_target_value(&ev)) {
                    choices.update(|c| c.granularity = g);
                }
            }>{options}</select>
        </span>
        {move || density.get().sparse_note(ui.lang()).map(|note| view! { <p class="re-note" data-testid="trends-months-sparse">{note}</p> })}
    }
}

/// The terms new in the period the reader chooses, each a button that
/// follows it over time.
#[component]
fn NewTermsList(granularity: Memo<Granularity>) -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let (reports, grams, selection, choices, hide) = (
        state.reports,
        state.grams,
        state.selection,
        state.trends,
        state.hide_boilerplate,
    );
    // The periods the facets leave with a place in time, oldest first.
    let periods = Memo::new(move |_| {
        reports.with(|r| report_core::dated_periods(r, &selection.read(), granularity.get()))
    });
    let period = Memo::new(move |_| choices.read().new_terms_period(&periods.read()));
    // Not on the query: typing leaves it alone.
    let found = Memo::new(move |_| {
        let period = period.get()?;
        let shape = (choices.read().level, granularity.get());
        Some(reports.with(|r| {
            grams.with(|g| new_terms(r, g, &selection.read(), period, shape, NEW_TERMS_LIMIT))
        }))
    });
    let id = crate::keyboard::unique_id("re-new-terms-period");
    let options = move || {
        let chosen = period.get();
        let periods = periods
            .get()
            .into_iter()
            .rev()
            .map(|p| {
                let key = p.key().unwrap_or_default();
                view! { <option value=key selected=chosen == Some(p)>{p.label(ui.lang())}</option> }
            })
            .collect_view();
        view! { <option value="" selected=chosen.is_none()>{ui.t(LaterKey::NewTermsNoPeriod)}</option> {periods} }
    };
    view! {
        <section class="re-new-terms" data-testid="new-terms" aria-labelledby=format!("{id}-heading")>
            <h3 id=format!("{id}-heading")>{move || match period.get() {
                Some(p) => ui.lang().format(LaterKey::NewTermsHeading, &[("period", &p.label(ui.lang()))]),
                None => ui.t(LaterKey::NewTermsTitle).to_string(),
            }}</h3>
            <div class="re-toolbar re-no-print">
                <span class="re-field">
                    <label for=id.clone()>{ui.tr(LaterKey::NewTermsPeriod)}</label>
                    <select id=id.clone() data-testid="new-terms-period" on:change=move |ev| {
                        let period = Period::from_key(&event_target_value(&ev));
                        choices.update(|c| c.new_in = period);
                    }>{options}</select>
                </span>
                <BoilerplateToggle />
            </div>
            // Drawn in one language: a switch redraws it.
            {move || {
                ui.lang();
                match found.get() {
                    Some(found) => view! { <NewTermItems found hide=hide.get() /> }.into_any(),
                    None => view! { <p class="re-placeholder" data-testid="new-terms-choose">{ui.tr(LaterKey::NewTermsChoose)}</p> }.into_any(),
                }
            }}
        </section>
    }
}

#[component]
fn NewTermItems(found: NewTerms, hide: bool) -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let lang = ui.lang();
    if found.before == 0 {
        return view! { <p class="re-placeholder" data-testid="new-terms-none">{ui.tr(LaterKey::NewTermsNothingBefore)}</p> }.into_any();
    }
    let items: Vec<_> = found
        .terms
        .into_iter()
        .filter(|t| !(hide && t.boilerplate))
        .map(|t| {
            let title = lang.format(
                LaterKey::NewTermTitle,
                &[
                    ("regions", &t.regions),
                    ("reports", &t.reports),
                    ("count", &t.count),
                ],
            );
            let label = lang.format(LaterKey::NewTermFollow, &[("term", &t.term)]);
            let term = t.term.clone();
            view! {
                <li data-testid="new-term" data-boilerplate=t.boilerplate.to_string()>
                    <button type="button" class="re-link-button" title=title aria-label=label
                        on:click=move |_| state.follow_term(&term)>
                        <span lang="zh-CN">{t.term.clone()}</span>
                    </button>
                    <span class="re-count">{format!(" {}", t.regions)}</span>
                    {t.boilerplate.then(|| view! { " " <BoilerplateMark /> })}
                </li>
            }
        })
        .collect();
    if items.is_empty() {
        return view! { <p class="re-placeholder" data-testid="new-terms-none">{ui.tr(LaterKey::NewTermsNone)}</p> }.into_any();
    }
    let intro = lang.format(
        LaterKey::NewTermsIntro,
        &[("n", &found.reports), ("before", &found.before)],
    );
    view! {
        <p class="re-note">{intro}</p>
        <ol class="re-new-term-list">{items}</ol>
    }
    .into_any()
}
