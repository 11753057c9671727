// The built site runs under a strict Content-Security-Policy and talks to no other origin.
// The server sends the policy a host should send (the README gives it); the page must start, draw,
// react and report bad data without a single violation, console error or request elsewhere.
import { test } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { appForFile, openWidget, DIST } from "./harness.mjs";

// No inline script anywhere, one inline style (the prerendered page's stylesheet) allowed by its hash,
// wasm compiled only from our own file, fetches only from here. The build writes the policy a host
// should send (src/prerender/page.rs); it is also in the page's own <meta>.
export const CSP = fs.readFileSync(path.join(DIST, "content-security-policy.txt"), "utf8").trim();
const EXPECTED = [
  "default-src 'none'",
  // The one inline script, by its hash: the language script that sends a visitor to their page.
  /^script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'$/,
  /^style-src 'self' 'sha256-[A-Za-z0-9+/]+=*'$/,
  // blob: only for the map's PNG export, which draws its own SVG file (a blob URL) on a canvas.
  "img-src 'self' blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'self'",
];

test("the policy the build writes is the strict one, with only the stylesheet's and the language script's hashes added", () => {
  const directives = CSP.split(";").map((d) => d.trim());
  assert.equal(directives.length, EXPECTED.length, CSP);
  directives.forEach((d, i) => (typeof EXPECTED[i] === "string" ? assert.equal(d, EXPECTED[i]) : assert.match(d, EXPECTED[i])));
});

// The service worker runs too: it registers and fetches under the same policy.
const app = appForFile({ headers: { "content-security-policy": CSP }, serviceWorkers: "allow" });

/** A page that records CSP violations (from before its first script) and every request it makes. */
async function guardedPage() {
  const page = await app.page();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  page.requests = [];
  page.on("request", (request) => page.requests.push(request.url()));
  return page;
}

async function violations(page) {
  return page.evaluate(() => window.__violations);
}

function otherOrigins(page) {
  const own = new URL(app.server.url).origin;
  return page.requests.filter((url) => new URL(url).origin !== own);
}

test("the widget starts, draws and responds under the strict policy, with no violation", async () => {
  const page = await guardedPage();
  assert.equal(await openWidget(page, app.server.url), "ready", page.consoleErrors.join("\n"));
  const map = page.getByRole("group", { name: "Map of the partner regions" });
  const region = map.getByRole("button").first();
  await region.hover();
  await region.click();
  // Selecting marks the region pressed and opens its panel: views made after start-up count too.
  await map.getByRole("button", { pressed: true }).waitFor();
  // The offline service worker (public/sw.js) installs and takes over without a violation.
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(page.consoleErrors, []);
  assert.deepEqual(otherOrigins(page), [], "requests to another origin");
});

test("a broken data file is reported under the strict policy, with no violation", async () => {
  const page = await guardedPage();
  const state = await openWidget(page, app.server.url, "/?data=fixtures/e2e/not-json.json");
  assert.equal(state, "error");
  assert.match(await page.getByRole("alert").innerText(), /not-json\.json/);
  assert.deepEqual(await violations(page), []);
  // The only console errors are the widget's own report of the broken file.
  assert.ok(page.consoleErrors.every((e) => e.includes("not-json.json")), page.consoleErrors.join("\n"));
  assert.deepEqual(otherOrigins(page), []);
});

test("the NUTS 3 page and the embed page load under the strict policy from this origin only", async () => {
  const page = await guardedPage();
  assert.equal(await openWidget(page, app.server.url, "/?stress=nuts3&embed=1"), "ready");
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(otherOrigins(page), []);

  const embed = await guardedPage();
  await embed.goto(app.server.url + "/embed.html");
  // The embed page fills in this site's address and previews the widget in its iframe.
  const code = embed.getByLabel("Embed code");
  await code.filter({ hasNotText: "YOUR-SITE" }).waitFor();
  assert.match(await code.innerText(), new RegExp(`src="${app.server.url}/\\?embed=1"`));
  const preview = embed.frameLocator("iframe[title^='Map of the project']");
  await preview.getByRole("group", { name: "Map of the partner regions" }).waitFor();
  assert.deepEqual(await violations(embed), []);
  assert.deepEqual(embed.consoleErrors, []);
  assert.deepEqual(otherOrigins(embed), []);
});

test("the map's SVG and PNG downloads work under the strict policy, with no violation", async () => {
  const page = await guardedPage();
  assert.equal(await openWidget(page, app.server.url, "/#region=extremadura"), "ready");
  const exports = page.getByRole("group", { name: "Download the map" });
  for (const name of ["Download SVG", "Download PNG"]) {
    const [download] = await Promise.all([page.waitForEvent("download"), exports.getByRole("button", { name }).click()]);
    assert.equal(await download.failure(), null, name);
  }
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(page.consoleErrors, []);
  assert.deepEqual(otherOrigins(page), []);
});

test("the built pages carry no inline script but the hashed language script, no style attribute, and only the hashed inline style", () => {
  for (const file of ["index.html", "el.html", "embed.html"]) {
    const html = fs.readFileSync(path.join(DIST, file), "utf8");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length > 0, file);
    let inline = 0;
    for (const [, attrs, body] of scripts) {
      // Data blocks (the prerendered page's geometry, its catalogue) are never run.
      if (/\btype="?(application\/json|text\/plain)/.test(attrs)) continue;
      if (!/\bsrc=/.test(attrs)) {
        // The one inline script: the language script, allowed by its hash and nothing else.
        inline += 1;
        const hash = crypto.createHash("sha256").update(body).digest("base64");
        assert.ok(CSP.includes(`'sha256-${hash}'`), `${file}: an inline script the policy does not name`);
        continue;
      }
      assert.equal(body.trim(), "", `${file}: a script with inline code`);
    }
    assert.equal(inline, file === "embed.html" ? 0 : 1, `${file}: inline scripts`);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    if (file !== "embed.html") {
      assert.equal(styles.length, 1, "one inline stylesheet, the widget's");
      const hash = crypto.createHash("sha256").update(styles[0]).digest("base64");
      assert.ok(CSP.includes(`'sha256-${hash}'`), "the policy allows exactly that stylesheet");
      assert.ok(html.includes(`content="${CSP}"`), "the page declares the same policy");
    } else {
      assert.deepEqual(styles, [], `${file}: an inline <style>`);
    }
    // Attributes only: the embed code shown as text on embed.html is escaped (&lt;iframe … style=…).
    assert.doesNotMatch(html, /<[a-z][^>]*\sstyle=/i, `${file}: a style attribute`);
  }
});
