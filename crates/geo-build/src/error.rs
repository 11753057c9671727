//! Everything that can stop a geo build, each message naming the file, the record and the value.

/// Why the geo build stopped. Nothing is written when any of these happens.
#[derive(Debug, thiserror::Error)]
pub enum GeoError {
    /// A file could not be read.
    #[error("{path}: cannot read: {message}")]
    Read {
        /// The file.
        path: String,
        /// The system's reason.
        message: String,
    },
    /// A file could not be written (or renamed into place).
    #[error("{path}: cannot write: {message}")]
    Write {
        /// The file.
        path: String,
        /// The system's reason.
        message: String,
    },
    /// A file is not JSON, or not JSON of the expected shape.
    #[error("{path}: not valid JSON: {message}")]
    Json {
        /// The file.
        path: String,
        /// serde_json's message with line and column.
        message: String,
    },
    /// A configuration value is missing or out of range.
    #[error("{path}: field {field}: {problem}")]
    Config {
        /// The configuration file.
        path: String,
        /// The field, e.g. `extent`.
        field: String,
        /// What is wrong and what is allowed.
        problem: String,
    },
    /// A source feature is malformed (no id, bad geometry, coordinates that do not project).
    #[error("{path}: features[{index}] {id:?}: {problem}")]
    MalformedFeature {
        /// The source file.
        path: String,
        /// Index of the feature in the source's `features`.
        index: usize,
        /// Its id, or an empty string.
        id: String,
        /// What is wrong.
        problem: String,
    },
    /// A data file region names a NUTS code the source does not have.
    #[error(
        "{path}: regions[{index}] {region:?} field nuts: {code:?} is not a NUTS_ID in {source_file}"
    )]
    UnknownNuts {
        /// The data file.
        path: String,
        /// Index of the region.
        index: usize,
        /// The region id.
        region: String,
        /// The unknown code.
        code: String,
        /// The NUTS source file searched.
        source_file: String,
    },
    /// The configuration names a country the countries source does not have.
    #[error("{path}: field countries: {code:?} is not a CNTR_ID in {source_file}")]
    UnknownCountry {
        /// The configuration file.
        path: String,
        /// The unknown code.
        code: String,
        /// The countries source searched.
        source_file: String,
    },
    /// A data file region id appears twice.
    #[error("{path}: regions[{index}] {region:?}: id already used by regions[{first}]")]
    DuplicateRegion {
        /// The data file.
        path: String,
        /// Index of the second region with this id.
        index: usize,
        /// Index of the first.
        first: usize,
        /// The id.
        region: String,
    },
    /// A data file region is malformed (no id, no NUTS codes).
    #[error("{path}: regions[{index}] field {field}: {problem}")]
    BadRegion {
        /// The data file.
        path: String,
        /// Index of the region.
        index: usize,
        /// The field.
        field: &'static str,
        /// What is wrong.
        problem: String,
    },
    /// A partner region or configured country does not lie (wholly, for regions) in the map extent.
    #[error("{id:?} {problem}; widen extent in {config}")]
    OutsideExtent {
        /// The region or country id.
        id: String,
        /// How it misses the extent.
        problem: String,
        /// The configuration file.
        config: String,
    },
    /// Simplification could not remove every crossing even at full detail: the projected,
    /// quantized source itself crosses (make `quantum` smaller).
    #[error("level {level:?}: topology problems left at full detail: {problems}")]
    Topology {
        /// The detail level.
        level: String,
        /// The problems, joined.
        problems: String,
    },
    /// `--check`: files in `geo/` differ from what the inputs give.
    #[error(
        "stale: {files}: not what the configuration, sources and data file give; run `cargo xtask geo`"
    )]
    Stale {
        /// The stale files, joined by ", ".
        files: String,
    },
}
