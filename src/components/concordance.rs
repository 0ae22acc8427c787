use leptos::prelude::*;
use report_core::i18n::{Key, LaterKey};
use report_core::{concordance_csv, district_of, KwicOrder};

use super::export_button::ExportButton;
use super::highlighted::HIT_COLOURS;
use super::pages::Pages;
use crate::download::{export_name, Download};
use crate::i18n::use_ui;
use crate::state::{use_app_state, OpenReport};

/// Lines drawn at first, and added by each "show more": a common word's
/// thousands of lines took over a second to draw at every keystroke. The
/// CSV export always has them all.
const PAGE_LINES: usize = 250;

/// Every hit on its own line, aligned on the keyword; sortable; each line
/// opens the reader at its hit.
#[component]
pub fn ConcordanceView() -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let (lines, order, reports, query) = (state.kwic, state.sort, state.reports, state.query);
    let export = move || {
        let csv = reports.with(|r| concordance_csv(&lines.read(), r, &query.read()));
        let name = export_name(ui.t(LaterKey::ExportNameConcordance), &query.read(), "csv");
        Some(Download::csv(name, csv))
    };
    // Another query, order or filter starts again at the first page.
    let pages = Pages::new(PAGE_LINES, move || lines.track());
    let shown = move || pages.shown();
    let remaining = move || lines.read().len().saturating_sub(shown());
    let table = NodeRef::<leptos::html::Table>::new();
    let show_more = move |_| {
        pages.show_next(
            table.get_untracked().map(Into::into),
            "[data-testid=kwic-keyword]",
        )
    };
    let sort_button = move |o: KwicOrder, label: LaterKey| {
        view! {
            <button type="button" class="re-sort" data-testid=format!("kwic-sort-{}", o.key()) aria-pressed=move || (order.get() == o).to_string() on:click=move |_| order.set(o)>
                {ui.tr(label)}
            </button>
        }
    };
    view! {
        <section class="re-concordance" aria-label=ui.landmark(LaterKey::ConcordanceLabel) data-skip-target tabindex="-1">
            <div class="re-toolbar">
                <span class="re-result-count" data-testid="kwic-count">
                    {move || {
                        let n = lines.read().len();
                        if n > shown() {
                            ui.format(LaterKey::KwicLinesCapped, &[("n", &n), ("shown", &shown())])
                        } else {
                            ui.count(LaterKey::KwicLineCount, n)
                        }
                    }}
                </span>
                <span class="re-label">{ui.tr(LaterKey::SortBy)}</span>
                {sort_button(KwicOrder::Report, LaterKey::SortReport)}
                {sort_button(KwicOrder::Left, LaterKey::SortLeft)}
                {sort_button(KwicOrder::Right, LaterKey::SortRight)}
                <ExportButton class="re-export" testid="kwic-export" file=export disabled=Signal::derive(move || lines.read().is_empty())>
                    {ui.tr(Key::ExportCsv)}
                </ExportButton>
            </div>
            {move || {
                (query.read().terms.is_empty()).then(|| view! { <p class="re-placeholder" data-testid="kwic-empty">{ui.tr(LaterKey::KwicEmpty)}</p> })
            }}
            <table class="re-kwic" data-testid="kwic" data-arrows="vertical" node_ref=table>
                <thead class="re-visually-hidden">
                    <tr>
                        <th scope="col">{ui.tr(LaterKey::KwicColSource)}</th>
                        <th scope="col">{ui.tr(LaterKey::KwicColLeft)}</th>
                        <th scope="col">{ui.tr(LaterKey::KwicColKeyword)}</th>
                        <th scope="col">{ui.tr(LaterKey::KwicColRight)}</th>
                    </tr>
                </thead>
                <tbody lang="zh-CN">
                    {move || {
                        lines
                            .read()
                            .iter()
                            .take(shown())
                            .map(|line| {
                                let target = OpenReport { index: line.report, mark: line.mark, figure: None };
                                let (title, place) = reports.with(|r| {
                                    let report = &r[line.report];
                                    let date = report.date.as_ref().map(|d| d.label_in(ui.lang())).unwrap_or_default();
                                    (report.title.clone(), format!("{} {date}", district_of(report).unwrap_or("")))
                                });
                                view! {
                                    <tr class="re-kwic-line" data-testid="kwic-line" data-report=line.report data-mark=line.mark>
                                        // The title in full, not only in a tooltip: which
                                        // report a line comes from is half its meaning.
                                        <td class="re-kwic-source">
                                            <span class="re-kwic-title" data-testid="kwic-title">{title.clone()}</span>
                                            <span class="re-kwic-place">{place}</span>
                                        </td>
                                        <td class="re-kwic-left" data-testid="kwic-left">{line.left.clone()}</td>
                                        <td class="re-kwic-key">
                                            <button type="button" class=format!("re-hit re-hit-{}", line.term % HIT_COLOURS) data-testid="kwic-keyword" data-arrow-item title=move || ui.format(LaterKey::KwicOpenAtHit, &[("title", &title)])
                                                on:click=move |_| state.read_in_reports(target)>
                                                {line.keyword.clone()}
                                            </button>
                                        </td>
                                        <td class="re-kwic-right" data-testid="kwic-right">{line.right.clone()}</td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
            {move || (remaining() > 0).then(|| view! {
                <button type="button" class="re-more" data-testid="kwic-more" on:click=show_more>
                    {move || ui.format(LaterKey::ShowMoreLines, &[("n", &remaining().min(PAGE_LINES)), ("rest", &remaining())])}
                </button>
            })}
        </section>
    }
}
