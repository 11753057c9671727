//! The shapes decoder never panics, whatever it is given.

use map_core::geo::shape::parse_shapes;
use map_core::geo::shape::{SHAPES_FORMAT, parse_shapes_lenient};
use proptest::prelude::*;

proptest! {
    /// Arbitrary text gives a shapes file or an error that starts with the file name.
    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        if let Err(error) = parse_shapes("f.json", &text) {
            prop_assert!(error.to_string().starts_with("f.json: "));
        }
    }

    /// A well-formed envelope with arbitrary arcs and arc references never panics, and the lenient
    /// parse keeps exactly the features that decode.
    #[test]
    fn arbitrary_arcs_and_references_never_panic(
        arcs in prop::collection::vec(prop::collection::vec(-3_i64..4, 0..9), 0..5),
        refs in prop::collection::vec(prop::collection::vec(-8_i32..8, 0..5), 0..4),
    ) {
        let features: Vec<String> = refs
            .iter()
            .enumerate()
            .map(|(i, ring)| {
                format!(
                    r#"{{"id":"f{i}","name":"F","kind":"region","country":"DE","label":[1,1],"polygons":[[{}]]}}"#,
                    serde_json::to_string(ring).unwrap()
                )
            })
            .collect();
        let text = format!(
            r#"{{"format":"{SHAPES_FORMAT}","attribution":"A","frame":{{"west":0,"north":0,"quantum":1,"width":10,"height":10}},"arcs":{},"features":[{}]}}"#,
            serde_json::to_string(&arcs).unwrap(),
            features.join(",")
        );
        let (shapes, problems) = parse_shapes_lenient("f.json", &text).unwrap();
        prop_assert!(shapes.features.len() + problems.len() >= refs.len());
        prop_assert!(shapes.features.len() <= refs.len());
    }
}
