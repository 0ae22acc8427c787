//! Taking over from the first screen: the bundled reports' list and a
//! search box that index.html shows before the wasm runs
//! (data/first-screen.html, `report_core::first_screen_html`).
//!
//! The app mounts beside it, hidden by the stylesheet while it is there,
//! and removes it once the app's own first view is drawn, so the page
//! never goes blank in between. What was typed into its box by then
//! becomes the app's search, with the caret where it was; while an input
//! method is composing there, the take-over waits for the commit.

use leptos::prelude::request_animation_frame;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

const SCREEN: &str = "[data-first-screen]";
const SEARCH: &str = "[data-first-screen-search]";
/// Set by web/first-screen.js while an input method composes in the box.
const COMPOSING: &str = "data-composing";

/// Whether `mount` holds a first screen (the app then mounts beside it).
pub fn is_in(mount: &Element) -> bool {
    mount.query_selector(SCREEN).ok().flatten().is_some()
}

/// What the first screen's search box held when the app took over.
#[derive(Debug, Clone)]
pub struct Typed {
    pub text: String,
    pub focused: bool,
    /// The selection (the caret when empty), in UTF-16 units as the DOM
    /// counts them.
    pub selection: Option<(u32, u32)>,
}

/// Removes the first screen of the mount element that holds `drawn` (the
/// app's first view), then calls `then` with what was typed, if anything
/// (at once, or after an input method's commit).
pub fn take_over(drawn: &Element, then: impl FnOnce(Option<Typed>) + 'static) {
    when_in_page(drawn.clone(), then, FRAMES_TO_WAIT);
}

/// Frames to wait for a view to be put in the page (Suspense draws it
/// apart first); a view never put there is not the app's.
const FRAMES_TO_WAIT: u32 = 120;

fn when_in_page(drawn: Element, then: impl FnOnce(Option<Typed>) + 'static, frames: u32) {
    if !drawn.is_connected() {
        if frames > 0 {
            request_animation_frame(move || when_in_page(drawn, then, frames - 1));
        }
        return;
    }
    let drawn = &drawn;
    let Some(screen) = drawn
        .closest("[data-report-explorer]")
        .ok()
        .flatten()
        .and_then(|mount| mount.query_selector(SCREEN).ok().flatten())
    else {
        return then(None);
    };
    let search = screen
        .query_selector(SEARCH)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
    if let Some(search) = search.as_ref().filter(|s| s.has_attribute(COMPOSING)) {
        let drawn = drawn.clone();
        let mut then = Some(then);
        let on_commit = Closure::<dyn FnMut()>::new(move || {
            if let Some(then) = then.take() {
                // The box holds the committed text once its events are done.
                let drawn = drawn.clone();
                request_animation_frame(move || take_over(&drawn, then));
            }
        });
        let _ = search
            .add_event_listener_with_callback("compositionend", on_commit.as_ref().unchecked_ref());
        on_commit.forget();
        return;
    }
    let typed = search.map(|search| Typed {
        text: search.value(),
        focused: gloo::utils::document()
            .active_element()
            .is_some_and(|e| e == **search),
        selection: search
            .selection_start()
            .ok()
            .flatten()
            .zip(search.selection_end().ok().flatten()),
    });
    screen.remove();
    then(typed.filter(|t| t.focused || !t.text.trim().is_empty()));
}

/// Gives the app's search box (the first `selector` in `app_root`) the
/// focus and selection the first screen's box had.
pub fn restore_focus(app_root: &Element, selector: &str, typed: &Typed) {
    let Some(input) = app_root
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    let _ = input.focus();
    if let Some((start, end)) = typed.selection {
        let _ = input.set_selection_range(start, end);
    }
}
