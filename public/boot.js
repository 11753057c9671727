// Starts the widget from a file (the strict CSP allows no inline script). A classic script in
// <head>: part 1 runs before the prerendered first view is painted, part 2 once the page is parsed.
// Why each step: README "The first view" and src/takeover.rs.
// 1. The page's options, as <html> attributes the stylesheet reads until the wasm takes over
//    (theme, embed, show, lang-pending: the visitor's language is not the first view's English,
//    wait: the first view cannot show what the page asks for). Rules: map_core::view::options.
(() => {
  const html = document.documentElement;
  const q = new URLSearchParams(location.search);
  const on = (key) => ["", "1", "true"].includes(q.get(key));
  const media = (m) => typeof matchMedia === "function" && matchMedia(m).matches;
  const theme = q.get("theme");
  html.dataset.imapTheme = ["light", "dark", "contrast"].includes(theme) ? theme
    : media("(prefers-contrast: more)") ? "contrast" : media("(prefers-color-scheme: dark)") ? "dark" : "light";
  if (on("embed")) html.dataset.imapEmbed = "";
  const show = (q.get("show") ?? "").split(",").map((p) => p.trim())
    .filter((p) => ["map", "counters", "events", "list"].includes(p));
  if (show.length) html.dataset.imapShow = show.join(" ");
  const spoken = (html.dataset.imapLanguages ?? "en").split(" ");
  const page = "imapPrerenderedLang" in html.dataset ? [] : [html.lang];
  const lang = [q.get("lang"), ...page, ...(navigator.languages ?? [])]
    .map((tag) => (tag ?? "").trim().split(/[-_]/)[0].toLowerCase())
    .find((p) => spoken.includes(p));
  if ((lang ?? "en") !== "en") html.dataset.imapLangPending = "";
  if (on("present") || (q.get("data") ?? "data/secon.json") !== "data/secon.json") html.dataset.imapWait = "";
})();

// 2. The first view's height to an embedding page (public/embed.js), then the wasm, from the
//    preloads the build puts after the first view; fetched by plain URL so it compiles while it
//    streams. Intl is warmed meanwhile (the first formatter costs 100 ms at 4x CPU). The service
//    worker (offline use) registers after load, over http(s) only.
async function start() {
  if (window.parent !== window) {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    window.parent.postMessage({ type: "interreg-map:height", height }, "*");
  }
  const glue = document.querySelector('link[rel="modulepreload"][href$=".js"]');
  const wasm = document.querySelector('link[rel="preload"][href$=".wasm"]');
  const init = (await import(glue.href)).default;
  const started = init({ module_or_path: wasm.href });
  try {
    new Intl.NumberFormat(navigator.language).format(1);
    new Intl.DateTimeFormat(navigator.language, { month: "long" }).format(0);
  } catch {}
  await started;
  if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
    const register = () => navigator.serviceWorker.register("sw.js").catch(() => {});
    if (document.readyState === "complete") register();
    else addEventListener("load", register, { once: true });
  }
}
// 3. The diagnostic module (crates/diagnose), which the wasm calls only for a data file its fast
//    path refused: imported then, under the versioned name the build writes on <html>.
globalThis.interregMapDiagnose = async (file, text) => {
  const js = new URL(document.documentElement.dataset.imapDiagnose, document.baseURI).href;
  const module = await import(js);
  await module.default({ module_or_path: js.replace(/\.js$/, "_bg.wasm") });
  return module.diagnose(file, text);
};
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
else start();
