// Every partner of the data file is reachable, also those without a policy region (SECON's KMOP,
// an NGO): its seat on the map opens its own panel by click, tap or Enter, the text list names every
// partner, and without script its seat is a link to that panel. A seat of a partner with a region
// opens that region, whose panel names the partner. Found by role and accessible name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appForFile, openWidget, screenshot, defaultData, text, holdWasm } from "./harness.mjs";
import { axeViolations } from "./axe.mjs";

const app = appForFile();
const noScript = appForFile({ javaScriptEnabled: false });

const map = (page) => page.getByRole("group", { name: "Map of the partner regions" });
const seat = (page, partner) => map(page).getByRole("button", { name: new RegExp(`^${escape(text(partner.name))},`) });
const panelHeading = (page, name) => page.getByRole("heading", { level: 2, name, exact: true });
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("each of the partners' seats opens, with Enter, a panel that names that partner", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const data = defaultData();
  assert.equal(data.partners.length, 10);
  for (const partner of data.partners) {
    await seat(page, partner).focus();
    await page.keyboard.press("Enter");
    const heading = partner.region ? text(data.regions.find((r) => r.id === partner.region).name) : text(partner.name);
    await panelHeading(page, heading).waitFor();
    const panel = page.getByRole("region", { name: heading, exact: true });
    assert.ok((await panel.innerText()).includes(text(partner.name)), `the panel for ${partner.id} does not name it`);
    // Focus moved into the opened panel, to its heading.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), heading);
  }
  assert.deepEqual(page.consoleErrors, []);
});

test("a partner without a region: its seat opens its panel on click, with what the data says of it; × returns to the seat", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  const alone = defaultData().partners.filter((p) => !p.region);
  assert.ok(alone.length > 0, "SECON has a partner without a region (KMOP)");
  for (const partner of alone) {
    await seat(page, partner).click();
    await panelHeading(page, text(partner.name)).waitFor();
    assert.equal(new URL(page.url()).hash, `#partner=${partner.id}`);
    const shown = await page.getByRole("region", { name: text(partner.name), exact: true }).innerText();
    assert.ok(shown.includes(partner.city), "its city");
    if (partner.note) assert.ok(shown.includes(text(partner.note)), "the data's note on it");
    await page.getByRole("link", { name: "Website" }).first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `partner-${partner.id}-1280`);
    await page.getByRole("button", { name: "Close details" }).click();
    assert.match(await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? ""), new RegExp(`^${escape(text(partner.name))}`));
    assert.equal(new URL(page.url()).hash, "");
  }
  // The address opens it too, and a tap on a phone.
  const phone = await app.page({ width: 375, height: 740 });
  await phone.goto(`${app.server.url}/#partner=${alone[0].id}`);
  await panelHeading(phone, text(alone[0].name)).waitFor();
  assert.deepEqual(page.consoleErrors, []);
});

test("the text list names every partner, those without a region under their own heading", async () => {
  const page = await app.page();
  assert.equal(await openWidget(page, app.server.url), "ready");
  await page.getByRole("button", { name: "List", exact: true }).click();
  const list = page.getByRole("region", { name: "Regions, partners and good practices" });
  await list.waitFor();
  const shown = await list.innerText();
  for (const partner of defaultData().partners) {
    assert.ok(shown.includes(text(partner.name)), `the list does not name ${partner.id}`);
  }
  await list.getByRole("heading", { name: "Partners without a policy region" }).waitFor();
  const alone = defaultData().partners.find((p) => !p.region);
  await list.getByRole("button", { name: `Show ${text(alone.name)} on the map` }).click();
  await panelHeading(page, text(alone.name)).waitFor();
});

test("without script a partner's seat is a link to its panel", async () => {
  const page = await noScript.page();
  await page.goto(noScript.server.url + "/");
  const alone = defaultData().partners.find((p) => !p.region);
  const link = map(page).getByRole("link", { name: new RegExp(`^${escape(text(alone.name))},`) });
  await link.click();
  await panelHeading(page, text(alone.name)).waitFor({ state: "visible" });
  assert.equal(new URL(page.url()).hash, `#partner=${alone.id}`);
});
