use leptos::prelude::*;

/// Narrows the list to one district; "All districts" clears it.
#[component]
pub fn DistrictFilter(
    districts: Vec<(String, usize)>,
    district: RwSignal<Option<String>>,
) -> impl IntoView {
    view! {
        <div class="re-filter">
            <label class="re-label" for="re-district">"District"</label>
            <select
                id="re-district"
                data-testid="district-filter"
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    district.set((!value.is_empty()).then_some(value));
                }
                prop:value=move || district.get().unwrap_or_default()
            >
                <option value="">"All districts"</option>
                {districts
                    .into_iter()
                    .map(|(name, n)| {
                        let label = format!("{name} ({n})");
                        view! { <option value=name>{label}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
