//! Finding the element the app owns, and what is shown if it ever panics.
//! The app touches nothing outside its mount element.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use report_core::i18n::{InstanceName, Key};

use crate::app::{App, MountOptions};
use crate::first_screen;
use crate::i18n::starting_lang;
use crate::url_sync::UrlState;

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

/// Mounts one app into every `[data-report-explorer]` element, once the
/// page is parsed: index.html's loader runs as soon as it arrives (so the
/// first screen is usable without waiting for it), possibly before the
/// elements after it are in the page.
pub fn mount_all() {
    let document = gloo::utils::document();
    if document.ready_state() == "loading" {
        let on_parsed = wasm_bindgen::closure::Closure::once_into_js(mount_parsed);
        let _ = document
            .add_event_listener_with_callback("DOMContentLoaded", on_parsed.unchecked_ref());
        return;
    }
    mount_parsed();
}

fn mount_parsed() {
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
        url_state: UrlState::from_attribute(attribute("data-url-state").as_deref()),
        query: attribute("data-query"),
        view: attribute("data-view"),
        lang: attribute("data-lang"),
        name: InstanceName::new(attribute("data-label"), next_instance_number()),
    };
    let fault = attribute("data-fault");
    element.set_attribute(MOUNTED, "").ok();
    // The page's first screen stays until the app's first view replaces it
    // (first_screen.rs); anything else the host put there goes now.
    if !first_screen::is_in(&element) {
        element.set_inner_html("");
    }
    leptos::mount::mount_to(element, move || view! { <App options /> }).forget();
    // `data-fault="panic"` makes the running app panic, so tests can check
    // in the real release build that a panic ends in a message and a way
    // back, never a frozen or blank page.
    if fault.as_deref() == Some("panic") {
        request_animation_frame(|| panic!("a panic forced by data-fault=\"panic\""));
    }
}

/// The place of a new instance among the page's, from 1.
fn next_instance_number() -> usize {
    static MOUNTED_SO_FAR: AtomicUsize = AtomicUsize::new(0);
    MOUNTED_SO_FAR.fetch_add(1, Ordering::Relaxed) + 1
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

/// The message, in the instance's language, with a link that reloads the
/// page (no script: after a panic the wasm cannot run a click handler) and
/// the panic's text for a bug report.
fn show_fatal_message(element: &web_sys::Element, detail: &str) {
    let lang = starting_lang(element.get_attribute("data-lang").as_deref());
    let document = gloo::utils::document();
    let add = |parent: &web_sys::Element, tag: &str, text: &str| {
        let child = document.create_element(tag).ok()?;
        child.set_text_content(Some(text));
        parent.append_child(&child).ok()?;
        Some(child)
    };
    element.set_inner_html("");
    let Ok(box_) = document.create_element("div") else {
        return;
    };
    box_.set_class_name("re-fatal");
    box_.set_attribute("role", "alert").ok();
    box_.set_attribute("lang", lang.tag()).ok();
    box_.set_attribute("data-testid", "fatal").ok();
    add(&box_, "p", lang.text(Key::FatalStopped));
    // The page without its fragment: a view in the fragment that led to
    // the failure is not reopened, and a URL without a fragment always
    // loads the page anew.
    if let Some(reload) = add(&box_, "a", lang.text(Key::FatalReload)) {
        let href = gloo::utils::window()
            .location()
            .href()
            .map(|h| h.split('#').next().unwrap_or_default().to_string())
            .unwrap_or_default();
        reload.set_attribute("href", &href).ok();
        reload.set_attribute("class", "re-fatal-reload").ok();
        reload.set_attribute("data-testid", "fatal-reload").ok();
    }
    if let Some(details) = add(&box_, "details", "") {
        add(&details, "summary", lang.text(Key::FatalDetails));
        add(&details, "pre", detail);
    }
    element.append_child(&box_).ok();
}
