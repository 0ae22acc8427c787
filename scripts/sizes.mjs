// Prints the release build's transfer sizes, raw and gzip: wasm, JS, CSS and
// the corpus (which is inside the wasm, listed on its own for scale). The
// import worker is listed apart: it loads on a person's first import only;
// so are the wasm chunks of the views the first screen does not show
// (split-page.mjs), each fetched the first time its view is opened.
// Usage: node scripts/sizes.mjs <dist dir> <corpus.json>
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { distFiles } from "./dist-files.mjs";

const [dist, corpus] = process.argv.slice(2);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
// The later views' chunks, named as split-page.mjs names them.
const chunks = new Set(distFiles(readdirSync(dist), dist, "sizes").chunks());
for (const name of readdirSync(dist)) {
  const path = join(dist, name);
  if (!statSync(path).isFile()) continue;
  const type = { ".wasm": "wasm", ".js": "js", ".css": "css", ".html": "html" }[extname(name)];
  if (!type) continue;
  // sw.js and embed.js are not part of loading the page.
  const later = chunks.has(name);
  const kind = name.startsWith("import-worker") ? "import" : name === "embed.js" ? "embed" : later ? "later" : type;
  const bytes = readFileSync(path);
  rows.push({ kind, name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
}
if (corpus) {
  // Compacted, as build.rs puts it in the wasm (JSON.stringify may write a
  // number shorter, 300 for 300.0: a few bytes).
  const bytes = Buffer.from(JSON.stringify(JSON.parse(readFileSync(corpus, "utf8"))));
  rows.push({ kind: "corpus", name: `${corpus} (compacted, inside the wasm)`, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
}
console.log("Release build sizes:");
for (const r of rows.filter((r) => r.kind !== "later")) console.log(`  ${r.kind.padEnd(6)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(10)} gzip  ${r.name}`);
const page = rows.filter((r) => !["corpus", "import", "embed", "later"].includes(r.kind));
const total = (k) => page.reduce((s, r) => s + r[k], 0);
// Brotli too, for hosts that serve it (quality 11, as a host's static
// compression would).
const brotli = page.reduce((s, r) => s + brotliCompressSync(readFileSync(join(dist, r.name)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
console.log(`  total  ${kb(total("raw")).padStart(10)} raw ${kb(total("gzip")).padStart(10)} gzip  (the page's transfer, corpus included; ${kb(brotli)} brotli)`);
const later = rows.filter((r) => r.kind === "later");
const chunksTotal = (k) => later.reduce((s, r) => s + r[k], 0);
const views = later.filter((r) => /_split_/.test(r.name)).map((r) => `${/_split_(\w+)\.wasm$/.exec(r.name)[1]} ${kb(r.gzip)}`);
console.log(`  later  ${kb(chunksTotal("raw")).padStart(10)} raw ${kb(chunksTotal("gzip")).padStart(10)} gzip  (the views the first screen does not show, fetched on first use: ${views.join(", ")}; with ${later.length - views.length} chunks they share)`);
const worker = rows.filter((r) => r.kind === "import");
const workerTotal = (k) => worker.reduce((s, r) => s + r[k], 0);
console.log(`  import ${kb(workerTotal("raw")).padStart(10)} raw ${kb(workerTotal("gzip")).padStart(10)} gzip  (the import worker, fetched on the first import only)`);
