//! Entry point of the wasm app: a panic hook that logs to the console, then mount `<App/>`. Nothing else.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(interreg_map::app::App);
}
