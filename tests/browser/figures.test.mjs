// The figures table in the release build: filters, sorting, a row opening
// its sentence in the reader where the figure is marked, the CSV export, and
// the "has figures" facet.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { openPage, screenshot, waitForResults, useBrowser, artifactsDir, typeKeyByKey, typeThroughIme, serveStatic, synthCorpus, hostPage } from "./harness.mjs";

const ctx = useBrowser(async () =>
  serveStatic(undefined, "/", {
    // Thirty made-up reports: over a thousand figures.
    "synth.json": { body: synthCorpus(30), type: "application/json" },
    "synth.html": { body: await hostPage('data-corpus-url="synth.json"'), type: "text/html; charset=utf-8" },
  }),
);

async function figuresOf(page, district) {
  if (district) await page.getByTestId("facet-region").getByLabel(new RegExp(`${district} \\(`)).check();
  await page.getByTestId("tab-figures").click();
  await page.getByTestId("figure-table").waitFor();
}

const count = async (page) => Number((await page.getByTestId("figure-count").textContent()).split(" ")[0]);

test("filters by kind, value and indicator, and sorts by value", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  await figuresOf(page, "奎文区");
  const all = await count(page);
  assert.ok(all > 20, `figures: ${all}`);
  assert.equal(await page.getByTestId("figure-row").count(), all);
  // Growth above 10%.
  await page.getByTestId("figure-kind-growth").check();
  await page.getByTestId("figure-min").fill("10");
  const growth = await count(page);
  assert.ok(growth > 0 && growth < all);
  for (const row of await page.getByTestId("figure-row").all()) {
    assert.equal(await row.getAttribute("data-kind"), "growth");
    assert.ok(Number(await row.getAttribute("data-value")) >= 10);
  }
  const indicators = await page.getByTestId("figure-indicator-cell").allTextContents();
  assert.ok(indicators.includes("一般公共预算收入") && indicators.includes("进出口总额"), indicators.join("|"));
  await page.getByTestId("figure-indicator").fill("进出口");
  assert.equal(await count(page), 1);
  await page.getByTestId("figure-indicator").fill("");
  await page.getByTestId("figure-sort-value").click();
  const values = await page.getByTestId("figure-row").evaluateAll((rows) => rows.map((r) => Number(r.dataset.value)));
  assert.deepEqual(values, [...values].sort((a, b) => b - a));
  await screenshot(page, "30-figures", { fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the indicator is typed through a Chinese input method: its pinyin filters nothing, the committed word does", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  await figuresOf(page, "奎文区");
  const all = await count(page);
  const box = page.getByTestId("figure-indicator");
  await typeThroughIme(page, box, [{ pinyin: "jinchukou", word: "进出口" }], {
    duringComposition: async (pinyin) => {
      assert.equal(await box.inputValue(), pinyin);
      assert.equal(await count(page), all, `filtered on ${pinyin}`);
      assert.doesNotMatch(decodeURIComponent(new URL(page.url()).hash), /jin/, "pinyin written to the link");
    },
  });
  await page.waitForFunction((all) => Number(document.querySelector("[data-testid=figure-count]").textContent.split(" ")[0]) < all, all);
  const shown = await page.getByTestId("figure-indicator-cell").allTextContents();
  assert.ok(shown.length > 0 && shown.every((t) => t.includes("进出口")), shown.join("|"));
  assert.deepEqual(errors, []);
  await page.close();
});

test("a bound typed in full-width digits reads as the same number; one that is no number says so and filters nothing", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  await figuresOf(page, "奎文区");
  const all = await count(page);
  const min = page.getByTestId("figure-min");
  await typeKeyByKey(page, min, "10");
  await page.waitForFunction((all) => Number(document.querySelector("[data-testid=figure-count]").textContent.split(" ")[0]) < all, all);
  const atLeastTen = await count(page);
  // An input method in full-width mode commits １０ and ％.
  await min.fill("");
  await typeThroughIme(page, min, [{ pinyin: "10", word: "１０" }]);
  await page.waitForFunction((n) => Number(document.querySelector("[data-testid=figure-count]").textContent.split(" ")[0]) === n, atLeastTen);
  assert.equal(await page.getByTestId("figure-bound-problem").count(), 0);
  await typeThroughIme(page, min, [{ pinyin: "%", word: "％" }]);
  assert.equal(await page.getByTestId("figure-bound-problem").count(), 0);
  // Letters are no number: said, and the table is not filtered by them.
  await min.fill("");
  await typeKeyByKey(page, min, "abc");
  await page.getByTestId("figure-bound-problem").waitFor();
  assert.equal((await page.getByTestId("figure-bound-problem").textContent()).trim(), "not a number: abc");
  assert.equal(await count(page), all);
  assert.deepEqual(errors, []);
  await page.close();
});

test("many figures are drawn a page at a time; more on request, with the focus on the first new row; a filter starts again", async () => {
  const { page, errors } = await openPage(ctx.browser, `${ctx.server.url}synth.html`);
  await figuresOf(page);
  const all = await count(page);
  assert.ok(all > 500, `figures: ${all}`);
  assert.equal(await page.getByTestId("figure-row").count(), 250);
  assert.equal(await page.getByTestId("figure-count").textContent(), `${all} figures (first 250 shown; the export has all)`);
  const more = page.getByTestId("figure-more");
  assert.equal((await more.textContent()).trim(), `Show 250 more figures of ${all - 250}`);
  await more.click();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=figure-row]").length === 500);
  await page.waitForFunction(() => document.activeElement === document.querySelectorAll("[data-testid=figure-open]")[250]);
  // Another filter is another list: its first page only.
  await page.getByTestId("figure-kind-growth").check();
  const growth = await count(page);
  assert.equal(await page.getByTestId("figure-row").count(), Math.min(250, growth));
  assert.deepEqual(errors, []);
  await page.close();
});

test("a figure opens its sentence in the reader, where it is marked", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await figuresOf(page, "奎文区");
  await page.getByTestId("figure-indicator").fill("固定资产投资");
  await page.getByTestId("figure-row").filter({ hasText: "6.1%" }).getByTestId("figure-open").click();
  await page.getByTestId("reader").waitFor();
  const focused = page.locator("[data-testid=reader] .re-figure.re-figure-focus");
  await focused.first().waitFor();
  assert.match((await focused.allTextContents()).join(""), /固定资产投资增长6\.1%/);
  // It is scrolled into the reader's view.
  await page.waitForFunction(() => {
    const el = document.querySelector(".re-figure-focus");
    const pane = el.closest(".re-reader-pane").getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.top >= pane.top && r.bottom <= pane.bottom;
  });
  assert.ok((await page.locator("[data-testid=reader] .re-figure").count()) > 10, "figures are marked in the reader");
  await screenshot(page, "31-figure-in-reader", { fullPage: false });
  await page.close();
});

test("the figures table exports as CSV with the quoted sentence", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await figuresOf(page, "坊子区");
  await page.getByTestId("figure-indicator").fill("电子信息");
  assert.equal(await count(page), 1);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("figure-export").click()]);
  assert.match(download.suggestedFilename(), /^figures-(.+-)?\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "").trim().split("\r\n");
  assert.equal(rows.length, 2);
  assert.match(rows[0], /^report_title,date,date_inferred,province,city,district,source,indicator,canonical_indicator,value/);
  assert.match(rows[1], /^乘风破浪行 坊子奋力开创高质量发展新局面,2021-02-19,no,山东省,潍坊市,坊子区,中国网特产中国,电子信息,,17\.3,,%,,,growth,,actual,/);
  assert.match(rows[1], /机械制造、电子信息两大优势产业收入分别增长10\.4%和17\.3%。/);
  await page.close();
});

test("the has-figures facet counts and filters", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  const facet = page.getByTestId("facet-figures");
  assert.match(await facet.textContent(), /with figures \(5\)/);
  await facet.getByLabel(/without figures/).check();
  await waitForResults(page, 0);
  await facet.getByLabel(/with figures \(/).first().check();
  await waitForResults(page, 5);
  await page.close();
});

test("the filter controls never overlap, in English or in Chinese, wide or on a phone", async () => {
  for (const [locale, width] of [["en-US", 1280], ["zh-CN", 1280], ["zh-CN", 360]]) {
    const context = await ctx.browser.newContext({ locale, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(ctx.server.url);
    await page.getByTestId("result-list").waitFor();
    await figuresOf(page);
    const overlaps = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll(".re-figure-filters :is(label, input, select, .re-label)")].map((el) => ({
        el,
        name: el.dataset.testid ?? el.textContent.trim().slice(0, 12),
        r: el.getBoundingClientRect(),
      }));
      const hit = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      // A control and its own label hold each other; anything else must not meet.
      return boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => !a.el.contains(b.el) && !b.el.contains(a.el) && hit(a.r, b.r))
          .map((b) => `${a.name} × ${b.name}`),
      );
    });
    assert.deepEqual(overlaps, [], `${locale} at ${width} px`);
    // Value, kind, status and period are short: each stays on one line
    // (实际, not 实 over 际), heading and cells, however long the indicators.
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll(".re-figure-table tr")].slice(0, 30).flatMap((row) =>
        [...row.children].slice(2).filter((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
        }).map((cell) => cell.textContent.trim()),
      ),
    );
    assert.deepEqual(broken, [], `${locale} at ${width} px: cells over more than one line`);
    // The report and the indicator keep a few characters a line: on a phone
    // the table scrolls sideways rather than squeeze them to two.
    const squeezed = await page.evaluate(() =>
      [...document.querySelectorAll(".re-figure-table tbody tr")].slice(0, 30).flatMap((row) =>
        [...row.children].slice(0, 2).filter((cell) => cell.getBoundingClientRect().width < 4 * parseFloat(getComputedStyle(cell).fontSize)).map((cell) => cell.textContent.trim()),
      ),
    );
    assert.deepEqual(squeezed, [], `${locale} at ${width} px: report or indicator squeezed`);
    if (width === 1280 && locale === "zh-CN") await page.locator(".re-figure-filters").screenshot({ path: join(artifactsDir, "32-figure-filters-zh.png") });
    await context.close();
  }
});
