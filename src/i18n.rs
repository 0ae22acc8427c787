//! The interface's language for one instance of the app. It starts as the
//! mount element's `data-lang`, else the language chosen on an earlier
//! visit, else the first of the browser's languages the interface speaks;
//! the reader can switch it, and the choice is remembered. The words are
//! report-core's tables (`report_core::i18n`); report text is never
//! translated.

use std::fmt;
use std::sync::Arc;

use leptos::prelude::*;
use report_core::i18n::{InstanceName, Lang, Text};
use wasm_bindgen::JsCast;

use crate::storage;

/// The language signal every component reads its words through, and the
/// instance's name for the labels of its landmarks.
#[derive(Clone, Copy)]
pub struct Ui {
    lang: RwSignal<Lang>,
    name: StoredValue<InstanceName>,
}

impl Ui {
    /// Makes the language and the instance's name available to every
    /// component below.
    pub fn provide(initial: Lang, name: InstanceName) -> Ui {
        let ui = Ui {
            lang: RwSignal::new(initial),
            name: StoredValue::new(name),
        };
        provide_context(ui);
        ui
    }

    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    /// `said` in the current language (tracked).
    pub fn say(self, said: &Said) -> String {
        said.in_lang(self.lang.get())
    }

    /// Switches the language and remembers it for the next visit.
    pub fn set(self, lang: Lang) {
        self.lang.set(lang);
        storage::save_lang(lang);
    }

    /// The text for `key` in the current language (tracked: a view that
    /// reads it is redrawn on a switch).
    pub fn t(self, key: impl Text) -> &'static str {
        self.lang.get().text(key)
    }

    /// [`Ui::t`] as a closure, for a view or an attribute.
    pub fn tr(self, key: impl Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.t(key)
    }

    /// The instance's name (tracked).
    pub fn instance_name(self) -> String {
        let lang = self.lang.get();
        self.name.with_value(|name| name.describe(lang))
    }

    /// A landmark's label, told apart from another instance's on the same
    /// page (see [`InstanceName`]); a closure for an attribute.
    pub fn landmark(self, key: impl Text) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || {
            let lang = self.lang.get();
            self.name.with_value(|name| name.landmark(lang, key))
        }
    }

    /// The text for `key` with its placeholders filled.
    pub fn format(self, key: impl Text, args: &[(&str, &dyn std::fmt::Display)]) -> String {
        self.lang.get().format(key, args)
    }

    /// The text for `key` filled with the count `n`.
    pub fn count(self, key: impl Text, n: usize) -> String {
        self.lang.get().count(key, n)
    }
}

/// A sentence for the reader, made once and said in whichever language
/// they choose, then or later: notices about the corpus, a link or storage
/// outlive a switch of language, so they keep how to say themselves rather
/// than the words of the moment they were made.
#[derive(Clone)]
pub struct Said(Arc<dyn Fn(Lang) -> String + Send + Sync>);

impl Said {
    pub fn new(say: impl Fn(Lang) -> String + Send + Sync + 'static) -> Said {
        Said(Arc::new(say))
    }

    /// The text of `key`.
    pub fn text(key: impl Text) -> Said {
        Said::new(move |lang| lang.text(key).to_string())
    }

    /// The text of `key`, its placeholders filled with `args`, each said
    /// in the same language.
    pub fn format(key: impl Text, args: Vec<(&'static str, Said)>) -> Said {
        Said::new(move |lang| {
            let said: Vec<(&str, String)> = args
                .iter()
                .map(|(name, arg)| (*name, arg.in_lang(lang)))
                .collect();
            let filled: Vec<(&str, &dyn fmt::Display)> = said
                .iter()
                .map(|(name, text)| (*name, text as &dyn fmt::Display))
                .collect();
            lang.format(key, &filled)
        })
    }

    /// The same in every language: names, numbers, URLs, and the browser's
    /// own technical details.
    pub fn verbatim(text: impl fmt::Display) -> Said {
        let text = text.to_string();
        Said::new(move |_| text.clone())
    }

    pub fn in_lang(&self, lang: Lang) -> String {
        (self.0)(lang)
    }
}

impl fmt::Debug for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Said({:?})", self.in_lang(Lang::En))
    }
}

/// Two sentences are the same when they are one value.
impl PartialEq for Said {
    fn eq(&self, other: &Said) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
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
