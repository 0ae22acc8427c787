// Report Explorer: starts fetching the corpus a host page names in
// data-corpus-url while the app's wasm downloads and compiles, so a large
// catalogue is on its way before the app could ask for it. Inlined at the
// end of index.html's body (the mount element is parsed by then). The app
// adopts the response once (src/corpus_source.rs, `adopt_prefetch`) and
// says what failed; unadopted, it is only a fetch the cache may keep.
(() => {
  const mount = document.querySelector("[data-report-explorer][data-corpus-url]");
  if (!mount || !window.fetch) return;
  const url = mount.getAttribute("data-corpus-url");
  const response = fetch(url);
  // A failure is the app's to say when it adopts the response.
  response.catch(() => {});
  window.__reportExplorerCorpus = { url, response };
})();
