//! Entry point of the wasm app: a panic hook that logs to the console, then mount the widget
//! (over the prerendered first view when the page has one). Nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        console_error_panic_hook::set_once();
        interreg_map::takeover::start(interreg_map::app::App);
    }
}
