// Search engines compared in headless Chromium (issues 9 and 22): our search
// (report-core compiled to wasm, crates/search-bench) as a scan and as its
// gram index, FlexSearch set up for
// CJK and in its default mode, and a plain JavaScript indexOf scan, on the
// same paragraphs and the same queries. For each engine and corpus: index
// build time, query latency, memory, and recall and precision against exact
// substring occurrences. Prints figures; asserts nothing. Run through
// scripts/bench-engines.sh, which builds target/bench/search-bench (and its
// twin without SIMD) first.
//
//   node tests/bench/engines-bench.mjs 5=data/corpus.json 100=target/bench/engines/corpus-100.json …
//
// Every engine runs in a fresh page, so its memory is separable: the heap is
// measured (after forced garbage collection through the DevTools protocol)
// once the paragraphs are loaded and again once the index is built. Pages are
// cross-origin isolated, so performance.now() is precise to 5 µs; each
// latency sample is the mean of a batch of runs lasting at least 2 ms.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { serveSite, launchBrowser, repoRoot } from "../browser/harness.mjs";

// The queries, shared with report-core's examples/search_index.rs.
const QUERIES = JSON.parse(await readFile(join(repoRoot, "tests/bench/engine-queries.json"), "utf8"));
// ours: the scan, built as the app is (wasm SIMD on); ours-scalar: without
// SIMD, as the app was before, when scripts/bench-engines.sh has built it;
// ours-index: the gram index (issue 22), the app's search now.
const ENGINES = ["ours-index", "ours", "ours-scalar", "flex-cjk", "flex-default", "scan"];
const SAMPLES = 25; // latency samples per query
const WARMUP = 3; // untimed runs per query first
const MIN_BATCH_MS = 2; // a sample runs the query this long at least

const benchDir = join(repoRoot, "target/bench/search-bench");
const scalarDir = join(repoRoot, "target/bench/search-bench-scalar");
const flexDir = join(repoRoot, "node_modules/flexsearch/dist");

const sizes = process.argv.slice(2).map((arg) => {
  const [label, path] = arg.split("=");
  return { label, path };
});
if (sizes.length === 0) throw new Error("usage: engines-bench.mjs LABEL=corpus.json …");

/** The paragraphs of a corpus JSON, in order: every engine gets these. */
function paragraphsOf(corpus) {
  return corpus.reports.flatMap((r) => r.sections.flatMap((s) => s.paragraphs));
}

const terms = (q) => q.split(/\s+/).filter(Boolean);

/** Paragraphs containing every term as a substring, after `prep`. */
function groundTruth(texts, query, prep = (s) => s) {
  const ts = terms(query).map(prep);
  const out = [];
  texts.forEach((p, i) => ts.every((t) => p.includes(t)) && out.push(i));
  return out;
}

// Our folding (traditional → simplified, width, case), run in node from the
// same wasm, to tell matches that only folding finds.
const { initSync, fold } = await import(pathToFileURL(join(benchDir, "search_bench.js")).href);
initSync({ module: await readFile(join(benchDir, "search_bench_bg.wasm")) });

// The page's side: loads one engine, builds it, runs queries.
const PAGE_MODULE = String.raw`
const bench = {};
window.bench = bench;
let P = null;
let engine = null;
let wasm = null;

const terms = (q) => q.split(/\s+/).filter(Boolean);

const ENGINES = {
  ours: () => ours("/sb/"),
  "ours-scalar": () => ours("/sb-scalar/"),
  "ours-index": () => ours("/sb/", "build_index"),
  async "flex-cjk"() {
    const { default: FlexSearch } = await import("/fx/flexsearch.bundle.module.min.mjs");
    return flex(FlexSearch, () => new FlexSearch.Index({ tokenize: "forward", encoder: FlexSearch.Charset.CJK }));
  },
  async "flex-default"() {
    const { default: FlexSearch } = await import("/fx/flexsearch.bundle.module.min.mjs");
    return flex(FlexSearch, () => new FlexSearch.Index());
  },
  async scan() {
    return {
      build: (ps) => ps,
      search: (ps, q) => {
        const ts = terms(q);
        const out = [];
        for (let i = 0; i < ps.length; i++) {
          const p = ps[i];
          let all = true;
          for (let k = 0; k < ts.length; k++) {
            if (p.indexOf(ts[k]) === -1) {
              all = false;
              break;
            }
          }
          if (all) out.push(i);
        }
        return out;
      },
    };
  },
};

async function ours(dir, builder = "build") {
  const mod = await import(dir + "search_bench.js");
  wasm = await mod.default({ module_or_path: dir + "search_bench_bg.wasm" });
  return {
    // One string, paragraphs joined by newlines: see crates/search-bench.
    build: (ps) => mod[builder](ps.join("\n")),
    search: (e, q) => e.search(q),
    foldedBytes: (e) => e.folded_bytes(),
    indexBytes: (e) => (e.index_bytes ? e.index_bytes() : 0),
  };
}

// FlexSearch returns 100 results by default: ask for all. Several terms are
// ANDed with its Resolver (its CJK encoder keeps the space as a term, so
// "A B" as one string matches only paragraphs holding a space).
function flex(FlexSearch, make) {
  return {
    build: (ps) => {
      const index = make();
      for (let i = 0; i < ps.length; i++) index.add(i, ps[i]);
      return index;
    },
    search: (index, q) => {
      const limit = P.length;
      const ts = terms(q);
      if (ts.length === 1) return index.search(ts[0], { limit });
      let r = index.search(ts[0], { resolve: false, limit });
      for (const t of ts.slice(1)) r = r.and({ index, query: t, limit });
      return r.resolve({ limit });
    },
    // The query string as typed, whole.
    raw: (index, q) => index.search(q, { limit: P.length }),
  };
}

let impl = null;

bench.setup = async (name, url) => {
  P = await (await fetch(url)).json();
  impl = await ENGINES[name]();
  return { paragraphs: P.length, isolated: crossOriginIsolated };
};
bench.wasmBytes = () => (wasm ? wasm.memory.buffer.byteLength : 0);
bench.foldedBytes = () => (impl.foldedBytes ? impl.foldedBytes(engine) : 0);
bench.indexBytes = () => (impl.indexBytes ? impl.indexBytes(engine) : 0);
bench.build = () => {
  const t0 = performance.now();
  engine = impl.build(P);
  return performance.now() - t0;
};
bench.results = (queries) => queries.map((q) => Array.from(impl.search(engine, q)));
bench.raw = (queries) => (impl.raw ? queries.map((q) => impl.raw(engine, q).length) : null);
bench.time = (q, samples, warmup, minBatchMs) => {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += impl.search(engine, q).length;
  let t0 = performance.now();
  sink += impl.search(engine, q).length;
  const once = Math.max(performance.now() - t0, 0.005);
  const batch = Math.max(1, Math.ceil(minBatchMs / once));
  const out = [];
  for (let s = 0; s < samples; s++) {
    t0 = performance.now();
    for (let i = 0; i < batch; i++) sink += impl.search(engine, q).length;
    out.push((performance.now() - t0) / batch);
  }
  bench.sink = sink;
  return out;
};
`;
const PAGE = `<!doctype html><meta charset="utf-8"><title>engines</title><script type="module" src="/engines.mjs"></script>`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const mb = (bytes) => (bytes / 1048576).toFixed(1);
const ms = (x) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
const pct = (x) => (Number.isNaN(x) ? "n/a" : `${(x * 100).toFixed(1)}%`);

const pages = {
  "/bench.html": { body: PAGE, type: "text/html; charset=utf-8" },
  "/engines.mjs": { body: PAGE_MODULE, type: "text/javascript; charset=utf-8" },
  "/favicon.ico": { body: "", type: "image/x-icon" },
  // Served by hand: the harness's server knows no .mjs type.
  "/fx/flexsearch.bundle.module.min.mjs": {
    body: await readFile(join(flexDir, "flexsearch.bundle.module.min.mjs")),
    type: "text/javascript; charset=utf-8",
  },
};
const corpora = [];
for (const { label, path } of sizes) {
  const corpus = JSON.parse(await readFile(path, "utf8"));
  const texts = paragraphsOf(corpus);
  if (texts.some((p) => p.includes("\n"))) throw new Error(`${path}: a paragraph holds a newline`);
  const truth = QUERIES.map((q) => groundTruth(texts, q));
  const folded = texts.map(fold);
  const foldedTruth = QUERIES.map((q) => groundTruth(folded, q, fold));
  pages[`/paragraphs-${label}.json`] = { body: JSON.stringify(texts), type: "application/json" };
  corpora.push({
    label,
    reports: corpus.reports.length,
    paragraphs: texts.length,
    chars: texts.reduce((n, p) => n + p.length, 0),
    truth,
    foldedTruth,
  });
}

const server = await serveSite({
  mounts: [
    { prefix: "/sb/", dir: benchDir },
    { prefix: "/sb-scalar/", dir: scalarDir },
  ],
  pages,
  // Cross-origin isolation: performance.now() to 5 µs instead of 100 µs.
  headers: { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" },
});
// BENCH_ENGINES=ours,scan runs only those.
const engines = ENGINES.filter((e) => e !== "ours-scalar" || existsSync(join(scalarDir, "search_bench_bg.wasm"))).filter(
  (e) => !process.env.BENCH_ENGINES || process.env.BENCH_ENGINES.split(",").includes(e),
);
const browser = await launchBrowser();
const origin = server.url.replace(/\/$/, "");

async function heap(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send("HeapProfiler.collectGarbage");
  return (await cdp.send("Runtime.getHeapUsage")).usedSize;
}

/** Recall and precision summed over the queries (micro-averaged). */
function score(results, truth) {
  let found = 0;
  let correct = 0;
  let expected = 0;
  const perQuery = results.map((ids, q) => {
    const want = new Set(truth[q]);
    const ok = ids.filter((i) => want.has(i)).length;
    found += ids.length;
    correct += ok;
    expected += want.size;
    return { returned: ids.length, correct: ok, expected: want.size };
  });
  return { recall: correct / expected, precision: correct / found, perQuery };
}

console.log(`Search engines compared, Chromium ${browser.version()}, FlexSearch ${JSON.parse(await readFile(join(repoRoot, "node_modules/flexsearch/package.json"), "utf8")).version}`);
console.log(`${QUERIES.length} queries: ${QUERIES.join(", ")}; ${SAMPLES} samples each after ${WARMUP} warm-up runs`);
const rows = [];
for (const c of corpora) {
  console.log(`\n== ${c.label}: ${c.reports} reports, ${c.paragraphs} paragraphs, ${c.chars} characters`);
  const extraByFolding = c.foldedTruth.reduce((n, f, q) => n + f.length - c.truth[q].length, 0);
  console.log(`ground truth: ${c.truth.reduce((n, t) => n + t.length, 0)} paragraph matches; folding (traditional → simplified, width, case) adds ${extraByFolding}`);
  for (const name of engines) {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`${origin}/bench.html`);
    await page.waitForFunction(() => window.bench);
    const cdp = await page.context().newCDPSession(page);
    const setup = await page.evaluate(([n, url]) => window.bench.setup(n, url), [name, `/paragraphs-${c.label}.json`]);
    if (!setup.isolated) throw new Error("page is not cross-origin isolated");
    if (setup.paragraphs !== c.paragraphs) throw new Error("paragraph count differs");
    const heapBefore = await heap(cdp);
    const buildMs = await page.evaluate(() => window.bench.build());
    const heapAfter = await heap(cdp);
    const wasmBytes = await page.evaluate(() => window.bench.wasmBytes());
    const foldedBytes = await page.evaluate(() => window.bench.foldedBytes());
    const indexBytes = await page.evaluate(() => window.bench.indexBytes());
    const results = await page.evaluate((qs) => window.bench.results(qs), QUERIES);
    const raw = await page.evaluate((qs) => window.bench.raw(qs), QUERIES);
    const exact = score(results, c.truth);
    const folded = score(results, c.foldedTruth);
    const times = [];
    const perQueryMs = [];
    for (const q of QUERIES) {
      const t = await page.evaluate(([q, s, w, b]) => window.bench.time(q, s, w, b), [q, SAMPLES, WARMUP, MIN_BATCH_MS]);
      times.push(...t);
      perQueryMs.push(median(t));
    }
    if (errors.length) throw new Error(`${name}: ${errors.join("; ")}`);
    const row = {
      corpus: c.label,
      engine: name,
      buildMs,
      median: median(times),
      p95: p95(times),
      heapBefore,
      heapAfter,
      wasmBytes,
      foldedBytes,
      indexBytes,
      exact,
      folded,
      perQueryMs,
      raw,
    };
    rows.push(row);
    console.log(
      `${name.padEnd(12)} build ${ms(buildMs).padStart(8)} ms | query median ${ms(row.median).padStart(7)} ms, p95 ${ms(row.p95).padStart(7)} ms | ` +
        `JS heap ${mb(heapBefore)} → ${mb(heapAfter)} MB (engine +${mb(heapAfter - heapBefore)}), wasm ${mb(wasmBytes)} MB${foldedBytes ? ` (folded text ${(foldedBytes / 1048576).toFixed(2)} MB${indexBytes ? `, index ${(indexBytes / 1048576).toFixed(2)} MB` : ""})` : ""} | ` +
        `recall ${pct(exact.recall)}, precision ${pct(exact.precision)} (against folded truth: ${pct(folded.recall)}, ${pct(folded.precision)})`,
    );
    console.log(
      `${"".padEnd(12)} per query (returned/correct/expected, median ms): ` +
        QUERIES.map((q, i) => `${q} ${exact.perQuery[i].returned}/${exact.perQuery[i].correct}/${exact.perQuery[i].expected} ${ms(perQueryMs[i])}`).join("; "),
    );
    if (raw) {
      const multi = QUERIES.map((q, i) => [q, i]).filter(([q]) => terms(q).length > 1);
      console.log(`${"".padEnd(12)} multi-term query passed whole, as typed: ${multi.map(([q, i]) => `${q} → ${raw[i]} results`).join("; ")}`);
    }
    await page.close();
  }
}

console.log("\n| reports (paragraphs) | engine | build ms | query median / p95 ms | JS heap: engine MB | wasm memory MB (folded text + index) | recall | precision |");
console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  const c = corpora.find((x) => x.label === r.corpus);
  console.log(
    `| ${Number(r.corpus).toLocaleString("en")} (${c.paragraphs.toLocaleString("en")}) | ${r.engine} | ${ms(r.buildMs)} | ${ms(r.median)} / ${ms(r.p95)} | ` +
      `${mb(r.heapAfter - r.heapBefore)} | ${r.wasmBytes ? `${mb(r.wasmBytes)} (${(r.foldedBytes / 1048576).toFixed(2)}${r.indexBytes ? ` + ${(r.indexBytes / 1048576).toFixed(2)}` : ""})` : "–"} | ${pct(r.exact.recall)} | ${pct(r.exact.precision)} |`,
  );
}
await browser.close();
await server.close();
