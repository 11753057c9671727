// The walking skeleton: the release build loads the real data file and geometry, draws the
// partner countries and shows the indicators; a broken or missing data file gives a visible error that
// names the file. Elements are found by role and accessible name, as a person would find them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appForFile, openWidget, screenshot, defaultData } from "./harness.mjs";

// SECON's nine partner countries, as a visitor reads them on the map (GISCO English names).
const PARTNER_COUNTRIES = [
  "Belgium", "Bulgaria", "Germany", "Greece", "Latvia", "Poland", "Portugal", "Romania", "Spain",
];

const app = appForFile();

test("the map becomes ready and names the nine partner countries", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready", page.consoleErrors.join("\n"));
  const map = page.getByRole("group", { name: "Map of the partner regions" });
  for (const name of PARTNER_COUNTRIES) {
    await map.getByRole("img", { name, exact: true }).waitFor({ timeout: 2000 });
  }
  const data = defaultData();
  const countries = new Set(data.regions.map((r) => r.country));
  assert.equal(countries.size, PARTNER_COUNTRIES.length, "the data file has nine partner countries");
  assert.deepEqual(page.consoleErrors, []);
});

test("every indicator of the data file is shown with its value and label", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const list = page.getByRole("list", { name: "Project indicators" });
  const items = await list.getByRole("listitem").allInnerTexts();
  const data = defaultData();
  assert.equal(items.length, data.indicators.length);
  assert.equal(items.length, 6);
  data.indicators.forEach((indicator, i) => {
    const label = typeof indicator.label === "string" ? indicator.label : indicator.label.en;
    const text = items[i].replace(/\s+/g, " ").trim();
    // The figure, before a figure that counts a list says "11 of 30 listed here".
    const digits = text.split(" listed here")[0].replace(/\d+ of \d+$/, "").replace(/[^0-9]/g, "");
    assert.equal(digits, String(indicator.value), `indicator ${indicator.id}: ${text}`);
    assert.ok(text.includes(label), `indicator ${indicator.id}: "${text}" lacks "${label}"`);
  });
});

test("the partner regions are drawn as buttons with their data-file ids", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const data = defaultData();
  const map = page.getByRole("group", { name: "Map of the partner regions" });
  for (const region of data.regions) {
    const name = typeof region.name === "string" ? region.name : region.name.en;
    const shape = map.getByRole("button", { name: new RegExp(`^${name}\\b`) });
    assert.equal(await shape.first().getAttribute("data-id"), region.id, name);
  }
});

test("a data file that is not JSON gives an error naming the file", async () => {
  const page = await app.page();
  const state = await openWidget(page, app.server.url, "/?data=fixtures/e2e/not-json.json");
  assert.equal(state, "error");
  const alert = page.getByRole("alert");
  const text = await alert.innerText();
  assert.match(text, /fixtures\/e2e\/not-json\.json/);
  assert.match(text, /line \d+/);
  // The geometry still works: the map is drawn although the data is broken.
  const map = page.getByRole("group", { name: "Map of the partner regions" });
  await map.waitFor();
  assert.ok((await map.locator("path").count()) > 40, "the countries are drawn");
});

test("a missing data file gives an error naming the file and the HTTP status", async () => {
  const page = await app.page();
  const state = await openWidget(page, app.server.url, "/?data=data/nowhere.json");
  assert.equal(state, "error");
  const text = await page.getByRole("alert").innerText();
  assert.match(text, /data\/nowhere\.json/);
  assert.match(text, /404/);
});

test("a geometry file that never answers holds nothing else back", async () => {
  const page = await app.page();
  // The host never answers for the NUTS 3 geometry of the `?stress=nuts3` page (a hanging server, a
  // lost connection). The default page carries its own geometry in the page, so it cannot hang.
  await page.route("**/geo/nuts3.json", () => {});
  await page.goto(app.server.url + "/?stress=nuts3");
  // The wasm draws what has arrived once it has waited long enough: the map, the indicators and
  // the list of regions. It has taken the prerendered view over, but does not claim to be ready.
  await page.locator("main:not([data-prerendered])").waitFor({ timeout: 15000 });
  const list = page.getByRole("list", { name: "Project indicators" });
  assert.equal(await list.getByRole("listitem").count(), defaultData().indicators.length);
  await page.getByRole("button", { name: "List" }).waitFor();
  const map = page.getByRole("group", { name: "Map of the partner regions" });
  assert.equal(await map.getByRole("button", { name: /^Extremadura\b/ }).count(), 1);
  assert.equal(await page.locator("[data-state]").getAttribute("data-state"), "loading");
  await page.close();
});

test("screenshots at phone and desktop widths", async () => {
  for (const [width, height] of [[320, 640], [1280, 800]]) {
    const page = await app.page({ width, height });
    // A full-page picture shows counters that are below the fold or still counting: with reduced
    // motion they show their final figures, as a reader who scrolled to them would see them.
    await page.emulateMedia({ reducedMotion: "reduce" });
    assert.equal(await openWidget(page, app.server.url), "ready");
    // No horizontal overflow at any width: the widget fits its column.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the ${width}px viewport`);
    await screenshot(page, `widget-${width}`);
    await page.close();
  }
});
