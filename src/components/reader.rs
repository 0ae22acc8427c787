use leptos::prelude::*;
use report_core::search::{count_hits, Query};
use report_core::{NoiseKind, Report};

use super::highlighted::Highlighted;
use super::report_meta::ReportMeta;

/// The open report: title, metadata, sections, captions, and what cleaning
/// removed from the source.
#[component]
pub fn Reader(
    reports: StoredValue<Vec<Report>>,
    query: Memo<Query>,
    open: RwSignal<Option<usize>>,
) -> impl IntoView {
    view! {
        <section class="re-reader-pane" aria-label="Reader">
            {move || match open.get() {
                None => view! { <p class="re-placeholder" data-testid="reader-empty">"Choose a report from the list to read it."</p> }.into_any(),
                Some(i) => {
                    let report = reports.with_value(|r| r[i].clone());
                    view! { <ReportView report query /> }.into_any()
                }
            }}
        </section>
    }
}

#[component]
fn ReportView(report: Report, query: Memo<Query>) -> impl IntoView {
    let hits_report = report.clone();
    let hit_count = move || {
        let q = query.read();
        (!q.is_empty()).then(|| {
            let n = count_hits(&hits_report, &q).total();
            format!("{n} hit{} in this report", if n == 1 { "" } else { "s" })
        })
    };
    let sections = report
        .sections
        .iter()
        .map(|s| {
            let heading = (!s.heading.is_empty()).then(|| {
                let lines = s.heading.iter().map(|l| view! { <span class="re-heading-line"><Highlighted text=l.clone() query /></span> }).collect_view();
                view! { <h3 class="re-heading" data-testid="reader-heading">{lines}</h3> }
            });
            let paragraphs = s
                .paragraphs
                .iter()
                .map(|p| view! { <p class="re-paragraph" data-testid="reader-paragraph"><Highlighted text=p.clone() query /></p> })
                .collect_view();
            view! { <section class="re-section">{heading}{paragraphs}</section> }
        })
        .collect_view();
    let captions = (!report.captions.is_empty()).then(|| {
        let items = report
            .captions
            .iter()
            .map(|c| view! { <li><Highlighted text=c.clone() query /></li> })
            .collect_view();
        view! {
            <aside class="re-captions" data-testid="reader-captions">
                <h3>"Image captions"</h3>
                <ul>{items}</ul>
            </aside>
        }
    });
    let noise_count = report.noise.len();
    let noise = report
        .noise
        .iter()
        .map(|n| {
            let kind = noise_label(n.kind);
            view! {
                <li>
                    <span class="re-noise-kind">{kind}</span>
                    " "
                    <span class="re-noise-text">{n.text.clone()}</span>
                    <span class="re-noise-line">{format!(" (line {})", n.line)}</span>
                </li>
            }
        })
        .collect_view();
    let title = report.title.clone();
    view! {
        <article class="re-reader" data-testid="reader" data-report-id=report.id.clone()>
            <h2 class="re-reader-title" data-testid="reader-title"><Highlighted text=title query /></h2>
            {report.title_is_derived.then(|| view! { <p class="re-note">"This report has no title in the source; the one above was made from its first sentence."</p> })}
            {report.subtitle.clone().map(|s| view! { <p class="re-subtitle" data-testid="reader-subtitle"><Highlighted text=s query /></p> })}
            <ReportMeta report=report.clone() />
            <p class="re-reader-hits" data-testid="reader-hits" aria-live="polite">{hit_count}</p>
            {sections}
            {captions}
            <details class="re-noise" data-testid="reader-noise">
                <summary>{format!("Removed from the source ({noise_count})")}</summary>
                <ul>{noise}</ul>
            </details>
        </article>
    }
}

fn noise_label(kind: NoiseKind) -> &'static str {
    match kind {
        NoiseKind::Breadcrumb => "navigation",
        NoiseKind::Metadata => "metadata line",
        NoiseKind::TitleRepeat => "title repeated",
        NoiseKind::Byline => "byline",
        NoiseKind::Dateline => "dateline",
        NoiseKind::Footer => "page footer",
        NoiseKind::Contact => "contact number",
        NoiseKind::Advertising => "advertising",
        NoiseKind::Spam => "spam",
    }
}
