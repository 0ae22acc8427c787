// District comparison in the release build: choosing districts (from the
// picker and from the list), the numbers shown against the corpus, shared
// slogans, figures lined up with caveats, term rates, over time, export, and
// a screenshot to look at.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { openPage, screenshot, useBrowser, artifactsDir } from "./harness.mjs";

const ctx = useBrowser();

async function compareFangziKuiwen(page) {
  await page.getByTestId("tab-compare").click();
  await page.getByTestId("compare-empty").waitFor();
  // Nothing to export or print until two districts are chosen, and it shows.
  const actions = [page.getByTestId("compare-export"), page.getByTestId("compare-print")];
  for (const action of actions) {
    assert.ok(await action.isDisabled());
    assert.equal(await action.evaluate((b) => getComputedStyle(b).opacity), "0.5");
  }
  await page.getByTestId("compare-pick").filter({ hasText: "坊子区" }).locator("input").check();
  await page.getByTestId("compare-pick").filter({ hasText: "奎文区" }).locator("input").check();
  await page.getByTestId("comparison-main").getByTestId("aligned-figures").waitFor();
  for (const action of actions) assert.ok(await action.isEnabled());
  return page.getByTestId("comparison-main");
}

test("two districts side by side, with numbers that match the corpus", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  await page.getByTestId("search").fill("城市更新 乡村振兴");
  const main = await compareFangziKuiwen(page);
  const units = await main.getByTestId("compare-unit").allTextContents();
  assert.equal(units.length, 2);
  assert.deepEqual(await main.getByTestId("compare-unit-reports").allTextContents(), ["2", "2"]);
  assert.match(units[0], /坊子区.*2021-02-19 – 2021-02-19|坊子区.*2021 – 2021-02-19/);
  // Theme chart with its table; term rates chart.
  await main.getByTestId("chart-themes").waitFor();
  assert.equal(await main.locator("[data-testid=chart-themes] rect").count(), 16);
  const rates = await main.getByTestId("chart-rates-table").locator("tbody tr").allTextContents();
  assert.equal(rates.length, 2);
  // 乡村振兴 is used by 坊子区, not by 奎文区.
  const rural = await main.getByTestId("chart-rates-table").locator("tbody tr", { hasText: "乡村振兴" }).locator("td").allTextContents();
  assert.ok(Number(rural[0]) > 0 && rural[1] === "0", rural.join("|"));
  // Distinctive terms for each.
  assert.equal(await main.getByTestId("key-terms").count(), 2);
  // A slogan both use, with counts.
  const shared = await main.getByTestId("shared-slogan").allTextContents();
  assert.ok(shared.some((s) => s.includes("“双招双引”") && s.includes("坊子区") && s.includes("奎文区")), shared.join("|"));
  // Figures lined up: 重点项目 (a canonical indicator, one row per kind) in
  // both; rows whose periods differ are flagged.
  const row = main.getByTestId("aligned-row").filter({ hasText: /^重点项目 · count/ });
  assert.ok((await row.getByTestId("aligned-figure").count()) >= 2);
  const mixed = main.getByTestId("aligned-row").filter({ hasText: /^项目/ });
  assert.match(await mixed.getByTestId("caveat").textContent(), /Not like for like: different periods/);
  await screenshot(page, "40-compare");
  assert.deepEqual(errors, []);
  await page.close();
});

test("chart labels are never cut, in English (long theme names) or in Chinese", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await page.getByTestId("search").fill("城市更新 乡村振兴");
  const main = await compareFangziKuiwen(page);
  for (const lang of ["en", "zh-CN"]) {
    await page.getByTestId("language").selectOption(lang);
    await main.getByTestId("chart-themes").waitFor();
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll("[data-testid=comparison-main] .re-chart svg")].flatMap((svg) => {
        const bars = Math.min(...[...svg.querySelectorAll("rect")].map((r) => Number(r.getAttribute("x"))));
        return [...svg.querySelectorAll(".re-chart-label")]
          .map((label) => ({ text: label.textContent, box: label.getBBox() }))
          .filter(({ box }) => box.x < 0 || box.x + box.width > bars)
          .map(({ text, box }) => `${text}: ${Math.round(box.x)}..${Math.round(box.x + box.width)} (bars from ${bars})`);
      }),
    );
    assert.deepEqual(cut, [], `${lang}: labels outside the label column`);
    assert.ok((await main.getByTestId("chart-themes").textContent()).includes(lang === "en" ? "Urban construction and renewal" : "城市建设与更新"));
  }
  await main.getByTestId("chart-themes").screenshot({ path: join(artifactsDir, "41-chart-labels-zh.png") });
  await page.close();
});

test("a district with reports from two years is also shown over time", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await compareFangziKuiwen(page);
  const overTime = await page.getByTestId("over-time").allTextContents();
  assert.ok(overTime.some((t) => t.includes("奎文区 over time") && t.includes("奎文区 2021") && t.includes("奎文区 2023")), overTime.map((t) => t.slice(0, 60)).join("|"));
  await page.close();
});

test("districts can be added from the list, and the comparison is in the link", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await page.getByTestId("result").filter({ hasText: "加快向高质量中心城区转型" }).getByTestId("compare-toggle").click();
  await page.getByTestId("result").filter({ hasText: "乘风破浪行" }).getByTestId("compare-toggle").click();
  await page.getByTestId("tab-compare").click();
  const main = page.getByTestId("comparison-main");
  await main.getByTestId("aligned-figures").waitFor();
  assert.deepEqual((await main.getByTestId("compare-unit").allTextContents()).map((t) => t.slice(0, 3)), ["济阳区", "坊子区"]);
  const url = page.url();
  assert.match(url, /cmp=%E6%B5%8E%E9%98%B3%E5%8C%BA&cmp=%E5%9D%8A%E5%AD%90%E5%8C%BA&view=compare/);
  const other = await ctx.browser.newPage();
  await other.goto(url);
  await other.getByTestId("comparison-main").getByTestId("aligned-figures").waitFor();
  assert.equal(await other.getByTestId("comparison-main").getByTestId("compare-unit").count(), 2);
  await other.close();
  await page.close();
});

test("an aligned figure opens its sentence, and the comparison exports as CSV", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  const main = await compareFangziKuiwen(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("compare-export").click()]);
  const csv = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
  const rows = csv.trim().split("\r\n");
  assert.equal(rows[0], "section,district,item,value,detail");
  assert.ok(rows.some((r) => r.startsWith("reports,坊子区,2,")));
  assert.ok(rows.some((r) => r.startsWith("shared slogan,,双招双引,2,")));
  assert.ok(rows.some((r) => r.startsWith("figure,奎文区,重点项目 · count,")), rows.filter((r) => r.startsWith("figure")).join("\n"));
  await main.getByTestId("aligned-row").filter({ hasText: /^重点项目/ }).getByTestId("aligned-figure").first().click();
  await page.locator("[data-testid=reader] .re-figure-focus").first().waitFor();
  await page.close();
});
