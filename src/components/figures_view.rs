use leptos::prelude::*;
use report_core::i18n::{Key, LaterKey};
use report_core::{
    display_value, district_of, figure_rows, figures_csv, units_in, FigureKind, FigureOrder,
    STATUSES,
};

use super::composition::Composition;
use super::export_button::ExportButton;
use super::pages::Pages;
use crate::download::{export_name, Download};
use crate::i18n::{use_ui, Ui};
use crate::state::{use_app_state, OpenReport};

/// Rows rendered at most; the CSV export always has them all.
/// Rows drawn at first, and added by each "show more" (the CSV export has
/// them all).
const PAGE_ROWS: usize = 250;

/// The figures of the reports in the result list: filterable, sortable,
/// each linking to its sentence in the reader.
#[component]
pub fn FiguresView() -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let (rows, reports, query) = (state.rows, state.reports, state.query);
    // The table's filters and order, kept in the link.
    let table_view = state.figures;
    let filter = table_view;
    // The indicator is filtered on an input method's commit, not its pinyin.
    let composition = Composition::new();
    let table =
        Memo::new(move |_| reports.with(|r| figure_rows(r, &rows.read(), &table_view.read())));
    let units = Memo::new(move |_| reports.with(|r| units_in(r, &rows.read())));
    // Another query, filter or order starts again at the first page.
    let pages = Pages::new(PAGE_ROWS, move || table.track());
    let remaining = move || table.read().len().saturating_sub(pages.shown());
    let table_node = NodeRef::<leptos::html::Table>::new();
    let show_more = move |_| {
        pages.show_next(
            table_node.get_untracked().map(Into::into),
            "[data-testid=figure-open]",
        )
    };
    let export = move || {
        let csv = reports.with(|r| figures_csv(r, &table.read()));
        let name = export_name(ui.t(LaterKey::ExportNameFigures), &query.read(), "csv");
        Some(Download::csv(name, csv))
    };

    let kind_boxes = FigureKind::ALL
        .map(|kind| {
            let key = kind.key();
            filter_box(
                ui,
                format!("figure-kind-{key}"),
                kind.name(),
                move || filter.read().kinds.contains(key),
                move || filter.update(|f| f.toggle_kind(kind)),
            )
        })
        .into_iter()
        .collect_view();
    let status_boxes = STATUSES
        .map(|status| {
            let key = status.key();
            filter_box(
                ui,
                format!("figure-status-{key}"),
                status.name(),
                move || filter.read().statuses.contains(key),
                move || filter.update(|f| f.toggle_status(status)),
            )
        })
        .into_iter()
        .collect_view();
    let sort_button = move |o: FigureOrder, label: LaterKey| {
        view! {
            <button type="button" class="re-sort" data-testid=format!("figure-sort-{}", o.key()) aria-pressed=move || (filter.read().order == o).to_string() data-reverse=move || (filter.read().order == o && filter.read().reverse).to_string() on:click=move |_| filter.update(|f| f.click_sort(o))>
                {ui.tr(label)}
            </button>
        }
    };

    view! {
        <section class="re-figures" aria-label=ui.landmark(Key::TabFigures) data-skip-target tabindex="-1">
            <div class="re-toolbar re-figure-filters">
                <span class="re-label">{ui.tr(LaterKey::FigureKindLabel)}</span>
                {kind_boxes}
                <span class="re-label">{ui.tr(LaterKey::FigureStatusLabel)}</span>
                {status_boxes}
                <label class="re-check">{ui.tr(LaterKey::FigureUnitLabel)}" "
                    <select data-testid="figure-unit" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        filter.update(|f| f.unit = (!v.is_empty()).then_some(v));
                    }>
                        <option value="">{ui.tr(LaterKey::FigureUnitAny)}</option>
                        {move || units.get().into_iter().map(|u| { let chosen = u.clone(); view! { <option value=u.clone() prop:selected=move || filter.read().unit.as_deref() == Some(chosen.as_str())>{u.clone()}</option> } }).collect_view()}
                    </select>
                </label>
                <input type="search" placeholder=ui.tr(LaterKey::FigureIndicatorPlaceholder) data-testid="figure-indicator" aria-label=ui.tr(LaterKey::FigureIndicatorLabel)
                    prop:value=move || filter.read().indicator.clone()
                    on:input=move |ev| composition.input(&ev, |v| filter.update(|f| f.indicator = v))
                    on:compositionstart=move |_| composition.start()
                    on:compositionend=move |ev| composition.end(&ev, |v| filter.update(|f| f.indicator = v)) />
                <input type="text" inputmode="decimal" placeholder=ui.tr(LaterKey::FigureMin) size="6" data-testid="figure-min" aria-label=ui.tr(LaterKey::FigureMinLabel)
                    prop:value=move || filter.read().min.clone()
                    on:input=move |ev| { let v = event_target_value(&ev); filter.update(|f| f.min = v); } />
                <input type="text" inputmode="decimal" placeholder=ui.tr(LaterKey::FigureMax) size="6" data-testid="figure-max" aria-label=ui.tr(LaterKey::FigureMaxLabel)
                    prop:value=move || filter.read().max.clone()
                    on:input=move |ev| { let v = event_target_value(&ev); filter.update(|f| f.max = v); } />
                {move || {
                    let problems = filter.read().bound_problems(ui.lang());
                    (!problems.is_empty()).then(|| view! { <span class="re-error" role="alert" data-testid="figure-bound-problem">{problems.join(" ")}</span> })
                }}
            </div>
            <div class="re-toolbar">
                <span class="re-result-count" data-testid="figure-count">
                    {move || {
                        let n = table.read().len();
                        if n > pages.shown() {
                            ui.format(LaterKey::FiguresCapped, &[("n", &n), ("shown", &pages.shown())])
                        } else {
                            ui.count(LaterKey::FigureCount, n)
                        }
                    }}
                </span>
                <span class="re-label">{ui.tr(LaterKey::SortBy)}</span>
                {sort_button(FigureOrder::Report, LaterKey::SortReport)}
                {sort_button(FigureOrder::Indicator, LaterKey::SortIndicator)}
                {sort_button(FigureOrder::Value, LaterKey::SortValue)}
                {sort_button(FigureOrder::Kind, LaterKey::SortKind)}
                <ExportButton class="re-export" testid="figure-export" file=export disabled=Signal::derive(move || table.read().is_empty())>{ui.tr(Key::ExportCsv)}</ExportButton>
            </div>
            <table class="re-figure-table" data-testid="figure-table" data-arrows="vertical" node_ref=table_node>
                <thead>
                    <tr>
                        <th scope="col">{ui.tr(LaterKey::ColReport)}</th>
                        <th scope="col">{ui.tr(LaterKey::ColIndicator)}</th>
                        <th scope="col">{ui.tr(LaterKey::ColValue)}</th>
                        <th scope="col">{ui.tr(LaterKey::ColKind)}</th>
                        <th scope="col">{ui.tr(LaterKey::ColStatus)}</th>
                        <th scope="col">{ui.tr(LaterKey::ColPeriod)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        table
                            .read()
                            .iter()
                            .take(pages.shown())
                            .map(|x| {
                                let (report_label, title, f) = reports.with(|r| {
                                    let report = &r[x.report];
                                    let date = report.date.as_ref().map(|d| d.label_in(ui.lang())).unwrap_or_default();
                                    (format!("{} {date}", district_of(report).unwrap_or("")), report.title.clone(), report.figures[x.figure].clone())
                                });
                                let target = OpenReport { index: x.report, mark: 0, figure: Some(x.figure) };
                                let normalized = f.normalized.as_ref().map(|n| n.describe(ui.lang()));
                                view! {
                                    <tr data-testid="figure-row" data-kind=f.kind.key() data-value=f.value.to_string()>
                                        <td class="re-kwic-source" title=title>{report_label}</td>
                                        <td data-testid="figure-indicator-cell">
                                            <button type="button" class="re-link-button" data-testid="figure-open" data-arrow-item title=ui.tr(LaterKey::FigureOpenTitle) lang="zh-CN"
                                                on:click=move |_| state.read_in_reports(target)>
                                                {if f.indicator.is_empty() { ui.t(LaterKey::FigureNoIndicator).to_string() } else { f.indicator.clone() }}
                                            </button>
                                        </td>
                                        <td class="re-num" title=normalized>{display_value(&f)}</td>
                                        <td>{ui.t(f.kind.name())}</td>
                                        <td>{ui.t(f.status.name())}</td>
                                        <td title=f.period_words.clone()>{f.period.clone().unwrap_or_default()}</td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
            {move || (remaining() > 0).then(|| view! {
                <button type="button" class="re-more" data-testid="figure-more" on:click=show_more>
                    {move || ui.format(LaterKey::ShowMoreFigures, &[("n", &remaining().min(PAGE_ROWS)), ("rest", &remaining())])}
                </button>
            })}
        </section>
    }
}

/// One checkbox of the kind or status filter: what it shows and what a click does.
fn filter_box(
    ui: Ui,
    testid: String,
    label: Key,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    toggle: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <label class="re-check">
            <input type="checkbox" data-testid=testid prop:checked=checked on:change=move |_| toggle() />
            {ui.tr(label)}
        </label>
    }
}
