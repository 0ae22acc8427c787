use leptos::prelude::*;
use report_core::i18n::Key;
use report_core::{mark_terms, theme_label, NoiseKind, Query, Report};
use wasm_bindgen::JsCast;

use super::highlighted::Highlighted;
use super::report_meta::ReportMeta;
use crate::i18n::use_ui;
use crate::state::use_app_state;

/// Marks the current hit in the reader and scrolls the reader (only the
/// reader, never the host page) to bring it to the middle.
fn show_current_mark(pane: &web_sys::Element, mark: usize) {
    let Ok(marks) = pane.query_selector_all("mark[data-hit-start]") else {
        return;
    };
    for i in 0..marks.length() {
        let Some(el) = marks
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let current = i as usize == mark;
        el.class_list()
            .toggle_with_force("re-current", current)
            .ok();
        if current {
            el.set_attribute("aria-current", "true").ok();
            scroll_to_middle(pane, &el);
        } else {
            el.remove_attribute("aria-current").ok();
        }
    }
}

/// Brings a figure's sentence into the middle of the reader and marks it.
fn show_figure(pane: &web_sys::Element, figure: usize) {
    let Ok(pieces) = pane.query_selector_all(".re-figure") else {
        return;
    };
    let mut first: Option<web_sys::Element> = None;
    for i in 0..pieces.length() {
        let Some(el) = pieces
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let focused = el
            .get_attribute("data-figure")
            .and_then(|v| v.parse::<usize>().ok())
            == Some(figure);
        el.class_list()
            .toggle_with_force("re-figure-focus", focused)
            .ok();
        if focused && first.is_none() {
            first = Some(el);
        }
    }
    if let Some(el) = first {
        scroll_to_middle(pane, &el);
    }
}

/// A report just opened where the reader stands below the list (a phone's
/// one column) scrolls the page to the reader's top: the reader asked for
/// it. Beside the list, in sight already, nothing moves.
fn bring_into_sight(pane: &web_sys::Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let viewport = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let top = pane.get_bounding_client_rect().top();
    if top > viewport / 2.0 {
        window.scroll_by_with_x_and_y(0.0, top);
    }
}

fn scroll_to_middle(pane: &web_sys::Element, el: &web_sys::Element) {
    let (target, pane_box) = (
        el.get_bounding_client_rect(),
        pane.get_bounding_client_rect(),
    );
    let offset = target.top() + target.height() / 2.0
        - (pane_box.top() + f64::from(pane.client_height()) / 2.0);
    pane.scroll_by_with_x_and_y(0.0, offset);
}

/// The open report: title, metadata, sections, captions, and what cleaning
/// removed from the source; with hit navigation.
#[component]
pub fn Reader() -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let (reports, query, open) = (state.reports, state.query, state.open);
    let pane = NodeRef::<leptos::html::Section>::new();
    // The article is rebuilt only when another report opens, not per hit.
    let open_index = Memo::new(move |_| open.get().map(|o| o.index));
    // The term of each mark, so the position names the current hit's term
    // in words (its colour and underline are not for everyone).
    let terms = Memo::new(move |_| {
        open_index
            .get()
            .and_then(|i| {
                reports.with(|r| r.get(i).map(|report| mark_terms(report, &query.read())))
            })
            .unwrap_or_default()
    });
    let total = Memo::new(move |_| terms.read().len());
    let position = move || {
        let n = open.get().map_or(0, |o| o.mark);
        let term = terms
            .read()
            .get(n)
            .and_then(|t| query.read().terms.get(*t).map(|t| t.text.clone()))
            .unwrap_or_default();
        let total = total.get();
        ui.format(
            Key::HitPosition,
            &[("n", &(n + 1)), ("total", &total), ("term", &term)],
        )
    };
    // A report just opened (`open_index` changes with the report, not with
    // its hits) is brought into sight.
    Effect::new(move |_| {
        if let (Some(_), Some(pane)) = (open_index.get(), pane.get()) {
            let pane: web_sys::Element = pane.into();
            request_animation_frame(move || bring_into_sight(&pane));
        }
    });
    Effect::new(move |_| {
        let current = open.get();
        query.track();
        if let (Some(current), Some(pane)) = (current, pane.get()) {
            let pane: web_sys::Element = pane.into();
            request_animation_frame(move || match current.figure {
                Some(figure) => show_figure(&pane, figure),
                None => show_current_mark(&pane, current.mark),
            });
        }
    });
    view! {
        <section class="re-reader-pane" class:re-reader-empty=move || open_index.get().is_none()
            aria-label=ui.landmark(Key::ReaderLabel) node_ref=pane tabindex="-1">
            {move || (open_index.get().is_some() && total.get() > 0).then(|| view! {
                <div class="re-hit-nav" data-testid="hit-nav">
                    <button type="button" data-testid="hit-prev" on:click=move |_| state.step_hit(-1) title=ui.tr(Key::HitPreviousTitle)>{ui.tr(Key::HitPrevious)}</button>
                    <span class="re-hit-position" data-testid="hit-position" aria-live="polite">
                        {position}
                    </span>
                    <button type="button" data-testid="hit-next" on:click=move |_| state.step_hit(1) title=ui.tr(Key::HitNextTitle)>{ui.tr(Key::HitNext)}</button>
                </div>
            })}
            {move || match open_index.get().and_then(|i| reports.with(|r| r.get(i).cloned())) {
                None => view! { <p class="re-placeholder" data-testid="reader-empty">{ui.tr(Key::ChooseReport)}</p> }.into_any(),
                Some(report) => view! { <ReportView report query total /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn ReportView(report: Report, query: Memo<Query>, total: Memo<usize>) -> impl IntoView {
    let ui = use_ui();
    let hit_count =
        move || (!query.read().terms.is_empty()).then(|| ui.count(Key::HitsInReport, total.get()));
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
                view! { <ul class="re-section-themes" data-testid="section-themes" aria-label=ui.tr(Key::SectionThemes)>{chips}</ul> }
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
                <h3>{ui.tr(Key::ImageCaptions)}</h3>
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
                    <span class="re-noise-line">{let line = n.line; move || ui.format(Key::NoiseLine, &[("n", &line)])}</span>
                </li>
            }
        })
        .collect_view();
    let title = report.title.clone();
    view! {
        <article class="re-reader" data-testid="reader" data-report-id=report.id.clone()>
            <h2 class="re-reader-title" data-testid="reader-title" lang="zh-CN"><Highlighted text=title query /></h2>
            {(report.title_is_derived && has_body).then(|| view! { <p class="re-note">{ui.tr(Key::NoTitleInSource)}</p> })}
            {report.all_set_aside().then(|| view! { <p class="re-note" data-testid="reader-no-body">{ui.tr(Key::NoBodyInSource)}</p> })}
            {report.subtitle.clone().map(|s| view! { <p class="re-subtitle" data-testid="reader-subtitle" lang="zh-CN"><Highlighted text=s query /></p> })}
            <ReportMeta report=report.clone() />
            <p class="re-reader-hits" data-testid="reader-hits" aria-live="polite">{hit_count}</p>
            <div class="re-reader-body" lang="zh-CN">{sections}</div>
            {captions}
            <details class="re-noise" data-testid="reader-noise" open=!has_body>
                <summary>{move || ui.format(Key::RemovedFromSource, &[("n", &noise_count)])}</summary>
                <ul>{noise}</ul>
            </details>
        </article>
    }
}

fn noise_label(kind: NoiseKind) -> Key {
    match kind {
        NoiseKind::Breadcrumb => Key::NoiseBreadcrumb,
        NoiseKind::Metadata => Key::NoiseMetadata,
        NoiseKind::TitleRepeat => Key::NoiseTitleRepeat,
        NoiseKind::Byline => Key::NoiseByline,
        NoiseKind::Dateline => Key::NoiseDateline,
        NoiseKind::Footer => Key::NoiseFooter,
        NoiseKind::Contact => Key::NoiseContact,
        NoiseKind::Advertising => Key::NoiseAdvertising,
        NoiseKind::Spam => Key::NoiseSpam,
    }
}
