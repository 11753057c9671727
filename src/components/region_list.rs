//! `<RegionList/>`: the text alternative to the map: every region with its partners, policy
//! instrument and good practices, behind a "List" toggle. Each entry leads back to the map.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;
use map_core::view::details;

use crate::fetch::DataLoad;
use crate::i18n::{I18n, t, t_with};
use crate::state::Selection;
use map_core::i18n::Arg;

/// The list of regions → partners → policy instrument → good practices.
#[component]
pub fn RegionList(
    /// The loaded data.
    data: Arc<DataLoad>,
    /// Country names by GISCO code, from the geometry.
    countries: Arc<BTreeMap<String, String>>,
    /// False when the page shows no map (`?show=list`): then the list is open from the start and
    /// offers no "show on the map" buttons.
    #[prop(default = true)]
    with_map: bool,
) -> impl IntoView {
    let selection = Selection::expect();
    let open = RwSignal::new(!with_map);
    let show = move |id: map_core::data::ids::RegionId| {
        selection.selected.set(Some(id));
        // Bring the map and its panel into view for a sighted keyboard user.
        crate::state::reveal_map(selection);
    };
    let show_partner = move |id: map_core::data::ids::PartnerId| {
        selection.select_partner(id);
        crate::state::reveal_map(selection);
    };
    // Built when the list is first opened, not with the page: it is hidden (and so out of the
    // accessibility tree) until then, and its 130-odd elements were a third of the page that had to
    // be built before the map was ready (measured by `cargo xtask bench`).
    let built = RwSignal::new(!with_map);
    let m = I18n::current();
    let all = Arc::clone(&data);
    let entry = move |region: &map_core::data::model::Region| {
        let d = details::region_details(&data.data, region, &m);
        let country = countries
            .get(&d.country)
            .cloned()
            .unwrap_or_else(|| d.country.clone());
        let id = region.id.clone();
        let name = d.name.clone();
        let no_practices = d.practices.is_empty();
        let partners = d
            .partners
            .into_iter()
            .map(|p| view! { <li>{p.name} " (" {p.role} ")"</li> })
            .collect_view();
        let instruments = d
            .instruments
            .into_iter()
            .map(|i| view! { <li>{i.name} " (" {i.status} ")"</li> })
            .collect_view();
        let practices = d
                .practices
                .into_iter()
                .map(|g| {
                    let id = id.clone();
                    let region_name = name.clone();
                    let button = with_map.then(|| view! {
                        " "
                        <button type="button" class="imap__link-button" on:click=move |_| show(id.clone())>
                            {t_with("show-on-map", &[("region", Arg::Text(&region_name))])}
                        </button>
                    });
                    view! { <li>{g.title} {button}</li> }
                })
                .collect_view();
        let id_for_button = id.clone();
        view! {
            <li class="imap__list-region">
                <h3>
                    {if with_map {
                        view! {
                            <button type="button" class="imap__link-button" on:click=move |_| show(id_for_button.clone())>
                                {name.clone()}
                            </button>
                        }.into_any()
                    } else {
                        name.clone().into_any()
                    }}
                    " "
                    <span class="imap__muted">{country}</span>
                </h3>
                <p class="imap__list-label">{t("partners")}</p>
                <ul>{partners}</ul>
                <p class="imap__list-label">{t("policy-instrument")}</p>
                <ul>{instruments}</ul>
                <p class="imap__list-label">{t("good-practices")}</p>
                {if no_practices {
                    view! { <p class="imap__muted">{details::count_phrase(&m, "count-good-practices", 0)}</p> }.into_any()
                } else {
                    view! { <ul>{practices}</ul> }.into_any()
                }}
            </li>
        }
    };
    let all_partners = Arc::clone(&all);
    let entries = move || {
        built
            .get()
            .then(|| all.data.regions.iter().map(&entry).collect_view())
    };
    // Partners without a region are no region's entry: they are listed after the regions, so the
    // list names every partner of the data file.
    let alone = move || {
        let m = I18n::current();
        let partners: Vec<_> = details::partners_without_region(&all_partners.data)
            .map(|p| {
                let d = details::partner_details(&all_partners.data, p, &m);
                let id = p.id.clone();
                let button = with_map.then(|| {
                    let name = d.line.name.clone();
                    view! {
                        " "
                        <button type="button" class="imap__link-button" on:click=move |_| show_partner(id.clone())>
                            {t_with("show-on-map", &[("region", Arg::Text(&name))])}
                        </button>
                    }
                });
                view! {
                    <li>
                        {d.line.name} " (" {d.line.role} ", " {d.city} ")"
                        {button}
                        {d.note.map(|note| view! { <p class="imap__muted">{note}</p> })}
                    </li>
                }
            })
            .collect();
        (built.get() && !partners.is_empty()).then(|| {
            view! {
                <h3 class="imap__list-label">{t("partners-without-region")}</h3>
                <ul>{partners}</ul>
            }
        })
    };
    view! {
        <div class="imap__list">
            <button
                type="button"
                class="imap__list-toggle"
                hidden=!with_map
                aria-expanded=move || open.get().to_string()
                aria-controls="imap-list"
                on:click=move |_| {
                    built.set(true);
                    open.update(|o| *o = !*o);
                }
            >
                {t("list")}
            </button>
            <section id="imap-list" aria-labelledby="imap-list-title" hidden=move || !open.get()>
                <h2 id="imap-list-title" class="imap__list-title">{t("list-title")}</h2>
                <ol class="imap__list-regions">{entries}</ol>
                {alone}
            </section>
        </div>
    }
}
