//! The name of one instance of the app, for the labels of its landmarks.
//!
//! A page may embed several instances. A screen reader lists landmarks
//! page-wide, so two instances' "Filters" would be indistinguishable (and
//! axe-core reports them as landmarks that are not unique). Every instance
//! but the page's first, and any instance its host names, therefore adds
//! its name to each landmark's label.

use super::{Key, Lang, Text};

/// How an instance is told apart from the others on its page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstanceName {
    /// The host's name for it (`data-label` on the mount element).
    label: Option<String>,
    /// Its place among the page's instances, from 1, in mounting order.
    number: usize,
}

impl InstanceName {
    pub fn new(label: Option<String>, number: usize) -> InstanceName {
        let label = label
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty());
        InstanceName { label, number }
    }

    /// The page's first instance: the one that may answer keys pressed
    /// when nothing on the page has focus.
    pub fn is_first(&self) -> bool {
        self.number <= 1
    }

    /// The instance's own name: the host's label, else the app's name,
    /// numbered from the second instance on.
    pub fn describe(&self, lang: Lang) -> String {
        match (&self.label, self.number) {
            (Some(label), _) => label.clone(),
            (None, 0 | 1) => lang.text(Key::AppName).to_string(),
            (None, n) => lang.format(Key::AppNameNumbered, &[("n", &n)]),
        }
    }

    /// The label of a landmark of this instance: the landmark's own name,
    /// with the instance's name added where the page may hold another.
    pub fn landmark(&self, lang: Lang, key: impl Text) -> String {
        let own = lang.text(key);
        if self.label.is_none() && self.number <= 1 {
            return own.to_string();
        }
        lang.format(
            Key::LandmarkOfInstance,
            &[("landmark", &own), ("instance", &self.describe(lang))],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_unnamed_instance_keeps_plain_labels() {
        let first = InstanceName::new(None, 1);
        assert_eq!(first.describe(Lang::En), "Report Explorer");
        assert_eq!(first.landmark(Lang::En, Key::Filters), "Filters");
        assert_eq!(first.landmark(Lang::Zh, Key::Filters), "筛选");
    }

    #[test]
    fn later_instances_are_numbered_in_every_landmark() {
        let second = InstanceName::new(None, 2);
        assert_eq!(second.describe(Lang::En), "Report Explorer 2");
        assert_eq!(
            second.landmark(Lang::En, Key::Filters),
            "Filters (Report Explorer 2)"
        );
        assert_eq!(
            second.landmark(Lang::Zh, Key::Filters),
            "筛选（Report Explorer 2）"
        );
    }

    #[test]
    fn a_host_label_names_the_instance_whatever_its_place() {
        for number in [1, 3] {
            let named = InstanceName::new(Some(" 山东语料 ".into()), number);
            assert_eq!(named.describe(Lang::Zh), "山东语料");
            assert_eq!(named.landmark(Lang::En, Key::Filters), "Filters (山东语料)");
        }
        // A blank label is no label.
        assert_eq!(
            InstanceName::new(Some("  ".into()), 1).landmark(Lang::En, Key::Filters),
            "Filters"
        );
    }
}
