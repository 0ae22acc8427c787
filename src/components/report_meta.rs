use leptos::prelude::*;
use report_core::{DatePrecision, Report};

/// Date, district, source and authors of a report, as a definition list.
#[component]
pub fn ReportMeta(report: Report) -> impl IntoView {
    let date = report.date.clone();
    let region = report.region.clone();
    view! {
        <dl class="re-meta" data-testid="reader-meta">
            <dt>"Date"</dt>
            <dd data-testid="meta-date">
                {match date {
                    Some(d) => {
                        let precision = match d.precision {
                            DatePrecision::Day => "day",
                            DatePrecision::Month => "month",
                            DatePrecision::Year => "year only",
                        };
                        let inferred = d.inferred.then(|| {
                            let why = format!("Inferred from: {}", d.evidence.join(" · "));
                            view! {
                                <span class="re-badge" title=why.clone()>"inferred"</span>
                                <span class="re-evidence">{why}</span>
                            }
                        });
                        view! {
                            <time datetime=d.value.clone()>{d.value.clone()}</time>
                            <span class="re-precision">{format!(" ({precision})")}</span>
                            {inferred}
                        }
                            .into_any()
                    }
                    None => "not found".into_any(),
                }}
            </dd>
            <dt>"Region"</dt>
            <dd data-testid="meta-region">
                {match region {
                    Some(r) => {
                        let county = r.county.map(|c| format!(" {} ({})", c.name, c.code)).unwrap_or_default();
                        format!("{} {}{}", r.province.name, r.city.name, county)
                    }
                    None => "not recognised".to_string(),
                }}
            </dd>
            <dt>"Source"</dt>
            <dd data-testid="meta-source">{report.source.clone().unwrap_or_else(|| "not named".into())}</dd>
            <dt>"Authors"</dt>
            <dd data-testid="meta-authors">
                {if report.authors.is_empty() { "not named".to_string() } else { report.authors.join("、") }}
            </dd>
        </dl>
    }
}
