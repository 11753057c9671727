//! `cargo xtask package`: the widget for a workshop with no network.
//!
//! After a release build it writes, into `target/package/`:
//! - `interreg-map.html`: one self-contained page (CSS, the wasm-bindgen glue, the wasm as base64,
//!   the data file and the geometry inside it) that opens by double-click from `file://`. The app
//!   reads the embedded `<script type="application/json" data-file="…">` blocks instead of fetching
//!   (src/fetch.rs). Its inline script and style put it outside the hosted site's strict CSP, which
//!   it never runs under: it is a file on a presenter's laptop, not a page of the site.
//! - `interreg-map-site.zip`: the built static site (`dist/`) as it is, for a USB stick or a local
//!   web server at the venue.
//!
//! The zip writer is hand-written (stored names, raw deflate from flate2, CRC-32 from flate2): the
//! format needs about sixty lines here, where the `zip` crate would add a dozen dependencies to the
//! build tools for one call.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use flate2::Compression;
use flate2::write::DeflateEncoder;

use crate::build;
use crate::flags;
use crate::tools::Need;

/// Files the app fetches at start-up, embedded in the single page (`?stress=nuts3`'s NUTS 3 file is
/// left out: a workshop never opens the benchmark page).
const EMBEDDED: &[&str] = &["data/secon.json", "geo/europe.json", "geo/regions.json"];

/// Builds the release site, then writes the single page and the zip; prints where they are.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    flags::PACKAGE.parse(args)?;
    let tools = build::prepare(root, Need::Build)?;
    // The build itself, without the size budget: a workshop copy is not a first visit over a network.
    build::dist(root, &tools)?;
    write_package(root)
}

/// Writes the single page and the zip from the release build already in `dist/` (`cargo xtask test`
/// calls this after its own build, then opens the page from file:// in the offline browser test).
pub fn write_package(root: &Path) -> Result<(), String> {
    let dist = root.join("dist");
    let out = root.join("target/package");
    fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;

    let page = single_page(&dist)?;
    let page_path = out.join("interreg-map.html");
    write(&page_path, page.as_bytes())?;

    let mut entries = Vec::new();
    for name in &build::files_under(&dist)? {
        let path = dist.join(name);
        let bytes = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
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

/// The self-contained page, from the files of a release build in `dist`.
fn single_page(dist: &Path) -> Result<String, String> {
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
    for file in EMBEDDED {
        let text = read(&dist.join(file))?;
        // `\/` is JSON's own escape for `/`, so the text parses the same and never closes the tag.
        page.push_str(&format!(
            "<script type=\"application/json\" data-file=\"{file}\">{}</script>\n",
            text.replace("</", "<\\/")
        ));
    }
    page.push_str(&format!(
        "<script type=\"application/octet-stream\" id=\"imap-wasm\">{}</script>\n",
        base64(&wasm)
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

/// Script or style text made safe to sit inside its tag: `</` would end it early (`<\/` means the
/// same in JS strings and regular expressions, where the minified glue could hold it).
fn inline(text: &str) -> String {
    text.replace("</", "<\\/")
}

/// Standard base64 with padding (RFC 4648 §4).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                let index = usize::try_from((n >> (18 - 6 * i)) & 63).unwrap_or(0);
                out.push(char::from(ALPHABET[index]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// A zip archive (PKWARE APPNOTE 6.3, no zip64: the site is far below 4 GB) of `(name, bytes)`,
/// deflated, with a fixed date (1980-01-01) so the same site always gives the same bytes.
fn zip(entries: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let too_big = |what: &str| format!("{what} is too large for a zip without zip64");
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, bytes) in entries {
        let mut encoder = DeflateEncoder::new(Vec::new(), Compression::best());
        encoder.write_all(bytes).map_err(|e| e.to_string())?;
        let packed = encoder.finish().map_err(|e| e.to_string())?;
        let mut crc = flate2::Crc::new();
        crc.update(bytes);
        let offset = u32::try_from(out.len()).map_err(|_| too_big("the archive"))?;
        let size = u32::try_from(bytes.len()).map_err(|_| too_big(name))?;
        let packed_size = u32::try_from(packed.len()).map_err(|_| too_big(name))?;
        let name_len = u16::try_from(name.len()).map_err(|_| too_big(name))?;
        // version 2.0, UTF-8 names (bit 11), deflate, 00:00 on 1980-01-01, crc, sizes, name length.
        let common = |header: &mut Vec<u8>| {
            for field in [20u16, 0x0800, 8, 0, 0x0021] {
                header.extend_from_slice(&field.to_le_bytes());
            }
            for field in [crc.sum(), packed_size, size] {
                header.extend_from_slice(&field.to_le_bytes());
            }
            header.extend_from_slice(&name_len.to_le_bytes());
        };
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        common(&mut out);
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&packed);

        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        // made by: Unix (3), version 2.0, so the mode below means rw-r--r--.
        central.extend_from_slice(&0x0314u16.to_le_bytes());
        common(&mut central);
        for field in [0u16, 0, 0, 0] {
            // extra, comment, disk, internal attributes
            central.extend_from_slice(&field.to_le_bytes());
        }
        central.extend_from_slice(&(0o100_644u32 << 16).to_le_bytes());
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let count = u16::try_from(entries.len()).map_err(|_| too_big("the file count"))?;
    let central_offset = u32::try_from(out.len()).map_err(|_| too_big("the archive"))?;
    let central_size = u32::try_from(central.len()).map_err(|_| too_big("the directory"))?;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    for field in [0u16, 0, count, count] {
        out.extend_from_slice(&field.to_le_bytes());
    }
    out.extend_from_slice(&central_size.to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn u16_at(b: &[u8], i: usize) -> u16 {
        u16::from_le_bytes([b[i], b[i + 1]])
    }
    fn u32_at(b: &[u8], i: usize) -> u32 {
        u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]])
    }

    #[test]
    fn base64_matches_the_rfc_4648_test_vectors() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), expected, "{input:?}");
        }
    }

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
        let archive = zip(&entries).unwrap();
        let end = archive.len() - 22;
        assert_eq!(u32_at(&archive, end), 0x0605_4b50);
        assert_eq!(u16_at(&archive, end + 10), 3);
        let mut at = usize::try_from(u32_at(&archive, end + 16)).unwrap();
        for (name, bytes) in &entries {
            assert_eq!(u32_at(&archive, at), 0x0201_4b50);
            let name_len = usize::from(u16_at(&archive, at + 28));
            assert_eq!(&archive[at + 46..at + 46 + name_len], name.as_bytes());
            let local = usize::try_from(u32_at(&archive, at + 42)).unwrap();
            assert_eq!(u32_at(&archive, local), 0x0403_4b50);
            let packed = usize::try_from(u32_at(&archive, local + 18)).unwrap();
            let start = local + 30 + usize::from(u16_at(&archive, local + 26));
            let mut inflated = Vec::new();
            flate2::read::DeflateDecoder::new(&archive[start..start + packed])
                .read_to_end(&mut inflated)
                .unwrap();
            assert_eq!(&inflated, bytes, "{name}");
            let mut crc = flate2::Crc::new();
            crc.update(bytes);
            assert_eq!(u32_at(&archive, local + 14), crc.sum(), "{name}");
            at += 46 + name_len;
        }
    }
}
