//! The one export button: saves a file made on click, and says so when the
//! browser would not make it.

use leptos::prelude::*;
use report_core::i18n::Key;

use crate::download::{download_text, Download};
use crate::i18n::use_ui;

/// A button that offers what `file` makes (nothing when it makes `None`)
/// as a download; a failure is said beside it until the next try.
#[component]
pub fn ExportButton<F>(
    testid: &'static str,
    file: F,
    /// The button's class, if any.
    #[prop(optional)]
    class: Option<&'static str>,
    #[prop(optional, into)] disabled: Signal<bool>,
    children: Children,
) -> impl IntoView
where
    F: Fn() -> Option<Download> + Send + Sync + 'static,
{
    let ui = use_ui();
    let failed = RwSignal::new(false);
    let export = move |_| {
        if let Some(download) = file() {
            failed.set(download_text(&download).is_err());
        }
    };
    view! {
        <button type="button" class=class data-testid=testid on:click=export disabled=move || disabled.get()>
            {children()}
        </button>
        {move || failed.get().then(|| view! { <span class="re-error" role="alert">{ui.tr(Key::DownloadFailed)}</span> })}
    }
}
