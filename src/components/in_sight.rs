//! Which rows of a list are in or near sight, so the list draws its costly
//! parts (snippets, and the texts a sharded corpus fetches for them) only
//! for rows someone can see: one IntersectionObserver over the rows, the
//! viewport and the list's scrolling pane widened by a margin so rows
//! about to be scrolled to are ready. A row out of sight keeps what is
//! cheap (title, place, date, hit counts). Printing shows every row whole.

use report_core::sorting::{SortedMap, SortedSet};

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// How far beyond the viewport, and beyond the scrolling pane's edges, a
/// row counts as in sight.
const MARGIN: &str = "600px 0px";

/// The attribute a row's watch number is read from when its sight changes.
const WATCH_ATTRIBUTE: &str = "data-watch";

/// A row watched: its number, unique in the list (a row drawn again for the
/// same item is another row, whose late notices must not mix with its
/// predecessor's).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub struct Watched(u32);

#[derive(Clone, Copy)]
pub struct InSight {
    /// The rows in or near sight.
    shown: RwSignal<SortedSet<Watched>>,
    /// Every row watched, with its item's key.
    watched: StoredValue<SortedMap<Watched, usize>>,
    next: StoredValue<u32>,
    observer: StoredValue<Option<IntersectionObserver>, LocalStorage>,
}

impl InSight {
    /// Rows are watched until the owner is cleaned up.
    pub fn new() -> InSight {
        let shown = RwSignal::new(SortedSet::new());
        let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            shown.update(|shown| {
                for entry in entries.iter() {
                    let entry: IntersectionObserverEntry = entry.unchecked_into();
                    let Some(row) = entry
                        .target()
                        .get_attribute(WATCH_ATTRIBUTE)
                        .and_then(|n| n.parse().ok())
                        .map(Watched)
                    else {
                        continue;
                    };
                    if entry.is_intersecting() {
                        shown.insert(row);
                    } else {
                        shown.remove(&row);
                    }
                }
            });
        });
        let init = IntersectionObserverInit::new();
        init.set_root_margin(MARGIN);
        // The pane's margin (Chromium 120 on); elsewhere a row is ready once
        // inside the pane.
        let _ = js_sys::Reflect::set(&init, &"scrollMargin".into(), &JsValue::from_str(MARGIN));
        // Owned by the observer's callback in JS from here on: no late
        // notice can reach a closure dropped with the list.
        let on_change = on_change.into_js_value();
        let observer =
            IntersectionObserver::new_with_options(on_change.unchecked_ref(), &init).ok();
        let sight = InSight {
            shown,
            watched: StoredValue::new(SortedMap::new()),
            next: StoredValue::new(0),
            observer: StoredValue::new_local(observer),
        };
        // Printing shows every row whole: all count as in sight meanwhile.
        let before_print = window_event_listener(leptos::ev::beforeprint, move |_| {
            let all: Vec<Watched> = sight.watched.with_value(|w| w.keys().copied().collect());
            shown.update(|shown| shown.extend(all));
        });
        on_cleanup(move || {
            before_print.remove();
            if let Some(Some(observer)) = sight.observer.try_get_value() {
                observer.disconnect();
            }
        });
        sight
    }

    /// Watches `row`, the element of the item keyed `key`, until
    /// [`InSight::forget`]. Without IntersectionObserver every row is in
    /// sight.
    pub fn watch(self, row: &Element, key: usize) -> Watched {
        let watched = Watched(self.next.get_value());
        self.next.update_value(|n| *n += 1);
        let _ = row.set_attribute(WATCH_ATTRIBUTE, &watched.0.to_string());
        self.watched.update_value(|w| {
            w.insert(watched, key);
        });
        match self.observer.get_value() {
            Some(observer) => observer.observe(row),
            None => self.shown.update(|s| {
                s.insert(watched);
            }),
        }
        watched
    }

    /// Stops watching `row`.
    pub fn forget(self, row: &Element, watched: Watched) {
        if let Some(Some(observer)) = self.observer.try_get_value() {
            observer.unobserve(row);
        }
        self.watched.try_update_value(|w| w.remove(&watched));
        self.shown.try_update(|s| s.remove(&watched));
    }

    /// Whether `row` is in or near sight (tracked).
    pub fn contains(self, row: Watched) -> bool {
        self.shown.with(|s| s.contains(&row))
    }

    /// The keys of the items whose rows are in or near sight (tracked).
    pub fn keys(self) -> Vec<usize> {
        self.shown.with(|shown| {
            self.watched
                .with_value(|w| shown.iter().filter_map(|r| w.get(r).copied()).collect())
        })
    }
}
