//! Edits of a data file: record operations on the top-level lists, the references to a record,
//! and what an edit means for the shipped geometry. Every function leaves the document unchanged
//! when its target does not exist, and never panics.

use crate::edit::doc::{Json, Step};
use crate::edit::form::{Field, FieldKind, Form, Kind};

/// The record `index` of the list `list` (`["regions", 3]` as steps).
pub fn record_path(kind: &Kind, index: usize) -> Vec<Step> {
    match kind.list {
        true => vec![Step::key(&kind.key), Step::Index(index)],
        false => vec![Step::key(&kind.key)],
    }
}

/// The records of list `list`, or none.
pub fn records<'a>(doc: &'a Json, list: &str) -> &'a [Json] {
    doc.get(list)
        .and_then(Json::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The id of a record, or `""`.
pub fn record_id(record: &Json) -> &str {
    record.get("id").and_then(Json::as_str).unwrap_or_default()
}

/// `base` if no record of `list` has it as id, else `base-2`, `base-3`, …
pub fn unique_id(doc: &Json, list: &str, base: &str) -> String {
    let taken = |id: &str| records(doc, list).iter().any(|r| record_id(r) == id);
    let base = if base.is_empty() { "new" } else { base };
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

/// An id made of `name`: lower-case letters and digits joined by `-` (accents dropped from the
/// Latin letters that have them); empty when the name has none (a Greek name: the officer writes
/// the id).
pub fn slug(name: &str) -> String {
    let mut id = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = fold_accent(c);
        match c.is_ascii_alphanumeric() {
            true => id.push(c),
            false if !id.is_empty() && !id.ends_with('-') => id.push('-'),
            false => {}
        }
    }
    while id.ends_with('-') {
        id.pop();
    }
    id
}

/// The Latin letter under an accented one (`é` gives `e`), else the character itself.
fn fold_accent(c: char) -> char {
    const FROM: &str = "àáâãäåāăąçćčďèéêëēęěìíîïīłñńňòóôõöøōőŕřśšşțťùúûüūůűýÿžźżđ";
    const TO: &str = "aaaaaaaaaccccdeeeeeeeiiiiilnnnoooooooorrssssttuuuuuuuyyzzzd";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// The id a record of `list` gets from its name: the [`slug`] of its name (or the list's item
/// word, `event` for `events`, while it has none), made unique among the list's other records.
pub fn id_from_name(doc: &Json, list: &str, index: usize, record: &Json, lang: &str) -> String {
    let mut base = slug(&record_text(record, lang));
    if base.is_empty() {
        base = slug(list.strip_suffix('s').unwrap_or(list));
    }
    let taken = |id: &str| {
        records(doc, list)
            .iter()
            .enumerate()
            .any(|(i, r)| i != index && record_id(r) == id)
    };
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

/// After an edit of record `index` of `list`, whose value before was `before`: if its id was the
/// one its name gave (the officer has not written one of their own), the id follows the new name.
/// Returns the new id when it changed.
pub fn follow_name(
    doc: &mut Json,
    list: &str,
    index: usize,
    before: &Json,
    lang: &str,
) -> Option<String> {
    let record = records(doc, list).get(index)?.clone();
    let was = id_from_name(doc, list, index, before, lang);
    if record_id(&record) != was || record_id(before) != was {
        return None;
    }
    let now = id_from_name(doc, list, index, &record, lang);
    if now == was {
        return None;
    }
    let path = [Step::key(list), Step::Index(index), Step::key("id")];
    doc.set(&path, Json::String(now.clone()), &[]);
    Some(now)
}

/// Appends a new record to `list` with an id from its (still empty) name (see
/// [`id_from_name`]: it follows the name as it is typed) and, for
/// each required field that has an obvious empty value, that value, so the form shows every
/// field the record needs; the validator then names what is still missing. Returns its index.
pub fn add_record(doc: &mut Json, kind: &Kind) -> Option<usize> {
    let placeholder = Json::Object(Vec::new());
    let id = id_from_name(doc, &kind.key, usize::MAX, &placeholder, "en");
    let mut members = vec![("id".to_owned(), Json::String(id))];
    for field in kind.fields.iter().filter(|f| f.required && f.key != "id") {
        let empty = match &field.kind {
            FieldKind::Text | FieldKind::String | FieldKind::Date | FieldKind::Url => Json::str(""),
            FieldKind::StringList | FieldKind::RefList(_) => Json::Array(Vec::new()),
            _ => continue,
        };
        members.push((field.key.clone(), empty));
    }
    let list = list_mut(doc, &kind.key)?;
    list.push(Json::Object(members));
    Some(list.len() - 1)
}

/// Inserts a copy of record `index` right after it, with a fresh id (`<id>-2`, …). Returns the
/// copy's index.
pub fn duplicate_record(doc: &mut Json, list: &str, index: usize) -> Option<usize> {
    let mut copy = records(doc, list).get(index)?.clone();
    let id = unique_id(doc, list, record_id(&copy));
    copy.set(&[Step::key("id")], Json::String(id), &[]);
    let items = list_mut(doc, list)?;
    items.insert(index + 1, copy);
    Some(index + 1)
}

/// Moves record `from` of `list` to position `to` (clamped to the list). Returns its new index.
pub fn move_record(doc: &mut Json, list: &str, from: usize, to: usize) -> Option<usize> {
    let items = list_mut(doc, list)?;
    if from >= items.len() {
        return None;
    }
    let record = items.remove(from);
    let to = to.min(items.len());
    items.insert(to, record);
    Some(to)
}

/// Removes record `index` of `list` and returns it (references to it are left as they are: see
/// [`references`] and [`clear_references`]).
pub fn delete_record(doc: &mut Json, list: &str, index: usize) -> Option<Json> {
    let items = list_mut(doc, list)?;
    (index < items.len()).then(|| items.remove(index))
}

fn list_mut<'a>(doc: &'a mut Json, list: &str) -> Option<&'a mut Vec<Json>> {
    if doc.get(list).is_none() {
        doc.set(&[Step::key(list)], Json::Array(Vec::new()), &[]);
    }
    doc.at_mut(&[Step::key(list)])?.as_array_mut()
}

/// One place that names a record by its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The kind of the referring record (`partners`, or `project` for the project).
    pub kind: String,
    /// Its index in its list (0 for the project).
    pub index: usize,
    /// Its id (`project` for the project).
    pub record: String,
    /// The referring field, as keys from the record (`["region"]`, `["budget", "sources"]`).
    pub field: Vec<String>,
}

impl Reference {
    /// The referring field's path from the file's root.
    pub fn path(&self, form: &Form) -> Vec<Step> {
        let mut path = form
            .kind(&self.kind)
            .map(|k| record_path(k, self.index))
            .unwrap_or_default();
        path.extend(self.field.iter().map(|k| Step::key(k)));
        path
    }
}

/// Every field of every record that names the record `id` of list `list`, in file order.
pub fn references(doc: &Json, form: &Form, list: &str, id: &str) -> Vec<Reference> {
    let mut found = Vec::new();
    for kind in &form.kinds {
        let records: Vec<&Json> = match kind.list {
            true => records(doc, &kind.key).iter().collect(),
            false => doc.get(&kind.key).into_iter().collect(),
        };
        for (index, record) in records.into_iter().enumerate() {
            let name = match kind.list {
                true => record_id(record).to_owned(),
                false => kind.key.clone(),
            };
            let mut hits = Vec::new();
            refs_in(record, &kind.fields, list, id, &mut Vec::new(), &mut hits);
            found.extend(hits.into_iter().map(|field| Reference {
                kind: kind.key.clone(),
                index,
                record: name.clone(),
                field,
            }));
        }
    }
    found
}

fn refs_in(
    record: &Json,
    fields: &[Field],
    list: &str,
    id: &str,
    prefix: &mut Vec<String>,
    hits: &mut Vec<Vec<String>>,
) {
    for field in fields {
        let Some(value) = record.get(&field.key) else {
            continue;
        };
        let hit = match &field.kind {
            FieldKind::Ref(to) => to == list && value.as_str() == Some(id),
            FieldKind::RefList(to) => {
                to == list
                    && value
                        .as_array()
                        .is_some_and(|ids| ids.iter().any(|v| v.as_str() == Some(id)))
            }
            FieldKind::Group(inner) => {
                prefix.push(field.key.clone());
                refs_in(value, inner, list, id, prefix, hits);
                prefix.pop();
                false
            }
            _ => false,
        };
        if hit {
            let mut path = prefix.clone();
            path.push(field.key.clone());
            hits.push(path);
        }
    }
}

/// Removes the references `refs` to `id`: a single reference loses its field (the validator then
/// names a required one as missing), a list of references loses that id. References found by
/// [`references`] on the same document.
pub fn clear_references(doc: &mut Json, form: &Form, refs: &[Reference], id: &str) {
    for reference in refs {
        let path = reference.path(form);
        let Some(value) = doc.at_mut(&path) else {
            continue;
        };
        match value {
            Json::Array(ids) => ids.retain(|v| v.as_str() != Some(id)),
            _ => {
                doc.remove(&path);
            }
        }
    }
}

/// Points the references `refs` (found by [`references`] for `old`) at `new` instead.
pub fn rename_references(doc: &mut Json, form: &Form, refs: &[Reference], old: &str, new: &str) {
    for reference in refs {
        let path = reference.path(form);
        let Some(value) = doc.at_mut(&path) else {
            continue;
        };
        match value {
            Json::Array(ids) => ids
                .iter_mut()
                .filter(|v| v.as_str() == Some(old))
                .for_each(|v| *v = Json::str(new)),
            Json::String(id) if id == old => *id = new.to_owned(),
            _ => {}
        }
    }
}

/// The ids of the regions of `current` whose NUTS codes are not those the geometry was built
/// from (`built`, the file as opened): new regions and regions whose `nuts` changed. Their shapes
/// are not in the site's geometry until a developer runs `cargo xtask geo` and rebuilds.
pub fn regions_needing_geometry(built: &Json, current: &Json) -> Vec<String> {
    let nuts = |record: &Json| record.get("nuts").cloned();
    records(current, "regions")
        .iter()
        .filter(|region| {
            let id = record_id(region);
            let before = records(built, "regions")
                .iter()
                .find(|r| record_id(r) == id);
            before.is_none_or(|b| nuts(b) != nuts(region))
        })
        .map(|r| record_id(r).to_owned())
        .collect()
}

/// A short name of a record for lists and messages: its id, then the first of its `name`,
/// `short_name`, `title` or `label` in `lang` (or English, or any language).
pub fn record_label(record: &Json, lang: &str) -> String {
    let id = record_id(record);
    let text = record_text(record, lang);
    match (id.is_empty(), text.is_empty()) {
        (_, true) => id.to_owned(),
        (true, false) => text,
        (false, false) => format!("{text} ({id})"),
    }
}

/// The record's name as people know it (`Lapland`), else its id: what messages call it.
pub fn record_name(record: &Json, lang: &str) -> String {
    match record_text(record, lang) {
        text if text.is_empty() => record_id(record).to_owned(),
        text => text,
    }
}

/// A record's line in the list of its kind: its [`record_label`], and its figure where it has one
/// (an indicator's `value`), so the list reads as the widget's counters do.
pub fn record_list_label(record: &Json, lang: &str) -> String {
    let label = record_label(record, lang);
    match record.get("value") {
        Some(Json::Number(n)) => format!("{label}: {n}"),
        _ => label,
    }
}

/// The first of a record's `short_name`, `name`, `title` or `label` with text, in `lang` (or
/// English, or any language); empty when it has none.
fn record_text(record: &Json, lang: &str) -> String {
    ["short_name", "name", "title", "label"]
        .iter()
        .find_map(|key| match record.get(key)? {
            Json::String(s) if !s.trim().is_empty() => Some(s.clone()),
            Json::Object(t) => t
                .iter()
                .find(|(l, _)| l == lang)
                .or_else(|| t.iter().find(|(l, _)| l == "en"))
                .or_else(|| t.first())
                .and_then(|(_, v)| v.as_str().map(str::to_owned)),
            _ => None,
        })
        .unwrap_or_default()
}

/// The longitude and latitude (degrees, to 4 decimals: about 10 m, finer than a click on the map)
/// under the point `view` of the map whose view box `frame` sets: the inverse of how the widget
/// places a seat (`Frame::project`). `None` where the projection has no inverse.
pub fn seat_at(frame: &crate::geo::fit::Frame, view: [f64; 2]) -> Option<[f64; 2]> {
    let [easting, northing] = frame.to_projected(view);
    let [lon, lat] = crate::geo::project::unproject(easting, northing)?;
    let round = |v: f64| (v * 10_000.0).round() / 10_000.0;
    Some([round(lon), round(lat)])
}
