//! `cargo xtask serve`: install what is missing, then `trunk serve`, which rebuilds on change.

use std::path::Path;

use crate::build;
use crate::exec;
use crate::flags;
use crate::tools::Need;

/// Serves the widget at http://127.0.0.1:<port>/ (8080 unless `--port N`).
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let port = parse_port(args)?;
    let tools = build::prepare(root, Need::Build)?;
    println!("xtask: serving the widget at http://127.0.0.1:{port}/ (Ctrl-C stops)");
    exec::run(
        tools
            .command("trunk")
            .args([
                "serve",
                "--address",
                "127.0.0.1",
                "--port",
                &port.to_string(),
            ])
            .current_dir(root),
    )
}

fn parse_port(args: &[String]) -> Result<u16, String> {
    let flags = flags::SERVE.parse(args)?;
    let Some(value) = flags.value("--port") else {
        return Ok(8080);
    };
    value
        .parse()
        .map_err(|_| format!("serve: --port needs a number from 1 to 65535, not `{value}`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn port_defaults_to_8080_and_accepts_both_spellings() {
        assert_eq!(parse_port(&[]).unwrap(), 8080);
        assert_eq!(parse_port(&args(&["--port", "9000"])).unwrap(), 9000);
        assert_eq!(parse_port(&args(&["--port=9001"])).unwrap(), 9001);
    }

    #[test]
    fn a_bad_port_says_what_is_allowed() {
        let err = parse_port(&args(&["--port", "http"])).unwrap_err();
        assert!(err.contains("1 to 65535"), "{err}");
        assert!(parse_port(&args(&["--verbose"])).is_err());
    }
}
