// Themes and print: the widget follows the visitor's system (dark, more
// contrast) unless ?theme= says otherwise, every theme passes axe, the map has a legend, and the
// print view is one page of map, legend, attribution, panel and indicators with no buttons.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appForFile, openWidget, screenshot, defaultData, text } from "./harness.mjs";
import { axeViolations } from "./axe.mjs";

const app = appForFile();

const theme = (page) => page.locator("main").getAttribute("data-theme");
const luminance = async (page) => {
  const background = await page.locator("main").evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  return r + g + b;
};

test("auto follows the system: dark, more contrast, light; a chosen theme does not", async () => {
  const page = await app.page();
  const first = defaultData().regions[0].id;
  for (const [media, query, want] of [
    [{ colorScheme: "dark", contrast: "no-preference" }, "", "dark"],
    [{ colorScheme: "light", contrast: "more" }, "", "contrast"],
    [{ colorScheme: "light", contrast: "no-preference" }, "", "light"],
    [{ colorScheme: "dark", contrast: "no-preference" }, "?theme=light", "light"],
    [{ colorScheme: "light", contrast: "no-preference" }, "?theme=contrast", "contrast"],
  ]) {
    await page.emulateMedia(media);
    assert.equal(await openWidget(page, app.server.url, `/${query}#region=${first}`), "ready");
    // The same address twice is a same-document navigation: the page then follows the system's
    // change through its media listeners, which run after the emulation's change events.
    await page
      .waitForFunction((w) => document.querySelector("main").dataset.theme === w, want, { timeout: 5000 })
      .catch(() => {});
    assert.equal(await theme(page), want, `${JSON.stringify(media)} ${query}`);
    if (want === "light") assert.ok((await luminance(page)) > 600);
    else assert.ok((await luminance(page)) < 150, `${want} is dark`);
    assert.deepEqual(await axeViolations(page), [], `${want} theme, ${JSON.stringify(media)} ${query}`);
    await screenshot(page, `theme-${want}${query ? "-chosen" : ""}-1280`);
  }
  // The system changes while the page is open: an auto widget follows at once.
  await page.emulateMedia({ colorScheme: "light", contrast: "no-preference" });
  assert.equal(await openWidget(page, app.server.url, "/"), "ready");
  assert.equal(await theme(page), "light");
  await page.emulateMedia({ colorScheme: "dark", contrast: "no-preference" });
  await page.waitForFunction(() => document.querySelector("main").dataset.theme === "dark");
  await page.close();
});

test("the map has a legend of its colours and symbols", async () => {
  const page = await app.page({ width: 320, height: 640 });
  assert.equal(await openWidget(page, app.server.url), "ready");
  const legend = page.getByRole("list", { name: "Map legend" });
  for (const item of ["Partner region", "Partner country", "Partner's seat", "Lead partner's seat"]) {
    await legend.getByRole("listitem").filter({ hasText: new RegExp(`^${item}$`) }).waitFor();
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than 320px`);
  await page.close();
});

test("printing in dark mode gives dark text on white paper", async () => {
  for (const [query, scheme] of [["/?theme=dark", "light"], ["/", "dark"]]) {
    const page = await app.page();
    await page.emulateMedia({ colorScheme: scheme });
    assert.equal(await openWidget(page, app.server.url, query), "ready");
    assert.equal(await theme(page), "dark", `${query} with a ${scheme} system draws dark on screen`);
    await page.emulateMedia({ media: "print", colorScheme: scheme });
    const [text, paper] = await page.evaluate(() => [
      getComputedStyle(document.querySelector("h1")).color,
      getComputedStyle(document.querySelector("main")).backgroundColor,
    ]);
    const channel = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const lum = (css) => {
      const [r, g, b] = css.match(/\d+/g).map(Number).map(channel);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [hi, lo] = [lum(paper), lum(text)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    assert.equal(paper, "rgb(255, 255, 255)", `${query}: printed on white`);
    assert.ok(ratio >= 7, `${query}: heading contrast on paper ${ratio.toFixed(1)}:1`);
    await page.close();
  }
});

test("print: map, legend, attribution, the region's panel and the indicators, and no button", async () => {
  const page = await app.page({ width: 1123, height: 794 });
  const region = defaultData().regions[0];
  assert.equal(await openWidget(page, app.server.url, `/#region=${region.id}`), "ready");
  await page.emulateMedia({ media: "print" });
  const visibleButtons = await page.getByRole("button").evaluateAll(
    (all) => all.filter((el) => el.getBoundingClientRect().width > 0 && el.tagName === "BUTTON").map((el) => el.textContent.trim()),
  );
  assert.deepEqual(visibleButtons, []);
  assert.equal(await page.locator(".imap__lang").isVisible(), false, "the language menu is not printed");
  await page.getByRole("list", { name: "Map legend" }).waitFor({ state: "visible" });
  await page.getByText("© EuroGeographics for the administrative boundaries").waitFor({ state: "visible" });
  await page.getByRole("heading", { level: 2, name: text(region.name), exact: true }).waitFor({ state: "visible" });
  // Counters print their final figures, even those never scrolled into view.
  for (const indicator of defaultData().indicators) {
    const painted = await page
      .locator(`[data-id="${indicator.id}"] .imap__indicator-value`)
      .evaluate((el) => getComputedStyle(el, "::before").content);
    assert.equal(painted, JSON.stringify(String(indicator.value)), indicator.id);
  }
  // The timeline stays on screen only (the region's own events are in its panel).
  assert.equal(await page.getByRole("heading", { name: "Upcoming events" }).isVisible(), false);
  await screenshot(page, "print-a4-landscape");
  const pdf = await page.pdf({ format: "A4", landscape: true, printBackground: true });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, `the print view takes ${pages} pages`);
  await page.close();
});

test("high contrast: partner and other countries, regions and the lines to the lead partner stand 3:1 apart", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url, "/?theme=contrast"), "ready");
  await page.getByRole("button", { name: "Show links to the lead partner" }).click();
  const ratios = await page.evaluate(() => {
    const rgb = (el, prop) => getComputedStyle(el)[prop].match(/\d+/g).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => {
      const c = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
    };
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const other = rgb(document.querySelector(".country:not(.partner)"), "fill");
    const partner = rgb(document.querySelector(".country.partner"), "fill");
    const region = rgb(document.querySelector(".region:not(.selected)"), "fill");
    const line = rgb(document.querySelector(".links line"), "stroke");
    return {
      "partner country / other country": ratio(partner, other),
      "region / partner country": ratio(region, partner),
      "line / partner country": ratio(line, partner),
      "line / other country": ratio(line, other),
    };
  });
  for (const [pair, value] of Object.entries(ratios)) assert.ok(value >= 3, `${pair}: ${value.toFixed(2)}:1`);
  await screenshot(page, "theme-contrast-links-1280");
});
