//! The interface's language for one instance of the app. It starts as the
//! mount element's `data-lang`, else the language chosen on an earlier
//! visit, else the first of the browser's languages the interface speaks;
//! the reader can switch it, and the choice is remembered. The words are
//! report-core's tables (`report_core::i18n`); report text is never
//! translated.

use leptos::prelude::*;
use report_core::i18n::{Key, Lang};
use wasm_bindgen::JsCast;

use crate::storage;

/// The language signal every component reads its words through.
#[derive(Clone, Copy)]
pub struct Ui {
    lang: RwSignal<Lang>,
}

impl Ui {
    /// Makes the language available to every component below.
    pub fn provide(initial: Lang) -> Ui {
        let ui = Ui {
            lang: RwSignal::new(initial),
        };
        provide_context(ui);
        ui
    }

    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    /// Switches the language and remembers it for the next visit.
    pub fn set(self, lang: Lang) {
        self.lang.set(lang);
        storage::save_lang(lang);
    }

    /// The text for `key` in the current language (tracked: a view that
    /// reads it is redrawn on a switch).
    pub fn t(self, key: Key) -> &'static str {
        self.lang.get().text(key)
    }

    /// [`Ui::t`] as a closure, for a view or an attribute.
    pub fn tr(self, key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.t(key)
    }

    /// The text for `key` with its placeholders filled.
    pub fn format(self, key: Key, args: &[(&str, &dyn std::fmt::Display)]) -> String {
        self.lang.get().format(key, args)
    }

    /// `one` or `many` for `n`, filled with `{n}`.
    pub fn count(self, one: Key, many: Key, n: usize) -> String {
        self.lang.get().count(one, many, n)
    }
}

/// The [`Ui`] of the app instance a component belongs to.
pub fn use_ui() -> Ui {
    expect_context::<Ui>()
}

/// The language an instance starts in (see the module's comment).
pub fn starting_lang(attribute: Option<&str>) -> Lang {
    attribute
        .and_then(Lang::from_tag)
        .or_else(storage::load_lang)
        .unwrap_or_else(|| Lang::from_preferences(&browser_languages()))
}

/// `navigator.languages`, most preferred first.
fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let listed: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.dyn_into::<js_sys::JsString>().ok().map(String::from))
        .collect();
    if listed.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        listed
    }
}
