// Every visitor reads their own language at once: the build prerenders one page per interface
// language (`el.html` beside `index.html`, src/prerender/page.rs), the page's language script
// sends a visitor to theirs before anything is painted, and the page never goes wordless: a wasm
// that is held back, fails or cannot run leaves the first view readable with a notice in the
// page's language; without script the languages are links, the map's labels readable on a phone
// and the followed region marked, and nothing the page cannot use is downloaded.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { DIST, appForFile, catalogue, defaultData, holdWasm, screenshot, text, waitDone } from "./harness.mjs";

const app = appForFile();
const noScript = appForFile({ javaScriptEnabled: false });
const data = defaultData();

/** A page whose browser asks for `locale` first (set before any script of the page runs). */
async function browserIn(locale, size) {
  const page = await app.page(size);
  await page.addInitScript((lang) => {
    Object.defineProperty(navigator, "languages", { get: () => [lang, "en"] });
    Object.defineProperty(navigator, "language", { get: () => lang });
  }, locale);
  return page;
}

/** Whether `locator`'s text is painted: visible and not transparent. */
async function readable(locator) {
  return locator.evaluate((e) => {
    const style = getComputedStyle(e);
    const box = e.getBoundingClientRect();
    return style.visibility === "visible" && style.color !== "rgba(0, 0, 0, 0)" && box.width > 0 && box.height > 0
      && getComputedStyle(document.body).visibility === "visible";
  });
}

/** Every element that could move at the takeover, with its place, and the page's text. */
const snapshot = (page) =>
  page.evaluate(() => ({
    text: document.querySelector("main").innerText,
    boxes: [...document.querySelectorAll("main h1, main h2, main summary, main [data-id], main .imap__indicator-value")]
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => {
        const r = e.getBoundingClientRect();
        return `${e.getAttribute("data-id") ?? e.textContent.trim()} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
      }),
  }));

test("a Greek, Polish or Bulgarian browser reads its language with the wasm held back", async () => {
  for (const [locale, lang] of [["el-GR", "el"], ["pl-PL", "pl"], ["bg-BG", "bg"]]) {
    const page = await browserIn(locale);
    await holdWasm(page);
    await page.goto(app.server.url + "/");
    assert.equal(new URL(page.url()).pathname, `/${lang}.html`, locale);
    const heading = page.getByRole("heading", { name: catalogue(lang)["indicators-title"] });
    await heading.waitFor();
    assert.ok(await readable(heading), `${locale}: the heading is painted`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    const acronym = data.project.acronym;
    assert.equal(await page.title(), catalogue(lang)["page-title"].replace("{ $project }", acronym));
    await page.close();
  }
  // ?lang= decides over the browser, and goes to its page keeping the rest of the address.
  const page = await browserIn("pl-PL");
  await holdWasm(page);
  await page.goto(app.server.url + `/?lang=el&theme=dark#region=${data.regions[0].id}`);
  const url = new URL(page.url());
  assert.equal(url.pathname, "/el.html");
  assert.equal(url.search, "?theme=dark");
  assert.equal(url.hash, `#region=${data.regions[0].id}`);
  const heading = page.getByRole("heading", { name: catalogue("el")["indicators-title"] });
  assert.ok(await readable(heading));
  await page.close();
});

test("with the wasm failing, every language, ?present=1 and ?data= are readable and say what needs script", async () => {
  const languages = fs.readdirSync(DIST).filter((f) => /^[a-z]{2,3}\.html$/.test(f)).map((f) => f.slice(0, -5));
  assert.ok(languages.length >= 10, languages.join(", "));
  const fail = (page) => page.route("**/*.wasm", (route) => route.fulfill({ status: 503, body: "unavailable" }));
  for (const lang of languages) {
    const page = await app.page();
    await fail(page);
    await page.goto(`${app.server.url}/${lang}.html`);
    const notice = page.getByText(catalogue(lang)["needs-script"]);
    await notice.waitFor({ timeout: 3000 });
    assert.ok(await readable(notice), lang);
    assert.ok(await readable(page.getByRole("heading", { name: catalogue(lang)["indicators-title"] })), lang);
    await page.close();
  }
  const en = catalogue("en");
  const present = await app.page({ width: 1280, height: 720 });
  await fail(present);
  await present.goto(`${app.server.url}/en.html?present=1`);
  await present.getByText(en["needs-script"]).waitFor({ timeout: 3000 });
  assert.ok(await readable(present.getByRole("heading", { name: en["indicators-title"] })), "?present=1 shows the first view");
  await present.close();

  const other = await app.page();
  await fail(other);
  await other.goto(`${app.server.url}/en.html?data=fixtures/data/date-impossible.json`);
  const said = other.locator(".imap-boot__failed-data");
  await said.waitFor({ timeout: 3000 });
  assert.match(await said.innerText(), /fixtures\/data\/date-impossible\.json/);
  // Another data file's page never shows the build's project.
  assert.equal(await other.getByRole("heading", { name: en["indicators-title"] }).isVisible(), false);
  await other.close();
});

test("a page the first view cannot be says it is loading until the wasm has drawn it", async () => {
  const page = await app.page();
  const release = await holdWasm(page);
  await page.goto(`${app.server.url}/en.html?data=fixtures/data/date-impossible.json`);
  const loading = page.getByText(catalogue("en")["loading-map"]);
  await loading.waitFor();
  assert.ok(await readable(loading));
  release();
  await waitDone(page);
  assert.equal(await loading.isVisible(), false);
  await page.close();
});

test("no element moves at the takeover in Greek, Bulgarian or Polish", async () => {
  for (const lang of ["el", "bg", "pl"]) {
    for (const [width, height] of [[390, 844], [1280, 800]]) {
      const page = await app.page({ width, height });
      await page.emulateMedia({ reducedMotion: "reduce" });
      const release = await holdWasm(page);
      await page.goto(`${app.server.url}/${lang}.html`);
      await page.getByRole("heading", { name: catalogue(lang)["indicators-title"] }).waitFor();
      if (["el", "bg"].includes(lang)) await screenshot(page, `first-view-${lang}-${width}`);
      const before = await snapshot(page);
      release();
      await waitDone(page);
      const after = await snapshot(page);
      assert.equal(after.text, before.text, `${lang} at ${width} px: the text changed at the takeover`);
      assert.deepEqual(after.boxes, before.boxes, `${lang} at ${width} px: something moved at the takeover`);
      if (["el", "bg"].includes(lang)) await screenshot(page, `first-view-${lang}-${width}-ready`);
      await page.close();
    }
  }
});

test("without script: language links, labels a phone can read, the followed region marked, no wasm", async () => {
  const page = await noScript.page({ width: 390, height: 844 });
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  const region = data.regions[0];
  await page.goto(`${noScript.server.url}/#region=${region.id}`);
  // The language menu: a disclosure of plain links.
  await page.getByText(catalogue("en")["language"], { exact: false }).first().click();
  const greek = page.getByRole("link", { name: "Ελληνικά" });
  assert.equal(await greek.getAttribute("href"), "el.html");
  // Country labels at least 11 px on screen.
  const sizes = await page.evaluate(() =>
    [...document.querySelectorAll(".imap__svg .labels text")].map((t) => {
      const scale = t.ownerSVGElement.getScreenCTM().a;
      return parseFloat(getComputedStyle(t).fontSize) * scale;
    }));
  assert.ok(sizes.length > 0);
  assert.ok(Math.min(...sizes) >= 11, `labels: ${sizes.map((s) => s.toFixed(1)).join(", ")} px`);
  // The followed region is marked as the wasm would select it.
  const fill = await page.locator(`[data-id="${region.id}"] .region`).evaluate((e) => getComputedStyle(e).fill);
  const selected = await page.evaluate(() => getComputedStyle(document.querySelector(".imap")).getPropertyValue("--imap-selected").trim());
  const other = await page.locator(`[data-id="${data.regions[1].id}"] .region`).evaluate((e) => getComputedStyle(e).fill);
  assert.notEqual(fill, other, "the followed region looks different from the others");
  assert.ok(selected.length > 0);
  await screenshot(page, "no-script-390");
  // Following the Greek link gives the Greek page, still without script.
  await greek.click();
  await page.getByRole("heading", { name: catalogue("el")["indicators-title"] }).waitFor();
  assert.deepEqual(requests.filter((p) => /\.(wasm|js)$/.test(p) || p.startsWith("/data/") || p.startsWith("/i18n/")), []);
  await page.close();
});

test("every page names its siblings for search engines and its project in its language", async () => {
  const page = await app.page();
  await holdWasm(page);
  await page.goto(`${app.server.url}/bg.html`);
  const alternates = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel="alternate"]')].map((l) => `${l.hreflang} ${l.getAttribute("href")}`));
  for (const lang of ["en", "bg", "el", "pl"]) assert.ok(alternates.includes(`${lang} ${lang}.html`), alternates.join(", "));
  assert.ok(alternates.includes("x-default ./"));
  const description = await page.locator('meta[name="description"]').getAttribute("content");
  assert.ok(description.includes(text(data.project.name, "bg")), description);
  await page.close();
});

test("the embed page offers the map's languages and writes the chosen one's page into the code", async () => {
  const page = await app.page();
  await page.goto(`${app.server.url}/embed.html`);
  const code = page.getByRole("region", { name: "Embed code" }).or(page.locator("#snippet"));
  assert.match(await code.innerText(), /\/\?embed=1"/, "by default each visitor's own language");
  const menu = page.getByRole("combobox", { name: /Language of the map/ });
  await menu.locator("option[value=el]").waitFor({ state: "attached" });
  await menu.selectOption("el");
  assert.match(await code.innerText(), new RegExp(`${app.server.url}/el\\.html\\?embed=1"`));
  const frame = page.frameLocator("#preview");
  await frame.getByRole("heading", { name: catalogue("el")["indicators-title"] }).waitFor();
  await page.close();
});
