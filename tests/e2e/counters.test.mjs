// The indicator counters: each counts up to exactly its figure in the data file when it
// first comes into view, never before; with reduced motion it shows the figure from the first paint;
// screen readers get the final figure only; numbers follow the page's language; the data's note and
// source are shown as the data gives them; axe finds no violation.
//
// The moving digits are painted by CSS (`::before { content: attr(data-value) }`) on an aria-hidden
// element, so a screen reader and innerText see only the final figure. The tests read what is
// painted through getComputedStyle, and record every value ever set with a MutationObserver that
// is installed before the page's own scripts run, so no frame escapes them.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { appForFile, openWidget, screenshot, defaultData, SCREENSHOTS, DIST, text } from "./harness.mjs";
import { axeViolations } from "./axe.mjs";

const app = appForFile();

const digits = (s) => s.replace(/[^0-9]/g, "");

/** Page object of the indicators section. */
function indicators(page, title = "Project indicators") {
  const section = page.getByRole("region", { name: title });
  const list = section.getByRole("list", { name: title });
  const item = (label) => list.getByRole("listitem").filter({ hasText: label });
  return {
    section,
    list,
    item,
    /** The figure painted in the counter labelled `label` (the visible, moving one). */
    async shown(label) {
      return item(label)
        .locator(".imap__indicator-value")
        .evaluate((el) => {
          const content = getComputedStyle(el, "::before").content;
          return content === "none" ? "" : JSON.parse(content);
        });
    },
    /** Waits (every frame, 10 s at most) until the counter labelled `label` paints `value`. */
    async waitShown(label, value) {
      const el = await item(label).locator(".imap__indicator-value").elementHandle();
      await page.waitForFunction(
        ([node, want]) => getComputedStyle(node, "::before").content === JSON.stringify(want),
        [el, value],
        { polling: "raf", timeout: 10000 },
      );
    },
  };
}

/** Records every data-value any counter ever gets, from the first node the page creates. */
async function recordCounterValues(page) {
  await page.addInitScript(() => {
    window.__counterValues = [];
    // Only the wasm's counters: the prerendered first view's show their final figures.
    const record = (el) =>
      !el.closest("[data-prerendered]") &&
      window.__counterValues.push({
        id: el.closest("li")?.dataset.id,
        final: el.dataset.final,
        value: el.dataset.value,
      });
    const visit = (node) => {
      if (node.nodeType !== 1) return;
      if (node.classList.contains("imap__indicator-value")) record(node);
      node.querySelectorAll(".imap__indicator-value").forEach(record);
    };
    new MutationObserver((mutations) => {
      for (const m of mutations) {
        if (m.type === "attributes") visit(m.target);
        m.addedNodes.forEach(visit);
      }
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["data-value"],
    });
  });
}

test("counters already on screen in the first view keep their figures when the wasm takes over", async () => {
  const page = await app.page({ width: 1280, height: 1600 });
  await recordCounterValues(page);
  assert.equal(await openWidget(page, app.server.url), "ready", page.consoleErrors.join("\n"));
  await frames(page, 10);
  const data = defaultData();
  const seen = await page.evaluate(() => window.__counterValues);
  for (const indicator of data.indicators) {
    const values = seen.filter((s) => s.id === indicator.id).map((s) => Number(digits(s.value)));
    assert.ok(values.length > 0, `${indicator.id} is drawn by the wasm`);
    assert.deepEqual([...new Set(values)], [indicator.value], `${indicator.id} never counts again: ${values}`);
  }
  await page.close();
});

/** Resolves after `n` animation frames: lets time pass by a condition, never by a sleep. */
const frames = (page, n) =>
  page.evaluate(
    (count) =>
      new Promise((resolve) => {
        const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(count);
      }),
    n,
  );

test("every counter counts up from 0 when first seen and ends exactly on the data file's value", async () => {
  // On a phone the indicators are below the map: none is seen before the wasm has taken over.
  const page = await app.page({ width: 320, height: 640 });
  await recordCounterValues(page);
  assert.equal(await openWidget(page, app.server.url), "ready", page.consoleErrors.join("\n"));
  const view = indicators(page);
  const data = defaultData();
  assert.equal(await view.list.getByRole("listitem").count(), data.indicators.length);
  for (const indicator of data.indicators) {
    await view.item(text(indicator.label)).scrollIntoViewIfNeeded();
    await view.waitShown(text(indicator.label), String(indicator.value));
    assert.equal(await view.shown(text(indicator.label)), String(indicator.value));
  }
  const seen = await page.evaluate(() => window.__counterValues);
  for (const indicator of data.indicators) {
    const values = seen
      .filter((s) => s.id === indicator.id)
      .map((s) => Number(digits(s.value)));
    assert.equal(values[0], 0, `${indicator.id} starts on 0: ${values}`);
    assert.equal(values.at(-1), indicator.value, `${indicator.id} ends on its value`);
    for (let i = 1; i < values.length; i++) {
      assert.ok(values[i] >= values[i - 1], `${indicator.id} never goes down: ${values}`);
      assert.ok(values[i] <= indicator.value, `${indicator.id} never passes its value: ${values}`);
    }
    if (indicator.value >= 8) {
      assert.ok(new Set(values).size >= 3, `${indicator.id} counts (not jumps): ${values}`);
    }
  }
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test("with reduced motion every counter shows its final value from the first paint", async () => {
  const page = await app.page({ width: 1280, height: 1600 });
  await page.emulateMedia({ reducedMotion: "reduce" });
  await recordCounterValues(page);
  assert.equal(await openWidget(page, app.server.url), "ready");
  const view = indicators(page);
  const data = defaultData();
  for (const indicator of data.indicators) {
    assert.equal(await view.shown(text(indicator.label)), String(indicator.value), indicator.id);
  }
  await frames(page, 10);
  const seen = await page.evaluate(() => window.__counterValues);
  assert.ok(seen.length >= data.indicators.length, "every counter was recorded");
  for (const { final, value } of seen) {
    assert.equal(value, final, "a counter showed something other than its final value");
  }
  await page.close();
});

test("counters below the fold stay on 0 until they are scrolled into view", async () => {
  const page = await app.page({ width: 320, height: 480 });
  assert.equal(await openWidget(page, app.server.url), "ready");
  const view = indicators(page);
  const first = defaultData().indicators[0];
  const label = text(first.label);
  const box = await view.item(label).boundingBox();
  assert.ok(box.y > 480, `the first counter is below the fold (top at ${box.y}px)`);
  await frames(page, 60);
  assert.equal(await view.shown(label), "0", "it has not started before it is seen");
  await view.item(label).scrollIntoViewIfNeeded();
  await view.waitShown(label, String(first.value));
  assert.equal(await view.shown(label), String(first.value));
  await page.close();
});

test("screen readers read each final figure once, with its label", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const view = indicators(page);
  // Mid-count or not, the accessibility tree holds the final figure and never the moving one.
  const snapshot = await view.list.ariaSnapshot();
  for (const indicator of defaultData().indicators) {
    const line = `${indicator.value} ${text(indicator.label)}`;
    assert.ok(snapshot.includes(line), `"${line}" in:\n${snapshot}`);
  }
  // Each figure once; a figure that counts a list also says "11 of 30 listed here" (two numbers).
  const listing = defaultData().indicators.filter((i) => i.counts).length;
  assert.equal(snapshot.match(/\d+/g).length, defaultData().indicators.length + 2 * listing, snapshot);
  await page.close();
});

test("the data's note for all indicators is said once, a source without address as text", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const data = defaultData();
  const section = indicators(page).section;
  const shown = (await section.innerText()).replace(/\s+/g, " ");
  const note = text(data.project.indicators_note);
  assert.ok(data.indicators.every((i) => !i.note), "SECON's note is written once, for all indicators");
  assert.ok(shown.includes(`About these figures: ${note}`), shown);
  assert.equal(shown.split(note).length, 2, "the note is shown once");
  const source = data.sources.find((s) => s.id === data.indicators[0].sources[0]);
  assert.equal(source.url, undefined, "SECON's newsletter has no address");
  assert.ok(shown.includes(`Source: ${text(source.title)}`), shown);
  assert.equal(await section.getByRole("link").count(), 0, "no link is invented");
  const targets = await section.locator(".imap__indicator-target").allInnerTexts();
  assert.ok(targets.every((t) => !/ of \d/.test(t)), "no target in the data, so no progress is shown");
  await page.close();
});

test("a figure that counts one of the file's lists says how many of them are listed", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const data = defaultData();
  const counting = data.indicators.filter((i) => i.counts);
  assert.ok(counting.length > 0, "SECON's good practices indicator names its list");
  for (const indicator of counting) {
    const item = indicators(page).item(text(indicator.label));
    const listed = data[indicator.counts].length;
    assert.ok(listed < indicator.value, "the file lists fewer than the project counts");
    await item.getByText(`${listed} of ${indicator.value} listed here`).waitFor();
  }
  await page.close();
});

test("numbers and words follow the page's language; a target shows progress; own notes and source links", async () => {
  const page = await app.page({ width: 1280, height: 1600 });
  const data = defaultData();
  data.indicators[0] = { ...data.indicators[0], value: 1914046, target: 2000000, note: "Own note." };
  data.sources.push({ id: "s-web", url: "https://example.org/figures", title: "Figures page" });
  data.indicators[1] = { ...data.indicators[1], sources: ["s-web"] };
  // The same widget embedded in a German page, with a data file that has a target.
  await page.route("**/data/secon.json", (route) => route.fulfill({ json: data }));
  await page.route(/\/(index\.html)?$/, async (route) => {
    const response = await route.fetch();
    // The host's page says it is German: its own <html lang>, in place of the build's English one
    // (and not the build's choice by the browser's languages, which index.html marks).
    const body = (await response.text()).replace(/<html\b[^>]*>/i, (tag) =>
      tag.replace("lang=en", 'lang="de"').replace(" data-imap-negotiate", ""));
    await route.fulfill({ response, body });
  });
  assert.equal(await openWidget(page, app.server.url), "ready", page.consoleErrors.join("\n"));
  // The section's German title, from the shipped catalogue.
  const german = fs.readFileSync(path.join(DIST, "i18n/de.ftl"), "utf8").match(/^indicators-title = (.+)$/m)[1];
  const view = indicators(page, german);
  const label = text(data.indicators[0].label);
  await view.waitShown(label, "1.914.046");
  const item = view.item(label);
  // The page's own lang="de" makes the interface German too ("von", from i18n/de.ftl).
  assert.match(await item.innerText(), /1\.914\.046\s+von 2\.000\.000/);
  assert.ok((await item.innerText()).includes("Own note."), "notes differ, so each counter shows its own");
  await view.section.getByRole("link", { name: "Figures page" }).waitFor();
  await page.close();
});

test("axe finds no violation in the indicators", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  await indicators(page).section.waitFor();
  assert.deepEqual(await axeViolations(page, ".imap__indicators"), []);
  await page.close();
});

test("screenshots of the counters at phone and desktop widths, without horizontal overflow", async () => {
  const data = defaultData();
  for (const [width, height] of [[320, 640], [1280, 800]]) {
    const page = await app.page({ width, height });
    assert.equal(await openWidget(page, app.server.url), "ready");
    const view = indicators(page);
    // Let every counter be seen and finish, so the full-page picture shows the figures.
    for (const indicator of data.indicators) {
      await view.item(text(indicator.label)).scrollIntoViewIfNeeded();
      await view.waitShown(text(indicator.label), String(indicator.value));
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the ${width}px viewport`);
    await screenshot(page, `counters-${width}`);
    await view.section.screenshot({ path: path.join(SCREENSHOTS, `indicators-${width}.png`) });
    await page.close();
  }
});
