// The editor's preview as an officer sees it on a laptop (1,366x768) and a tablet: every part of
// the widget shown, none drawn over another, and a tap on a region showing its form.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appForFile, screenshot, defaultData, text } from "./harness.mjs";
import { axeViolations } from "./axe.mjs";

const app = appForFile();

async function open(page) {
  await page.goto(`${app.server.url}/editor.html`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole("heading", { name: "Data editor", level: 1 }).waitFor();
  await page.waitForFunction(() => document.querySelector(".ed__preview main.imap")?.dataset.state === "ready", null, { timeout: 30000 });
}

/** The rectangle of `selector` inside the preview, in the preview's scrolled content. */
const rect = (page, selector) =>
  page.evaluate((sel) => {
    const pane = document.querySelector(".ed__preview");
    const r = document.querySelector(`.ed__preview ${sel}`)?.getBoundingClientRect();
    const p = pane.getBoundingClientRect();
    return r && { x: r.x - p.x, y: r.y - p.y + pane.scrollTop, width: r.width, height: r.height };
  }, selector);

const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test("at 1,366x768 the preview shows the map, the indicators and the events, none over another", async () => {
  const page = await app.page({ width: 1366, height: 768 });
  await open(page);
  const parts = { map: ".imap__map", indicators: ".imap__indicators", events: ".imap__timeline" };
  const boxes = {};
  for (const [name, selector] of Object.entries(parts)) {
    boxes[name] = await rect(page, selector);
    assert.ok(boxes[name] && boxes[name].width > 100 && boxes[name].height > 50, `${name}: ${JSON.stringify(boxes[name])}`);
  }
  for (const [a, b] of [["map", "indicators"], ["map", "events"], ["indicators", "events"]]) {
    assert.ok(!overlap(boxes[a], boxes[b]), `${a} ${JSON.stringify(boxes[a])} and ${b} ${JSON.stringify(boxes[b])} overlap`);
  }
  // Scrolled into view in the preview's pane, each part is the one on screen at its middle (no
  // pinned map, no timeline drawn over it).
  for (const [name, selector] of Object.entries(parts)) {
    const onTop = await page.evaluate((sel) => {
      const el = document.querySelector(`.ed__preview ${sel}`);
      el.scrollIntoView({ block: "center" });
      const r = el.getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = Math.min(Math.max(r.y + 20, 1), window.innerHeight - 1);
      return el.contains(document.elementFromPoint(x, y));
    }, selector);
    assert.ok(onTop, `${name} is covered`);
    await screenshot(page, `editor-1366-preview-${name}`);
  }
  assert.deepEqual(await axeViolations(page, ".ed"), []);
  await page.close();
});

test("on a tablet a tap on a region in the preview shows that region's form", async () => {
  const page = await app.page({ width: 820, height: 1180 });
  await open(page);
  await screenshot(page, "editor-820-form");
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  const data = defaultData();
  const region = data.regions[0];
  const name = text(region.name);
  const button = page.locator(".ed__preview").getByRole("group", { name: "Map of the partner regions" }).getByRole("button", { name: new RegExp(`^${name}(:|$)`) });
  await button.waitFor();
  await screenshot(page, "editor-820-preview");
  await button.click();
  await page.getByRole("heading", { name: new RegExp(`^Editing Regions: ${name}`) }).waitFor();
  assert.ok(await page.getByRole("textbox", { name: /^Identifier/ }).isVisible(), "the form is shown, not the preview");
  assert.equal(await page.locator(".ed__preview").isVisible(), false);
  await screenshot(page, "editor-820-region-form");
  assert.deepEqual(await axeViolations(page, ".ed"), []);
  await page.close();
});
