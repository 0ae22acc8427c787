//! The views the first screen does not show (the concordance, the figures
//! table, the comparison, the trends, the import panel, the slips of
//! typing offered when a search finds nothing, a term's other spellings
//! offered when it may be written otherwise, terms that are never
//! together counted alone under an empty list, and a place or a year typed
//! offered as its facet's choice, the open report's article), each in a wasm
//! chunk of its own that the page fetches the first time the view is opened
//! (`scripts/split-page.mjs` cuts the chunks out of every build, after
//! `wasm_split`'s markers). The first download carries only the list, the
//! reader's frame and the facets. Natively each is an ordinary call.
//!
//! A chunk that cannot be fetched (offline before the service worker kept
//! it, a host that lost the file) says so in the view's place with a button
//! to try again: a failed fetch is not remembered, so the next try fetches
//! anew.

use std::cell::Cell;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use report_core::i18n::Key;
use report_core::View;

use crate::components::article::OpenArticle;
use crate::components::choices_named::ChoicesNamed;
use crate::components::compare_view::CompareView;
use crate::components::concordance::ConcordanceView;
use crate::components::figures_view::FiguresView;
use crate::components::import_panel::ImportPanel;
use crate::components::other_spellings::OtherSpellings;
use crate::components::slips::SlipOffers;
use crate::components::terms_apart::TermsApart;
use crate::components::trends_view::TrendsView;
use crate::i18n::use_ui;

/// A view's chunk could not be fetched.
pub struct ChunkMissing;

impl From<SplitLoaderError> for ChunkMissing {
    fn from(_: SplitLoaderError) -> Self {
        ChunkMissing
    }
}

type Drawn = Result<AnyView, ChunkMissing>;

/// A view's way in, a split point: its code and what only it uses go to a
/// chunk named after it. `$load` fetches the chunk without drawing.
macro_rules! split_view {
    ($name:ident, $load:ident, $component:ident) => {
        #[wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible, preload($load))]
        fn $name() -> Drawn {
            Ok(view! { <$component /> }.into_any())
        }
    };
}

split_view!(concordance, load_concordance, ConcordanceView);
split_view!(figures, load_figures, FiguresView);
split_view!(compare, load_compare, CompareView);
split_view!(trends, load_trends, TrendsView);
split_view!(import_panel, load_import_panel, ImportPanel);
split_view!(slips, load_slips, SlipOffers);
split_view!(other_spellings, load_other_spellings, OtherSpellings);
split_view!(terms_apart, load_terms_apart, TermsApart);
split_view!(choices_named, load_choices_named, ChoicesNamed);
split_view!(article, load_article, OpenArticle);

/// Which of the later views to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaterView {
    Concordance,
    Figures,
    Compare,
    Trends,
    ImportPanel,
    /// Not a view: an offer beside an empty list, drawn quietly (nothing
    /// while its chunk comes, nothing if it cannot).
    Slips,
    /// An offer under the search box, drawn quietly as the slips' is.
    OtherSpellings,
    /// An offer beside an empty list of terms that are never together.
    TermsApart,
    /// An offer under the search box: a word of it names a region or a
    /// year.
    ChoicesNamed,
    /// The open report in the reader.
    Article,
}

thread_local! {
    /// The views whose chunk is in, one bit each: the page's wasm instance
    /// keeps a chunk once linked, whichever instance of the app asked.
    /// wasm_split's loader knows too, but only by being polled, which
    /// starts a fetch: this mirrors it, set where a load succeeds.
    static LOADED: Cell<u16> = const { Cell::new(0) };
    /// The views whose chunk a pointer or the focus already asked for: a
    /// prefetch is tried once (opening the view tries again).
    static PREFETCHED: Cell<u16> = const { Cell::new(0) };
}

impl LaterView {
    /// The later view that draws `view`, if it is one (the list is not).
    pub fn of(view: View) -> Option<LaterView> {
        match view {
            View::Reports => None,
            View::Concordance => Some(LaterView::Concordance),
            View::Figures => Some(LaterView::Figures),
            View::Compare => Some(LaterView::Compare),
            View::Trends => Some(LaterView::Trends),
        }
    }

    /// Starts fetching the view's chunk, for a way in the reader is about
    /// to take (a pointer on its tab or button, the focus on it), so the
    /// view opens without the wait. A fetch already under way is shared;
    /// each view's is asked for once this way (a pointer crossing the list
    /// again asks nothing); one that fails is tried again when the view is
    /// opened.
    pub fn prefetch(self) {
        let asked = PREFETCHED.get();
        PREFETCHED.set(asked | self.bit());
        if !self.is_loaded() && asked & self.bit() == 0 {
            spawn_local(async move {
                let _ = self.load().await;
            });
        }
    }

    /// An offer beside the list, not a view: it says nothing of its chunk
    /// (no line while it comes, no message if it cannot).
    fn is_an_offer(self) -> bool {
        matches!(
            self,
            LaterView::Slips
                | LaterView::OtherSpellings
                | LaterView::TermsApart
                | LaterView::ChoicesNamed
        )
    }

    /// What its place says while its chunk comes, and when it cannot.
    fn texts(self) -> (Key, Key) {
        match self {
            LaterView::Article => (Key::ArticleLoading, Key::ArticleMissing),
            _ => (Key::ViewLoading, Key::ViewMissing),
        }
    }

    fn bit(self) -> u16 {
        1 << self as u16
    }

    fn is_loaded(self) -> bool {
        LOADED.get() & self.bit() != 0
    }

    async fn load(self) -> Result<(), SplitLoaderError> {
        match self {
            LaterView::Concordance => load_concordance().await,
            LaterView::Figures => load_figures().await,
            LaterView::Compare => load_compare().await,
            LaterView::Trends => load_trends().await,
            LaterView::ImportPanel => load_import_panel().await,
            LaterView::Slips => load_slips().await,
            LaterView::OtherSpellings => load_other_spellings().await,
            LaterView::TermsApart => load_terms_apart().await,
            LaterView::ChoicesNamed => load_choices_named().await,
            LaterView::Article => load_article().await,
        }?;
        LOADED.set(LOADED.get() | self.bit());
        Ok(())
    }

    /// Draws the view, its chunk being in: the call is then ready at its
    /// first poll, so the view is made here, synchronously, under the
    /// caller's owner like any component (not inside a future, whose
    /// view's effects would outlive the signals it made).
    fn draw(self) -> Drawn {
        let waker = Waker::noop();
        let mut context = Context::from_waker(waker);
        let poll = match self {
            LaterView::Concordance => pin!(concordance()).poll(&mut context),
            LaterView::Figures => pin!(figures()).poll(&mut context),
            LaterView::Compare => pin!(compare()).poll(&mut context),
            LaterView::Trends => pin!(trends()).poll(&mut context),
            LaterView::ImportPanel => pin!(import_panel()).poll(&mut context),
            LaterView::Slips => pin!(slips()).poll(&mut context),
            LaterView::OtherSpellings => pin!(other_spellings()).poll(&mut context),
            LaterView::TermsApart => pin!(terms_apart()).poll(&mut context),
            LaterView::ChoicesNamed => pin!(choices_named()).poll(&mut context),
            LaterView::Article => pin!(article()).poll(&mut context),
        };
        match poll {
            Poll::Ready(drawn) => drawn,
            Poll::Pending => Err(ChunkMissing),
        }
    }
}

/// Where the view stands: its chunk on the way, in, or not to be had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Chunk {
    Loading,
    In,
    Missing,
}

/// Draws `which` once its chunk is in, a line saying it is loading until
/// then, and if it cannot be fetched, a message with a button that tries
/// again (an offer, not a view, draws nothing until it is in).
#[component]
pub fn Later(which: LaterView) -> impl IntoView {
    let ui = use_ui();
    let chunk = RwSignal::new(if which.is_loaded() {
        Chunk::In
    } else {
        Chunk::Loading
    });
    let fetch = move || {
        chunk.set(Chunk::Loading);
        spawn_local(async move {
            let fetched = if which.load().await.is_ok() {
                Chunk::In
            } else {
                Chunk::Missing
            };
            // The view may have been left while its chunk came.
            chunk.try_set(fetched);
        });
    };
    if !which.is_loaded() {
        fetch();
    }
    let quiet = which.is_an_offer();
    let (loading_text, missing_text) = which.texts();
    let missing = move || {
        if quiet {
            return ().into_any();
        }
        view! {
            <p class="re-notice re-error re-view-state" role="alert" data-testid="view-missing">
                {ui.tr(missing_text)} " "
                <button type="button" on:click=move |_| fetch()>{ui.tr(Key::TryAgain)}</button>
            </p>
        }
        .into_any()
    };
    let loading = move || {
        if quiet {
            return ().into_any();
        }
        view! {
            <p class="re-placeholder re-view-state" role="status" data-testid="view-loading">
                {ui.tr(loading_text)}
            </p>
        }
        .into_any()
    };
    move || match chunk.get() {
        Chunk::In => which.draw().unwrap_or_else(|ChunkMissing| missing()),
        Chunk::Loading => loading(),
        Chunk::Missing => missing(),
    }
}
