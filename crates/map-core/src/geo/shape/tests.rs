//! Tests of the shapes file reader: decoding arcs, rings, errors.

use super::*;

fn file(features: &str, arcs: &str) -> String {
    format!(
        r#"{{"format":"{SHAPES_FORMAT}","attribution":"A","frame":{{"west":0,"north":1000,"quantum":10,"width":100,"height":100}},
        "meta":{{}},"arcs":{arcs},"features":{features}}}"#
    )
}

const SQUARE_ARCS: &str = "[[0,0,10,0,0,10],[10,10,-10,0,0,-10]]";

fn feature(id: &str, polygons: &str) -> String {
    format!(
        r#"{{"id":"{id}","name":"N","kind":"region","country":"DE","label":[5,5],"polygons":{polygons}}}"#
    )
}

#[test]
fn square_from_two_arcs_decodes_to_one_closed_path() {
    let text = file(&format!("[{}]", feature("a", "[[[0,1]]]")), SQUARE_ARCS);
    let shapes = parse_shapes("geo/x.json", &text).unwrap();
    let shape = &shapes.features[0];
    assert_eq!(shape.d, "M0 0l10 0 0 10-10 0z");
    assert_eq!(shape.kind, ShapeKind::Region);
    assert_eq!(shapes.view_box.to_attr(), "0 0 100 100");
    assert_eq!(shapes.rings(shape)[0][0].len(), 5);
}

#[test]
fn reversed_arc_references_walk_the_arcs_backwards() {
    let text = file(&format!("[{}]", feature("a", "[[[-2,-1]]]")), SQUARE_ARCS);
    let shapes = parse_shapes("geo/x.json", &text).unwrap();
    assert_eq!(shapes.features[0].d, "M0 0l0 10 10 0 0-10z");
}

#[test]
fn unknown_arc_names_file_feature_and_field() {
    let text = file(
        &format!("[{}]", feature("rhine-neckar", "[[[0,7]]]")),
        SQUARE_ARCS,
    );
    let error = parse_shapes("geo/regions.json", &text)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("geo/regions.json: features[0] \"rhine-neckar\" field polygons"),
        "{error}"
    );
    assert!(error.contains("arc 7 does not exist"), "{error}");
}

#[test]
fn ring_that_does_not_close_is_refused() {
    let text = file(&format!("[{}]", feature("a", "[[[0]]]")), SQUARE_ARCS);
    let error = parse_shapes("f.json", &text).unwrap_err().to_string();
    assert!(
        error.contains("is not closed") || error.contains("at least 4"),
        "{error}"
    );
}

#[test]
fn duplicate_id_is_refused_and_lenient_parse_keeps_the_first() {
    let features = format!(
        "[{},{}]",
        feature("a", "[[[0,1]]]"),
        feature("a", "[[[0,1]]]")
    );
    let text = file(&features, SQUARE_ARCS);
    let error = parse_shapes("f.json", &text).unwrap_err();
    assert!(matches!(
        error,
        GeoError::DuplicateId {
            index: 1,
            first: 0,
            ..
        }
    ));
    let (shapes, problems) = parse_shapes_lenient("f.json", &text).unwrap();
    assert_eq!(shapes.features.len(), 1);
    assert_eq!(problems.len(), 1);
}

#[test]
fn wrong_kind_and_missing_label_are_named() {
    let bad_kind =
        r#"{"id":"a","name":"N","kind":"city","country":"DE","label":[1,1],"polygons":[]}"#;
    let error = parse_shapes("f.json", &file(&format!("[{bad_kind}]"), "[]")).unwrap_err();
    assert!(
        error.to_string().contains("field kind: \"city\""),
        "{error}"
    );
    let no_label = r#"{"id":"a","name":"N","kind":"region","country":"DE","polygons":[]}"#;
    let error = parse_shapes("f.json", &file(&format!("[{no_label}]"), "[]")).unwrap_err();
    assert!(error.to_string().contains("field label"), "{error}");
}

#[test]
fn odd_arc_is_refused() {
    let text = file("[]", "[[0,0,1]]");
    let error = parse_shapes("f.json", &text).unwrap_err().to_string();
    assert_eq!(
        error,
        "f.json: arcs[0]: has 3 numbers, expected an even number, at least 4 (two points)"
    );
}

#[test]
fn not_json_wrong_format_and_missing_frame_fail_with_the_file_name() {
    assert!(
        parse_shapes("f.json", "{")
            .unwrap_err()
            .to_string()
            .starts_with("f.json: not a shapes file")
    );
    let error = parse_shapes("f.json", r#"{"format":"topojson"}"#).unwrap_err();
    assert!(matches!(error, GeoError::Format { .. }));
    let error = parse_shapes("f.json", &format!(r#"{{"format":"{SHAPES_FORMAT}"}}"#)).unwrap_err();
    assert_eq!(error.to_string(), "f.json: field frame: missing");
}

#[test]
fn project_maps_the_frame_origin_corner_to_zero() {
    let text = file("[]", "[]");
    let shapes = parse_shapes("f.json", &text).unwrap();
    assert!(
        shapes.project(10.0, 52.0).is_none(),
        "far outside this tiny frame"
    );
}

#[test]
fn a_drawn_file_reads_back_to_the_same_paths_labels_and_names_without_arcs() {
    let text = file(&format!("[{}]", feature("a", "[[[0,1]]]")), SQUARE_ARCS);
    let shapes = parse_shapes("geo/x.json", &text).unwrap();
    let drawn = parse_shapes("geo/x.json", &drawn_json(&shapes)).unwrap();
    assert_eq!(drawn.view_box, shapes.view_box);
    assert_eq!(drawn.frame, shapes.frame);
    assert_eq!(drawn.attribution, "A");
    assert!(drawn.arcs.is_empty());
    let (a, b) = (&shapes.features[0], &drawn.features[0]);
    assert_eq!(
        (&b.id, &b.name, &b.country, b.kind),
        (&a.id, &a.name, &a.country, a.kind)
    );
    assert_eq!((&b.d, b.label), (&a.d, a.label));
    // No rings: the drawn form cannot be zoomed to, only drawn.
    assert!(drawn.rings(b).is_empty());
}
