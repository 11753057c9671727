//! The JSON Schema of the data file, generated from the model (feature `schema`).
//!
//! Published as `public/data/schema.json` beside the data and referenced by its `"$schema"`
//! key, so editors offer completion and flag typos while the file is written. A test in xtask
//! (`published_schema_matches_the_data_model`) compares the published file with this output, so
//! it cannot go stale; `cargo xtask schema` rewrites it.

use crate::data::model::DataFile;

/// The schema as pretty-printed JSON with a trailing newline, exactly as published.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(DataFile);
    let mut out = serde_json::to_string_pretty(&schema).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_requires_every_list_and_refuses_unknown_keys() {
        let schema: serde_json::Value = serde_json::from_str(&schema_json()).unwrap();
        let required: Vec<&str> = schema["required"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(serde_json::Value::as_str)
            .collect();
        for key in ["project", "partners", "regions", "events", "sources"] {
            assert!(required.contains(&key), "{key} is required");
        }
        assert_eq!(schema["additionalProperties"], false);
        assert_eq!(schema["$defs"]["Partner"]["additionalProperties"], false);
        let roles: Vec<&str> = schema["$defs"]["Role"]["oneOf"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v["const"].as_str())
            .collect();
        assert_eq!(roles, ["lead", "partner"]);
    }
}
