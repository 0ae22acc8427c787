// Trunk post-build hook:
// - cuts the views the first screen does not show out of the page's wasm
//   into chunks fetched on first use (split-page.mjs);
// - compresses the stylesheet of a release build (compress-css.mjs) and
//   minifies its scripts (minify-js.mjs);
// - tells the page where its import worker is (a <meta> in index.html, see
//   src/import_worker.rs);
// and writes, next to the built files,
// - embed.js: the loader a host page includes to embed the app (no inline
//   script, so it runs under a strict Content-Security-Policy), from the
//   template web/embed.js;
// - sw.js: the service worker that keeps the app and corpus for offline use,
//   one versioned cache per build, from the template web/sw.js.
// Runs in Trunk's staging directory (TRUNK_STAGING_DIR).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import { startWorkerWasm } from "./worker-start.mjs";
import { distFiles } from "./dist-files.mjs";
import { splitPage } from "./split-page.mjs";
import { compressStylesheet } from "./compress-css.mjs";
import { minifyInlineScripts, minifyModules, minifyScript } from "./minify-js.mjs";

const web = join(dirname(fileURLToPath(import.meta.url)), "../web");
const loadFailure = readFileSync(join(web, "load-failure.js"), "utf8");

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("no TRUNK_STAGING_DIR and no directory argument");
const listing = () => readdirSync(dir).filter((f) => !["sw.js", "embed.js"].includes(f));
const split = splitPage(dir, distFiles(listing(), dir, "post-build"));
console.log(`post-build: the page's wasm cut into ${split.chunks.length} chunks fetched on first use (${split.link})`);
const compressed = compressStylesheet(dir, distFiles(listing(), dir, "post-build").css());
if (compressed) console.log(`post-build: the stylesheet compressed, ${compressed.before} B to ${compressed.after} B`);
const minified = await minifyModules(dir, [distFiles(listing(), dir, "post-build").glue()]);
if (minified) console.log(`post-build: the glue minified, ${minified.before} B to ${minified.after} B`);
const inline = await minifyInlineScripts(dir);
if (inline) console.log(`post-build: index.html's inline scripts minified, ${inline.before} B to ${inline.after} B`);
const files = listing();
const names = distFiles(files, dir, "post-build");
const glue = names.glue();
const wasm = names.wasm();
const css = names.css();
const worker = { loader: names.workerLoader(), glue: names.workerGlue(), wasm: names.workerWasm() };
// Trunk's worker loader, with a start that fails loudly (worker-start.mjs).
writeFileSync(
  join(dir, worker.loader),
  `// Written by scripts/post-build.mjs in place of Trunk's loader.\nimportScripts(${JSON.stringify(`./${worker.glue}`)});\n${startWorkerWasm(JSON.stringify(`./${worker.wasm}`))}`,
);
const workerMeta = `<meta name="report-explorer-import-worker" content="./${worker.loader}" data-glue="./${worker.glue}" data-wasm="./${worker.wasm}">`;
const indexPath = join(dir, "index.html");
const index = readFileSync(indexPath, "utf8").replace(/<meta name="report-explorer-import-worker"[^>]*>\n?/, "");
// Trunk's loader, a module script, runs when it is ready rather than after
// the page is parsed: the page's first screen is usable from its parse, and
// DOMContentLoaded does not wait for the app's script (src/mount.rs mounts
// once the page is parsed).
const loader = /<script type="module">(\s*import init, \* as bindings from)/;
if (!loader.test(index)) throw new Error("post-build: no Trunk loader script in index.html");
writeFileSync(indexPath, index.replace(loader, '<script type="module" async>$1').replace("</head>", `${workerMeta}\n</head>`));

// The loader and the service worker are real JavaScript files in web/, with
// __NAME__ placeholders for what only the build knows.
const fill = (template, values) => {
  const unused = new Set(Object.keys(values));
  const text = readFileSync(join(web, template), "utf8").replace(/__([A-Z_]+)__/g, (token, name) => {
    if (!(name in values)) throw new Error(`post-build: ${template} has ${token}, which nothing fills`);
    unused.delete(name);
    return values[name];
  });
  if (unused.size) throw new Error(`post-build: ${template} lacks __${[...unused].join("__, __")}__`);
  return text;
};
const json = JSON.stringify;
writeFileSync(
  join(dir, "embed.js"),
  fill("embed.js", {
    CSS: json(css),
    GLUE: json(glue),
    WASM: json(wasm),
    WORKER_LOADER: json(worker.loader),
    WORKER_GLUE: json(worker.glue),
    WORKER_WASM: json(worker.wasm),
    LOAD_FAILURE: loadFailure.trimEnd().replace(/;$/, ""),
  }),
);

const cached = ["./", ...files.filter((f) => f !== "index.html").map((f) => `./${f}`), "./embed.js"];
const version = createHash("sha256");
for (const f of [...files, "embed.js"].sort()) version.update(f).update(readFileSync(join(dir, f)));
const cache = `report-explorer-${version.digest("hex").slice(0, 16)}`;
writeFileSync(join(dir, "sw.js"), fill("sw.js", { CACHE: json(cache), FILES: json(cached) }));
await minifyScript(join(dir, "sw.js"));
console.log(`post-build: embed.js and sw.js (cache ${cache}) written`);
