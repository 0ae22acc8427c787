use leptos::prelude::*;
use report_core::concordance::{concordance_csv, KwicLine, KwicOrder};
use report_core::corpus::district_of;
use report_core::query::Query;
use report_core::{Report, ReportDate};

use super::highlighted::HIT_COLOURS;
use report_core::view_state::View;

use crate::app::{read_in_reports, OpenReport};
use crate::download::download_text;

/// Lines rendered at most; the CSV export always has them all.
const MAX_SHOWN_LINES: usize = 2000;

/// Every hit on its own line, aligned on the keyword; sortable; each line
/// opens the reader at its hit.
#[component]
pub fn ConcordanceView(
    lines: Memo<Vec<KwicLine>>,
    order: RwSignal<KwicOrder>,
    reports: RwSignal<Vec<Report>>,
    query: Memo<Query>,
    open: RwSignal<Option<OpenReport>>,
    main_view: RwSignal<View>,
) -> impl IntoView {
    let export_error = RwSignal::new(None::<String>);
    let export = move |_| {
        let csv = reports.with(|r| concordance_csv(&lines.read(), r, &query.read()));
        export_error.set(download_text("concordance.csv", "text/csv;charset=utf-8", &csv).err());
    };
    let sort_button = move |o: KwicOrder, label: &'static str| {
        view! {
            <button type="button" class="re-sort" data-testid=format!("kwic-sort-{}", o.key()) aria-pressed=move || (order.get() == o).to_string() on:click=move |_| order.set(o)>
                {label}
            </button>
        }
    };
    view! {
        <section class="re-concordance" aria-label="Concordance">
            <div class="re-toolbar">
                <span class="re-result-count" data-testid="kwic-count">
                    {move || {
                        let n = lines.read().len();
                        if n > MAX_SHOWN_LINES { format!("{n} lines (first {MAX_SHOWN_LINES} shown; the export has all)") } else { format!("{n} lines") }
                    }}
                </span>
                <span class="re-label">"Sort by"</span>
                {sort_button(KwicOrder::Report, "report")}
                {sort_button(KwicOrder::Left, "left context")}
                {sort_button(KwicOrder::Right, "right context")}
                <button type="button" class="re-export" data-testid="kwic-export" on:click=export disabled=move || lines.read().is_empty()>
                    "Export CSV"
                </button>
                {move || export_error.get().map(|e| view! { <span class="re-error" role="alert">{e}</span> })}
            </div>
            {move || {
                (query.read().terms.is_empty()).then(|| view! { <p class="re-placeholder" data-testid="kwic-empty">"Type a search to see every hit in context."</p> })
            }}
            <table class="re-kwic" data-testid="kwic">
                <tbody>
                    {move || {
                        lines
                            .read()
                            .iter()
                            .take(MAX_SHOWN_LINES)
                            .map(|line| {
                                let target = OpenReport { index: line.report, mark: line.mark, figure: None };
                                let (title, place) = reports.with(|r| {
                                    let report = &r[line.report];
                                    let date = report.date.as_ref().map(ReportDate::label).unwrap_or_default();
                                    (report.title.clone(), format!("{} {date}", district_of(report).unwrap_or("")))
                                });
                                view! {
                                    <tr class="re-kwic-line" data-testid="kwic-line" data-report=line.report data-mark=line.mark>
                                        <td class="re-kwic-source" title=title.clone()>{place}</td>
                                        <td class="re-kwic-left" data-testid="kwic-left">{line.left.clone()}</td>
                                        <td class="re-kwic-key">
                                            <button type="button" class=format!("re-hit re-hit-{}", line.term % HIT_COLOURS) data-testid="kwic-keyword" title=format!("Open “{title}” at this hit")
                                                on:click=move |_| read_in_reports(open, main_view, target)>
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
        </section>
    }
}
