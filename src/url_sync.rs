//! Keeping the view in the URL fragment: read it at start, write it on every
//! change (a new history entry per step; while typing, the same entry until
//! another search begins, `SearchHistory`), and follow the back and forward
//! buttons. Only the fragment is touched, so a
//! host page's own routing and links are left alone.

use report_core::i18n::Key;

use crate::i18n::Said;
use leptos::prelude::*;
use report_core::{IgnoredPart, Report, SearchHistory, SearchStep, ViewState};
use wasm_bindgen::JsValue;

use crate::state::AppState;

/// The view in the current URL, and what of it was ignored.
pub fn read_location(reports: RwSignal<Vec<Report>>) -> (ViewState, Vec<IgnoredPart>) {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let (mut view, mut ignored) = ViewState::parse(&hash);
    ignored.extend(reports.with(|r| view.retain_known(r)));
    (view, ignored)
}

pub fn ignored_message(ignored: &[IgnoredPart]) -> Option<Said> {
    (!ignored.is_empty()).then(|| {
        let ignored = ignored.to_vec();
        let parts = Said::new(move |lang| {
            let parts: Vec<String> = ignored.iter().map(|p| p.describe(lang)).collect();
            parts.join(lang.text(Key::ListSeparator))
        });
        Said::format(Key::LinkIgnored, vec![("parts", parts)])
    })
}

/// Writes every change of the view to the URL, and applies the URL when the
/// user goes back or forward.
pub fn install(state: AppState, notice: RwSignal<Option<Said>>) {
    let written = StoredValue::new(untrack(|| state.view_state()));
    let search = StoredValue::new(SearchHistory::at(&written.get_value().query));
    Effect::new(move |_| {
        let view = state.view_state();
        let previous = written.get_value();
        if view == previous {
            return;
        }
        // Typing in the search or a figures field replaces the entry,
        // unless another search begins.
        let mut typed = view.clone();
        typed.query = previous.query.clone();
        typed.figures.indicator = previous.figures.indicator.clone();
        typed.figures.min = previous.figures.min.clone();
        typed.figures.max = previous.figures.max.clone();
        if typed != previous {
            search.set_value(SearchHistory::at(&view.query));
            write_location(&view.to_fragment(), false);
        } else if view.query == previous.query {
            write_location(&view.to_fragment(), true);
        } else {
            let step = search
                .try_update_value(|search| search.step(&view.query))
                .unwrap_or(SearchStep::SameSearch);
            if let SearchStep::NewSearch { left_at } = step {
                // The entry left behind shows its search at its fullest.
                let left = ViewState {
                    query: left_at,
                    ..previous
                };
                write_location(&left.to_fragment(), true);
                write_location(&view.to_fragment(), false);
            } else {
                write_location(&view.to_fragment(), true);
            }
        }
        written.set_value(view);
    });
    let on_navigate = move || {
        let (view, ignored) = read_location(state.reports);
        notice.set(ignored_message(&ignored));
        search.set_value(SearchHistory::at(&view.query));
        written.set_value(view.clone());
        state.show(view);
    };
    let popstate = window_event_listener(leptos::ev::popstate, move |_| on_navigate());
    let hashchange = window_event_listener(leptos::ev::hashchange, move |_| on_navigate());
    on_cleanup(move || {
        popstate.remove();
        hashchange.remove();
    });
}

/// Pushes a history entry, or replaces the current one while typing.
fn write_location(fragment: &str, replace: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let location = window.location();
    let url = if fragment.is_empty() {
        format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    } else {
        format!("#{fragment}")
    };
    let _ = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}
