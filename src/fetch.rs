//! Fetching the data file and the geometry at run time (gloo-net), so new data needs no rebuild.
//!
//! Every failure becomes a message that names the file (`map_core::loading::LoadError`), and parsing
//! goes through `map_core`, the same code the validator runs.

use std::sync::Arc;

use gloo_net::http::Request;
use map_core::loading::LoadError;
use map_core::model::DataFile;
use map_core::shape::{ShapeFile, parse_shapes};

/// GET `file` (a path relative to the page) and return its body as text.
pub async fn fetch_text(file: &str) -> Result<String, LoadError> {
    let response = Request::get(file)
        .send()
        .await
        .map_err(|e| LoadError::Network {
            file: file.to_string(),
            message: e.to_string(),
        })?;
    if !response.ok() {
        return Err(LoadError::Status {
            file: file.to_string(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    response.text().await.map_err(|e| LoadError::Body {
        file: file.to_string(),
        message: e.to_string(),
    })
}

/// A loaded data file: every valid record, and one message per problem (as the validator prints them).
pub struct DataLoad {
    /// The records that passed validation.
    pub data: DataFile,
    /// Problems found, each naming the file, the record and the field.
    pub errors: Vec<String>,
}

/// The data file, loaded and validated: what is valid is kept, every problem is listed and logged.
pub async fn load_data(file: String) -> Arc<DataLoad> {
    let loaded = match fetch_text(&file).await {
        Ok(text) => {
            let loaded = map_core::load(&file, &text);
            DataLoad {
                data: loaded.data,
                errors: loaded.errors.iter().map(ToString::to_string).collect(),
            }
        }
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

/// A geometry file, or the message saying which file failed and why.
pub async fn load_shapes(file: &'static str) -> Arc<Result<ShapeFile, String>> {
    let result = match fetch_text(file).await {
        Ok(text) => parse_shapes(file, &text).map_err(|e| e.to_string()),
        Err(error) => Err(error.to_string()),
    };
    if let Err(message) = &result {
        web_sys::console::error_1(&message.into());
    }
    Arc::new(result)
}
