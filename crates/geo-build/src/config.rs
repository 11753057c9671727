//! `geo/config.json`: what to build. Which regions come from the project's data file; this file
//! names the sources, the context countries around them, the map extent and the detail levels.

use std::collections::BTreeMap;

use map_core::geo::fit::Frame;
use serde::Deserialize;

use crate::error::GeoError;

/// The geo build's configuration; paths are relative to the project root.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The project's data file; only `regions[].id` and `regions[].nuts` are read.
    pub data: String,
    /// GISCO NUTS regions, all levels, GeoJSON lon/lat.
    pub nuts_source: String,
    /// GISCO countries, GeoJSON lon/lat.
    pub countries_source: String,
    /// What the map shows: `[west, south, east, north]` in EPSG:3035 metres.
    pub extent: [f64; 4],
    /// Metres kept beyond the extent when clipping, so clipped edges stay out of view.
    pub clip_margin: f64,
    /// Grid step in metres: shipped coordinates are integers in this unit.
    pub quantum: f64,
    /// GISCO `CNTR_ID`s drawn as context (the partner regions' countries are added).
    pub countries: Vec<String>,
    /// Detail levels by name.
    pub levels: BTreeMap<String, Level>,
    /// Output files.
    pub outputs: Outputs,
}

/// How much detail one level keeps.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// Simplification tolerance in pixels when the extent's width is drawn at
    /// `reference_width_px`.
    pub tolerance_px: f64,
    /// The width in pixels the tolerance refers to.
    pub reference_width_px: f64,
    /// Islands smaller than this many square pixels (at the reference width) are dropped, unless
    /// they belong to a partner region or are their feature's largest polygon.
    pub min_island_px2: f64,
    /// Largest relative area change simplification may cause per feature (0.015 = 1.5 %).
    pub max_area_change: f64,
    /// Largest share of a feature's area that dropping its small islands may remove (0.005 =
    /// 0.5 %); together with `max_area_change` it bounds the total change.
    pub max_island_loss: f64,
}

/// The files written, relative to the project root.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outputs {
    /// Countries (context and partner countries).
    pub europe: Output,
    /// The data file's partner regions.
    pub regions: Output,
    /// Every NUTS 3 region.
    pub nuts3: Output,
    /// What produced each output.
    pub manifest: String,
}

/// One output file and its detail level.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Output {
    /// Path relative to the project root.
    pub file: String,
    /// Name of a level in `levels`.
    pub level: String,
}

impl Config {
    /// Parses and checks the configuration; `path` is for messages.
    pub fn parse(path: &str, text: &str) -> Result<Self, GeoError> {
        let config: Self = serde_json::from_str(text).map_err(|e| GeoError::Json {
            path: path.to_owned(),
            message: e.to_string(),
        })?;
        let bad = |field: &str, problem: &str| GeoError::Config {
            path: path.to_owned(),
            field: field.to_owned(),
            problem: problem.to_owned(),
        };
        if config.frame().is_none() {
            return Err(bad(
                "extent",
                "expected [west, south, east, north] in metres with west < east, south < north, and a positive quantum",
            ));
        }
        if !(config.clip_margin.is_finite() && config.clip_margin >= 0.0) {
            return Err(bad("clip_margin", "expected metres, 0 or more"));
        }
        for (name, level) in &config.levels {
            let field = format!("levels.{name}");
            let positive = [level.tolerance_px, level.reference_width_px];
            if positive.iter().any(|v| !(v.is_finite() && *v > 0.0)) {
                return Err(bad(
                    &field,
                    "tolerance_px and reference_width_px must be positive",
                ));
            }
            if !(level.min_island_px2.is_finite() && level.min_island_px2 >= 0.0) {
                return Err(bad(&field, "min_island_px2 must be 0 or more"));
            }
            if !(level.max_area_change > 0.0 && level.max_area_change < 1.0) {
                return Err(bad(&field, "max_area_change must be between 0 and 1"));
            }
            if !(level.max_island_loss >= 0.0 && level.max_island_loss < 1.0) {
                return Err(bad(
                    &field,
                    "max_island_loss must be at least 0 and below 1",
                ));
            }
        }
        let outputs = [
            ("outputs.europe", &config.outputs.europe),
            ("outputs.regions", &config.outputs.regions),
            ("outputs.nuts3", &config.outputs.nuts3),
        ];
        let mut files = vec![config.outputs.manifest.as_str()];
        for (field, output) in outputs {
            if files.contains(&output.file.as_str()) {
                return Err(bad(
                    field,
                    &format!("file {:?} is written twice", output.file),
                ));
            }
            files.push(&output.file);
        }
        for (field, output) in outputs {
            if !config.levels.contains_key(&output.level) {
                let known: Vec<&str> = config.levels.keys().map(String::as_str).collect();
                return Err(bad(
                    field,
                    &format!("level {:?} is not one of {known:?}", output.level),
                ));
            }
        }
        Ok(config)
    }

    /// The frame all outputs share.
    pub fn frame(&self) -> Option<Frame> {
        Frame::fit_extent(self.extent, self.quantum)
    }
}

impl Level {
    /// Grid units per pixel at the reference width.
    pub fn units_per_px(&self, frame: &Frame) -> f64 {
        frame.width / self.reference_width_px
    }

    /// The RDP tolerance in grid units.
    pub fn tolerance(&self, frame: &Frame) -> f64 {
        self.tolerance_px * self.units_per_px(frame)
    }

    /// The island threshold in grid units squared.
    pub fn min_island_area(&self, frame: &Frame) -> f64 {
        self.min_island_px2 * self.units_per_px(frame).powi(2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{"data":"d.json","nuts_source":"n.geojson","countries_source":"c.geojson",
        "extent":[0,0,1000,1000],"clip_margin":10,"quantum":10,"countries":["DE"],
        "levels":{"europe":{"tolerance_px":0.5,"reference_width_px":100,"min_island_px2":1,"max_area_change":0.015,"max_island_loss":0.005}},
        "outputs":{"europe":{"file":"e.json","level":"europe"},"regions":{"file":"r.json","level":"europe"},
        "nuts3":{"file":"n.json","level":"europe"},"manifest":"m.json"}}"#;

    #[test]
    fn good_configuration_gives_tolerance_in_grid_units() {
        let config = Config::parse("geo/config.json", GOOD).unwrap();
        let frame = config.frame().unwrap();
        let level = config.levels["europe"];
        assert_eq!(level.tolerance(&frame), 0.5);
    }

    #[test]
    fn unknown_level_names_the_output_and_the_known_levels() {
        let text = GOOD.replace(
            r#""file":"n.json","level":"europe""#,
            r#""file":"n.json","level":"fine""#,
        );
        let error = Config::parse("geo/config.json", &text)
            .unwrap_err()
            .to_string();
        assert_eq!(
            error,
            "geo/config.json: field outputs.nuts3: level \"fine\" is not one of [\"europe\"]"
        );
    }

    #[test]
    fn two_outputs_to_one_file_are_refused() {
        let text = GOOD.replace(r#""file":"r.json""#, r#""file":"e.json""#);
        let error = Config::parse("c.json", &text).unwrap_err().to_string();
        assert_eq!(
            error,
            "c.json: field outputs.regions: file \"e.json\" is written twice"
        );
    }

    #[test]
    fn inverted_extent_is_refused() {
        let text = GOOD.replace("[0,0,1000,1000]", "[1000,0,0,1000]");
        let error = Config::parse("geo/config.json", &text)
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with("geo/config.json: field extent"),
            "{error}"
        );
    }

    #[test]
    fn misspelt_field_is_refused() {
        let text = GOOD.replace("clip_margin", "clip_margins");
        assert!(Config::parse("c.json", &text).is_err());
    }
}
