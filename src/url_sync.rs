//! Keeping the view in the URL fragment: read it at start, write it on every
//! change (a new history entry per step, the same entry while typing), and
//! follow the back and forward buttons. Only the fragment is touched, so a
//! host page's own routing and links are left alone.
//!
//! While typing, the entry is replaced once the input settles, not on each
//! key: `history.replaceState` costs as much as a tenth of a keystroke's
//! answer on a large corpus. The write waiting is made before a new entry is
//! pushed, before the link is copied and when the page is left, so nothing
//! typed is lost.

use std::cell::RefCell;
use std::time::Duration;

use report_core::i18n::Key;

use crate::i18n::Said;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use report_core::{IgnoredPart, Report, ViewState};
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
    Effect::new(move |_| {
        let view = state.view_state();
        let previous = written.get_value();
        if view == previous {
            return;
        }
        // Typing in the search or a figures field replaces the entry.
        let mut typed = view.clone();
        typed.query = previous.query.clone();
        typed.figures.indicator = previous.figures.indicator.clone();
        typed.figures.min = previous.figures.min.clone();
        typed.figures.max = previous.figures.max.clone();
        if typed == previous {
            replace_when_settled(view.to_fragment());
        } else {
            flush();
            write_location(&view.to_fragment(), false);
        }
        written.set_value(view);
    });
    let on_navigate = move || {
        // The entry now shown is another: what was typed in the one left
        // behind must not be written over this one.
        discard_pending();
        let (view, ignored) = read_location(state.reports);
        notice.set(ignored_message(&ignored));
        written.set_value(view.clone());
        state.show(view);
    };
    let popstate = window_event_listener(leptos::ev::popstate, move |_| on_navigate());
    let hashchange = window_event_listener(leptos::ev::hashchange, move |_| on_navigate());
    // Before a reload or a link leaves the page: `pagehide` comes after the
    // navigation has taken the URL, too late for a reload to keep the query.
    let beforeunload = window_event_listener(leptos::ev::beforeunload, move |_| flush());
    let pagehide = window_event_listener(leptos::ev::pagehide, move |_| flush());
    on_cleanup(move || {
        popstate.remove();
        hashchange.remove();
        beforeunload.remove();
        pagehide.remove();
        flush();
    });
}

/// How long typing pauses before the URL is written.
const TYPING_SETTLES: Duration = Duration::from_millis(250);

thread_local! {
    /// The fragment typed but not yet in the URL, and the timer that writes it.
    static PENDING: RefCell<Option<(String, TimeoutHandle)>> = const { RefCell::new(None) };
}

/// Replaces the current entry with `fragment` once typing pauses.
fn replace_when_settled(fragment: String) {
    discard_pending();
    match set_timeout_with_handle(flush, TYPING_SETTLES) {
        Ok(timer) => PENDING.with_borrow_mut(|pending| *pending = Some((fragment, timer))),
        Err(_) => write_location(&fragment, true),
    }
}

/// Writes what was typed and not yet written, now: the URL then holds the
/// whole view (before a link to it is read, or the page is left).
pub fn flush() {
    if let Some((fragment, timer)) = PENDING.with_borrow_mut(Option::take) {
        timer.clear();
        write_location(&fragment, true);
    }
}

fn discard_pending() {
    if let Some((_, timer)) = PENDING.with_borrow_mut(Option::take) {
        timer.clear();
    }
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
