//! `<App/>`: the widget in the browser. It reads the page's options, loads the files
//! (`use_page_files`), provides the shared state, keeps the URL in step with the selection, and
//! takes over the prerendered first view once its own drawing is there. The layout is `<Widget/>`.

use leptos::prelude::*;
use map_core::data::ids::{PartnerId, RegionId};
use map_core::view::options::Options;

use crate::components::widget::Widget;
use crate::hooks::use_page_files::use_page_files;
use crate::i18n::I18n;
use crate::state::Selection;
use crate::url_sync::sync_selection_with_url;

/// The whole widget.
#[component]
pub fn App() -> impl IntoView {
    let selection = Selection::new();
    provide_context(selection);
    let query = window().location().search().unwrap_or_default();
    let (options, option_errors) = Options::from_query(&query);
    let option_errors = option_errors.iter().map(ToString::to_string).collect();
    crate::embed::post_height_to_parent();

    let theme = crate::hooks::use_theme::use_theme(options.theme);
    let theme = Signal::derive(move || Some(theme.get().as_str()));

    let files = use_page_files(&options, option_errors);
    let messages = use_context::<I18n>().map(|i| i.messages);
    Effect::new(move |_| {
        if let Some(m) = messages {
            crate::i18n::set_page_language(&m.with(|m| m.lang().to_owned()));
        }
    });
    let data = files.data;
    let region_ids: Memo<Vec<RegionId>> = Memo::new(move |_| {
        data.with(|d| {
            d.as_ref()
                .map(|d| d.data.regions.iter().map(|r| r.id.clone()).collect())
                .unwrap_or_default()
        })
    });
    let partner_ids: Memo<Vec<PartnerId>> = Memo::new(move |_| {
        data.with(|d| {
            d.as_ref()
                .map(|d| {
                    map_core::view::details::partners_without_region(&d.data)
                        .map(|p| p.id.clone())
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    // One panel at a time: selecting a region (map, list, timeline, tour) closes a partner's.
    Effect::new(move |_| {
        if selection.selected.with(Option::is_some) && selection.partner.get_untracked().is_some() {
            selection.partner.set(None);
        }
    });
    sync_selection_with_url(selection, region_ids, partner_ids);
    crate::state::return_to_place(selection);
    crate::takeover::when_started(files.started);

    view! { <Widget files=files options=options theme=theme /> }
}
