// The names of a release build's files, as Trunk writes them (`name`, or
// `name-<hash>` with file hashes on): one place for the patterns that
// post-build.mjs, single-file.mjs and check-page-wasm.mjs look for.
import { createHash } from "node:crypto";

// A file's Subresource Integrity value, as Trunk writes it in index.html.
export const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

// `files` is the directory's listing; `who` names the script in errors.
export const distFiles = (files, dir, who) => {
  const find = (pattern, what) => {
    const name = files.find((f) => pattern.test(f));
    if (!name) throw new Error(`${who}: no ${what} in ${dir}`);
    return name;
  };
  const built = (crate, suffix) => new RegExp(`^${crate}(-[0-9a-f]+)?${suffix.replaceAll(".", "\\.")}$`);
  return {
    glue: () => find(built("report-explorer", ".js"), "JS glue"),
    wasm: () => find(built("report-explorer", "_bg.wasm"), "wasm"),
    // The JS that links the page's wasm chunks, and the chunks
    // (scripts/split-page.mjs).
    splitLink: () => find(built("report-explorer", "_split.js"), "JS linking the wasm chunks"),
    chunks: () => files.filter((f) => /^report-explorer(-[0-9a-f]+)?_(split|chunk)_\w+\.wasm$/.test(f)),
    css: () => find(/\.css$/, "stylesheet"),
    workerLoader: () => find(built("import-worker", "_loader.js"), "import worker loader"),
    workerGlue: () => find(built("import-worker", ".js"), "import worker glue"),
    workerWasm: () => find(built("import-worker", "_bg.wasm"), "import worker wasm"),
  };
};
