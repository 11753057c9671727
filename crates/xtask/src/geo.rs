//! `cargo xtask geo [--check]`: rebuild `geo/` with geo-build, or check that it is up to date. The
//! regions come from the data file that `geo/config.json`'s `data` names.

use std::path::Path;

use crate::exec::{self, cargo};
use crate::flags;

/// Rebuilds (or with `--check`, checks) `geo/`.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let flags = flags::GEO.parse(args)?;
    geo_build(root, flags.has("--check"))
}

/// Checks that `geo/` is what the configured inputs give (a step of `cargo xtask test`).
pub fn check(root: &Path) -> Result<(), String> {
    geo_build(root, true)
}

fn geo_build(root: &Path, check: bool) -> Result<(), String> {
    let mut command = cargo(root);
    command.args(["run", "--quiet", "-p", "geo-build", "--"]);
    if check {
        command.arg("--check");
    }
    exec::run(&mut command)
}
