//! Every command and flag in one place: the usage text and what each command accepts, with the one
//! small parser all commands share. Anything a command does not declare is refused with the usage, so a
//! mistyped flag (`geo --chekc`) stops instead of running the command without it.

/// The help text: `cargo xtask help`, and the tail of every refused command line.
pub const USAGE: &str = "\
usage: cargo xtask <command>

  serve [--port N]     install what is missing, build and serve the widget at http://127.0.0.1:8080/
                       (rebuilds on change)
  test                 everything CI runs: fmt, clippy (host + wasm), native tests, geometry and data
                       checks, wasm release build, size budget, wasm-bindgen tests, browser tests
  build                the release build in dist/, precompressed (.gz, .br), with its size report
  bench                release build, then first-visit weight, time to ready, hover latency, heap and
                       pan/zoom frame times in throttled headless Chromium; report in target/bench/
  screenshot           release build + browser screenshots (320 px, 1280 px) in target/screenshots/
  validate [FILE..]    check data files and .ftl catalogues (default public/data/secon.json and
                       crates/map-core/i18n/*.ftl); prints every problem
  schema               write public/data/schema.json from the data model
  geo [--check] [--data FILE]
                       rebuild geo/ from geo/source (or check that geo/ is up to date); the regions
                       come from the data file named in geo/config.json, or from FILE for this run
  package [--data FILE]
                       release build, then target/package/: one self-contained HTML file that
                       runs from file:// with no network, and a zip of the static site (dist/);
                       with FILE, both show that data file instead of the build's
";

/// What one command accepts.
pub struct Spec {
    /// The command's name, for messages.
    pub command: &'static str,
    /// Flags without a value, e.g. `--check`.
    pub switches: &'static [&'static str],
    /// Flags with a value, given as `--name VALUE` or `--name=VALUE`.
    pub options: &'static [&'static str],
    /// Whether arguments that are not flags are allowed (file names).
    pub positional: bool,
}

/// `serve [--port N]`
pub const SERVE: Spec = Spec::options("serve", &["--port"]);
/// `test`
pub const TEST: Spec = Spec::bare("test");
/// `build`
pub const BUILD: Spec = Spec::bare("build");
/// `bench`
pub const BENCH: Spec = Spec::bare("bench");
/// `screenshot`
pub const SCREENSHOT: Spec = Spec::bare("screenshot");
/// `validate [FILE..]`
pub const VALIDATE: Spec = Spec {
    command: "validate",
    switches: &[],
    options: &[],
    positional: true,
};
/// `schema`
pub const SCHEMA: Spec = Spec::bare("schema");
/// `geo [--check] [--data FILE]`
pub const GEO: Spec = Spec {
    command: "geo",
    switches: &["--check"],
    options: &["--data"],
    positional: false,
};
/// `package [--data FILE]`
pub const PACKAGE: Spec = Spec::options("package", &["--data"]);

impl Spec {
    /// A command that takes no arguments at all.
    const fn bare(command: &'static str) -> Spec {
        Spec {
            command,
            switches: &[],
            options: &[],
            positional: false,
        }
    }

    /// A command that takes only these flags with values.
    const fn options(command: &'static str, options: &'static [&'static str]) -> Spec {
        Spec {
            command,
            switches: &[],
            options,
            positional: false,
        }
    }

    /// Reads `args` (what follows the command's name). Fails, with the usage, on an undeclared flag,
    /// a flag's missing value, a value given to a switch, and an argument the command does not take.
    pub fn parse(&self, args: &[String]) -> Result<Flags, String> {
        let refuse = |problem: String| format!("{}: {problem}\n\n{USAGE}", self.command);
        let mut flags = Flags::default();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            if !arg.starts_with('-') || arg == "-" {
                if !self.positional {
                    return Err(refuse(format!("unexpected argument `{arg}`")));
                }
                flags.positional.push(arg.clone());
                continue;
            }
            let (name, inline) = match arg.split_once('=') {
                Some((name, value)) => (name, Some(value.to_owned())),
                None => (arg.as_str(), None),
            };
            if let Some(&switch) = self.switches.iter().find(|&&s| s == name) {
                if inline.is_some() {
                    return Err(refuse(format!("{switch} takes no value")));
                }
                flags.switches.push(switch);
            } else if let Some(&option) = self.options.iter().find(|&&o| o == name) {
                let value = match inline {
                    Some(value) => value,
                    None => args
                        .next()
                        .cloned()
                        .ok_or_else(|| refuse(format!("{option} needs a value")))?,
                };
                flags.values.push((option, value));
            } else {
                return Err(refuse(format!("unknown flag `{arg}`")));
            }
        }
        Ok(flags)
    }
}

/// A command line as its [`Spec`] read it.
#[derive(Debug, Default)]
pub struct Flags {
    switches: Vec<&'static str>,
    values: Vec<(&'static str, String)>,
    /// Arguments that are not flags, in order.
    pub positional: Vec<String>,
}

impl Flags {
    /// Whether the switch was given.
    pub fn has(&self, switch: &str) -> bool {
        self.switches.contains(&switch)
    }

    /// The option's value; the last one when given several times.
    pub fn value(&self, option: &str) -> Option<&str> {
        self.values
            .iter()
            .rev()
            .find(|(name, _)| *name == option)
            .map(|(_, value)| value.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_mistyped_flag_is_refused_with_the_usage() {
        let err = GEO.parse(&args(&["--chekc"])).unwrap_err();
        assert!(err.starts_with("geo: unknown flag `--chekc`"), "{err}");
        assert!(err.contains("usage: cargo xtask"), "{err}");
    }

    #[test]
    fn switches_and_options_are_read_in_both_spellings() {
        let flags = GEO.parse(&args(&["--data", "a.json", "--check"])).unwrap();
        assert!(flags.has("--check"));
        assert_eq!(flags.value("--data"), Some("a.json"));
        let flags = GEO.parse(&args(&["--data=b.json"])).unwrap();
        assert!(!flags.has("--check"));
        assert_eq!(flags.value("--data"), Some("b.json"));
    }

    #[test]
    fn an_option_without_its_value_and_a_switch_with_one_are_refused() {
        let err = GEO.parse(&args(&["--data"])).unwrap_err();
        assert!(err.starts_with("geo: --data needs a value"), "{err}");
        let err = GEO.parse(&args(&["--check=yes"])).unwrap_err();
        assert!(err.starts_with("geo: --check takes no value"), "{err}");
    }

    #[test]
    fn extra_arguments_are_refused_unless_the_command_takes_files() {
        let err = BUILD.parse(&args(&["dist"])).unwrap_err();
        assert!(
            err.starts_with("build: unexpected argument `dist`"),
            "{err}"
        );
        let flags = VALIDATE.parse(&args(&["a.json", "b.ftl"])).unwrap();
        assert_eq!(flags.positional, args(&["a.json", "b.ftl"]));
        assert!(VALIDATE.parse(&args(&["--all"])).is_err());
    }
}
