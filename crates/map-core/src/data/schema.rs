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
    use crate::data::path::JsonPath;

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

    /// The fields the reader asks for in the record at `path` (`project`, `partners[0]`): it
    /// lists them all when it meets a key it does not know.
    fn read_fields(document: &str, path: &JsonPath) -> Vec<String> {
        let loaded = crate::data::load("f.json", document);
        let unknown = path.clone().key("not_a_field").to_string();
        let allowed = loaded.errors.iter().find_map(|e| match e {
            crate::data::error::DataError::UnknownField { at, allowed, .. }
                if at.path == unknown =>
            {
                Some(allowed.clone())
            }
            _ => None,
        });
        let mut fields = allowed.unwrap_or_else(|| panic!("no unknown field at {unknown}"));
        fields.sort();
        fields
    }

    /// The properties of `definition` in the schema (`""` for the file itself).
    fn schema_fields(schema: &serde_json::Value, definition: &str) -> Vec<String> {
        let object = if definition.is_empty() {
            schema
        } else {
            &schema["$defs"][definition]
        };
        let mut fields: Vec<String> = object["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("no properties for {definition:?}"))
            .keys()
            .cloned()
            .collect();
        fields.sort();
        fields
    }

    /// A field added to the model (so to the schema) but not to the reader, or the other way
    /// round, fails here, naming the record. See "Adding a field" in [`crate::data`].
    #[test]
    fn the_reader_accepts_exactly_the_fields_of_the_schema() {
        let schema: serde_json::Value = serde_json::from_str(&schema_json()).unwrap();
        let odd = r#"{"not_a_field": 0}"#;
        let project = |inner: &str| format!(r#"{{"project": {inner}}}"#);
        let budget = project(&format!(r#"{{"budget": {odd}}}"#));
        let mut cases = vec![
            (String::new(), odd.to_owned(), JsonPath::root()),
            (
                "Project".into(),
                project(odd),
                JsonPath::root().key("project"),
            ),
            (
                "Budget".into(),
                budget,
                JsonPath::root().key("project").key("budget"),
            ),
        ];
        let lists = [
            ("Indicator", "indicators"),
            ("Partner", "partners"),
            ("Region", "regions"),
            ("PolicyInstrument", "policy_instruments"),
            ("GoodPractice", "good_practices"),
            ("Event", "events"),
            ("Source", "sources"),
        ];
        for (definition, list) in lists {
            let document = format!(r#"{{"{list}": [{odd}]}}"#);
            cases.push((definition.into(), document, JsonPath::record(list, 0)));
        }
        for (definition, document, path) in cases {
            assert_eq!(
                read_fields(&document, &path),
                schema_fields(&schema, &definition),
                "the reader and the schema disagree on the fields of {definition:?} (at {path})"
            );
        }
    }
}
