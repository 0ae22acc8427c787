// A sharded corpus from a static host, in headless Chromium against the
// release build, served on loopback (issue 22's ten thousand reports).
// Prints figures; asserts nothing about speed. Run through
// scripts/bench-shards.sh, which makes the corpus and lays it out.
//
// - Catalogue interactive: from navigation start to the result list drawn
//   (every report listed, facets counted), a cold load in a fresh context.
// - First results of each query from a cold cache: a fresh context (no
//   HTTP cache, no service worker, no shard held), the catalogue loaded,
//   then the query put in the search box as one input event; timed until
//   the list answers that query (the count's data-pending is false) and
//   two frames have been drawn.
// - Later queries: the same queries again in one session (their shards
//   held), and the queries of the session typed key by key after a cold
//   first query.
// - Peak memory: the JS heap (sampled every 5 ms in the page) and the
//   wasm memory (it only grows), over a session that runs every query and
//   opens a report.
import { readFile } from "node:fs/promises";
import { statSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser } from "../browser/harness.mjs";
import { QUERIES, serveShards, search } from "./shards-page.mjs";

const [folder] = process.argv.slice(2);
if (!folder) throw new Error("usage: node shards-bench.mjs <folder written by report-cli split --shards>");
const RUNS = 3;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => (bytes / 1048576).toFixed(1);

const catalogue = JSON.parse(await readFile(join(folder, "corpus.json"), "utf8"));
// Reports as columns (written so since the catalogue-load change) or, as first written, a list.
const reportCount = catalogue.columns?.id.length ?? catalogue.reports.length;
const catalogueMB = statSync(join(folder, "corpus.json")).size / 1048576;
const server = await serveShards(folder);
const browser = await launchBrowser();

// In the page before the app: when the result list appears, the wasm
// module's memory (Trunk's start event), the JS heap's peak, and the bytes
// of shards and texts fetched.
const instrument = () => {
  window.__heapPeak = 0;
  setInterval(() => (window.__heapPeak = Math.max(window.__heapPeak, performance.memory.usedJSHeapSize)), 5);
  addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail?.wasm));
  new MutationObserver((_, observer) => {
    if (document.querySelector("[data-testid=result]")) {
      window.__interactiveAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function freshPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const fetched = { shards: 0, shardBytes: 0, texts: 0 };
  page.on("response", async (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith("/sharded/index/")) {
      fetched.shards++;
      fetched.shardBytes += statSync(join(folder, path.slice("/sharded/".length))).size;
    }
    if (path.startsWith("/sharded/texts/")) fetched.texts++;
  });
  await page.addInitScript(instrument);
  await page.goto(`${server.url}sharded.html`);
  await page.waitForFunction(() => window.__interactiveAt !== undefined, null, { timeout: 120000 });
  const interactive = await page.evaluate(() => window.__interactiveAt);
  return { page, context, interactive, fetched };
}

console.log(`Sharded corpus benchmark, Chromium ${browser.version()}, loopback: ${reportCount} reports (catalogue ${catalogueMB.toFixed(1)} MB), ${catalogue.shards} index shards, ${catalogue.texts.length} text parts`);

// Cold: a fresh context per query.
const interactive = [];
const cold = Object.fromEntries(QUERIES.map((q) => [q, []]));
const counts = {};
const coldFetched = {};
for (let run = 0; run < RUNS; run++) {
  for (const q of QUERIES) {
    const { page, context, interactive: ms, fetched } = await freshPage();
    interactive.push(ms);
    const { ms: took, count } = await search(page, q);
    cold[q].push(took);
    counts[q] = count;
    coldFetched[q] = { shards: fetched.shards, kb: fetched.shardBytes / 1024 };
    await context.close();
  }
}
console.log(`catalogue interactive: median ${median(interactive).toFixed(0)} ms, max ${Math.max(...interactive).toFixed(0)} ms (${interactive.length} cold loads)`);

// One session: every query, then every query again, then one typed key by
// key, then a report opened; memory over it all.
const { page, context, fetched } = await freshPage();
const first = {};
const again = {};
for (const q of QUERIES) first[q] = (await search(page, q)).ms;
for (const q of QUERIES) again[q] = (await search(page, q)).ms;
await search(page, "");
const keys = [];
let typed = "";
for (const ch of "推动高质量发展") {
  typed += ch;
  keys.push((await search(page, typed)).ms);
}
await page.getByTestId("result").first().locator("button.re-result-open").click();
await page.getByTestId("reader-paragraph").first().waitFor({ timeout: 60000 });
await page.waitForFunction(() => !document.querySelector("[data-testid=texts-loading]"), null, { timeout: 60000 });
const memory = await page.evaluate(() => ({ heap: window.__heapPeak, wasm: window.__wasm?.memory?.buffer.byteLength ?? NaN }));
await context.close();

console.log("\n| query | reports matching | cold: shards fetched (KB) | cold: first results median / max ms | in a session: first / again ms |");
console.log("| --- | --- | ---: | ---: | ---: |");
for (const q of QUERIES) {
  console.log(
    `| ${q} | ${counts[q]} | ${coldFetched[q].shards} (${coldFetched[q].kb.toFixed(0)}) | ${median(cold[q]).toFixed(0)} / ${Math.max(...cold[q]).toFixed(0)} | ${first[q].toFixed(0)} / ${again[q].toFixed(0)} |`,
  );
}
const allCold = QUERIES.flatMap((q) => cold[q]);
const allAgain = QUERIES.map((q) => again[q]);
console.log(`\ncold first results: worst ${Math.max(...allCold).toFixed(0)} ms (goal 500); queries again: worst ${Math.max(...allAgain).toFixed(0)} ms (goal 50)`);
console.log(`typed key by key (推动高质量发展), each key: ${keys.map((k) => k.toFixed(0)).join(", ")} ms`);
console.log(`session fetched ${fetched.shards} shards (${mb(fetched.shardBytes)} MB) and ${fetched.texts} text parts`);
console.log(`peak memory over the session: JS heap ${mb(memory.heap)} MB + wasm ${mb(memory.wasm)} MB = ${mb(memory.heap + memory.wasm)} MB (goal < 1024)`);
await browser.close();
await server.close();
