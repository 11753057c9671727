//! `cargo xtask build`, and the release build every other command is made of: the tools and crates it
//! needs ([`prepare`]), trunk's release build into `dist/`, the service worker's stamp, the
//! precompressed copies ([`dist`]) and the size table with the budget check ([`release`]).
//!
//! The order inside [`dist`] matters: trunk's own `post_build` hook writes the prerendered first
//! view into `dist/index.html` (Trunk.toml, so `trunk serve` gets it too), before the service worker
//! lists the files and before the `.gz`/`.br` copies are made of them.

use std::fs;
use std::path::Path;

use crate::compress::{self, Budget, Weight};
use crate::exec::{self, cargo};
use crate::flags;
use crate::tools::{self, Need, Tools};

/// `cargo xtask build`: the release build in `dist/`, precompressed, with its size table; fails over
/// the budget.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    flags::BUILD.parse(args)?;
    let tools = prepare(root, Need::Build)?;
    release(root, &tools).map(|_| ())
}

/// Installs the tools that are missing, then `cargo fetch --locked`, so that the offline trunk build
/// finds every crate.
pub fn prepare(root: &Path, need: Need) -> Result<Tools, String> {
    let tools = tools::ensure(root, need)?;
    exec::run(cargo(root).args(["fetch", "--locked"]))?;
    Ok(tools)
}

/// [`dist`], then the size table and the budget check of `budget.json`.
pub fn release(root: &Path, tools: &Tools) -> Result<Vec<Weight>, String> {
    let weights = dist(root, tools)?;
    Budget::read(root)?.check(&weights)?;
    Ok(weights)
}

/// `trunk build --release` into `dist/` (with the prerendered first view), the service worker's stamp, and the
/// precompressed files; no budget check (the bench reports going over instead of stopping, and a
/// workshop package is not a first visit over a network).
pub fn dist(root: &Path, tools: &Tools) -> Result<Vec<Weight>, String> {
    let dist = root.join("dist");
    exec::run(
        tools
            .command("trunk")
            .args(["build", "--release"])
            .current_dir(root),
    )?;
    editor(root, tools, &dist)?;
    stamp_service_worker(&dist)?;
    compress::precompress(&dist)
}

/// The data editor (`editor.html`, crates/editor): a second trunk run (Trunk.editor.toml) into
/// `target/editor-dist/`, whose files are then copied beside the widget's in `dist`. Its own wasm,
/// so the widget's first visit carries none of it; its names (`editor*`, and the shared stylesheet
/// under the same hashed name) do not collide with the widget's.
fn editor(root: &Path, tools: &Tools, dist: &Path) -> Result<(), String> {
    exec::run(
        tools
            .command("trunk")
            .args(["--config", "Trunk.editor.toml", "build", "--release"])
            .current_dir(root),
    )?;
    let built = root.join("target/editor-dist");
    for name in files_under(&built)? {
        let (from, to) = (built.join(&name), dist.join(&name));
        if let Some(parent) = to.parent() {
            fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        fs::copy(&from, &to)
            .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))?;
    }
    Ok(())
}

/// Writes the build's hash and file list into `dist/sw.js` (the service worker of public/sw.js):
/// its two placeholder lines `const BUILD = "dev";` and `const FILES = [];`. The hash is the one
/// trunk gave the wasm, so every build that changes the app is a new cache. The list is what a visit
/// needs: the page, its scripts, wasm, CSS, data, the first view's geometry and the icons (not the
/// `?stress=nuts3` geometry, the embed page, the data editor or the precompressed copies: a
/// visitor's browser should not fetch the editor's wasm; the editor is cached when it is opened).
/// Of the pages per language, only the one the visitor is on (public/boot.js names it in the
/// worker's address, `sw.js?page=el.html`): ten pages of 30 KB each would follow every first visit.
fn stamp_service_worker(dist: &Path) -> Result<(), String> {
    let path = dist.join("sw.js");
    let text = fs::read_to_string(&path).map_err(|e| {
        format!(
            "cannot read {}: {e} (index.html copies public/sw.js)",
            path.display()
        )
    })?;
    let files = files_under(dist)?;
    let build = files
        .iter()
        .find_map(|f| f.strip_prefix("interreg-map-")?.strip_suffix("_bg.wasm"))
        .ok_or("no interreg-map-*_bg.wasm in dist/: run the release build")?
        .to_owned();
    let keep = |f: &&String| {
        !(f.ends_with(".gz")
            || f.ends_with(".br")
            || f.as_str() == "sw.js"
            || f.as_str() == "geo/nuts3.json"
            || f.starts_with("embed")
            || f.starts_with("editor")
            || is_language_page(f))
    };
    let list: Vec<String> = std::iter::once("./".to_owned())
        .chain(files.iter().filter(keep).cloned())
        .map(|f| format!("{f:?}"))
        .collect();
    let (build_line, files_line) = ("const BUILD = \"dev\";", "const FILES = [];");
    if !text.contains(build_line) || !text.contains(files_line) {
        return Err(format!(
            "{}: the lines `{build_line}` and `{files_line}` are missing",
            path.display()
        ));
    }
    let stamped = text
        .replace(build_line, &format!("const BUILD = {build:?};"))
        .replace(files_line, &format!("const FILES = [{}];", list.join(", ")));
    fs::write(&path, stamped).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// `el.html`: a language's prerendered page (src/prerender/page.rs), not `index.html`.
fn is_language_page(file: &str) -> bool {
    file.strip_suffix(".html").is_some_and(|code| {
        (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
    })
}

/// Every file under `dir`, as sorted paths relative to it with `/` separators (trunk's `.stage`
/// folder, present only while a build runs, left out).
pub fn files_under(dir: &Path) -> Result<Vec<String>, String> {
    let mut files = Vec::new();
    collect(dir, dir, &mut files)?;
    files.sort();
    Ok(files)
}

fn collect(base: &Path, dir: &Path, files: &mut Vec<String>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == ".stage") {
                continue;
            }
            collect(base, &path, files)?;
        } else if let Ok(relative) = path.strip_prefix(base) {
            let parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            files.push(parts.join("/"));
        }
    }
    Ok(())
}
