//! Writes the prerendered first view into trunk's built `index.html` (a trunk `post_build` hook,
//! Trunk.toml, so `trunk build` and `trunk serve` both give the finished page):
//!
//! - the widget's root, rendered by [`super::render`], replaces the body's `<noscript>` message;
//! - the stylesheet is inlined (its request was a round trip before the first paint: 0.68 s
//!   against 0.55 s to the first layout on the benchmark's slow profile), allowed by its hash in
//!   the page's Content-Security-Policy (release builds; also written to
//!   `content-security-policy.txt` for hosts that send the policy as a header);
//! - the preloads of the wasm, its glue and the data file move to the end of the body, so they
//!   start when the first view's bytes are in instead of sharing the line with them;
//! - the geometry the map is drawn from is carried in the page (`<script type="application/json"
//!   data-file>` blocks, which `src/fetch.rs` reads before fetching), so the first visit does not
//!   download the same shapes twice; brotli stores the paths once, as they repeat the SVG's.
//!
//! The page is parsed only as far as this needs (tags and their attributes, quoted or not, as
//! trunk's minifier writes them): an HTML parser crate would do more than this needs.

use std::path::Path;

use base64::Engine;
use sha2::{Digest, Sha256};

use map_core::geo::shape::{drawn_json, parse_shapes};

use super::{Sources, render};

/// The geometry files the first view is drawn from, carried in the page.
const GEOMETRY: [&str; 2] = ["geo/europe.json", "geo/regions.json"];

/// The policy the page declares (and a host should send); `{style}` is the inline style's hash.
pub const POLICY: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self' '{style}'; img-src 'self' blob:; connect-src 'self'; base-uri 'none'; \
     form-action 'none'; frame-src 'self'";

/// `prerender [DIR]`: rewrites `DIR/index.html` (default: trunk's `$TRUNK_STAGING_DIR`).
pub fn run(args: Vec<String>) -> Result<(), String> {
    let dir = match args.as_slice() {
        [dir] => dir.clone(),
        [] => std::env::var("TRUNK_STAGING_DIR")
            .map_err(|_| "usage: prerender DIR (or run as trunk's post_build hook)".to_owned())?,
        _ => return Err("usage: prerender DIR".into()),
    };
    let release = std::env::var("TRUNK_PROFILE").map_or(true, |p| p == "release");
    let dir = Path::new(&dir);
    let read = |file: &str| {
        std::fs::read_to_string(dir.join(file))
            .map_err(|e| format!("{}: {e}", dir.join(file).display()))
    };
    let index = read("index.html")?;
    let (options, _) = map_core::view::options::Options::from_query("");
    let data = read(&options.data_file)?;
    let countries = read(GEOMETRY[0])?;
    let regions = read(GEOMETRY[1])?;
    let sources = Sources {
        data: (&options.data_file, &data),
        countries: (GEOMETRY[0], &countries),
        regions: (GEOMETRY[1], &regions),
    };
    let (root, problems) = render(&sources);
    for problem in &problems {
        eprintln!("prerender: warning: {problem}");
    }
    // The countries as drawn (their paths repeat the page's SVG, which brotli stores once); the
    // regions as built, since zooming to a region needs its outline's points.
    let parsed = parse_shapes(GEOMETRY[0], &countries).map_err(|e| e.to_string())?;
    let drawn = drawn_json(&parsed);
    // The map's width to height, which the wasm sets on the map's frame and the layout for the CSS
    // that sizes the map and its column to the screen (and a phone's panel sheet to what it leaves): the first view must have it too, or the map changes size at the takeover.
    // In the stylesheet, since its Content-Security-Policy allows no style attribute.
    let view = parsed.view_box;
    let ratio = format!(
        "\n.imap {{ --imap-map-ratio: {}; }}\n",
        view.width / view.height
    );
    let stylesheet = |href: &str| read(href.trim_start_matches("./")).map(|css| css + &ratio);
    let geometry = [
        (GEOMETRY[0], drawn.as_str()),
        (GEOMETRY[1], regions.as_str()),
    ];
    let mut page = rewrite(&index, &root, &geometry, stylesheet)?;
    if let Some(diagnose) = version_diagnose(dir)? {
        page.html = page.html.replacen(
            "<html lang=en ",
            &format!("<html lang=en data-imap-diagnose={diagnose} "),
            1,
        );
    }
    if release {
        let policy = POLICY.replace("{style}", &page.style_hash);
        // After `<meta charset>`, which must come first; before the style it allows.
        let at = page.html.find("<style>").unwrap_or(0);
        let mut html = page.html.clone();
        html.insert_str(
            at,
            &format!("<meta http-equiv=Content-Security-Policy content=\"{policy}\">"),
        );
        write(&dir.join("index.html"), &html)?;
        write(
            &dir.join("content-security-policy.txt"),
            &format!("{policy}\n"),
        )
    } else {
        write(&dir.join("index.html"), &page.html)
    }
}

/// Gives the diagnostic module (trunk builds it unhashed, as a worker: `diagnose.js` and
/// `diagnose_bg.wasm`) a name that changes with its content, `diagnose-<16 hex>.js` and
/// `…_bg.wasm`, so that no cache serves an old one to a new widget (and the service worker
/// caches it as a hashed file). Returns the glue's new name, which boot.js imports; `None` when
/// the build has no such module.
fn version_diagnose(dir: &Path) -> Result<Option<String>, String> {
    let (js, wasm) = (dir.join("diagnose.js"), dir.join("diagnose_bg.wasm"));
    let (Ok(js_bytes), Ok(wasm_bytes)) = (std::fs::read(&js), std::fs::read(&wasm)) else {
        return Ok(None);
    };
    let digest = Sha256::new()
        .chain_update(&js_bytes)
        .chain_update(&wasm_bytes)
        .finalize();
    let hash: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    let name = format!("diagnose-{hash}");
    let rename = |from: &Path, to: String| {
        std::fs::rename(from, dir.join(&to)).map_err(|e| format!("{}: {e}", from.display()))
    };
    rename(&js, format!("{name}.js"))?;
    rename(&wasm, format!("{name}_bg.wasm"))?;
    Ok(Some(format!("{name}.js")))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The rewritten page and the CSP source of its inline style (`sha256-…`).
#[derive(Debug)]
pub struct Page {
    /// The whole page.
    pub html: String,
    /// `sha256-<base64>` of the inline stylesheet's text.
    pub style_hash: String,
}

/// Rewrites trunk's `index` as the module doc says. `stylesheet` reads a stylesheet by its `href`.
pub fn rewrite(
    index: &str,
    root: &str,
    geometry: &[(&str, &str)],
    stylesheet: impl Fn(&str) -> Result<String, String>,
) -> Result<Page, String> {
    let mut html = index.to_owned();
    let mut moved = String::new();
    let mut style_hash = String::new();
    // From the last tag to the first, so earlier offsets stay valid.
    let links: Vec<Tag> = tags(index, "link");
    for tag in links.iter().rev() {
        let rel = tag.attr("rel").unwrap_or_default();
        let href = tag.attr("href").unwrap_or_default();
        match rel.as_str() {
            // The widget's stylesheet; not the one a `<noscript>` loads for visitors without script.
            "stylesheet" if href.ends_with(".css") && !inside_noscript(index, tag.start) => {
                let css = stylesheet(&href)?;
                let digest = Sha256::digest(css.as_bytes());
                style_hash = format!(
                    "sha256-{}",
                    base64::engine::general_purpose::STANDARD.encode(digest)
                );
                html.replace_range(tag.start..tag.end, &format!("<style>{css}</style>"));
            }
            "preload" | "modulepreload" => {
                let text = &index[tag.start..tag.end];
                if !GEOMETRY.iter().any(|g| href.trim_start_matches("./") == *g) {
                    moved.insert_str(0, text);
                }
                html.replace_range(tag.start..tag.end, "");
            }
            _ => {}
        }
    }
    if style_hash.is_empty() {
        return Err("index.html has no stylesheet link to inline".into());
    }
    let mut body = String::from(root);
    for (file, text) in geometry {
        // JSON cannot hold a raw `<` outside strings, and `\u003c` inside one is the same text:
        // nothing in the block can close it.
        let text = text.replace('<', "\\u003c");
        body.push_str(&format!(
            "<script type=application/json data-file=\"{file}\">{}</script>",
            text.trim()
        ));
    }
    body.push_str(&moved);
    let noscript = tags(&html, "noscript")
        .into_iter()
        .find(|t| t.start > html.find("<body").unwrap_or(0))
        .ok_or("index.html has no <noscript> in its body for the first view to replace")?;
    let close = html[noscript.end..]
        .find("</noscript>")
        .map(|i| noscript.end + i + "</noscript>".len())
        .ok_or("index.html's <noscript> is not closed")?;
    html.replace_range(noscript.start..close, &body);
    // English text, in a page whose language the widget will set to the visitor's: the marker
    // tells it that this `lang` is the build's, not a host page's choice.
    let languages: Vec<&str> = map_core::i18n::LANGUAGES.iter().map(|(c, _)| *c).collect();
    let tag = format!(
        "<html lang=en data-imap-prerendered-lang data-imap-languages=\"{}\">",
        languages.join(" ")
    );
    // Trunk's minifier leaves out the optional <html> start tag; the page then gets one.
    let html = match tags(&html, "html").first() {
        Some(existing) => format!("{}{tag}{}", &html[..existing.start], &html[existing.end..]),
        None => match html
            .find('>')
            .filter(|_| html.to_ascii_lowercase().starts_with("<!doctype"))
        {
            Some(end) => format!("{}{tag}{}", &html[..=end], &html[end + 1..]),
            None => format!("{tag}{html}"),
        },
    };
    Ok(Page { html, style_hash })
}

/// Whether `at` lies inside a `<noscript>` element of `html`.
fn inside_noscript(html: &str, at: usize) -> bool {
    tags(html, "noscript")
        .iter()
        .filter(|open| open.end <= at)
        .any(|open| !html[open.end..at].contains("</noscript"))
}

/// A start tag in a page: where it is and its text.
struct Tag<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

impl Tag<'_> {
    /// The value of attribute `name` (quoted or not); `Some("")` for a bare attribute.
    fn attr(&self, name: &str) -> Option<String> {
        attributes(self.text)
            .into_iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }
}

/// Every `<name …>` start tag of `html`, in order; none inside a comment (trunk keeps comments in
/// a debug build, and ours name tags: "sets <html lang dir>").
fn tags<'a>(html: &'a str, name: &str) -> Vec<Tag<'a>> {
    let open = format!("<{name}");
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = html[from..].find(&open) {
        let start = from + i;
        if let Some(comment) = html[from..start].rfind("<!--").map(|c| from + c)
            && !html[comment..start].contains("-->")
        {
            // Inside a comment: go on after its end.
            match html[start..].find("-->") {
                Some(end) => {
                    from = start + end + 3;
                    continue;
                }
                None => break,
            }
        }
        let after = html[start + open.len()..].chars().next();
        let Some(end) = tag_end(html, start) else {
            break;
        };
        if matches!(after, Some(c) if c.is_whitespace() || c == '>' || c == '/') {
            found.push(Tag {
                start,
                end,
                text: &html[start..end],
            });
        }
        from = end;
    }
    found
}

/// The index just past the `>` that ends the tag starting at `start` (a `>` inside a quoted
/// attribute value does not end it).
fn tag_end(html: &str, start: usize) -> Option<usize> {
    let mut quote = None;
    for (i, c) in html[start..].char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(start + i + 1),
            _ => {}
        }
    }
    None
}

/// The attributes of a start tag's text, `(name, value)`, values unquoted.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let inner = tag
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim_end_matches('/');
    let mut chars = inner.chars().peekable();
    // Skip the tag's name.
    while chars.next_if(|c| !c.is_whitespace()).is_some() {}
    let mut out = Vec::new();
    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let name: String =
            std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace() && *c != '=')).collect();
        if name.is_empty() {
            break;
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let mut value = String::new();
        if chars.next_if_eq(&'=').is_some() {
            while chars.next_if(|c| c.is_whitespace()).is_some() {}
            match chars.peek().copied() {
                Some(q @ ('"' | '\'')) => {
                    chars.next();
                    value = std::iter::from_fn(|| chars.next_if(|c| *c != q)).collect();
                    chars.next();
                }
                _ => value = std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace())).collect(),
            }
        }
        out.push((name, value));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // As trunk's minifier writes it: no <html> start tag.
    const INDEX: &str = "<!doctype html><head><meta charset=utf-8>\
        <link rel=preload href=data/secon.json as=fetch crossorigin>\
        <link rel=preload href=geo/europe.json as=fetch crossorigin>\
        <link rel=stylesheet href=./main-1a2b.css integrity=\"sha384-x>y\">\
        <noscript><link rel=stylesheet href=noscript.css></noscript>\
        <link rel=\"modulepreload\" href=\"./interreg-map-9f.js\" crossorigin=anonymous>\
        <link rel=preload href=./interreg-map-9f_bg.wasm as=fetch type=application/wasm>\
        <script src=./boot-77.js></script></head>\
        <body><noscript>This map needs JavaScript.</noscript></body></html>";

    fn rewritten() -> Page {
        rewrite(
            INDEX,
            "<main class=imap>map</main>",
            &[("geo/europe.json", "{\"a\":\"</script>\"}")],
            |href| {
                assert_eq!(href, "./main-1a2b.css");
                Ok(".imap{color:red}".into())
            },
        )
        .unwrap()
    }

    #[test]
    fn attributes_are_read_quoted_unquoted_and_bare() {
        let attrs = attributes("<link rel=preload href=\"a b.json\" crossorigin as='fetch'>");
        let pairs: Vec<(&str, &str)> = attrs
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("rel", "preload"),
                ("href", "a b.json"),
                ("crossorigin", ""),
                ("as", "fetch")
            ]
        );
    }

    #[test]
    fn the_root_replaces_the_noscript_message_and_the_stylesheet_is_inlined_with_its_hash() {
        let page = rewritten();
        assert!(page.html.contains("<body><main class=imap>map</main>"));
        assert!(!page.html.contains("needs JavaScript"));
        assert!(page.html.contains("<style>.imap{color:red}</style>"));
        assert!(!page.html.contains("main-1a2b.css"));
        // The stylesheet for visitors without script stays a link inside its <noscript>.
        assert!(
            page.html
                .contains("<noscript><link rel=stylesheet href=noscript.css></noscript>")
        );
        let expected =
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b".imap{color:red}"));
        assert_eq!(page.style_hash, format!("sha256-{expected}"));
    }

    #[test]
    fn the_wasm_glue_and_data_load_after_the_first_view_and_the_geometry_is_not_fetched() {
        let page = rewritten();
        let body = page.html.find("<body>").unwrap();
        let main = page.html.find("</main>").unwrap();
        for href in [
            "data/secon.json",
            "interreg-map-9f.js",
            "interreg-map-9f_bg.wasm",
        ] {
            let at = page.html.find(href).unwrap();
            assert!(at > main, "{href} must come after the first view");
        }
        // The geometry is in the page, and its preload is gone.
        assert!(!page.html.contains("href=geo/europe.json"));
        let block = page.html.find("data-file=\"geo/europe.json\"").unwrap();
        assert!(block > body);
        // A `<` in the JSON cannot end its block.
        assert!(page.html.contains("{\"a\":\"\\u003c/script>\"}"));
    }

    #[test]
    fn the_page_says_its_language_is_the_builds() {
        let page = rewritten();
        assert!(page.html.starts_with(
            "<!doctype html><html lang=en data-imap-prerendered-lang data-imap-languages=\"en "
        ));
    }

    #[test]
    fn a_page_with_its_own_html_tag_gets_the_builds_in_its_place() {
        let index = INDEX.replace("<!doctype html>", "<!doctype html><html class=x>");
        let page = rewrite(&index, "", &[], |_| Ok(String::new())).unwrap();
        assert!(
            page.html
                .starts_with("<!doctype html><html lang=en data-imap-prerendered-lang")
        );
        assert_eq!(page.html.matches("<html").count(), 1);
    }

    #[test]
    fn tags_named_in_comments_are_left_alone() {
        // As trunk writes a debug build: comments kept, naming the tags they are about.
        let index = INDEX
            .replace("<head>", "<!-- sets <html lang dir> --><html><head>")
            .replace(
                "<noscript>This",
                "<!-- <noscript> and <link rel=stylesheet href=c.css> --><noscript>This",
            );
        let page = rewrite(&index, "<main></main>", &[], |href| {
            assert_eq!(href, "./main-1a2b.css");
            Ok(String::new())
        })
        .unwrap();
        assert!(
            page.html
                .contains("<!-- sets <html lang dir> --><html lang=en")
        );
        assert!(
            page.html
                .contains("<!-- <noscript> and <link rel=stylesheet href=c.css> --><main>")
        );
    }

    #[test]
    fn a_page_without_a_stylesheet_is_refused() {
        let err = rewrite(
            "<html><body><noscript></noscript></body></html>",
            "",
            &[],
            |_| Ok(String::new()),
        )
        .unwrap_err();
        assert!(err.contains("stylesheet"), "{err}");
    }
}
