// Shared set-up of the browser tests: Debian's Chromium driven by playwright-core (no browser
// download), the release build served by server.mjs, and a page helper that waits for the widget's
// data-state contract instead of sleeping.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import { serve } from "./server.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, "../..");
export const DIST = process.env.DIST ?? path.join(ROOT, "dist");
export const SCREENSHOTS = process.env.SCREENSHOTS ?? path.join(ROOT, "target/screenshots");
export const FIXTURES = path.join(ROOT, "tests/fixtures");

/** The data file the widget loads by default, read from the build: tests compare against it. */
export function defaultData() {
  return JSON.parse(fs.readFileSync(path.join(DIST, "data/secon.json"), "utf8"));
}

/**
 * Flags Chromium needs as root on these machines (TOOLCHAIN.md), and a fresh profile each launch.
 * The widget's service worker is blocked unless `serviceWorkers: "allow"`: requests it answers would
 * escape the tests' `page.route` stand-ins (only the offline test wants it).
 */
export async function launch({ serviceWorkers = "block", javaScriptEnabled = true, touch = false } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "imap-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    serviceWorkers,
    javaScriptEnabled,
    // A phone: touch events, `(hover: none)` and a mobile viewport (the phone tests).
    ...(touch ? { hasTouch: true, isMobile: true } : {}),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Starts the server and the browser once per test file. */
export async function start(options = {}) {
  const server = await serve({ dist: DIST, fixtures: FIXTURES, headers: options.headers });
  const browser = await launch({ serviceWorkers: options.serviceWorkers, javaScriptEnabled: options.javaScriptEnabled, touch: options.touch });
  return {
    server,
    browser,
    async page({ width = 1280, height = 800 } = {}) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height });
      const consoleErrors = [];
      page.on("console", (msg) => msg.type() === "error" && consoleErrors.push(msg.text()));
      page.on("pageerror", (err) => consoleErrors.push(String(err)));
      page.consoleErrors = consoleErrors;
      return page;
    },
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The server and browser for one test file: started before its first test and stopped after its
 * last. Returns the handle `start` gives (server, browser, page()), filled in once started.
 */
export function appForFile(options = {}) {
  const app = {};
  before(async () => {
    Object.assign(app, await start(options));
  });
  after(async () => {
    await app.stop?.();
  });
  return app;
}

/** A shipped catalogue's one-line `key = value` messages, placeholders as written. */
export function catalogue(lang) {
  const out = {};
  for (const line of fs.readFileSync(path.join(DIST, "i18n", `${lang}.ftl`), "utf8").split("\n")) {
    const m = line.match(/^([a-z0-9-]+) = (.*)$/);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

/** A data file's text in `lang` (a plain string, or a map of language to string; English else). */
export const text = (value, lang = "en") => (typeof value === "string" ? value : (value[lang] ?? value.en));

/** Opens `pathAndQuery` and waits until the widget says it is done: returns "ready" or "error". */
export async function openWidget(page, base, pathAndQuery = "/") {
  await page.goto(base + pathAndQuery);
  const root = page.getByRole("main");
  await root.waitFor();
  await page.waitForFunction(
    () => ["ready", "error"].includes(document.querySelector("[data-state]")?.dataset.state),
    null,
    { timeout: 30000 },
  );
  return page.locator("[data-state]").getAttribute("data-state");
}

/**
 * Holds every request for the wasm back until `release()` is called, so a test sees the
 * prerendered first view as a visitor on a slow line does before the wasm has come.
 */
export async function holdWasm(page) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route("**/*.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Waits until the wasm's widget has taken the page over and says it is done. */
export async function waitDone(page) {
  await page.waitForFunction(
    () => ["ready", "error"].includes(document.querySelector("[data-state]")?.dataset.state),
    null,
    { timeout: 30000 },
  );
}

/** Saves a full-page screenshot under target/screenshots/. */
export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
