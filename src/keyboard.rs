//! Keyboard use beyond the browser's own: arrows move through lists, and
//! focus moves only within the instance a key was pressed in.
//!
//! A list opts in with `data-arrows="vertical"` (↑ ↓) or `"horizontal"`
//! (← →) on its container and `data-arrow-item` on each focusable item.

use std::sync::atomic::{AtomicUsize, Ordering};

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

/// Keys typed into a field are text, not shortcuts.
pub fn is_typing_target(ev: &KeyboardEvent) -> bool {
    target_element(ev).is_some_and(|el| is_text_field(&el))
}

fn is_text_field(el: &Element) -> bool {
    match el.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(
            el.get_attribute("type").as_deref(),
            Some("checkbox" | "radio" | "button" | "submit" | "file")
        ),
        _ => false,
    }
}

fn target_element(ev: &KeyboardEvent) -> Option<Element> {
    ev.target().and_then(|t| t.dyn_into::<Element>().ok())
}

/// Moves focus to the next or previous item of the arrow list the focus is
/// in; true when the key was used so.
pub fn move_in_list(ev: &KeyboardEvent) -> bool {
    let step = match ev.key().as_str() {
        "ArrowDown" => (1, "vertical"),
        "ArrowUp" => (-1, "vertical"),
        "ArrowRight" => (1, "horizontal"),
        "ArrowLeft" => (-1, "horizontal"),
        "Home" => (isize::MIN, ""),
        "End" => (isize::MAX, ""),
        _ => return false,
    };
    let Some(target) = target_element(ev).filter(|el| !is_text_field(el)) else {
        return false;
    };
    let Some(list) = target.closest("[data-arrows]").ok().flatten() else {
        return false;
    };
    let direction = list.get_attribute("data-arrows").unwrap_or_default();
    if !step.1.is_empty() && step.1 != direction {
        return false;
    }
    let items = visible_items(&list);
    let Some(current) = items.iter().position(|item| item.contains(Some(&target))) else {
        return false;
    };
    let next = match step.0 {
        isize::MIN => 0,
        isize::MAX => items.len() - 1,
        delta => (current as isize + delta).clamp(0, items.len() as isize - 1) as usize,
    };
    ev.prevent_default();
    items[next].focus().ok();
    true
}

/// The list's items that are shown (a collapsed branch's are not).
fn visible_items(list: &Element) -> Vec<HtmlElement> {
    let Ok(nodes) = list.query_selector_all("[data-arrow-item]") else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|el| el.offset_parent().is_some())
        .collect()
}

/// Focuses the element `selector` finds in the app instance the event
/// happened in (never another instance's).
pub fn focus_in_app(ev: &web_sys::Event, selector: &str) {
    let root = ev
        .current_target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest(".report-explorer").ok().flatten());
    if let Some(root) = root {
        focus_within(&root, selector);
    }
}

/// Focuses the first element `selector` finds inside `root`.
pub fn focus_within(root: &Element, selector: &str) {
    let found = root
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
    if let Some(el) = found {
        el.focus().ok();
    }
}

/// The key went to the page itself: no field, button or region has focus
/// (a fresh load, or a link that just opened a view).
pub fn nothing_has_focus(ev: &KeyboardEvent) -> bool {
    target_element(ev).is_none_or(|el| matches!(el.tag_name().as_str(), "BODY" | "HTML"))
}

/// An element id no other instance on the page uses.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}
