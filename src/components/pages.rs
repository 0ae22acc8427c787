//! A long list drawn a page at a time (the result list, the concordance,
//! the figures table): drawing thousands of rows at every keystroke took
//! seconds, and nobody reads them at once. A button draws the next page and
//! moves the focus to its first row, so a keyboard or screen-reader user
//! reads on where the new rows start.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How many rows of a list to draw. Another list (a new query, order or
/// filter: whatever `list` tracks) starts again at its first page, without
/// first drawing as many rows of the new list as were shown of the old.
#[derive(Clone, Copy)]
pub struct Pages {
    size: usize,
    /// Counts the lists: each change of what `list` tracks is a new one.
    generation: Memo<usize>,
    /// The list the reader asked for more of, and the rows added to it.
    more: RwSignal<(usize, usize)>,
}

impl Pages {
    pub fn new(size: usize, list: impl Fn() + Send + Sync + 'static) -> Pages {
        let generation = Memo::new(move |previous: Option<&usize>| {
            list();
            previous.map_or(0, |g| g + 1)
        });
        Pages {
            size,
            generation,
            more: RwSignal::new((0, 0)),
        }
    }

    /// The rows to draw of the list as it is now.
    pub fn shown(&self) -> usize {
        let (asked_of, extra) = self.more.get();
        self.size
            + if asked_of == self.generation.get() {
                extra
            } else {
                0
            }
    }

    /// Draws one page more, then focuses the first of its rows: of the
    /// elements `selector` finds under `root` (one a row), the one where
    /// the new page starts.
    pub fn show_next(&self, root: Option<web_sys::Element>, selector: &'static str) {
        let first_new = untrack(|| self.shown());
        self.more.set((self.generation.get_untracked(), first_new));
        request_animation_frame(move || {
            let row = root.and_then(|root| {
                root.query_selector_all(selector)
                    .ok()?
                    .item(first_new as u32)
            });
            if let Some(row) = row.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = row.focus();
            }
        });
    }
}
