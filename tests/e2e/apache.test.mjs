// The build on Apache, the most common host of partner sites: Debian's Apache (apache2-bin, which
// `cargo xtask test` installs) serves a copy of dist/ with the .htaccess the build wrote and
// nothing else configured but what a shared host has on (rewrite, headers, mime, dir). The
// wasm, the pages and the geometry come from their brotli (or gzip) copies with their own
// types; a data file is never served from a copy, even a stale one left on the host.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { DIST } from "./harness.mjs";

const MODULES = "/usr/lib/apache2/modules";
let apache;
let site;
let port;

/** A free port on 127.0.0.1. */
const freePort = () =>
  new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

before(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "imap-apache-"));
  site = path.join(dir, "site");
  fs.cpSync(DIST, site, { recursive: true });
  // A host that still has an old compressed copy of the data file (an older build's).
  fs.writeFileSync(path.join(site, "data/secon.json.br"), zlib.brotliCompressSync('{"old": true}'));
  fs.writeFileSync(path.join(site, "data/secon.json.gz"), zlib.gzipSync('{"old": true}'));
  // Apache's children run as www-data: the copy must be theirs to read.
  fs.chmodSync(dir, 0o755);
  port = await freePort();
  const load = (name) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`;
  const conf = [
    `ServerRoot "${dir}"`,
    `Listen 127.0.0.1:${port}`,
    `PidFile ${dir}/httpd.pid`,
    `ErrorLog ${dir}/error.log`,
    "LogLevel warn",
    "ServerName localhost",
    "User www-data",
    "Group www-data",
    ...["mpm_event", "authz_core", "dir", "mime", "rewrite", "headers"].map(load),
    "TypesConfig /etc/mime.types",
    `DocumentRoot "${site}"`,
    `<Directory "${site}">`,
    "  AllowOverride All",
    "  Require all granted",
    "</Directory>",
    "DirectoryIndex index.html",
  ].join("\n");
  fs.writeFileSync(path.join(dir, "httpd.conf"), conf);
  apache = spawn("/usr/sbin/apache2", ["-f", path.join(dir, "httpd.conf"), "-DFOREGROUND"], { stdio: "inherit" });
  for (let i = 0; i < 100; i++) {
    if (await get("/en.html", "identity").then(() => true, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Apache did not answer: ${fs.readFileSync(path.join(dir, "error.log"), "utf8")}`);
});

after(() => apache?.kill());

/** GET `pathname` with `accept` as Accept-Encoding: { status, headers, body (as sent) }. */
function get(pathname, accept) {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path: pathname, headers: { "accept-encoding": accept } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject);
  });
}

/** The body as the browser reads it, decoded by its Content-Encoding. */
function decoded(response) {
  switch (response.headers["content-encoding"]) {
    case "br": return zlib.brotliDecompressSync(response.body);
    case "gzip": return zlib.gunzipSync(response.body);
    default: return response.body;
  }
}

const wasmFile = () => fs.readdirSync(DIST).find((f) => /^interreg-map-.*_bg\.wasm$/.test(f));

test("Apache with the build's .htaccess sends the wasm brotli-encoded as application/wasm", async () => {
  const wasm = wasmFile();
  const response = await get(`/${wasm}`, "gzip, deflate, br");
  assert.equal(response.status, 200);
  assert.equal(response.headers["content-encoding"], "br");
  assert.match(response.headers["content-type"], /^application\/wasm/);
  assert.ok(decoded(response).equals(fs.readFileSync(path.join(DIST, wasm))), "the copy is the wasm");
  assert.ok(response.body.length < fs.statSync(path.join(DIST, wasm)).size / 2);
  // A browser that only takes gzip gets the gzip copy.
  const gzip = await get(`/${wasm}`, "gzip, deflate");
  assert.equal(gzip.headers["content-encoding"], "gzip");
  assert.ok(decoded(gzip).equals(fs.readFileSync(path.join(DIST, wasm))));
});

test("Apache sends the pages (the folder's address too) compressed as HTML", async () => {
  for (const page of ["/", "/index.html", "/el.html"]) {
    const response = await get(page, "br");
    assert.equal(response.status, 200, page);
    assert.equal(response.headers["content-encoding"], "br", page);
    assert.match(response.headers["content-type"], /^text\/html/, page);
    const file = page === "/" ? "index.html" : page.slice(1);
    assert.ok(decoded(response).equals(fs.readFileSync(path.join(DIST, file))), page);
  }
});

test("Apache never serves a data file from a compressed copy, even a stale one", async () => {
  const response = await get("/data/secon.json", "gzip, deflate, br");
  assert.equal(response.status, 200);
  assert.equal(response.headers["content-encoding"], undefined);
  assert.match(response.headers["content-type"], /json/);
  assert.ok(response.body.equals(fs.readFileSync(path.join(DIST, "data/secon.json"))), "the file itself, not the old copy");
});
