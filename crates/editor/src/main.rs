//! Entry point of the editor's wasm: a panic hook that logs to the console, then mount the editor.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        console_error_panic_hook::set_once();
        leptos::mount::mount_to_body(interreg_map_editor::editor::Editor);
    }
}
