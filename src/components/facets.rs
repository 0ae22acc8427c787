use report_core::sorting::SortedSet;

use leptos::prelude::*;
use report_core::i18n::Key;
use report_core::{
    theme_label, DateBoundNote, Facet, FoundDivisions, Selection, ValueCount, NO_SOURCE,
};

use crate::components::composition::Composition;
use crate::i18n::use_ui;
use crate::keyboard::focus_in_app;
use crate::state::{use_app_state, AppState};

/// Facets: region tree, years and a date range, sources, themes. Each value
/// shows how many reports choosing it would leave.
#[component]
pub fn FacetsPanel(
    /// Folded away on phones until asked for.
    folded: Signal<bool>,
) -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let (counts, selection) = (state.counts, state.selection);
    let clear_all = move |_| selection.set(Selection::default());
    let expanded = RwSignal::new(SortedSet::<String>::new());
    // A place looked for by name, in a tree too large to list open.
    let place = RwSignal::new(String::new());
    // Only where the box is shown: a tree that shrank lists whole.
    let found = Memo::new(move |_| {
        tree_is_large(state)
            .then(|| state.facet_index.with(|f| f.regions().find(&place.read())))
            .flatten()
    });
    let years = move || -> Vec<u16> { counts.read().years.iter().map(|y| y.year).collect() };
    view! {
        <aside class="re-facets" class:re-phone-folded=move || folded.get() aria-label=ui.landmark(Key::Filters) data-testid="facets" data-arrows="vertical">
            <div class="re-facets-head">
                <h2 class="re-facets-title">{ui.tr(Key::Filters)}</h2>
                <button type="button" class="re-clear" data-testid="clear-all" on:click=clear_all disabled=move || selection.read().is_empty()>
                    {ui.tr(Key::ClearAll)}
                </button>
            </div>
            <FacetGroup title=Key::FacetRegion facet=Facet::Region selection testid="facet-region"
                above=view! { <PlaceFinder place /> }.into_any()>
                <For each=move || divisions(state, None, found) key=|key| key.clone()
                    children=move |(n, _)| region_item(n, 0, state, expanded, found) />
                {move || {
                    // Notes under the tree: a name no place holds, and
                    // the reports placed nowhere.
                    let none_found = found.with(|f| f.as_ref().is_some_and(|f| f.matches == 0));
                    let unplaced = counts.read().no_region;
                    let notes = [
                        none_found.then(|| (ui.format(Key::FindPlaceNone, &[("typed", &place.get())]), Some("find-place-none"))),
                        (unplaced > 0).then(|| (ui.format(Key::RegionNotRecognisedCount, &[("n", &unplaced)]), None)),
                    ];
                    notes.into_iter().flatten().map(|(note, testid)| view! { <li class="re-facet-note" data-testid=testid>{note}</li> }).collect_view()
                }}
            </FacetGroup>
            <FacetGroup title=Key::FacetYear facet=Facet::Year selection testid="facet-year">
                <For each=years key=|year| *year let:year>
                    {
                        let found = move || counts.read().years.iter().find(|y| y.year == year).map_or((0, 0), |y| (y.count, y.inferred));
                        let label = move || match found() {
                            (count, 0) => format!("{year} ({count})"),
                            (count, inferred) => ui.format(Key::YearCountInferred, &[("year", &year), ("n", &count), ("inferred", &inferred)]),
                        };
                        let checked = move || selection.read().years.contains(&year);
                        check_item(label, move || found().0, checked, move || selection.update(|s| Selection::toggle(&mut s.years, year)))
                    }
                </For>
                <DateRange selection years=Signal::derive(move || state.facet_index.read().years().to_vec()) />
            </FacetGroup>
            <FacetGroup title=Key::FacetSource facet=Facet::Source selection testid="facet-source">
                <For each=move || value_keys(&counts.read().sources) key=|key| key.clone() let:key>
                    {
                        let count = { let key = key.clone(); Signal::derive(move || value_count(&counts.read().sources, &key)) };
                        let name = key.clone();
                        let label = move || format!("{} ({})", if name == NO_SOURCE { ui.t(Key::NotNamed) } else { name.as_str() }, count.get());
                        let for_check = key.clone();
                        let checked = move || selection.read().sources.contains(&for_check);
                        check_item(label, move || count.get(), checked, move || selection.update(|s| Selection::toggle(&mut s.sources, key.clone())))
                    }
                </For>
            </FacetGroup>
            <FacetGroup title=Key::FacetTheme facet=Facet::Theme selection testid="facet-theme">
                <For each=move || value_keys(&counts.read().themes) key=|key| key.clone() let:key>
                    {
                        let count = { let key = key.clone(); Signal::derive(move || value_count(&counts.read().themes, &key)) };
                        let name = key.clone();
                        let label = move || format!("{} ({})", theme_label(&name, ui.lang()), count.get());
                        let for_check = key.clone();
                        let checked = move || selection.read().themes.contains(&for_check);
                        check_item(label, move || count.get(), checked, move || selection.update(|s| Selection::toggle(&mut s.themes, key.clone())))
                    }
                </For>
            </FacetGroup>
            <FacetGroup title=Key::FacetFigures facet=Facet::Figures selection testid="facet-figures">
                {[true, false]
                    .into_iter()
                    .map(|want| {
                        let count = move || { let c = counts.read(); if want { c.with_figures } else { c.without_figures } };
                        let label = move || format!("{} ({})", ui.t(if want { Key::WithFigures } else { Key::WithoutFigures }), count());
                        let checked = move || selection.read().has_figures == Some(want);
                        let toggle = move || selection.update(|s| s.has_figures = if s.has_figures == Some(want) { None } else { Some(want) });
                        check_item(label, count, checked, toggle)
                    })
                    .collect_view()}
            </FacetGroup>
        </aside>
    }
}

/// From and to dates, typed as people type them (`2021/3/1`, `2020年`);
/// a date it cannot read, or a range that ends before it starts, is said
/// so instead of being dropped or giving an empty list.
#[component]
fn DateRange(
    selection: RwSignal<Selection>,
    /// The corpus's years, ascending: the boxes' placeholders show its
    /// first and last, the format and the span at once.
    years: Signal<Vec<u16>>,
) -> impl IntoView {
    let ui = use_ui();
    let first_year = move || years.read().first().map(u16::to_string).unwrap_or_default();
    let last_year = move || years.read().last().map(u16::to_string).unwrap_or_default();
    let note = RwSignal::new(None::<DateBoundNote>);
    let set_bound = move |typed: String, is_from: bool| {
        note.set(
            selection
                .try_update(|s| s.set_date_bound(&typed, is_from))
                .flatten(),
        );
    };
    let message = move || {
        note.get().map(
            |n| view! { <p class="re-note" data-testid="date-note">{n.describe(ui.lang())}</p> },
        )
    };
    view! {
        <li class="re-date-range">
            <label>{ui.tr(Key::DateFrom)}" " <input type="text" placeholder=first_year data-testid="date-from" size="10"
                prop:value=move || selection.read().date_from.clone().unwrap_or_default()
                on:change=move |ev| set_bound(event_target_value(&ev), true) /></label>
            <label>" "{ui.tr(Key::DateTo)}" " <input type="text" placeholder=last_year data-testid="date-to" size="10"
                prop:value=move || selection.read().date_to.clone().unwrap_or_default()
                on:change=move |ev| set_bound(event_target_value(&ev), false) /></label>
            <div role="status" aria-live="polite">{message}</div>
        </li>
    }
}

#[component]
fn FacetGroup(
    title: Key,
    facet: Facet,
    selection: RwSignal<Selection>,
    testid: &'static str,
    /// Drawn between the heading and the values (the region tree's find box).
    #[prop(optional)]
    above: Option<AnyView>,
    children: Children,
) -> impl IntoView {
    let active = move || {
        let s = selection.read();
        match facet {
            Facet::Region => !s.regions.is_empty(),
            Facet::Year | Facet::DateRange => {
                !s.years.is_empty() || s.date_from.is_some() || s.date_to.is_some()
            }
            Facet::Source => !s.sources.is_empty(),
            Facet::Theme => !s.themes.is_empty(),
            Facet::Figures => s.has_figures.is_some(),
        }
    };
    let clear = move |_| {
        selection.update(|s| {
            s.clear(facet);
            if facet == Facet::Year {
                s.clear(Facet::DateRange);
            }
        })
    };
    let ui = use_ui();
    view! {
        <section class="re-facet" data-testid=testid>
            <div class="re-facet-head">
                <h3>{ui.tr(title)}</h3>
                <Show when=active>
                    <button type="button" class="re-clear" data-testid="clear-facet" on:click=clear>{ui.tr(Key::Clear)}</button>
                </Show>
            </div>
            {above}
            <ul class="re-facet-values">{children()}</ul>
        </section>
    }
}

/// A facet value kept while queries change: its count and label are read
/// anew, so a query redraws text, not the list.
fn check_item(
    label: impl Fn() -> String + Send + Sync + 'static,
    count: impl Fn() -> usize + Send + Sync + 'static,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    toggle: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <li class="re-facet-value" class:re-empty=move || count() == 0>
            <label>
                <input type="checkbox" data-arrow-item prop:checked=checked on:change=move |_| toggle() />
                " "
                {label}
            </label>
        </li>
    }
}

fn value_keys(values: &[ValueCount]) -> Vec<String> {
    values.iter().map(|v| v.key.clone()).collect()
}

fn value_count(values: &[ValueCount], key: &str) -> usize {
    values.iter().find(|v| v.key == key).map_or(0, |v| v.count)
}

/// Region trees up to this many values start expanded; larger ones show
/// provinces first, so a big corpus does not render thousands of values.
const EXPANDED_TREE_NODES: usize = 40;

/// Whether the region tree is too large to list open: it starts at the
/// top level, and has a box to find a place by name.
fn tree_is_large(state: AppState) -> bool {
    state
        .facet_index
        .with(|f| f.regions().len() > EXPANDED_TREE_NODES)
}

/// A box to find a place by name in a region tree too large to list
/// open (a corpus of every county of a province): typed through an input
/// method, it looks for the committed characters, not the pinyin; Escape
/// empties it, ↓ goes to the first place listed.
#[component]
fn PlaceFinder(place: RwSignal<String>) -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let composition = Composition::new();
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if composition.owns_key(&ev) {
            return;
        }
        match ev.key().as_str() {
            "Escape" => place.set(String::new()),
            "ArrowDown" => {
                ev.prevent_default();
                focus_in_app(&ev, "[data-testid=facet-region] [data-arrow-item]");
            }
            _ => {}
        }
    };
    view! {
        <input type="search" class="re-facet-find" data-testid="find-place" hidden=move || !tree_is_large(state)
            placeholder=ui.tr(Key::FindPlace) aria-label=ui.tr(Key::FindPlace)
            prop:value=move || place.get()
            on:input=move |ev| composition.input(&ev, |v| place.set(v))
            on:compositionstart=move |_| composition.start()
            on:compositionend=move |ev| composition.end(&ev, |v| place.set(v))
            on:keydown=on_keydown />
    }
}

/// The divisions of the region tree under `parent` (the top level for
/// `None`), by number and code: the facet's rows, kept while queries
/// change their counts; while a place is looked for, those `found` lists.
fn divisions(
    state: AppState,
    parent: Option<u32>,
    found: Memo<Option<FoundDivisions>>,
) -> Vec<(u32, String)> {
    let listed = move |n: u32| found.with(|f| f.as_ref().is_none_or(|f| f.shows(n)));
    state.facet_index.with(|f| {
        let tree = f.regions();
        let level = match parent {
            None => tree.top(),
            Some(n) => tree
                .divisions()
                .get(n as usize)
                .map_or(&[][..], |d| &d.children),
        };
        level
            .iter()
            .filter(|&&n| listed(n))
            .map(|&n| (n, tree.divisions()[n as usize].code.clone()))
            .collect()
    })
}

/// Division `n`'s row: its name and level are the corpus's, read once; its
/// count is read anew for each query.
fn region_item(
    n: u32,
    depth: usize,
    state: AppState,
    expanded: RwSignal<SortedSet<String>>,
    found: Memo<Option<FoundDivisions>>,
) -> AnyView {
    let ui = use_ui();
    let (selection, counts) = (state.selection, state.counts);
    let Some(node) = state
        .facet_index
        .with_untracked(|f| f.regions().divisions().get(n as usize).cloned())
    else {
        return ().into_any();
    };
    let count = move || {
        counts
            .read()
            .divisions
            .get(n as usize)
            .copied()
            .unwrap_or(0)
    };
    let code = node.code.clone();
    let for_check = code.clone();
    let checked = move || selection.read().regions.contains(&for_check);
    let name = node.name.clone();
    let label = move || format!("{name} ({})", count());
    let level = node.level;
    let has_children = !node.children.is_empty();
    let for_open = code.clone();
    let is_open = Signal::derive(move || {
        !tree_is_large(state)
            || expanded.read().contains(&for_open)
            || found.with(|f| f.as_ref().is_some_and(|f| f.opens(n)))
    });
    let toggle_code = code.clone();
    let toggle = has_children.then(|| {
        view! {
            <button type="button" class="re-expand" aria-expanded=move || is_open.get().to_string() aria-label={ let name = node.name.clone(); move || ui.format(Key::ShowDivisions, &[("name", &name)]) }
                on:click=move |_| expanded.update(|e| { if !e.remove(&toggle_code) { e.insert(toggle_code.clone()); } })>
                {move || if is_open.get() { "▾" } else { "▸" }}
            </button>
        }
    });
    let child_list = move || {
        (has_children && is_open.get()).then(|| {
            view! {
                <ul class="re-facet-children">
                    <For each=move || divisions(state, Some(n), found) key=|key| key.clone()
                        children=move |(child, _)| region_item(child, depth + 1, state, expanded, found) />
                </ul>
            }
        })
    };
    view! {
        <li class="re-facet-value" class:re-empty=move || count() == 0 data-code=node.code.clone() data-depth=depth data-level=level.label()>
            {toggle}
            <label>
                <input type="checkbox" data-arrow-item prop:checked=checked on:change=move |_| selection.update(|s| Selection::toggle(&mut s.regions, code.clone())) />
                " "
                {label}
                " "
                <span class="re-facet-level">{move || ui.t(level.name())}</span>
            </label>
            {child_list}
        </li>
    }
    .into_any()
}
