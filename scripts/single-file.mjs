// Builds one self-contained HTML file from a release dist/: the stylesheet,
// the JS glue and the wasm (base64, handed to the init function as bytes,
// with the corpus inside) inlined, so it works opened from disk (file://)
// with no network. The import worker's code and wasm ride along too, as one
// blob: script that src/import_worker.rs starts it from. Prints its size.
// Usage: node scripts/single-file.mjs <dist dir> <output file>
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { startWorkerWasm } from "./worker-start.mjs";
import { distFiles } from "./dist-files.mjs";

const [dist, out] = process.argv.slice(2);
if (!dist || !out) throw new Error("usage: node scripts/single-file.mjs <dist dir> <output file>");
const files = readdirSync(dist);
const names = distFiles(files, `${dist} (run scripts/build.sh first)`, "single-file");
const read = (name) => readFileSync(join(dist, name));
// A JavaScript expression that is `bytes` again, from base64 inside the file.
const inlined = (bytes) => `Uint8Array.from(atob("${bytes.toString("base64")}"), (c) => c.charCodeAt(0))`;
const glue = inlineSplitLink(read(names.glue()).toString("utf8"), read(names.splitLink()).toString("utf8"), names);
const wasm = read(names.wasm());
const workerGlue = read(names.workerGlue()).toString("utf8");
const workerWasm = read(names.workerWasm());
const css = read(names.css()).toString("utf8");
const loadFailure = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../web/load-failure.js"), "utf8");
// The page's body (the mount element and its loading skeleton) as in
// index.html, without the service worker: a file on disk cannot have one.
const index = readFileSync(join(dist, "index.html"), "utf8");
const body = /<body>\s*([\s\S]*?)\s*<\/body>/.exec(index)?.[1].replace(' data-offline="on"', "");
if (!body?.includes("data-report-explorer")) throw new Error("single-file: no mount element in the body of dist/index.html");
if (!/\b__wbg_init as default\b/.test(glue)) throw new Error("single-file: the JS glue does not export __wbg_init");

// Text that would end the inline element early is escaped.
const script = (text) => text.replaceAll("</script", "<\\/script");
const style = (text) => text.replaceAll("</style", "<\\/style");
// A page from disk can import no module by URL and fetch no file: the JS
// that links the wasm chunks (split-page.mjs) goes inside the glue's module,
// its exports becoming the object the glue imported, and each chunk's fetch
// answers with the chunk's bytes, inlined as base64.
function inlineSplitLink(glue, link, names) {
  // The glue may be minified (minify-js.mjs): its imports on one line.
  const linkImport = new RegExp(`import\\s*\\*\\s*as\\s+([\\w$]+)\\s+from\\s*["']\\./${names.splitLink().replaceAll(".", "\\.")}["'];?`, "g");
  const importers = [...glue.matchAll(linkImport)].map((m) => m[1]);
  if (!importers.length) throw new Error("single-file: the JS glue does not import the chunks' linking JS");
  const mainImport = new RegExp(`^import \\{ initSync \\} from ["']\\./${names.glue().replaceAll(".", "\\.")}["'];?$`, "m");
  if (!mainImport.test(link)) throw new Error("single-file: the linking JS does not import initSync from the glue");
  const exported = [...link.matchAll(/^export const (\w+) =/gm)].map((m) => m[1]);
  const fetches = /fetch\(new URL\("\.\/([\w-]+\.wasm)", import\.meta\.url\)\)/g;
  const chunks = new Set(names.chunks());
  let body = link.replace(mainImport, "").replace(/^export const /gm, "const ").replace(fetches, (_, file) => {
    if (!chunks.has(file)) throw new Error(`single-file: the linking JS fetches ${file}, which the build lacks`);
    return `Promise.resolve(new Response(${inlined(read(file))}, { headers: { "Content-Type": "application/wasm" } }))`;
  });
  if (/import\.meta|^import /m.test(body)) throw new Error("single-file: the linking JS still loads by URL");
  const linked = `const __splitLink = (() => {\n${body}\nreturn { ${exported.join(", ")} };\n})();\n`;
  const unlinked = glue.replace(linkImport, "");
  if (unlinked.includes(names.splitLink())) throw new Error("single-file: the JS glue still names the chunks' linking JS after inlining it");
  return unlinked + linked + importers.map((name) => `const ${name} = __splitLink;\n`).join("");
}

const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="color-scheme" content="light dark" />
<title>Report Explorer</title>
<style>${style(css)}</style>
</head>
<body>
${body}
<meta name="report-explorer-import-worker">
<script>${script(loadFailure)}</script>
<script type="module">
{
  // A page opened from disk cannot load scripts into a worker by URL, so
  // the worker's whole script, its wasm included, is one blob.
  const source = [${script(JSON.stringify(workerGlue))}, ${script(JSON.stringify(`\n${startWorkerWasm(inlined(workerWasm))}`))}];
  const meta = document.querySelector("meta[name=report-explorer-import-worker]");
  meta.dataset.script = URL.createObjectURL(new Blob(source, { type: "text/javascript" }));
}
${script(glue)}
const wasmBytes = ${inlined(wasm)};
await __wbg_init({ module_or_path: wasmBytes });
</script>
</body>
</html>
`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`single file: ${out}: ${kb(html.length)} raw, ${kb(gzipSync(html, { level: 9 }).length)} gzip`);
