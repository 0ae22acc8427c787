//! Finding the element the app owns, and what is shown if it ever panics.
//! The app touches nothing outside its mount element.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::{App, MountOptions};

/// Elements carrying this attribute get an instance of the app.
const MOUNT_SELECTOR: &str = "[data-report-explorer]";

/// Every element of the page that asks for an instance of the app.
fn mount_elements() -> Vec<web_sys::HtmlElement> {
    let Ok(nodes) = gloo::utils::document().query_selector_all(MOUNT_SELECTOR) else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| {
            nodes
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        })
        .collect()
}

/// Set on an element once an app is mounted in it, so it is never mounted
/// twice.
const MOUNTED: &str = "data-report-explorer-mounted";

/// Mounts one app into every `[data-report-explorer]` element.
pub fn mount_all() {
    let elements = mount_elements();
    if elements
        .iter()
        .any(|e| e.get_attribute("data-offline").as_deref() == Some("on"))
    {
        register_service_worker();
    }
    for element in elements {
        mount(element);
    }
}

/// Mounts an app in `element`, reading its options from the element's data
/// attributes. Exported to JavaScript for pages that add elements later
/// (embed.js wraps it as `ReportExplorer.mount(element, options)`).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement) {
    if element.has_attribute(MOUNTED) {
        return;
    }
    let attribute = |name: &str| element.get_attribute(name).filter(|v| !v.trim().is_empty());
    let options = MountOptions {
        corpus_url: attribute("data-corpus-url"),
        url_state: attribute("data-url-state").is_none_or(|v| v != "off"),
        query: attribute("data-query"),
        view: attribute("data-view"),
    };
    element.set_attribute(MOUNTED, "").ok();
    element.set_inner_html("");
    leptos::mount::mount_to(element, move || view! { <App options /> }).forget();
}

/// Keeps the app and its corpus for offline use (sw.js is written by the
/// build). Only over HTTP(S): service workers do not exist for file://.
fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let secure = window
        .location()
        .protocol()
        .is_ok_and(|p| p == "https:" || p == "http:");
    if secure {
        let _ = window.navigator().service_worker().register("sw.js");
    }
}

/// A panic replaces the app (in every mount element) with a plain message
/// and a way to recover, instead of leaving a frozen or blank page.
pub fn install_panic_message() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        for element in mount_elements() {
            show_fatal_message(&element, &info.to_string());
        }
    }));
}

fn show_fatal_message(element: &web_sys::Element, detail: &str) {
    let document = gloo::utils::document();
    element.set_inner_html("");
    let Ok(box_) = document.create_element("div") else {
        return;
    };
    box_.set_class_name("re-fatal");
    box_.set_attribute("role", "alert").ok();
    let heading = document.create_element("p").ok();
    if let Some(h) = heading {
        h.set_text_content(Some("Report Explorer stopped because of an internal error. Reload the page to start again; nothing you imported is lost."));
        box_.append_child(&h).ok();
    }
    if let Ok(pre) = document.create_element("pre") {
        pre.set_text_content(Some(detail));
        box_.append_child(&pre).ok();
    }
    element.append_child(&box_).ok();
}
