// The data editor (editor.html), used as a communication officer would: raise an indicator and
// see the preview count to it; add an event with a host chosen from the list and see it in the
// preview's timeline; type an invalid date and see the message at the field; delete a region that
// partners reference and be told which; save a file that the validator accepts and whose diff is
// only the edits; reload and find the unsaved edits kept. Found by role and accessible name, axe
// clean, under the site's strict Content-Security-Policy. Expectations come from the data file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { appForFile, screenshot, DIST, ROOT, text } from "./harness.mjs";
import { axeViolations } from "./axe.mjs";

// The policy a host sends (the build writes it); the editor's page declares the same in its <meta>.
const CSP = fs.readFileSync(path.join(DIST, "content-security-policy.txt"), "utf8").trim();
const app = appForFile({ headers: { "content-security-policy": CSP } });
const ORIGINAL = fs.readFileSync(path.join(DIST, "data/secon.json"), "utf8");
const DATA = JSON.parse(ORIGINAL);

/** Page object of the editor. */
function editor(page) {
  const preview = page.locator(".ed__preview main.imap");
  return {
    preview,
    summary: page.getByRole("region", { name: /problem/i }),
    /** Shows the record kind `name` ("Indicators", "Events" …). */
    async kind(name) {
      await page.getByRole("navigation", { name: "Record kinds" }).getByRole("button", { name: new RegExp(`^${name}`) }).click();
    },
    /** Shows the record whose list button's name contains `label`. */
    async record(kindName, label) {
      await page.locator(".ed__forms").getByRole("list", { name: kindName }).getByRole("button", { name: label }).click();
    },
    field: (name) => page.getByRole("textbox", { name }),
    choice: (name) => page.getByRole("combobox", { name }),
    async previewReady() {
      await page.waitForFunction(
        () => ["ready", "error"].includes(document.querySelector(".ed__preview main.imap")?.dataset.state),
        null,
        { timeout: 30000 },
      );
    },
  };
}

/** Opens the editor with no draft from an earlier test, and waits for the file and the preview. */
async function openEditor(page, { fresh = true } = {}) {
  await page.goto(`${app.server.url}/editor.html`);
  if (fresh) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  }
  const ed = editor(page);
  await page.getByRole("heading", { name: "Data editor", level: 1 }).waitFor();
  await page.getByRole("button", { name: "Save (download)" }).waitFor();
  await ed.previewReady();
  return ed;
}

/** A guarded page: CSP violations and page errors are recorded from the start. */
async function guardedPage(size) {
  const page = await app.page(size);
  await page.addInitScript(() => {
    // Save downloads here: Chromium's file picker is a dialog no headless test can answer.
    delete Window.prototype.showSaveFilePicker;
    delete window.showSaveFilePicker;
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return page;
}

const indicator = DATA.indicators.find((i) => i.value === 43);
const indicatorLabel = text(indicator.label);

async function raiseIndicator(page, ed) {
  await ed.kind("Indicators");
  await ed.record("Indicators", new RegExp(indicator.id));
  const value = ed.field(/^Value/);
  assert.equal(await value.inputValue(), "43");
  await value.fill("44");
}

test("raising an indicator from 43 to 44 counts the preview to 44", async () => {
  const page = await guardedPage();
  const ed = await openEditor(page);
  await raiseIndicator(page, ed);
  const counter = ed.preview.getByRole("listitem").filter({ hasText: indicatorLabel }).locator(".imap__indicator-value");
  // Counters count when they come into view: scroll the preview to them, as a person would.
  await counter.scrollIntoViewIfNeeded();
  // The figure on screen is the counter's `data-value` (drawn by CSS; the final figure is in text
  // for screen readers): it counts up to 44.
  await page.waitForFunction(
    (label) => [...document.querySelectorAll(".ed__preview .imap__indicator")].some((li) => li.textContent.includes(label) && li.querySelector(".imap__indicator-value")?.dataset.value === "44"),
    indicatorLabel,
    { timeout: 15000 },
  );
  assert.equal(await counter.getAttribute("data-final"), "44");
  await page.getByRole("status").filter({ hasText: /./ }).first().waitFor();
  assert.match(await page.locator(".ed__dirty").textContent(), /Unsaved changes/);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test("an event added with a date and a host chosen from the list shows in the preview's timeline", async () => {
  const page = await guardedPage();
  const ed = await openEditor(page);
  await ed.kind("Events");
  const before = DATA.events.length;
  await page.getByRole("group", { name: "Record actions" }).getByRole("button", { name: "Add a record" }).click();
  await page.getByRole("heading", { name: /Editing Events: event/ }).waitFor();
  const id = "editor-test-workshop";
  await ed.field(/^Id/).fill(id);
  await ed.field(/^Title \(en\)/).fill("Editor test workshop");
  await ed.choice(/^Kind/).selectOption("interregional_workshop");
  await ed.field(/^Start date( \*)?$/).fill("2027-03-10");
  await ed.field(/^End date( \*)?$/).fill("2027-03-11");
  const host = DATA.partners[1];
  const hostChoice = ed.choice(/^Host/);
  // The host is chosen from the partners of the file, never typed.
  const options = await hostChoice.locator("option").evaluateAll((o) => o.map((x) => x.value).filter(Boolean));
  assert.deepEqual(options, DATA.partners.map((p) => p.id));
  await hostChoice.selectOption(host.id);
  const timeline = ed.preview.getByRole("region", { name: "Events" });
  await timeline.locator(`li[data-id="${id}"]`).waitFor({ timeout: 15000 });
  assert.match(await timeline.locator(`li[data-id="${id}"]`).textContent(), /Editor test workshop/);
  const list = await page.locator(".ed__forms").getByRole("list", { name: "Events" }).getByRole("button").count();
  assert.equal(list, before + 1);
  await page.close();
});

test("selecting a region in the preview opens its record in the form", async () => {
  const page = await guardedPage();
  const ed = await openEditor(page);
  const region = DATA.regions[DATA.regions.length - 1];
  const name = text(region.name);
  await ed.preview.getByRole("group", { name: "Map of the partner regions" }).getByRole("button", { name: new RegExp(`^${name}(:|$)`) }).click();
  await page.getByRole("heading", { name: new RegExp(`^Editing Regions: ${name}`) }).waitFor();
  assert.equal(await ed.field(/^Id/).inputValue(), region.id);
  await page.close();
});

test("an invalid date shows its message at the field, and nothing breaks", async () => {
  const page = await guardedPage();
  const ed = await openEditor(page);
  await ed.kind("Events");
  const start = ed.field(/^Start date( \*)?$/);
  await start.fill("2024-13-45");
  await page.waitForFunction(() => document.querySelector("#ed-events-0-start")?.getAttribute("aria-invalid") === "true");
  const message = page.locator("#ed-events-0-start-msg");
  // In words, naming the event and the field; the JSON path stays under the summary's Details.
  const plain = new RegExp(`^Event ${text(DATA.events[0].title).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: Start date: `);
  assert.match(await message.textContent(), plain);
  // The typed value is kept, the summary links to the field, the preview still draws.
  assert.equal(await start.inputValue(), "2024-13-45");
  const link = ed.summary.getByRole("link", { name: plain });
  await link.waitFor();
  assert.match(await ed.summary.locator("li").filter({ hasText: plain }).locator("details").textContent(), /events\[0\]\.start/);
  await ed.kind("Project");
  await link.click();
  await page.waitForFunction(() => document.activeElement?.id === "ed-events-0-start");
  await ed.previewReady();
  assert.ok((await ed.preview.locator(".region[data-id]").count()) > 0);
  assert.deepEqual(page.consoleErrors.filter((e) => /panicked|RuntimeError|unreachable/.test(e)), []);
  await page.close();
});

test("deleting a region that partners reference says which, and cancelling keeps it", async () => {
  const page = await guardedPage();
  const ed = await openEditor(page);
  const region = DATA.regions.find((r) => DATA.partners.some((p) => p.region === r.id));
  const partners = DATA.partners.filter((p) => p.region === region.id).map((p) => p.id);
  await ed.kind("Regions");
  await ed.record("Regions", new RegExp(`\\(${region.id}\\)`));
  await page.getByRole("group", { name: "Record actions" }).getByRole("button", { name: "Delete", exact: true }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor();
  const said = await dialog.textContent();
  for (const id of partners) assert.match(said, new RegExp(`Partners \u201c${id}\u201d \\(region\\)`));
  await page.waitForFunction(() => document.activeElement?.id === "ed-confirm");
  assert.deepEqual(await axeViolations(page, ".ed"), []);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  assert.equal(await page.locator(".ed__forms").getByRole("list", { name: "Regions" }).getByRole("button").count(), DATA.regions.length);
  await page.waitForFunction(() => document.activeElement?.id === "ed-delete");
  // Escape cancels too.
  await page.getByRole("group", { name: "Record actions" }).getByRole("button", { name: "Delete", exact: true }).click();
  await dialog.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "ed-confirm");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  // Clearing: the region goes, and no record names it any more (undo brings both back).
  await page.getByRole("group", { name: "Record actions" }).getByRole("button", { name: "Delete", exact: true }).click();
  await dialog.getByRole("button", { name: "Delete and clear these references" }).click();
  assert.equal(await page.locator(".ed__forms").getByRole("list", { name: "Regions" }).getByRole("button").count(), DATA.regions.length - 1);
  await page.getByRole("button", { name: "Undo" }).click();
  assert.equal(await page.locator(".ed__forms").getByRole("list", { name: "Regions" }).getByRole("button").count(), DATA.regions.length);
  await page.close();
});

test("the saved file passes the validator and differs from the original only by the edits", async () => {
  const page = await guardedPage();
  const ed = await openEditor(page);
  await raiseIndicator(page, ed);
  await ed.kind("Events");
  await page.getByRole("group", { name: "Record actions" }).getByRole("button", { name: "Add a record" }).click();
  await ed.field(/^Id/).fill("editor-test-visit");
  await ed.field(/^Title \(en\)/).fill("Editor test visit");
  await ed.choice(/^Kind/).selectOption("study_visit");
  await ed.field(/^Start date( \*)?$/).fill("2027-04-01");
  await ed.field(/^End date( \*)?$/).fill("2027-04-01");
  await ed.choice(/^Host/).selectOption(DATA.partners[0].id);
  await ed.summary.getByRole("heading", { name: /No problems/ }).waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save (download)" }).click()]);
  assert.equal(download.suggestedFilename(), "secon.json");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "imap-editor-"));
  const file = path.join(dir, "secon.json");
  await download.saveAs(file);
  const saved = fs.readFileSync(file, "utf8");

  // Only the edits: undoing them in the saved file's JSON gives the original text byte for byte
  // (JSON.stringify with two spaces writes the shipped file exactly; a test of map-core pins that).
  const back = JSON.parse(saved);
  const added = back.events.pop();
  assert.deepEqual(added, { id: "editor-test-visit", title: "Editor test visit", kind: "study_visit", start: "2027-04-01", end: "2027-04-01", host: DATA.partners[0].id });
  back.indicators.find((i) => i.id === indicator.id).value = 43;
  assert.equal(JSON.stringify(back, null, 2) + "\n", ORIGINAL);

  // The project's validator accepts it (the xtask binary the test run was started from).
  const xtask = path.join(ROOT, "target/debug/xtask");
  const run = fs.existsSync(xtask)
    ? spawnSync(xtask, ["validate", file], { cwd: ROOT, encoding: "utf8" })
    : spawnSync("cargo", ["xtask", "validate", file], { cwd: ROOT, encoding: "utf8" });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  assert.match(await page.locator(".ed__dirty").textContent(), /No unsaved changes/);
  fs.rmSync(dir, { recursive: true, force: true });
  await page.close();
});

test("a file chosen from the computer opens; one that is not JSON is refused with its reason", async () => {
  const page = await guardedPage();
  await openEditor(page);
  const chooser = page.getByLabel("Open a file from your computer");
  const other = structuredClone(DATA);
  other.project.acronym = "OTHER";
  await chooser.setInputFiles({ name: "other.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(other, null, 2) + "\n") });
  await page.getByRole("status").filter({ hasText: "Opened other.json." }).waitFor();
  assert.equal(await page.getByRole("textbox", { name: /^Acronym/ }).inputValue(), "OTHER");
  await chooser.setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await page.getByRole("status").filter({ hasText: /This file cannot be edited: broken\.json: .*line 1/ }).waitFor();
  // What was open stays open.
  assert.equal(await page.getByRole("textbox", { name: /^Acronym/ }).inputValue(), "OTHER");
  await page.close();
});

test("unsaved edits survive a reload", async () => {
  const page = await guardedPage();
  const ed = await openEditor(page);
  await raiseIndicator(page, ed);
  // Kept as typed, after the preview's pause.
  await page.waitForFunction(() => (localStorage.getItem("interreg-map-editor:draft") ?? "").includes('\\"value\\": 44'));
  await page.reload();
  await page.getByRole("status").filter({ hasText: "Unsaved edits from your last visit were restored." }).waitFor();
  const again = editor(page);
  await again.previewReady();
  await again.kind("Indicators");
  await again.record("Indicators", new RegExp(indicator.id));
  assert.equal(await again.field(/^Value/).inputValue(), "44");
  assert.match(await page.locator(".ed__dirty").textContent(), /Unsaved changes/);
  await page.close();
});

test("the editor is axe clean at 1,366 and 390 px, and screenshots are written", async () => {
  for (const [width, height] of [[1366, 768], [390, 844]]) {
    const page = await guardedPage({ width, height });
    await openEditor(page);
    if (width === 1366) {
      // Every record kind's form, each drawn from the schema.
      for (const kind of ["Project", "Indicators", "Regions", "Policy instruments", "Good practices", "Events", "Sources"]) {
        await editor(page).kind(kind);
        await page.getByRole("heading", { name: new RegExp(`^Editing ${kind}`) }).waitFor();
        assert.deepEqual(await axeViolations(page, ".ed"), [], `${kind} at ${width} px`);
        if (kind === "Indicators") await screenshot(page, `editor-${width}-indicators`);
      }
    }
    await editor(page).kind("Partners");
    assert.deepEqual(await axeViolations(page, ".ed"), [], `at ${width} px`);
    await screenshot(page, `editor-${width}`);
    if (width === 390) {
      await page.getByRole("button", { name: "Preview", exact: true }).click();
      await page.locator(".ed__preview main.imap").waitFor({ state: "visible" });
      assert.deepEqual(await axeViolations(page, ".ed"), [], "the preview on a phone");
      await screenshot(page, `editor-${width}-preview`);
    }
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    await page.close();
  }
});
