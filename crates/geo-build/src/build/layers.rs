//! One topology of arcs shared by every prepared feature, and the three layers over it (countries,
//! partner regions dissolved into one feature each, NUTS 3).

use std::collections::BTreeMap;

use map_core::geo::path::GridPoint;
use map_core::geo::shape::ShapeKind;
use map_core::geo::topology::{Topology, build_topology};

use super::Inputs;
use super::selection::{Prepared, Selection, SourceSet, nuts3_features};
use crate::union::{ArcPolygons, union_polygons};

/// A feature on its way out: ids, names and polygons over the shared arcs.
pub(super) struct Feature {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) name_local: Option<String>,
    pub(super) kind: ShapeKind,
    pub(super) country: String,
    pub(super) polygons: ArcPolygons,
    /// Fallback label source for features with no polygons in the frame.
    pub(super) projected: Vec<Vec<Vec<[f64; 2]>>>,
    /// Whether its islands are kept whatever their size (partner regions).
    pub(super) protected: bool,
}

/// The three layers, in output order.
pub(super) struct Layers {
    pub(super) countries: Vec<Feature>,
    pub(super) regions: Vec<Feature>,
    pub(super) nuts3: Vec<Feature>,
}

/// One topology for every prepared feature, so all three files share their borders, and the
/// three layers over it (partner regions dissolved into one feature each).
pub(super) fn make_layers(
    inputs: &Inputs,
    selection: &Selection,
    prepared: &BTreeMap<(SourceSet, String), Prepared>,
) -> (Topology, Layers) {
    let mut rings: Vec<Vec<GridPoint>> = Vec::new();
    let mut ring_ids: BTreeMap<(SourceSet, String), Vec<Vec<usize>>> = BTreeMap::new();
    for (key, p) in prepared {
        let polygons = p
            .polygons
            .iter()
            .map(|polygon| {
                polygon
                    .iter()
                    .map(|ring| {
                        rings.push(ring.clone());
                        rings.len() - 1
                    })
                    .collect()
            })
            .collect();
        ring_ids.insert(key.clone(), polygons);
    }
    let topology = build_topology(&rings);
    let arc_polygons = |key: &(SourceSet, String)| -> ArcPolygons {
        let refs = |r: &usize| {
            topology
                .rings
                .get(*r)
                .filter(|refs| !refs.is_empty())
                .cloned()
        };
        let polygons = ring_ids.get(key).map(Vec::as_slice).unwrap_or_default();
        polygons
            .iter()
            .filter(|polygon| polygon.first().and_then(refs).is_some())
            .map(|polygon| polygon.iter().filter_map(refs).collect())
            .collect()
    };
    let feature = |key: (SourceSet, String), id: &str, kind: ShapeKind| -> Option<Feature> {
        let p = prepared.get(&key)?;
        Some(Feature {
            id: id.to_owned(),
            name: p.source.name.clone(),
            name_local: None,
            kind,
            country: p.source.country.clone(),
            polygons: arc_polygons(&key),
            projected: p.projected.clone(),
            protected: false,
        })
    };
    let countries = selection
        .countries
        .iter()
        .filter_map(|id| feature((SourceSet::Countries, id.clone()), id, ShapeKind::Country))
        .collect();
    let regions = inputs
        .regions
        .iter()
        .zip(&selection.members)
        .map(|(region, members)| {
            let parts: Vec<ArcPolygons> = members
                .iter()
                .map(|m| arc_polygons(&(SourceSet::Nuts, m.id.clone())))
                .collect();
            Feature {
                id: region.id.clone(),
                // A single NUTS region keeps its name; a union is named by its region id.
                name: match members.as_slice() {
                    [only] => only.name.clone(),
                    _ => region.id.clone(),
                },
                // And its name in the national script (Πελοπόννησος), for an interface in that
                // language; a union has no one national name.
                name_local: match members.as_slice() {
                    [only] => only.name_local.clone(),
                    _ => None,
                },
                kind: ShapeKind::Region,
                country: members
                    .first()
                    .map(|m| m.country.clone())
                    .unwrap_or_default(),
                polygons: union_polygons(&topology.arcs, &parts),
                projected: Vec::new(),
                protected: true,
            }
        })
        .collect();
    let nuts3 = nuts3_features(inputs)
        .filter_map(|f| feature((SourceSet::Nuts, f.id.clone()), &f.id, ShapeKind::Region))
        .collect();
    (
        topology,
        Layers {
            countries,
            regions,
            nuts3,
        },
    )
}
