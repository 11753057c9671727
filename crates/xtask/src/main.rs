//! `cargo xtask <command>`: the project's commands, so that a fresh machine needs only rustup and cargo.
//!
//! One module per command (a file, or a folder by concern such as `bench/`), each with
//! `pub fn run(root, args)`; `flags.rs` declares every command's flags and the usage. The modules form a tree: the commands use `build` (the release build they
//! share), which uses `tools` (installs the pinned tools into a cache outside the clone), `compress`
//! and `exec`; `test` also runs `geo`'s check, `validate` and `package`'s writer, and `screenshot`
//! runs `test`'s browser tests. Nothing below a command uses a command above it.

mod bench;
mod build;
mod compress;
mod exec;
mod flags;
mod geo;
mod package;
mod schema;
mod screenshot;
mod serve;
mod test;
mod tools;
mod validate;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// A command's entry: the workspace root and the arguments after the command's name.
type Command = fn(&Path, &[String]) -> Result<(), String>;

/// Every command by name, in the usage's order.
const COMMANDS: &[(&str, Command)] = &[
    ("serve", serve::run),
    ("test", test::run),
    ("build", build::run),
    ("bench", bench::run),
    ("screenshot", screenshot::run),
    ("validate", validate::run),
    ("schema", schema::run),
    ("geo", geo::run),
    ("package", package::run),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `help` only in the command's place: after a command it could be a file's name.
    let is_flag = |a: &String| matches!(a.as_str(), "--help" | "-h");
    let result = match args.split_first() {
        None => {
            print!("{}", flags::USAGE);
            Ok(())
        }
        Some((name, rest)) if name == "help" || is_flag(name) || rest.iter().any(is_flag) => {
            print!("{}", flags::USAGE);
            Ok(())
        }
        Some((name, rest)) => match COMMANDS.iter().find(|(command, _)| command == name) {
            Some((_, run)) => run(&workspace_root(), rest),
            None => Err(format!("unknown command `{name}`\n\n{}", flags::USAGE)),
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: xtask lives in `crates/xtask`, two levels down.
fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .nth(2)
        .map(Path::to_path_buf)
        .unwrap_or(manifest)
}
