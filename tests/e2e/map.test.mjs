// The map: selecting a region by pointer or keyboard opens its partner and policy
// instrument; items lead back to their region; #region=… opens the panel and Back closes it; the list
// view lists every region; zoom buttons change the view; axe finds no violation. Elements are found
// by role and accessible name, as a person would find them.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { appForFile, openWidget, screenshot, defaultData, SCREENSHOTS, text } from "./harness.mjs";
import { axeViolations } from "./axe.mjs";

const app = appForFile();

const map = (page) => page.getByRole("group", { name: "Map of the partner regions" });
// A region button is named "Region: partners"; a marker is named after the partner organisation.
const region = (page, name) => map(page).getByRole("button", { name: new RegExp(`^${name}(:|$)`) });
const panel = (page) => page.getByRole("region", { name: /./ }).filter({ has: page.getByRole("button", { name: "Close details" }) });

/** The data file's facts about a region, to compare the panel with (never hard-coded). */
function facts(regionId) {
  const data = defaultData();
  const partners = data.partners.filter((p) => p.region === regionId);
  const instruments = data.policy_instruments.filter((i) => i.region === regionId);
  const practices = data.good_practices.filter((g) => g.region === regionId);
  return { partners, instruments, practices };
}

test("clicking Extremadura opens its partner and policy instrument", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  await region(page, "Extremadura").click();
  const details = panel(page);
  await details.getByRole("heading", { name: "Extremadura" }).waitFor();
  const shown = await details.innerText();
  const { partners, instruments, practices } = facts("extremadura");
  for (const p of partners) assert.ok(shown.includes(text(p.name)), `partner ${p.id} missing`);
  assert.ok(instruments.length > 0);
  // SECON has not published Extremadura's instrument: the panel says so instead of a blank.
  assert.match(shown, /Policy instrument[\s\S]*Not yet published/);
  for (const g of practices) {
    await details.getByRole("link", { name: text(g.title) }).waitFor();
  }
  assert.equal(await region(page, "Extremadura").getAttribute("aria-pressed"), "true");
  assert.equal(new URL(page.url()).hash, "#region=extremadura");
  await screenshot(page, "map-extremadura-1280");
  assert.deepEqual(page.consoleErrors, []);
});

test("the keyboard alone selects Extremadura, and Escape returns focus to it", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  // Tab until the Extremadura region has focus, as a keyboard user would.
  let focused = "";
  for (let i = 0; i < 40 && !focused.startsWith("Extremadura"); i += 1) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  }
  assert.ok(focused.startsWith("Extremadura"), `Tab never reached Extremadura (last: ${focused})`);
  await page.keyboard.press("Enter");
  const details = panel(page);
  await details.getByRole("heading", { name: "Extremadura" }).waitFor();
  assert.match(await details.innerText(), /Junta de Extremadura/);
  // Focus goes on in the opened panel, at its heading, not among the other regions.
  await page.waitForFunction(() => document.activeElement?.id === "imap-panel-title");
  await page.keyboard.press("Tab");
  assert.ok(
    await page.evaluate(() => document.getElementById("imap-panel")?.contains(document.activeElement)),
    "the next Tab stays in the panel",
  );
  await page.keyboard.press("Escape");
  await details.waitFor({ state: "detached" });
  const after = await page.evaluate(() => document.activeElement?.getAttribute("data-id"));
  assert.equal(after, "extremadura");
  // Space selects too (a region is a button).
  await page.keyboard.press(" ");
  await panel(page).getByRole("heading", { name: "Extremadura" }).waitFor();
});

test("the panel's × closes it and returns focus to its region, as Escape does", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url, "/#region=extremadura"), "ready");
  const details = panel(page);
  await details.getByRole("button", { name: "Close details" }).click();
  await details.waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-id")), "extremadura");
  assert.equal(new URL(page.url()).hash, "");
  await page.close();
});

test("a keyboard visitor skips the map's regions with the skip link", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const skip = page.getByRole("link", { name: "Skip the map" });
  let focused = "";
  for (let i = 0; i < 5 && focused !== "Skip the map"; i += 1) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
  }
  assert.equal(focused, "Skip the map", "the skip link comes before the map's regions");
  assert.ok(await skip.isVisible(), "it shows while it has focus");
  await page.keyboard.press("Enter");
  // The next Tab is in the side column, not on a region.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Present");
  await page.close();
});

test("a good practice in the list leads back to its region on the map", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const { practices } = facts("mazovia");
  const practice = practices[0];
  await page.getByRole("button", { name: "List" }).click();
  const list = page.getByRole("region", { name: "Regions, partners and good practices" });
  const entry = list.getByRole("listitem").filter({ hasText: text(practice.title) }).last();
  await entry.getByRole("button", { name: /on the map/ }).click();
  await panel(page).getByRole("heading", { name: "Mazovia" }).waitFor();
  assert.equal(await region(page, "Mazovia").getAttribute("aria-pressed"), "true");
});

test("the list view lists every region of the data file", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const toggle = page.getByRole("button", { name: "List" });
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  const list = page.getByRole("region", { name: "Regions, partners and good practices" });
  const data = defaultData();
  // One heading a region; partners without a region have one of their own after them.
  const headings = (await list.getByRole("heading", { level: 3 }).allInnerTexts()).filter((h) => h.toLowerCase() !== "partners without a policy region");
  assert.equal(headings.length, data.regions.length);
  assert.equal(headings.length, 9);
  for (const r of data.regions) {
    assert.ok(headings.some((h) => h.startsWith(text(r.name))), `${r.id} missing from the list`);
  }
  await screenshot(page, "list-1280");
});

test("#region= opens that region's panel and Back closes it", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url, "/"), "ready");
  await page.goto(`${app.server.url}/#region=haskovo`);
  await page.reload();
  await panel(page).getByRole("heading", { name: "Haskovo" }).waitFor();
  // Moving to another region pushes a history entry; Back returns to Haskovo.
  const data = defaultData();
  const after = data.regions[(data.regions.findIndex((r) => r.id === "haskovo") + 1) % data.regions.length];
  await page.getByRole("button", { name: "Next region →" }).click();
  await panel(page).getByRole("heading", { name: text(after.name) }).waitFor();
  assert.equal(new URL(page.url()).hash, `#region=${after.id}`);
  await page.goBack();
  await panel(page).getByRole("heading", { name: "Haskovo" }).waitFor();
  assert.equal(new URL(page.url()).hash, "#region=haskovo");
});

test("Back after selecting from the overview closes the panel", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  await region(page, "Peloponnese").click();
  await panel(page).getByRole("heading", { name: "Peloponnese" }).waitFor();
  await page.goBack();
  await panel(page).waitFor({ state: "detached" });
  assert.equal(await region(page, "Peloponnese").getAttribute("aria-pressed"), "false");
});

test("previous and next region buttons step through the regions in data order", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url, "/#region=peloponnese"), "ready");
  const data = defaultData();
  const first = data.regions[0];
  const second = data.regions[1];
  const last = data.regions[data.regions.length - 1];
  await panel(page).getByRole("heading", { name: text(first.name) }).waitFor();
  await page.getByRole("button", { name: "Next region →" }).click();
  await panel(page).getByRole("heading", { name: text(second.name) }).waitFor();
  await page.getByRole("button", { name: "← Previous region" }).click();
  await page.getByRole("button", { name: "← Previous region" }).click();
  await panel(page).getByRole("heading", { name: text(last.name) }).waitFor();
});

test("zoom buttons change the view and reset restores it", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const group = map(page).locator("g.imap__zoomable");
  const before = await group.getAttribute("transform");
  await page.getByRole("button", { name: "Zoom in" }).click();
  const zoomed = await group.getAttribute("transform");
  assert.notEqual(zoomed, before);
  assert.match(zoomed, /scale\(1\.6/);
  await page.getByRole("button", { name: "Show the whole map" }).click();
  assert.equal(await group.getAttribute("transform"), before);
  // Keys on the focused map: + zooms in, 0 resets.
  await map(page).focus();
  await page.keyboard.press("+");
  assert.notEqual(await group.getAttribute("transform"), before);
  await page.keyboard.press("0");
  assert.equal(await group.getAttribute("transform"), before);
});

test("selecting a region zooms the map to it", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const before = await region(page, "Harghita").boundingBox();
  await region(page, "Harghita").click();
  // Wait for the zoom's transition to finish (none runs under reduced motion).
  await page.waitForFunction(() => !/scale\(1\.0+\)/.test(document.querySelector("g.imap__zoomable").getAttribute("transform")));
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  const box = await region(page, "Harghita").boundingBox();
  const mapBox = await map(page).boundingBox();
  assert.ok(box.width > 3 * before.width, `Harghita grew from ${before.width}px to only ${box.width}px`);
  // The region is in view, inside the map.
  assert.ok(box.x >= mapBox.x && box.x + box.width <= mapBox.x + mapBox.width, "Harghita is inside the map");
  await screenshot(page, "map-harghita-zoomed-1280");
});

test("geometry at 1,400 px: all of Europe, and zoomed on Rhine-Neckar and on Benelux (screenshots)", async () => {
  const page = await app.page({ width: 1400, height: 1000 });
  await page.emulateMedia({ reducedMotion: "reduce" });
  assert.equal(await openWidget(page, app.server.url, "/?show=map"), "ready");
  await map(page).screenshot({ path: path.join(SCREENSHOTS, "geo-europe-1400.png") });
  for (const [name, file] of [["Rhine-Neckar", "geo-rhine-neckar-1400"], ["Flemish Brabant", "geo-benelux-1400"]]) {
    const before = (await region(page, name).boundingBox()).width;
    await region(page, name).click();
    // Zoomed to it: the region's outline grows several times over.
    const target = await region(page, name).elementHandle();
    const mapBox = await map(page).boundingBox();
    await page
      .waitForFunction(([el, w]) => el.getBoundingClientRect().width > w * 3, [target, before], { timeout: 5000 })
      .catch(() => {});
    // Rhine-Neckar is one outline (its 15 districts dissolved): one path, drawn inside the map.
    const box = await region(page, name).boundingBox();
    assert.ok(box.width > before * 3, `${name} grew from ${before}px only to ${box.width}px when zoomed to`);
    assert.ok(box.x >= mapBox.x && box.x + box.width <= mapBox.x + mapBox.width, `${name} is inside the map`);
    assert.equal(await region(page, name).count(), 1);
    await map(page).screenshot({ path: path.join(SCREENSHOTS, `${file}.png`) });
    await page.keyboard.press("Escape");
  }
});

test("hovering a region shows a tooltip with its partner and counts", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  await region(page, "Extremadura").hover();
  const tip = page.locator(".imap__tooltip");
  await tip.waitFor();
  const shown = await tip.innerText();
  assert.match(shown, /Extremadura/);
  const { practices } = facts("extremadura");
  assert.match(shown, new RegExp(`${practices.length} good practices`));
});

test("axe finds no accessibility violation in the overview, a selected region and the list", async () => {
  for (const width of [320, 1280]) {
    const page = await app.page({ width, height: 900 });
    assert.equal(await openWidget(page, app.server.url), "ready");
    assert.deepEqual(await axeViolations(page), [], `overview at ${width}px`);
    await region(page, "Extremadura").click();
    await panel(page).getByRole("heading", { name: "Extremadura" }).waitFor();
    await page.getByRole("button", { name: "List" }).click();
    assert.deepEqual(await axeViolations(page), [], `selected + list at ${width}px`);
    await screenshot(page, `map-selected-list-${width}`);
    await page.close();
  }
});

test("the links toggle draws a line from every other partner to the lead partner", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const toggle = page.getByRole("button", { name: "Show links to the lead partner" });
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  assert.equal(await map(page).locator(".links line").count(), 0);
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  const data = defaultData();
  // Every partner but the lead has a seat on the map, so one line each.
  assert.equal(await map(page).locator(".links line").count(), data.partners.length - 1);
  await screenshot(page, "map-links-1280");
  await toggle.click();
  assert.equal(await map(page).locator(".links line").count(), 0);
});

test("partner markers are keyboard buttons and the lead partner is named as such", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const data = defaultData();
  const lead = data.partners.find((p) => p.role === "lead");
  const marker = map(page).getByRole("button", { name: `${text(lead.name)}, lead partner` });
  assert.equal(await marker.getAttribute("data-id"), lead.id);
  await marker.focus();
  await page.keyboard.press("Enter");
  await panel(page).getByRole("heading", { name: text(data.regions.find((r) => r.id === lead.region).name) }).waitFor();
});

test("the stress page draws every NUTS 3 region and still becomes ready", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url, "/?stress=nuts3"), "ready");
  const drawn = await map(page).locator(".context-region").count();
  assert.equal(drawn, 1345);
});

test("desktop: the map, its legend and downloads fit the screen and stay in view while the side column scrolls", async () => {
  const page = await app.page({ width: 1280, height: 800 });
  assert.equal(await openWidget(page, app.server.url, "/#region=peloponnese"), "ready");
  const download = page.getByRole("button", { name: "Download SVG" });
  const inView = async () => {
    const [m, d] = [await map(page).boundingBox(), await download.boundingBox()];
    return m.y >= 0 && d.y + d.height <= 800;
  };
  assert.ok(await inView(), "the map and its downloads fit the first screen");
  await page.mouse.move(1100, 400);
  // Down the side column, short of its end (where the map's column ends too).
  await page.mouse.wheel(0, 700);
  await page.waitForFunction(() => scrollY > 600);
  assert.ok(await inView(), "scrolled down the side column, the map and its downloads are still in view");
});
