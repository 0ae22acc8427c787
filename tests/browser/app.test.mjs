// The release build of the app, served over HTTP, in headless Chromium: the
// seed corpus is listed, search highlights hits in the list and the reader,
// the district filter narrows the list, and the reader shows clean text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, screenshot, useBrowser } from "./harness.mjs";

const ctx = useBrowser();

test("loads with no console error and lists the five seed reports", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  const results = page.getByTestId("result");
  assert.equal(await results.count(), 5);
  assert.equal(await page.getByTestId("result-count").textContent(), "5 of 5 reports");
  const titles = await page.getByTestId("result-title").allTextContents();
  assert.ok(titles.includes("乘风破浪行 坊子奋力开创高质量发展新局面"), titles.join("|"));
  const districts = await page.getByTestId("result-district").allTextContents();
  // Each report's region at its level.
  assert.deepEqual([...new Set(districts)].sort(), ["坊子区 · county", "奎文区 · county", "济阳区 · county"].sort());
  const dates = await page.getByTestId("result-date").allTextContents();
  assert.ok(dates.includes("2021-02-19"));
  assert.ok(dates.includes("2023-07-06 (inferred)"));
  const sources = await page.getByTestId("result-source").allTextContents();
  assert.ok(sources.includes("闪电新闻"));
  await screenshot(page, "01-list");
  assert.deepEqual(errors, []);
  await page.close();
});

test("search highlights every hit in the list and in the reader", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  await page.getByTestId("search").fill("营商环境 双招双引");
  await page.waitForFunction(() => document.querySelector("[data-testid=result-count]").textContent.includes("match"));
  const count = await page.getByTestId("result").count();
  assert.ok(count >= 1 && count < 5, `matching reports: ${count}`);
  // Each term has its own colour class, in snippets and titles alike.
  assert.ok((await page.locator("[data-testid=result-list] mark.re-hit-0").count()) > 0);
  assert.ok((await page.locator("[data-testid=result-list] mark.re-hit-1").count()) > 0);
  for (const text of await page.locator("[data-testid=result-list] mark.re-hit-0").allTextContents()) {
    assert.equal(text, "营商环境");
  }
  // Term totals under the box add up to the per-report chips.
  const totals = await page.getByTestId("term-totals").textContent();
  assert.match(totals, /营商环境 \d+/);

  await page.getByTestId("result").first().locator("button.re-result-open").click();
  const reader = page.getByTestId("reader");
  await reader.waitFor();
  const readerMarks = reader.locator("mark.re-hit");
  const marks = await readerMarks.count();
  assert.ok(marks > 0);
  const hitsLabel = await page.getByTestId("reader-hits").textContent();
  const expected = await reader.locator("mark[data-hit-start]").count();
  assert.equal(hitsLabel, `${expected} hits in this report`);
  // Every occurrence in the reader's text is marked: none left unmarked.
  const unmarked = await reader.evaluate((el) => {
    const clone = el.cloneNode(true);
    // Theme chips are labels of the app, not report text.
    clone.querySelectorAll("mark, details, .re-section-themes").forEach((m) => m.remove());
    return (clone.textContent.match(/营商环境|双招双引/g) ?? []).length;
  });
  assert.equal(unmarked, 0);
  await screenshot(page, "02-search-reader");
  await screenshot(page, "02-search-reader-viewport", { fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the region facet narrows the list to a district", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await page.getByTestId("facet-region").getByLabel("奎文区 (2)").check();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=result]").length === 2);
  const districts = await page.getByTestId("result-district").allTextContents();
  assert.deepEqual(districts, ["奎文区 · county", "奎文区 · county"]);
  // Facet and search combine.
  await page.getByTestId("search").fill("城市更新");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=result]").length === 1);
  await screenshot(page, "03-filter");
  await page.close();
});

test("the reader shows title, metadata, headings and clean paragraphs, and no noise in the body", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await page.locator("[data-report-id]", { hasText: "加快向高质量中心城区转型" }).locator("button.re-result-open").click();
  const reader = page.getByTestId("reader");
  await reader.waitFor();
  assert.equal(await page.getByTestId("reader-title").textContent(), "加快向高质量中心城区转型 我区奋力实现北部新区建设新突破");
  assert.match(await page.getByTestId("meta-date").textContent(), /2020-05-14/);
  assert.equal(await page.getByTestId("meta-source").textContent(), "济南市济阳区政府");
  assert.match(await page.getByTestId("meta-region").textContent(), /山东省 济南市 济阳区 \(370115\)/);
  assert.equal(await page.getByTestId("meta-authors").textContent(), "孟强、门波");
  const headings = await page.getByTestId("reader-heading").allTextContents();
  assert.deepEqual(headings, ["聚焦“百亿级产业集群”推动高质量发展", "精准招商引进龙头企业确保重点项目顺利推进", "城市环境进一步改善全面小康的成色更足更亮", "办好十大民生实事不断增强群众幸福感"]);
  const body = (await page.getByTestId("reader-paragraph").allTextContents()).join("\n");
  for (const noise of ["相关推荐", "返回顶部", "扫码关注", "字号", "(孟强 门波)", "责任编辑"]) {
    assert.ok(!body.includes(noise), `body contains ${noise}`);
  }
  // The removed noise is kept aside, visible on request.
  const noise = page.getByTestId("reader-noise");
  await noise.locator("summary").click();
  assert.match(await noise.textContent(), /相关推荐/);
  await screenshot(page, "04-reader");
  await page.close();
});

test("a report without a title says its title is derived, and its inferred date says so", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await page.locator("[data-report-id]", { hasText: "derived title" }).locator("button.re-result-open").click();
  await page.getByTestId("reader").waitFor();
  assert.match(await page.getByTestId("meta-date").textContent(), /2023-07-06.*inferred.*7月6日/s);
  assert.equal(await page.getByTestId("meta-source").textContent(), "闪电新闻");
  const text = await page.getByTestId("reader").textContent();
  assert.ok(!text.includes("凯时棋牌"), "spam is not shown");
  await page.close();
});
