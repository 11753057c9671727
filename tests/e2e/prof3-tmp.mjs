import { launch, FIXTURES } from "/work/main/tests/e2e/harness.mjs";
import { serve } from "/work/main/tests/e2e/server.mjs";
const srv = await serve({ dist: process.env.DIST || "/work/main/dist", fixtures: FIXTURES });
const browser = await launch();
const context = browser.context;
const page = await context.newPage();
await page.setViewportSize({ width: 1280, height: 800 });
const cdp = await context.newCDPSession(page);
await cdp.send("Network.enable");
await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await page.addInitScript(() => {
  new MutationObserver(() => {
    const s = document.querySelector("[data-state]")?.getAttribute("data-state");
    if (s && s !== "loading" && !window.__done) { window.__done = { s, at: performance.now() }; performance.mark("imap-ready"); }
    if (s && !window.__first) { window.__first = performance.now(); performance.mark("imap-first"); }
  }).observe(document, { subtree: true, childList: true, attributes: true });
});
const events = [];
cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
await cdp.send("Tracing.start", { categories: "devtools.timeline,v8,v8.wasm,blink.user_timing,disabled-by-default-devtools.timeline", transferMode: "ReportEvents" });
await page.goto(srv.url + "/" + (process.env.Q || ""), { waitUntil: "commit" });
await page.waitForFunction(() => window.__done, null, { timeout: 60000 });
await new Promise(r => setTimeout(r, 300));
await cdp.send("Tracing.end"); await done;
console.log(JSON.stringify(await page.evaluate(() => [window.__first, window.__done])));
const marks = events.filter(e => e.name === "imap-ready" || e.name === "imap-first" || e.name==="navigationStart");
const ready = events.find(e => e.name === "imap-ready")?.ts; const nav = events.filter(e => e.name === "navigationStart").map(e=>e.ts).pop();
// main thread = thread of imap-ready mark
const tid = events.find(e => e.name === "imap-ready")?.tid; const pid = events.find(e => e.name === "imap-ready")?.pid;
const sums = new Map();
for (const e of events) { if (e.ph !== "X" || e.tid !== tid || e.pid !== pid || e.ts > ready) continue; const k = e.name; sums.set(k, (sums.get(k) || 0) + (e.dur || 0)); }
console.log("nav->ready ms", (ready - nav) / 1000);
for (const [k, v] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / 1000).toFixed(1).padStart(8), k);
// wasm compile events on any thread
const w = new Map(); for (const e of events) if (/wasm|Wasm/.test(e.name) && e.ph === "X" && e.ts < ready) w.set(e.name + " tid" + e.tid, (w.get(e.name+" tid"+e.tid)||0) + e.dur);
for (const [k, v] of [...w].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log("  wasm", (v / 1000).toFixed(1).padStart(8), k);
await browser.close(); srv.close();
