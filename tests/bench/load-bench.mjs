// Load and interaction benchmark in headless Chromium, against the release
// build. Prints figures; asserts nothing about speed. Run through
// scripts/bench-load.sh, which makes the corpora it names.
//
// 1. Load to interactive for the bundled corpus against the floor: a plain
//    static HTML page showing the same reports' text. The page is usable
//    when its first screen (index.html's list and search box, which take
//    clicks and typing before the wasm runs) is parsed with its
//    stylesheet; the app has started when its own result list is in the
//    page (the wasm has started, the corpus is read and the first view is
//    drawn, handlers attached); the floor when its DOMContentLoaded has
//    run. All from navigation start, each a cold load in a fresh browser
//    context.
// 2. At a large corpus, loaded whole and in parts: time to interactive and
//    to every report loaded, then a facet click, opening a report, and a
//    comparison of two districts, each until two frames after the change.
import { readFile } from "node:fs/promises";
import { serveSite, launchBrowser, hostPage, distDir } from "../browser/harness.mjs";

const [bundledPath, largeLabel, largeWhole, largeParts] = process.argv.slice(2);
if (!largeParts) throw new Error("usage: node load-bench.mjs <corpus.json> <label> <large corpus.json> <parts folder>");
const RUNS = 9;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => x.toFixed(0).padStart(6);

/** The floor: the bundled reports as plain static HTML, no script. */
function plainPage(corpus) {
  const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const reports = corpus.reports.map((r) => {
    const sections = r.sections.map((s) => `${s.heading.map((h) => `<h3>${escape(h)}</h3>`).join("")}${s.paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}`);
    return `<article><h2>${escape(r.title)}</h2>\n${sections.join("\n")}</article>`;
  });
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>Reports</title></head><body><main>${reports.join("\n")}</main></body></html>`;
}

const bundled = JSON.parse(await readFile(bundledPath, "utf8"));
const server = await serveSite({
  mounts: [
    { prefix: "/parts/", dir: largeParts },
    { prefix: "/", dir: distDir },
  ],
  pages: {
    "/plain.html": { body: plainPage(bundled), type: "text/html; charset=utf-8" },
    "/large.json": { body: await readFile(largeWhole), type: "application/json" },
    "/whole.html": { body: await hostPage('data-corpus-url="large.json"'), type: "text/html; charset=utf-8" },
    "/in-parts.html": { body: await hostPage('data-corpus-url="parts/corpus.json"'), type: "text/html; charset=utf-8" },
  },
});
const browser = await launchBrowser();

// Records, from navigation start, when the result list first appears.
const watchForResults = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector("[data-first-screen-list] li") && document.querySelector("[data-first-screen-search]")) {
      window.__hadFirstScreen = true;
    }
    if (document.querySelector("[data-testid=result-list]")) {
      window.__interactiveAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

// When a page is parsed (DOMContentLoaded has run: the first screen's box
// and links work from then) and when it first showed content.
const parsedAndPainted = async (page) => {
  await page.waitForLoadState("domcontentloaded");
  await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
  return page.evaluate(() => ({
    parsed: performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd,
    painted: performance.getEntriesByName("first-contentful-paint")[0].startTime,
  }));
};
const firstScreenUsable = async (page) => {
  const times = await parsedAndPainted(page);
  if (!(await page.evaluate(() => window.__hadFirstScreen))) throw new Error("no first screen in the page");
  return times;
};

async function coldLoad(path, until) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(watchForResults);
  await page.goto(server.url + path.slice(1));
  const ms = await until(page);
  return { ms, page, context };
}

const appInteractive = async (page) => {
  await page.waitForFunction(() => window.__interactiveAt !== undefined, null, { timeout: 120000 });
  return page.evaluate(() => window.__interactiveAt);
};
const plainLoaded = parsedAndPainted;

console.log(`Load benchmark, Chromium ${browser.version()}, median of ${RUNS} cold loads`);
const first = { parsed: [], painted: [] };
const floor = { parsed: [], painted: [] };
const app = [];
for (let i = 0; i < RUNS; i++) {
  const { ms, page, context } = await coldLoad("/", firstScreenUsable);
  first.parsed.push(ms.parsed);
  first.painted.push(ms.painted);
  app.push(await appInteractive(page));
  await context.close();
  const plain = await coldLoad("/plain.html", plainLoaded);
  floor.parsed.push(plain.ms.parsed);
  floor.painted.push(plain.ms.painted);
  await plain.context.close();
}
const line = (label, xs, of) => `  ${label.padEnd(44)} ${fmt(median(xs))} ms, ratio ${(median(xs) / median(of)).toFixed(2)}`;
console.log(`bundled corpus (${bundled.reports.length} reports); plain HTML floor: parsed ${median(floor.parsed).toFixed(0)} ms, first paint ${median(floor.painted).toFixed(0)} ms`);
console.log(line("first screen parsed (list and box work)", first.parsed, floor.parsed));
console.log(line("first screen painted", first.painted, floor.painted));
console.log(line("app started (its own list), against parsed", app, floor.parsed));

/** Milliseconds from `act` to two frames after `ready(arg)` holds in the page. */
async function interaction(page, act, ready, arg = null) {
  const start = await page.evaluate(() => performance.now());
  await act();
  await page.waitForFunction(ready, arg, { timeout: 60000 });
  return page.evaluate(async (start) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    await frame();
    await frame();
    return performance.now() - start;
  }, start);
}

console.log(`\n${largeLabel} reports | interactive ms | all loaded ms | facet click ms | open report ms | compare ms`);
for (const [name, path] of [["whole", "/whole.html"], ["in parts", "/in-parts.html"]]) {
  const rows = { interactive: [], all: [], facet: [], open: [], compare: [] };
  for (let i = 0; i < 3; i++) {
    const { ms, page, context } = await coldLoad(path, appInteractive);
    rows.interactive.push(ms);
    await page.waitForFunction(() => !document.querySelector("[data-testid=parts-loading]"), null, { timeout: 120000 });
    rows.all.push(await page.evaluate(() => performance.now()));
    rows.facet.push(
      await interaction(
        page,
        () => page.getByTestId("facet-year").locator("input").first().check(),
        (before) => document.querySelector("[data-testid=result-count]").textContent !== before,
        await page.getByTestId("result-count").textContent(),
      ),
    );
    rows.open.push(
      await interaction(
        page,
        () => page.getByTestId("result").nth(3).locator("button.re-result-open").click(),
        () => document.querySelector("[data-testid=reader-title]"),
      ),
    );
    await page.getByTestId("tab-compare").click();
    const picks = page.getByTestId("compare-pick").locator("input");
    await picks.nth(0).check();
    rows.compare.push(
      await interaction(
        page,
        () => picks.nth(1).check(),
        () => document.querySelector("[data-testid=comparison-main] [data-testid=chart-themes]"),
      ),
    );
    await context.close();
  }
  console.log(`${name.padStart(11)} | ${fmt(median(rows.interactive))} | ${fmt(median(rows.all))} | ${fmt(median(rows.facet))} | ${fmt(median(rows.open))} | ${fmt(median(rows.compare))}`);
}
await browser.close();
await server.close();
