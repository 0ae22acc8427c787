//! Keeping the view in the URL fragment: read it at start, write it on every
//! change (a new history entry per step; while typing, the same entry until
//! another search begins, `SearchHistory`), and follow the back and forward
//! buttons. Only the fragment is touched, so a
//! host page's own routing and links are left alone. The app's own page
//! (`data-url-state="page"`) also reads a search from the address's query
//! string (`?q=营商环境`, as a site's search form sends it).

use report_core::i18n::Key;

use crate::i18n::Said;
use leptos::prelude::*;
use report_core::{IgnoredPart, Report, SearchHistory, SearchStep, ViewState};
use wasm_bindgen::JsValue;

use crate::state::AppState;

/// Where an instance keeps its view (`data-url-state` on its element).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlState {
    /// `off`: nowhere; the host's URL is left alone.
    Off,
    /// The default: in the URL's fragment.
    Fragment,
    /// `page`, the app's own page: in the fragment, and a link's query
    /// string is read too where it has no fragment. Not for embeds: there
    /// the query string is the host's.
    Page,
}

impl UrlState {
    pub fn from_attribute(value: Option<&str>) -> UrlState {
        match value.map(str::trim) {
            Some("off") => UrlState::Off,
            Some("page") => UrlState::Page,
            _ => UrlState::Fragment,
        }
    }

    pub fn is_on(self) -> bool {
        self != UrlState::Off
    }
}

/// The view in the current URL, and what of it was ignored.
pub fn read_location(
    reports: RwSignal<Vec<Report>>,
    url_state: UrlState,
) -> (ViewState, Vec<IgnoredPart>) {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return (ViewState::default(), Vec::new());
    };
    let hash = location.hash().unwrap_or_default();
    let (mut view, mut ignored) = match url_state {
        UrlState::Page if hash.trim_start_matches('#').is_empty() => from_query_string(&location),
        _ => ViewState::parse(&hash),
    };
    ignored.extend(reports.with(|r| view.retain_known(r)));
    (view, ignored)
}

/// The view a query string names (`ViewState::from_query_string`). Where
/// every part was the view's, the address is rewritten as the app's own
/// links are, fragment only, so that clearing the search later does not
/// bring the query string's back on a reload.
fn from_query_string(location: &web_sys::Location) -> (ViewState, Vec<IgnoredPart>) {
    let search = location.search().unwrap_or_default();
    let Some((view, all_ours)) = ViewState::from_query_string(&search) else {
        return (ViewState::default(), Vec::new());
    };
    if all_ours {
        let url = format!(
            "{}#{}",
            location.pathname().unwrap_or_default(),
            view.to_fragment()
        );
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
    (view, Vec::new())
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
pub fn install(state: AppState, notice: RwSignal<Option<Said>>, url_state: UrlState) {
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
        let (view, ignored) = read_location(state.reports, url_state);
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
