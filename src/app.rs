//! The page's layout: where each component goes. The state the components
//! share is `crate::state::AppState`, made and provided here.

use leptos::prelude::*;
use report_core::i18n::{InstanceName, Key, Lang};
use report_core::{append_new_reports, percent_encode, Corpus, View, ViewState};

use crate::components::district_summary::DistrictSummary;
use crate::components::facets::FacetsPanel;
use crate::components::later_views::{Later, LaterView};
use crate::components::parts_status::PartsStatus;
use crate::components::reader::Reader;
use crate::components::result_list::ResultList;
use crate::components::search_box::SearchBox;
use crate::components::shards_status::ShardsStatus;
use crate::components::share::ShareBar;
use crate::components::term_sets::TermSets;
use crate::components::view_tabs::ViewTabs;
use crate::corpus_parts;
use crate::corpus_shards::ShardedSearch;
use crate::corpus_source::{load_corpus, MoreParts};
use crate::first_screen;
use crate::i18n::{starting_lang, Said, Ui};
use crate::keyboard;
use crate::state::AppState;
use crate::url_sync::{self, UrlState};
use crate::workspace::{files_of, Workspace};
use crate::workspace_store;

/// What a host page set on the mount element.
#[derive(Debug, Clone)]
pub struct MountOptions {
    /// `data-corpus-url`: load this corpus JSON instead of the bundled one.
    pub corpus_url: Option<String>,
    /// `data-url-state`: where the view is kept in the page's URL.
    pub url_state: UrlState,
    /// `data-query`: the search to start with (when the URL names none).
    pub query: Option<String>,
    /// `data-view`: the view to start with (`reports`, `concordance`,
    /// `figures`, `compare`, `trends`).
    pub view: Option<String>,
    /// `data-lang`: the interface language to start in (`zh`, `en`).
    pub lang: Option<String>,
    /// `data-label` and the instance's place on the page: its name in the
    /// labels of its landmarks.
    pub name: InstanceName,
}

#[component]
pub fn App(options: MountOptions) -> impl IntoView {
    let url_state = options.url_state;
    // The page's own explorer (it keeps its view in the URL, and is the
    // first on the page) answers shortcuts before anything has focus.
    let page_shortcuts = url_state.is_on() && options.name.is_first();
    let ui = Ui::provide(starting_lang(options.lang.as_deref()), options.name);
    let corpus_url = options.corpus_url.clone();
    // Loaded once: nothing here depends on the language (a switch must not
    // load the corpus again and start the explorer afresh); what loading
    // has to say is said in whichever language is chosen.
    let loaded = LocalResource::new(move || load_corpus(corpus_url.clone()));
    let stored = LocalResource::new(workspace_store::load);
    let start = ViewState::parse(&format!(
        "q={}&view={}",
        percent_encode(options.query.as_deref().unwrap_or_default()),
        options.view.as_deref().unwrap_or("reports")
    ))
    .0;
    view! {
        // A region of its own, named, so all it shows is inside a landmark
        // wherever the host puts it.
        <div class="report-explorer" lang=move || ui.lang().tag() role="region" aria-label=move || ui.instance_name()>
            <Suspense fallback=move || view! { <p class="re-loading" role="status" data-testid="loading">{ui.tr(Key::LoadingCorpus)}</p> }>
                {move || {
                    let start = start.clone();
                    Suspend::new(async move {
                    let loaded = loaded.await;
                    let notice = loaded.notice.map(|n| view! { <p class="re-notice" role="status" data-testid="corpus-notice">{move || ui.say(&n)}</p> });
                    let body = match loaded.corpus {
                        Ok(mut corpus) => {
                            let first_part = corpus.reports.len();
                            let storage_problem = add_stored_imports(&mut corpus, stored.await);
                            let more = loaded.more.map(|more| (first_part, more));
                            let sharded = loaded.sharded.map(ShardedSearch::new);
                            view! { <Explorer corpus url_state page_shortcuts start storage_problem more sharded /> }.into_any()
                        }
                        Err(error) => {
                            let message = NodeRef::<leptos::html::P>::new();
                            Effect::new(move |_| {
                                if let Some(message) = message.get() {
                                    first_screen::take_over(&message, |_| {});
                                }
                            });
                            view! { <p class="re-error" role="alert" data-testid="load-error" node_ref=message>{move || ui.say(&error)}</p> }.into_any()
                        }
                    };
                    view! { {notice} {body} }
                    })
                }}
            </Suspense>
        </div>
    }
}

/// Adds the reports imported on earlier visits (kept in IndexedDB) after
/// the corpus's own. Returns why they could not be read, if so.
fn add_stored_imports(
    corpus: &mut Corpus,
    stored: Result<workspace_store::StoredWorkspace, Said>,
) -> Option<Said> {
    match stored {
        Ok(stored) => {
            append_new_reports(&mut corpus.reports, stored.reports);
            let damaged = stored.damaged;
            (!damaged.is_empty()).then(|| {
                Said::new(move |lang| {
                    let list: Vec<String> = damaged.iter().map(|d| d.in_lang(lang)).collect();
                    let args: [(&str, &dyn std::fmt::Display); 2] =
                        [("n", &damaged.len()), ("list", &list.join("; "))];
                    lang.format(Key::StoredDamaged, &args)
                })
            })
        }
        Err(why) => Some(Said::format(Key::StorageInMemoryOnly, vec![("why", why)])),
    }
}

#[component]
fn Explorer(
    corpus: Corpus,
    url_state: UrlState,
    /// Keys pressed while nothing on the page has focus are this
    /// instance's (a fresh load, or a link that opened a report).
    page_shortcuts: bool,
    start: ViewState,
    storage_problem: Option<Said>,
    /// The corpus's other parts, when it comes in parts, and how many
    /// reports the first held.
    more: Option<(usize, MoreParts)>,
    /// The shards and texts of a sharded corpus.
    sharded: Option<ShardedSearch>,
) -> impl IntoView {
    let state = AppState::new(corpus.reports, sharded).provide();
    let reports = state.reports;
    let parts = more.map(|(first, more)| corpus_parts::load_remaining(reports, first, more));
    let ui = crate::i18n::use_ui();
    let link_notice = RwSignal::new(None::<Said>);
    let from_url = url_state
        .is_on()
        .then(|| url_sync::read_location(reports, url_state))
        // A link of only unknown parts still says what it ignored.
        .filter(|(view, ignored)| *view != ViewState::default() || !ignored.is_empty());
    match from_url {
        Some((view, ignored)) => {
            link_notice.set(url_sync::ignored_message(&ignored));
            state.show(view);
        }
        None => state.show(start),
    }
    if url_state.is_on() {
        url_sync::install(state, link_notice, url_state);
    }
    let workspace = Workspace::new(state, storage_problem, ui);
    provide_context(workspace);
    let show_import = RwSignal::new(false);
    let show_filters = RwSignal::new(false);
    let show_tools = RwSignal::new(false);
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let files = files_of(ev.data_transfer().and_then(|d| d.files()));
        if !files.is_empty() {
            workspace.queue_up(files);
            show_import.set(true);
        }
    };
    let AppState {
        query_text,
        selection,
        view: main_view,
        ..
    } = state;

    let root = NodeRef::<leptos::html::Div>::new();
    let shortcut = move |ev: &web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.is_composing() {
            return;
        }
        match ev.key().as_str() {
            "n" | "j" => state.step_hit(1),
            "p" | "k" => state.step_hit(-1),
            "/" => {
                ev.prevent_default();
                if let Some(root) = root.get_untracked() {
                    keyboard::focus_within(&root, "[data-testid=search]");
                }
            }
            "Escape" if !query_text.read_untracked().is_empty() => state.set_query(String::new()),
            _ => {}
        }
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if keyboard::move_in_list(&ev) || keyboard::is_typing_target(&ev) {
            return;
        }
        shortcut(&ev);
    };
    if page_shortcuts {
        let listener = window_event_listener(leptos::ev::keydown, move |ev| {
            if keyboard::nothing_has_focus(&ev) {
                shortcut(&ev);
            }
        });
        on_cleanup(move || listener.remove());
    }
    let main_id = keyboard::unique_id("re-main");
    // Drawn: the first screen goes, and what was typed into it becomes the
    // search, with the focus where it was.
    Effect::new(move |_| {
        let Some(drawn) = root.get() else {
            return;
        };
        // Untracked: what the search becomes is no reason to run again.
        untrack(|| {
            first_screen::take_over(&drawn, move |typed| {
                let Some(typed) = typed else {
                    return;
                };
                if !typed.text.trim().is_empty() {
                    state.set_query(typed.text.clone());
                }
                if typed.focused {
                    request_animation_frame(move || {
                        if let Some(root) = root.get_untracked() {
                            first_screen::restore_focus(&root, "[data-testid=search]", &typed);
                        }
                    });
                }
            })
        });
    });

    view! {
        <div class="re-explorer" node_ref=root class:re-dragging=move || dragging.get() on:keydown=on_keydown
            on:dragover=move |ev: web_sys::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop>
            // To the view's first content (the result list), past the header,
            // tools and filters.
            <a class="re-skip-link" href=format!("#{main_id}") data-testid="skip-link"
                on:click=move |ev| { ev.prevent_default(); keyboard::focus_in_app(&ev, "[data-skip-target]"); }>
                {ui.tr(Key::SkipToResults)}
            </a>
            {move || link_notice.get().map(|n| view! { <p class="re-notice" role="status" data-testid="link-notice">{move || ui.say(&n)}</p> })}
            // Not <header>: outside the host's <main> it would be a second
            // banner of the page.
            <div class="re-header">
                <h1 class="re-brand">{ui.tr(Key::AppName)}</h1>
                <SearchBox />
                <button type="button" class="re-import-toggle" data-testid="import-toggle" aria-expanded=move || show_import.get().to_string()
                    on:click=move |_| show_import.update(|s| *s = !*s)
                    on:pointerenter=move |_| LaterView::ImportPanel.prefetch()
                    on:focus=move |_| LaterView::ImportPanel.prefetch()>
                    {move || {
                        let n = workspace.imported_count();
                        if n == 0 { ui.t(Key::ImportToggle).to_string() } else { ui.format(Key::YourReportsCount, &[("n", &n)]) }
                    }}
                </button>
                <LanguageSwitch ui />
            </div>
            {move || show_import.get().then(|| view! { <Later which=LaterView::ImportPanel /> })}
            {parts.map(|status| view! { <PartsStatus status /> })}
            {sharded.map(|sharded| view! { <ShardsStatus sharded /> })}
            // Phones: results first; filters and tools fold behind these.
            <div class="re-phone-toggles">
                <button type="button" data-testid="filters-toggle" aria-expanded=move || show_filters.get().to_string()
                    on:click=move |_| show_filters.update(|s| *s = !*s)>
                    {move || match selection.read().chosen_count() {
                        0 => ui.t(Key::FiltersToggle).to_string(),
                        n => ui.format(Key::FiltersToggleCount, &[("n", &n)]),
                    }}
                </button>
                <button type="button" data-testid="tools-toggle" aria-expanded=move || show_tools.get().to_string()
                    on:click=move |_| show_tools.update(|s| *s = !*s)>
                    {ui.tr(Key::ToolsToggle)}
                </button>
            </div>
            <div class="re-tools" class:re-phone-folded=move || !show_tools.get()>
                <TermSets />
            </div>
            <div class="re-bar">
                <ViewTabs />
                <div class="re-tools" class:re-phone-folded=move || !show_tools.get()>
                    <ShareBar url_state=url_state.is_on() />
                </div>
            </div>
            // A region, not <main>: the host page owns its main landmark.
            <div class="re-main" class:re-main-wide=move || main_view.get() != View::Reports id=main_id tabindex="-1"
                role="region" aria-label=ui.landmark(Key::MainRegion)>
                <FacetsPanel folded=Signal::derive(move || !show_filters.get()) />
                {move || match main_view.get() {
                    View::Reports => view! {
                        <div class="re-list-pane">
                            <DistrictSummary />
                            <ResultList />
                        </div>
                        <Reader />
                    }
                    .into_any(),
                    View::Concordance => view! { <Later which=LaterView::Concordance /> }.into_any(),
                    View::Figures => view! { <Later which=LaterView::Figures /> }.into_any(),
                    View::Compare => view! { <Later which=LaterView::Compare /> }.into_any(),
                    View::Trends => view! { <Later which=LaterView::Trends /> }.into_any(),
                }}
            </div>
            <p class="re-keys re-no-print">{ui.tr(Key::KeyboardHelp)}</p>
        </div>
    }
}

/// The interface language, as a choice between the two.
#[component]
fn LanguageSwitch(ui: Ui) -> impl IntoView {
    let id = keyboard::unique_id("re-lang");
    view! {
        <span class="re-lang">
            <label for=id.clone() class="re-visually-hidden">{ui.tr(Key::LanguageLabel)}</label>
            <select id=id data-testid="language" on:change=move |ev| {
                if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
                    ui.set(lang);
                }
            }>
                {Lang::ALL.map(|lang| view! {
                    <option value=lang.tag() lang=lang.tag() selected=move || ui.lang() == lang>{lang.own_name()}</option>
                })}
            </select>
        </span>
    }
}
