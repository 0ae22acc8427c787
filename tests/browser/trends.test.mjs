// The trends view in the release build: terms typed key by key, the
// table's hits against the concordance's count, the chart drawn from the
// same numbers, a first use opening the reader at its hit, the level, the
// CSV export, and a screenshot to look at.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCorpus, hostPage, openPage, screenshot, serveStatic, typeKeyByKey, useBrowser } from "./harness.mjs";

/** Reports of ten years from 1956 to 2025, with decades between some. */
const SPARSE_YEARS = [1956, 1960, 1966, 1980, 1985, 1990, 2000, 2010, 2020, 2025];

async function sparseCorpus() {
  const folder = await mkdtemp(join(tmpdir(), "trends-sparse-"));
  for (const year of SPARSE_YEARS) {
    const body = year >= 1980 ? "坚持改革开放，深化改革开放，扩大改革开放成果。" : "发展生产，保障供给，兴修水利。";
    const text = [`潍坊市奎文区${year}年政府工作报告`, `${year}年1月10日`, "各位代表：", `${body}全区各项工作有序推进，群众生活不断改善。`].join("\n");
    await writeFile(join(folder, `${year}.txt`), text);
  }
  return buildCorpus(folder);
}

const ctx = useBrowser(async () =>
  serveStatic(undefined, "/", {
    "sparse.json": { body: await sparseCorpus(), type: "application/json" },
    "sparse.html": { body: await hostPage('data-corpus-url="sparse.json"'), type: "text/html; charset=utf-8" },
  }),
);

/** The table's rows for every report (not a region's), as cells. */
async function overallRows(page) {
  const rows = page.getByTestId("trends-row").filter({ hasText: /^All reports/ });
  return Promise.all((await rows.all()).map((r) => r.locator("td").allTextContents()));
}

test("a term's hits per year add up to the concordance's count, and a first use opens its hit", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  // With no term there is nothing to export or print, and it shows.
  await page.getByTestId("tab-trends").click();
  await page.getByTestId("trends-empty").waitFor();
  for (const id of ["trends-export", "trends-print"]) assert.ok(await page.getByTestId(id).isDisabled(), id);
  await typeKeyByKey(page, page.getByTestId("search"), "高质量发展");
  await page.getByTestId("trends-table").waitFor();
  for (const id of ["trends-export", "trends-print"]) assert.ok(await page.getByTestId(id).isEnabled(), id);
  assert.match(page.url(), /view=trends/);
  // Columns: year, reports, characters, year only, inferred, hits, reports using, rate.
  const rows = await overallRows(page);
  assert.ok(rows.length >= 2, JSON.stringify(rows));
  const hits = rows.reduce((sum, cells) => sum + Number(cells[5]), 0);
  assert.ok(hits > 0);
  // One point per dated year on the chart.
  const dated = rows.filter((cells) => /^\d{4}$/.test(cells[0])).length;
  assert.equal(await page.getByTestId("trends-chart").locator("circle").count(), dated);
  await screenshot(page, "70-trends");

  await page.getByTestId("tab-concordance").click();
  await page.getByTestId("kwic").waitFor();
  assert.equal(await page.getByTestId("kwic-line").count(), hits);

  await page.getByTestId("tab-trends").click();
  const first = page.getByTestId("first-use").first();
  const keyword = await first.locator("mark").textContent();
  assert.equal(keyword, "高质量发展");
  const mark = Number(await first.getByTestId("first-use-open").getAttribute("data-mark"));
  await first.getByTestId("first-use-open").click();
  await page.getByTestId("reader").waitFor();
  // The reader stands on that hit.
  assert.match(await page.getByTestId("hit-position").textContent(), new RegExp(`^Hit ${mark + 1} of \\d+: 高质量发展`));
  assert.deepEqual(errors, []);
  await page.close();
});

test("two terms, regions by county, and the CSV holds the table", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  await typeKeyByKey(page, page.getByTestId("search"), "乡村振兴 营商环境");
  await page.getByTestId("tab-trends").click();
  await page.getByTestId("trends-level").selectOption("county");
  // The regions' rows on request (by keyboard here).
  await page.getByTestId("trends-show-regions").focus();
  await page.keyboard.press("Enter");
  const regions = page.getByTestId("trends-row").filter({ hasText: /^(坊子区|奎文区|济阳区)/ });
  await regions.first().waitFor();
  assert.equal(await page.getByTestId("first-uses").count(), 2);
  assert.ok((await page.getByTestId("trends-chart").locator("polyline").count()) >= 2);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("trends-export").click()]);
  const csv = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.trim().split(/\r\n/);
  assert.match(lines[0], /^Region,Year,Reports,Characters,Dated by year only,Date inferred,乡村振兴: hits/);
  assert.equal(lines.length - 1, await page.getByTestId("trends-row").count());
  await screenshot(page, "71-trends-county");
  assert.deepEqual(errors, []);
  await page.close();
});

test("seventy years of reports get a chart wide enough to read, labelled on years without reports too", async () => {
  const { page, errors } = await openPage(ctx.browser, `${ctx.server.url}sparse.html`);
  await typeKeyByKey(page, page.getByTestId("search"), "改革开放");
  await page.getByTestId("tab-trends").click();
  await page.getByTestId("trends-table").waitFor();
  const chart = page.getByTestId("trends-chart");
  const labels = chart.locator(".re-trends-chart-plot .re-chart-label");
  // A label every ten years from the first, 1976 among them with no report that year.
  assert.deepEqual(await labels.allTextContents(), ["1956", "1966", "1976", "1986", "1996", "2006", "2016"]);
  // 69 years at 11 px a year, not pressed into the 520 px of a short span.
  const plot = chart.locator(".re-trends-chart-plot");
  assert.ok(Number(await plot.getAttribute("width")) >= 759, await plot.getAttribute("width"));
  const [first, second] = await Promise.all([labels.nth(0).boundingBox(), labels.nth(1).boundingBox()]);
  assert.ok(second.x - first.x >= 105, `ten years are ${second.x - first.x} px apart`);
  // At 1280 px it fits without scrolling.
  const scroll = chart.locator(".re-trends-chart-scroll");
  assert.ok(await scroll.evaluate((el) => el.scrollWidth <= el.clientWidth + 1));
  assert.equal(await chart.locator("circle").count(), SPARSE_YEARS.length);
  await screenshot(page, "74-trends-seventy-years");
  assert.deepEqual(errors, []);
  await page.close();
});
