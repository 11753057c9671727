//! The map's one projection: ETRS89 Lambert Azimuthal Equal Area (EPSG:3035), Eurostat's standard
//! for statistical maps of Europe.
//!
//! The geo build projects the GISCO source with it and the app projects partner markers with it, so
//! markers land on the shipped shapes. The formulas are the ellipsoidal oblique-aspect ones from
//! J. P. Snyder, *Map Projections: A Working Manual*, USGS Professional Paper 1395 (1987),
//! pp. 187-190 (equations 3-11 to 3-13, 24-13 to 24-20 forward; 20-18, 24-28, 24-29, 3-18 and 3-16 inverse),
//! with the EPSG:3035 parameters: GRS80 ellipsoid, latitude of origin 52° N, longitude of origin
//! 10° E, false easting 4,321,000 m, false northing 3,210,000 m.
//!
//! Equal area matters here: areas measured on projected shapes are true areas, which the geo build
//! uses to check that simplification keeps each region's area.

/// An ellipsoidal Lambert azimuthal equal-area projection (oblique aspect), with every constant
/// that depends only on the parameters computed once.
///
/// Coordinates are in degrees (longitude, latitude) on the geodetic side and in metres
/// (easting, northing; northing grows to the north) on the projected side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Laea {
    /// Semi-major axis in metres.
    a: f64,
    /// First eccentricity.
    e: f64,
    /// Longitude of origin in radians.
    lon0: f64,
    /// False easting and northing in metres.
    false_origin: [f64; 2],
    /// `q` at the pole (Snyder 3-12 with φ = 90°).
    qp: f64,
    /// sin and cos of the authalic latitude of the origin (Snyder 3-11).
    sin_beta1: f64,
    cos_beta1: f64,
    /// Radius of the sphere of equal area (Snyder 3-13).
    rq: f64,
    /// Snyder's `D` (24-20): corrects scale so the origin's meridian scale is true.
    d: f64,
}

/// GRS80 semi-major axis in metres.
const GRS80_A: f64 = 6_378_137.0;
/// GRS80 inverse flattening.
const GRS80_INV_F: f64 = 298.257_222_101;

impl Laea {
    /// A projection on an ellipsoid with semi-major axis `a` (metres) and inverse flattening
    /// `inv_f`, centred on (`lon0`, `lat0`) in degrees, with the given false easting and northing in
    /// metres.
    pub fn new(a: f64, inv_f: f64, lon0: f64, lat0: f64, false_origin: [f64; 2]) -> Self {
        let f = 1.0 / inv_f;
        let e = (2.0 * f - f * f).sqrt();
        let phi1 = lat0.to_radians();
        let qp = q(e, 1.0);
        let beta1 = (q(e, phi1.sin()) / qp).clamp(-1.0, 1.0).asin();
        let rq = a * (qp / 2.0).sqrt();
        let e2 = e * e;
        let m1 = phi1.cos() / (1.0 - e2 * phi1.sin().powi(2)).sqrt();
        let d = a * m1 / (rq * beta1.cos());
        Self {
            a,
            e,
            lon0: lon0.to_radians(),
            false_origin,
            qp,
            sin_beta1: beta1.sin(),
            cos_beta1: beta1.cos(),
            rq,
            d,
        }
    }

    /// EPSG:3035, ETRS89-extended / LAEA Europe.
    pub fn etrs89() -> Self {
        Self::new(GRS80_A, GRS80_INV_F, 10.0, 52.0, [4_321_000.0, 3_210_000.0])
    }

    /// Projects (`lon`, `lat`) in degrees to [easting, northing] in metres.
    ///
    /// Returns `None` for non-finite input, a latitude outside ±90°, or the antipode of the
    /// origin (where the projection is undefined). Any longitude is accepted (it wraps).
    pub fn forward(&self, lon: f64, lat: f64) -> Option<[f64; 2]> {
        if !lon.is_finite() || !lat.is_finite() || lat.abs() > 90.0 {
            return None;
        }
        let phi = lat.to_radians();
        let dlam = lon.to_radians() - self.lon0;
        let sin_beta = (q(self.e, phi.sin()) / self.qp).clamp(-1.0, 1.0);
        let cos_beta = (1.0 - sin_beta * sin_beta).max(0.0).sqrt();
        let denom = 1.0 + self.sin_beta1 * sin_beta + self.cos_beta1 * cos_beta * dlam.cos();
        if denom <= 1e-12 {
            return None;
        }
        let b = self.rq * (2.0 / denom).sqrt();
        let x = b * self.d * cos_beta * dlam.sin();
        let y = (b / self.d) * (self.cos_beta1 * sin_beta - self.sin_beta1 * cos_beta * dlam.cos());
        let [fe, fnorth] = self.false_origin;
        Some([fe + x, fnorth + y])
    }

    /// Inverts [`Laea::forward`]: [easting, northing] in metres to [lon, lat] in degrees, with the
    /// longitude in (-180°, 180°].
    ///
    /// Returns `None` for non-finite input or points farther from the origin than the projection's
    /// disc (2·Rq).
    pub fn inverse(&self, easting: f64, northing: f64) -> Option<[f64; 2]> {
        if !easting.is_finite() || !northing.is_finite() {
            return None;
        }
        let [fe, fnorth] = self.false_origin;
        let x = easting - fe;
        let y = northing - fnorth;
        let rho = ((x / self.d).powi(2) + (self.d * y).powi(2)).sqrt();
        if rho < 1e-9 {
            return Some([
                self.lon0.to_degrees(),
                self.lat_from_beta(self.sin_beta1.asin()),
            ]);
        }
        let ratio = rho / (2.0 * self.rq);
        if ratio > 1.0 {
            return None;
        }
        let c = 2.0 * ratio.asin();
        let (sin_c, cos_c) = c.sin_cos();
        let sin_beta = cos_c * self.sin_beta1 + self.d * y * sin_c * self.cos_beta1 / rho;
        let beta = sin_beta.clamp(-1.0, 1.0).asin();
        let lam = (x * sin_c).atan2(
            self.d * rho * self.cos_beta1 * cos_c - self.d * self.d * y * self.sin_beta1 * sin_c,
        );
        let mut lon = (self.lon0 + lam).to_degrees();
        if lon > 180.0 {
            lon -= 360.0;
        } else if lon <= -180.0 {
            lon += 360.0;
        }
        Some([lon, self.lat_from_beta(beta)])
    }

    /// Geodetic latitude in degrees from authalic latitude `beta` in radians: Snyder's series
    /// 3-18, then two Newton steps of 3-16 so the result is exact to double precision.
    fn lat_from_beta(&self, beta: f64) -> f64 {
        let e = self.e;
        let e2 = e * e;
        let e4 = e2 * e2;
        let e6 = e4 * e2;
        let mut phi = beta
            + (e2 / 3.0 + 31.0 * e4 / 180.0 + 517.0 * e6 / 5040.0) * (2.0 * beta).sin()
            + (23.0 * e4 / 360.0 + 251.0 * e6 / 3780.0) * (4.0 * beta).sin()
            + (761.0 * e6 / 45360.0) * (6.0 * beta).sin();
        let q_target = self.qp * beta.sin();
        for _ in 0..2 {
            let (sin_phi, cos_phi) = phi.sin_cos();
            if cos_phi.abs() < 1e-12 {
                break;
            }
            let es = e * sin_phi;
            let one_minus = 1.0 - es * es;
            phi += one_minus * one_minus / (2.0 * cos_phi)
                * (q_target / (1.0 - e2) - sin_phi / one_minus
                    + (1.0 / (2.0 * e)) * ((1.0 - es) / (1.0 + es)).ln());
        }
        phi.to_degrees()
    }

    /// The semi-major axis in metres.
    pub fn semi_major_axis(&self) -> f64 {
        self.a
    }
}

/// Snyder's `q` (3-12) for eccentricity `e` and sin φ.
fn q(e: f64, sin_phi: f64) -> f64 {
    let e2 = e * e;
    let es = e * sin_phi;
    (1.0 - e2) * (sin_phi / (1.0 - es * es) - (1.0 / (2.0 * e)) * ((1.0 - es) / (1.0 + es)).ln())
}

/// Projects (`lon`, `lat`) in degrees to EPSG:3035 [easting, northing] in metres; see
/// [`Laea::forward`].
pub fn project(lon: f64, lat: f64) -> Option<[f64; 2]> {
    Laea::etrs89().forward(lon, lat)
}

/// Inverts [`project`]: EPSG:3035 metres to [lon, lat] in degrees; see [`Laea::inverse`].
pub fn unproject(easting: f64, northing: f64) -> Option<[f64; 2]> {
    Laea::etrs89().inverse(easting, northing)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_close(got: [f64; 2], want: [f64; 2], tolerance: f64) {
        let dx = (got[0] - want[0]).abs();
        let dy = (got[1] - want[1]).abs();
        assert!(
            dx < tolerance && dy < tolerance,
            "got {got:?}, want {want:?} (tolerance {tolerance})"
        );
    }

    #[test]
    fn epsg_guidance_note_7_2_example_projects_within_a_centimetre() {
        // IOGP Publication 373-7-2 (Geomatics Guidance Note 7, part 2), section 3.2.4.1 worked
        // example: ETRS89 50°N 5°E -> E 3962799.45 m, N 2999718.85 m.
        let got = project(5.0, 50.0).unwrap();
        assert_close(got, [3_962_799.45, 2_999_718.85], 0.01);
    }

    /// IOGP Geospatial Integrity of Geoscience Software (GIGS) test data, test 5110 (Lambert
    /// Azimuthal Equal Area, v2-0 2011-06-28), as PROJ runs it in `test/gigs/5110.gie`:
    /// (lon, lat) -> (E, N) for EPSG:3035, tolerance 5 cm.
    const GIGS_5110: [([f64; 2], [f64; 2]); 11] = [
        ([5.0, 70.0], [4_127_824.658_22, 5_214_090.649]),
        ([5.0, 60.0], [4_041_548.13, 4_109_791.66]),
        ([5.0, 50.0], [3_962_799.45, 2_999_718.853]),
        ([5.0, 40.0], [3_892_127.02, 1_892_578.962]),
        ([5.0, 30.0], [3_830_117.9, 796_781.677]),
        ([10.0, 52.0], [4_321_000.0, 3_210_000.0]),
        ([0.0, 50.0], [3_606_514.43, 3_036_305.967]),
        ([3.0, 50.0], [3_819_948.288, 3_011_432.894]),
        ([5.0, 50.0], [3_962_799.451, 2_999_718.853]),
        ([8.0, 50.0], [4_177_612.521, 2_989_464.315]),
        ([10.0, 50.0], [4_321_000.0, 2_987_510.567]),
    ];

    #[test]
    fn gigs_5110_points_project_within_five_centimetres() {
        for ([lon, lat], want) in GIGS_5110 {
            assert_close(project(lon, lat).unwrap(), want, 0.05);
        }
    }

    #[test]
    fn gigs_5110_points_invert_within_five_centimetres() {
        // 5 cm is about 5e-7 degrees of latitude (and less than 1e-6 of longitude up to 70° N).
        for (want, [e, n]) in GIGS_5110 {
            assert_close(unproject(e, n).unwrap(), want, 1e-6);
        }
    }

    #[test]
    fn origin_projects_to_the_false_origin() {
        assert_close(
            project(10.0, 52.0).unwrap(),
            [4_321_000.0, 3_210_000.0],
            1e-6,
        );
    }

    #[test]
    fn epsg_guidance_note_7_2_example_inverts_to_fifty_north_five_east() {
        let got = unproject(3_962_799.45, 2_999_718.85).unwrap();
        assert_close(got, [5.0, 50.0], 1e-7);
    }

    #[test]
    fn false_origin_inverts_to_the_origin() {
        assert_close(
            unproject(4_321_000.0, 3_210_000.0).unwrap(),
            [10.0, 52.0],
            1e-9,
        );
    }

    #[test]
    fn antipode_and_bad_input_give_none() {
        assert!(project(-170.0, -52.0).is_none());
        assert!(project(f64::NAN, 50.0).is_none());
        assert!(project(5.0, 91.0).is_none());
        assert!(unproject(f64::INFINITY, 0.0).is_none());
        assert!(unproject(4_321_000.0 + 3.0e7, 3_210_000.0).is_none());
    }
}
