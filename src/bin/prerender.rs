//! `prerender DIST`: writes the widget's first view into the built `DIST/index.html` (run by
//! `cargo xtask build` after trunk). See `interreg_map::prerender` and the README's "First view".

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match interreg_map::prerender::page::run(std::env::args().skip(1).collect()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
