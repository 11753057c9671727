//! Fetching the data file and the geometry at run time, so new data needs no rebuild.
//!
//! Every failure becomes a message that names the file (`map_core::view::fetch_error::LoadError`), and parsing
//! goes through `map_core`, the same code the validator runs. The browser's `fetch` is called
//! directly (web-sys): a GET and the body as text is all the widget needs, for which an HTTP client
//! crate (gloo-net) added 1.5 KB of brotli to the wasm and its JS glue.

use std::sync::Arc;

use map_core::data::Diagnosis;
use map_core::data::model::DataFile;
use map_core::geo::shape::{ShapeFile, parse_shapes};
use map_core::view::fetch_error::LoadError;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// GET `file` (a path relative to the page) and return its body as text.
pub async fn fetch_text(file: &str) -> Result<String, LoadError> {
    // A page that carries its files inside it (the prerendered page carries its geometry, the
    // offline package everything) is served from there.
    if let Some(text) = embedded_text(file) {
        return Ok(text);
    }
    let network = |e: JsValue| LoadError::Network {
        file: file.to_string(),
        message: describe(e),
    };
    let window = web_sys::window().ok_or_else(|| network(JsValue::from_str("no window")))?;
    // The offline package runs from file://, where nothing can be fetched: a file it does not
    // carry is not a network problem.
    if window.location().protocol().is_ok_and(|p| p == "file:") {
        return Err(LoadError::NotPacked {
            file: file.to_string(),
        });
    }
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(file))
        .await
        .map_err(network)?
        .unchecked_into();
    if !response.ok() {
        return Err(LoadError::Status {
            file: file.to_string(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let body = |e: JsValue| LoadError::Body {
        file: file.to_string(),
        message: describe(e),
    };
    let text = JsFuture::from(response.text().map_err(body)?)
        .await
        .map_err(body)?;
    text.as_string()
        .ok_or_else(|| body(JsValue::from_str("not text")))
}

/// The text of `<script data-file="{file}">` in the page (JSON, or a catalogue's plain text), if
/// there is one.
///
/// The single-file offline package (`cargo xtask package`) embeds the data file and the
/// geometry this way, because a page opened from `file://` may not fetch anything. The hosted site
/// has no such blocks, so this costs it one failed DOM lookup per file. `file` is one of the
/// widget's own paths (the geometry constants, or a data path `Options` accepted: letters, digits,
/// `-_./` only), so it cannot break out of the selector's quotes.
fn embedded_text(file: &str) -> Option<String> {
    let selector = format!("script[data-file=\"{file}\"]");
    web_sys::window()?
        .document()?
        .query_selector(&selector)
        .ok()??
        .text_content()
}

/// What the browser said, as `TypeError: Failed to fetch` (an Error's own `toString`).
fn describe(error: JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.to_string()),
        None => error.as_string().unwrap_or_else(|| format!("{error:?}")),
    }
}

/// A loaded data file: every valid record, and one message per problem (as the validator prints them).
pub struct DataLoad {
    /// The records that passed validation.
    pub data: DataFile,
    /// Problems found, each naming the file, the record and the field.
    pub errors: Vec<String>,
}

/// The data file, loaded and validated: what is valid is kept, every problem is listed and logged.
///
/// A valid file is read by the fast path in this wasm (`map_core::data::read_valid`); only a file
/// it refuses is handed to the diagnostic module ([`diagnose`]) for the messages and the valid part.
pub async fn load_data(file: String) -> Arc<DataLoad> {
    let loaded = match fetch_text(&file).await {
        Ok(text) => match map_core::data::read_valid(&text) {
            Some(data) => DataLoad {
                data,
                errors: Vec::new(),
            },
            None => diagnose(&file, &text).await,
        },
        Err(error) => DataLoad {
            data: DataFile::default(),
            errors: vec![error.to_string()],
        },
    };
    for error in &loaded.errors {
        web_sys::console::error_1(&error.into());
    }
    Arc::new(loaded)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `interregMapDiagnose(file, text)`: imports the diagnostic module (`crates/diagnose`) and
    /// resolves to its answer, the JSON of `map_core::data::Diagnosis`. Defined by
    /// public/boot.js (the module's versioned name is on `<html data-imap-diagnose>`), and by
    /// the offline package's page, which carries the module inside it.
    #[wasm_bindgen(catch, js_name = interregMapDiagnose)]
    fn diagnose_in_module(file: &str, text: &str) -> Result<js_sys::Promise, JsValue>;
}

/// What the diagnostic module finds in a file the fast path refused: `load`'s messages, exactly
/// as `cargo xtask validate` prints them, and the records still valid.
async fn diagnose(file: &str, text: &str) -> DataLoad {
    let answer = match diagnose_in_module(file, text) {
        Ok(promise) => JsFuture::from(promise).await,
        Err(error) => Err(error),
    };
    let diagnosis = answer.map_err(describe).and_then(|json| {
        json.as_string()
            .and_then(|json| Diagnosis::from_json(&json))
            .ok_or_else(|| "its answer was not understood".to_owned())
    });
    match diagnosis {
        Ok(Diagnosis { errors, data }) => DataLoad { data, errors },
        Err(message) => DataLoad {
            data: DataFile::default(),
            errors: vec![
                LoadError::Diagnosis {
                    file: file.to_owned(),
                    message,
                }
                .to_string(),
            ],
        },
    }
}

/// The shapes whose path data the page's block left out because the prerendered map already
/// draws them (`src/prerender/page.rs`: the countries' paths, carried once instead of twice,
/// which a gzip host's 32 KB window could not see as repeats): each takes the `d` of the first
/// view's `path[data-id]`. Outside the first view (a fetched file) every shape has its own.
fn paths_from_the_page(mut shapes: ShapeFile) -> ShapeFile {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return shapes;
    };
    for shape in shapes.features.iter_mut().filter(|s| s.d.is_empty()) {
        // Ids of the geometry files: NUTS and country codes, letters and digits only.
        let selector = format!("main[data-prerendered] path[data-id=\"{}\"]", shape.id);
        if let Some(d) = document
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|path| path.get_attribute("d"))
        {
            shape.d = d;
        }
    }
    shapes
}

/// A geometry file as loaded: its shapes, or the message saying which file failed and why.
pub type Shapes = Arc<Result<ShapeFile, String>>;

/// A geometry file, or the message saying which file failed and why.
pub async fn load_shapes(file: &'static str) -> Shapes {
    let result = match fetch_text(file).await {
        Ok(text) => parse_shapes(file, &text)
            .map(paths_from_the_page)
            .map_err(|e| e.to_string()),
        Err(error) => Err(error.to_string()),
    };
    if let Err(message) = &result {
        web_sys::console::error_1(&message.into());
    }
    Arc::new(result)
}
