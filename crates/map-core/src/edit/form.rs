//! The editor's forms, read from the data file's JSON Schema (`public/data/schema.json`, which
//! `cargo xtask schema` writes from the model): one [`Kind`] per top-level member of the file (the
//! project, then each list of records), one [`Field`] per member of its records, with the
//! schema's description as help text. A field added to the model appears in the editor once the
//! schema is regenerated; no editor code names a field.
//!
//! What each field is ([`FieldKind`]) follows from its schema: a `$ref` to `Text` is translatable
//! text, to `Date` a day, to `SafeUrl` a link, to an enumeration a choice; a `$ref` to the type of
//! another list's `id` is a reference into that list (chosen from its records, never typed); an
//! array of such refs is a list of references; an array of two numbers is a longitude and latitude.

use serde_json::Value;

/// Every record kind of a data file, in the file's order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Form {
    /// The project (a single record), then the lists.
    pub kinds: Vec<Kind>,
}

/// One kind of record: the single project record, or a top-level list's records.
#[derive(Debug, Clone, PartialEq)]
pub struct Kind {
    /// The member of the file: `project`, `indicators`, `regions`, …
    pub key: String,
    /// True for a list of records; false for a single record (the project).
    pub list: bool,
    /// The schema's description of the member.
    pub help: String,
    /// The record's fields, in the order the form shows them (see [`Form::order_like`]).
    pub fields: Vec<Field>,
}

/// One field of a record.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The JSON key.
    pub key: String,
    /// The schema's title: the field's label (its key in words where the schema has none).
    pub title: Option<String>,
    /// The schema's description: the help text under the field.
    pub help: String,
    /// True when the record must have it.
    pub required: bool,
    /// What the field holds, hence which control edits it.
    pub kind: FieldKind,
}

/// What a field holds.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldKind {
    /// The record's id (unique in its list; what references point at).
    Id,
    /// Translatable text: one string, or one per declared language.
    Text,
    /// A single-language string.
    String,
    /// A day, `YYYY-MM-DD`.
    Date,
    /// A link (`https:`, `http:` or `mailto:`).
    Url,
    /// A whole number, with its bounds when the schema gives them.
    Integer {
        /// Smallest allowed.
        min: Option<u64>,
        /// Largest allowed.
        max: Option<u64>,
    },
    /// True or false.
    Bool,
    /// One of a fixed set of values.
    Choice(Vec<Choice>),
    /// The id of a record of the named list.
    Ref(String),
    /// Ids of records of the named list.
    RefList(String),
    /// A list of short strings (NUTS codes, field names, language codes).
    StringList,
    /// `[longitude, latitude]` in degrees.
    Coordinates,
    /// A nested object with its own fields (a project's budget).
    Group(Vec<Field>),
}

/// One allowed value of a [`FieldKind::Choice`].
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// The value written in the file.
    pub value: String,
    /// The schema's description of the value.
    pub help: String,
}

/// Fields every record kind may have that say how sure the record is and where it comes from;
/// the form shows them after the record's own facts.
const META: &[&str] = &["status", "unconfirmed", "note", "sources"];

impl Form {
    /// The forms of the data file whose JSON Schema is `schema` (the text of `schema.json`).
    /// Fails, with a message, only when the text is not a JSON object.
    pub fn from_schema(schema: &str) -> Result<Form, String> {
        let root: Value = serde_json::from_str(schema)
            .map_err(|e| format!("schema.json: not valid JSON: {e}"))?;
        let defs = root.get("$defs").cloned().unwrap_or(Value::Null);
        let reader = Reader { defs: &defs };
        let props = root
            .get("properties")
            .and_then(Value::as_object)
            .ok_or("schema.json: no `properties`")?;
        // Which list each id type belongs to: the `$ref` of the `id` of the list's records.
        let mut id_types = Vec::new();
        for (key, prop) in props {
            if let Some(def) = prop.get("items").and_then(ref_name)
                && let Some(id) = defs.pointer(&format!("/{def}/properties/id"))
                && let Some(id_type) = ref_name(id)
            {
                id_types.push((id_type.to_owned(), key.clone()));
            }
        }
        let mut kinds = Vec::new();
        for key in required_order(&root) {
            let Some(prop) = props.get(&key) else {
                continue;
            };
            let (list, def) = match prop.get("items").and_then(ref_name) {
                Some(def) => (true, def),
                None => match ref_name(prop) {
                    Some(def) => (false, def),
                    None => continue,
                },
            };
            let Some(def) = defs.get(def) else { continue };
            kinds.push(Kind {
                key: key.clone(),
                list,
                help: description(prop),
                fields: reader.fields(def, &id_types),
            });
        }
        Ok(Form { kinds })
    }

    /// The kind stored under `key`.
    pub fn kind(&self, key: &str) -> Option<&Kind> {
        self.kinds.iter().find(|k| k.key == key)
    }

    /// Orders each kind's fields as the records of `doc` write them (first appearance across its
    /// records), so the form reads like the file and a field added by the form lands where the
    /// file's other records have it. Fields no record has keep their place after those (the
    /// schema's required ones first, the status and sources last).
    pub fn order_like(&mut self, doc: &crate::edit::doc::Json) {
        for kind in &mut self.kinds {
            let records: Vec<&crate::edit::doc::Json> = match (kind.list, doc.get(&kind.key)) {
                (true, Some(list)) => list
                    .as_array()
                    .map(|a| a.iter().collect())
                    .unwrap_or_default(),
                (false, Some(record)) => vec![record],
                _ => Vec::new(),
            };
            let mut seen: Vec<&str> = Vec::new();
            for record in records {
                let Some(members) = record.as_object() else {
                    continue;
                };
                let mut after: Option<usize> = None;
                for (key, _) in members {
                    match seen.iter().position(|s| s == key) {
                        Some(at) => after = Some(at),
                        None => {
                            let at = after.map_or(seen.len(), |a| a + 1).min(seen.len());
                            seen.insert(at, key);
                            after = Some(at);
                        }
                    }
                }
            }
            let schema_order = kind.fields.clone();
            let mut fields: Vec<Field> = seen
                .iter()
                .filter_map(|key| schema_order.iter().find(|f| f.key == *key).cloned())
                .collect();
            // A field no record has goes right after the field before it in the schema's order.
            for (i, field) in schema_order.iter().enumerate() {
                if fields.iter().any(|f| f.key == field.key) {
                    continue;
                }
                let after = schema_order
                    .iter()
                    .take(i)
                    .rev()
                    .find_map(|before| fields.iter().position(|f| f.key == before.key));
                fields.insert(after.map_or(0, |a| a + 1), field.clone());
            }
            kind.fields = fields;
        }
    }
}

/// A JSON key in words, for a label: `short_name` gives `Short name`.
pub fn words(key: &str) -> String {
    let spaced = key.trim_start_matches('$').replace('_', " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl Field {
    /// The field's label: the schema's title, else its key in words.
    pub fn label(&self) -> String {
        self.title.clone().unwrap_or_else(|| words(&self.key))
    }

    /// True for a text written in a box of several lines: remarks and summaries (`note`,
    /// `summary`, `…_note`) run to paragraphs; names, titles, labels and units take one line.
    /// (The schema says what a field holds, not how long it runs.)
    pub fn long_text(&self) -> bool {
        self.kind == FieldKind::Text
            && (self.key == "note" || self.key == "summary" || self.key.ends_with("_note"))
    }
}

impl Kind {
    /// The keys of the fields in form order (where [`crate::edit::doc::Json::set`] puts a new one).
    pub fn order(&self) -> Vec<String> {
        self.fields.iter().map(|f| f.key.clone()).collect()
    }

    /// The field under `key`.
    pub fn field(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }
}

/// The root's `required` members, in the schema's order, then any other member.
fn required_order(root: &Value) -> Vec<String> {
    let mut keys: Vec<String> = root
        .get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    if let Some(props) = root.get("properties").and_then(Value::as_object) {
        for key in props.keys() {
            if !keys.contains(key) && !key.starts_with('$') {
                keys.push(key.clone());
            }
        }
    }
    keys
}

/// The definition name of a `{"$ref": "#/$defs/Name"}`, also inside `anyOf` with `null`.
fn ref_name(value: &Value) -> Option<&str> {
    if let Some(r) = value.get("$ref").and_then(Value::as_str) {
        return r.strip_prefix("#/$defs/");
    }
    value
        .get("anyOf")?
        .as_array()?
        .iter()
        .find_map(|v| v.get("$ref")?.as_str()?.strip_prefix("#/$defs/"))
}

fn description(value: &Value) -> String {
    value
        .get("description")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// True when the schema's `type` is (or includes) `name`.
fn has_type(value: &Value, name: &str) -> bool {
    match value.get("type") {
        Some(Value::String(t)) => t == name,
        Some(Value::Array(ts)) => ts.iter().any(|t| t == name),
        _ => false,
    }
}

struct Reader<'a> {
    defs: &'a Value,
}

impl Reader<'_> {
    /// The fields of an object definition: required ones in the schema's order, then the others
    /// by name with the status and source fields last.
    fn fields(&self, def: &Value, id_types: &[(String, String)]) -> Vec<Field> {
        let required: Vec<&str> = def
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let Some(props) = def.get("properties").and_then(Value::as_object) else {
            return Vec::new();
        };
        let mut fields: Vec<Field> = props
            .iter()
            .filter(|(key, _)| !key.starts_with('$'))
            .map(|(key, prop)| Field {
                key: key.clone(),
                title: prop.get("title").and_then(Value::as_str).map(str::to_owned),
                help: description(prop),
                required: required.contains(&key.as_str()),
                kind: self.kind_of(key, prop, id_types),
            })
            .collect();
        let rank = |f: &Field| match required.iter().position(|r| *r == f.key) {
            Some(at) => (0, at),
            None => match META.iter().position(|m| *m == f.key) {
                Some(at) => (2, at),
                None => (1, 0),
            },
        };
        fields.sort_by_key(rank);
        fields
    }

    fn kind_of(&self, key: &str, prop: &Value, id_types: &[(String, String)]) -> FieldKind {
        let list_of = |def: &str| {
            id_types
                .iter()
                .find(|(t, _)| t == def)
                .map(|(_, list)| list.clone())
        };
        if let Some(def) = ref_name(prop) {
            if key == "id" {
                return FieldKind::Id;
            }
            if let Some(list) = list_of(def) {
                return FieldKind::Ref(list);
            }
            let body = self.defs.get(def).unwrap_or(&Value::Null);
            return match def {
                "Text" => FieldKind::Text,
                "Date" => FieldKind::Date,
                "SafeUrl" => FieldKind::Url,
                _ => self.kind_of_body(body, id_types),
            };
        }
        if has_type(prop, "array") {
            let items = prop.get("items").unwrap_or(&Value::Null);
            if let Some(def) = ref_name(items)
                && let Some(list) = list_of(def)
            {
                return FieldKind::RefList(list);
            }
            if has_type(items, "number") && prop.get("maxItems") == Some(&Value::from(2)) {
                return FieldKind::Coordinates;
            }
            return FieldKind::StringList;
        }
        self.kind_of_body(prop, id_types)
    }

    /// The kind of an inline or referenced definition that is not text, a date, a link or an id.
    fn kind_of_body(&self, body: &Value, id_types: &[(String, String)]) -> FieldKind {
        let options = body
            .get("oneOf")
            .and_then(Value::as_array)
            .map(|o| {
                o.iter()
                    .filter_map(|c| {
                        Some(Choice {
                            value: c.get("const")?.as_str()?.to_owned(),
                            help: description(c),
                        })
                    })
                    .collect::<Vec<_>>()
            })
            .or_else(|| {
                body.get("enum").and_then(Value::as_array).map(|e| {
                    e.iter()
                        .filter_map(Value::as_str)
                        .map(|v| Choice {
                            value: v.to_owned(),
                            help: String::new(),
                        })
                        .collect()
                })
            });
        if let Some(options) = options.filter(|o| !o.is_empty()) {
            return FieldKind::Choice(options);
        }
        if has_type(body, "boolean") {
            return FieldKind::Bool;
        }
        if has_type(body, "integer") {
            let bound = |name| body.get(name).and_then(Value::as_u64);
            return FieldKind::Integer {
                min: bound("minimum"),
                max: bound("maximum"),
            };
        }
        if has_type(body, "object") && body.get("properties").is_some() {
            return FieldKind::Group(self.fields(body, id_types));
        }
        FieldKind::String
    }
}
