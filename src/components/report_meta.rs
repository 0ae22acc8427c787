use leptos::prelude::*;
use report_core::i18n::Key;
use report_core::{DatePrecision, Report};

use crate::i18n::use_ui;

/// Date, district, source and authors of a report, as a definition list.
#[component]
pub fn ReportMeta(report: Report) -> impl IntoView {
    let ui = use_ui();
    let date = report.date.clone();
    let region = report.region.clone();
    view! {
        <dl class="re-meta" data-testid="reader-meta">
            <dt>{ui.tr(Key::MetaDate)}</dt>
            <dd data-testid="meta-date">
                {match date {
                    Some(d) => {
                        let precision = match d.precision {
                            DatePrecision::Day => Key::PrecisionDay,
                            DatePrecision::Month => Key::PrecisionMonth,
                            DatePrecision::Year => Key::PrecisionYear,
                        };
                        let inferred = d.inferred.then(|| {
                            let evidence = d.evidence.join(" · ");
                            let why = move || ui.format(Key::DateInferredFrom, &[("evidence", &evidence)]);
                            view! {
                                <span class="re-badge" title=why.clone()>{ui.tr(Key::DateInferredBadge)}</span>
                                " "
                                <span class="re-evidence">{why}</span>
                            }
                        });
                        view! {
                            <time datetime=d.value.clone()>{d.value.clone()}</time>
                            <span class="re-precision">{move || format!(" ({})", ui.t(precision))}</span>
                            {inferred}
                        }
                            .into_any()
                    }
                    None => ui.tr(Key::DateNotFound).into_any(),
                }}
            </dd>
            <dt>{ui.tr(Key::MetaRegion)}</dt>
            <dd data-testid="meta-region">
                {match region {
                    Some(r) => {
                        let names: Vec<&str> = r.path().iter().map(|s| s.name).collect();
                        let place = format!("{} ({})", names.join(" "), r.code());
                        let level = r.level.name();
                        view! {
                            <span lang="zh-CN">{place}</span>
                            <span class="re-precision" data-testid="meta-region-level">{move || format!(" · {}", ui.t(level))}</span>
                        }
                            .into_any()
                    }
                    None => ui.tr(Key::RegionNotRecognised).into_any(),
                }}
            </dd>
            <dt>{ui.tr(Key::MetaSource)}</dt>
            <dd data-testid="meta-source">
                {match report.source.clone() {
                    Some(source) => view! { <span lang="zh-CN">{source}</span> }.into_any(),
                    None => ui.tr(Key::NotNamed).into_any(),
                }}
            </dd>
            <dt>{ui.tr(Key::MetaAuthors)}</dt>
            <dd data-testid="meta-authors">
                {if report.authors.is_empty() { ui.tr(Key::NotNamed).into_any() } else { report.authors.join("、").into_any() }}
            </dd>
        </dl>
    }
}
