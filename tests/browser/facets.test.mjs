// Facets, the view in the URL, and exporting the result list, in the
// release build: counts follow the search, OR within and AND across facets,
// a copied link reproduces the view, back and forward step through it, a
// garbled link opens what it can and says what it ignored.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { serveStatic, openPage, openInContext, screenshot, waitForResults, hostPage, synthCorpus, typeThroughIme, typeKeyByKey, useBrowser } from "./harness.mjs";

const ctx = useBrowser(async () =>
  serveStatic(undefined, "/", {
    "synthetic.json": { body: synthCorpus(100), type: "application/json" },
    "synthetic.html": { body: await hostPage('data-corpus-url="synthetic.json"'), type: "text/html; charset=utf-8" },
  }),
);

const facet = (page, name) => page.getByTestId(`facet-${name}`);
const labels = async (page, name) => (await facet(page, name).locator("label").allTextContents()).map((l) => l.trim());

test("facet counts follow the search and the other facets", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  const regions = await labels(page, "region");
  // Each value is followed by its level (province, city, county).
  for (const expected of ["山东省 (5) province", "潍坊市 (4) city", "坊子区 (2) county", "奎文区 (2) county", "济南市 (1) city", "济阳区 (1) county"]) {
    assert.ok(regions.includes(expected), `${expected} in ${regions}`);
  }
  // Inferred dates say so where they are counted.
  assert.deepEqual((await labels(page, "year")).slice(0, 3), ["2023 (1, 1 inferred)", "2021 (3, 1 inferred)", "2020 (1)"]);
  await page.getByTestId("search").fill("城市更新");
  await waitForResults(page, 2);
  const after = await labels(page, "region");
  assert.ok(after.includes("奎文区 (1) county") && after.includes("坊子区 (1) county") && after.includes("济阳区 (0) county"), after.join("|"));
  // Choosing a year changes the region counts (AND across facets)...
  await page.getByTestId("search").fill("");
  await facet(page, "year").getByLabel("2021 (3, 1 inferred)").check();
  await waitForResults(page, 3);
  const withYear = await labels(page, "region");
  assert.ok(withYear.includes("坊子区 (2) county") && withYear.includes("奎文区 (1) county") && withYear.includes("济阳区 (0) county"), withYear.join("|"));
  // ...but not the year counts themselves.
  assert.ok((await labels(page, "year")).includes("2020 (1)"));
  await screenshot(page, "20-facets", { fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});

test("values combine with OR within a facet and AND across facets; clearing is one click", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await facet(page, "region").getByLabel("奎文区 (2)").check();
  await facet(page, "region").getByLabel("济阳区 (1)").check();
  await waitForResults(page, 3);
  await facet(page, "year").getByLabel(/2021 \(/).check();
  await waitForResults(page, 1);
  assert.match(await page.getByTestId("result-title").textContent(), /二线城市/);
  await facet(page, "region").getByTestId("clear-facet").click();
  await waitForResults(page, 3);
  await page.getByTestId("clear-all").click();
  await waitForResults(page, 5);
  await facet(page, "theme").getByLabel(/营商环境 Business environment/).check();
  const n = await page.getByTestId("result").count();
  assert.ok(n >= 1 && n < 5, `business theme: ${n}`);
  await page.close();
});

test("date range narrows by date; its boxes show the corpus's first and last year", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  assert.equal(await page.getByTestId("date-from").getAttribute("placeholder"), "2020");
  assert.equal(await page.getByTestId("date-to").getAttribute("placeholder"), "2023");
  await page.getByTestId("date-from").fill("2021-03");
  await page.getByTestId("date-from").press("Tab");
  await page.getByTestId("date-to").fill("2022");
  await page.getByTestId("date-to").press("Tab");
  await waitForResults(page, 2);
  const dates = await page.getByTestId("result-date").allTextContents();
  assert.deepEqual(dates.sort(), ["2021 (inferred)", "2021-05-31"]);
  await page.close();
});

test("the reader shows each section's themes", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await page.locator("[data-testid=result]", { hasText: "乘风破浪行" }).locator("button.re-result-open").click();
  const section = page.locator(".re-section", { hasText: "营商环境持续优化" });
  assert.match(await section.getByTestId("section-themes").textContent(), /营商环境/);
  await page.close();
});

test("a copied link opens the same view in a new page", async () => {
  const { context, page } = await openInContext(ctx.browser, ctx.server.url, { permissions: ["clipboard-read", "clipboard-write"] });
  await page.getByTestId("search").fill("营商环境");
  await facet(page, "region").getByLabel(/坊子区 \(/).check();
  await waitForResults(page, 2);
  await page.locator("[data-testid=result]", { hasText: "乘风破浪行" }).locator("button.re-result-open").click();
  await page.getByTestId("hit-next").click();
  await page.getByTestId("copy-link").click();
  await page.waitForFunction(() => document.querySelector("[data-testid=share-status]").textContent !== "");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#q=%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83&region=370704&open=[0-9a-f]{16}&hit=2/);

  const other = await ctx.browser.newPage();
  await other.goto(link);
  await other.getByTestId("reader").waitFor();
  assert.equal(await other.getByTestId("search").inputValue(), "营商环境");
  await waitForResults(other, 2);
  assert.ok(await facet(other, "region").getByLabel(/坊子区 \(/).isChecked());
  assert.match(await other.getByTestId("reader-title").textContent(), /乘风破浪行/);
  assert.match(await other.getByTestId("hit-position").textContent(), /^Hit 2 of/);
  // Reload keeps it too.
  await other.reload();
  await other.getByTestId("reader").waitFor();
  assert.match(await other.getByTestId("hit-position").textContent(), /^Hit 2 of/);
  await other.close();
  await context.close();
});

test("back and forward step through the view", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await page.getByTestId("search").fill("乡村振兴");
  await waitForResults(page, 3);
  await facet(page, "region").getByLabel(/坊子区 \(/).check();
  await waitForResults(page, 2);
  await page.getByTestId("tab-concordance").click();
  await page.getByTestId("kwic").waitFor();
  await page.goBack();
  await page.getByTestId("result-list").waitFor();
  await waitForResults(page, 2);
  await page.goBack();
  await waitForResults(page, 3);
  assert.equal(await facet(page, "region").getByLabel(/坊子区 \(/).isChecked(), false);
  assert.equal(await page.getByTestId("search").inputValue(), "乡村振兴");
  await page.goForward();
  await waitForResults(page, 2);
  await page.goForward();
  await page.getByTestId("kwic").waitFor();
  await page.close();
});

test("a garbled link opens what it can and says what it ignored", async () => {
  const page = await ctx.browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${ctx.server.url}#q=%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83&year=abc&region=999999&open=nope&view=map&%ZZ=1&hit=x`);
  await page.getByTestId("link-notice").waitFor();
  const notice = await page.getByTestId("link-notice").textContent();
  for (const part of ["year=abc", "view=map", "hit=x", "open=nope (no such report)", "region=999999 (not in this corpus)"]) {
    assert.ok(notice.includes(part), `${part} in ${notice}`);
  }
  assert.equal(await page.getByTestId("search").inputValue(), "营商环境");
  await waitForResults(page, 3);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the result list exports as CSV and JSON", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await page.getByTestId("search").fill("营商环境 | 乡村振兴");
  await waitForResults(page, 4);
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
  assert.match(csvDownload.suggestedFilename(), /^reports-营商环境_乡村振兴-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = (await readFile(await csvDownload.path(), "utf8")).replace(/^\uFEFF/, "").trim().split("\r\n");
  assert.equal(rows[0], "title,title_derived,date,date_precision,date_inferred,province,city,county,county_code,source,authors,themes,hits: 营商环境,hits: 乡村振兴");
  assert.equal(rows.length, 5);
  assert.ok(rows.some((r) => r.startsWith("做优做强三大产业 重点打造五大片区,no,2021,year,yes,山东省,潍坊市,坊子区,370704,,刘华强、吕宣龙、牟峻莹,")), rows.join("\n"));
  const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-json").click()]);
  // Named by view, search and date, so a second export does not collide.
  assert.match(jsonDownload.suggestedFilename(), /^reports-营商环境_乡村振兴-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(await readFile(await jsonDownload.path(), "utf8"));
  assert.equal(json.query, "营商环境 | 乡村振兴");
  assert.equal(json.reports.length, 4);
  const derived = json.reports.find((r) => r.title_is_derived);
  assert.equal(derived.date_inferred, true);
  assert.ok(json.reports.every((r) => Array.isArray(r.themes) && r.hits.length === 2));
  await page.close();
});

test("a large region tree starts at provinces and opens on demand", async () => {
  const { page } = await openPage(ctx.browser, `${ctx.server.url}synthetic.html`);
  await page.getByTestId("result-count").filter({ hasText: "of 100 reports" }).waitFor();
  const region = facet(page, "region");
  const provinces = await region.locator("[data-depth='0']").count();
  assert.ok(provinces > 5, `provinces: ${provinces}`);
  assert.equal(await region.locator("[data-depth='1']").count(), 0);
  const first = region.locator("[data-depth='0']").first();
  await first.locator(".re-expand").click();
  assert.ok((await first.locator("[data-depth='1']").count()) > 0);
  assert.equal(await first.locator(".re-expand").first().getAttribute("aria-expanded"), "true");
  await page.close();
});

test("a place is found by name in a large region tree, typed through an input method", async () => {
  const { page, errors } = await openPage(ctx.browser, `${ctx.server.url}synthetic.html`);
  await page.getByTestId("result-count").filter({ hasText: "of 100 reports" }).waitFor();
  const region = facet(page, "region");
  const find = page.getByTestId("find-place");
  const listed = async (depth) => (await region.locator(`[data-depth='${depth}'] > label`).allTextContents()).map((l) => l.trim().replace(/ \(\d+\).*/, ""));
  const provinces = (await listed(0)).length;
  assert.ok(provinces > 5, `provinces: ${provinces}`);
  // While the input method composes, the pinyin filters nothing.
  await typeThroughIme(page, find, [{ pinyin: "jilin", word: "吉林" }], {
    duringComposition: async () => assert.equal((await listed(0)).length, provinces),
  });
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=facet-region] [data-depth='0']").length === 1);
  assert.deepEqual(await listed(0), ["吉林省"]);
  assert.ok((await listed(1)).includes("吉林市"), "the province is opened to show the city");
  // A county's name: the province and city above it are opened to show it.
  await find.fill("");
  await typeKeyByKey(page, find, "磐石");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=facet-region] [data-depth='2']").length === 1);
  assert.deepEqual([await listed(0), await listed(1), await listed(2)], [["吉林省"], ["吉林市"], ["磐石市"]]);
  await screenshot(page, "facets-find-place", { fullPage: false });
  // ↓ goes to the first place listed; a place is chosen as ever.
  await find.press("ArrowDown");
  assert.equal(await page.evaluate(() => document.activeElement?.closest("[data-depth]")?.querySelector("label")?.textContent.trim().replace(/ \(.*/, "")), "吉林省");
  await region.locator("[data-depth='2'] input[type=checkbox]").check();
  await page.getByTestId("result-count").filter({ hasText: "1 of 100" }).waitFor();
  // Traditional characters find the simplified name.
  await find.fill("");
  await typeKeyByKey(page, find, "東莞");
  await page.waitForFunction(() => [...document.querySelectorAll("[data-testid=facet-region] label")].some((l) => l.textContent.trim().startsWith("东莞市")));
  // Words typed apart narrow as a path does, a space inside a name no matter.
  await find.fill("");
  await typeKeyByKey(page, find, "吉林 磐石");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=facet-region] [data-depth='2']").length === 1);
  assert.deepEqual([await listed(0), await listed(2)], [["吉林省"], ["磐石市"]]);
  // A name no place holds says so.
  await find.fill("");
  await typeKeyByKey(page, find, "某某");
  assert.match(await page.getByTestId("find-place-none").innerText(), /No place's name holds “某某”/);
  // Escape empties the box and lists the provinces again; the choice stays.
  await find.press("Escape");
  assert.equal(await find.inputValue(), "");
  await page.waitForFunction((n) => document.querySelectorAll("[data-testid=facet-region] [data-depth='0']").length === n, provinces);
  assert.equal(await page.getByTestId("find-place-none").count(), 0);
  await page.getByTestId("result-count").filter({ hasText: "1 of 100" }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("a small region tree lists open, its find box hidden", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await facet(page, "region").locator("label").first().waitFor();
  assert.equal(await page.getByTestId("find-place").isVisible(), false);
  await page.close();
});
