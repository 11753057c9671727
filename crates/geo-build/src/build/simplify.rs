//! Per detail level: small islands dropped, the shared arcs simplified, topology problems named,
//! and a label point for each feature.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use map_core::geo::fit::Frame;
use map_core::geo::path::GridPoint;
use map_core::geo::simplify::{FeatureRings, SimplifyOptions, simplify_arcs};
use map_core::geo::topology::{Topology, resolve, ring_area2, ring_points};

use super::Inputs;
use super::layers::{Feature, Layers};
use crate::config::{Level, Output};
use crate::error::GeoError;
use crate::label::{label_point, label_point_float};
use crate::union::ArcPolygons;
use crate::write::OutFeature;

/// One output's features with their label points, over the arcs simplified for its level.
pub(super) struct Simplified {
    pub(super) features: Vec<OutFeature>,
    pub(super) arcs: Vec<Vec<GridPoint>>,
    pub(super) level: Level,
}

/// Drops small islands and simplifies the shared arcs once per detail level (files on the same
/// level share the simplified arcs, so they overlay exactly); labels each feature.
pub(super) fn simplify_levels<'a>(
    inputs: &'a Inputs,
    frame: &Frame,
    topology: &Topology,
    layers: &Layers,
) -> Result<Vec<(&'a Output, Simplified)>, GeoError> {
    let outputs = &inputs.config.outputs;
    let all = [
        (&outputs.europe, &layers.countries),
        (&outputs.regions, &layers.regions),
        (&outputs.nuts3, &layers.nuts3),
    ];
    let protected_arcs: HashSet<usize> = layers
        .regions
        .iter()
        .flat_map(|f| f.polygons.iter().flatten().flatten())
        .map(|&r| resolve(r).0)
        .collect();
    let mut done: BTreeMap<&str, Simplified> = BTreeMap::new();
    let levels: BTreeSet<&String> = all.iter().map(|(o, _)| &o.level).collect();
    for name in levels {
        let Some(level) = inputs.config.levels.get(name) else {
            continue;
        };
        let on_level: Vec<(&Output, &Vec<Feature>)> = all
            .iter()
            .filter(|(o, _)| &o.level == name)
            .copied()
            .collect();
        let kept = drop_small_islands(&topology.arcs, &on_level, level, frame, &protected_arcs);
        let features: Vec<FeatureRings> = kept.iter().flatten().cloned().collect();
        let options = SimplifyOptions {
            tolerance: level.tolerance(frame),
            max_area_change: level.max_area_change,
            max_rounds: 12,
        };
        let simplified = simplify_arcs(&topology.arcs, &features, options);
        if !simplified.unresolved.is_empty() {
            return Err(topology_error(
                name,
                &on_level,
                &features,
                &simplified.unresolved,
            ));
        }
        for ((output, layer), kept) in on_level.iter().zip(kept) {
            let features = label_features(layer, kept, &simplified.arcs);
            let arcs = simplified.arcs.clone();
            done.insert(
                output.file.as_str(),
                Simplified {
                    features,
                    arcs,
                    level: *level,
                },
            );
        }
    }
    Ok(all
        .into_iter()
        .filter_map(|(output, _)| Some((output, done.remove(output.file.as_str())?)))
        .collect())
}

/// Each layer's polygons without its small islands, and without holes that only a dropped island
/// filled (an exclave inside another country).
pub(super) fn drop_small_islands(
    arcs: &[Vec<GridPoint>],
    on_level: &[(&Output, &Vec<Feature>)],
    level: &Level,
    frame: &Frame,
    protected_arcs: &HashSet<usize>,
) -> Vec<Vec<ArcPolygons>> {
    let min_area = level.min_island_area(frame);
    let kept: Vec<Vec<ArcPolygons>> = on_level
        .iter()
        .map(|(_, features)| {
            features
                .iter()
                .map(|f| {
                    let loss = level.max_island_loss;
                    drop_islands(
                        arcs,
                        &f.polygons,
                        min_area,
                        loss,
                        f.protected,
                        protected_arcs,
                    )
                })
                .collect()
        })
        .collect();
    let mut dropped: HashSet<usize> = HashSet::new();
    for ((_, features), kept) in on_level.iter().zip(&kept) {
        for (feature, kept) in features.iter().zip(kept) {
            for polygon in feature.polygons.iter().filter(|p| !kept.contains(p)) {
                dropped.extend(polygon.first().into_iter().flatten().map(|&r| resolve(r).0));
            }
        }
    }
    kept.into_iter()
        .map(|layer| remove_orphan_holes(layer, &dropped))
        .collect()
}

/// The error for problems left at full detail, naming the features that use each arc.
pub(super) fn topology_error(
    level: &str,
    on_level: &[(&Output, &Vec<Feature>)],
    features: &[FeatureRings],
    unresolved: &[(usize, String)],
) -> GeoError {
    let names: Vec<&str> = on_level
        .iter()
        .flat_map(|(_, layer)| layer.iter().map(|f| f.id.as_str()))
        .collect();
    let problems: Vec<String> = unresolved
        .iter()
        .map(|(arc, reason)| {
            let users: BTreeSet<&str> = features
                .iter()
                .zip(&names)
                .filter(|(f, _)| f.iter().flatten().flatten().any(|&r| resolve(r).0 == *arc))
                .map(|(_, name)| *name)
                .collect();
            format!("arc {arc} of {users:?}: {reason}")
        })
        .collect();
    GeoError::Topology {
        level: level.to_owned(),
        problems: problems.join("; "),
    }
}

/// The layer's features with their kept polygons and a label point inside each.
pub(super) fn label_features(
    layer: &[Feature],
    kept: Vec<ArcPolygons>,
    arcs: &[Vec<GridPoint>],
) -> Vec<OutFeature> {
    layer
        .iter()
        .zip(kept)
        .map(|(f, polygons)| {
            let rings: Vec<Vec<Vec<GridPoint>>> = polygons
                .iter()
                .map(|p| p.iter().map(|r| ring_points(arcs, r)).collect())
                .collect();
            let label = label_point(&rings)
                .or_else(|| label_point_float(&f.projected))
                .unwrap_or([0.0, 0.0]);
            OutFeature {
                id: f.id.clone(),
                name: f.name.clone(),
                name_local: f.name_local.clone(),
                kind: f.kind,
                country: f.country.clone(),
                label,
                polygons,
            }
        })
        .collect()
}

/// Removes holes made only of arcs in `dropped` (the outer rings of islands dropped on this level).
pub(super) fn remove_orphan_holes(
    features: Vec<ArcPolygons>,
    dropped: &HashSet<usize>,
) -> Vec<ArcPolygons> {
    if dropped.is_empty() {
        return features;
    }
    features
        .into_iter()
        .map(|polygons| {
            polygons
                .into_iter()
                .map(|polygon| {
                    polygon
                        .into_iter()
                        .enumerate()
                        .filter(|(i, ring)| {
                            *i == 0 || !ring.iter().all(|&r| dropped.contains(&resolve(r).0))
                        })
                        .map(|(_, ring)| ring)
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// Drops polygons whose outer ring is smaller than `min_area` (grid units²), smallest first, as
/// long as the feature loses at most `max_loss` of its area (so island-rich regions keep their
/// area); never a feature's largest polygon, a polygon of a `protected` feature or one made of arcs
/// a partner region uses.
pub(super) fn drop_islands(
    arcs: &[Vec<GridPoint>],
    polygons: &ArcPolygons,
    min_area: f64,
    max_loss: f64,
    protected: bool,
    protected_arcs: &HashSet<usize>,
) -> ArcPolygons {
    if protected {
        return polygons.clone();
    }
    #[allow(clippy::cast_precision_loss)]
    let areas: Vec<f64> = polygons
        .iter()
        .map(|polygon| {
            polygon
                .first()
                .map(|ring| ring_area2(&ring_points(arcs, ring)) as f64 / 2.0)
                .unwrap_or(0.0)
        })
        .collect();
    let total: f64 = areas.iter().sum();
    let largest = (0..polygons.len()).max_by(|&a, &b| {
        let area = |i: usize| areas.get(i).copied().unwrap_or(0.0);
        area(a).total_cmp(&area(b))
    });
    let mut candidates: Vec<usize> = (0..polygons.len())
        .filter(|&i| Some(i) != largest && areas.get(i).is_some_and(|&a| a < min_area))
        .filter(|&i| {
            let partner = polygons
                .get(i)
                .and_then(|p| p.first())
                .is_some_and(|ring| ring.iter().any(|&r| protected_arcs.contains(&resolve(r).0)));
            !partner
        })
        .collect();
    candidates.sort_by(|&a, &b| {
        let area = |i: usize| areas.get(i).copied().unwrap_or(0.0);
        area(a).total_cmp(&area(b)).then(a.cmp(&b))
    });
    let mut dropped = HashSet::new();
    let mut lost = 0.0;
    for i in candidates {
        let area = areas.get(i).copied().unwrap_or(0.0);
        if lost + area > max_loss * total {
            break;
        }
        lost += area;
        dropped.insert(i);
    }
    polygons
        .iter()
        .enumerate()
        .filter(|(i, _)| !dropped.contains(i))
        .map(|(_, polygon)| polygon.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use map_core::geo::topology::build_topology;

    #[test]
    fn small_islands_go_but_the_largest_polygon_and_partner_islands_stay() {
        let square =
            |x: i32, size: i32| vec![[x, 0], [x + size, 0], [x + size, size], [x, size], [x, 0]];
        let topology = build_topology(&[square(0, 100), square(200, 2), square(300, 2)]);
        let polygons: ArcPolygons = topology.rings.iter().map(|r| vec![r.clone()]).collect();
        let partner: HashSet<usize> = [resolve(topology.rings[2][0]).0].into();
        let kept = drop_islands(&topology.arcs, &polygons, 10.0, 0.01, false, &partner);
        assert_eq!(kept, vec![polygons[0].clone(), polygons[2].clone()]);
        let all = drop_islands(&topology.arcs, &polygons, 10.0, 0.01, true, &HashSet::new());
        assert_eq!(all.len(), 3);
    }

    #[test]
    fn islands_stay_when_dropping_them_would_cost_the_feature_too_much_area() {
        let square =
            |x: i32, size: i32| vec![[x, 0], [x + size, 0], [x + size, size], [x, size], [x, 0]];
        // Islands of 9 units² each next to a 100 units² main island: 8 % each.
        let topology = build_topology(&[square(0, 10), square(20, 3), square(30, 3)]);
        let polygons: ArcPolygons = topology.rings.iter().map(|r| vec![r.clone()]).collect();
        let kept = drop_islands(&topology.arcs, &polygons, 10.0, 0.1, false, &HashSet::new());
        assert_eq!(
            kept.len(),
            2,
            "one island fits in the 10 % budget, the second does not"
        );
    }
}
