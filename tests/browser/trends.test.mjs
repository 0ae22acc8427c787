// The trends view in the release build: terms typed key by key, the
// table's hits against the concordance's count, the chart drawn from the
// same numbers, a first use opening the reader at its hit, the level, the
// CSV export, and a screenshot to look at.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { openPage, screenshot, typeKeyByKey, useBrowser } from "./harness.mjs";

const ctx = useBrowser();

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
