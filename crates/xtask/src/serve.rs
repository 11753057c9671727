//! `cargo xtask serve`: install what is missing, then `trunk serve`, which rebuilds on change.

use std::path::Path;

use crate::tools::{self, Need};

/// Serves the widget at http://127.0.0.1:<port>/ (8080 unless `--port N`).
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let port = parse_port(args)?;
    let tools = tools::ensure(root, Need::Build)?;
    crate::test::fetch_dependencies(root)?;
    println!("xtask: serving the widget at http://127.0.0.1:{port}/ (Ctrl-C stops)");
    crate::run(
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
    let mut port = 8080;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--port=") {
            Some(value) => value,
            None if arg == "--port" => args.next().map(String::as_str).unwrap_or(""),
            None => return Err(format!("serve: unknown argument `{arg}` (only --port N)")),
        };
        port = value
            .parse()
            .map_err(|_| format!("serve: --port needs a number from 1 to 65535, not `{value}`"))?;
    }
    Ok(port)
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
