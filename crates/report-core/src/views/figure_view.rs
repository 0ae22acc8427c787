//! The figures table's state as a link keeps it: filters as the reader
//! typed them, the order and its direction. `ViewState` writes it into the
//! fragment (`fkind=growth&fmin=1000万元&fsort=-value`), so Back from an
//! opened figure returns the table as it was.

use crate::sorting::SortedSet;

use crate::i18n::{Key, Lang};
use crate::model::{FigureKind, FigureStatus};
use crate::views::figure_table::{Bound, FigureFilter, FigureOrder};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FigureView {
    /// Keys of the kinds shown (`growth`); empty shows every kind.
    pub kinds: SortedSet<&'static str>,
    pub statuses: SortedSet<&'static str>,
    pub unit: Option<String>,
    pub indicator: String,
    /// The bounds as typed (`10`, `1000万元`).
    pub min: String,
    pub max: String,
    pub order: FigureOrder,
    /// The order reversed: a second click on the same column.
    pub reverse: bool,
}

fn kind_key(key: &str) -> Option<&'static str> {
    FigureKind::ALL.iter().map(|k| k.key()).find(|k| *k == key)
}

fn status_key(key: &str) -> Option<&'static str> {
    FigureStatus::ALL
        .iter()
        .map(|s| s.key())
        .find(|s| *s == key)
}

impl FigureView {
    /// The filter the table applies; a bound that is not a number does not
    /// restrict (the view says why, see [`FigureView::bound_problems`]).
    pub fn filter(&self) -> FigureFilter {
        FigureFilter {
            kinds: self.kinds.clone(),
            statuses: self.statuses.clone(),
            units: self.unit.iter().cloned().collect(),
            indicator: self.indicator.clone(),
            min: Bound::parse(&self.min),
            max: Bound::parse(&self.max),
        }
    }

    /// A click on a sort button: a new order starts in its own direction,
    /// the same order again reverses it.
    pub fn click_sort(&mut self, order: FigureOrder) {
        if self.order == order {
            self.reverse = !self.reverse;
        } else {
            self.order = order;
            self.reverse = false;
        }
    }

    pub fn toggle_kind(&mut self, kind: FigureKind) {
        if !self.kinds.remove(kind.key()) {
            self.kinds.insert(kind.key());
        }
    }

    pub fn toggle_status(&mut self, status: FigureStatus) {
        if !self.statuses.remove(status.key()) {
            self.statuses.insert(status.key());
        }
    }

    /// What is wrong with the bounds as typed, in the reader's language.
    pub fn bound_problems(&self, lang: Lang) -> Vec<String> {
        [&self.min, &self.max]
            .into_iter()
            .filter(|t| !t.trim().is_empty() && Bound::parse(t).is_none())
            .map(|t| lang.format(Key::FigureBoundInvalid, &[("text", &t.trim())]))
            .collect()
    }

    /// The fragment's parts for the table, in a fixed order.
    pub fn parts(&self) -> Vec<(&'static str, String)> {
        let mut parts: Vec<(&'static str, String)> = Vec::new();
        parts.extend(self.kinds.iter().map(|k| ("fkind", k.to_string())));
        parts.extend(self.statuses.iter().map(|s| ("fstatus", s.to_string())));
        parts.extend(self.unit.iter().map(|u| ("funit", u.clone())));
        for (key, text) in [
            ("find", &self.indicator),
            ("fmin", &self.min),
            ("fmax", &self.max),
        ] {
            if !text.trim().is_empty() {
                parts.push((key, text.trim().to_string()));
            }
        }
        if self.order != FigureOrder::Report || self.reverse {
            let sign = if self.reverse { "-" } else { "" };
            parts.push(("fsort", format!("{sign}{}", self.order.key())));
        }
        parts
    }

    /// Reads one part of a fragment: `None` if the key is not the table's,
    /// else whether the value was understood.
    pub fn read_part(&mut self, key: &str, value: &str) -> Option<bool> {
        let ok = match key {
            "fkind" => kind_key(value).is_some_and(|k| self.kinds.insert(k)),
            "fstatus" => status_key(value).is_some_and(|s| self.statuses.insert(s)),
            "funit" => !value.is_empty() && self.unit.replace(value.to_string()).is_none(),
            "find" => {
                self.indicator = value.to_string();
                true
            }
            "fmin" => {
                self.min = value.to_string();
                true
            }
            "fmax" => {
                self.max = value.to_string();
                true
            }
            "fsort" => {
                let (reverse, key) = match value.strip_prefix('-') {
                    Some(rest) => (true, rest),
                    None => (false, value),
                };
                FigureOrder::ALL
                    .iter()
                    .find(|o| o.key() == key)
                    .map(|o| {
                        self.order = *o;
                        self.reverse = reverse;
                    })
                    .is_some()
            }
            _ => return None,
        };
        Some(ok)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_click_reverses_and_a_new_order_starts_afresh() {
        let mut v = FigureView::default();
        v.click_sort(FigureOrder::Value);
        assert_eq!((v.order, v.reverse), (FigureOrder::Value, false));
        v.click_sort(FigureOrder::Value);
        assert_eq!((v.order, v.reverse), (FigureOrder::Value, true));
        v.click_sort(FigureOrder::Kind);
        assert_eq!((v.order, v.reverse), (FigureOrder::Kind, false));
    }

    #[test]
    fn parts_read_back_to_the_same_view() {
        let mut v = FigureView::default();
        v.toggle_kind(FigureKind::Amount);
        v.toggle_status(FigureStatus::Target);
        v.unit = Some("亿元".into());
        v.indicator = "投资".into();
        v.min = "1000万元".into();
        v.click_sort(FigureOrder::Value);
        v.click_sort(FigureOrder::Value);
        let mut back = FigureView::default();
        for (key, value) in v.parts() {
            assert_eq!(back.read_part(key, &value), Some(true), "{key}={value}");
        }
        assert_eq!(back, v);
        assert_eq!(back.read_part("fsort", "size"), Some(false));
        assert_eq!(back.read_part("fkind", "weight"), Some(false));
        assert_eq!(back.read_part("q", "x"), None);
    }

    #[test]
    fn bounds_that_are_not_numbers_are_said_in_either_language() {
        let v = FigureView {
            min: "很多".into(),
            max: "5亿元".into(),
            ..FigureView::default()
        };
        assert!(v.filter().min.is_none());
        assert!(v.filter().max.is_some());
        assert_eq!(v.bound_problems(Lang::En), ["not a number: 很多"]);
        assert_eq!(v.bound_problems(Lang::Zh), ["不是数值：很多"]);
    }
}
