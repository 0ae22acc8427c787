// The last line of every import worker script (Trunk's loader replaced by
// post-build.mjs, and the single file's blob): starts the worker's wasm
// from `source` (a JavaScript expression). A wasm that fails to load must
// end the worker with an uncaught error, which reaches the page's
// `onerror`; a rejected promise alone would leave the page waiting for the
// worker's "ready" for ever. src/import_worker.rs starts the embedded
// case's blob the same way.
export const startWorkerWasm = (source) =>
  `wasm_bindgen({ module_or_path: ${source} }).catch((error) => setTimeout(() => { throw error; }));\n`;
