// The offline package: `cargo xtask package` writes one self-contained HTML file. Opened
// from file:// with the network off, it reaches data-state="ready" from its embedded data and
// geometry, and a clicker's PageDown moves to the first region. `cargo xtask test` writes the package
// before it runs this (PACKAGE names another file).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, launch, defaultData, screenshot, start, openWidget, text } from "./harness.mjs";

const PACKAGE = process.env.PACKAGE ?? path.join(ROOT, "target/package/interreg-map.html");

test(
  "the single file opened from file:// with no network reaches ready, PageDown shows the first region and the tour runs",
  async () => {
    assert.ok(fs.existsSync(PACKAGE), `${PACKAGE} is missing: run \`cargo xtask package\` first`);
    const browser = await launch();
    try {
      await browser.context.setOffline(true);
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1920, height: 1080 });
      const errors = [];
      page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
      page.on("pageerror", (err) => errors.push(String(err)));
      const requests = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(`${pathToFileURL(PACKAGE).href}?present=1&tour=1`);
      await page.waitForFunction(
        () => ["ready", "error"].includes(document.querySelector("[data-state]")?.dataset.state),
        null,
        { timeout: 30000 },
      );
      assert.equal(await page.locator("main").getAttribute("data-state"), "ready");
      await page.getByRole("group", { name: "Presentation" }).waitFor();
      await page.keyboard.press("PageDown");
      const first = text(defaultData().regions[0].name);
      await page.getByRole("heading", { level: 2, name: first, exact: true }).waitFor();
      // T starts the guided tour (one second a step here, ?tour=1): it moves on to the second region
      // by itself.
      await page.keyboard.press("t");
      await page.getByRole("button", { name: "Guided tour", pressed: true }).waitFor();
      const second = text(defaultData().regions[1].name);
      await page.getByRole("heading", { level: 2, name: second, exact: true }).waitFor({ timeout: 10000 });
      // Nothing was fetched: the page itself is the only request.
      assert.deepEqual(requests.filter((url) => !url.startsWith("file:") && !url.startsWith("data:")), []);
      assert.equal(requests.filter((url) => url.startsWith("file:")).length, 1, requests.join("\n"));
      await screenshot(page, "offline-region-1920");
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  },
);

test("the single file carries the diagnostic module: a broken data file in it shows its messages offline", async () => {
  // A workshop's own data file with a problem, put where the package carries the data file.
  const fixture = "dangling-partner-region";
  const broken = fs.readFileSync(path.join(ROOT, `tests/fixtures/data/${fixture}.json`), "utf8");
  const expected = fs
    .readFileSync(path.join(ROOT, `tests/fixtures/data/${fixture}.expected`), "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.replace(`${fixture}.json: `, "data/secon.json: "));
  const page = fs
    .readFileSync(PACKAGE, "utf8")
    .replace(
      /(<script type="application\/json" data-file="data\/secon.json">)[^]*?(<\/script>)/,
      (_, open, close) => `${open}${broken}${close}`,
    );
  assert.ok(page.includes(broken));
  const file = path.join(fs.mkdtempSync(path.join(ROOT, "target/package/broken-")), "interreg-map.html");
  fs.writeFileSync(file, page);
  const browser = await launch();
  try {
    await browser.context.setOffline(true);
    const tab = await browser.context.newPage();
    await tab.goto(pathToFileURL(file).href);
    await tab.waitForFunction(
      () => ["ready", "error"].includes(document.querySelector("[data-state]")?.dataset.state),
      null,
      { timeout: 30000 },
    );
    assert.equal(await tab.locator("main").getAttribute("data-state"), "error");
    const shown = await tab.getByRole("alert").getByRole("listitem").allInnerTexts();
    assert.deepEqual(shown.map((line) => line.trim()), expected);
  } finally {
    await browser.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});

test("once visited, the hosted widget reloads with the network off (service worker)", async () => {
  const app = await start({ serviceWorkers: "allow" });
  try {
    const page = await app.page({ width: 1280, height: 800 });
    assert.equal(await openWidget(page, app.server.url), "ready");
    // The worker installs after the page's load and takes over this page (clients.claim()).
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, {
      timeout: 30000,
    });
    await app.browser.context.setOffline(true);
    const served = app.server.requests.length;
    await page.reload();
    await page.waitForFunction(
      () => ["ready", "error"].includes(document.querySelector("[data-state]")?.dataset.state),
      null,
      { timeout: 30000 },
    );
    assert.equal(await page.locator("main").getAttribute("data-state"), "ready");
    // Nothing reached the server while offline: everything came from the worker's cache.
    assert.equal(app.server.requests.length, served);
    const first = text(defaultData().regions[0].name);
    await page.getByRole("button", { name: new RegExp(first) }).first().waitFor();
    // The diagnostic module is in the worker's cache too, for a data file with problems offline.
    const module = await page.locator("html").getAttribute("data-imap-diagnose");
    const cached = await page.evaluate(
      (js) =>
        Promise.all([js, js.replace(/\.js$/, "_bg.wasm")].map(async (f) => (await caches.match(f)) != null)),
      module,
    );
    assert.deepEqual(cached, [true, true]);
  } finally {
    await app.browser.context.setOffline(false);
    await app.stop();
  }
});
