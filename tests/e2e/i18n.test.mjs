// Interface languages: ?lang= gives the interface in that language with its number and
// date formats and <html lang>; the language menu switches and the URL keeps it; the browser's
// languages decide when the URL does not; a language the widget lacks, or a catalogue that cannot be
// loaded, leaves an English widget and a message naming the option or the file. Greek and German
// screenshots at 320 and 1,280 px, with no horizontal overflow from long words.
// Expected words are read from the shipped catalogues (dist/i18n/*.ftl), not written here.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { appForFile, openWidget, screenshot, defaultData, DIST, text } from "./harness.mjs";
import { axeViolations } from "./axe.mjs";

const app = appForFile();

/** The simple `key = value` messages of a shipped catalogue (plural selections are skipped). */
function catalogue(lang) {
  const messages = {};
  for (const line of fs.readFileSync(path.join(DIST, "i18n", `${lang}.ftl`), "utf8").split("\n")) {
    const match = line.match(/^([a-z][a-z0-9-]*) = (.+)$/);
    if (match && !match[2].includes("{")) messages[match[1]] = match[2];
  }
  return messages;
}

const htmlLang = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The variants of a plural message of a shipped catalogue: { one: "…{ $count }…", few: …, other: … }. */
function pluralVariants(lang, key) {
  const source = fs.readFileSync(path.join(DIST, "i18n", `${lang}.ftl`), "utf8");
  const block = source.split(`\n${key} = {`)[1]?.split("\n}")[0] ?? "";
  const variants = {};
  for (const match of block.matchAll(/^\s*\*?\[([a-z0-9]+)\] (.+)$/gm)) variants[match[1]] = match[2];
  return variants;
}

test("plural forms follow the language's rules: Polish says 10 with its 'many' form", async () => {
  const forms = pluralVariants("pl", "events-show-earlier");
  assert.ok(forms.many && forms.other && forms.many !== forms.other, JSON.stringify(forms));
  const page = await app.page({ width: 1280, height: 1200 });
  assert.equal(await openWidget(page, app.server.url, "/?lang=pl"), "ready", page.consoleErrors.join("\n"));
  const button = page.locator(".imap__timeline .imap__events-fold");
  const label = (await button.innerText()).trim();
  const count = Number(label.replace(/[^0-9]/g, ""));
  // SECON's data has 10 earlier events; in Polish (CLDR) 10 is "many", 2-4 "few", 1 "one".
  assert.equal(count, 10, label);
  assert.equal(label, forms.many.replace("{ $count }", String(count)));
  await page.close();
});

test("?lang=el: a Greek interface, Greek numbers and dates, lang=\"el\"", async () => {
  const el = catalogue("el");
  const page = await app.page({ width: 1280, height: 1600 });
  await page.emulateMedia({ reducedMotion: "reduce" });
  const data = defaultData();
  // A figure big enough to be grouped: Greek groups thousands with "." (1.914.046).
  data.indicators[0] = { ...data.indicators[0], value: 1914046 };
  await page.route("**/data/secon.json", (route) => route.fulfill({ json: data }));
  assert.equal(await openWidget(page, app.server.url, "/?lang=el"), "ready", page.consoleErrors.join("\n"));
  assert.deepEqual(await htmlLang(page), ["el", "ltr"]);
  await page.getByRole("heading", { name: el["indicators-title"] }).waitFor();
  await page.getByRole("heading", { name: el["past-events"] }).waitFor();
  await page.getByRole("button", { name: el["zoom-in"] }).waitFor();
  await page.getByRole("list", { name: el["legend"] }).waitFor();
  await page.getByRole("group", { name: el["map-label"] }).waitFor();
  const indicators = page.locator(".imap__indicators");
  assert.ok((await indicators.innerText()).includes("1.914.046"), await indicators.innerText());
  // Dates of the timeline in Greek: month names in the Greek alphabet.
  const dates = await page.locator(".imap__event-date").allInnerTexts();
  assert.ok(dates.length > 0 && dates.every((d) => /[α-ωΑ-Ω]/.test(d)), dates.join(" | "));
  // The project's name is given in Greek by the data file: the title shows it.
  await page.getByRole("heading", { level: 1, name: text(data.project.name, "el") }).waitFor();
  // Country names in Greek (from the browser's Intl), e.g. Germany.
  const labels = await page.locator(".labels text").allTextContents();
  assert.ok(labels.includes("Γερμανία"), labels.join(", "));
  // The selected region's panel in Greek.
  const region = data.regions[0].id;
  await page.goto(`${app.server.url}/?lang=el#region=${region}`);
  await page.getByRole("heading", { name: el["partner-organisations"] }).waitFor();
  await page.getByRole("button", { name: el["close-details"] }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "axe in Greek with a region selected");
  await page.close();
});

test("the language menu's links go to the language's page, keeping the address's options and selection", async () => {
  const [de, en] = [catalogue("de"), catalogue("en")];
  const page = await app.page();
  const region = defaultData().regions[2];
  assert.equal(await openWidget(page, app.server.url, `/en.html?theme=dark#region=${region.id}`), "ready");
  await page.getByText(new RegExp(`^${en["language"]}:\\s*English$`)).click();
  await page.getByRole("link", { name: "Deutsch" }).click();
  await page.waitForURL(/\/de\.html/);
  await page.waitForFunction(() => document.querySelector("[data-state]")?.dataset.state === "ready");
  await page.getByRole("heading", { name: de["partner-organisations"] }).waitFor();
  assert.deepEqual(await htmlLang(page), ["de", "ltr"]);
  const url = new URL(page.url());
  assert.equal(url.search, "?theme=dark");
  assert.equal(url.hash, `#region=${region.id}`);
  // The current language is marked for assistive technology.
  await page.getByText(new RegExp(`^${de["language"]}:\\s*Deutsch$`)).click();
  assert.equal(await page.getByRole("link", { name: "Deutsch" }).getAttribute("aria-current"), "page");
  // A reload (or the shared link) stays in German.
  await page.reload();
  await page.waitForFunction(() => document.querySelector("[data-state]")?.dataset.state === "ready");
  await page.getByRole("heading", { name: de["indicators-title"] }).waitFor();
  await page.close();
});

test("without ?lang= the browser's languages decide; one the widget lacks gives English", async () => {
  for (const [locale, want] of [["pl-PL", "pl"], ["fr-FR", "en"]]) {
    // The tests' browser is one persistent profile: its languages are set for this page only.
    const page = await app.page();
    await page.addInitScript((lang) => {
      Object.defineProperty(navigator, "languages", { get: () => [lang, "en"] });
      Object.defineProperty(navigator, "language", { get: () => lang });
    }, locale);
    assert.equal(await openWidget(page, app.server.url, "/"), "ready");
    assert.equal((await htmlLang(page))[0], want, locale);
    await page.getByRole("heading", { name: catalogue(want)["indicators-title"] }).waitFor();
    await page.close();
  }
});

test("a language the widget lacks is said; a catalogue that cannot load gives English and tells only the console", async () => {
  const en = catalogue("en");
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url, "/?lang=fr"), "error");
  const alert = page.getByRole("alert");
  assert.match(await alert.innerText(), /\?lang="fr" is not allowed; expected a language of the widget/);
  await page.getByRole("heading", { name: en["indicators-title"] }).waitFor();
  await page.close();

  // The Greek page as a host that dropped its catalogue block would serve it, and no el.ftl.
  const lost = await app.page();
  await lost.route("**/el.html", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<script type=text\/plain data-file="i18n\/el\.ftl">[^]*?<\/script>/, "");
    await route.fulfill({ response, body });
  });
  await lost.route("**/i18n/el.ftl", (route) => route.fulfill({ status: 404, body: "not here" }));
  assert.equal(await openWidget(lost, app.server.url, "/el.html"), "ready");
  assert.equal(await lost.getByRole("alert").count(), 0, "no technical message to the visitor");
  assert.ok(lost.consoleErrors.some((e) => /i18n\/el\.ftl/.test(e)), lost.consoleErrors.join("\n"));
  // Everything works, in English.
  await lost.getByRole("heading", { name: en["indicators-title"] }).waitFor();
  await lost.getByRole("group", { name: en["map-label"] }).waitFor();
  assert.equal((await htmlLang(lost))[0], "en");
  await lost.close();
});

test("every language at 320 px, Greek and German also at 1,280 px: long words never overflow", async () => {
  const region = defaultData().regions[0].id;
  const languages = fs.readdirSync(path.join(DIST, "i18n")).filter((f) => f.endsWith(".ftl")).map((f) => f.slice(0, -4));
  assert.equal(languages.length, 10, languages.join(", "));
  for (const lang of languages) {
    const sizes = ["el", "de"].includes(lang) ? [[320, 640], [1280, 800]] : [[320, 640]];
    for (const [width, height] of sizes) {
      const page = await app.page({ width, height });
      await page.emulateMedia({ reducedMotion: "reduce" });
      assert.equal(await openWidget(page, app.server.url, `/?lang=${lang}#region=${region}`), "ready");
      await page.getByRole("heading", { name: catalogue(lang)["partner-organisations"] }).waitFor();
      // Open the list too, so its buttons are measured.
      await page.getByRole("button", { name: catalogue(lang)["list"], exact: true }).click();
      const over = await overflow(page);
      assert.ok(over <= 0, `${lang}: the page is ${over}px wider than ${width}px`);
      const wide = await page.evaluate((limit) =>
        [...document.querySelectorAll("main *")]
          .filter((e) => e.getBoundingClientRect().right > limit + 1 && e.getClientRects().length)
          .filter((e) => !e.closest("svg") && getComputedStyle(e).position !== "absolute")
          .map((e) => `${e.tagName}.${e.className}: ${e.textContent.slice(0, 30)}`)
          .slice(0, 5), width);
      assert.deepEqual(wide, [], `${lang} at ${width}px`);
      await screenshot(page, `lang-${lang}-${width}`);
      await page.close();
    }
  }
});

test("in Greek a Greek region is named as its people name it, from GISCO's national names", async () => {
  const page = await app.page({ width: 320, height: 640 });
  assert.equal(await openWidget(page, app.server.url, "/?lang=el#region=peloponnese"), "ready", page.consoleErrors.join("\n"));
  const regions = JSON.parse(fs.readFileSync(path.join(DIST, "geo/regions.json"), "utf8"));
  const national = regions.features.find((f) => f.id === "peloponnese").name_local;
  assert.equal(national, "Πελοπόννησος");
  await page.getByRole("heading", { level: 2, name: national, exact: true }).waitFor();
  await screenshot(page, "greek-peloponnese-320");
  // A region of another country keeps the data's name.
  await page.goto(`${app.server.url}/?lang=el#region=mazovia`);
  await page.getByRole("heading", { level: 2, name: "Mazovia", exact: true }).waitFor();
  // In English the data's English name.
  await page.goto(`${app.server.url}/?lang=en#region=peloponnese`);
  await page.getByRole("heading", { level: 2, name: "Peloponnese", exact: true }).waitFor();
});
