use leptos::prelude::*;
use report_core::i18n::LaterKey;
use report_core::{grouped_bars, grouped_height, label_column_width, nice_axis};

use crate::i18n::use_ui;

/// The labels' font size in the stylesheet (`.re-chart-label`).
const LABEL_FONT_PX: f64 = 11.0;
/// Space between a label and its bars.
const LABEL_GAP: f64 = 6.0;
const PLOT_WIDTH: f64 = 420.0;
const BAR_HEIGHT: f64 = 12.0;
const GROUP_GAP: f64 = 10.0;
const AXIS_HEIGHT: f64 = 22.0;

/// A grouped horizontal bar chart drawn as SVG (one group per row, one bar
/// per series), with its title and a table of the same numbers for screen
/// readers and copying. Layout comes from report-core's chart module.
#[component]
pub fn BarChart(
    title: String,
    testid: &'static str,
    rows: Vec<String>,
    series: Vec<String>,
    /// `values[row][series]`
    values: Vec<Vec<f64>>,
    format: fn(f64) -> String,
) -> impl IntoView {
    let max = values.iter().flatten().copied().fold(0.0_f64, f64::max);
    let axis = nice_axis(max, 4);
    let bars = grouped_bars(&values, &axis, PLOT_WIDTH, BAR_HEIGHT, GROUP_GAP);
    let plot_height = grouped_height(rows.len(), series.len(), BAR_HEIGHT, GROUP_GAP);
    let height = plot_height + AXIS_HEIGHT;
    // As wide as the longest label needs (English theme names run long).
    let label_width = label_column_width(&rows, LABEL_FONT_PX, LABEL_GAP).max(60.0);
    let width = label_width + PLOT_WIDTH + 60.0;
    // A chart can appear twice on a page (the over-time comparison).
    let title_id = crate::keyboard::unique_id("re-chart");
    let groups = rows
        .iter()
        .zip(&bars)
        .zip(&values)
        .map(|((label, bars), vals)| {
            let label_y = bars.first().map_or(0.0, |b| b.y) + bars.len() as f64 * BAR_HEIGHT / 2.0 + 4.0;
            let rects = bars
                .iter()
                .zip(vals)
                .enumerate()
                .map(|(s, (b, v))| {
                    view! {
                        <rect class=format!("re-unit-fill-{s}") x=label_width y=b.y width=b.width.max(0.5) height=b.height - 1.0>
                            <title>{format!("{}: {}", series[s], format(*v))}</title>
                        </rect>
                        <text class="re-chart-value" x=label_width + b.width + 4.0 y=b.y + b.height - 2.0>{format(*v)}</text>
                    }
                })
                .collect_view();
            view! {
                <text class="re-chart-label" x=label_width - LABEL_GAP y=label_y text-anchor="end">{label.clone()}</text>
                {rects}
            }
        })
        .collect_view();
    let ticks = axis
        .ticks
        .iter()
        .map(|t| {
            let x = label_width + axis.scale(*t, PLOT_WIDTH);
            view! {
                <line class="re-chart-grid" x1=x x2=x y1=0 y2=plot_height />
                <text class="re-chart-tick" x=x y=plot_height + 14.0 text-anchor="middle">{format(*t)}</text>
            }
        })
        .collect_view();
    let legend = series
        .iter()
        .enumerate()
        .map(|(s, name)| view! { <li><span class=format!("re-swatch re-unit-fill-{s}")></span>{name.clone()}</li> })
        .collect_view();
    let header = series
        .iter()
        .map(|s| view! { <th scope="col">{s.clone()}</th> })
        .collect_view();
    let table_rows = rows
        .iter()
        .zip(&values)
        .map(|(label, vals)| {
            let cells = vals
                .iter()
                .map(|v| view! { <td>{format(*v)}</td> })
                .collect_view();
            view! { <tr><th scope="row">{label.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    let summary_title = title.clone();
    view! {
        <figure class="re-chart" data-testid=testid>
            <figcaption id=title_id.clone()>{title.clone()}</figcaption>
            <ul class="re-legend">{legend}</ul>
            <svg role="img" aria-labelledby=title_id viewBox=format!("0 0 {width} {height}") width=width height=height>
                <title>{title}</title>
                {ticks}
                {groups}
            </svg>
            <details class="re-chart-table">
                <summary>{use_ui().tr(LaterKey::ChartTable)}": "{summary_title}</summary>
                <table data-testid=format!("{testid}-table")>
                    <thead><tr><th scope="col"></th>{header}</tr></thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
