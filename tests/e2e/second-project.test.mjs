// A second project's data file the build never saw (tests/fixtures/second-project, fictional:
// four countries, a union of NUTS 3 regions from two NUTS 2 regions, a NUTS 2 and a NUTS 1
// region), used as another project's web person would, with no toolchain: named by `?data=`, or
// put in place of the build's data file. Every region is drawn from the NUTS 3 topology with a
// size, selectable by pointer and keyboard, and opens its partner; a NUTS code that does not
// exist gets a message with the nearest codes; the editor, the embed page and the offline package
// follow the file. Expectations come from the fixture, never hard-coded.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { appForFile, launch, openWidget, screenshot, DIST, FIXTURES, ROOT, text } from "./harness.mjs";
import { serve } from "./server.mjs";

const FIXTURE = "second-project/example-project.json";
const QUERY = `?data=fixtures/${FIXTURE}`;
const DATA = JSON.parse(fs.readFileSync(path.join(FIXTURES, FIXTURE), "utf8"));
const app = appForFile();

const map = (page) => page.getByRole("group", { name: "Map of the partner regions" });
const region = (page, name) => map(page).getByRole("button", { name: new RegExp(`^${name}(:|$)`) });
const panel = (page) => page.getByRole("region", { name: /./ }).filter({ has: page.getByRole("button", { name: "Close details" }) });

/** Data files (`.json` outside geo/) the server was asked for. */
const dataRequests = (requests) => [...new Set(requests.filter((p) => p.endsWith(".json") && !p.startsWith("/geo/")))];

/** Every region of the fixture is drawn with a size, and a click opens its partners. */
async function everyRegionDrawnAndSelectable(page) {
  for (const r of DATA.regions) {
    const button = region(page, text(r.name));
    const box = await button.boundingBox();
    assert.ok(box && box.width > 3 && box.height > 3, `${r.id} has no size: ${JSON.stringify(box)}`);
    await button.click();
    const details = panel(page);
    await details.getByRole("heading", { name: text(r.name) }).waitFor();
    const shown = await details.innerText();
    for (const p of DATA.partners.filter((p) => p.region === r.id)) {
      assert.ok(shown.includes(text(p.name)), `${r.id}: partner ${p.id} missing`);
    }
    assert.equal(await button.getAttribute("aria-pressed"), "true");
    await details.getByRole("button", { name: "Close details" }).click();
  }
}

test("a data file named by ?data= has every region drawn from NUTS 3 with a size, and each opens its partner", async () => {
  const page = await app.page();
  const before = app.server.requests.length;
  assert.equal(await openWidget(page, app.server.url, `/${QUERY}`), "ready");
  await screenshot(page, "second-project-1280");
  await everyRegionDrawnAndSelectable(page);
  const requests = app.server.requests.slice(before);
  assert.ok(requests.includes("/geo/nuts3.json"), "the NUTS 3 topology is fetched for regions the build did not draw");
  // The app asked for no data file but this one (the page's own preload of the build's file is
  // the prerendered page's, see index.html).
  const preload = /<link[^>]*data\/secon\.json[^>]*>/.test(fs.readFileSync(path.join(DIST, "index.html"), "utf8"));
  const others = dataRequests(requests).filter((p) => p !== `/fixtures/${FIXTURE}`);
  assert.deepEqual(others, preload ? ["/data/secon.json"] : []);
  // Nothing of the build's project is left on the map.
  assert.equal(await map(page).getByRole("button", { name: /^Extremadura/ }).count(), 0);
  assert.deepEqual(page.consoleErrors, []);
});

test("the presentation steps through the regions drawn at run time", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url, `/${QUERY}&present=1`), "ready");
  const presenting = page.getByRole("group", { name: "Presentation" });
  await presenting.waitFor();
  const position = presenting.getByText(/^Step \d+ of \d+$/);
  for (const r of DATA.regions) {
    // A panel longer than the screen is paged through before the next step.
    const before = await position.innerText();
    for (let i = 0; i < 12 && (await position.innerText()) === before; i += 1) await page.keyboard.press("PageDown");
    await page.getByRole("heading", { level: 2, name: text(r.name), exact: true }).waitFor();
    const box = await region(page, text(r.name)).boundingBox();
    assert.ok(box && box.width > 3, `${r.id} is not on the map: ${JSON.stringify(box)}`);
    if (r.nuts.length > 1) await screenshot(page, "second-project-present-1280");
  }
});

test("the keyboard alone selects a region drawn at run time and opens its partner", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url, `/${QUERY}`), "ready");
  const target = DATA.regions.find((r) => r.nuts.length > 1);
  const name = text(target.name);
  let focused = "";
  for (let i = 0; i < 40 && !focused.startsWith(name); i += 1) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  }
  assert.ok(focused.startsWith(name), `Tab never reached ${name} (last: ${focused})`);
  await page.keyboard.press("Enter");
  const details = panel(page);
  await details.getByRole("heading", { name }).waitFor();
  const lead = DATA.partners.find((p) => p.region === target.id);
  assert.ok((await details.innerText()).includes(text(lead.name)));
});

test("a region without a policy instrument record says not given, one the file marks not found says so", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url, `/${QUERY}`), "ready");
  const recorded = new Set(DATA.policy_instruments.map((i) => i.region));
  const without = DATA.regions.find((r) => !recorded.has(r.id));
  const notFound = DATA.regions.find((r) => DATA.policy_instruments.some((i) => i.region === r.id && i.status === "not_found"));
  await region(page, text(without.name)).click();
  await panel(page).getByRole("heading", { name: text(without.name) }).waitFor();
  let shown = await panel(page).innerText();
  assert.match(shown, /Not given/);
  assert.doesNotMatch(shown, /not found in public sources/);
  await panel(page).getByRole("button", { name: "Close details" }).click();
  await region(page, text(notFound.name)).click();
  await panel(page).getByRole("heading", { name: text(notFound.name) }).waitFor();
  shown = await panel(page).innerText();
  assert.match(shown, /not found in public sources/);
});

test("a NUTS code that does not exist is named with the nearest codes, and the other regions are still drawn", async () => {
  const page = await app.page();
  const broken = DATA.regions.find((r) => r.nuts.length === 1 && r.nuts[0].length === 5);
  const wrong = broken.nuts[0].slice(0, 4) + "9";
  await page.route(`**/fixtures/${FIXTURE}`, (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify(DATA).replace(`"${broken.nuts[0]}"`, `"${wrong}"`) }),
  );
  assert.equal(await openWidget(page, app.server.url, `/${QUERY}`), "error");
  const lines = (await page.getByRole("alert").getByRole("listitem").allInnerTexts()).join("\n");
  assert.match(lines, new RegExp(`"${wrong}" is not a NUTS 2024 code`));
  // The nearest codes: the right one is among them, with its name.
  assert.match(lines, new RegExp(`${broken.nuts[0]} \\(`));
  assert.match(lines, new RegExp(`region "${broken.id}" is not drawn`));
  for (const r of DATA.regions.filter((r) => r.id !== broken.id)) {
    await region(page, text(r.name)).waitFor();
  }
});

test("the file put in place of the build's data file is served and drawn (no stale precompressed copy)", async () => {
  assert.ok(!fs.existsSync(path.join(DIST, "data/secon.json.br")), "the build left a .br copy of the data file");
  assert.ok(!fs.existsSync(path.join(DIST, "data/secon.json.gz")), "the build left a .gz copy of the data file");
  const site = fs.mkdtempSync(path.join(os.tmpdir(), "imap-second-"));
  fs.cpSync(DIST, site, { recursive: true });
  fs.copyFileSync(path.join(FIXTURES, FIXTURE), path.join(site, "data/secon.json"));
  const server = await serve({ dist: site, fixtures: FIXTURES });
  try {
    const page = await app.page({ width: 390, height: 844 });
    assert.equal(await openWidget(page, server.url), "ready");
    await screenshot(page, "second-project-replaced-390");
    await everyRegionDrawnAndSelectable(page);
    assert.deepEqual(dataRequests(server.requests), ["/data/secon.json"]);
    await page.goto(`${server.url}/?present=1`);
    await page.getByRole("group", { name: "Presentation" }).waitFor();
    await page.waitForFunction(() => document.querySelector("[data-state]")?.dataset.state === "ready");
    await page.keyboard.press("PageDown");
    await page.getByRole("heading", { level: 2, name: text(DATA.regions[0].name), exact: true }).waitFor();
    await screenshot(page, "second-project-present-390");
  } finally {
    await server.close();
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test("editor.html?data= opens that file and finds no problem in it", async () => {
  const page = await app.page();
  await page.goto(`${app.server.url}/editor.html${QUERY}`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole("button", { name: /^Save( \(download\))?$/ }).waitFor();
  await page.getByText(`Opened fixtures/${FIXTURE}`).waitFor();
  await page.getByText("No problems: the file is valid").waitFor();
  await page.waitForFunction(() => document.querySelector(".ed__preview main.imap")?.dataset.state === "ready", null, { timeout: 30000 });
  const preview = page.locator(".ed__preview");
  for (const r of DATA.regions) {
    const map = preview.getByRole("group", { name: "Map of the partner regions" });
    await map.getByRole("button", { name: new RegExp(`^${text(r.name)}(:|$)`) }).waitFor();
  }
});

test("embed.html?data= writes the file into the snippet and shows it in the preview", async () => {
  const page = await app.page();
  await page.goto(`${app.server.url}/embed.html${QUERY}`);
  const code = await page.getByLabel("Embed code").innerText();
  assert.ok(code.includes(`${app.server.url}/?embed=1&data=fixtures/${FIXTURE}`), code);
  const frame = page.frameLocator("#preview");
  await frame.getByRole("group", { name: "Map of the partner regions" }).getByRole("button", { name: new RegExp(`^${text(DATA.regions[0].name)}`) }).waitFor({ timeout: 30000 });
});

test("the offline package of the file (package --data) draws every region from file:// with no network", async () => {
  const file = path.join(ROOT, "target/package/second-project/interreg-map.html");
  assert.ok(fs.existsSync(file), `${file} is missing: \`cargo xtask test\` writes it`);
  const browser = await launch();
  try {
    await browser.context.setOffline(true);
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const requests = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => ["ready", "error"].includes(document.querySelector("[data-state]")?.dataset.state), null, { timeout: 30000 });
    assert.equal(await page.locator("main").getAttribute("data-state"), "ready");
    for (const r of DATA.regions) {
      const box = await region(page, text(r.name)).boundingBox();
      assert.ok(box && box.width > 3, `${r.id} not drawn offline`);
    }
    assert.deepEqual(requests.filter((url) => !url.startsWith("file:") && !url.startsWith("data:")), []);
  } finally {
    await browser.close();
  }
});
