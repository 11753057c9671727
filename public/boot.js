// Starts the widget, from a file: the page runs under a strict Content-Security-Policy (script-src
// 'self' 'wasm-unsafe-eval', no inline script). A classic script in <head>, so its first part runs
// before the prerendered first view is painted; the wasm starts once the page is parsed.
//
// 1. Before the first paint, the page's options that change how the prerendered view looks, as
//    attributes on <html> that the stylesheet reads (the wasm's own widget replaces them when it
//    takes over, src/takeover.rs). They follow map_core::options and map_core::i18n::negotiate:
//    - theme: ?theme=, else the system's contrast and colour-scheme preference;
//    - embed: ?embed, ?embed=1, ?embed=true;
//    - show: the known parts of ?show=;
//    - lang-pending: the visitor's language (?lang=, a host page's <html lang>, the browser's
//      languages) is not English, the prerendered view's: its text stays out of sight until the
//      wasm has drawn it in that language, so English never flashes before Greek;
//    - wait: the page asks for what the first view cannot show (?present, another ?data= file):
//      the widget stays out of sight until the wasm has drawn it.
(() => {
  const html = document.documentElement;
  const query = new URLSearchParams(location.search);
  const on = (key) => ["", "1", "true"].includes(query.get(key));
  const media = (q) => typeof matchMedia === "function" && matchMedia(q).matches;
  const asked = query.get("theme");
  html.dataset.imapTheme = ["light", "dark", "contrast"].includes(asked)
    ? asked
    : media("(prefers-contrast: more)")
      ? "contrast"
      : media("(prefers-color-scheme: dark)")
        ? "dark"
        : "light";
  if (on("embed")) html.dataset.imapEmbed = "";
  const parts = ["map", "counters", "events", "list"];
  const show = (query.get("show") ?? "").split(",").map((p) => p.trim()).filter((p) => parts.includes(p));
  if (show.length) html.dataset.imapShow = show.join(" ");
  const spoken = (html.dataset.imapLanguages ?? "en").split(" ");
  const primary = (tag) => (tag ?? "").trim().split(/[-_]/)[0].toLowerCase();
  const page = "imapPrerenderedLang" in html.dataset ? [] : [html.lang];
  const wanted = [query.get("lang"), ...page, ...(navigator.languages ?? [])]
    .map(primary)
    .find((p) => spoken.includes(p));
  if ((wanted ?? "en") !== "en") html.dataset.imapLangPending = "";
  if (on("present") || (query.get("data") ?? "data/secon.json") !== "data/secon.json") html.dataset.imapWait = "";
})();

// 2. Once the page is parsed: the page around an embedding iframe learns the first view's height
//    (public/embed.js sizes the iframe; the wasm keeps it up to date), and the wasm starts. Its
//    glue and the wasm come from the preload links the build writes at the end of the body, after
//    the first view; the wasm is fetched by its plain URL, which the preload answers, and compiled
//    while it streams in (fetching it with its integrity would hold the whole file first: 350 ms
//    later on the slow profile).
async function start() {
  if (window.parent !== window) {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    window.parent.postMessage({ type: "interreg-map:height", height }, "*");
  }
  const glue = document.querySelector('link[rel="modulepreload"][href$=".js"]');
  const wasm = document.querySelector('link[rel="preload"][href$=".wasm"]');
  const { default: init } = await import(glue.href);
  const started = init({ module_or_path: wasm.href });
  // While the wasm downloads the page has nothing to do: warm the browser's number and date
  // formatting (ICU) now. The first Intl formatter of a page costs 100 ms on the benchmark's slow
  // CPU, whichever language it is for; the widget's own formatters then cost a few.
  try {
    new Intl.NumberFormat(navigator.language).format(1);
    new Intl.DateTimeFormat(navigator.language, { month: "long" }).format(0);
  } catch {
    // A browser without Intl: the widget falls back to its own formats.
  }
  await started;
  // Once the widget runs, a service worker keeps it for offline use (public/sw.js); registered
  // after the page's load so that it never competes with the first visit. Only over http(s): a
  // file:// copy (`cargo xtask package`) carries everything inside it already.
  if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
    const register = () => navigator.serviceWorker.register("sw.js").catch(() => {});
    if (document.readyState === "complete") register();
    else addEventListener("load", register, { once: true });
  }
}
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
else start();
