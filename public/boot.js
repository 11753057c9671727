// Starts the widget from a file (the strict CSP allows no inline script but the page's small
// language script, which has already sent the visitor to their language's page). A classic script
// in <head>: part 1 runs before the prerendered first view is painted, part 2 once the page is
// parsed. Why each step: README "The first view" and src/takeover.rs.
// 1. The page's options, as <html> attributes the stylesheet reads until the wasm takes over
//    (theme, embed, show; wait: the first view cannot show what the page asks for, a presentation
//    or another data file, whose page must never show the build's project). Rules:
//    map_core::view::options.
const html = document.documentElement;
const query = new URLSearchParams(location.search);
/** The data file the page asks for, as map_core::view::options accepts it, else the build's. */
const dataFile = (() => {
  const asked = query.get("data") ?? "";
  const safe = /^[A-Za-z0-9_.\/-]+\.json$/.test(asked) && !asked.startsWith("/")
    && asked.split("/").every((s) => s !== "" && s !== "..");
  return safe ? asked : html.dataset.imapData ?? "data/secon.json";
})();
(() => {
  const on = (key) => ["", "1", "true"].includes(query.get(key));
  const media = (m) => typeof matchMedia === "function" && matchMedia(m).matches;
  const theme = query.get("theme");
  html.dataset.imapTheme = ["light", "dark", "contrast"].includes(theme) ? theme
    : media("(prefers-contrast: more)") ? "contrast" : media("(prefers-color-scheme: dark)") ? "dark" : "light";
  if (on("embed")) html.dataset.imapEmbed = "";
  const show = (query.get("show") ?? "").split(",").map((p) => p.trim())
    .filter((p) => ["map", "counters", "events", "list"].includes(p));
  if (show.length) html.dataset.imapShow = show.join(" ");
  if ("imapData" in html.dataset && dataFile !== html.dataset.imapData) html.dataset.imapForeign = "";
  if (on("present") || "imapForeign" in html.dataset) html.dataset.imapWait = "";
  if (typeof WebAssembly !== "object") failed("this browser has no WebAssembly");
})();

/** The wasm is not coming: the first view stays (or, for another data file, a notice says what
 *  it would show), and the notice in the page's language says what needs script. Never hidden. */
function failed(why) {
  if ("imapFailed" in html.dataset) return;
  console.error(`interreg-map: the interactive widget did not start (${why})`);
  html.dataset.imapFailed = "";
  if (!("imapForeign" in html.dataset)) delete html.dataset.imapWait;
  const show = () => document.querySelectorAll(".imap-boot__file").forEach((f) => { f.textContent = dataFile; });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show, { once: true });
  else show();
}

// 2. The first view's height to an embedding page (public/embed.js), then the data file and the
//    wasm (whose names the build wrote on <html>: the page itself requests neither, so a visitor
//    without script downloads neither), fetched at once so they load side by side; the wasm by
//    plain URL so it compiles while it streams. Intl is warmed meanwhile (the first formatter costs
//    100 ms at 4x CPU). The service worker (offline use) registers after load, over http(s) only.
async function start() {
  if ("imapFailed" in html.dataset) return;
  if (window.parent !== window) {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    window.parent.postMessage({ type: "interreg-map:height", height }, "*");
  }
  const preload = document.createElement("link");
  Object.assign(preload, { rel: "preload", as: "fetch", crossOrigin: "anonymous", href: dataFile });
  document.head.append(preload);
  const { imapGlue: glue, imapWasm: wasm } = html.dataset;
  try {
    const module = fetch(new URL(wasm, document.baseURI)).then((response) => {
      if (!response.ok) throw new Error(`${wasm}: HTTP ${response.status}`);
      return response;
    });
    const init = (await import(new URL(glue, document.baseURI).href)).default;
    const started = init({ module_or_path: module });
    try {
      new Intl.NumberFormat(navigator.language).format(1);
      new Intl.DateTimeFormat(navigator.language, { month: "long" }).format(0);
    } catch {}
    await started;
  } catch (error) {
    failed(error);
    return;
  }
  if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
    const page = location.pathname.split("/").pop();
    const worker = /^[a-z]{2,3}\.html$/.test(page) ? `sw.js?page=${page}` : "sw.js";
    const register = () => navigator.serviceWorker.register(worker).catch(() => {});
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
