//! The interface's words, in Chinese and English: one table per language
//! (`en.rs` names every [`Key`], `zh.rs` gives each its Chinese). Report
//! text is never translated; only what the app itself says.
//!
//! Texts may hold placeholders in braces (`{n}`, `{file}`), filled by
//! [`Lang::format`]; both languages use the same placeholders (tested).

/// A table of texts: its keys' enum, its English in key order, and where
/// its Chinese is (a list of its own: `zh.rs`, `later_zh.rs`).
macro_rules! texts {
    ($enum:ident, $table:ident, $chinese:path; $($key:ident => $text:expr,)*) => {
        /// A text of the interface.
        // Not serialisable, on purpose: a deserialiser for every text would
        // cost the page's wasm some 70 KB. Values that travel as JSON name
        // what they mean in small enums of their own (`BinaryKind`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $enum {
            $($key,)*
        }

        impl $enum {
            /// Every key, in table order.
            pub const ALL: &'static [$enum] = &[$($enum::$key,)*];
        }

        /// In key order, so a key's text is at its index.
        pub(super) const $table: &[($enum, &str)] = &[$(($enum::$key, $text),)*];

        impl super::Text for $enum {
            fn said_in(self, lang: super::Lang) -> &'static str {
                super::look_up(self, self as usize, $table, $chinese, lang)
            }
        }
    };
}

mod en;
mod instance;
mod later_en;
mod later_zh;
mod zh;

use std::fmt::Display;

use serde::{Deserialize, Serialize};

pub use en::Key;
pub use instance::InstanceName;
pub use later_en::LaterKey;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Zh,
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The BCP 47 tag, for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, for the switch.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::Zh => "中文",
            Lang::En => "English",
        }
    }

    /// The language a tag such as `zh-TW`, `en-GB` or `zh` asks for.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first language of the browser's list (`navigator.languages`,
    /// most preferred first) that the interface speaks; English otherwise.
    pub fn from_preferences<S: AsRef<str>>(tags: &[S]) -> Lang {
        tags.iter()
            .find_map(|t| Lang::from_tag(t.as_ref()))
            .unwrap_or_default()
    }

    /// The text for `key`, with its placeholders unfilled.
    pub fn text(self, key: impl Text) -> &'static str {
        key.said_in(self)
    }

    /// The text for `key` with each `{name}` replaced by its value.
    pub fn format(self, key: impl Text, args: &[(&str, &dyn Display)]) -> String {
        fill(self.text(key), args)
    }

    /// The text for `key` filled with the count `n` (its English nouns
    /// agreeing with it, as [`fill`] chooses them).
    pub fn count(self, key: impl Text, n: usize) -> String {
        self.format(key, &[("n", &n)])
    }
}

/// A key of one of the tables: [`Key`] for what the first screen and the
/// page's own module say, [`LaterKey`] for what only the later views say.
/// Two tables, not one, so each goes where the code that reads it goes:
/// the later views' texts come with their chunks, not in the first
/// download.
pub trait Text: Copy + PartialEq + std::fmt::Debug + Send + Sync + 'static {
    /// The key's text in `lang`: what [`Lang::text`] reads; say that.
    #[doc(hidden)]
    fn said_in(self, lang: Lang) -> &'static str;
}

/// `key`'s text in `lang`, English being at the key's index. A text missing
/// from a Chinese table falls back to English (the tests forbid it).
fn look_up<K: PartialEq>(
    key: K,
    index: usize,
    english: &[(K, &'static str)],
    chinese: &[(K, &'static str)],
    lang: Lang,
) -> &'static str {
    let in_english = english[index].1;
    match lang {
        Lang::En => in_english,
        Lang::Zh => chinese
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(in_english, |(_, text)| text),
    }
}

/// Replaces each `{name}` in `template` by its value, and each
/// `{name|one|many}` by `one` when the value is 1, else `many` (English
/// nouns after a count: `{n} {n|hit|hits}`); unknown names stay.
pub fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name_end = after.find('}');
        match name_end.and_then(|end| {
            let mut forms = after[..end].split('|');
            let name = forms.next()?;
            let value = args.iter().find(|(n, _)| *n == name)?.1.to_string();
            let filled = match (forms.next(), forms.next()) {
                (Some(one), Some(_)) if value == "1" => one.to_string(),
                (Some(_), Some(many)) => many.to_string(),
                _ => value,
            };
            Some((end, filled))
        }) {
            Some((end, value)) => {
                out.push_str(&value);
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders of a text, sorted (a plural form's too).
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        // `{n|hit|hits}` names `n`.
        .filter_map(|s| {
            s.split_once('}')
                .map(|(name, _)| name.split('|').next().unwrap_or(name))
        })
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .collect();
    crate::sorting::sort(&mut names);
    names.dedup();
    names
}

#[cfg(test)]
mod tests;
