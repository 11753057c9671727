//! Properties of the loader: it never panics, whatever the text, and what it keeps is consistent.
//!
//! Inputs: arbitrary text; arbitrary JSON built from the data file's own vocabulary (so the
//! reader goes deep, not just "expected an object"); and the SECON file mutated at a random
//! path (value replaced, key removed, key added) or at random bytes.

// Helpers outside `#[test]` functions unwrap too: a failure there is a failed test, and
// clippy.toml's allow-unwrap-in-tests covers only the test functions themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use map_core::data::error::DataError;
use map_core::data::load;
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Words of the data file's vocabulary: keys, ids, enum values, codes, links, dates.
const WORDS: &[&str] = &[
    "project",
    "indicators",
    "partners",
    "regions",
    "policy_instruments",
    "good_practices",
    "events",
    "sources",
    "$schema",
    "id",
    "name",
    "name_local",
    "short_name",
    "role",
    "city",
    "location",
    "website",
    "region",
    "host",
    "country",
    "nuts",
    "geometry",
    "label",
    "value",
    "target",
    "unit",
    "status",
    "unconfirmed",
    "note",
    "title",
    "kind",
    "start",
    "end",
    "url",
    "online",
    "summary",
    "organisation",
    "acronym",
    "programme",
    "budget",
    "total_eur",
    "en",
    "lead",
    "partner",
    "confirmed",
    "not_found",
    "kick_off",
    "mazovia",
    "peloponnese",
    "s1",
    "EL",
    "PL",
    "GR",
    "PL91",
    "EL65",
    "https://example.org",
    "javascript:alert(1)",
    "mailto:a@b.eu",
    "2023-05-24",
    "2023-02-29",
    "<script>x</script>",
    "",
];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(WORDS).prop_map(str::to_owned),
        1 => "\\PC{0,10}",
    ]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON has no NaN or infinity", |f| f.is_finite())
            .prop_map(Value::from),
        word().prop_map(Value::from),
    ]
}

fn json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(5, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::vec((word(), inner), 0..8)
                .prop_map(|members| Value::Object(members.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// An object whose keys are mostly the top-level keys, each holding a list of objects.
fn document() -> impl Strategy<Value = Value> {
    let list = prop::collection::vec(json(), 0..4).prop_map(Value::from);
    prop::collection::vec((word(), prop_oneof![3 => list, 1 => json()]), 0..10)
        .prop_map(|members| Value::Object(members.into_iter().collect::<Map<_, _>>()))
}

fn secon() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/secon.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[derive(Debug, Clone)]
enum Mutation {
    Replace(Value),
    Remove,
    Insert(String, Value),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        json().prop_map(Mutation::Replace),
        Just(Mutation::Remove),
        (word(), json()).prop_map(|(k, v)| Mutation::Insert(k, v)),
    ]
}

/// Walks down `steps` (each taken modulo the number of children) and applies `m` there.
fn apply(v: &mut Value, steps: &[usize], m: Mutation) {
    let (step, rest) = match steps.split_first() {
        Some((s, rest)) if !rest.is_empty() || !matches!(m, Mutation::Insert(..)) => (*s, rest),
        _ => {
            match (v, m) {
                (Value::Object(o), Mutation::Insert(k, x)) => {
                    o.insert(k, x);
                }
                (Value::Array(a), Mutation::Insert(_, x)) => a.push(x),
                (slot, Mutation::Replace(x)) => *slot = x,
                _ => {}
            }
            return;
        }
    };
    match v {
        Value::Object(o) if !o.is_empty() => {
            let key = o.keys().nth(step % o.len()).cloned().unwrap_or_default();
            if rest.is_empty() && matches!(m, Mutation::Remove) {
                o.remove(&key);
            } else if let Some(child) = o.get_mut(&key) {
                apply(child, rest, m);
            }
        }
        Value::Array(a) if !a.is_empty() => {
            let i = step % a.len();
            if rest.is_empty() && matches!(m, Mutation::Remove) {
                a.remove(i);
            } else if let Some(child) = a.get_mut(i) {
                apply(child, rest, m);
            }
        }
        slot => {
            if let Mutation::Replace(x) = m {
                *slot = x;
            }
        }
    }
}

/// What `load` keeps is consistent: written back and loaded again, the only errors are those
/// left to the editor (lead partner count; an empty project when it was missing).
fn assert_consistent(loaded: &map_core::data::Loaded) -> Result<(), TestCaseError> {
    let text = serde_json::to_string(&loaded.data).unwrap();
    for e in load("again.json", &text).errors {
        let allowed = matches!(
            e,
            DataError::NoLeadPartner { .. } | DataError::SecondLeadPartner { .. }
        ) || e.location().path.starts_with("project");
        prop_assert!(allowed, "kept data is inconsistent: {}", e);
    }
    Ok(())
}

proptest! {
    #[test]
    fn load_never_panics_on_arbitrary_text(text in "\\PC{0,200}") {
        let loaded = load("x.json", &text);
        for e in &loaded.errors {
            prop_assert!(e.to_string().starts_with("x.json"));
        }
    }

    #[test]
    fn load_never_panics_on_arbitrary_json(v in json()) {
        let text = serde_json::to_string_pretty(&v).unwrap();
        let loaded = load("x.json", &text);
        assert_consistent(&loaded)?;
    }

    #[test]
    fn load_never_panics_on_documents_of_the_data_vocabulary(v in document()) {
        let text = serde_json::to_string_pretty(&v).unwrap();
        let loaded = load("x.json", &text);
        assert_consistent(&loaded)?;
        for e in &loaded.errors {
            prop_assert!(e.location().position.is_some(), "unlocated: {}", e);
        }
    }

    #[test]
    fn load_never_panics_on_mutated_valid_files(
        steps in prop::collection::vec(any::<usize>(), 1..6),
        m in mutation(),
    ) {
        let mut v = secon();
        apply(&mut v, &steps, m);
        let text = serde_json::to_string_pretty(&v).unwrap();
        let loaded = load("data/secon.json", &text);
        assert_consistent(&loaded)?;
        for e in &loaded.errors {
            prop_assert!(e.location().position.is_some(), "unlocated: {}", e);
            prop_assert!(e.to_string().starts_with("data/secon.json"));
        }
    }

    #[test]
    fn load_never_panics_on_byte_level_edits_of_a_valid_file(
        at in any::<prop::sample::Index>(),
        cut in 0usize..40,
        insert in "\\PC{0,8}",
    ) {
        let text = serde_json::to_string_pretty(&secon()).unwrap();
        let mut start = at.index(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (start + cut).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let edited = format!("{}{}{}", &text[..start], insert, &text[end..]);
        let loaded = load("data/secon.json", &edited);
        assert_consistent(&loaded)?;
    }
}
