/*! Interreg map widget: the service worker that keeps a visited widget working offline.
 *
 * `cargo xtask build` (and test, bench, package) writes the build's hash and its file list into the
 * copy of this file in dist/ (the two lines below); `cargo xtask serve` leaves them as they are, so
 * the development server only caches at run time.
 * - install: the files of this build go into a cache named after the build (a new build is a new
 *   cache; the old one is deleted when the new worker takes over), with the language page the
 *   visitor is on (`?page=el.html` in the worker's address) rather than all ten;
 * - the page, the data file and the geometry (names without a hash, which an editor changes without
 *   a rebuild) come from the network first and from the cache only when offline, so new data is
 *   picked up whenever the network is there;
 * - the hashed files (wasm, JS, CSS) never change under their name: cache first.
 * Only same-origin GET requests are handled; nothing here goes to another origin.
 */
const BUILD = "dev";
const FILES = [];

// The language page the visitor is on (public/boot.js registers `sw.js?page=el.html`), a name
// of this folder's own pages only.
const PAGE = new URL(self.location.href).searchParams.get("page") ?? "";
const OWN_PAGE = /^[a-z]{2,3}\.html$/.test(PAGE) ? [PAGE] : [];

const CACHE = `interreg-map-${BUILD}`;
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...FILES, ...OWN_PAGE]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith("interreg-map-") && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith(HASHED.test(url.pathname) ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(CACHE);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (offline) {
    // The query string (?embed=1, ?present=1, ?region=…) does not change the files.
    const cached = await caches.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw offline;
  }
}
