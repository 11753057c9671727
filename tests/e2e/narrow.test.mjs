// A phone at 320 px: every panel of the data file (each region's, and each partner's without a
// region) reads in whole words: no word is split over two lines unless it is wider than the panel
// itself (a long address) or after a hyphen, and a label and its value stack instead of squeezing
// each other.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appForFile, openWidget, defaultData, screenshot } from "./harness.mjs";

const app = appForFile();

/** The words of `selector`'s text that the browser laid out over more than one line. */
function brokenWords(selector) {
  const root = document.querySelector(selector);
  const width = root.getBoundingClientRect().width;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const broken = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // A break after a hyphen ("2021-|2027", "Coria-|Cáceres") is a break between words.
    for (const match of node.data.matchAll(/[^\s\-‐–]+[\-‐–]?/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      // A word wider than the whole panel has to break somewhere.
      const whole = range.getBoundingClientRect().width;
      if (lines.size > 1 && whole < width) broken.push(match[0]);
    }
  }
  return broken;
}

test("at 320 px no panel splits a word over two lines", async () => {
  const page = await app.page({ width: 320, height: 640 });
  assert.equal(await openWidget(page, app.server.url), "ready");
  const data = defaultData();
  const hashes = [
    ...data.regions.map((r) => `#region=${r.id}`),
    ...data.partners.filter((p) => !p.region).map((p) => `#partner=${p.id}`),
  ];
  const found = {};
  for (const hash of hashes) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.locator("#imap-panel").waitFor();
    await page.waitForFunction((h) => location.hash === h, hash);
    const broken = await page.evaluate(brokenWords, "#imap-panel");
    if (broken.length > 0) found[hash] = broken;
  }
  await page.evaluate(() => { location.hash = "#region=mazovia"; });
  await page.locator("#imap-panel").waitFor();
  await screenshot(page, "panel-mazovia-320");
  assert.deepEqual(found, {});
});

const inSight = (locator) =>
  locator.evaluate((e) => {
    const top = e.getBoundingClientRect().top;
    return top >= -2 && top <= innerHeight - 96;
  });

test("at 375 px a tap on a region brings its panel into view, Next region shows the next panel from its top, an event shows the map", async () => {
  const page = await app.page({ width: 375, height: 740 });
  assert.equal(await openWidget(page, app.server.url), "ready");
  const data = defaultData();
  const [first, second] = data.regions;
  const mapGroup = page.getByRole("group", { name: "Map of the partner regions" });
  await mapGroup.locator(`[data-id="${first.id}"][aria-pressed]`).click();
  const heading = page.locator("#imap-panel-title");
  await heading.waitFor();
  await page.waitForFunction(() => {
    const top = document.getElementById("imap-panel").getBoundingClientRect().top;
    return top >= -2 && top <= innerHeight - 96;
  });
  assert.ok(await inSight(page.locator("#imap-panel")), "the panel's top is on screen after the tap");
  await screenshot(page, "tap-panel-375");

  await page.getByRole("button", { name: "Next region" }).click();
  await page.getByRole("heading", { level: 2, name: second.name.en ?? second.name, exact: true }).waitFor();
  await page.waitForFunction(() => {
    const top = document.getElementById("imap-panel").getBoundingClientRect().top;
    return top >= -2 && top <= innerHeight - 96;
  });

  const event = data.events.find((e) => e.region);
  const events = page.getByRole("region", { name: "Events" });
  const fold = events.getByRole("button", { name: /^Show \d+ earlier events?$/ });
  if ((await fold.count()) > 0) {
    // Above the open panel's sheet, which covers the screen's lower part.
    await fold.evaluate((e) => e.scrollIntoView({ block: "start" }));
    await fold.click();
  }
  const title = events.getByRole("button", { name: event.title.en ?? event.title, exact: true });
  // To the top of the screen: its lower part is the open panel's sheet.
  await title.evaluate((e) => e.scrollIntoView({ block: "start" }));
  assert.equal(await inSight(page.locator("#imap-map")), false, "the map is out of sight by the timeline");
  await title.click();
  await page.waitForFunction(() => {
    const top = document.getElementById("imap-map").getBoundingClientRect().top;
    return top >= -2 && top <= innerHeight - 96;
  });
  assert.equal(new URL(page.url()).hash, `#region=${event.region}`);
});

test("at 375 px every control is at least 44 x 44 px", async () => {
  const page = await app.page({ width: 375, height: 740 });
  assert.equal(await openWidget(page, app.server.url, "/#region=mazovia"), "ready");
  await page.locator("#imap-panel").waitFor();
  const small = await page.evaluate(() => {
    const controls = [...document.querySelectorAll(".imap button, .imap select, .imap__source a[href], .imap__items a[href]")];
    return controls
      .filter((e) => e.getClientRects().length > 0 && !e.closest("[hidden]"))
      .map((e) => {
        const r = e.getBoundingClientRect();
        return { name: e.getAttribute("aria-label") || e.textContent.trim().slice(0, 40), w: Math.round(r.width), h: Math.round(r.height) };
      })
      .filter((c) => c.w < 44 || c.h < 44);
  });
  assert.deepEqual(small, []);
});
