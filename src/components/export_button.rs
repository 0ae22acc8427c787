//! The one export button: saves a file made on click, and says so when the
//! browser would not make it.

use leptos::prelude::*;
use report_core::i18n::Key;

use crate::download::{download_text, Download};
use crate::i18n::use_ui;

/// A button that offers what `file` makes (nothing when it makes `None`)
/// as a download; a failure is said beside it until the next try.
#[component]
pub fn ExportButton(
    testid: &'static str,
    /// Makes the file (one `Callback`, not a generic closure: the button
    /// is compiled once for every view that has one).
    #[prop(into)]
    file: Callback<(), Option<Download>>,
    /// The button's class, if any.
    #[prop(optional)]
    class: Option<&'static str>,
    #[prop(optional, into)] disabled: Signal<bool>,
    children: Children,
) -> impl IntoView {
    let ui = use_ui();
    let failed = RwSignal::new(false);
    let export = move |_| {
        if let Some(download) = file.run(()) {
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
