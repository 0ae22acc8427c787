use leptos::prelude::*;
use report_core::i18n::Key;
use report_core::mark_terms;
use wasm_bindgen::JsCast;

use super::display_key;
use super::later_views::{Later, LaterView};
use crate::i18n::use_ui;
use crate::state::use_app_state;

/// What the reader shares with its article, whose chunk may come after
/// the report was opened: the hits it counted, when the article was last
/// drawn (the current hit is marked once it is there), and which report
/// was last brought into sight (once per opening, not per redraw).
#[derive(Clone, Copy)]
pub struct ReaderHits {
    pub total: Memo<usize>,
    drawn: RwSignal<usize>,
    pane: NodeRef<leptos::html::Section>,
    brought: StoredValue<Option<usize>>,
}

impl ReaderHits {
    /// An article drawn: the reader marks its current hit, and a report
    /// just opened is brought into sight.
    pub fn article_drawn(self, index: usize) {
        self.drawn.update(|n| *n += 1);
        if self.brought.get_value() == Some(index) {
            return;
        }
        self.brought.set_value(Some(index));
        if let Some(pane) = self.pane.get_untracked() {
            let pane: web_sys::Element = pane.into();
            request_animation_frame(move || bring_into_sight(&pane));
        }
    }
}

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
    // The open report as shown: its place and what the reader draws of it.
    let open_entry = Memo::new(move |_| {
        open_index.get().and_then(|i| {
            reports.with(|r| {
                r.get(i)
                    .map(|report| (i, (display_key(report), report.has_body())))
            })
        })
    });
    let drawn = RwSignal::new(0);
    let brought = StoredValue::new(None);
    provide_context(ReaderHits {
        total,
        drawn,
        pane,
        brought,
    });
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
    // A report closed: the next to open, even the same, is brought into sight.
    Effect::new(move |_| {
        if open_index.get().is_none() {
            brought.set_value(None);
        }
    });
    Effect::new(move |_| {
        let current = open.get();
        query.track();
        drawn.track();
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
            // Drawn again when another report opens, or when the open one's
            // entry changes (corrected, or a sharded corpus's text come in),
            // not when other reports come or go.
            {move || match open_entry.get().map(|(index, _)| index) {
                None => view! { <p class="re-placeholder" data-testid="reader-empty">{ui.tr(Key::ChooseReport)}</p> }.into_any(),
                Some(_) => view! { <Later which=LaterView::Article /> }.into_any(),
            }}
        </section>
    }
}
