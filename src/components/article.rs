//! The open report's article: title, metadata, sections, captions, and
//! what cleaning removed from the source. A chunk of its own (the first
//! download shows the list; the article comes when a report is first
//! opened, or when a pointer or the focus reaches the list).

use leptos::prelude::*;
use report_core::i18n::LaterKey;
use report_core::{theme_label, NoiseKind, Query, Report};

use super::highlighted::Highlighted;
use super::reader::ReaderHits;
use super::report_meta::ReportMeta;
use crate::i18n::use_ui;
use crate::state::use_app_state;

/// The report the reader has open, drawn anew by the reader whenever
/// another opens or its entry is replaced.
#[component]
pub fn OpenArticle() -> impl IntoView {
    let state = use_app_state();
    let hits = expect_context::<ReaderHits>();
    let open = state.open.get_untracked().map(|o| o.index);
    // Runs once the article is in the page.
    Effect::new(move |_| {
        if let Some(index) = open {
            hits.article_drawn(index);
        }
    });
    let report = open.and_then(|i| state.reports.with_untracked(|r| r.get(i).cloned()));
    let total = hits.total;
    report.map(|report| view! { <ReportView report query=state.query total /> })
}

#[component]
fn ReportView(report: Report, query: Memo<Query>, total: Memo<usize>) -> impl IntoView {
    let ui = use_ui();
    let hit_count = move || {
        (!query.read().terms.is_empty()).then(|| ui.count(LaterKey::HitsInReport, total.get()))
    };
    let sections = report
        .sections
        .iter()
        .enumerate()
        .map(|(si, s)| {
            let heading = (!s.heading.is_empty()).then(|| {
                let lines = s.heading.iter().map(|l| view! { <span class="re-heading-line"><Highlighted text=l.clone() query /></span> }).collect_view();
                view! { <h3 class="re-heading" data-testid="reader-heading">{lines}</h3> }
            });
            let paragraphs = s
                .paragraphs
                .iter()
                .enumerate()
                .map(|(pi, p)| {
                    let figures: Vec<(usize, usize, usize)> = report
                        .figures
                        .iter()
                        .enumerate()
                        .filter(|(_, f)| f.section == si && f.paragraph == pi)
                        .map(|(i, f)| (f.start, f.end, i))
                        .collect();
                    view! { <p class="re-paragraph" data-testid="reader-paragraph"><Highlighted text=p.clone() query figures /></p> }
                })
                .collect_view();
            let themes = (!s.themes.is_empty()).then(|| {
                let chips = s
                    .themes
                    .iter()
                    .map(|k| {
                        let k = k.clone();
                        let name = move || theme_label(&k, ui.lang());
                        view! { <li class="re-theme">{name}</li> }
                    })
                    .collect_view();
                view! { <ul class="re-section-themes" data-testid="section-themes" aria-label=ui.tr(LaterKey::SectionThemes)>{chips}</ul> }
            });
            view! { <section class="re-section">{heading}{themes}{paragraphs}</section> }
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
                <h3>{ui.tr(LaterKey::ImageCaptions)}</h3>
                <ul lang="zh-CN">{items}</ul>
            </aside>
        }
    });
    let noise_count = report.noise.len();
    // With no text of its own, all the source held is in the noise: shown open.
    let has_body = report.has_body();
    let noise = report
        .noise
        .iter()
        .map(|n| {
            view! {
                <li>
                    <span class="re-noise-kind">{ui.tr(noise_label(n.kind))}</span>
                    " "
                    <span class="re-noise-text" lang="zh-CN">{n.text.clone()}</span>
                    " "
                    <span class="re-noise-line">{let line = n.line; move || ui.format(LaterKey::NoiseLine, &[("n", &line)])}</span>
                </li>
            }
        })
        .collect_view();
    let title = report.title.clone();
    view! {
        <article class="re-reader" data-testid="reader" data-report-id=report.id.clone()>
            <h2 class="re-reader-title" data-testid="reader-title" lang="zh-CN"><Highlighted text=title query /></h2>
            {(report.title_is_derived && has_body).then(|| view! { <p class="re-note">{ui.tr(LaterKey::NoTitleInSource)}</p> })}
            {report.all_set_aside().then(|| view! { <p class="re-note" data-testid="reader-no-body">{ui.tr(LaterKey::NoBodyInSource)}</p> })}
            {report.subtitle.clone().map(|s| view! { <p class="re-subtitle" data-testid="reader-subtitle" lang="zh-CN"><Highlighted text=s query /></p> })}
            <ReportMeta report=report.clone() />
            <p class="re-reader-hits" data-testid="reader-hits" aria-live="polite">{hit_count}</p>
            <div class="re-reader-body" lang="zh-CN">{sections}</div>
            {captions}
            // Nothing removed, nothing to show.
            {(noise_count > 0).then(|| view! {
                <details class="re-noise" data-testid="reader-noise" open=!has_body>
                    <summary>{move || ui.format(LaterKey::RemovedFromSource, &[("n", &noise_count)])}</summary>
                    <ul>{noise}</ul>
                </details>
            })}
        </article>
    }
}

fn noise_label(kind: NoiseKind) -> LaterKey {
    match kind {
        NoiseKind::Breadcrumb => LaterKey::NoiseBreadcrumb,
        NoiseKind::Metadata => LaterKey::NoiseMetadata,
        NoiseKind::TitleRepeat => LaterKey::NoiseTitleRepeat,
        NoiseKind::Byline => LaterKey::NoiseByline,
        NoiseKind::Dateline => LaterKey::NoiseDateline,
        NoiseKind::Footer => LaterKey::NoiseFooter,
        NoiseKind::Contact => LaterKey::NoiseContact,
        NoiseKind::Advertising => LaterKey::NoiseAdvertising,
        NoiseKind::Spam => LaterKey::NoiseSpam,
    }
}
