//! `cargo xtask screenshot`: the release build, then only the browser test that takes screenshots
//! (320 px and 1280 px wide, and full screen), into `target/screenshots/`.

use std::path::Path;

use crate::build;
use crate::flags;
use crate::test::browser_tests;
use crate::tools::Need;

/// Builds, takes the screenshots and prints where they are.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    flags::SCREENSHOT.parse(args)?;
    let tools = build::prepare(root, Need::BuildAndBrowser)?;
    build::release(root, &tools)?;
    browser_tests(root, &tools, &["--test-name-pattern", "screenshot"])?;
    println!(
        "xtask: screenshots in {}",
        root.join("target/screenshots").display()
    );
    Ok(())
}
