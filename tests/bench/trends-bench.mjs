// Trends benchmark in headless Chromium, against the release build: with
// the Trends view open, each keystroke of a few terms typed one character
// at a time, from the input event to the second frame after it (the chart
// and table drawn for the new query), and per corpus the time from choosing
// a period to its new terms drawn (never on keystrokes): the latest year
// first (which reads the corpus once for every period), then the year
// before it, then the latest again. Prints figures; asserts nothing about
// speed. Run through scripts/bench-trends.sh.
import { launchBrowser } from "../browser/harness.mjs";
import { corpusArgs, median, p95, serveCorpora } from "./corpora.mjs";

const TERMS = ["高质量发展", "营商环境", "乡村振兴 城市更新", "新旧动能转换", "招商引资"];
const REPEATS = 3;

const sizes = corpusArgs();
const fmt = (x) => x.toFixed(1).padStart(8);
const server = await serveCorpora(sizes);
const browser = await launchBrowser();

console.log(`Trends benchmark: ${TERMS.length} queries typed key by key, ${REPEATS} times each, Chromium ${browser.version()}`);
console.log("reports | keystrokes | keystroke-to-drawn ms: median    p95    max | new terms drawn ms: first year, another, first again");
for (const { label } of sizes) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}bench-${label}.html`);
  await page.waitForSelector("[data-testid=result-list]", { timeout: 120000 });
  await page.getByTestId("tab-trends").click();
  // New terms, listed on a reader's choice of a period: from the change to
  // the frame after the heading names the period and its list is drawn.
  const choose = (period) =>
    page.evaluate(async (period) => {
      const select = document.querySelector("[data-testid=new-terms-period]");
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const drawn = () =>
        document.querySelector("[data-testid=new-terms] h3").textContent.includes(period) &&
        document.querySelector("[data-testid=new-terms] :is([data-testid=new-term], [data-testid=new-terms-none])");
      const start = performance.now();
      select.value = period;
      select.dispatchEvent(new Event("change", { bubbles: true }));
      while (!drawn()) await frame();
      await frame();
      return performance.now() - start;
    }, period);
  const options = page.getByTestId("new-terms-period").locator("option");
  const [latest, previous] = [await options.nth(1).getAttribute("value"), await options.nth(2).getAttribute("value")];
  const newTermsMs = [await choose(latest), await choose(previous), await choose(latest)];
  // Back to none, so keystrokes are timed on the trends alone.
  await page.getByTestId("new-terms-period").selectOption("");
  const drawn = [];
  for (let r = 0; r < REPEATS; r++) {
    for (const term of TERMS) {
      await page.getByTestId("search").fill("");
      await page.waitForTimeout(30);
      const times = await page.evaluate(async (term) => {
        const input = document.querySelector("[data-testid=search]");
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        const times = [];
        for (let i = 1; i <= [...term].length; i++) {
          const start = performance.now();
          input.value = [...term].slice(0, i).join("");
          input.dispatchEvent(new Event("input", { bubbles: true }));
          await frame();
          await frame();
          times.push(performance.now() - start);
        }
        return times;
      }, term);
      // The view shows the whole term: the table's header names it.
      const header = await page.getByTestId("trends-table").locator("thead").textContent();
      if (!header.includes(term.split(" ").at(-1))) throw new Error(`trends not drawn for ${term}: ${header}`);
      drawn.push(...times);
    }
  }
  console.log(
    `${label.padStart(7)} | ${String(drawn.length).padStart(10)} | ${fmt(median(drawn))} ${fmt(p95(drawn))} ${fmt(Math.max(...drawn))} | ${newTermsMs.map(fmt).join(" ")}`,
  );
  await page.close();
}
await browser.close();
await server.close();
