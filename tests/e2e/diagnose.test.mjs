// Broken data files in the browser: the wasm's fast path refuses them and the diagnostic module
// (crates/diagnose), fetched only then, gives the messages. Every file of the broken-file corpus
// (tests/fixtures/data) must show exactly the lines `cargo xtask validate` prints for it (its
// `.expected` file, with the path the page asked for), and a correct file must never fetch the
// module.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { appForFile, openWidget, FIXTURES } from "./harness.mjs";

const app = appForFile();
const CORPUS = path.join(FIXTURES, "data");

/** Opens the widget on `query`, recording every request for the diagnostic module. */
async function open(page, query) {
  const requested = [];
  const record = (request) => request.url().includes("/diagnose-") && requested.push(request.url());
  page.on("request", record);
  const state = await openWidget(page, app.server.url, query);
  page.off("request", record);
  return { state, requested };
}

/** The messages the page shows: the alert's list items, as text. */
async function messages(page) {
  const alert = page.getByRole("alert");
  if ((await alert.count()) === 0) return [];
  return (await alert.getByRole("listitem").allInnerTexts()).map((line) => line.trim());
}

test("the default data file never fetches the diagnostic module", async () => {
  const page = await app.page();
  const { state, requested } = await open(page, "/");
  assert.equal(state, "ready");
  assert.deepEqual(requested, []);
  // The page names the module's versioned file, for the import that a broken file would need.
  const name = await page.locator("html").getAttribute("data-imap-diagnose");
  assert.match(name ?? "", /^diagnose-[0-9a-f]{16}\.js$/);
});

test("every file of the broken-file corpus shows exactly what the validator prints", async () => {
  const page = await app.page();
  const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith(".json")).sort();
  assert.ok(files.length > 40, `${files.length} fixtures`);
  let broken = 0;
  for (const file of files) {
    const expected = fs
      .readFileSync(path.join(CORPUS, file.replace(/\.json$/, ".expected")), "utf8")
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => `fixtures/data/${line}`);
    const { state, requested } = await open(page, `/?data=fixtures/data/${file}`);
    assert.deepEqual(await messages(page), expected, file);
    if (expected.length === 0) {
      assert.deepEqual(requested, [], `${file} is valid: the module is not fetched`);
    } else {
      broken += 1;
      assert.equal(state, "error", file);
      assert.equal(requested.length, 2, `${file}: the module's glue and wasm, once: ${requested}`);
    }
  }
  assert.ok(broken > 40, `${broken} broken files`);
});

test("a broken file keeps what is valid drawn: the map, the indicators, the regions", async () => {
  const page = await app.page();
  const { state } = await open(page, "/?data=fixtures/data/dangling-partner-region.json");
  assert.equal(state, "error");
  const map = page.getByRole("group", { name: "Map of the partner regions" });
  await map.getByRole("button", { name: /^Mazovia\b/ }).first().waitFor();
  const list = page.getByRole("list", { name: "Project indicators" });
  assert.ok((await list.getByRole("listitem").count()) > 0);
});
