// Workshop presentation: a "Present" button, ?present=1 and the key F switch to the
// presentation layout (asking for full screen); a clicker's PageDown/PageUp walk from the title step
// through every region in data order to the closing step (website + QR code); T starts a guided tour
// that moves on by itself; the step is in the URL, so a reload resumes it; axe finds no violation.
// Elements are found by role and accessible name; nothing sleeps, every wait is for something shown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appForFile, openWidget, screenshot, defaultData, text } from "./harness.mjs";
import { axeViolations } from "./axe.mjs";

const app = appForFile();

const regionNames = () => defaultData().regions.map((r) => text(r.name));
// Partners without a region have a step of their own after the regions (no region's panel names them).
const partnersAlone = () => defaultData().partners.filter((p) => !p.region).map((p) => text(p.name));
const website = () => defaultData().project.website;
const PROJECTOR = { width: 1920, height: 1080 };

/** A page whose Fullscreen API is a spy that refuses, as a browser without a user gesture would. */
async function presenterPage() {
  const page = await app.page(PROJECTOR);
  await page.addInitScript(() => {
    window.fullscreenRequests = [];
    Element.prototype.requestFullscreen = function requestFullscreen() {
      window.fullscreenRequests.push(this.tagName.toLowerCase());
      return Promise.reject(new TypeError("refused by the test"));
    };
  });
  return page;
}

const regionHeading = (page, name) => page.getByRole("heading", { level: 2, name, exact: true });
const closingHeading = (page) => page.getByRole("heading", { name: "Find out more" });
const step = (page) => page.locator("main").getAttribute("data-step");
const presenting = (page) => page.getByRole("group", { name: "Presentation" });

/** PageDown until the next step shows: a step longer than the screen is paged through first. */
async function nextStep(page) {
  const position = presenting(page).getByText(/^Step \d+ of \d+$/);
  const before = await position.innerText();
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press("PageDown");
    if ((await position.innerText()) !== before) return;
  }
  throw new Error(`PageDown never left ${before}`);
}

test("Present asks for full screen and the clicker walks from the title through every region and partner to the closing step", async () => {
  const page = await presenterPage();
  assert.equal(await openWidget(page, app.server.url), "ready");
  await page.getByRole("button", { name: "Present", exact: true }).click();
  await presenting(page).waitFor();
  // Full screen was asked for on the widget's root; refused, the presentation layout still shows.
  assert.deepEqual(await page.evaluate(() => window.fullscreenRequests), ["main"]);
  assert.equal(await step(page), "title");
  assert.match(await page.locator("main").getAttribute("class"), /imap--present/);
  await page.waitForFunction(() => location.search === "?present=1");
  await page.getByRole("heading", { name: "Project indicators" }).waitFor();
  await screenshot(page, "present-title-1920");

  const names = regionNames();
  assert.ok(names.length > 1);
  for (const [i, name] of names.entries()) {
    await nextStep(page);
    await regionHeading(page, name).waitFor();
    assert.equal(await step(page), "region");
    if (i === 0) {
      // Readable from the back of the room: the region's name is at least 32 px.
      const size = await regionHeading(page, name).evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
      assert.ok(size >= 32, `region name is ${size}px`);
      // One projector screen: the map, its legend and the attribution all fit the 1,080 px.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(height <= 1080, `the presentation is ${height}px tall on a 1,080 px screen`);
      await screenshot(page, "present-region-1920");
    }
  }
  const alone = partnersAlone();
  for (const name of alone) {
    await nextStep(page);
    await regionHeading(page, name).waitFor();
    assert.equal(await step(page), "partner");
  }
  await nextStep(page);
  await closingHeading(page).waitFor();
  await page.waitForFunction(() => location.hash === "#step=closing");
  await page.getByRole("img", { name: "QR code of the address beside it" }).waitFor();
  await page.getByRole("link", { name: website(), exact: true }).waitFor();
  await screenshot(page, "present-closing-1920");

  // Back with PageUp and Left, Home to the title, End to the closing step, Escape leaves.
  await page.keyboard.press("PageUp");
  await regionHeading(page, alone.at(-1) ?? names.at(-1)).waitFor();
  await page.keyboard.press("ArrowLeft");
  await regionHeading(page, alone.length > 1 ? alone.at(-2) : names.at(-1)).waitFor();
  await page.keyboard.press("End");
  await closingHeading(page).waitFor();
  await page.keyboard.press("Home");
  await page.getByRole("heading", { name: "Project indicators" }).waitFor();
  assert.equal(await step(page), "title");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Present", exact: true }).waitFor();
  assert.doesNotMatch(await page.locator("main").getAttribute("class"), /imap--present/);
  // The URL drops ?present=1 (written by an effect right after the layout changes).
  await page.waitForFunction(() => location.search === "", null, { timeout: 5000 }).catch(async (e) => {
    throw new Error(`${e.message}; at ${await page.evaluate(() => location.href)}; errors ${page.consoleErrors}`);
  });
  assert.deepEqual(page.consoleErrors, []);
});

test("F enters the presentation and T starts a guided tour that moves on by itself until a key pauses it", async () => {
  const page = await presenterPage();
  // One second per step (?tour=1), so the test waits for the steps instead of 8 s each.
  assert.equal(await openWidget(page, app.server.url, "/?tour=1"), "ready");
  await page.locator("body").press("f");
  await presenting(page).waitFor();
  assert.deepEqual(await page.evaluate(() => window.fullscreenRequests), ["main"]);
  // The tour's button says whether the tour runs (aria-pressed); wait for the state, never sleep.
  const tour = (running) => page.getByRole("button", { name: "Guided tour", pressed: running }).waitFor();
  await tour(false);
  await page.keyboard.press("t");
  await tour(true);
  const [first, second] = regionNames();
  await regionHeading(page, first).waitFor();
  await regionHeading(page, second).waitFor();
  // Any other input pauses the tour where it is.
  await page.keyboard.press("Shift");
  await tour(false);
  // The tour's own button starts and stops it from the keyboard too (Enter must not pause and
  // restart it in one press).
  await page.getByRole("button", { name: "Guided tour" }).focus();
  await page.keyboard.press("Enter");
  await tour(true);
  await page.keyboard.press("Enter");
  await tour(false);
  assert.deepEqual(page.consoleErrors, []);
});

test("the step is in the URL, so a reload resumes the presentation where it was", async () => {
  const page = await presenterPage();
  assert.equal(await openWidget(page, app.server.url, "/?present=1"), "ready");
  await presenting(page).waitFor();
  await page.waitForFunction(() => location.hash === "#step=title");
  const names = regionNames();
  await nextStep(page);
  await nextStep(page);
  await regionHeading(page, names[1]).waitFor();
  await page.reload();
  await regionHeading(page, names[1]).waitFor();
  await presenting(page).waitFor();
  assert.equal(await step(page), "region");

  // A partner without a region's step resumes too.
  const alone = partnersAlone();
  if (alone.length > 0) {
    await page.keyboard.press("End");
    await closingHeading(page).waitFor();
    await page.keyboard.press("PageUp");
    await regionHeading(page, alone.at(-1)).waitFor();
    await page.reload();
    await regionHeading(page, alone.at(-1)).waitFor();
    assert.equal(await step(page), "partner");
  }
  await page.keyboard.press("End");
  await closingHeading(page).waitFor();
  await page.waitForFunction(() => location.hash === "#step=closing");
  await page.reload();
  await closingHeading(page).waitFor();
  assert.equal(await step(page), "closing");
  assert.deepEqual(page.consoleErrors, []);
});

test("axe finds no violation on the title, a region and the closing step, in normal and high contrast", async () => {
  const page = await presenterPage();
  assert.equal(await openWidget(page, app.server.url, "/?present=1"), "ready");
  await presenting(page).waitFor();
  for (const contrast of [false, true]) {
    if (contrast) await page.getByRole("button", { name: "High contrast" }).click();
    // The button gives the same contrast theme as ?theme=contrast.
    assert.equal(await page.locator("main").getAttribute("data-theme"), contrast ? "contrast" : "light");
    await page.keyboard.press("Home");
    await page.getByRole("heading", { name: "Project indicators" }).waitFor();
    assert.deepEqual(await axeViolations(page), [], `title step, contrast ${contrast}`);
    await nextStep(page);
    await regionHeading(page, regionNames()[0]).waitFor();
    assert.deepEqual(await axeViolations(page), [], `region step, contrast ${contrast}`);
    await page.keyboard.press("End");
    await closingHeading(page).waitFor();
    assert.deepEqual(await axeViolations(page), [], `closing step, contrast ${contrast}`);
  }
  await screenshot(page, "present-closing-contrast-1920");
  // Leaving the presentation leaves its contrast too.
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Present", exact: true }).waitFor();
  assert.equal(await page.locator("main").getAttribute("data-theme"), "light");
});

test("the data file's project.tour_seconds sets the tour's pace when the address does not", async () => {
  const page = await presenterPage();
  const data = defaultData();
  data.project = { ...data.project, tour_seconds: 1 };
  await page.route("**/data/secon.json", (route) => route.fulfill({ json: data }));
  assert.equal(await openWidget(page, app.server.url, "/?present=1"), "ready");
  await presenting(page).waitFor();
  const [first, second] = regionNames();
  await page.keyboard.press("t");
  // At the default 8 s a step the first region would not show within 5 s; at the data's 1 s it does.
  await regionHeading(page, first).waitFor({ timeout: 5000 });
  await regionHeading(page, second).waitFor({ timeout: 5000 });
  await page.close();
});

test("at 1,280 x 720 every step fits the screen, nothing sits under the controls and the QR code is whole", async () => {
  const page = await app.page({ width: 1280, height: 720 });
  assert.equal(await openWidget(page, app.server.url, "/?present=1"), "ready");
  await presenting(page).waitFor();
  const controls = await presenting(page).boundingBox();
  const overlaps = (a, b) => a && b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const under = async () => {
    const parts = [
      page.getByRole("heading", { level: 1 }),
      page.locator(".imap__legend"),
      page.locator(".imap__attribution"),
      page.getByRole("group", { name: "Map of the partner regions" }),
      page.locator(".imap__side"),
    ];
    const hit = [];
    for (const part of parts) if (overlaps(await part.boundingBox(), controls)) hit.push(await part.evaluate((e) => e.className || e.tagName));
    return hit;
  };
  const count = defaultData().regions.length + partnersAlone().length + 2;
  for (let i = 1; i <= count; i += 1) {
    await page.getByText(`Step ${i} of ${count}`).waitFor();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height <= 720, `step ${i} is ${height}px tall on a 720 px screen`);
    assert.deepEqual(await under(), [], `step ${i}: under the presenter's controls`);
    // The title is one line: the acronym, with the full name on a line of its own under it.
    const title = await page.getByRole("heading", { level: 1 }).boundingBox();
    assert.ok(title.height < 110, `the title is ${title.height}px tall`);
    if (i < count) await page.keyboard.press("PageDown");
    // A long panel pages first: go on until the step changes.
    for (let pages = 0; pages < 10 && i < count && !(await page.getByText(`Step ${i + 1} of ${count}`).isVisible()); pages += 1) {
      await page.keyboard.press("PageDown");
    }
  }
  const qr = await page.getByRole("img", { name: "QR code of the address beside it" }).boundingBox();
  assert.ok(qr.y >= 0 && qr.y + qr.height <= controls.y, `the QR code (${qr.y}-${qr.y + qr.height}) reaches under the controls at ${controls.y}`);
  assert.ok(qr.width >= 200, `the QR code is ${qr.width}px wide`);
  await screenshot(page, "present-closing-1280x720");
});

test("a panel longer than the screen is paged by PageDown before the next step", async () => {
  const page = await app.page({ width: 1280, height: 720 });
  assert.equal(await openWidget(page, app.server.url, "/?present=1"), "ready");
  await presenting(page).waitFor();
  // The region with the most to say: the one with the most good practices and events.
  const data = defaultData();
  const weight = (r) => data.good_practices.filter((g) => g.region === r.id).length + data.events.filter((e) => e.region === r.id).length;
  const longest = [...data.regions].sort((a, b) => weight(b) - weight(a))[0];
  await page.goto(`${app.server.url}/?present=1#region=${longest.id}`);
  await regionHeading(page, text(longest.name)).waitFor();
  const lastEvent = page.locator(".imap__panel .imap__items").last().locator("li").last();
  assert.equal(await lastEvent.isVisible() && (await lastEvent.boundingBox()).y + 20 < 720 - 80, false, "the panel fits: choose a longer one");
  let presses = 0;
  while (presses < 10 && (await page.locator("main").getAttribute("data-step")) === "region" && new URL(page.url()).hash === `#region=${longest.id}`) {
    const box = await lastEvent.boundingBox();
    const side = await page.locator(".imap__side").boundingBox();
    if (box && box.y >= side.y && box.y + box.height <= side.y + side.height) break;
    await page.keyboard.press("PageDown");
    presses += 1;
  }
  assert.ok(presses > 0 && presses < 10, `paged ${presses} times`);
  assert.equal(new URL(page.url()).hash, `#region=${longest.id}`, "PageDown left the region before its end was shown");
  // Past the panel's end, PageDown moves on.
  await nextStep(page);
  assert.notEqual(new URL(page.url()).hash, `#region=${longest.id}`);
});
