// On a phone (390 x 844, touch) the map and the story of the region tapped on it stay together: a
// finger hits every partner region and seat (the nearest within about 12 px, seats as 24 px
// targets), the panel opens as a sheet over the lower part of the screen with the region still in
// view above it, and closing it (×, Back) returns the visitor to where they were, with no tooltip
// left behind. On a laptop the map fills its column, the side column right beside it.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { appForFile, openWidget, defaultData, text, SCREENSHOTS } from "./harness.mjs";

const phone = appForFile({ touch: true });
const laptop = appForFile();

const PHONE = { width: 390, height: 844 };

/** Saves what the screen shows (not the full page: the sheet sits on the screen's lower part). */
async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
const MAP = { name: "Map of the partner regions" };

async function openPhone(hash = "") {
  const page = await phone.page(PHONE);
  // The map's zoom and the sheet move at once: measured places are final places.
  await page.emulateMedia({ reducedMotion: "reduce" });
  assert.equal(await openWidget(page, phone.server.url, `/${hash}`), "ready");
  return page;
}

/** The centre on screen of the map's element with `data-id` (a region or a seat), as drawn now. */
const centreOf = (page, selector) =>
  page.locator(selector).evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });

/** What the URL says is open: `region=<id>`, `partner=<id>` or "". */
const opened = (page) => page.evaluate(() => location.hash.slice(1));

/** Closes the open panel with its × and waits until the map is back to the whole of Europe. */
async function closeWithCross(page) {
  await page.getByRole("button", { name: "Close details" }).tap();
  await page.locator("#imap-panel").waitFor({ state: "detached" });
  await page.waitForFunction(() => /scale\(1\.0+\)/.test(document.querySelector("g.imap__zoomable").getAttribute("transform")));
}

const tooltipShown = (page) =>
  page.evaluate(() => [...document.querySelectorAll(".imap__tooltip")].some((t) => t.getClientRects().length > 0));

/** The nine regions and ten seats, each with the selector of what is drawn and the hash it opens. */
function aims() {
  const data = defaultData();
  return [
    ...data.regions.map((r) => ({ name: text(r.name), selector: `.region[data-id="${r.id}"]`, opens: `region=${r.id}` })),
    ...data.partners.map((p) => ({
      name: `seat of ${p.id}`,
      selector: `.marker[data-id="${p.id}"]`,
      opens: p.region ? `region=${p.region}` : `partner=${p.id}`,
    })),
  ];
}

test("a tap on each of the nine partner regions and ten seats, at its drawn centre or 8 px off it, selects that one", async () => {
  const page = await openPhone();
  const all = aims();
  assert.equal(all.length, 19);
  const missed = [];
  const tapAt = async (aim, dx, dy) => {
    const { x, y } = await centreOf(page, aim.selector);
    await page.touchscreen.tap(x + dx, y + dy);
    return page
      .waitForFunction((want) => location.hash.slice(1) === want, aim.opens, { timeout: 3000 })
      .then(() => aim.opens, async () => opened(page));
  };
  const zoomed = () => page.evaluate(() => !/scale\(1\.0+\)/.test(document.querySelector("g.imap__zoomable").getAttribute("transform")));
  let crowded = 0;
  for (const aim of all) {
    for (const [dx, dy] of [[0, 0], [8, 0], [0, -8]]) {
      let got = await tapAt(aim, dx, dy);
      // Two targets about as near (Tripoli's and Athens' seats): the first tap zooms in there,
      // the second, aimed again, selects.
      if (!got && (dx || dy) && (await zoomed())) {
        crowded += 1;
        got = await tapAt(aim, dx, dy);
      }
      if (got !== aim.opens) missed.push(`${aim.name} +(${dx},${dy}): ${got || "nothing"}`);
      if (got) await closeWithCross(page);
      else if (await zoomed()) await page.getByRole("button", { name: "Show the whole map" }).tap();
    }
  }
  assert.ok(crowded <= 6, `only the crowded spot around Athens and Tripoli zooms first (${crowded} taps)`);
  assert.deepEqual(missed, []);
  assert.deepEqual(page.consoleErrors, []);
});

test("after a tap the region, highlighted, shows above the sheet that starts its panel, which says it and holds focus", async () => {
  const page = await openPhone();
  const data = defaultData();
  for (const region of data.regions) {
    const { x, y } = await centreOf(page, `.region[data-id="${region.id}"]`);
    await page.touchscreen.tap(x, y);
    const heading = page.getByRole("heading", { level: 2, name: text(region.name), exact: true });
    await heading.waitFor();
    const seen = await page.evaluate((id) => {
      const sheet = document.getElementById("imap-panel").getBoundingClientRect();
      const shape = document.querySelector(`.region[data-id="${id}"]`);
      const r = shape.getBoundingClientRect();
      return {
        selected: shape.classList.contains("selected"),
        regionTop: r.top, regionBottom: r.bottom, sheetTop: sheet.top,
        regionMiddle: r.top + r.height / 2,
        status: [...document.querySelectorAll("main [role=status]")].map((e) => e.textContent).join(" | "),
        focused: document.activeElement?.id,
      };
    }, region.id);
    assert.ok(seen.selected, `${region.id} is drawn selected`);
    assert.ok(seen.regionMiddle > 0 && seen.regionMiddle < seen.sheetTop, `${region.id} shows above the sheet: ${JSON.stringify(seen)}`);
    assert.ok(seen.sheetTop > 0 && seen.sheetTop < PHONE.height - 96, `the panel's first lines are on screen: ${JSON.stringify(seen)}`);
    assert.ok(seen.status.includes(`Showing ${text(region.name)}`), `announced: ${seen.status}`);
    assert.equal(seen.focused, "imap-panel-title", "focus is on the panel's heading, which a screen reader reads");
    if (region.id === "peloponnese") await screenshot(page, "phone-tap-390");
    await closeWithCross(page);
  }
});

test("the sheet dragged up reads on, dragged down closes, and Escape closes it too", async () => {
  const page = await openPhone();
  const { x, y } = await centreOf(page, '.region[data-id="mazovia"]');
  const panel = page.locator("#imap-panel");
  await page.touchscreen.tap(x, y);
  await panel.waitFor();
  await page.keyboard.press("Escape");
  await panel.waitFor({ state: "detached" });
  assert.equal(await opened(page), "");
  const again = await centreOf(page, '.region[data-id="mazovia"]');
  await page.touchscreen.tap(again.x, again.y);
  await panel.waitFor();
  const before = (await panel.boundingBox()).height;
  // A finger on the sheet's head (playwright's touchscreen only taps: the drag goes through CDP).
  const cdp = await page.context().newCDPSession(page);
  const drag = async (dy) => {
    const head = await panel.locator("header").boundingBox();
    const [hx, hy] = [head.x + head.width / 3, head.y + 10];
    const touch = (type, y) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x: hx, y }] });
    await touch("touchStart", hy);
    for (let step = 1; step <= 5; step++) await touch("touchMove", hy + (dy * step) / 5);
    await touch("touchEnd", hy + dy);
  };
  await drag(-200);
  await page.waitForFunction((h) => document.getElementById("imap-panel").getBoundingClientRect().height > h + 100, before);
  await screenshot(page, "phone-read-390");
  await drag(150);
  await page.waitForFunction((h) => document.getElementById("imap-panel").getBoundingClientRect().height <= h + 1, before);
  await drag(Math.round(before / 2));
  await panel.waitFor({ state: "detached" });
  assert.equal(await opened(page), "");

});

test("an event opens its region over the timeline; × and Back return to the same place in it, Forward reopens", async () => {
  const page = await openPhone();
  const data = defaultData();
  const event = data.events.find((e) => e.region);
  const events = page.getByRole("region", { name: "Events" });
  const fold = events.getByRole("button", { name: /^Show \d+ earlier events?$/ });
  if ((await fold.count()) > 0) await fold.tap();
  const title = events.getByRole("button", { name: text(event.title), exact: true });
  await title.scrollIntoViewIfNeeded();
  const place = await page.evaluate(() => scrollY);
  assert.ok(place > 600, `the timeline is far below the map (${place} px)`);
  const mapShows = () =>
    page.evaluate(() => {
      const map = document.querySelector(".imap__map-frame").getBoundingClientRect();
      const sheet = document.getElementById("imap-panel").getBoundingClientRect();
      return map.top >= -1 && map.bottom <= sheet.top + 1;
    });

  await title.tap();
  await page.waitForFunction((want) => location.hash === want, `#region=${event.region}`);
  await page.getByRole("heading", { level: 2, name: text(data.regions.find((r) => r.id === event.region).name), exact: true }).waitFor();
  await page.waitForFunction(() => document.querySelector(".imap__map-frame").getBoundingClientRect().top >= -1);
  assert.ok(await mapShows(), "the whole map shows above the panel");
  await screenshot(page, "phone-event-390");
  await closeWithCross(page);
  await page.waitForFunction((y) => Math.abs(scrollY - y) <= 50, place);
  assert.equal(await tooltipShown(page), false, "no tooltip after ×");
  await screenshot(page, "phone-close-390");

  await title.tap();
  await page.locator("#imap-panel").waitFor();
  await page.goBack();
  await page.locator("#imap-panel").waitFor({ state: "detached" });
  await page.waitForFunction((y) => Math.abs(scrollY - y) <= 50, place);
  assert.equal(await tooltipShown(page), false, "no tooltip after Back");
  await screenshot(page, "phone-back-390");

  await page.goForward();
  await page.locator("#imap-panel").waitFor();
  await page.waitForFunction(() => document.querySelector(".imap__map-frame").getBoundingClientRect().top >= -1);
  assert.ok(await mapShows(), "Forward opens the panel again, the map above it");
  await page.goBack();
  await page.locator("#imap-panel").waitFor({ state: "detached" });
  await page.waitForFunction((y) => Math.abs(scrollY - y) <= 50, place);
  assert.deepEqual(page.consoleErrors, []);
});

test("a tap on the map's sea or beside the map leaves no tooltip", async () => {
  const page = await openPhone();
  const map = await page.getByRole("group", MAP).boundingBox();
  const { x, y } = await centreOf(page, '.region[data-id="extremadura"]');
  await page.touchscreen.tap(x, y);
  await page.locator("#imap-panel").waitFor();
  await closeWithCross(page);
  assert.equal(await tooltipShown(page), false, "no tooltip after ×");
  // The Atlantic, west of Ireland: nothing to select there.
  await page.touchscreen.tap(map.x + 6, map.y + map.height * 0.3);
  assert.equal(await opened(page), "");
  assert.equal(await tooltipShown(page), false, "no tooltip after a tap on the sea");
  await page.touchscreen.tap(map.x + map.width / 2, map.y + map.height + 60);
  assert.equal(await tooltipShown(page), false, "no tooltip after a tap beside the map");
});

test("on laptops from 1,024 to 1,920 px the map fills its column, whole, and the side column is at most 32 px beside it", async () => {
  for (const [width, height] of [[1024, 768], [1366, 768], [1920, 1080]]) {
    const page = await laptop.page({ width, height });
    assert.equal(await openWidget(page, laptop.server.url), "ready");
    const { map, side } = await page.evaluate(() => {
      const box = (s) => document.querySelector(s).getBoundingClientRect().toJSON();
      return { map: box(".imap__svg"), side: box(".imap__side") };
    });
    const gap = side.left - map.right;
    assert.ok(gap >= 0 && gap <= 32, `${width} px: ${Math.round(gap)} px between the map and the side column`);
    assert.ok(map.top >= 0 && map.bottom <= height, `${width} px: the whole map is on the first screen (${Math.round(map.top)}–${Math.round(map.bottom)})`);
    await screenshot(page, `laptop-${width}`);
    await page.close();
  }
});
