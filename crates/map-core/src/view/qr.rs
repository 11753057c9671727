//! A QR code for the project's website on the presentation's closing step, drawn as one SVG path so
//! the app renders it with SVG elements (never through `innerHTML`).
//!
//! Encoding (Reed–Solomon, masks, versions; ISO/IEC 18004) comes from the `qrcodegen` crate
//! (Nayuki's reference encoder, byte mode only here); this module only turns its modules into a
//! compact path: one rectangle per horizontal run of dark modules.

use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the code, as ISO/IEC 18004 asks (readers need them to find the code).
pub const QUIET_ZONE: usize = 4;

/// A QR code ready to draw: `<svg viewBox="0 0 {size} {size}"><path d="{path}"/></svg>`, one unit
/// per module, dark where the path is filled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrSvg {
    /// Width and height in modules, quiet zone included.
    pub size: usize,
    /// The dark modules as an SVG path (`M x y h n v 1 h -n z` per run), in module units.
    pub path: String,
}

impl QrSvg {
    /// The `viewBox` attribute for this code.
    pub fn view_box(&self) -> String {
        format!("0 0 {0} {0}", self.size)
    }
}

/// Encodes `text` (a URL) at error correction level M (15 % of the code may be damaged or
/// covered). `None` when the text is too long for any QR version (over 2,331 bytes at level M);
/// never panics.
pub fn qr_svg(text: &str) -> Option<QrSvg> {
    let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).ok()?;
    // `size()` is 21 to 177 modules, so both conversions below always succeed.
    let width = usize::try_from(code.size()).unwrap_or(0);
    let dark = |x: usize, y: usize| match (i32::try_from(x), i32::try_from(y)) {
        (Ok(x), Ok(y)) => code.get_module(x, y),
        _ => false,
    };
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            let run = (x..width).take_while(|&x| dark(x, y)).count();
            if run > 0 {
                path.push_str(&format!(
                    "M{} {}h{run}v1h-{run}z",
                    x + QUIET_ZONE,
                    y + QUIET_ZONE
                ));
                x += run;
            } else {
                x += 1;
            }
        }
    }
    Some(QrSvg {
        size: width + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The widths of the dark runs the path draws, row by row (y → list of (x, width)).
    fn runs(path: &str) -> Vec<(usize, usize, usize)> {
        path.split('M')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (xy, rest) = p.split_once('h').unwrap();
                let (x, y) = xy.split_once(' ').unwrap();
                let (n, _) = rest.split_once('v').unwrap();
                (x.parse().unwrap(), y.parse().unwrap(), n.parse().unwrap())
            })
            .collect()
    }

    #[test]
    fn a_short_url_becomes_a_version_3_code_with_its_quiet_zone() {
        let qr = qr_svg("https://www.interregeurope.eu/secon").unwrap();
        // 35 bytes at level M need version 3 (29 modules); plus 4 light modules on each side.
        assert_eq!(qr.size, 29 + 2 * QUIET_ZONE);
        assert_eq!(qr.view_box(), "0 0 37 37");
    }

    #[test]
    fn the_path_draws_exactly_the_dark_modules_of_the_code() {
        let text = "https://example.org/project";
        let qr = qr_svg(text).unwrap();
        let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).unwrap();
        let dark = (0..code.size())
            .flat_map(|y| (0..code.size()).map(move |x| (x, y)))
            .filter(|&(x, y)| code.get_module(x, y))
            .count();
        let drawn: usize = runs(&qr.path).iter().map(|(_, _, n)| n).sum();
        assert_eq!(drawn, dark);
        // Every run lies inside the code, never in the quiet zone.
        for (x, y, n) in runs(&qr.path) {
            assert!(x >= QUIET_ZONE && x + n <= qr.size - QUIET_ZONE);
            assert!(y >= QUIET_ZONE && y < qr.size - QUIET_ZONE);
        }
    }

    #[test]
    fn the_top_left_finder_pattern_starts_with_a_run_of_seven_dark_modules() {
        let qr = qr_svg("https://example.org").unwrap();
        assert!(qr.path.starts_with("M4 4h7v1h-7z"), "{}", &qr.path[..20]);
    }

    #[test]
    fn text_too_long_for_any_qr_version_gives_none_not_a_panic() {
        assert_eq!(qr_svg(&"x".repeat(5000)), None);
    }
}
