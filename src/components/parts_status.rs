//! Says how much of a corpus in parts is here yet, and which parts failed.

use leptos::prelude::*;

use report_core::i18n::Key;

use crate::corpus_parts::PartsLoading;
use crate::i18n::use_ui;

#[component]
pub fn PartsStatus(status: RwSignal<PartsLoading>) -> impl IntoView {
    let ui = use_ui();
    move || {
        let s = status.get();
        let loading = s.running.then(|| {
            view! {
                <p class="re-notice re-parts" role="status" data-testid="parts-loading">
                    <progress max=s.total value=s.loaded aria-label=ui.t(Key::PartsLoadedLabel)></progress>
                    " "
                    {ui.format(Key::PartsLoading, &[("n", &s.loaded), ("total", &s.total)])}
                </p>
            }
        });
        let failed = (!s.failed.is_empty()).then(|| {
            view! {
                <p class="re-error" role="alert" data-testid="parts-failed">
                    {ui.format(Key::PartsFailed, &[
                        ("parts", &s.failed.len()),
                        ("missing", &s.total.saturating_sub(s.loaded)),
                        ("total", &s.total),
                        ("list", &s.failed.iter().map(|f| ui.say(f)).collect::<Vec<_>>().join("; ")),
                    ])}
                </p>
            }
        });
        view! { {loading} {failed} }
    }
}
