// The first view comes with the page: the build prerenders the widget from the same components
// (src/prerender) and the wasm takes it over (src/takeover.rs). Without script the page is the
// whole widget, read by role and name; with script, nothing a visitor sees or did changes when
// the wasm takes over, and what the page asked for (language, theme, a newer data file) holds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appForFile, defaultData, holdWasm, openWidget, screenshot, text, waitDone } from "./harness.mjs";
import { axeViolations } from "./axe.mjs";

const noScript = appForFile({ javaScriptEnabled: false });
const app = appForFile();

const MAP = { name: "Map of the partner regions" };
const data = defaultData();
const name = (region) => text(region.name);

test("without script the page is the widget: regions are links to their panels, indicators and events are there", async () => {
  const page = await noScript.page();
  await page.goto(noScript.server.url + "/");
  const map = page.getByRole("group", MAP);
  // Every partner region, by role and name, with its data-file id.
  for (const region of data.regions) {
    const link = map.getByRole("link", { name: new RegExp(`^${name(region)}\\b`) }).first();
    assert.equal(await link.getAttribute("data-id"), region.id, name(region));
  }
  // The six indicators at their final values.
  const indicators = page.getByRole("list", { name: "Project indicators" });
  const items = await indicators.getByRole("listitem").allInnerTexts();
  assert.equal(items.length, data.indicators.length);
  data.indicators.forEach((indicator, i) =>
    assert.ok(items[i].includes(String(indicator.value)), `${indicator.id}: ${items[i]}`),
  );
  // Every event (none folded away without script), each past one by its title.
  const events = page.getByRole("region", { name: "Events" });
  for (const event of data.events) {
    await events.getByText(text(event.title), { exact: true }).first().waitFor({ timeout: 2000 });
  }
  assert.equal(await page.getByRole("button").count(), 0, "no button that would do nothing without script");
  // Following a region's link brings up its panel: partner, instrument, practices, linking on.
  const region = data.regions.find((r) => r.id === "extremadura");
  await map.getByRole("link", { name: new RegExp(`^${name(region)}\\b`) }).first().click();
  assert.match(page.url(), /#region=extremadura$/);
  const panel = page.getByRole("region", { name: name(region) });
  await panel.waitFor();
  const partner = data.partners.find((p) => p.region === region.id);
  await panel.getByText(text(partner.name), { exact: true }).waitFor();
  await panel.getByRole("heading", { name: "Policy instrument" }).waitFor();
  for (const practice of data.good_practices.filter((g) => g.region === region.id)) {
    await panel.getByRole("link", { name: text(practice.title) }).waitFor();
  }
  // Only the followed region's panel shows; its "next region" link leads on.
  assert.equal(await page.getByRole("region", { name: name(data.regions[0]) }).count(), 0);
  await panel.getByRole("link", { name: /Next region/ }).click();
  const next = data.regions[data.regions.indexOf(region) + 1] ?? data.regions[0];
  await page.getByRole("region", { name: name(next) }).waitFor();
  await page.close();
});

test("axe finds no violation in the first view, with a region's panel open", async () => {
  // axe runs as a script, so in a page whose wasm is held back: the same prerendered document.
  const page = await app.page();
  await holdWasm(page);
  await page.goto(app.server.url + "/#region=extremadura");
  await page.getByRole("region", { name: "Extremadura" }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

test("a region followed before the wasm has come is open once it has taken over", async () => {
  const page = await app.page();
  const release = await holdWasm(page);
  await page.goto(app.server.url + "/");
  const map = page.getByRole("group", MAP);
  await map.getByRole("link", { name: /^Mazovia\b/ }).click();
  await page.getByRole("region", { name: "Mazovia" }).waitFor();
  assert.equal(await page.locator("[data-state]").getAttribute("data-state"), "loading");
  release();
  await waitDone(page);
  // The wasm's widget: the region is a pressed button and its panel is open.
  await map.getByRole("button", { name: /^Mazovia\b/, pressed: true }).waitFor();
  await page.getByRole("region", { name: "Mazovia" }).waitFor();
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test("the takeover changes nothing a visitor sees: same text, same places", async () => {
  for (const [width, height] of [[320, 640], [1280, 800]]) {
    const page = await app.page({ width, height });
    await page.emulateMedia({ reducedMotion: "reduce" });
    const release = await holdWasm(page);
    await page.goto(app.server.url + "/");
    const snapshot = () =>
      page.evaluate(() => ({
        text: document.querySelector("main").innerText,
        boxes: [...document.querySelectorAll("main h1, main h2, main [data-id]")].filter((e) => e.getClientRects().length > 0).map((e) => {
          const r = e.getBoundingClientRect();
          return `${e.getAttribute("data-id") ?? e.textContent.trim()} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
        }),
      }));
    await page.getByRole("group", MAP).waitFor();
    await screenshot(page, `first-view-${width}`);
    const before = await snapshot();
    release();
    await waitDone(page);
    const after = await snapshot();
    assert.equal(after.text, before.text, `${width} px: the text changed at the takeover`);
    assert.deepEqual(after.boxes, before.boxes, `${width} px: something moved at the takeover`);
    await screenshot(page, `first-view-ready-${width}`);
    await page.close();
  }
});

test("a keyboard visitor on a region when the wasm comes stays on it", async () => {
  const page = await app.page();
  const release = await holdWasm(page);
  await page.goto(app.server.url + "/");
  const first = data.regions[0];
  await page.getByRole("group", MAP).getByRole("link", { name: new RegExp(`^${name(first)}\\b`) }).focus();
  release();
  await waitDone(page);
  const focused = page.locator(":focus");
  assert.equal(await focused.getAttribute("data-id"), first.id);
  assert.equal(await focused.getAttribute("role"), "button", "the wasm's region has the focus");
  await page.close();
});

test("?theme=dark is dark from the first paint, before the wasm has come", async () => {
  const page = await app.page();
  const release = await holdWasm(page);
  await page.goto(app.server.url + "/?theme=dark");
  const root = page.getByRole("main");
  const background = () => root.evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(await background(), "rgb(18, 24, 32)");
  release();
  await waitDone(page);
  assert.equal(await root.getAttribute("data-theme"), "dark");
  assert.equal(await background(), "rgb(18, 24, 32)");
  await page.close();
});

test("a data file changed after the build is what the page shows once ready", async () => {
  const page = await app.page();
  const changed = structuredClone(data);
  changed.indicators[0].value += 1;
  changed.project.name = "A project renamed after the build";
  await page.route("**/data/secon.json", (route) => route.fulfill({ json: changed }));
  assert.equal(await openWidget(page, app.server.url), "ready", page.consoleErrors.join("\n"));
  await page.getByRole("heading", { level: 1, name: changed.project.name }).waitFor();
  const first = page.getByRole("list", { name: "Project indicators" }).getByRole("listitem").first();
  assert.ok((await first.innerText()).includes(String(changed.indicators[0].value)));
  await page.close();
});
