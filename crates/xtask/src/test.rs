//! `cargo xtask test`: everything CI runs, step by step, and the browser tests, which the screenshot
//! command also runs (its one test).

use std::path::Path;
use std::time::Instant;

use crate::build;
use crate::exec::{self, cargo};
use crate::flags;
use crate::geo;
use crate::package;
use crate::tools::{Need, Tools};
use crate::validate;

/// A second project's data file (fictional), whose regions the build never saw.
pub const SECOND_PROJECT: &str = "tests/fixtures/second-project/example-project.json";

/// fmt, clippy (host and wasm), native tests, rustdoc, geometry and data checks, the release build with
/// its size budget, the offline package, wasm-bindgen tests in Chromium, and the browser tests.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    flags::TEST.parse(args)?;
    let started = Instant::now();
    let tools = build::prepare(root, Need::BuildAndBrowser)?;
    let mut log = Steps::default();
    log.step("format", || {
        exec::run(cargo(root).args(["fmt", "--all", "--check"]))
    })?;
    log.step("clippy (host crates)", || {
        exec::run(
            cargo(root)
                // The app too: natively it is the build's prerender of the first view.
                .args(["clippy", "--workspace", "--all-targets"])
                .args(["--", "-D", "warnings"]),
        )
    })?;
    log.step("clippy (wasm app, diagnostic module, editor)", || {
        exec::run(
            cargo(root)
                // The data editor (editor.html) is a wasm app too.
                .args([
                    "clippy",
                    "-p",
                    "interreg-map",
                    "-p",
                    "diagnose",
                    "-p",
                    "interreg-map-editor",
                    "--all-targets",
                ])
                .args(["--target", "wasm32-unknown-unknown", "--", "-D", "warnings"]),
        )
    })?;
    log.step("native tests", || exec::run(cargo(root).arg("test")))?;
    log.step("rustdoc", || {
        exec::run(
            cargo(root)
                .args(["doc", "--no-deps", "-p", "map-core"])
                .env("RUSTDOCFLAGS", "-D warnings"),
        )
    })?;
    log.step("geometry is up to date", || geo::check(root))?;
    log.step("data file and catalogues are valid", || {
        validate::files(root, &[])
    })?;
    log.step("release build + size budget", || {
        build::release(root, &tools).map(|_| ())
    })?;
    log.step("offline package", || package::write_package(root))?;
    // A second project's file the build never saw, packed as `package --data` packs it, for the
    // browser test that opens it offline (tests/e2e/second-project.test.mjs).
    log.step("offline package of a second project", || {
        let file = root.join(SECOND_PROJECT);
        let text = std::fs::read_to_string(&file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        package::write_package_with(
            root,
            Some(&text),
            &root.join("target/package/second-project"),
        )
    })?;
    log.step("wasm-bindgen tests (Chromium)", || wasm_tests(root, &tools))?;
    log.step("browser tests (Chromium)", || {
        browser_tests(root, &tools, &[])
    })?;
    log.summary(started);
    Ok(())
}

fn wasm_tests(root: &Path, tools: &Tools) -> Result<(), String> {
    // wasm-bindgen-test-runner reads webdriver.json from its working directory: it holds the flags
    // Chromium needs as root (TOOLCHAIN.md).
    exec::run(
        tools
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
            .current_dir(root),
    )
}

/// The browser tests in tests/e2e against the release build in dist/; `extra` goes to `node --test`
/// (the screenshot command picks its one test with it).
pub fn browser_tests(root: &Path, tools: &Tools, extra: &[&str]) -> Result<(), String> {
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
    exec::run(&mut command)
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
