//! What the editor asks of the browser: the site's files, local storage for unsaved edits, the
//! download of the saved file, reading a chosen or dropped file, and moving focus.

use map_core::edit::draft::Draft;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
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

/// Local storage keys: the draft (one JSON text: file, base, its hash and the edits, written whole
/// or not at all) and the file last saved (its name, when, and its text).
const DRAFT: &str = "interreg-map-editor:draft";
const LAST: &str = "interreg-map-editor:last-saved";
/// Keys of the editor's first drafts (three separate texts), removed when a draft is cleared.
const OLD_KEYS: [&str; 2] = ["interreg-map-editor:base", "interreg-map-editor:file"];

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft in local storage, if any (also one the editor's first version kept as three texts:
/// the edits, the text they were made from, the file's name).
pub fn load_draft() -> Option<Draft> {
    let s = storage()?;
    let stored = s.get_item(DRAFT).ok()??;
    Draft::parse(&stored).or_else(|| {
        let [base, file] = OLD_KEYS.map(|k| s.get_item(k).ok().flatten());
        Some(Draft::new(&file.unwrap_or_else(site_file), &base?, &stored))
    })
}

/// Keeps the edits in local storage. Fails (with the browser's reason) when the storage refuses
/// them, full or blocked: the page must then say so, since the edits live only on the page.
pub fn save_draft(draft: &Draft) -> Result<(), String> {
    let s = storage().ok_or_else(|| String::from("no local storage"))?;
    s.set_item(DRAFT, &draft.to_text())
        .map_err(|e| error_name(&e))
}

/// Forgets the draft (after a save, or when the edits are discarded).
pub fn clear_draft() {
    if let Some(s) = storage() {
        for key in std::iter::once(DRAFT).chain(OLD_KEYS) {
            let _ = s.remove_item(key);
        }
    }
}

/// The file last saved from this browser: its name, when (as the browser's clock wrote it, ISO
/// 8601) and its text.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LastSaved {
    /// The file's name (`data/secon.json`).
    pub file: String,
    /// When it was saved, ISO 8601.
    pub when: String,
    /// What was saved.
    pub text: String,
}

/// Remembers the file just saved, so the next visit offers it rather than the site's older file.
/// Best effort: a storage that refuses it loses only that offer.
pub fn save_last(file: &str, text: &str) {
    let last = LastSaved {
        file: file.to_owned(),
        when: js_sys::Date::new_0().to_iso_string().into(),
        text: text.to_owned(),
    };
    if let (Some(s), Ok(json)) = (storage(), serde_json::to_string(&last)) {
        let _ = s.set_item(LAST, &json);
    }
}

/// The file last saved from this browser, if any.
pub fn load_last() -> Option<LastSaved> {
    serde_json::from_str(&storage()?.get_item(LAST).ok()??).ok()
}

/// `when` (ISO 8601) as the editor's language writes a day and time.
pub fn local_time(when: &str) -> String {
    let date = js_sys::Date::new(&when.into());
    let options = js_sys::Object::new();
    for (k, v) in [("dateStyle", "long"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    date.to_locale_string(crate::text::lang(), &options).into()
}

/// The name of a DOM exception (`QuotaExceededError`), else its text.
fn error_name(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_else(|| format!("{e:?}"))
}

/// Calls `on_change` whenever another tab of this site changes the draft (the `storage` event
/// fires only in the other tabs).
pub fn on_draft_change(on_change: impl Fn() + 'static) {
    let listener =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
            if ev.key().as_deref() == Some(DRAFT) {
                on_change();
            }
        });
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    }
    // The page's whole life: the editor is the page.
    listener.forget();
}

/// Asks for the right to edit in this tab: a Web Lock the browser holds for the tab until it
/// closes, so two tabs never both write the draft. With `steal`, takes it from the tab that holds
/// it (that tab's `on_lost` runs). Returns whether this tab holds it; true where the browser has
/// no Web Locks (nothing to coordinate with).
pub async fn take_editing(steal: bool, on_lost: impl Fn() + 'static) -> bool {
    let Some(locks) = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"locks".into()).ok())
        .filter(|l| !l.is_undefined())
    else {
        return true;
    };
    let mut resolve_got = None;
    let got = js_sys::Promise::new(&mut |resolve, _| resolve_got = Some(resolve));
    let Some(resolve_got) = resolve_got else {
        return true;
    };
    let granted = Closure::once_into_js(move |lock: wasm_bindgen::JsValue| -> js_sys::Promise {
        let held = !lock.is_null() && !lock.is_undefined();
        let _ = resolve_got.call1(&wasm_bindgen::JsValue::NULL, &held.into());
        match held {
            // Held until the tab closes, or until another tab steals it.
            true => js_sys::Promise::new(&mut |_, _| {}),
            false => js_sys::Promise::resolve(&wasm_bindgen::JsValue::FALSE),
        }
    });
    let options = js_sys::Object::new();
    let flag = if steal { "steal" } else { "ifAvailable" };
    let _ = js_sys::Reflect::set(&options, &flag.into(), &true.into());
    let request = js_sys::Reflect::get(&locks, &"request".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(request) = request else { return true };
    let Ok(pending) = request.call3(&locks, &LOCK.into(), &options, &granted) else {
        return true;
    };
    if let Ok(pending) = pending.dyn_into::<js_sys::Promise>() {
        // Rejected (AbortError) when another tab steals the lock.
        let lost = Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_| on_lost());
        let _ = pending.catch(&lost);
        // Called at most once, whenever the lock is stolen: it lives as long as the page.
        lost.forget();
    }
    JsFuture::from(got)
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(true)
}

/// The Web Lock's name: one for the editor, since the browser keeps one draft for it.
const LOCK: &str = "interreg-map-editor:editing";

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

/// Calls `target.method(args…)` and awaits the promise it returns.
async fn call_async(
    target: &wasm_bindgen::JsValue,
    method: &str,
    args: &js_sys::Array,
) -> Result<wasm_bindgen::JsValue, String> {
    let function = js_sys::Reflect::get(target, &method.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| format!("no {method}"))?;
    let promise = function
        .apply(target, args)
        .map_err(|e| error_name(&e))?
        .dyn_into::<js_sys::Promise>()
        .map_err(|_| format!("{method} gave no promise"))?;
    JsFuture::from(promise).await.map_err(|e| error_name(&e))
}

/// True where the browser can write into a file the person chooses (the File System Access API:
/// Chromium and Edge); elsewhere Save downloads.
pub fn can_write_files() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"showSaveFilePicker".into()).ok())
        .is_some_and(|f| f.is_function())
}

/// Asks where to save, suggesting `name`; the chosen file's handle. Fails with `AbortError` when
/// the person cancels.
pub async fn choose_file(name: &str) -> Result<wasm_bindgen::JsValue, String> {
    let window = web_sys::window().ok_or("no window")?;
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"suggestedName".into(), &name.into());
    let accept = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &accept,
        &"application/json".into(),
        &js_sys::Array::of1(&".json".into()),
    );
    let kind = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&kind, &"description".into(), &"JSON".into());
    let _ = js_sys::Reflect::set(&kind, &"accept".into(), &accept);
    let _ = js_sys::Reflect::set(&options, &"types".into(), &js_sys::Array::of1(&kind));
    call_async(&window, "showSaveFilePicker", &js_sys::Array::of1(&options)).await
}

/// Writes `text` into the file of `handle` (replacing what it held); its name.
pub async fn write_file(handle: &wasm_bindgen::JsValue, text: &str) -> Result<String, String> {
    let writable = call_async(handle, "createWritable", &js_sys::Array::new()).await?;
    call_async(&writable, "write", &js_sys::Array::of1(&text.into())).await?;
    call_async(&writable, "close", &js_sys::Array::new()).await?;
    Ok(js_sys::Reflect::get(handle, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default())
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
