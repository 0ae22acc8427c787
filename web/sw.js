// Report Explorer service worker.
// One cache per build: a page is always served files of one version, and a
// new version's cache replaces the old one only when no page uses it.
//
// This is a template: scripts/post-build.mjs fills its two placeholders
// (the cache's name, from a hash of every built file, and the files to
// keep) as JSON, and writes it next to the built files.
const CACHE = __CACHE__;
const FILES = __FILES__;
self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("report-explorer-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => hit ?? fetch(request))),
  );
});
