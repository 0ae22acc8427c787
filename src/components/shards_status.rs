//! Says what a sharded corpus is fetching (a report's text; the count
//! says when a search waits for the index) and what it could not.

use leptos::prelude::*;

use report_core::i18n::Key;

use crate::corpus_shards::ShardedSearch;
use crate::i18n::use_ui;

#[component]
pub fn ShardsStatus(sharded: ShardedSearch) -> impl IntoView {
    let ui = use_ui();
    let query = crate::state::use_app_state().query;
    let search_failed = move || {
        sharded.answer.with(|answer| match answer {
            Some((answered, Err(why))) if query.with(|q| q == answered) => {
                let why = why.clone();
                Some(view! { <p class="re-error" role="alert" data-testid="shards-failed">{move || ui.say(&why)}</p> })
            }
            _ => None,
        })
    };
    let texts = move || {
        (sharded.texts_loading.get() > 0).then(|| {
            view! { <p class="re-notice re-parts" role="status" data-testid="texts-loading">{ui.tr(Key::TextLoading)}</p> }
        })
    };
    let texts_failed = move || {
        let failed = sharded.text_failures.get();
        (!failed.is_empty()).then(|| {
            view! {
                <p class="re-error" role="alert" data-testid="texts-failed">
                    {move || failed.iter().map(|f| ui.say(f)).collect::<Vec<_>>().join(" ")}
                </p>
            }
        })
    };
    view! { {search_failed} {texts} {texts_failed} }
}
