// The benchmark's browser half (`cargo xtask bench` runs it after the release build and writes the
// report from its output): first visits of the release build in Debian's headless Chromium on a
// throttled profile, as the D3 + TopoJSON comparison was measured.
//
// Profile (Chrome DevTools Protocol): Network.emulateNetworkConditions at 1.6 Mbps down, 750 kbps up,
// 150 ms latency; Emulation.setCPUThrottlingRate 4; an empty cache for every visit.
// Each of RUNS runs measures, in a fresh page:
//   - the requests and their bytes on the wire (CDP Network.loadingFinished),
//   - the time from navigation start to the map being visible (the first animation frame with at
//     least five sized [data-id] map elements: the prerendered first view's, before any script),
//   - the time from navigation start to the widget's data-state="ready" (a MutationObserver in the
//     page notes performance.now() when the attribute turns "ready"),
//   - the layout shift (CLS, PerformanceObserver "layout-shift") up to 1.5 s after ready,
//   - hover-to-highlight: from the pointer event reaching a region (event.timeStamp) until the first
//     frame in which its computed fill has changed has been produced (requestAnimationFrame, then a
//     task after that frame's rendering), in ms and in frames (1: the frame right after the input),
//   - the JS heap after ready (after a forced garbage collection; CDP Runtime.getHeapUsage),
//   - on the `?stress=nuts3` page (1,345 NUTS 3 paths more), the intervals between animation frames
//     while page.mouse drags the map, zooms it with the wheel (the zoom eases in CSS) and drags again.
//   - per interface language (en, el, bg, pl), a visitor whose browser asks for it opening the
//     widget's usual address (index.html, which sends them to their language's page), and a Greek
//     visitor opening el.html directly, on a host that serves brotli and on one that only gzips:
//     the time at which the indicators' heading is painted readable in that language (visible,
//     not transparent), beside visible and ready, all from the first navigation's start.
// Writes JSON to $OUT/browser.json. Numbers are medians over runs; frame p50/p95 (and the share of
// intervals over 25 ms, i.e. missed frames) are the medians of each run's figures; hover frames are
// the worst seen.
import fs from "node:fs";
import path from "node:path";
import { catalogue, launch, DIST, FIXTURES, ROOT } from "./harness.mjs";
import { serve } from "./server.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// The page of the first visits: `/`, or e.g. `/?data=fixtures/second-project/example-project.json`
// to measure another project's data file whose regions are drawn at run time.
const PAGE = process.env.BENCH_PAGE ?? "/";
const OUT = process.env.OUT ?? path.join(ROOT, "target/bench");
export const PROFILE = {
  downloadKbps: 1600,
  uploadKbps: 750,
  latencyMs: 150,
  cpuSlowdown: 4,
};

// Runs in the page before any of its scripts: notes when the map is first visible, when the wasm's
// widget has taken over the prerendered first view, when it becomes ready, and every layout shift.
function readyProbe() {
  // Visible: the first frame with at least five map elements ([data-id]) that have a size.
  const visible = () => {
    const sized = [...document.querySelectorAll("svg [data-id]")].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    });
    if (sized.length >= 5) window.__imapVisible = performance.now();
    else requestAnimationFrame(visible);
  };
  requestAnimationFrame(visible);
  window.__imapShifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__imapShifts.push({ at: e.startTime, value: e.value });
  }).observe({ type: "layout-shift", buffered: true });
  const note = () => {
    const root = document.querySelector("[data-state]");
    const state = root?.getAttribute("data-state");
    // The wasm has started and its widget has taken the page over (the prerendered root is marked).
    if (state && !root.hasAttribute("data-prerendered") && window.__imapStarted === undefined) {
      window.__imapStarted = performance.now();
    }
    if (state && state !== "loading" && window.__imapDone === undefined) {
      window.__imapDone = { state, at: performance.now() };
    }
  };
  new MutationObserver(note).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["data-state"],
  });
}

async function throttledPage(context, { network = true } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (network) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: PROFILE.latencyMs,
      downloadThroughput: (PROFILE.downloadKbps * 1000) / 8,
      uploadThroughput: (PROFILE.uploadKbps * 1000) / 8,
    });
  }
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PROFILE.cpuSlowdown });
  await page.addInitScript(readyProbe);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return { page, cdp, errors };
}

// Runs in each document before its scripts: the browser's languages, and when the heading that
// says `heading` is first painted readable, as a time since the epoch (the visit may cross from
// index.html to the language's page, each with its own time origin).
function languageProbe([locale, heading]) {
  Object.defineProperty(navigator, "languages", { get: () => [locale, "en"] });
  Object.defineProperty(navigator, "language", { get: () => locale });
  const check = () => {
    const h = [...document.querySelectorAll("h2")].find((e) => e.textContent.trim() === heading);
    const painted = h && getComputedStyle(document.body).visibility === "visible"
      && getComputedStyle(h).visibility === "visible" && getComputedStyle(h).color !== "rgba(0, 0, 0, 0)"
      && h.getBoundingClientRect().height > 0;
    if (painted) window.__imapReadable = performance.timeOrigin + performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** One visit of `address` by a browser in `locale`: readable, visible and ready since its start. */
async function languageVisit(context, base, { locale, lang, address }) {
  const { page, cdp, errors } = await throttledPage(context);
  await page.addInitScript(languageProbe, [locale, catalogue(lang)["indicators-title"]]);
  const documents = [];
  cdp.on("Network.responseReceived", (e) => e.type === "Document" && documents.push(e.requestId));
  const wire = new Map();
  cdp.on("Network.loadingFinished", (e) => wire.set(e.requestId, e.encodedDataLength));
  const start = Date.now();
  await page.goto(base + address, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__imapReadable !== undefined, null, { timeout: 60000 });
  const done = await waitReady(page);
  if (done.state !== "ready") throw new Error(`${lang} ${address}: "${done.state}": ${errors.join("; ")}`);
  const times = await page.evaluate(() => ({
    readable: window.__imapReadable,
    visible: performance.timeOrigin + (window.__imapVisible ?? NaN),
    ready: performance.timeOrigin + window.__imapDone.at,
    page: location.pathname,
  }));
  await page.close();
  return {
    readableMs: times.readable - start,
    visibleMs: times.visible - start,
    readyMs: times.ready - start,
    landed: times.page,
    pageBytes: documents.map((id) => wire.get(id) ?? 0).reduce((a, b) => a + b, 0),
    errors,
  };
}

/** The language visits, each RUNS times, medians. */
async function languageVisits(context, hosts) {
  const scenarios = [
    { locale: "en-GB", lang: "en", address: "/" },
    { locale: "el-GR", lang: "el", address: "/" },
    { locale: "el-GR", lang: "el", address: "/el.html" },
    { locale: "bg-BG", lang: "bg", address: "/" },
    { locale: "pl-PL", lang: "pl", address: "/" },
  ];
  const rows = [];
  for (const [host, base] of hosts) {
    for (const scenario of scenarios) {
      if (host === "gzip" && scenario.lang !== "el") continue;
      const runs = [];
      for (let run = 0; run < RUNS; run++) runs.push(await languageVisit(context, base, scenario));
      rows.push({
        host,
        lang: scenario.lang,
        address: scenario.address,
        landed: runs[0].landed,
        readable_ms: median(runs.map((r) => r.readableMs)),
        visible_ms: median(runs.map((r) => r.visibleMs)),
        ready_ms: median(runs.map((r) => r.readyMs)),
        page_bytes: median(runs.map((r) => r.pageBytes)),
        errors: runs.flatMap((r) => r.errors),
      });
      const row = rows[rows.length - 1];
      console.log(`${host} ${row.lang} ${row.address} -> ${row.landed}: readable ${row.readable_ms.toFixed(0)} ms, visible ${row.visible_ms.toFixed(0)} ms, ready ${row.ready_ms.toFixed(0)} ms, page ${row.page_bytes} B`);
    }
  }
  return rows;
}

async function waitReady(page) {
  await page.waitForFunction(() => window.__imapDone !== undefined, null, { timeout: 120000 });
  return page.evaluate(() => window.__imapDone);
}

/** A point inside `locator`'s element that hit-tests to it (its box centre may be outside the shape). */
async function pointInside(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    for (let i = 1; i < 12; i++) {
      for (let j = 1; j < 12; j++) {
        const x = r.left + (r.width * i) / 12;
        const y = r.top + (r.height * j) / 12;
        if (document.elementFromPoint(x, y) === el) return { x, y };
      }
    }
    return null;
  });
}

/**
 * From the pointer reaching the region (the input's timestamp) to the end of the frame that paints it
 * highlighted: `ms`, and `frames`, the number of frames produced until then (1: the very next one).
 */
async function hoverLatency(page, region) {
  const point = await pointInside(region);
  if (!point) return null;
  const map = page.getByRole("group", { name: "Map of the partner regions" });
  const box = await map.boundingBox();
  await page.mouse.move(box.x + 3, box.y + 3);
  // Listen first (and wait until listening), then move the pointer onto the region.
  await region.evaluate((el) => {
    window.__hover = new Promise((resolve) => {
      const before = getComputedStyle(el).fill;
      el.addEventListener(
        "pointerover",
        (event) => {
          const start = event.timeStamp;
          let frames = 0;
          const check = () => {
            frames += 1;
            if (getComputedStyle(el).fill !== before) {
              // After this frame's rendering steps: the next task.
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve({ ms: performance.now() - start, frames });
              channel.port2.postMessage(0);
            } else {
              requestAnimationFrame(check);
            }
          };
          requestAnimationFrame(check);
        },
        { once: true },
      );
    });
  });
  await page.mouse.move(point.x, point.y);
  return page.evaluate(() =>
    Promise.race([window.__hover, new Promise((resolve) => setTimeout(() => resolve(null), 10000))]),
  );
}

async function firstVisit(context, base, run) {
  const { page, cdp, errors } = await throttledPage(context);
  const wire = new Map();
  const urls = new Map();
  cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, e.request.url));
  cdp.on("Network.loadingFinished", (e) => wire.set(e.requestId, e.encodedDataLength));
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(base + PAGE, { waitUntil: "commit" });
  const done = await waitReady(page);
  if (done.state !== "ready") throw new Error(`run ${run}: the widget ended in "${done.state}": ${errors.join("; ")}`);
  // Layout shifts up to 1.5 s after ready (the takeover must not move anything).
  await page.waitForTimeout(1500);
  const { visibleMs, cls } = await page.evaluate((readyAt) => ({
    visibleMs: window.__imapVisible ?? null,
    cls: window.__imapShifts.filter((s) => s.at <= readyAt + 1500).reduce((sum, s) => sum + s.value, 0),
  }), done.at);
  // Where the time to ready goes: the wasm's last byte, then the widget's start (compiled,
  // instantiated, mounted), then ready (data parsed, everything drawn).
  const phases = await page.evaluate(() => ({
    startedMs: window.__imapStarted,
    wasmMs: performance
      .getEntriesByType("resource")
      .filter((e) => e.name.endsWith(".wasm"))
      .map((e) => e.responseEnd)[0],
  }));

  // Hover three partner regions, one after the other, and keep the median.
  const map = page.getByRole("group", { name: "Map of the partner regions" });
  const regions = map.getByRole("button");
  const hovers = [];
  for (let i = 0; i < Math.min(3, await regions.count()); i++) {
    const hover = await hoverLatency(page, regions.nth(i));
    if (hover !== null) hovers.push(hover);
  }
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const transfers = [...wire].map(([id, bytes]) => ({ url: urls.get(id), bytes }));
  await page.close();
  return {
    readyMs: done.at,
    visibleMs,
    cls,
    startedMs: phases.startedMs,
    wasmMs: phases.wasmMs,
    hoverMs: median(hovers.map((h) => h.ms)),
    hoverFrames: hovers.length ? Math.max(...hovers.map((h) => h.frames)) : null,
    heapBytes: heap.usedSize,
    requests: requests.map((u) => new URL(u).pathname),
    wireBytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
    errors,
  };
}

async function panAndZoom(context, base, run) {
  const { page, errors } = await throttledPage(context, { network: false });
  await page.goto(base + "/?stress=nuts3", { waitUntil: "commit" });
  const done = await waitReady(page);
  if (done.state !== "ready") throw new Error(`stress run ${run}: "${done.state}": ${errors.join("; ")}`);
  const map = page.getByRole("group", { name: "Map of the partner regions" });
  await map.scrollIntoViewIfNeeded();
  const paths = await map.locator("path").count();
  const box = await map.boundingBox();
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.evaluate(() => {
    window.__frames = [];
    window.__recording = true;
    let last = null;
    const tick = (t) => {
      if (last !== null) window.__frames.push(t - last);
      last = t;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const drag = async (dx, dy, steps) => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(cx + (dx * i) / steps, cy + (dy * i) / steps);
    }
    await page.mouse.up();
  };
  await drag(-240, -90, 40);
  await drag(200, 120, 40);
  // Zoom in about the centre with the wheel (Ctrl held: the map takes the wheel without focus).
  await page.mouse.move(cx, cy);
  await page.keyboard.down("Control");
  for (let i = 0; i < 4; i++) {
    // Each notch eases the zoom in CSS; its frames are measured, so wait for the ease to end.
    const eased = page.evaluate(
      () =>
        new Promise((resolve) => {
          document.querySelector(".imap__zoomable")?.addEventListener("transitionend", resolve, { once: true });
          setTimeout(resolve, 2000); // no ease (reduced motion, or the zoom was already at its limit)
        }),
    );
    await page.mouse.wheel(0, -100);
    await eased;
  }
  await page.keyboard.up("Control");
  await drag(-300, 150, 40);
  await drag(250, -100, 40);
  const frames = await page.evaluate(() => {
    window.__recording = false;
    return window.__frames;
  });
  await page.close();
  // A frame interval longer than 1.5 vsyncs (25 ms at 60 Hz) means at least one frame was missed.
  const missed = frames.filter((ms) => ms > 25).length / Math.max(1, frames.length);
  return { paths, frames: frames.length, p50: percentile(frames, 50), p95: percentile(frames, 95), missed, errors };
}

function median(values) {
  return values.length ? percentile(values, 50) : null;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

async function main() {
  const server = await serve({ dist: DIST, fixtures: FIXTURES });
  const gzipServer = await serve({ dist: DIST, fixtures: FIXTURES, encodings: ["gzip"] });
  const browser = await launch();
  const probe = await browser.context.newPage();
  const version = (await (await browser.context.newCDPSession(probe)).send("Browser.getVersion")).product;
  await probe.close();
  try {
    const visits = [];
    const pans = [];
    for (let run = 1; run <= RUNS; run++) {
      const visit = await firstVisit(browser.context, server.url, run);
      const pan = await panAndZoom(browser.context, server.url, run);
      console.log(
        `run ${run}: visible ${visit.visibleMs?.toFixed(0)} ms, CLS ${visit.cls.toFixed(4)}, ready ${visit.readyMs.toFixed(0)} ms, hover ${visit.hoverMs?.toFixed(1)} ms (${visit.hoverFrames} frame), ` +
          `heap ${(visit.heapBytes / 1024).toFixed(0)} KiB, ${visit.requests.length} requests, ` +
          `pan/zoom frames p50 ${pan.p50.toFixed(1)} ms p95 ${pan.p95.toFixed(1)} ms (${pan.frames} frames, ${pan.paths} paths)`,
      );
      visits.push(visit);
      pans.push(pan);
    }
    const languages = await languageVisits(browser.context, [["brotli", server.url], ["gzip", gzipServer.url]]);
    const result = {
      chromium: version,
      profile: PROFILE,
      runs: RUNS,
      ready_ms: median(visits.map((v) => v.readyMs)),
      visible_ms: median(visits.map((v) => v.visibleMs).filter((v) => v !== null)),
      cls: median(visits.map((v) => v.cls)),
      wasm_loaded_ms: median(visits.map((v) => v.wasmMs)),
      started_ms: median(visits.map((v) => v.startedMs)),
      hover_ms: median(visits.map((v) => v.hoverMs).filter((v) => v !== null)),
      hover_frames: Math.max(...visits.map((v) => v.hoverFrames ?? Infinity)),
      heap_bytes: median(visits.map((v) => v.heapBytes)),
      wire_bytes: median(visits.map((v) => v.wireBytes)),
      first_visit_requests: visits[0].requests,
      stress_paths: pans[0].paths,
      frame_p50_ms: median(pans.map((p) => p.p50)),
      frame_p95_ms: median(pans.map((p) => p.p95)),
      frames_missed: median(pans.map((p) => p.missed)),
      per_run: visits.map((v, i) => ({
        ready_ms: v.readyMs,
        visible_ms: v.visibleMs,
        cls: v.cls,
        hover_ms: v.hoverMs,
        hover_frames: v.hoverFrames,
        heap_bytes: v.heapBytes,
        wire_bytes: v.wireBytes,
        frames: pans[i].frames,
        frame_p50_ms: pans[i].p50,
        frame_p95_ms: pans[i].p95,
        frames_missed: pans[i].missed,
      })),
      languages,
      errors: [...visits, ...pans, ...languages].flatMap((r) => r.errors),
    };
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, "browser.json"), JSON.stringify(result, null, 2) + "\n");
    console.log(`bench: browser measurements in ${path.join(OUT, "browser.json")}`);
  } finally {
    await browser.close();
    await server.close();
    await gzipServer.close();
  }
}

await main();
