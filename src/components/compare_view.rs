use leptos::prelude::*;
use report_core::i18n::{Key, Lang, LaterKey};
use report_core::{
    compare_with_terms, comparison_csv, display_value, district_counts, district_units,
    key_terms_of_units, year_units, Comparison, KeyTerm, Unit, KEY_TERMS_PER_UNIT, MAX_UNITS,
};

use super::bar_chart::BarChart;
use super::boilerplate_toggle::{BoilerplateMark, BoilerplateToggle};
use super::export_button::ExportButton;
use crate::download::{export_name, Download};
use crate::i18n::use_ui;
use crate::state::{use_app_state, OpenReport};

fn percent(v: f64) -> String {
    format!("{:.0}%", v * 100.0)
}

fn per_10k(v: f64) -> String {
    if v == 0.0 {
        "0".into()
    } else {
        format!("{v:.1}")
    }
}

/// Two to four districts side by side.
#[component]
pub fn CompareView() -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let (compare_list, reports, index, grams, query) = (
        state.compare,
        state.reports,
        state.index,
        state.grams,
        state.query,
    );
    let districts = reports.with(|r| district_counts(r));
    // The units' distinctive terms, apart from the query: typing a search
    // redraws the rates, not the ranking of every candidate term.
    let ranked = move |units: Vec<Unit>| -> (Vec<Unit>, Vec<Vec<KeyTerm>>) {
        let terms = reports.with(|r| {
            index.with(|i| grams.with(|g| key_terms_of_units(r, i, g, &units, KEY_TERMS_PER_UNIT)))
        });
        (units, terms)
    };
    let side_by_side = Memo::new(move |_| {
        let chosen = compare_list.get();
        (chosen.len() >= 2).then(|| ranked(reports.with(|r| district_units(r, &chosen))))
    });
    let by_year = Memo::new(move |_| {
        compare_list
            .get()
            .iter()
            .filter_map(|d| {
                let units = reports.with(|r| year_units(r, d));
                (units.len() >= 2).then(|| (d.clone(), ranked(units)))
            })
            .collect::<Vec<_>>()
    });
    let with_query = move |(units, terms): (Vec<Unit>, Vec<Vec<KeyTerm>>)| {
        reports.with(|r| index.with(|i| compare_with_terms(r, i, units, &query.read(), terms)))
    };
    let comparison = Memo::new(move |_| side_by_side.get().map(with_query));
    let over_time = Memo::new(move |_| {
        by_year
            .get()
            .into_iter()
            .map(|(d, ranked)| (d, with_query(ranked)))
            .collect::<Vec<_>>()
    });
    let export = move || {
        let cmp = comparison.get()?;
        let csv = reports.with(|r| comparison_csv(r, &cmp, &query.read(), ui.lang()));
        let name = export_name(ui.t(LaterKey::ExportNameComparison), &query.read(), "csv");
        Some(Download::csv(name, csv))
    };
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let picker = districts
        .into_iter()
        .map(|(name, n)| {
            let for_check = name.clone();
            let for_disable = name.clone();
            let checked = move || compare_list.read().contains(&for_check);
            let disabled = move || {
                compare_list.read().len() >= MAX_UNITS
                    && !compare_list.read().contains(&for_disable)
            };
            let label = format!("{name} ({n})");
            view! {
                <label class="re-check" data-testid="compare-pick">
                    <input type="checkbox" data-arrow-item prop:checked=checked disabled=disabled
                        on:change=move |_| state.toggle_district(&name) />
                    {label}
                </label>
            }
        })
        .collect_view();
    view! {
        <section class="re-compare" aria-label=ui.landmark(LaterKey::ComparisonLabel) data-testid="compare" data-skip-target tabindex="-1">
            // The view's own heading: its parts are h3, and on a phone the
            // filters' h2 before it is folded away.
            <h2 class="re-visually-hidden">{ui.tr(LaterKey::ComparisonLabel)}</h2>
            <div class="re-toolbar re-no-print" data-arrows="horizontal">
                <span class="re-label">{move || ui.format(LaterKey::CompareDistricts, &[("max", &MAX_UNITS)])}</span>
                {picker}
                <ExportButton class="re-export" testid="compare-export" file=export disabled=Signal::derive(move || comparison.read().is_none())>{ui.tr(Key::ExportCsv)}</ExportButton>
                <button type="button" class="re-export" data-testid="compare-print" on:click=print disabled=move || comparison.read().is_none()>{ui.tr(Key::Print)}</button>
            </div>
            // The comparison is drawn in one language: a switch redraws it.
            {move || match (ui.lang(), comparison.get()).1 {
                None => view! { <p class="re-placeholder" data-testid="compare-empty">{ui.tr(LaterKey::CompareEmpty)}</p> }.into_any(),
                Some(cmp) => view! { <div data-testid="comparison-main"><ComparisonBody cmp /></div> }.into_any(),
            }}
            {move || {
                ui.lang();
                over_time
                    .get()
                    .into_iter()
                    .map(|(district, cmp)| view! {
                        <section class="re-over-time" data-testid="over-time">
                            <h2>{ui.format(LaterKey::OverTime, &[("district", &district)])}</h2>
                            <ComparisonBody cmp />
                        </section>
                    })
                    .collect_view()
            }}
        </section>
    }
}

#[component]
fn ComparisonBody(cmp: Comparison) -> impl IntoView {
    let ui = use_ui();
    let state = use_app_state();
    let (reports, query) = (state.reports, state.query);
    let lang = ui.lang();
    let labels: Vec<String> = cmp.units.iter().map(|u| u.label.clone()).collect();
    let overview = cmp
        .units
        .iter()
        .zip(&cmp.periods)
        .enumerate()
        .map(|(u, (unit, period))| {
            let period = period.as_ref().map(|(a, b)| if a == b { a.clone() } else { format!("{a} – {b}") }).unwrap_or_else(|| lang.text(Key::Undated).into());
            let titles = reports.with(|r| unit.reports.iter().map(|&i| r[i].title.clone()).collect::<Vec<_>>().join(" · "));
            view! {
                <tr data-testid="compare-unit">
                    <th scope="row"><span class=format!("re-swatch re-unit-fill-{u}")></span>{unit.label.clone()}</th>
                    <td data-testid="compare-unit-reports">{unit.reports.len()}</td>
                    <td>{period}</td>
                    <td class="re-titles">{titles}</td>
                </tr>
            }
        })
        .collect_view();

    let theme_rows: Vec<String> = report_core::THEMES
        .iter()
        .map(|t| match lang {
            Lang::Zh => t.name_zh.to_string(),
            Lang::En => t.name_en.to_string(),
        })
        .collect();
    let theme_values: Vec<Vec<f64>> = (0..theme_rows.len())
        .map(|t| cmp.themes.iter().map(|unit| unit[t].1).collect())
        .collect();

    let terms: Vec<String> = query
        .read_untracked()
        .terms
        .iter()
        .map(|t| t.text.clone())
        .collect();
    let rate_values: Vec<Vec<f64>> = (0..terms.len())
        .map(|t| {
            cmp.term_rates
                .iter()
                .map(|unit| unit.get(t).copied().unwrap_or(0.0))
                .collect()
        })
        .collect();
    let rates = if terms.is_empty() {
        view! { <p class="re-note" data-testid="rates-empty">{lang.text(LaterKey::RatesEmpty)}</p> }
            .into_any()
    } else {
        view! { <BarChart title=lang.text(LaterKey::RatesTitle).to_string() testid="chart-rates" rows=terms.clone() series=labels.clone() values=rate_values format=per_10k /> }.into_any()
    };

    let hide = state.hide_boilerplate;
    let key_terms = cmp
        .key_terms
        .iter()
        .zip(&labels)
        .map(|(terms, label)| {
            let items = terms
                .iter()
                .map(|k| {
                    let title = lang.format(LaterKey::KeyTermTitle, &[("here", &k.here), ("elsewhere", &k.elsewhere), ("keyness", &format!("{:.1}", k.keyness))]);
                    let stock = k.boilerplate;
                    view! {
                        <li title=title data-boilerplate=stock.to_string() hidden=move || stock && hide.get()>
                            {k.term.clone()}<span class="re-count">{format!(" {}", k.here)}</span>
                            {stock.then(|| view! { " " <BoilerplateMark /> })}
                        </li>
                    }
                })
                .collect_view();
            view! { <div class="re-key-terms" data-testid="key-terms"><h4>{label.clone()}</h4><ol>{items}</ol></div> }
        })
        .collect_view();

    let slogan_row = |phrase: String, used: String, shared: bool| {
        view! { <tr data-testid=if shared { "shared-slogan" } else { "unique-slogan" }><th scope="row">{format!("“{phrase}”")}</th><td>{used}</td></tr> }
    };
    let (shared, unique): (Vec<_>, Vec<_>) = cmp.slogans.iter().partition(|s| s.units.len() > 1);
    let describe = |s: &report_core::Slogan| {
        s.units
            .iter()
            .map(|(u, n)| format!("{} ×{n}", labels[*u]))
            .collect::<Vec<_>>()
            .join("、")
    };
    // A table per kind, and only where it has rows: a header over nothing
    // reads as a fault.
    let slogan_table = |title: LaterKey, slogans: Vec<&report_core::Slogan>, shared: bool| {
        (!slogans.is_empty()).then(|| {
            let rows = slogans
                .iter()
                .take(30)
                .map(|s| slogan_row(s.phrase.clone(), describe(s), shared))
                .collect_view();
            view! {
                <table class="re-slogans">
                    <thead><tr><th scope="col">{lang.text(title)}</th><th scope="col">{lang.text(LaterKey::SlogansUsedBy)}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    };
    let no_slogans = (shared.is_empty() && unique.is_empty()).then(
        || view! { <p class="re-note" data-testid="no-slogans">{lang.text(LaterKey::SlogansNone)}</p> },
    );
    let shared_table = slogan_table(LaterKey::SlogansShared, shared, true);
    let unique_table = slogan_table(LaterKey::SlogansUnique, unique, false);

    let figure_header = labels.iter().enumerate().map(|(u, l)| view! { <th scope="col"><span class=format!("re-swatch re-unit-fill-{u}")></span>{l.clone()}</th> }).collect_view();
    let figure_rows = cmp
        .figures
        .iter()
        .map(|row| {
            let cells = row
                .cells
                .iter()
                .map(|cell| {
                    let items = cell
                        .iter()
                        .map(|c| {
                            let f = reports.with(|r| r[c.report].figures[c.figure].clone());
                            let target = OpenReport { index: c.report, mark: 0, figure: Some(c.figure) };
                            let detail = format!("{} · {}", f.period.clone().unwrap_or_else(|| lang.text(LaterKey::PeriodUnknown).into()), lang.text(f.status.name()));
                            view! {
                                <li>
                                    <button type="button" class="re-link-button" data-testid="aligned-figure" title=f.indicator.clone()
                                        on:click=move |_| state.read_in_reports(target)>
                                        {display_value(&f)}
                                    </button>
                                    <span class="re-figure-detail">{detail}</span>
                                </li>
                            }
                        })
                        .collect_view();
                    view! { <td><ul class="re-cell-figures">{items}</ul></td> }
                })
                .collect_view();
            let caveat = (!row.caveats.is_empty()).then(|| {
                let caveats = row.caveats.iter().map(|c| c.describe(lang)).collect::<Vec<_>>().join("; ");
                view! { <div class="re-caveat" data-testid="caveat">{lang.format(LaterKey::NotLikeForLike, &[("caveats", &caveats)])}</div> }
            });
            view! { <tr data-testid="aligned-row"><th scope="row">{row.label(lang)}{caveat}</th>{cells}</tr> }
        })
        .collect_view();
    let themes_title = lang.text(LaterKey::ThemesTitle).to_string();

    view! {
        <div class="re-comparison">
            <table class="re-compare-overview">
                <thead><tr><th scope="col">{lang.text(Key::ColDistrict)}</th><th scope="col">{lang.text(Key::ColReports)}</th><th scope="col">{lang.text(LaterKey::ColPeriod)}</th><th scope="col">{lang.text(LaterKey::ColTitles)}</th></tr></thead>
                <tbody>{overview}</tbody>
            </table>
            <div class="re-compare-charts">
                <BarChart title=themes_title testid="chart-themes" rows=theme_rows series=labels.clone() values=theme_values format=percent />
                {rates}
            </div>
            <h3>{lang.text(LaterKey::DistinctiveTerms)}</h3>
            <p class="re-note">{lang.text(LaterKey::DistinctiveTermsHelp)}</p>
            <BoilerplateToggle />
            <div class="re-key-term-grid">{key_terms}</div>
            <h3>{lang.text(LaterKey::Slogans)}</h3>
            {shared_table}
            {unique_table}
            {no_slogans}
            <h3>{lang.text(LaterKey::FiguresLinedUp)}</h3>
            <table class="re-aligned" data-testid="aligned-figures">
                <thead><tr><th scope="col">{lang.text(LaterKey::ColIndicator)}</th>{figure_header}</tr></thead>
                <tbody>{figure_rows}</tbody>
            </table>
        </div>
    }
}
