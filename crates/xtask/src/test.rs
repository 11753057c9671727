//! `cargo xtask test` (everything CI runs) and the release build it is made of.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::compress::{self, Budget};
use crate::run;
use crate::tools::{self, Need, Tools};

/// fmt, clippy (host and wasm), native tests, rustdoc, geometry and data checks, the release build with
/// its size budget, wasm-bindgen tests in Chromium, and the browser tests.
pub fn run_all(root: &Path) -> Result<(), String> {
    let started = Instant::now();
    let tools = tools::ensure(root, Need::BuildAndBrowser)?;
    fetch_dependencies(root)?;
    let mut log = Steps::default();
    log.step("format", || {
        run(cargo(root).args(["fmt", "--all", "--check"]))
    })?;
    log.step("clippy (host crates)", || {
        run(cargo(root)
            .args([
                "clippy",
                "--workspace",
                "--exclude",
                "interreg-map",
                "--all-targets",
            ])
            .args(["--", "-D", "warnings"]))
    })?;
    log.step("clippy (wasm app)", || {
        run(cargo(root)
            .args(["clippy", "-p", "interreg-map", "--all-targets"])
            .args(["--target", "wasm32-unknown-unknown", "--", "-D", "warnings"]))
    })?;
    log.step("native tests", || run(cargo(root).arg("test")))?;
    log.step("rustdoc", || {
        run(cargo(root)
            .args(["doc", "--no-deps", "-p", "map-core"])
            .env("RUSTDOCFLAGS", "-D warnings"))
    })?;
    log.step("geometry is up to date", || geo(root, true))?;
    log.step("data file and catalogues are valid", || {
        crate::run_validate(root, &[])
    })?;
    log.step("release build + size budget", || {
        release_build_with(root, &tools).map(|_| ())
    })?;
    log.step("offline package", || crate::package::write_package(root))?;
    log.step("wasm-bindgen tests (Chromium)", || wasm_tests(root, &tools))?;
    log.step("browser tests (Chromium)", || {
        browser_tests(root, &tools, &[])
    })?;
    log.summary(started);
    Ok(())
}

/// `cargo fetch --locked`, so that the offline trunk build finds every crate.
pub fn fetch_dependencies(root: &Path) -> Result<(), String> {
    run(cargo(root).args(["fetch", "--locked"]))
}

/// `trunk build --release` into dist/, precompressed, with the size table and the budget check.
pub fn release_build(root: &Path) -> Result<Vec<compress::Weight>, String> {
    let tools = tools::ensure(root, Need::Build)?;
    fetch_dependencies(root)?;
    release_build_with(root, &tools)
}

fn release_build_with(root: &Path, tools: &Tools) -> Result<Vec<compress::Weight>, String> {
    let weights = build_dist(root, tools)?;
    Budget::read(root)?.check(&weights)?;
    Ok(weights)
}

/// `trunk build --release` into dist/ and the precompressed files, without the budget check.
pub fn build_dist(root: &Path, tools: &Tools) -> Result<Vec<compress::Weight>, String> {
    run(tools
        .command("trunk")
        .args(["build", "--release"])
        .current_dir(root))?;
    crate::package::stamp_service_worker(&root.join("dist"))?;
    compress::precompress(&root.join("dist"))
}

/// `cargo xtask screenshot`: the release build, then only the browser test that takes screenshots.
pub fn screenshots(root: &Path) -> Result<(), String> {
    let tools = tools::ensure(root, Need::BuildAndBrowser)?;
    fetch_dependencies(root)?;
    release_build_with(root, &tools)?;
    browser_tests(root, &tools, &["--test-name-pattern", "screenshot"])?;
    println!(
        "xtask: screenshots in {}",
        root.join("target/screenshots").display()
    );
    Ok(())
}

/// `cargo xtask geo [--check]`: rebuild geo/ from geo/source, or check that it is up to date.
pub fn geo(root: &Path, check: bool) -> Result<(), String> {
    let mut command = cargo(root);
    command.args(["run", "--quiet", "-p", "geo-build", "--"]);
    if check {
        command.arg("--check");
    }
    run(&mut command)
}

fn wasm_tests(root: &Path, tools: &Tools) -> Result<(), String> {
    // wasm-bindgen-test-runner reads webdriver.json from its working directory: it holds the flags
    // Chromium needs as root (TOOLCHAIN.md).
    run(tools
        .command("cargo")
        .args([
            "test",
            "-p",
            "interreg-map",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            "wasm-bindgen-test-runner",
        )
        .env("CHROMEDRIVER", "/usr/bin/chromedriver")
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
        .current_dir(root))
}

fn browser_tests(root: &Path, tools: &Tools, extra: &[&str]) -> Result<(), String> {
    let e2e = root.join("tests/e2e");
    let mut command = tools.command("node");
    command
        .args(["--test", "--test-concurrency=1"])
        .args(extra)
        .env("DIST", root.join("dist"))
        .env("SCREENSHOTS", root.join("target/screenshots"))
        .current_dir(&e2e);
    for entry in std::fs::read_dir(&e2e).map_err(|e| format!("{}: {e}", e2e.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name.ends_with(".test.mjs") {
            command.arg(name);
        }
    }
    run(&mut command)
}

fn cargo(root: &Path) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root);
    command
}

/// Times each step and prints a summary at the end, so slow steps show up in CI's log.
#[derive(Default)]
struct Steps {
    done: Vec<(String, f64)>,
}

impl Steps {
    fn step(&mut self, name: &str, f: impl FnOnce() -> Result<(), String>) -> Result<(), String> {
        println!("\n==> {name}");
        let started = Instant::now();
        let result = f().map_err(|e| format!("step `{name}` failed: {e}"));
        self.done
            .push((name.to_string(), started.elapsed().as_secs_f64()));
        result
    }

    fn summary(&self, started: Instant) {
        println!("\nall steps passed:");
        for (name, secs) in &self.done {
            println!("  {secs:>7.1} s  {name}");
        }
        println!(
            "  {:>7.1} s  in all (tool installs included)",
            started.elapsed().as_secs_f64()
        );
    }
}
