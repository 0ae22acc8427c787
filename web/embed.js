// Report Explorer embed loader. In a host page:
//   <div data-report-explorer></div>
//   <script type="module" src="…/embed.js"></script>
// Options on the element: data-corpus-url, data-query, data-view, data-lang,
// data-label, data-url-state="off". Or from JavaScript, after the module has
// loaded:
//   window.ReportExplorer.mount(element, { corpusUrl, query, view, lang, label, urlState })
//
// This is a template: scripts/post-build.mjs fills each placeholder (a name
// between double underscores) with the build's file names (as JSON
// strings), the one before the glue with web/load-failure.js, and writes
// it next to the built files.
const base = new URL(".", import.meta.url);
if (!document.querySelector("link[data-report-explorer-css]")) {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL(__CSS__, base).href;
  link.dataset.reportExplorerCss = "";
  document.head.append(link);
}
if (!document.querySelector("meta[name=report-explorer-import-worker]")) {
  const meta = document.createElement("meta");
  meta.name = "report-explorer-import-worker";
  meta.content = new URL(__WORKER_LOADER__, base).href;
  meta.dataset.glue = new URL(__WORKER_GLUE__, base).href;
  meta.dataset.wasm = new URL(__WORKER_WASM__, base).href;
  document.head.append(meta);
}
__LOAD_FAILURE__;
let glue;
try {
  glue = await import(new URL(__GLUE__, base).href);
  await glue.default({ module_or_path: new URL(__WASM__, base) });
} catch (error) {
  window.reportExplorerLoadFailed(error);
  throw error;
}
const attributes = { corpusUrl: "data-corpus-url", query: "data-query", view: "data-view", lang: "data-lang", label: "data-label" };
window.ReportExplorer = {
  mount(element, options = {}) {
    for (const [key, attribute] of Object.entries(attributes)) {
      if (options[key] !== undefined) element.setAttribute(attribute, String(options[key]));
    }
    if (options.urlState === false) element.setAttribute("data-url-state", "off");
    glue.mount(element);
  },
};
