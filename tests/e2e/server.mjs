// A static server for the release build, as a plain static host serves it: the right content types
// (application/wasm, so the browser compiles while streaming), precompressed .br/.gz when the browser
// accepts them, no caching surprises. Test fixtures (broken data files) are served under /fixtures/.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/**
 * Starts a server on 127.0.0.1 (a free port) for `dist`, with `/fixtures/` mapped to `fixtures`.
 * `headers` are added to every answer (the CSP test uses this); `encodings` are the precompressed
 * copies it may send (`["gzip"]`: a host that only gzips, as most shared hosts do). Returns
 * { url, close, requests }.
 */
export async function serve({ dist, fixtures, headers = {}, encodings = ["br", "gzip"] }) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    requests.push(url.pathname);
    let root = dist;
    let rel = decodeURIComponent(url.pathname);
    if (rel.startsWith("/fixtures/")) {
      root = fixtures;
      rel = rel.slice("/fixtures".length);
    }
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { "content-type": "text/plain", ...headers });
      res.end("not found");
      return;
    }
    const type = TYPES[path.extname(file)] ?? "application/octet-stream";
    const accept = req.headers["accept-encoding"] ?? "";
    let body = file;
    const extra = { "content-type": type, "cache-control": "no-cache", ...headers };
    if (encodings.includes("br") && accept.includes("br") && fs.existsSync(file + ".br")) {
      body = file + ".br";
      extra["content-encoding"] = "br";
    } else if (encodings.includes("gzip") && accept.includes("gzip") && fs.existsSync(file + ".gz")) {
      body = file + ".gz";
      extra["content-encoding"] = "gzip";
    }
    extra["content-length"] = fs.statSync(body).size;
    res.writeHead(200, extra);
    fs.createReadStream(body).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
