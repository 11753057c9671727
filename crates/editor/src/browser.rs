//! What the editor asks of the browser: the site's files, local storage for unsaved edits, the
//! download of the saved file, reading a chosen or dropped file, and moving focus.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The data file the address names (`editor.html?data=data/yours.json`, accepted as the widget
/// accepts its `?data=`), if any.
pub fn asked_file() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let (options, _) = map_core::view::options::Options::from_query(&search);
    let file = options.data_file;
    (file != map_core::view::options::DEFAULT_DATA_FILE).then_some(file)
}

/// The site's data file, opened at start when no unsaved edits wait in local storage: the one
/// the address names, else the widget's default.
pub fn site_file() -> String {
    asked_file().unwrap_or_else(|| map_core::view::options::DEFAULT_DATA_FILE.to_owned())
}
/// The data file's JSON Schema, which the forms are read from (beside the data file, as its
/// `$schema` says).
pub const SCHEMA_FILE: &str = "data/schema.json";

/// Local storage keys: the draft's text, the text it was opened from, and the file's name.
const DRAFT: &str = "interreg-map-editor:draft";
const BASE: &str = "interreg-map-editor:base";
const NAME: &str = "interreg-map-editor:file";

/// Unsaved edits kept from an earlier visit.
pub struct Draft {
    /// The file's name.
    pub file: String,
    /// The edited text.
    pub text: String,
    /// The text as it was opened.
    pub base: String,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft in local storage, if any.
pub fn load_draft() -> Option<Draft> {
    let s = storage()?;
    Some(Draft {
        text: s.get_item(DRAFT).ok()??,
        base: s.get_item(BASE).ok()??,
        file: s.get_item(NAME).ok()?.unwrap_or_else(site_file),
    })
}

/// Keeps the edits in local storage (a full or blocked storage is logged, not fatal: the edits
/// are still on the page).
pub fn save_draft(file: &str, text: &str, base: &str) {
    let Some(s) = storage() else { return };
    for (key, value) in [(DRAFT, text), (BASE, base), (NAME, file)] {
        if s.set_item(key, value).is_err() {
            web_sys::console::error_1(&"editor: local storage refused the unsaved edits".into());
            return;
        }
    }
}

/// Forgets the draft (after a save, or when the edits are discarded).
pub fn clear_draft() {
    if let Some(s) = storage() {
        for key in [DRAFT, BASE, NAME] {
            let _ = s.remove_item(key);
        }
    }
}

/// The text of a site file (same origin; from the page itself in the offline package).
pub async fn fetch(file: &str) -> Result<String, String> {
    interreg_map::fetch::fetch_text(file)
        .await
        .map_err(|e| e.to_string())
}

/// The text of a file the visitor chose or dropped.
pub async fn read(file: web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file.text())
        .await
        .map_err(|e| format!("{e:?}"))?;
    text.as_string().ok_or_else(|| String::from("not text"))
}

/// Offers `text` as a download named `name` (a JSON file).
pub fn download(name: &str, text: &str) -> Result<(), String> {
    let fail = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = leptos::prelude::document();
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Moves focus to the element with id `id` once the next drawing is done (it may not exist yet:
/// a summary link first switches to the record that holds the field).
pub fn focus_soon(id: String) {
    leptos::prelude::request_animation_frame(move || {
        let element = leptos::prelude::document().get_element_by_id(&id);
        if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
}

/// The file name of a path, for the download (`data/secon.json` gives `secon.json`).
pub fn base_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}
