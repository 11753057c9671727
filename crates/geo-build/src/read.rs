//! Reading the inputs: GISCO GeoJSON sources and the regions of the project's data file.
//!
//! Each source feature is read with georust's `geojson` crate. The collection's `features` list is
//! taken apart first and each entry converted on its own, so that every error, the crate's
//! included, names the feature's index and id.

use std::collections::HashMap;

use geojson::{Feature, GeometryValue, PolygonType};
use serde::Deserialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::error::GeoError;

/// Longitude, latitude in degrees.
pub type LonLat = [f64; 2];

/// One source feature: polygons of rings of lon/lat points (first ring of each polygon is the
/// outer one).
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFeature {
    /// `NUTS_ID` or `CNTR_ID`.
    pub id: String,
    /// `NAME_LATN` or `NAME_ENGL`.
    pub name: String,
    /// `NUTS_NAME`, the name in the national language and script, when it differs from
    /// `NAME_LATN` (Greek and Bulgarian regions); `None` for countries.
    pub name_local: Option<String>,
    /// `CNTR_CODE` (NUTS) or the id itself (countries).
    pub country: String,
    /// `LEVL_CODE` for NUTS, `None` for countries.
    pub level: Option<u64>,
    /// The geometry.
    pub polygons: Vec<Vec<Vec<LonLat>>>,
}

/// Which GISCO dataset a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// `NUTS_RG_*`: properties `NUTS_ID`, `LEVL_CODE`, `CNTR_CODE`, `NAME_LATN`.
    Nuts,
    /// `CNTR_RG_*`: properties `CNTR_ID`, `NAME_ENGL`.
    Countries,
}

/// A read source with its checksum and an index by id.
#[derive(Debug, Clone)]
pub struct Source {
    /// Path relative to the project root, as configured.
    pub path: String,
    /// Hex sha256 of the file's bytes.
    pub sha256: String,
    /// Features in file order.
    pub features: Vec<SourceFeature>,
    by_id: HashMap<String, usize>,
}

impl Source {
    /// The feature with this id.
    pub fn get(&self, id: &str) -> Option<&SourceFeature> {
        self.by_id.get(id).and_then(|&i| self.features.get(i))
    }

    /// Index in the source file of the feature with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }
}

/// Hex sha256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Parses a GISCO GeoJSON FeatureCollection.
pub fn parse_source(path: &str, bytes: &[u8], kind: SourceKind) -> Result<Source, GeoError> {
    let root: Value = serde_json::from_slice(bytes).map_err(|e| GeoError::Json {
        path: path.to_owned(),
        message: e.to_string(),
    })?;
    let features = root
        .get("features")
        .and_then(Value::as_array)
        .ok_or_else(|| GeoError::Json {
            path: path.to_owned(),
            message: "no \"features\" array: expected a GeoJSON FeatureCollection".to_owned(),
        })?;
    let mut out = Vec::with_capacity(features.len());
    let mut by_id = HashMap::with_capacity(features.len());
    for (index, feature) in features.iter().enumerate() {
        let parsed =
            parse_feature(feature, kind).map_err(|(id, problem)| GeoError::MalformedFeature {
                path: path.to_owned(),
                index,
                id,
                problem,
            })?;
        if by_id.insert(parsed.id.clone(), out.len()).is_some() {
            return Err(GeoError::MalformedFeature {
                path: path.to_owned(),
                index,
                id: parsed.id,
                problem: "id used by an earlier feature".to_owned(),
            });
        }
        out.push(parsed);
    }
    Ok(Source {
        path: path.to_owned(),
        sha256: sha256_hex(bytes),
        features: out,
        by_id,
    })
}

/// The feature's id as written, before any conversion, so that even a feature the `geojson` crate
/// refuses is named.
fn raw_id(feature: &Value, kind: SourceKind) -> String {
    feature
        .get("properties")
        .and_then(|p| p.get(id_key(kind)))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

fn id_key(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Nuts => "NUTS_ID",
        SourceKind::Countries => "CNTR_ID",
    }
}

fn parse_feature(value: &Value, kind: SourceKind) -> Result<SourceFeature, (String, String)> {
    let feature = Feature::deserialize(value)
        .map_err(|e| (raw_id(value, kind), format!("not a GeoJSON Feature: {e}")))?;
    let text = |key: &str| feature.property(key).and_then(Value::as_str);
    let id_key = id_key(kind);
    let name_key = match kind {
        SourceKind::Nuts => "NAME_LATN",
        SourceKind::Countries => "NAME_ENGL",
    };
    let id = text(id_key).unwrap_or_default().to_owned();
    let fail = |problem: String| (id.clone(), problem);
    if id.is_empty() {
        return Err(fail(format!("property {id_key} missing or not a string")));
    }
    let name = text(name_key)
        .ok_or_else(|| fail(format!("property {name_key} missing or not a string")))?
        .to_owned();
    let name_local = match kind {
        SourceKind::Nuts => text("NUTS_NAME").filter(|n| *n != name).map(str::to_owned),
        SourceKind::Countries => None,
    };
    let (country, level) = match kind {
        SourceKind::Nuts => {
            let country = text("CNTR_CODE")
                .ok_or_else(|| fail("property CNTR_CODE missing or not a string".to_owned()))?;
            let level = feature
                .property("LEVL_CODE")
                .and_then(Value::as_u64)
                .ok_or_else(|| fail("property LEVL_CODE missing or not a number".to_owned()))?;
            (country.to_owned(), Some(level))
        }
        SourceKind::Countries => (id.clone(), None),
    };
    let geometry = feature
        .geometry
        .as_ref()
        .ok_or_else(|| fail("no geometry".to_owned()))?;
    let polygons = match &geometry.value {
        GeometryValue::Polygon { coordinates } => vec![polygon(coordinates).map_err(&fail)?],
        GeometryValue::MultiPolygon { coordinates } => coordinates
            .iter()
            .enumerate()
            .map(|(i, p)| polygon(p).map_err(|e| fail(format!("polygon {i}: {e}"))))
            .collect::<Result<_, _>>()?,
        other => {
            return Err(fail(format!(
                "geometry type {:?}, expected \"Polygon\" or \"MultiPolygon\"",
                other.type_name()
            )));
        }
    };
    Ok(SourceFeature {
        id,
        name,
        name_local,
        country,
        level,
        polygons,
    })
}

/// A polygon's rings as lon/lat pairs (a third coordinate, if any, is dropped); each ring must be
/// closed with at least 4 points, which the `geojson` crate does not check.
fn polygon(rings: &PolygonType) -> Result<Vec<Vec<LonLat>>, String> {
    if rings.is_empty() {
        return Err("polygon has no rings".to_owned());
    }
    rings
        .iter()
        .enumerate()
        .map(|(r, points)| {
            let ring: Vec<LonLat> = points
                .iter()
                .enumerate()
                .map(|(i, p)| match p.as_slice() {
                    [x, y, ..] if x.is_finite() && y.is_finite() => Ok([*x, *y]),
                    [_, _, ..] => Err(format!("ring {r} point {i} is not two finite numbers")),
                    _ => Err(format!("ring {r} point {i} is not [lon, lat]")),
                })
                .collect::<Result<_, _>>()?;
            if ring.len() < 4 || ring.first() != ring.last() {
                return Err(format!(
                    "ring {r} is not closed with at least 4 points ({} points)",
                    ring.len()
                ));
            }
            Ok(ring)
        })
        .collect()
}

/// A partner region from the data file: its id and the NUTS codes it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataRegion {
    /// The data file's region id, e.g. `rhine-neckar`.
    pub id: String,
    /// NUTS codes of any level; several make a union.
    pub nuts: Vec<String>,
}

/// Reads `regions[].id` and `regions[].nuts` from the project's data file, nothing else (the rest
/// of the data model is not the geo build's business). Refuses a missing id, an empty NUTS list
/// and an id used twice.
pub fn parse_data_regions(path: &str, bytes: &[u8]) -> Result<Vec<DataRegion>, GeoError> {
    let root: Value = serde_json::from_slice(bytes).map_err(|e| GeoError::Json {
        path: path.to_owned(),
        message: e.to_string(),
    })?;
    let regions = root
        .get("regions")
        .and_then(Value::as_array)
        .ok_or_else(|| GeoError::Json {
            path: path.to_owned(),
            message: "no \"regions\" array".to_owned(),
        })?;
    let mut out: Vec<DataRegion> = Vec::with_capacity(regions.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (index, region) in regions.iter().enumerate() {
        let bad = |field: &'static str, problem: &str| GeoError::BadRegion {
            path: path.to_owned(),
            index,
            field,
            problem: problem.to_owned(),
        };
        let id = region
            .get("id")
            .and_then(Value::as_str)
            .filter(|id| !id.is_empty())
            .ok_or_else(|| bad("id", "missing or not a non-empty string"))?;
        let nuts = region
            .get("nuts")
            .and_then(Value::as_array)
            .ok_or_else(|| bad("nuts", "missing or not an array of NUTS codes"))?
            .iter()
            .map(|code| code.as_str().map(str::to_owned))
            .collect::<Option<Vec<String>>>()
            .filter(|codes| !codes.is_empty())
            .ok_or_else(|| bad("nuts", "expected a non-empty array of NUTS code strings"))?;
        if let Some(&first) = seen.get(id) {
            return Err(GeoError::DuplicateRegion {
                path: path.to_owned(),
                index,
                first,
                region: id.to_owned(),
            });
        }
        seen.insert(id.to_owned(), index);
        out.push(DataRegion {
            id: id.to_owned(),
            nuts,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nuts_feature(id: &str, geometry: &str) -> String {
        format!(
            r#"{{"type":"Feature","properties":{{"NUTS_ID":"{id}","LEVL_CODE":3,"CNTR_CODE":"DE","NAME_LATN":"N"}},"geometry":{geometry}}}"#
        )
    }

    const SQUARE: &str = r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}"#;

    #[test]
    fn polygon_and_multipolygon_features_are_read() {
        let multi = r#"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]]}"#;
        let text = format!(
            r#"{{"features":[{},{}]}}"#,
            nuts_feature("DE1", SQUARE),
            nuts_feature("DE2", multi)
        );
        let source = parse_source("n.geojson", text.as_bytes(), SourceKind::Nuts).unwrap();
        assert_eq!(source.get("DE2").unwrap().polygons.len(), 2);
        assert_eq!(source.get("DE1").unwrap().level, Some(3));
        assert_eq!(source.sha256.len(), 64);
    }

    #[test]
    fn malformed_source_feature_names_file_index_and_id() {
        let open = r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[2,2]]]}"#;
        let text = format!(
            r#"{{"features":[{},{}]}}"#,
            nuts_feature("DE1", SQUARE),
            nuts_feature("DE2", open)
        );
        let error = parse_source("n.geojson", text.as_bytes(), SourceKind::Nuts).unwrap_err();
        assert_eq!(
            error.to_string(),
            "n.geojson: features[1] \"DE2\": ring 0 is not closed with at least 4 points (4 points)"
        );
    }

    #[test]
    fn point_geometry_is_refused() {
        let point = r#"{"type":"Point","coordinates":[0,0]}"#;
        let text = format!(r#"{{"features":[{}]}}"#, nuts_feature("DE1", point));
        let error = parse_source("n.geojson", text.as_bytes(), SourceKind::Nuts).unwrap_err();
        assert!(
            error.to_string().contains("geometry type \"Point\""),
            "{error}"
        );
    }

    #[test]
    fn a_feature_the_geojson_crate_refuses_is_still_named() {
        let text = r#"{"features":[{"type":"Feature","properties":{"NUTS_ID":"DE9"},"geometry":{"type":"Polygon","coordinates":"x"}}]}"#;
        let error = parse_source("n.geojson", text.as_bytes(), SourceKind::Nuts).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("n.geojson: features[0] \"DE9\": not a GeoJSON Feature"),
            "{error}"
        );
    }

    #[test]
    fn region_id_used_twice_names_both_records() {
        let text = r#"{"regions":[{"id":"a","nuts":["DE1"]},{"id":"b","nuts":["DE2"]},{"id":"a","nuts":["DE3"]}]}"#;
        let error = parse_data_regions("public/data/x.json", text.as_bytes()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "public/data/x.json: regions[2] \"a\": id already used by regions[0]"
        );
    }

    #[test]
    fn region_without_nuts_codes_is_refused() {
        let text = r#"{"regions":[{"id":"a","nuts":[]}]}"#;
        let error = parse_data_regions("d.json", text.as_bytes()).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("d.json: regions[0] field nuts"),
            "{error}"
        );
    }

    #[test]
    fn other_data_fields_are_ignored() {
        let text = r#"{"project":{"name":"X"},"regions":[{"id":"a","name":"A","nuts":["DE1","DE2"],"extra":1}]}"#;
        let regions = parse_data_regions("d.json", text.as_bytes()).unwrap();
        assert_eq!(
            regions,
            vec![DataRegion {
                id: "a".into(),
                nuts: vec!["DE1".into(), "DE2".into()]
            }]
        );
    }
}
