//! The JSON Schema of the data file, generated from the model (feature `schema`).
//!
//! Published as `public/data/schema.json` beside the data and referenced by its `"$schema"`
//! key, so editors offer completion and flag typos while the file is written. A test in xtask
//! (`published_schema_matches_the_data_model`) compares the published file with this output, so
//! it cannot go stale; `cargo xtask schema` rewrites it.

use crate::data::model::DataFile;

/// The label of each field for the people who fill it in (the data editor shows a field's
/// `title` as its label, and its description as help), by JSON key: a key means the same in every
/// record. Written here rather than as a `schemars(title)` on each of the model's 80 fields, since
/// one key has one label everywhere.
const TITLES: &[(&str, &str)] = &[
    ("acronym", "Acronym"),
    ("budget", "Budget"),
    ("city", "City"),
    ("counts", "Counts the records of"),
    ("country", "Country code"),
    ("end", "End date"),
    ("erdf_eur", "EU funding (ERDF), in euros"),
    ("geometry", "Map shape"),
    ("host", "Host partner"),
    ("id", "Identifier"),
    ("indicators_note", "Note under the indicators"),
    ("kind", "Kind of event"),
    ("label", "Label"),
    ("languages", "Languages of the texts"),
    ("location", "Place on the map"),
    ("managing_authority", "Managing authority"),
    ("name", "Name"),
    ("name_local", "Name in its own language"),
    ("note", "Note"),
    ("number", "Project number"),
    ("nuts", "NUTS regions"),
    ("online", "Held online"),
    ("organisation", "Organisation"),
    ("programme", "Programme"),
    ("region", "Region"),
    ("role", "Role"),
    ("short_name", "Short name"),
    ("sources", "Sources"),
    ("start", "Start date"),
    ("status", "How sure this is"),
    ("summary", "Summary"),
    ("target", "Target"),
    ("title", "Title"),
    ("total_eur", "Total budget, in euros"),
    ("tour_seconds", "Seconds per tour step"),
    ("unconfirmed", "Fields no source confirms"),
    ("unit", "Unit"),
    ("url", "Web address"),
    ("value", "Value"),
    ("website", "Website"),
];

/// The schema as pretty-printed JSON with a trailing newline, exactly as published.
pub fn schema_json() -> String {
    let mut schema = schemars::schema_for!(DataFile);
    if let Some(defs) = schema.get_mut("$defs") {
        add_titles(defs);
    }
    let mut out = serde_json::to_string_pretty(&schema).unwrap_or_default();
    out.push('\n');
    out
}

/// Gives every property of every definition (`defs`, the schema's `$defs`) its [`TITLES`] label,
/// where it has none.
fn add_titles(defs: &mut serde_json::Value) {
    let Some(defs) = defs.as_object_mut() else {
        return;
    };
    for def in defs.values_mut() {
        let Some(props) = def.get_mut("properties").and_then(|p| p.as_object_mut()) else {
            continue;
        };
        for (key, prop) in props.iter_mut() {
            let title = TITLES.iter().find(|(k, _)| k == key).map(|(_, t)| *t);
            if let (Some(title), Some(prop)) = (title, prop.as_object_mut()) {
                prop.entry("title").or_insert_with(|| title.into());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::path::JsonPath;

    /// The editor's labels and help are the schema's titles and descriptions: written for the
    /// officers who fill in the forms, never as code.
    #[test]
    fn every_field_has_a_title_and_help_without_code_marks() {
        let schema: serde_json::Value = serde_json::from_str(&schema_json()).unwrap();
        for (name, def) in schema["$defs"].as_object().unwrap() {
            let Some(props) = def["properties"].as_object() else {
                continue;
            };
            for (key, prop) in props {
                assert!(prop["title"].is_string(), "{name}.{key} has no title");
                let help = prop["description"].as_str().unwrap_or_default();
                for code in ["`", "..=", "2^53"] {
                    assert!(!help.contains(code), "{name}.{key}: {code:?} in {help:?}");
                }
            }
        }
    }

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
