//! Regions drawn at run time from the NUTS 3 topology (`geo/nuts3.json`), for a data file whose
//! regions the build did not bake into `geo/regions.json` (another project's file, or changed
//! NUTS codes): no toolchain is needed to see them.
//!
//! A NUTS code of any level stands for NUTS 3 regions ([`members`]): level 3 itself, levels 1
//! and 2 every NUTS 3 code they prefix, level 0 (the country) all of the country's. A region's
//! members are merged along their shared arcs as `topojson.merge` does: an arc walked once each
//! way inside the union is an inner border and is dropped, and the arcs left are chained back
//! into rings ([`merge_rings`]). Both files come from one topology (see `geo/README.md`), so the
//! outline is the very border its neighbours and the country are drawn with.

use std::collections::HashMap;

use crate::data::model::{DataFile, Region};
use crate::geo::path::{GridPoint, write_svg_path};
use crate::geo::shape::{Shape, ShapeFile, ShapeKind, ring_points};

/// A region of the data file the map cannot draw, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotDrawn {
    /// The region's id in the data file.
    pub region: String,
    /// Why.
    pub reason: Reason,
}

/// Why a region is not drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// None of its NUTS codes exists (see [`crate::data::nuts`] for the message with suggestions).
    UnknownCodes(Vec<String>),
    /// Its NUTS 3 regions lie wholly outside the map's frame.
    OutsideMap,
    /// The NUTS 3 file it would be drawn from did not arrive.
    NoTopology,
}

impl std::fmt::Display for NotDrawn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "region {:?} is not drawn: ", self.region)?;
        match &self.reason {
            Reason::UnknownCodes(codes) => write!(f, "no NUTS 2024 region {}", codes.join(", ")),
            Reason::OutsideMap => f.write_str("its NUTS regions lie outside the map"),
            Reason::NoTopology => f.write_str("the NUTS 3 regions it is drawn from did not load"),
        }
    }
}

/// The regions of `data` that are not baked into `regions`, as not drawn for want of the NUTS 3
/// file (when it fails to load).
pub fn unbaked(data: &DataFile, regions: &ShapeFile) -> Vec<NotDrawn> {
    data.regions
        .iter()
        .filter(|r| !is_baked(r, regions))
        .map(|r| NotDrawn {
            region: r.id.as_str().to_owned(),
            reason: Reason::NoTopology,
        })
        .collect()
}

/// The NUTS 3 features `code` stands for, in file order: the code itself (level 3), every NUTS 3
/// code it prefixes (levels 1 and 2), or the country's (level 0). Empty for a code that does not
/// exist. NUTS codes have one length per level, so a prefix never crosses levels.
pub fn members<'a>(nuts3: &'a ShapeFile, code: &'a str) -> impl Iterator<Item = &'a Shape> + 'a {
    nuts3
        .features
        .iter()
        .filter(move |shape| shape.id.starts_with(code))
}

/// True when `region` is in the built regions file as the data file has it: a shape with its
/// geometry id, built from the same NUTS codes (the file's `meta.nuts`; a file without that
/// record is trusted).
pub fn is_baked(region: &Region, regions: &ShapeFile) -> bool {
    let id = region.geometry_id().as_str();
    if regions.get(id).is_none() {
        return false;
    }
    match regions.meta.get("nuts").and_then(|n| n.get(id)) {
        Some(built) => {
            let mut built: Vec<&str> = built
                .as_array()
                .map(|codes| codes.iter().filter_map(|c| c.as_str()).collect())
                .unwrap_or_default();
            let mut wanted: Vec<&str> = region.nuts.iter().map(|c| c.as_str()).collect();
            built.sort_unstable();
            wanted.sort_unstable();
            built == wanted
        }
        None => true,
    }
}

/// True when some region of `data` is not baked into `regions`, so the NUTS 3 file is needed.
pub fn needs_nuts3(data: &DataFile, regions: &ShapeFile) -> bool {
    data.regions.iter().any(|r| !is_baked(r, regions))
}

/// Draws every region of `data` that is not baked into `regions` from `nuts3`, adding its shape
/// to `regions` (replacing a stale one of the same id), so the map, zoom, panels, presentation
/// and export treat it as a built region. Returns the regions it could not draw.
///
/// A region with some unknown codes is drawn from the others (the codes are reported by
/// [`crate::data::nuts`]).
pub fn draw_missing(data: &DataFile, regions: &mut ShapeFile, nuts3: &ShapeFile) -> Vec<NotDrawn> {
    let mut not_drawn = Vec::new();
    let unbaked: Vec<&Region> = data
        .regions
        .iter()
        .filter(|r| !is_baked(r, regions))
        .collect();
    for region in unbaked {
        let mut parts: Vec<&Shape> = Vec::new();
        let mut unknown = Vec::new();
        for code in &region.nuts {
            let before = parts.len();
            parts.extend(members(nuts3, code.as_str()));
            if parts.len() == before {
                unknown.push(code.as_str().to_owned());
            }
        }
        // Two codes may overlap (a NUTS 2 region and one of its districts): each member once.
        parts.sort_unstable_by(|a, b| a.id.cmp(&b.id));
        parts.dedup_by(|a, b| a.id == b.id);
        match merged_shape(region, &parts, nuts3, regions) {
            Some(shape) => match regions.features.iter_mut().find(|s| s.id == shape.id) {
                Some(old) => *old = shape,
                None => regions.features.push(shape),
            },
            None => not_drawn.push(NotDrawn {
                region: region.id.as_str().to_owned(),
                reason: match parts.is_empty() {
                    true => Reason::UnknownCodes(unknown),
                    false => Reason::OutsideMap,
                },
            }),
        }
    }
    not_drawn
}

/// The region's shape from its NUTS 3 members, its rings appended to `regions`' arcs (one arc
/// per ring); `None` when the members have no polygon inside the frame.
fn merged_shape(
    region: &Region,
    parts: &[&Shape],
    nuts3: &ShapeFile,
    regions: &mut ShapeFile,
) -> Option<Shape> {
    let rings = merge_rings(nuts3, parts);
    let outer = rings
        .iter()
        .max_by_key(|r| signed_area2(r).unsigned_abs())?;
    let outer_sign = signed_area2(outer).signum();
    let mut polygons: Vec<Vec<Vec<i32>>> = Vec::new();
    let mut holes = Vec::new();
    for ring in &rings {
        let index = i32::try_from(regions.arcs.len()).ok()?;
        regions.arcs.push(ring.clone());
        if signed_area2(ring).signum() == outer_sign {
            polygons.push(vec![vec![index]]);
        } else {
            holes.push((index, ring));
        }
    }
    // A hole goes with the outer ring around it (only the ring it belongs to contains it).
    for (index, hole) in holes {
        let point = hole.first().copied().unwrap_or_default();
        let host = polygons.iter_mut().find(|polygon| {
            polygon
                .first()
                .and_then(|r| r.first())
                .and_then(|&i| usize::try_from(i).ok())
                .and_then(|i| regions.arcs.get(i))
                .is_some_and(|outer| contains(outer, point))
        });
        match host {
            Some(polygon) => polygon.push(vec![index]),
            None => polygons.push(vec![vec![index]]),
        }
    }
    let mut d = String::new();
    write_svg_path(&mut d, &rings);
    // The label of the member with the largest polygon lies inside the union too.
    let widest = parts.iter().max_by_key(|shape| {
        nuts3
            .rings(shape)
            .iter()
            .filter_map(|polygon| polygon.first())
            .map(|ring| signed_area2(ring).unsigned_abs())
            .max()
            .unwrap_or(0)
    })?;
    let single = parts.len() == 1;
    Some(Shape {
        id: region.geometry_id().as_str().to_owned(),
        name: match single {
            true => widest.name.clone(),
            false => region.id.as_str().to_owned(),
        },
        name_local: widest.name_local.clone().filter(|_| single),
        kind: ShapeKind::Region,
        country: region.country.clone(),
        d,
        label: widest.label,
        polygons,
    })
}

/// The outline of the union of `parts` (NUTS 3 shapes of `nuts3`) as closed rings of points:
/// arcs used once each way inside the union are inner borders and cancel; the rest are chained
/// end to start into rings, keeping their direction, so outer rings and holes keep the
/// orientation the file gives them.
pub fn merge_rings(nuts3: &ShapeFile, parts: &[&Shape]) -> Vec<Vec<GridPoint>> {
    // Net use of each arc: +1 walked forwards, -1 backwards; an inner border sums to 0.
    let mut uses: HashMap<i32, i32> = HashMap::new();
    for shape in parts {
        for arc in shape.polygons.iter().flatten().flatten() {
            let (index, step) = if *arc < 0 { (!*arc, -1) } else { (*arc, 1) };
            *uses.entry(index).or_default() += step;
        }
    }
    let mut left: Vec<i32> = uses
        .into_iter()
        .filter(|&(_, n)| n != 0)
        .map(|(index, n)| if n > 0 { index } else { !index })
        .collect();
    // File order, so the same data draws the same path every time.
    left.sort_unstable_by_key(|&r| if r < 0 { !r } else { r });
    let ends = |r: i32| -> Option<(GridPoint, GridPoint)> {
        let arc = nuts3
            .arcs
            .get(usize::try_from(if r < 0 { !r } else { r }).ok()?)?;
        let (first, last) = (*arc.first()?, *arc.last()?);
        Some(if r < 0 { (last, first) } else { (first, last) })
    };
    let mut starting: HashMap<GridPoint, Vec<i32>> = HashMap::new();
    for &r in &left {
        if let Some((start, _)) = ends(r) {
            starting.entry(start).or_default().push(r);
        }
    }
    let mut rings = Vec::new();
    for &first in &left {
        let Some((start, _)) = ends(first) else {
            continue;
        };
        let Some(at_start) = starting.get_mut(&start) else {
            continue;
        };
        let Some(position) = at_start.iter().position(|&r| r == first) else {
            continue;
        };
        at_start.swap_remove(position);
        let mut refs = vec![first];
        let mut end = ends(first).map(|(_, e)| e);
        while let Some(point) = end.filter(|&p| p != start) {
            let Some(next) = starting.get_mut(&point).and_then(Vec::pop) else {
                break;
            };
            refs.push(next);
            end = ends(next).map(|(_, e)| e);
        }
        if let Ok(points) = ring_points(&nuts3.arcs, &refs) {
            rings.push(points);
        }
    }
    rings
}

/// Twice the signed area of a closed ring (shoelace), exact on the integer grid.
fn signed_area2(ring: &[GridPoint]) -> i64 {
    ring.windows(2)
        .map(|pair| match pair {
            [a, b] => i64::from(a[0]) * i64::from(b[1]) - i64::from(b[0]) * i64::from(a[1]),
            _ => 0,
        })
        .sum()
}

/// Even-odd point in ring test.
fn contains(ring: &[GridPoint], [x, y]: GridPoint) -> bool {
    let (x, y) = (f64::from(x) + 0.25, f64::from(y) + 0.25);
    let mut inside = false;
    for pair in ring.windows(2) {
        if let [a, b] = pair {
            let (ax, ay, bx, by) = (
                f64::from(a[0]),
                f64::from(a[1]),
                f64::from(b[0]),
                f64::from(b[1]),
            );
            if (ay > y) != (by > y) && x < ax + (y - ay) * (bx - ax) / (by - ay) {
                inside = !inside;
            }
        }
    }
    inside
}

#[cfg(test)]
mod tests;
