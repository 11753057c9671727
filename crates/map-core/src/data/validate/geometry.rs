//! Regions against the geometry: each region needs a shape in the shipped geometry file. Checked
//! apart from [`load`](crate::data::load()) because the geometry is a second file that may arrive
//! later or not at all.

use std::collections::HashSet;
use std::sync::Arc;

use crate::data::error::{DataError, Location};
use crate::data::model::DataFile;
use crate::data::path::JsonPath;

/// Regions whose shape (`geometry`, else `id`) is not among `shape_ids`.
///
/// Paths index `data.regions`, which equal the file's indices when [`crate::data::load`] left no
/// region out; positions are unknown here (no text), see [`crate::data::locate`].
pub fn check_geometry(file: &str, data: &DataFile, shape_ids: &[&str]) -> Vec<DataError> {
    let known: Arc<[String]> = shape_ids.iter().map(|s| (*s).to_owned()).collect();
    let set: HashSet<&str> = shape_ids.iter().copied().collect();
    data.regions
        .iter()
        .enumerate()
        .filter(|(_, r)| !set.contains(r.geometry_id().as_str()))
        .map(|(i, r)| {
            let field = if r.geometry.is_some() {
                "geometry"
            } else {
                "id"
            };
            let mut at = Location::new(file, JsonPath::record("regions", i).key(field));
            at.record = Some(format!("region {:?}", r.id.as_str()));
            DataError::MissingGeometry {
                at,
                id: r.geometry_id().to_string(),
                known: Arc::clone(&known),
            }
        })
        .collect()
}
