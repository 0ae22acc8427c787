// Report Explorer service worker.
// One cache per build: a page is always served files of one version, and a
// new version's cache replaces the old one only when no page uses it.
//
// This is a template: scripts/post-build.mjs fills its two placeholders
// (the cache's name, from a hash of every built file, and the files to
// keep) as JSON, and writes it next to the built files.
const CACHE = __CACHE__;
const FILES = __FILES__;
// Corpus files fetched by the page (a corpus URL, its parts, a sharded
// corpus's catalogue, index shards and texts), kept as they come so what
// was read once is there offline; from the network first, so a corpus
// published anew is read anew. Shared by every build.
const DATA = "report-explorer-data";
const isCorpusFile = (url) => /\.(json|bin)$/.test(url.pathname) && !FILES.some((f) => new URL(f, self.location).pathname === url.pathname);
self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("report-explorer-") && k !== CACHE && k !== DATA).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (isCorpusFile(url)) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(DATA).then((cache) => cache.put(request, copy)));
          }
          return response;
        })
        .catch(() => caches.open(DATA).then((cache) => cache.match(request)).then((hit) => hit ?? Response.error())),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => hit ?? fetch(request))),
  );
});
