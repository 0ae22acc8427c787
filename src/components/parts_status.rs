//! Says how much of a corpus in parts is here yet, and which parts failed.

use leptos::prelude::*;

use crate::corpus_parts::PartsLoading;

#[component]
pub fn PartsStatus(status: RwSignal<PartsLoading>) -> impl IntoView {
    move || {
        let s = status.get();
        let loading = s.running.then(|| {
            view! {
                <p class="re-notice re-parts" role="status" data-testid="parts-loading">
                    <progress max=s.total value=s.loaded aria-label="Reports loaded"></progress>
                    {format!(
                        " Loading the corpus: {} of {} reports so far. Search, filters and counts cover the reports loaded.",
                        s.loaded, s.total
                    )}
                </p>
            }
        });
        let failed = (!s.failed.is_empty()).then(|| {
            view! {
                <p class="re-error" role="alert" data-testid="parts-failed">
                    {format!(
                        "{} of the corpus's parts could not be loaded, so {} of its {} reports are missing: {}",
                        s.failed.len(),
                        s.total.saturating_sub(s.loaded),
                        s.total,
                        s.failed.join("; ")
                    )}
                </p>
            }
        });
        view! { {loading} {failed} }
    }
}
