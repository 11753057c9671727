//! SVG path data for rings of integer view-box coordinates, written as short as SVG allows.
//!
//! Like d3-geo's path string writer (d3/d3-geo `src/path/string.js`) each ring is `M` + line
//! segments + `z`; unlike it the coordinates are already integers on the frame's grid, so
//! there is no `digits` option: each ring is one absolute `M x y`, then relative `l` deltas
//! (short numbers), separators only where a minus sign does not already separate them.

use std::fmt::Write as _;

/// A point in integer view-box units.
pub type GridPoint = [i32; 2];

/// Appends `rings` to `out` as SVG path data: per ring `M x y`, then `l` with relative
/// deltas, then `z`.
///
/// A ring may repeat its first point at the end (GeoJSON style) or not; either way it is written
/// once and closed with `z`. Rings with fewer than two distinct points are skipped. Consecutive
/// duplicate points are written as zero deltas (the caller removes them if it cares).
pub fn write_svg_path(out: &mut String, rings: &[Vec<GridPoint>]) {
    for ring in rings {
        let points = match ring.split_last() {
            Some((last, rest)) if rest.first() == Some(last) => rest,
            _ => ring.as_slice(),
        };
        let Some((first, rest)) = points.split_first() else {
            continue;
        };
        if rest.is_empty() {
            continue;
        }
        let _ = write!(out, "M{} {}l", first[0], first[1]);
        let mut previous = *first;
        let mut needs_separator = false;
        for point in rest {
            let dx = i64::from(point[0]) - i64::from(previous[0]);
            let dy = i64::from(point[1]) - i64::from(previous[1]);
            push_number(out, dx, needs_separator);
            push_number(out, dy, true);
            needs_separator = true;
            previous = *point;
        }
        out.push('z');
    }
}

/// The SVG path data of `rings`; see [`write_svg_path`].
pub fn to_svg_path(rings: &[Vec<GridPoint>]) -> String {
    let mut out = String::new();
    write_svg_path(&mut out, rings);
    out
}

fn push_number(out: &mut String, value: i64, separate: bool) {
    if separate && value >= 0 {
        out.push(' ');
    }
    let _ = write!(out, "{value}");
}

/// Reads path data written by [`write_svg_path`] back into closed rings of absolute points (the
/// first point repeated at the end).
///
/// Understands only what the writer emits (`M`, `l`, `z`, integers); returns `None` for anything
/// else. Meant for tests and tools, not as a general SVG parser.
pub fn parse_svg_path(d: &str) -> Option<Vec<Vec<[i64; 2]>>> {
    let mut rings = Vec::new();
    let mut rest = d;
    while !rest.is_empty() {
        rest = rest.strip_prefix('M')?;
        let (body, after) = rest.split_once('z')?;
        rest = after;
        let (start, deltas) = body.split_once('l')?;
        let start = numbers(start)?;
        let [x, y] = <[i64; 2]>::try_from(start).ok()?;
        let deltas = numbers(deltas)?;
        if !deltas.len().is_multiple_of(2) {
            return None;
        }
        let mut ring = vec![[x, y]];
        let mut current = [x, y];
        for pair in deltas.chunks_exact(2) {
            if let [dx, dy] = pair {
                current = [current[0] + dx, current[1] + dy];
                ring.push(current);
            }
        }
        ring.push([x, y]);
        rings.push(ring);
    }
    Some(rings)
}

/// Integers separated by spaces or by their own minus signs.
fn numbers(text: &str) -> Option<Vec<i64>> {
    let mut values = Vec::new();
    let mut token = String::new();
    for c in text.chars() {
        if c == ' ' || c == '-' {
            if !token.is_empty() && token != "-" {
                values.push(token.parse().ok()?);
                token.clear();
            }
            if c == '-' {
                token.push('-');
            }
        } else if c.is_ascii_digit() {
            token.push(c);
        } else {
            return None;
        }
    }
    if !token.is_empty() {
        values.push(token.parse().ok()?);
    }
    Some(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn square_is_written_with_relative_deltas_and_minus_signs_as_separators() {
        let square = vec![vec![[10, 20], [15, 20], [15, 25], [10, 25], [10, 20]]];
        assert_eq!(to_svg_path(&square), "M10 20l5 0 0 5-5 0z");
    }

    #[test]
    fn unclosed_ring_is_closed_with_z() {
        assert_eq!(
            to_svg_path(&[vec![[0, 0], [1, 0], [0, 1]]]),
            "M0 0l1 0-1 1z"
        );
    }

    #[test]
    fn rings_with_one_point_or_none_are_skipped() {
        assert_eq!(
            to_svg_path(&[vec![], vec![[3, 3]], vec![[3, 3], [3, 3]]]),
            ""
        );
    }

    #[test]
    fn several_rings_follow_each_other() {
        let d = to_svg_path(&[
            vec![[0, 0], [2, 0], [0, 2]],
            vec![[-5, -5], [-6, -5], [-5, -6]],
        ]);
        assert_eq!(d, "M0 0l2 0-2 2zM-5 -5l-1 0 1-1z");
    }

    #[test]
    fn written_path_parses_back_to_its_rings() {
        let rings = vec![
            vec![[0, 0], [7, -3], [-2, 9], [0, 0]],
            vec![[100, 100], [90, 95], [100, 100]],
        ];
        let d = to_svg_path(&rings);
        let back = parse_svg_path(&d).unwrap();
        let want: Vec<Vec<[i64; 2]>> = rings
            .iter()
            .map(|r| {
                r.iter()
                    .map(|p| [i64::from(p[0]), i64::from(p[1])])
                    .collect()
            })
            .collect();
        assert_eq!(back, want);
    }

    #[test]
    fn parser_refuses_what_the_writer_never_writes() {
        assert!(parse_svg_path("M0 0L1 1z").is_none());
        assert!(parse_svg_path("M0 0l1z").is_none());
        assert!(parse_svg_path("M0.5 0l1 1z").is_none());
    }
}
