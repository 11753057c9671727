// Export: "Download SVG" saves the current view as a self-contained SVG named after the
// project and the region, with the title, the legend and the attribution; "Download PNG" saves the
// same drawing at twice its size. The files are read back as a visitor's programs would: the SVG
// through the browser's XML parser, the PNG by its header and its pixels.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { appForFile, openWidget, screenshot, defaultData, SCREENSHOTS, text } from "./harness.mjs";

const app = appForFile();

const slug = (value) =>
  value.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
const map = (page) => page.getByRole("group", { name: "Map of the partner regions" });
const exportsOf = (page) => page.getByRole("group", { name: "Download the map" });

/** Clicks a download button and returns the file's suggested name and its bytes. */
async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), exportsOf(page).getByRole("button", { name }).click()]);
  assert.equal(await file.failure(), null, name);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

/**
 * A blank page beside `page`, for looking at a downloaded file as another program would: the
 * widget's page has its own Content-Security-Policy, which governs what is parsed or drawn in it.
 */
async function scratchOf(page) {
  return page.context().newPage();
}

/** The SVG parsed by the browser's XML parser (as a program opening the file would). */
async function parseSvg(page, svg) {
  const scratch = await scratchOf(page);
  const parsed = await scratch.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    const root = doc.documentElement;
    const selected = doc.querySelector('.region.selected');
    return {
      error: doc.getElementsByTagName("parsererror").length > 0,
      root: root.localName,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute("width")),
      height: Number(root.getAttribute("height")),
      title: doc.querySelector("svg > title")?.textContent ?? "",
      texts: [...doc.querySelectorAll("text")].map((t) => t.textContent),
      selected: selected && { id: selected.getAttribute("data-id"), d: selected.getAttribute("d") ?? "" },
      transform: doc.querySelector(".imap__zoomable")?.getAttribute("transform"),
      scripts: doc.getElementsByTagName("script").length,
      external: [...doc.querySelectorAll("[href]")].map((e) => e.getAttribute("href")),
    };
  }, svg);
  await scratch.close();
  return parsed;
}

test("Download SVG saves the current view as a valid SVG with the title, the region and the attribution", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  await map(page).getByRole("button", { name: /^Extremadura(:|$)/ }).click();
  await map(page).getByRole("button", { name: /^Extremadura(:|$)/, pressed: true }).waitFor();
  // Selecting zooms to the region: wait for the view to settle, then export it.
  await page.waitForTimeout(500);
  const liveTransform = await page.locator(".imap__zoomable").getAttribute("transform");
  const { name, bytes } = await download(page, "Download SVG");
  const project = defaultData().project;
  assert.equal(name, `${slug(project.acronym)}-extremadura.svg`);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  fs.writeFileSync(path.join(SCREENSHOTS, "export-extremadura.svg"), bytes);

  const svg = await parseSvg(page, bytes.toString("utf8"));
  assert.equal(svg.error, false, "the SVG does not parse as XML");
  assert.equal(svg.root, "svg");
  assert.equal(svg.namespace, "http://www.w3.org/2000/svg");
  assert.ok(svg.width > 0 && svg.height > 0, `size ${svg.width} × ${svg.height}`);
  assert.match(svg.title, new RegExp(project.acronym));
  assert.ok(svg.title.includes("Extremadura"), svg.title);
  const all = svg.texts.join(" ");
  assert.ok(all.includes("EuroGeographics"), "attribution missing");
  assert.ok(all.includes("© EuroGeographics for the administrative boundaries · Source: Eurostat GISCO"));
  assert.ok(all.includes(project.acronym) && all.includes(text(project.name).split(" ")[0]), "title missing");
  for (const entry of ["Partner region", "Partner country", "Partner's seat", "Lead partner's seat"]) {
    assert.ok(svg.texts.includes(entry), `legend entry ${entry} missing`);
  }
  // The selected region is drawn, and the view is the one on screen (same zoom and pan).
  assert.equal(svg.selected?.id, "extremadura");
  assert.ok(svg.selected.d.length > 20, "the selected region has no shape");
  assert.equal(svg.transform, liveTransform);
  // Self-contained: no script, nothing fetched from anywhere.
  assert.equal(svg.scripts, 0);
  assert.deepEqual(svg.external, []);
  assert.deepEqual(page.consoleErrors, []);
});

test("Download PNG saves the same drawing at exactly twice the SVG's size", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url, "/#region=extremadura"), "ready");
  await map(page).getByRole("button", { name: /^Extremadura(:|$)/, pressed: true }).waitFor();
  await page.waitForTimeout(500);
  const svg = await parseSvg(page, (await download(page, "Download SVG")).bytes.toString("utf8"));
  const { name, bytes } = await download(page, "Download PNG");
  assert.equal(name, `${slug(defaultData().project.acronym)}-extremadura.png`);
  fs.writeFileSync(path.join(SCREENSHOTS, "export-extremadura.png"), bytes);

  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "PNG signature");
  assert.equal(bytes.subarray(12, 16).toString("latin1"), "IHDR");
  assert.equal(bytes.readUInt32BE(16), 2 * svg.width, "PNG width");
  assert.equal(bytes.readUInt32BE(20), 2 * svg.height, "PNG height");

  // The PNG is the drawing, not an empty canvas: the selected region's colour and dark title text
  // are among its pixels.
  const selected = await page.evaluate(() =>
    getComputedStyle(document.querySelector(".region.selected")).fill.match(/\d+/g).map(Number),
  );
  const scratch = await scratchOf(page);
  const colours = await scratch.evaluate(async ([base64, selected]) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let [region, dark] = [0, 0];
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (Math.abs(r - selected[0]) + Math.abs(g - selected[1]) + Math.abs(b - selected[2]) < 12) region += 1;
      if (r + g + b < 150) dark += 1;
    }
    return { region, dark };
  }, [bytes.toString("base64"), selected]);
  await scratch.close();
  assert.ok(colours.region > 500, `selected region pixels: ${colours.region}`);
  assert.ok(colours.dark > 500, `text pixels: ${colours.dark}`);
  assert.deepEqual(page.consoleErrors, []);
});

test("text from the data file stays text in the SVG", async () => {
  const page = await app.page();
  const data = defaultData();
  data.project.acronym = "<script>alert(1)</script> & Co";
  data.regions.find((r) => r.id === "extremadura").name = "Extremadura <b>&amp;</b> ' \"";
  await page.route("**/data/secon.json", (route) => route.fulfill({ json: data }));
  assert.equal(await openWidget(page, app.server.url, "/#region=extremadura"), "ready");
  const { name, bytes } = await download(page, "Download SVG");
  assert.equal(name, "script-alert-1-script-co-extremadura-b-amp-b.svg");
  const svg = await parseSvg(page, bytes.toString("utf8"));
  assert.equal(svg.error, false);
  assert.equal(svg.scripts, 0);
  assert.ok(svg.title.startsWith("<script>alert(1)</script> & Co: "), svg.title);
  assert.ok(svg.texts.includes("Extremadura <b>&amp;</b> ' \""), svg.texts.join(" | "));
});

test("the download buttons fit a 320 px column and are hidden while presenting", async () => {
  const page = await app.page({ width: 320, height: 640 });
  assert.equal(await openWidget(page, app.server.url), "ready");
  const group = exportsOf(page);
  for (const name of ["Download SVG", "Download PNG"]) {
    const box = await group.getByRole("button", { name }).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 320, `${name}: ${JSON.stringify(box)}`);
  }
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, "no sideways scroll");
  await group.scrollIntoViewIfNeeded();
  await screenshot(page, "export-buttons-320");

  const present = await app.page();
  assert.equal(await openWidget(present, app.server.url, "/?present=1"), "ready");
  await present.locator(".imap--present").waitFor();
  assert.equal(await exportsOf(present).isVisible(), false);
});
