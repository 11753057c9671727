// The widget embedded with the code embed.html publishes, on a hostile partner page
// (hostile-host.html) served from another origin: the iframe takes the height of the widget's
// content and follows it, nothing overflows a 320 px column, and embed.js believes height messages
// only from the widget's own iframe.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { start, screenshot, DIST, defaultData } from "./harness.mjs";
import { axeViolations } from "./axe.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const FRAME_TITLE = "Map of the project's partner regions and indicators";

let app;
let host;
before(async () => {
  app = await start();
  host = await serveHost();
});
after(async () => {
  await app?.stop();
  await new Promise((resolve) => host?.server.close(resolve));
});

/**
 * The partner's site: hostile-host.html with the embed code in it, from another origin than the
 * widget's (`localhost` and its own port, where the widget is at 127.0.0.1: both on this machine,
 * as Chromium lets a page on a loopback address frame only another loopback address).
 */
async function serveHost() {
  const server = http.createServer((req, res) => {
    const page = fs.readFileSync(path.join(here, "hostile-host.html"), "utf8").replace("{{SNIPPET}}", snippet());
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(page);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://localhost:${server.address().port}` };
}

/** The embed code as embed.html shows it, pointing at the test server. */
function snippet() {
  const html = fs.readFileSync(path.join(DIST, "embed.html"), "utf8");
  const code = html.match(/<pre id="snippet"[^>]*><code>([\s\S]*?)<\/code><\/pre>/)[1];
  const text = code.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  return text.replaceAll("https://YOUR-SITE/PATH/", `${app.server.url}/`);
}

/** Opens the partner's page; resolves once the widget in it is ready. */
async function openHost(page) {
  await page.goto(`${host.url}/news.html`);
  const iframe = page.locator(`iframe[title="${FRAME_TITLE}"]`);
  const frame = page.frameLocator(`iframe[title="${FRAME_TITLE}"]`);
  await frame.getByRole("group", { name: "Map of the partner regions" }).waitFor();
  const widget = page.frames().find((f) => f.url().startsWith(app.server.url));
  await widget.waitForFunction(() => document.querySelector("main")?.dataset.state === "ready");
  return { iframe, frame, widget };
}

/** Waits until the iframe is exactly as tall as the widget's content, and returns that height. */
async function fitted(page, iframe, widget) {
  for (;;) {
    const content = await widget.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await page.waitForFunction(
      ([el, h]) => Math.abs(el.getBoundingClientRect().height - h) <= 1,
      [await iframe.elementHandle(), content],
    );
    // The content may have changed while the message travelled: measure again.
    const now = await widget.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    if (now === content) return content;
  }
}

test("on a hostile 320 px page the iframe takes the widget's height, intact and without overflow", async () => {
  const page = await app.page({ width: 320, height: 640 });
  const { iframe, frame, widget } = await openHost(page);
  const height = await fitted(page, iframe, widget);
  assert.ok(height > 720 / 2, `the widget's content is ${height}px tall`);
  // All of the widget shows: nothing is left to scroll inside the frame, nothing sticks out sideways.
  const inside = await widget.evaluate(() => ({
    scrollH: document.documentElement.scrollHeight,
    innerH: window.innerHeight,
    scrollW: document.documentElement.scrollWidth,
    innerW: window.innerWidth,
  }));
  assert.ok(inside.scrollH <= inside.innerH + 1, `the frame scrolls: ${JSON.stringify(inside)}`);
  assert.ok(inside.scrollW <= inside.innerW, `the widget is wider than its frame: ${JSON.stringify(inside)}`);
  const hostOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(hostOverflow <= 0, `the host page is ${hostOverflow}px wider than 320px`);
  const frameBox = await iframe.boundingBox();
  assert.ok(frameBox.width <= 320 && frameBox.width >= 300, `the frame is ${frameBox.width}px wide`);

  // The host's resets on svg and path do not reach the map: it spans the frame, its regions are named buttons.
  const map = frame.getByRole("group", { name: "Map of the partner regions" });
  const mapBox = await map.boundingBox();
  assert.ok(mapBox.width > 250, `the map is ${mapBox.width}px wide`);
  const regions = map.getByRole("button");
  assert.ok((await regions.count()) > 0);
  const fill = await regions.first().evaluate((el) => getComputedStyle(el).fill);
  assert.notEqual(fill, "rgb(255, 0, 0)");
  // In the embed layout the page title is left to the host, but still there for screen readers.
  const title = frame.getByRole("heading", { level: 1 });
  assert.ok((await title.boundingBox()).height <= 1, "the title is hidden from view");
  assert.notEqual((await title.innerText()).trim(), "");
  await screenshot(page, "embed-hostile-320");
  assert.deepEqual(page.consoleErrors, []);
});

test("the iframe follows the content when a region's panel opens and closes", async () => {
  const page = await app.page({ width: 320, height: 640 });
  const { iframe, frame, widget } = await openHost(page);
  const before = await fitted(page, iframe, widget);
  const map = frame.getByRole("group", { name: "Map of the partner regions" });
  await map.getByRole("button").first().click();
  await map.getByRole("button", { pressed: true }).waitFor();
  const opened = await fitted(page, iframe, widget);
  assert.ok(opened > before, `the panel did not make the frame taller (${before}px -> ${opened}px)`);
  await map.getByRole("button", { pressed: true }).press("Escape");
  const closed = await fitted(page, iframe, widget);
  assert.ok(Math.abs(closed - before) <= 1, `closing the panel left the frame at ${closed}px, not ${before}px`);
});

test("embed.js ignores height messages from other windows and of another shape", async () => {
  const page = await app.page({ width: 320, height: 640 });
  const { iframe, widget } = await openHost(page);
  const height = await fitted(page, iframe, widget);
  // Record every height the host page gives the iframe from now on.
  await iframe.evaluate((el) => {
    window.__heights = [];
    new MutationObserver(() => window.__heights.push(el.style.height)).observe(el, { attributeFilter: ["style"] });
  });
  // The right shape from the host page itself, and from another site's frame on the page.
  await page.evaluate(() => window.postMessage({ type: "interreg-map:height", height: 50 }, "*"));
  await page.evaluate(async () => {
    const other = document.createElement("iframe");
    other.setAttribute("data-interreg-map", "");
    other.srcdoc = "<script>parent.postMessage({ type: 'interreg-map:height', height: 60 }, '*')<\/script>";
    const loaded = new Promise((resolve) => other.addEventListener("load", resolve));
    document.body.append(other);
    await loaded;
  });
  // From the widget's own frame, but malformed.
  for (const bad of [{ type: "interreg-map:height", height: "70px" }, { type: "other", height: 80 }, { height: 90 }, { type: "interreg-map:height", height: 1e9 }, "interreg-map:height 100"]) {
    await widget.evaluate((message) => parent.postMessage(message, "*"), bad);
  }
  // A well-formed message from the widget's frame last: once it is applied, all the above were handled.
  await widget.evaluate((h) => parent.postMessage({ type: "interreg-map:height", height: h }, "*"), height + 7);
  await page.waitForFunction(([el, h]) => el.style.height === `${h}px`, [await iframe.elementHandle(), height + 7]);
  assert.deepEqual(await page.evaluate(() => window.__heights.filter((h, i, all) => all.indexOf(h) === i)), [`${height + 7}px`]);
});

test("URL options: ?show= keeps only the parts asked for, ?theme=dark darkens the widget, #region= opens a region", async () => {
  const page = await app.page({ width: 1280, height: 800 });
  await page.goto(`${app.server.url}/?embed=1&show=counters`);
  await page.waitForFunction(() => document.querySelector("main")?.dataset.state === "ready");
  await page.getByRole("heading", { name: "Project indicators" }).waitFor();
  assert.equal(await page.getByRole("group", { name: "Map of the partner regions" }).count(), 0);
  assert.equal(await page.getByRole("heading", { name: /events/i }).count(), 0);
  assert.equal(await page.getByRole("button", { name: "List" }).count(), 0);

  await page.goto(`${app.server.url}/?show=list&theme=dark`);
  await page.waitForFunction(() => document.querySelector("main")?.dataset.state === "ready");
  // Without a map the text list is open from the start.
  await page.getByRole("heading", { name: "Regions, partners and good practices" }).waitFor();
  assert.equal(await page.getByRole("heading", { name: "Project indicators" }).count(), 0);
  const background = await page.locator("main").evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `the dark theme's background is ${background}`);
  await screenshot(page, "theme-dark-list-1280");

  await page.goto(`${app.server.url}/?embed=1&theme=dark#region=${defaultData().regions[0].id}`);
  await page.waitForFunction(() => document.querySelector("main")?.dataset.state === "ready");
  const name = defaultData().regions[0].name;
  await page.getByRole("heading", { level: 2, name: typeof name === "string" ? name : name.en, exact: true }).waitFor();
  await screenshot(page, "theme-dark-region-1280");
  assert.deepEqual(await axeViolations(page), [], "dark theme with a region selected");

  await page.goto(`${app.server.url}/?theme=pink`);
  await page.waitForFunction(() => document.querySelector("main")?.dataset.state === "error");
  await page.getByText(/theme="pink".*light, dark, contrast or auto/).waitFor();
});
