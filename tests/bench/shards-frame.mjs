// Where a later query's time goes in the browser (issue 22): the sharded
// corpus loaded, every benchmark query run once (shards held), then each
// again under a Chromium trace (devtools.timeline), summed by event: script,
// style recalculation (with the elements it touched), layout (with the
// objects it laid out) and paint. Prints figures, asserts
// nothing. Usage: node tests/bench/shards-frame.mjs <folder written by
// report-cli split --shards> (after scripts/build.sh, as shards-bench.mjs).
import { launchBrowser } from "../browser/harness.mjs";
import { QUERIES, serveShards, search } from "./shards-page.mjs";

const [folder] = process.argv.slice(2);
if (!folder) throw new Error("usage: node shards-frame.mjs <folder written by report-cli split --shards>");

const server = await serveShards(folder);
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
const page = await context.newPage();
await page.goto(`${server.url}sharded.html`);
await page.getByTestId("result").first().waitFor({ timeout: 120000 });

for (const q of QUERIES) await search(page, q);
const cdp = await context.newCDPSession(page);
const events = [];
cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline", transferMode: "ReportEvents" });
let total = 0;
for (const q of QUERIES) total += (await search(page, q)).ms;
await cdp.send("Tracing.end");
await done;
const dom = await page.evaluate(() => ({ elements: document.querySelectorAll("*").length, facets: document.querySelectorAll("[data-testid=facets] *").length, list: document.querySelectorAll("[data-testid=result-list] *").length }));
await browser.close();
await server.close();

const NAMES = { FunctionCall: "script (tasks)", UpdateLayoutTree: "style", Layout: "layout", PrePaint: "pre-paint", Paint: "paint", Layerize: "layerize", Commit: "commit", HitTest: "hit test" };
const sums = {};
let styled = 0;
let laidOut = 0;
for (const e of events) {
  const name = NAMES[e.name];
  if (!name || e.ph !== "X" || !e.dur) continue;
  sums[name] = (sums[name] ?? 0) + e.dur / 1000;
  if (e.name === "UpdateLayoutTree") styled += e.args?.elementCount ?? 0;
  if (e.name === "Layout") laidOut += e.args?.beginData?.dirtyObjects ?? 0;
}
const n = QUERIES.length;
console.log(`${n} later queries (shards held): ${(total / n).toFixed(1)} ms each on average; page: ${dom.elements} elements (facets ${dom.facets}, result list ${dom.list})`);
for (const [name, ms] of Object.entries(sums)) console.log(`  ${name}: ${(ms / n).toFixed(1)} ms per query`);
console.log(`  style touched ${(styled / n).toFixed(0)} elements, layout ${(laidOut / n).toFixed(0)} dirty objects per query`);
