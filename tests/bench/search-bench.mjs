// Search benchmark in headless Chromium, against the release build: query
// latency (search plus counts, as the app measures it, and input-to-paint)
// and frame times while typing, at several corpus sizes. Prints figures; it
// asserts nothing about speed. Run through scripts/bench-search.sh.
import { launchBrowser } from "../browser/harness.mjs";
import { corpusArgs, median, p95, serveCorpora } from "./corpora.mjs";

const QUERIES = [
  "营商环境",
  "双招双引",
  "新旧动能转换",
  "乡村振兴 | 城市更新",
  "\"高质量发展\" -疫情",
  "固定资产投资 增长",
  "區域",
  "GDP",
  "招",
  "不存在的词语",
];
const REPEATS = 5;

const sizes = corpusArgs();
const fmt = (x) => x.toFixed(2).padStart(8);
const server = await serveCorpora(sizes);
const browser = await launchBrowser();

console.log(`Search benchmark: ${QUERIES.length} queries x ${REPEATS} runs each, Chromium ${browser.version()}`);
console.log("reports | load ms | search+counts ms: median  p95 | input-to-paint ms: median  p95 | typing: worst frame ms, fps");
for (const { label } of sizes) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const t0 = Date.now();
  await page.goto(`${server.url}bench-${label}.html`);
  await page.waitForSelector("[data-testid=result-list]", { timeout: 120000 });
  const loadMs = Date.now() - t0;
  const searchMs = [];
  const paintMs = [];
  for (const q of QUERIES) {
    for (let i = 0; i < REPEATS; i++) {
      await page.getByTestId("search").fill("");
      await page.waitForTimeout(20);
      const result = await page.evaluate(async (q) => {
        const input = document.querySelector("[data-testid=search]");
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        const start = performance.now();
        input.value = q;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await frame();
        await frame();
        const paint = performance.now() - start;
        const search = Number(document.querySelector("[data-testid=result-count]").dataset.searchMs);
        return { paint, search };
      }, q);
      searchMs.push(result.search);
      paintMs.push(result.paint);
    }
  }
  await page.getByTestId("search").fill("");
  await page.waitForTimeout(50);
  const typing = await page.evaluate(async () => {
    const input = document.querySelector("[data-testid=search]");
    const gaps = [];
    let last = performance.now();
    let running = true;
    const loop = (t) => {
      gaps.push(t - last);
      last = t;
      if (running) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    const text = "营商环境优化提升";
    const started = performance.now();
    for (let i = 1; i <= text.length; i++) {
      input.value = text.slice(0, i);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((r) => setTimeout(r, 60));
    }
    running = false;
    const elapsed = performance.now() - started;
    return { worst: Math.max(...gaps.slice(1)), fps: (gaps.length / elapsed) * 1000 };
  });
  console.log(
    `${label.padStart(7)} | ${String(loadMs).padStart(7)} | ${fmt(median(searchMs))} ${fmt(p95(searchMs))} | ${fmt(median(paintMs))} ${fmt(p95(paintMs))} | ${fmt(typing.worst)} ${typing.fps.toFixed(0).padStart(4)}`,
  );
  await page.close();
}
await browser.close();
await server.close();
