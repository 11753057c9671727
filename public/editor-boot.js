// Starts the data editor's wasm (editor.html) from the preload links trunk writes: the page's
// strict Content-Security-Policy allows no inline script, so trunk's own starter is left out
// (Trunk.editor.toml) and this file does its job.
const glue = document.querySelector('link[rel="modulepreload"][href$=".js"]');
const wasm = document.querySelector('link[rel="preload"][href$=".wasm"]');
const init = (await import(glue.href)).default;
await init({ module_or_path: wasm.href });
