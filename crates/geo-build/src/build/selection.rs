//! Which features the build uses: the data file's NUTS codes and the configured countries
//! resolved, projected, quantized and clipped, and the extent checks.

use std::collections::{BTreeMap, BTreeSet};

use map_core::geo::fit::Frame;

use super::Inputs;
use crate::error::GeoError;
use crate::read::SourceFeature;
use crate::select::{GridPolygons, GridRect, bounds, clip, project_feature, quantize};

/// Which source a prepared feature comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum SourceSet {
    Countries,
    Nuts,
}

/// A source feature projected, quantized and clipped, plus its unclipped projection (for the
/// extent checks and for the label of a feature wholly outside the frame).
pub(super) struct Prepared<'a> {
    pub(super) source: &'a SourceFeature,
    pub(super) polygons: GridPolygons,
    pub(super) projected: Vec<Vec<Vec<[f64; 2]>>>,
}

impl Prepared<'_> {
    /// Bounds of the unclipped outer rings in view-box units: `[x0, y0, x1, y1]`.
    fn full_bounds(&self) -> [f64; 4] {
        let start = [
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        ];
        self.projected
            .iter()
            .filter_map(|p| p.first())
            .flatten()
            .fold(start, |b, p| {
                [
                    b[0].min(p[0]),
                    b[1].min(p[1]),
                    b[2].max(p[0]),
                    b[3].max(p[1]),
                ]
            })
    }
}

/// What the layers need from the sources.
pub(super) struct Selection<'a> {
    /// Per data file region, its NUTS features.
    pub(super) members: Vec<Vec<&'a SourceFeature>>,
    /// Context countries and the partner regions' countries, sorted.
    pub(super) countries: BTreeSet<String>,
}

/// Resolves the data file's NUTS codes and the configured countries, refusing unknown ones.
pub(super) fn select(inputs: &Inputs) -> Result<Selection<'_>, GeoError> {
    let mut members = Vec::with_capacity(inputs.regions.len());
    for (index, region) in inputs.regions.iter().enumerate() {
        let found = region
            .nuts
            .iter()
            .map(|code| {
                inputs.nuts.get(code).ok_or_else(|| GeoError::UnknownNuts {
                    path: inputs.data_path.clone(),
                    index,
                    region: region.id.clone(),
                    code: code.clone(),
                    source_file: inputs.nuts.path.clone(),
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        members.push(found);
    }
    let unknown = |path: &str, code: &str| GeoError::UnknownCountry {
        path: path.to_owned(),
        code: code.to_owned(),
        source_file: inputs.countries.path.clone(),
    };
    let mut countries = BTreeSet::new();
    for code in &inputs.config.countries {
        inputs
            .countries
            .get(code)
            .ok_or_else(|| unknown(&inputs.config_path, code))?;
        countries.insert(code.clone());
    }
    for member in members.iter().flatten() {
        inputs
            .countries
            .get(&member.country)
            .ok_or_else(|| unknown(&inputs.data_path, &member.country))?;
        countries.insert(member.country.clone());
    }
    Ok(Selection { members, countries })
}

/// Projects, quantizes and clips every country and NUTS feature a layer uses.
pub(super) fn prepare_all<'a>(
    inputs: &'a Inputs,
    selection: &Selection<'a>,
    frame: &Frame,
    clip_rect: GridRect,
) -> Result<BTreeMap<(SourceSet, String), Prepared<'a>>, GeoError> {
    let mut nuts_ids: BTreeSet<&str> = selection
        .members
        .iter()
        .flatten()
        .map(|f| f.id.as_str())
        .collect();
    nuts_ids.extend(nuts3_features(inputs).map(|f| f.id.as_str()));
    let countries = selection
        .countries
        .iter()
        .map(|id| (SourceSet::Countries, id.as_str()));
    let nuts = nuts_ids.into_iter().map(|id| (SourceSet::Nuts, id));
    let mut prepared = BTreeMap::new();
    for (from, id) in countries.chain(nuts) {
        let source = match from {
            SourceSet::Countries => &inputs.countries,
            SourceSet::Nuts => &inputs.nuts,
        };
        let Some((index, feature)) = source.index_of(id).zip(source.get(id)) else {
            continue;
        };
        let projected =
            project_feature(feature, frame).map_err(|problem| GeoError::MalformedFeature {
                path: source.path.clone(),
                index,
                id: id.to_owned(),
                problem,
            })?;
        let polygons = clip(quantize(&projected), clip_rect);
        let entry = Prepared {
            source: feature,
            polygons,
            projected,
        };
        prepared.insert((from, id.to_owned()), entry);
    }
    Ok(prepared)
}

pub(super) fn nuts3_features(inputs: &Inputs) -> impl Iterator<Item = &SourceFeature> {
    inputs.nuts.features.iter().filter(|f| f.level == Some(3))
}

/// Configured countries must show in the view box; partner regions must lie wholly inside it.
pub(super) fn check_extent(
    inputs: &Inputs,
    selection: &Selection,
    prepared: &BTreeMap<(SourceSet, String), Prepared>,
    frame: &Frame,
) -> Result<(), GeoError> {
    let view = [0.0, 0.0, frame.width, frame.height];
    let outside = |id: &str, problem: String| GeoError::OutsideExtent {
        id: id.to_owned(),
        problem,
        config: inputs.config_path.clone(),
    };
    for id in &inputs.config.countries {
        let shows = prepared
            .get(&(SourceSet::Countries, id.clone()))
            .is_some_and(|p| {
                bounds(&p.polygons).is_some_and(|b| {
                    let [x0, y0, x1, y1] = b.map(f64::from);
                    x1 > view[0] && y1 > view[1] && x0 < view[2] && y0 < view[3]
                })
            });
        if !shows {
            return Err(outside(id, "lies wholly outside the map extent".to_owned()));
        }
    }
    for (region, members) in inputs.regions.iter().zip(&selection.members) {
        for member in members {
            let inside = prepared
                .get(&(SourceSet::Nuts, member.id.clone()))
                .is_some_and(|p| {
                    let b = p.full_bounds();
                    b[0] >= view[0] && b[1] >= view[1] && b[2] <= view[2] && b[3] <= view[3]
                });
            if !inside {
                let problem = format!(
                    "(NUTS {}) does not lie wholly inside the map extent",
                    member.id
                );
                return Err(outside(&region.id, problem));
            }
        }
    }
    Ok(())
}
