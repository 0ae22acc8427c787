//! A text box typed through an input method: while the method composes
//! (pinyin before the characters are chosen), the box holds letters that
//! are not what the user means, so a box that acts as one types takes its
//! value on the commit only.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Whether an input method is composing in one box.
#[derive(Clone, Copy)]
pub struct Composition(StoredValue<bool>);

impl Composition {
    pub fn new() -> Self {
        Self(StoredValue::new(false))
    }

    /// For `compositionstart`.
    pub fn start(self) {
        self.0.set_value(true);
    }

    /// For `input`: `take` gets the box's value unless it is mid-composition.
    pub fn input(self, ev: &web_sys::Event, take: impl FnOnce(String)) {
        let composing = ev
            .dyn_ref::<web_sys::InputEvent>()
            .is_some_and(web_sys::InputEvent::is_composing);
        if !self.0.get_value() && !composing {
            take(event_target_value(ev));
        }
    }

    /// For `compositionend`: the committed value.
    pub fn end(self, ev: &web_sys::CompositionEvent, take: impl FnOnce(String)) {
        self.0.set_value(false);
        take(event_target_value(ev));
    }

    /// Whether a key belongs to the input method (Enter and Escape choose
    /// or cancel its candidates).
    pub fn owns_key(self, ev: &web_sys::KeyboardEvent) -> bool {
        self.0.get_value() || ev.is_composing()
    }
}
