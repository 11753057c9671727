//! The whole build, in memory: inputs in, the bytes of every output file out. Nothing touches the
//! disk here, so `--check` and the writer share it and a failure leaves `geo/` as it was.
//!
//! By concern: this file reads the inputs and runs the steps; [`selection`] resolves the data
//! file's codes, projects and clips the features and checks the extent; [`layers`] builds the
//! shared topology and the three layers; [`simplify`] drops small islands, simplifies per detail
//! level, reports topology errors and places labels; [`output`] writes each shapes file with its
//! provenance, and the manifest.

mod layers;
mod output;
mod selection;
mod simplify;

use std::path::Path;

use crate::config::Config;
use crate::error::GeoError;
use crate::read::{DataRegion, Source, SourceKind, parse_data_regions, parse_source, sha256_hex};
use crate::write::Stats;

use layers::make_layers;
use output::{manifest, write_output};
use selection::{check_extent, prepare_all, select};
use simplify::simplify_levels;

/// The tool name and version recorded in every output.
pub const TOOL: &str = concat!("geo-build ", env!("CARGO_PKG_VERSION"));

/// Everything the build reads.
#[derive(Debug, Clone)]
pub struct Inputs {
    /// Configuration path relative to the root.
    pub config_path: String,
    /// sha256 of the configuration file.
    pub config_sha256: String,
    /// The parsed configuration.
    pub config: Config,
    /// Data file path relative to the root.
    pub data_path: String,
    /// sha256 of the data file.
    pub data_sha256: String,
    /// The data file's regions.
    pub regions: Vec<DataRegion>,
    /// The NUTS source.
    pub nuts: Source,
    /// The countries source.
    pub countries: Source,
}

fn read(root: &Path, relative: &str) -> Result<Vec<u8>, GeoError> {
    std::fs::read(root.join(relative)).map_err(|e| GeoError::Read {
        path: relative.to_owned(),
        message: e.to_string(),
    })
}

/// Reads the configuration at `config_path` (relative to `root`), the data file it names (or
/// `data_override`) and both sources.
pub fn load(
    root: &Path,
    config_path: &str,
    data_override: Option<&str>,
) -> Result<Inputs, GeoError> {
    let config_bytes = read(root, config_path)?;
    let config_text = String::from_utf8_lossy(&config_bytes);
    let config = Config::parse(config_path, &config_text)?;
    let data_path = data_override.unwrap_or(&config.data).to_owned();
    let data_bytes = read(root, &data_path)?;
    let regions = parse_data_regions(&data_path, &data_bytes)?;
    let nuts = parse_source(
        &config.nuts_source,
        &read(root, &config.nuts_source)?,
        SourceKind::Nuts,
    )?;
    let countries = parse_source(
        &config.countries_source,
        &read(root, &config.countries_source)?,
        SourceKind::Countries,
    )?;
    Ok(Inputs {
        config_path: config_path.to_owned(),
        config_sha256: sha256_hex(&config_bytes),
        config,
        data_path,
        data_sha256: sha256_hex(&data_bytes),
        regions,
        nuts,
        countries,
    })
}

/// One output: where it goes and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path relative to the root.
    pub path: String,
    /// The file's content.
    pub bytes: Vec<u8>,
    /// Counts, for the report (zero for the manifest).
    pub stats: Stats,
}

/// Runs the build and returns every output file's bytes (shapes files, then the manifest).
pub fn build(inputs: &Inputs) -> Result<Vec<OutputFile>, GeoError> {
    let config = &inputs.config;
    let frame = config.frame().ok_or_else(|| GeoError::Config {
        path: inputs.config_path.clone(),
        field: "extent".to_owned(),
        problem: "does not make a frame".to_owned(),
    })?;
    let margin = (config.clip_margin / config.quantum).round();
    let clip_rect = [
        grid(-margin),
        grid(-margin),
        grid(frame.width + margin),
        grid(frame.height + margin),
    ];
    let selection = select(inputs)?;
    let prepared = prepare_all(inputs, &selection, &frame, clip_rect)?;
    check_extent(inputs, &selection, &prepared, &frame)?;
    let (topology, layers) = make_layers(inputs, &selection, &prepared);
    let mut outputs = Vec::new();
    let mut manifest_files = Vec::new();
    for (output, simplified) in simplify_levels(inputs, &frame, &topology, &layers)? {
        let (file, entry) = write_output(inputs, &frame, output, &simplified);
        manifest_files.push(entry);
        outputs.push(file);
    }
    outputs.push(manifest(inputs, &frame, manifest_files));
    Ok(outputs)
}

pub(super) fn grid(v: f64) -> i32 {
    let clamped = v.round().clamp(-1.0e9, 1.0e9);
    // Clamped to well inside i32 and integral: exact.
    #[allow(clippy::cast_possible_truncation)]
    let value = clamped as i32;
    value
}
