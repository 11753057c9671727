// The events timeline: the data file's events split into upcoming (soonest first) and past (newest
// first) around today; each shows its dates (a range when it lasts more than a day), kind and place (never
// blank); an event leads to its region on the map (pressing it selects the region, hovering or
// focusing it highlights the region); axe finds no violation. Expectations come from the data file.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { appForFile, launch, openWidget, screenshot, defaultData, SCREENSHOTS, text } from "./harness.mjs";
import { axeViolations } from "./axe.mjs";

const app = appForFile();


/** The data file's events in the order the timeline promises: by first day, then title, then id. */
function inDateOrder(events) {
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  return [...events].sort(
    (a, b) => cmp(a.start, b.start) || cmp(text(a.title), text(b.title)) || cmp(a.id, b.id),
  );
}

/** Page object of the timeline. */
function timeline(page) {
  const section = page.getByRole("region", { name: "Events" });
  const list = (name) => section.getByRole("list", { name });
  return {
    section,
    past: list("Past events"),
    upcoming: list("Upcoming events"),
    item: (event) => section.locator(`li[data-id="${event.id}"]`),
    /** Unfolds the earlier past events, if they are folded away. */
    async showAll() {
      const fold = section.getByRole("button", { name: /^Show \d+ earlier events?$/ });
      if ((await fold.count()) > 0) await fold.click();
    },
    button: (event) => section.getByRole("button", { name: text(event.title), exact: true }),
    async ids(list) {
      if ((await list.count()) === 0) return [];
      return list.getByRole("listitem").evaluateAll((items) => items.map((li) => li.dataset.id));
    },
  };
}

/** The map's region with this data-file id (the selectable shape, not a marker sharing the id). */
const mapRegion = (page, id) =>
  page.getByRole("group", { name: "Map of the partner regions" }).locator(`[data-id="${id}"][aria-pressed]`);

test("events are in date order, split into upcoming and past around today", async () => {
  // A day in the middle of the data: one event is under way, so it counts as upcoming. The clock
  // belongs to a browser context, so this test has its own, not to move the others' dates.
  const today = "2024-06-10";
  const browser = await launch();
  const page = await browser.context.newPage();
  await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
  assert.equal(await openWidget(page, app.server.url), "ready");
  const view = timeline(page);
  await view.showAll();
  const events = inDateOrder(defaultData().events);
  const past = events.filter((e) => e.end < today).map((e) => e.id);
  const upcoming = events.filter((e) => e.end >= today).map((e) => e.id);
  assert.ok(past.length > 0 && upcoming.length > 0, "the chosen day splits the data");
  assert.ok(events.some((e) => e.start < today && e.end >= today), "an event is under way that day");
  assert.deepEqual(await view.ids(view.past), past.reverse(), "past events newest first");
  assert.deepEqual(await view.ids(view.upcoming), upcoming);
  await browser.close();
});

test("on the real date, what has ended is past and the rest upcoming, or the gap is said", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const view = timeline(page);
  await view.showAll();
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  const events = inDateOrder(defaultData().events);
  const upcoming = events.filter((e) => e.end >= today).map((e) => e.id);
  assert.deepEqual(await view.ids(view.past), events.filter((e) => e.end < today).map((e) => e.id).reverse());
  assert.deepEqual(await view.ids(view.upcoming), upcoming);
  if (upcoming.length === 0) {
    await view.section.getByText("No upcoming events yet.").waitFor();
  }
  await page.close();
});

test("each event shows its dates, kind and place, and a missing place is said", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const view = timeline(page);
  await view.showAll();
  const kinds = {
    kick_off: "kick-off meeting",
    interregional_workshop: "interregional workshop",
    study_visit: "study visit",
    stakeholder_meeting: "stakeholder meeting",
    conference: "conference",
    activity: "project activity",
    external: "event of others",
  };
  for (const event of defaultData().events) {
    const shown = (await view.item(event).innerText()).replace(/\s+/g, " ");
    assert.ok(shown.includes(text(event.title)), `${event.id}: title in "${shown}"`);
    assert.ok(shown.includes(kinds[event.kind]), `${event.id}: kind in "${shown}"`);
    const place = event.city ?? (event.online ? "online" : "place not published");
    assert.ok(shown.includes(place), `${event.id}: "${place}" in "${shown}"`);
    assert.ok(shown.includes(event.start.slice(0, 4)), `${event.id}: year in "${shown}"`);
    // A range names both its first and last day (Intl writes "May 24 – 25, 2023" in English).
    for (const day of new Set([event.start, event.end])) {
      const number = String(Number(day.slice(8)));
      assert.match(shown, new RegExp(`\\b${number}\\b`), `${event.id}: day ${day} in "${shown}"`);
    }
  }
  await page.close();
});

test("pressing an event selects its region on the map", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const view = timeline(page);
  await view.showAll();
  const data = defaultData();
  const regions = new Set(data.regions.map((r) => r.id));
  const events = inDateOrder(data.events).filter((e) => regions.has(e.region));
  // Two events of different regions: the second takes the selection from the first.
  const first = events[0];
  const second = events.find((e) => e.region !== first.region);
  await view.button(first).click();
  assert.equal(await mapRegion(page, first.region).getAttribute("aria-pressed"), "true");
  assert.equal(await view.item(first).getAttribute("data-selected"), "true");
  // By keyboard too: focus the button and press Enter.
  await view.button(second).focus();
  await page.keyboard.press("Enter");
  assert.equal(await mapRegion(page, second.region).getAttribute("aria-pressed"), "true");
  assert.equal(await mapRegion(page, first.region).getAttribute("aria-pressed"), "false");
  assert.equal(await view.item(first).getAttribute("data-selected"), "false");
  // An event without a region is not a button: there is nowhere for it to lead.
  for (const event of data.events.filter((e) => !regions.has(e.region))) {
    assert.equal(await view.button(event).count(), 0, event.id);
  }
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test("hovering or focusing an event highlights its region on the map", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const view = timeline(page);
  await view.showAll();
  const data = defaultData();
  const regions = new Set(data.regions.map((r) => r.id));
  const event = inDateOrder(data.events).find((e) => regions.has(e.region));
  const shape = mapRegion(page, event.region);
  const highlighted = () => shape.evaluate((el) => el.classList.contains("highlighted"));
  await view.button(event).focus();
  assert.equal(await highlighted(), true, "focus highlights");
  await view.button(event).blur();
  assert.equal(await highlighted(), false, "blur clears");
  await view.button(event).hover();
  assert.equal(await highlighted(), true, "hover highlights");
  await page.mouse.move(0, 0);
  assert.equal(await highlighted(), false, "leaving clears");
  await page.close();
});

test("axe finds no violation in the timeline, before and after a selection", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const view = timeline(page);
  await view.showAll();
  await view.section.waitFor();
  assert.deepEqual(await axeViolations(page, ".imap__timeline"), []);
  const data = defaultData();
  const regions = new Set(data.regions.map((r) => r.id));
  await view.button(data.events.find((e) => regions.has(e.region))).click();
  assert.deepEqual(await axeViolations(page, ".imap__timeline"), []);
  await page.close();
});

test("screenshots of the timeline at phone and desktop widths, without horizontal overflow", async () => {
  for (const [width, height] of [[320, 640], [1280, 800]]) {
    const page = await app.page({ width, height });
    assert.equal(await openWidget(page, app.server.url), "ready");
    const view = timeline(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the ${width}px viewport`);
    await view.section.screenshot({ path: path.join(SCREENSHOTS, `timeline-${width}.png`) });
    await screenshot(page, `timeline-page-${width}`);
    await page.close();
  }
});

test("past events beyond the four most recent fold away until asked for", async () => {
  // Every event is past in 2030; the clock belongs to the context, so this test has its own browser.
  const browser = await launch();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.clock.setFixedTime(new Date("2030-01-01T10:00:00"));
  assert.equal(await openWidget(page, app.server.url), "ready");
  const view = timeline(page);
  const all = inDateOrder(defaultData().events).map((e) => e.id);
  assert.ok(all.length > 4, "the data has more than four past events");
  // The most recent four show, newest first; the button says how many more there are.
  const newest = all.slice(-4).reverse();
  assert.deepEqual(await view.ids(view.past), newest);
  const fold = view.section.getByRole("button", { name: `Show ${all.length - 4} earlier events` });
  assert.equal(await fold.getAttribute("aria-expanded"), "false");
  await fold.click();
  const less = view.section.getByRole("button", { name: "Show fewer events" });
  assert.equal(await less.getAttribute("aria-expanded"), "true");
  assert.deepEqual(await view.ids(view.past), [...all].reverse());
  await less.click();
  assert.deepEqual(await view.ids(view.past), newest);
  await browser.close();
});

test("a region's panel writes an event's dates as the timeline does, in the interface language", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const view = timeline(page);
  await view.showAll();
  const event = defaultData().events.find((e) => e.region && e.end > e.start);
  assert.ok(event, "the data has a multi-day event in a region");
  const inTimeline = await view.item(event).locator(".imap__event-date").innerText();
  assert.doesNotMatch(inTimeline, /\d{4}-\d{2}-\d{2}/);
  await page.goto(`${app.server.url}/#region=${event.region}`);
  const panel = page.getByRole("region", { name: text(defaultData().regions.find((r) => r.id === event.region).name), exact: true });
  const item = panel.getByRole("listitem").filter({ hasText: text(event.title) });
  assert.ok((await item.innerText()).includes(inTimeline), `the panel says ${await item.innerText()}, the timeline ${inTimeline}`);
});

test("without the map (?show=counters,events) an event's title is plain text, not a control", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url, "/?show=counters,events"), "ready");
  const view = timeline(page);
  await view.showAll();
  const event = defaultData().events.find((e) => e.region);
  await view.item(event).getByText(text(event.title), { exact: true }).waitFor();
  assert.equal(await view.section.getByRole("button", { name: text(event.title), exact: true }).count(), 0);
  assert.equal(await view.section.getByRole("link", { name: text(event.title), exact: true }).count(), 0);
});
