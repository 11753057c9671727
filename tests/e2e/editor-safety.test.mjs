// The editor as an officer relies on it: nothing typed is lost without a word (two tabs, a full
// storage, a site file that changed under a draft), Save asks before writing a file with problems,
// renaming an id carries its references along, a new record starts without errors and takes its id
// from its name, a seat is placed by clicking the preview's map. Found by role and accessible name;
// expectations come from the shipped data file.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { appForFile, screenshot, DIST, text } from "./harness.mjs";

const app = appForFile();
const ORIGINAL = fs.readFileSync(path.join(DIST, "data/secon.json"), "utf8");
const DATA = JSON.parse(ORIGINAL);
const indicator = DATA.indicators.find((i) => i.value === 43);

/** A page where Save downloads (Chromium's file picker is a dialog no headless test can answer). */
async function downloadingPage(size, context) {
  const page = context ? await context.newPage() : await app.page(size);
  if (context && size) await page.setViewportSize(size);
  await page.addInitScript(() => {
    delete Window.prototype.showSaveFilePicker;
    delete window.showSaveFilePicker;
  });
  return page;
}

/** Screenshots of a moment at 1,366x768 and on a tablet (820x1180), then back to the laptop. */
async function shots(page, name) {
  const size = page.viewportSize();
  await screenshot(page, `editor-1366-${name}`);
  await page.setViewportSize({ width: 820, height: 1180 });
  await screenshot(page, `editor-820-${name}`);
  await page.setViewportSize(size);
}

async function open(page, { fresh = true } = {}) {
  await page.goto(`${app.server.url}/editor.html`);
  if (fresh) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  }
  await page.getByRole("heading", { name: "Data editor", level: 1 }).waitFor();
  await page.waitForFunction(() => document.querySelector(".ed__preview main.imap")?.dataset.state === "ready", null, { timeout: 30000 });
}

const kind = (page, name) => page.getByRole("navigation", { name: "Record kinds" }).getByRole("button", { name: new RegExp(`^${name}`) }).click();
const record = (page, kindName, label) => page.locator(".ed__forms").getByRole("list", { name: kindName }).getByRole("button", { name: label }).click();
const valueField = (page) => page.getByRole("textbox", { name: /^Value/ });

async function showIndicator(page) {
  await kind(page, "Indicators");
  await record(page, "Indicators", new RegExp(indicator.id));
}

test("two tabs of one file: the second shows the first's edits read-only, takes over on request, and nothing is lost", async () => {
  const first = await downloadingPage({ width: 1366, height: 768 });
  await open(first);
  await showIndicator(first);
  await valueField(first).fill("44");
  await first.waitForFunction(() => (localStorage.getItem("interreg-map-editor:draft") ?? "").includes('\\"value\\": 44'));

  const second = await downloadingPage({ width: 1366, height: 768 }, app.browser.context);
  await open(second, { fresh: false });
  const alert = second.getByRole("alert").filter({ hasText: "being edited in another tab" });
  await alert.waitFor();
  await showIndicator(second);
  assert.equal(await valueField(second).inputValue(), "44", "the second tab shows the first's unsaved figure");
  // The first tab goes on; the second follows.
  await valueField(first).fill("45");
  await second.waitForFunction(() => document.querySelector("#ed-indicators-0-value")?.value === "45" || [...document.querySelectorAll("input")].some((i) => i.id.endsWith("-value") && i.value === "45"));
  await shots(second, "second-tab");

  await alert.getByRole("button", { name: "Take over editing here" }).click();
  await alert.waitFor({ state: "detached" });
  await first.getByRole("alert").filter({ hasText: "being edited in another tab" }).waitFor();
  await first.getByRole("status").filter({ hasText: "Another tab took over editing" }).waitFor();
  await valueField(second).fill("46");
  // The first tab, now showing only, follows the second's edit instead of overwriting it.
  await first.waitForFunction(() => [...document.querySelectorAll("input")].some((i) => i.id.endsWith("-value") && i.value === "46"));
  await second.reload();
  await second.getByRole("status").filter({ hasText: "Unsaved edits from your last visit were restored." }).waitFor();
  await showIndicator(second);
  assert.equal(await valueField(second).inputValue(), "46");
  await first.close();
  await second.close();
});

test("a storage that refuses the draft is said on the page at once, with Save now", async () => {
  const page = await downloadingPage({ width: 1366, height: 768 });
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await open(page);
  await showIndicator(page);
  await valueField(page).fill("44");
  const alert = page.getByRole("alert").filter({ hasText: "refused to keep your changes (QuotaExceededError)" });
  await alert.waitFor();
  assert.match(await page.locator(".ed__dirty").textContent(), /not kept/);
  await shots(page, "storage-full");
  const [download] = await Promise.all([page.waitForEvent("download"), alert.getByRole("button", { name: "Save now" }).click()]);
  assert.equal(download.suggestedFilename(), "secon.json");
  await alert.waitFor({ state: "detached" });
  await page.getByRole("status").filter({ hasText: "must replace data/secon.json on the site, under exactly that name (secon.json)" }).waitFor();
  await page.close();
});

test("a draft over a site file that changed since is offered with the differences and a choice", async () => {
  const page = await downloadingPage({ width: 1366, height: 768 });
  await open(page);
  await showIndicator(page);
  await valueField(page).fill("44");
  await page.waitForFunction(() => (localStorage.getItem("interreg-map-editor:draft") ?? "").includes('\\"value\\": 44'));
  // A colleague publishes a file with another city for the first partner.
  const changed = structuredClone(DATA);
  changed.partners[0].city = "Kalamata";
  const site = JSON.stringify(changed, null, 2) + "\n";
  await page.route("**/data/secon.json", (route) => route.fulfill({ body: site, contentType: "application/json" }));
  await page.reload();
  const offer = page.getByRole("region", { name: "The site's data file has changed since your unsaved edits were made." });
  await offer.waitFor();
  const said = await offer.textContent();
  assert.match(said, new RegExp(`Partner ${text(DATA.partners[0].short_name)} \\(${DATA.partners[0].id}\\): City`));
  assert.match(said, new RegExp(`Indicator .*${indicator.id}.*: Value`));
  await shots(page, "site-changed");
  await offer.getByRole("button", { name: "Take the site's file (drop my draft)" }).click();
  await offer.waitFor({ state: "detached" });
  await showIndicator(page);
  assert.equal(await valueField(page).inputValue(), "43");
  await kind(page, "Partners");
  assert.equal(await page.getByRole("textbox", { name: /^City/ }).inputValue(), "Kalamata");
  await page.close();
});

test("Save of a file with a problem asks first, naming the record and field in plain words", async () => {
  const page = await downloadingPage({ width: 1366, height: 768 });
  await open(page);
  await kind(page, "Partners");
  const partner = DATA.partners[3];
  await record(page, "Partners", new RegExp(`\\(${partner.id}\\)`));
  await page.getByRole("textbox", { name: /^Name/ }).first().fill("");
  const plain = `Partner ${text(partner.short_name)}: Name is empty`;
  // Once at the field, once in the list; the JSON path only under Details.
  await page.locator(".ed__field .ed__messages li").filter({ hasText: plain }).waitFor();
  const summary = page.getByRole("region", { name: /problem/i });
  await summary.getByRole("link", { name: plain }).waitFor();
  assert.equal(await page.getByText(plain, { exact: true }).count(), 2);
  assert.match(await summary.locator("details").first().textContent(), /partners\[3\]\.name.*line \d+, column \d+/);
  let downloads = 0;
  page.on("download", () => downloads++);
  await page.getByRole("button", { name: "Save (download)" }).click();
  const question = page.getByRole("alertdialog", { name: /one problem\. Save it anyway/ });
  await question.waitFor();
  assert.match(await question.textContent(), new RegExp(plain));
  await shots(page, "save-asks");
  await question.getByRole("button", { name: "Cancel" }).click();
  await question.waitFor({ state: "detached" });
  assert.equal(downloads, 0);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save (download)" }).click().then(() => question.getByRole("button", { name: "Save anyway" }).click())]);
  assert.equal(download.suggestedFilename(), "secon.json");
  await page.close();
});

test("renaming a partner's id offers to update the events it hosts, and does", async () => {
  const page = await downloadingPage({ width: 1366, height: 768 });
  await open(page);
  const partner = DATA.partners.find((p) => DATA.events.some((e) => e.host === p.id));
  const hosted = DATA.events.filter((e) => e.host === partner.id);
  await kind(page, "Partners");
  await record(page, "Partners", new RegExp(`\\(${partner.id}\\)`));
  const id = page.getByRole("textbox", { name: /^Id/ });
  await id.fill(`${partner.id}-renamed`);
  await id.press("Tab");
  const offer = page.getByRole("alertdialog", { name: new RegExp(`still point at \u201c${partner.id}\u201d`) });
  await offer.waitFor();
  assert.match(await offer.textContent(), /Events/);
  await shots(page, "rename");
  await offer.getByRole("button", { name: "Update them to the new id" }).click();
  await page.getByRole("heading", { name: /No problems/ }).waitFor();
  await kind(page, "Events");
  const index = DATA.events.indexOf(hosted[0]);
  await page.locator(".ed__forms").getByRole("list", { name: "Events" }).getByRole("button").nth(index).click();
  assert.equal(await page.getByRole("combobox", { name: /^Host/ }).inputValue(), `${partner.id}-renamed`);
  await page.close();
});

test("a new record shows no problem until a field is left, and takes its id from its title", async () => {
  const page = await downloadingPage({ width: 1366, height: 768 });
  await open(page);
  await kind(page, "Events");
  await page.getByRole("group", { name: "Record actions" }).getByRole("button", { name: "Add a record" }).click();
  await page.getByRole("heading", { name: /^Editing Events: event/ }).waitFor();
  await page.getByRole("heading", { name: /No problems/ }).waitFor();
  const title = page.getByRole("textbox", { name: /^Title/ }).first();
  await title.fill("Study visit to Mérida");
  assert.equal(await page.getByRole("textbox", { name: /^Id/ }).inputValue(), "study-visit-to-merida");
  await page.getByRole("textbox", { name: /^Start date( \*)?$/ }).focus();
  await page.getByRole("textbox", { name: /^Start date( \*)?$/ }).press("Tab");
  // Left empty: now its problem shows, in words.
  await page.getByRole("region", { name: /problem/i }).getByRole("link", { name: /^Event Study visit to Mérida: Start/ }).waitFor();
  await page.close();
});

test("a date is picked from the browser's calendar input, and typed text still works", async () => {
  const page = await downloadingPage({ width: 1366, height: 768 });
  await open(page);
  await kind(page, "Events");
  const picker = page.getByLabel(/^Start date: pick from a calendar/);
  await picker.fill("2027-05-04");
  assert.equal(await page.getByRole("textbox", { name: /^Start date( \*)?$/ }).inputValue(), "2027-05-04");
  await page.getByRole("textbox", { name: /^Start date( \*)?$/ }).fill("2027-06-01");
  assert.equal(await picker.inputValue(), "2027-06-01");
  await page.close();
});

test("a partner's seat is placed by clicking the preview's map, where the marker then stands", async () => {
  const page = await downloadingPage({ width: 1366, height: 768 });
  await open(page);
  const partner = DATA.partners.find((p) => p.region && p.region !== "extremadura");
  await kind(page, "Partners");
  await record(page, "Partners", new RegExp(`\\(${partner.id}\\)`));
  await page.getByRole("button", { name: "Place on the map" }).click();
  const target = page.locator('.ed__preview .region[data-id="extremadura"]');
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.click(at.x, at.y);
  await page.getByRole("status").filter({ hasText: /Seat placed at/ }).waitFor();
  const lon = Number(await page.getByRole("textbox", { name: "Longitude (°)" }).inputValue());
  const lat = Number(await page.getByRole("textbox", { name: "Latitude (°)" }).inputValue());
  // Extremadura lies between 7.6° and 4.6° W, 37.9° and 40.5° N.
  assert.ok(lon > -7.6 && lon < -4.6 && lat > 37.9 && lat < 40.5, `${lon}, ${lat}`);
  // The click did not select the region under it: the partner's form stays.
  await page.getByRole("heading", { name: /^Editing Partners/ }).waitFor();
  const marker = page.locator(`.ed__preview path.marker[data-id="${partner.id}"]`);
  await page.waitForFunction(
    ({ id, x, y }) => {
      const m = document.querySelector(`.ed__preview path.marker[data-id="${id}"]`)?.getBoundingClientRect();
      return m && Math.abs(m.x + m.width / 2 - x) < 6 && Math.abs(m.y + m.height / 2 - y) < 6;
    },
    { id: partner.id, ...at },
    { timeout: 10000 },
  );
  assert.ok(await marker.count());
  await shots(page, "seat-placed");
  await page.close();
});
