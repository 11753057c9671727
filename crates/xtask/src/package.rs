//! `cargo xtask package`: the widget for a workshop with no network.
//!
//! After a release build it writes, into `target/package/`:
//! - `interreg-map.html`: one self-contained page (CSS, the wasm-bindgen glue, the wasm as base64,
//!   the diagnostic module likewise, the data file and the geometry inside it) that opens by double-click from `file://`. The app
//!   reads the embedded `<script type="application/json" data-file="…">` blocks instead of fetching
//!   (src/fetch.rs). Its inline script and style put it outside the hosted site's strict CSP, which
//!   it never runs under: it is a file on a presenter's laptop, not a page of the site.
//! - `interreg-map-site.zip`: the built static site (`dist/`) as it is, for a USB stick or a local
//!   web server at the venue.
//!
//! The zip and the base64 come from the `zip` and `base64` crates: xtask never ships in the wasm, so
//! the size argument that keeps hand-written code in the app does not apply here.

use std::fs;
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use base64::Engine as _;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::build;
use crate::flags;
use crate::tools::Need;

/// The data file the app opens without `?data=`; `--data` puts another file in its place.
const DATA: &str = map_core::view::options::DEFAULT_DATA_FILE;
/// Files the app fetches at start-up, embedded in the single page (`?stress=nuts3`'s NUTS 3 file is
/// left out: a workshop never opens the benchmark page).
const EMBEDDED: &[&str] = &["geo/europe.json", "geo/regions.json"];
/// The NUTS 3 topology, embedded too when the data file has regions the build did not draw.
const NUTS3: &str = "geo/nuts3.json";

/// Builds the release site, then writes the single page and the zip; prints where they are.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let flags = flags::PACKAGE.parse(args)?;
    let data = match flags.value("--data") {
        Some(file) => Some(
            fs::read_to_string(file).map_err(|e| format!("--data {file}: cannot read it: {e}"))?,
        ),
        None => None,
    };
    let tools = build::prepare(root, Need::Build)?;
    // The build itself, without the size budget: a workshop copy is not a first visit over a network.
    build::dist(root, &tools)?;
    write_package_with(root, data.as_deref(), &root.join("target/package"))
}

/// Writes the single page and the zip from the release build already in `dist/` (`cargo xtask test`
/// calls this after its own build, then opens the page from file:// in the offline browser test).
pub fn write_package(root: &Path) -> Result<(), String> {
    write_package_with(root, None, &root.join("target/package"))
}

/// [`write_package`] into `out`, with `data` (a data file's text) in place of the build's data
/// file, in the single page and in the zip.
pub fn write_package_with(root: &Path, data: Option<&str>, out: &Path) -> Result<(), String> {
    let dist = root.join("dist");
    fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let data = match data {
        Some(text) => text.to_owned(),
        None => fs::read_to_string(dist.join(DATA))
            .map_err(|e| format!("cannot read {DATA} in {}: {e}", dist.display()))?,
    };

    let page = single_page(&dist, &data)?;
    let page_path = out.join("interreg-map.html");
    write(&page_path, page.as_bytes())?;

    let mut entries = Vec::new();
    for name in &build::files_under(&dist)? {
        let path = dist.join(name);
        let bytes = match name.as_str() {
            DATA => data.as_bytes().to_vec(),
            _ => fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?,
        };
        entries.push((name.clone(), bytes));
    }
    let zip_path = out.join("interreg-map-site.zip");
    write(&zip_path, &zip(&entries)?)?;
    for path in [&page_path, &zip_path] {
        let size = fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        println!("xtask: wrote {} ({size} bytes)", path.display());
    }
    Ok(())
}

/// The self-contained page, from the files of a release build in `dist` and the data file `data`.
fn single_page(dist: &Path, data: &str) -> Result<String, String> {
    let built = |prefix: &str, suffix: &str| -> Result<PathBuf, String> {
        let entries =
            fs::read_dir(dist).map_err(|e| format!("cannot list {}: {e}", dist.display()))?;
        entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(prefix) && n.ends_with(suffix))
            })
            .ok_or_else(|| {
                format!(
                    "no {prefix}*{suffix} in {}: run the release build",
                    dist.display()
                )
            })
    };
    let read = |path: &Path| {
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let glue = read(&built("interreg-map-", ".js")?)?;
    if !glue.contains("async function __wbg_init(") {
        return Err(
            "the wasm-bindgen glue has no __wbg_init: its layout changed, update package.rs".into(),
        );
    }
    let wasm_path = built("interreg-map-", "_bg.wasm")?;
    let wasm =
        fs::read(&wasm_path).map_err(|e| format!("cannot read {}: {e}", wasm_path.display()))?;
    let css = read(&built("main-", ".css")?)?;

    let mut page = String::from(
        "<!doctype html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Partner regions and indicators (offline)</title>\n",
    );
    page.push_str(&format!("<style>\n{}\n</style>\n", inline(&css)));
    // The interface languages' catalogues, so the menu works offline too; plain text.
    let catalogues = build::files_under(&dist.join("i18n"))?;
    for name in catalogues.iter().filter(|n| n.ends_with(".ftl")) {
        let file = format!("i18n/{name}");
        let text = read(&dist.join(&file))?;
        if text.contains("</") {
            return Err(format!(
                "{file} contains \"</\", which would end its <script> block"
            ));
        }
        page.push_str(&format!(
            "<script type=\"text/plain\" data-file=\"{file}\">{text}</script>\n"
        ));
    }
    let mut embedded = vec![(DATA, data.to_owned())];
    for file in EMBEDDED {
        embedded.push((file, read(&dist.join(file))?));
    }
    if needs_nuts3(data, &read(&dist.join("geo/regions.json"))?) {
        embedded.push((NUTS3, read(&dist.join(NUTS3))?));
    }
    for (file, text) in embedded {
        // `\/` is JSON's own escape for `/`, so the text parses the same and never closes the tag.
        page.push_str(&format!(
            "<script type=\"application/json\" data-file=\"{file}\">{}</script>\n",
            text.replace("</", "<\\/")
        ));
    }
    // The diagnostic module (crates/diagnose), for a data file with problems: its wasm as base64
    // and its glue as a module of its own (its names stay in its scope) that gives the app the
    // `interregMapDiagnose` boot.js gives it on the hosted site. Defined before the app starts.
    let diagnose_glue = read(&built("diagnose-", ".js")?)?;
    if !diagnose_glue.contains("async function __wbg_init(")
        || !diagnose_glue.contains("function diagnose(")
    {
        return Err(
            "the diagnostic module's glue has no __wbg_init or diagnose: update package.rs".into(),
        );
    }
    let diagnose_path = built("diagnose-", "_bg.wasm")?;
    let diagnose_wasm = fs::read(&diagnose_path)
        .map_err(|e| format!("cannot read {}: {e}", diagnose_path.display()))?;
    page.push_str(&format!(
        "<script type=\"application/octet-stream\" id=\"imap-diagnose-wasm\">{}</script>\n",
        base64::engine::general_purpose::STANDARD.encode(&diagnose_wasm)
    ));
    page.push_str(&format!(
        "<script type=\"module\">\n{}\n\
         globalThis.interregMapDiagnose = async (file, text) => {{\n\
         const b64 = document.getElementById(\"imap-diagnose-wasm\").textContent;\n\
         await __wbg_init({{ module_or_path: Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)) }});\n\
         return diagnose(file, text);\n}};\n</script>\n",
        inline(&diagnose_glue)
    ));
    page.push_str(&format!(
        "<script type=\"application/octet-stream\" id=\"imap-wasm\">{}</script>\n",
        base64::engine::general_purpose::STANDARD.encode(&wasm)
    ));
    // The glue is a module; inlined as it is, its `export`s are harmless and its `__wbg_init` is in
    // scope. Given the bytes, it never fetches the wasm (nor looks at `import.meta.url`).
    page.push_str(&format!(
        "<script type=\"module\">\n{}\n\
         const b64 = document.getElementById(\"imap-wasm\").textContent;\n\
         const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));\n\
         await __wbg_init({{ module_or_path: bytes }});\n</script>\n",
        inline(&glue)
    ));
    page.push_str("</head>\n<body>\n<noscript>This map needs JavaScript and WebAssembly.</noscript>\n</body>\n</html>\n");
    Ok(page)
}

/// True when the data file has a region the built regions file lacks, which the app draws from
/// the NUTS 3 topology (see `map_core::geo::merge`). A data file with problems is read for what
/// is valid in it, as the app reads it.
fn needs_nuts3(data: &str, regions: &str) -> bool {
    let loaded = map_core::data::load(DATA, data);
    match map_core::geo::shape::parse_shapes("geo/regions.json", regions) {
        Ok(regions) => map_core::geo::merge::needs_nuts3(&loaded.data, &regions),
        Err(_) => true,
    }
}

/// Script or style text made safe to sit inside its tag: `</` would end it early (`<\/` means the
/// same in JS strings and regular expressions, where the minified glue could hold it).
fn inline(text: &str) -> String {
    text.replace("</", "<\\/")
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// A zip archive of `(name, bytes)`, deflated at the best level, each entry dated 1980-01-01 00:00
/// (zip's earliest date) and readable by all (rw-r--r--), so the same site always gives the same bytes.
fn zip(entries: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(9))
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let mut archive = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        archive
            .start_file(name.as_str(), options)
            .and_then(|()| archive.write_all(bytes).map_err(Into::into))
            .map_err(|e| format!("zip entry {name}: {e}"))?;
    }
    let archive = archive
        .finish()
        .map_err(|e| format!("cannot finish the zip: {e}"))?;
    Ok(archive.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn inlined_text_never_closes_its_script_or_style_tag() {
        let text = r#"const a = "</script>"; /* </style> */"#;
        assert!(!inline(text).contains("</"));
        assert!(inline(text).contains(r"<\/script>"));
    }

    #[test]
    fn the_zip_lists_every_file_and_each_inflates_back_to_its_bytes() {
        let entries = vec![
            ("index.html".to_string(), b"<!doctype html>".repeat(20)),
            ("data/secon.json".to_string(), b"{}".to_vec()),
            ("empty".to_string(), Vec::new()),
        ];
        let bytes = zip(&entries).unwrap();
        let mut archive = zip::ZipArchive::new(Cursor::new(&bytes)).unwrap();
        assert_eq!(archive.len(), 3);
        for (i, (name, content)) in entries.iter().enumerate() {
            let mut file = archive.by_index(i).unwrap();
            assert_eq!(file.name().unwrap(), name.as_str());
            assert_eq!(file.compression(), CompressionMethod::Deflated);
            assert_eq!(file.unix_mode(), Some(0o100_644), "{name}");
            assert_eq!(file.last_modified(), Some(DateTime::default()), "{name}");
            let mut inflated = Vec::new();
            file.read_to_end(&mut inflated).unwrap();
            assert_eq!(&inflated, content, "{name}");
        }
    }

    #[test]
    fn the_nuts_3_topology_is_packed_only_for_a_data_file_with_regions_the_build_did_not_draw() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let read = |p: &str| fs::read_to_string(root.join(p)).unwrap();
        let regions = read("geo/regions.json");
        assert!(!needs_nuts3(&read("public/data/secon.json"), &regions));
        let second = read("tests/fixtures/second-project/example-project.json");
        assert!(needs_nuts3(&second, &regions));
    }

    #[test]
    fn the_same_files_always_give_the_same_zip() {
        let entries = vec![("a.txt".to_string(), b"same".to_vec())];
        assert_eq!(zip(&entries).unwrap(), zip(&entries).unwrap());
    }
}
