//! The map as a file to download: one self-contained SVG document with a title, the map
//! as it is drawn now, its legend and its attribution, and the file's name.
//!
//! The browser gives the map's markup as it is drawn (serialized from the live `<svg>`, so it keeps
//! the current zoom and the selected region's classes) and the colours the page resolved for each
//! kind of shape. The page's stylesheet and its custom properties do not travel with a downloaded
//! file, so those colours are written into the document's own `<style>`. The app draws the PNG from
//! this same document in the browser, at twice its size.
//!
//! Text from the data file and the interface (title, region, legend, attribution) is escaped here:
//! it is never markup. Only the map's markup, which the browser serialized, is copied as it is.

mod file_name;
mod palette;

use std::fmt::Write as _;

use crate::geo::fit::ViewBox;

pub use file_name::{file_name, project_title, slug};
pub use palette::COLOURS;
use palette::push_style;

/// Width of the exported document in CSS pixels (the PNG is twice as wide).
pub const WIDTH: u32 = 1000;
/// Space around the content, px.
const PAD: f64 = 24.0;
/// Font sizes, px.
const TITLE_PX: f64 = 28.0;
const SUBTITLE_PX: f64 = 18.0;
const LEGEND_PX: f64 = 15.0;
const ATTRIBUTION_PX: f64 = 13.0;
/// Average advance of a character of the sans-serif font, in em: a generous estimate, so that
/// wrapped text stays inside the page whatever font the viewer has.
const EM_PER_CHAR: f64 = 0.58;

/// How a legend entry's swatch is drawn: with the map's own class, so with its colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swatch {
    /// A partner region.
    Region,
    /// The selected region.
    SelectedRegion,
    /// A partner country.
    PartnerCountry,
    /// A partner's seat.
    Marker,
    /// The lead partner's seat.
    LeadMarker,
}

/// The map's legend, in its order: each entry's catalogue key and swatch. The widget's legend
/// under the map and the exported file's both draw it.
pub const LEGEND: [(&str, Swatch); 4] = [
    ("legend-region", Swatch::Region),
    ("legend-country", Swatch::PartnerCountry),
    ("legend-seat", Swatch::Marker),
    ("legend-lead-seat", Swatch::LeadMarker),
];

/// One line of the legend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegendEntry {
    /// What the swatch means, in the interface language.
    pub label: String,
    /// The swatch.
    pub swatch: Swatch,
}

/// Everything the downloaded document is made of.
#[derive(Debug, Clone, Copy)]
pub struct Export<'a> {
    /// The map's `viewBox` (the frame the markup is drawn in).
    pub view_box: ViewBox,
    /// The map's content as the browser serialized it (the zoom group with its transform). Copied
    /// as it is: it must be well-formed XML, as `XMLSerializer` writes it.
    pub map_markup: &'a str,
    /// The title (the project's name).
    pub title: &'a str,
    /// The subtitle (the selected region's name), if any.
    pub subtitle: Option<&'a str>,
    /// The legend.
    pub legend: &'a [LegendEntry],
    /// The attribution the geometry's licence asks for.
    pub attribution: &'a str,
    /// The colours the page resolved, in the order of [`COLOURS`] (missing or unusable ones are
    /// the light theme's).
    pub colours: &'a [String],
}

/// A composed document and its size in CSS pixels (whole numbers, so a PNG at 2x is exact).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedSvg {
    /// The SVG document.
    pub svg: String,
    /// `width` attribute, px.
    pub width: u32,
    /// `height` attribute, px.
    pub height: u32,
}

/// Composes the standalone SVG document: a header with the title and subtitle, the map clipped to
/// its frame, and a footer with the legend and the attribution, on the page's background.
pub fn compose_svg(export: &Export<'_>) -> ExportedSvg {
    let width = f64::from(WIDTH);
    let inner = width - 2.0 * PAD;
    let vb = sane_view_box(export.view_box);
    let map_height = inner * vb.height / vb.width;

    // Header: the title's lines, then the subtitle's.
    let mut body = String::new();
    let mut y = PAD;
    for line in wrap(export.title, inner, TITLE_PX * 1.05) {
        y += TITLE_PX * 1.2;
        text_line(&mut body, "title", PAD, y - TITLE_PX * 0.25, &line);
    }
    if let Some(subtitle) = export.subtitle.filter(|s| !s.trim().is_empty()) {
        y += 4.0;
        for line in wrap(subtitle, inner, SUBTITLE_PX) {
            y += SUBTITLE_PX * 1.3;
            text_line(&mut body, "subtitle", PAD, y - SUBTITLE_PX * 0.3, &line);
        }
    }
    y += 14.0;

    // The map, clipped to its frame (a zoomed map draws far outside it).
    let map_y = y;
    let _ = write!(
        body,
        "<clipPath id=\"imap-export-clip\"><rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"6\"/></clipPath>\
         <g clip-path=\"url(#imap-export-clip)\"><rect class=\"sea\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\"/>\
         <svg class=\"map\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" viewBox=\"{} {} {} {}\" preserveAspectRatio=\"xMidYMid meet\" overflow=\"hidden\">",
        Num(vb.x),
        Num(vb.y),
        Num(vb.width),
        Num(vb.height),
        x = Num(PAD),
        y = Num(map_y),
        w = Num(inner),
        h = Num(map_height),
    );
    body.push_str(export.map_markup);
    body.push_str("</svg></g>");
    y = map_y + map_height + 14.0;

    // Footer: the legend's entries in rows, then the attribution.
    let row = LEGEND_PX * 1.8;
    let mut x = PAD;
    let mut row_top = y;
    if !export.legend.is_empty() {
        for entry in export.legend {
            let item = 22.0 + 8.0 + text_width(&entry.label, LEGEND_PX) + 22.0;
            if x > PAD && x + item - 22.0 > width - PAD {
                x = PAD;
                row_top += row;
            }
            swatch(&mut body, entry.swatch, x, row_top + (row - 16.0) / 2.0);
            text_line(
                &mut body,
                "legend",
                x + 30.0,
                row_top + row / 2.0 + LEGEND_PX * 0.35,
                &entry.label,
            );
            x += item;
        }
        y = row_top + row + 6.0;
    }
    for line in wrap(export.attribution, inner, ATTRIBUTION_PX) {
        y += ATTRIBUTION_PX * 1.4;
        text_line(
            &mut body,
            "attribution",
            PAD,
            y - ATTRIBUTION_PX * 0.3,
            &line,
        );
    }
    let height = (y + PAD).ceil();
    let height = if (1.0..=100_000.0).contains(&height) {
        height as u32
    } else {
        WIDTH
    };

    let mut svg = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\"><title>"
    );
    push_escaped(&mut svg, export.title);
    if let Some(subtitle) = export.subtitle.filter(|s| !s.trim().is_empty()) {
        svg.push_str(" – ");
        push_escaped(&mut svg, subtitle);
    }
    svg.push_str("</title><style>");
    push_style(&mut svg, export.colours);
    let _ = write!(
        svg,
        "</style><rect class=\"page\" width=\"{WIDTH}\" height=\"{height}\"/>"
    );
    svg.push_str(&body);
    svg.push_str("</svg>\n");
    ExportedSvg {
        svg,
        width: WIDTH,
        height,
    }
}

/// A legend swatch in a 22 × 16 px box whose top left corner is (`x`, `y`).
fn swatch(out: &mut String, kind: Swatch, x: f64, y: f64) {
    let _ = write!(
        out,
        "<g class=\"legend-swatch\" transform=\"translate({} {})\">",
        Num(x),
        Num(y)
    );
    let rect =
        |class| format!("<rect class=\"{class}\" x=\"1\" y=\"1\" width=\"20\" height=\"14\"/>");
    // The same shapes as the map's markers (crate::view::layers), scaled to the box.
    let seat = |class, d| {
        format!("<path class=\"{class}\" transform=\"translate(11 8) scale(5.5)\" d=\"{d}\"/>")
    };
    out.push_str(&match kind {
        Swatch::Region => rect("region"),
        Swatch::SelectedRegion => rect("region selected"),
        Swatch::PartnerCountry => rect("country partner"),
        Swatch::Marker => seat("marker", crate::view::layers::SEAT_PATH),
        Swatch::LeadMarker => seat("marker lead", crate::view::layers::LEAD_SEAT_PATH),
    });
    out.push_str("</g>");
}

/// One line of text with its baseline at (`x`, `y`).
fn text_line(out: &mut String, class: &str, x: f64, y: f64, text: &str) {
    let _ = write!(
        out,
        "<text class=\"{class}\" x=\"{}\" y=\"{}\">",
        Num(x),
        Num(y)
    );
    push_escaped(out, text);
    out.push_str("</text>");
}

/// A view box that can be drawn: a degenerate or non-finite one becomes the unit square.
fn sane_view_box(vb: ViewBox) -> ViewBox {
    let ok = [vb.x, vb.y, vb.width, vb.height]
        .iter()
        .all(|v| v.is_finite())
        && vb.width > 0.0
        && vb.height > 0.0
        && vb.height / vb.width < 10.0
        && vb.width / vb.height < 10.0;
    if ok {
        vb
    } else {
        ViewBox {
            x: 0.0,
            y: 0.0,
            width: 1.0,
            height: 1.0,
        }
    }
}

/// Estimated width of `text` in px at `font_px`.
fn text_width(text: &str, font_px: f64) -> f64 {
    text.chars().count() as f64 * font_px * EM_PER_CHAR
}

/// Greedy word wrap of `text` into lines no wider than `max_px` (estimated) at `font_px`. A word
/// longer than a line gets a line of its own.
fn wrap(text: &str, max_px: f64, font_px: f64) -> Vec<String> {
    let max_chars = ((max_px / (font_px * EM_PER_CHAR)).floor() as usize).max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max_chars {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A number for an attribute: at most two decimals, no trailing zeros, no `-0`.
struct Num(f64);

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let rounded = (self.0 * 100.0).round() / 100.0;
        write!(f, "{}", if rounded == 0.0 { 0.0 } else { rounded })
    }
}

/// Text as XML character data or attribute value: `& < > " '` escaped, and the characters XML 1.0
/// does not allow (control characters) dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests;
