// Starts the widget from a file instead of the inline <script type="module"> trunk writes by default,
// so that the page runs under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval',
// no 'unsafe-inline'). Trunk.toml's `pattern_script` removes trunk's inline starter; trunk still writes
// the hashed names of the wasm-bindgen glue and of the wasm into <head> as preload links, with their
// subresource integrity, and this reads them from there.
const glue = document.querySelector('link[rel="modulepreload"][href$=".js"]');
const wasm = document.querySelector('link[rel="preload"][href$=".wasm"]');
const { default: init } = await import(glue.href);
// Fetching with the preload's integrity lets the browser reuse the preloaded response (a request
// without it would not match the preload and download the wasm a second time) and checks the hash.
// The wasm is compiled while it streams in (application/wasm).
await init({
  module_or_path: fetch(wasm.href, { integrity: wasm.integrity, credentials: "same-origin" }),
});
