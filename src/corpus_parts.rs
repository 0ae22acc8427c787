//! Fetching the rest of a corpus that comes in parts, one part after the
//! other, while the reports already here stay searchable. Each part joins
//! `reports` as it arrives; a part that fails is named and skipped.

use leptos::prelude::*;
use leptos::task::spawn_local;
use report_core::{append_new_reports, Report};

use crate::corpus_source::{load_part, MoreParts};
use crate::i18n::Said;

/// How far loading the parts has got.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartsLoading {
    /// Reports of the corpus here so far (not counting imported ones).
    pub loaded: usize,
    pub total: usize,
    /// True while parts are still being fetched.
    pub running: bool,
    /// Each part that could not be loaded, with why.
    pub failed: Vec<Said>,
}

/// Starts fetching `more` into `reports`; the signal tracks how it goes.
pub fn load_remaining(
    reports: RwSignal<Vec<Report>>,
    first_part: usize,
    more: MoreParts,
) -> RwSignal<PartsLoading> {
    let status = RwSignal::new(PartsLoading {
        loaded: first_part,
        total: more.total,
        running: true,
        failed: Vec::new(),
    });
    spawn_local(async move {
        for (url, count) in more.parts {
            match load_part(&url).await {
                Ok(part) => {
                    reports.update(|all| append_new_reports(all, part.reports));
                    status.update(|s| s.loaded += count);
                }
                Err(why) => {
                    let failed = Said::new(move |lang| format!("{url}: {}", why.in_lang(lang)));
                    status.update(|s| s.failed.push(failed));
                }
            }
        }
        status.update(|s| s.running = false);
    });
    status
}
