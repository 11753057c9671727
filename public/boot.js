// Starts the widget from a file instead of the inline <script type="module"> trunk writes by default,
// so that the page runs under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval',
// no 'unsafe-inline'). Trunk.toml's `pattern_script` removes trunk's inline starter; trunk still writes
// the hashed names of the wasm-bindgen glue and of the wasm into <head> as preload links, and this
// reads them from there. The wasm is fetched by its plain URL, which the preload answers, and
// compiled while it streams in (application/wasm). Fetching it with its integrity instead would make
// the browser hold the whole file to check the hash before compiling: 350 ms later on the slow profile.
const glue = document.querySelector('link[rel="modulepreload"][href$=".js"]');
const wasm = document.querySelector('link[rel="preload"][href$=".wasm"]');
const { default: init } = await import(glue.href);
const started = init({ module_or_path: wasm.href });
// While the wasm downloads the page has nothing to do: warm the browser's number and date formatting
// (ICU) now. The first Intl formatter of a page costs 100 ms on the benchmark's slow CPU, whichever
// language it is for; the widget's own formatters then cost a few (issue 9).
try {
  new Intl.NumberFormat(navigator.language).format(1);
  new Intl.DateTimeFormat(navigator.language, { month: "long" }).format(0);
} catch {
  // A browser without Intl: the widget falls back to its own formats.
}
await started;
// Once the widget runs, a service worker keeps it for offline use (public/sw.js); registered after
// the page's load so that it never competes with the first visit. Only over http(s): a file:// copy
// (`cargo xtask package`) carries everything inside it already.
if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  const register = () => navigator.serviceWorker.register("sw.js").catch(() => {});
  if (document.readyState === "complete") register();
  else addEventListener("load", register, { once: true });
}
