// The trends' new terms, months and link state in the release build, over
// a corpus made for it (report-cli build from text files): three months of
// 2023 and every month of 2024, where 新质生产力 (ten months) and 低空经济
// (four) arrive and a stock phrase (全会精神) runs through every report of
// 2024, 12 of 15. Typed key by
// key and clicked: new in 2024 lists the new terms whole, a click follows
// one over time, stock phrases hide and the switch is in the link, the
// level and months survive a reload and Back, and months give way to
// years where the reports are sparse (the seeds).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCorpus, hostPage, openPage, screenshot, serveStatic, typeKeyByKey, useBrowser } from "./harness.mjs";

const COUNTIES = ["潍坊市奎文区", "潍坊市坊子区", "济南市济阳区", "成都市武侯区", "杭州市西湖区"];

async function madeCorpus() {
  const folder = await mkdtemp(join(tmpdir(), "trends-new-"));
  const months = [
    ...[10, 11, 12].map((m) => [2023, m]),
    ...Array.from({ length: 12 }, (_, i) => [2024, i + 1]),
  ];
  for (const [i, [year, month]] of months.entries()) {
    const place = COUNTIES[i % COUNTIES.length];
    const county = place.slice(3);
    const mm = String(month).padStart(2, "0");
    const body =
      year === 2023
        ? [
            `坚持稳中求进工作总基调，发展数字经济，壮大数字经济，推动数字经济和实体经济深度融合，${county}第${month}月各项工作有序推进。`,
            `推进乡村振兴，乡村振兴取得明显成效，城乡面貌持续改善，群众获得感、幸福感不断增强，${county}基层治理水平稳步提升。`,
          ]
        : [
            `深入学习贯彻全会精神，推动全会精神落地见效，把全会精神转化为推动发展的实际行动，${county}第${month}月各项工作有序推进。`,
            (month <= 10 ? `培育新质生产力，发展新质生产力，以新质生产力引领产业升级。` : `优化营商环境。`) +
              `数字经济稳步增长，乡村振兴扎实推进，群众生活持续改善，民生福祉不断增进。` +
              (month % 3 === 0 ? "打造低空经济示范区，低空经济加快起步，发展低空经济。" : ""),
          ];
    const text = [`${place}${year}年${month}月工作动态`, `发布时间：${year}-${mm}-15`, `来源：${county}人民政府`, ...body].join("\n");
    await writeFile(join(folder, `${year}-${mm}-${i}.txt`), text);
  }
  return buildCorpus(folder);
}

const ctx = useBrowser(async () =>
  serveStatic(undefined, "/", {
    "made.json": { body: await madeCorpus(), type: "application/json" },
    "made.html": { body: await hostPage('data-corpus-url="made.json"'), type: "text/html; charset=utf-8" },
  }),
);

const newTerms = async (page) =>
  (await page.getByTestId("new-term").locator("button").allTextContents()).map((t) => t.trim());

test("new in 2024 lists the new phrases whole; a click follows one; stock phrases hide, in the link", async () => {
  const { page, errors } = await openPage(ctx.browser, `${ctx.server.url}made.html`);
  await page.getByTestId("tab-trends").click();
  const list = page.getByTestId("new-terms");
  // Listed on a reader's choice only (at a thousand reports it takes seconds).
  await list.getByTestId("new-terms-choose").waitFor();
  await page.getByTestId("new-terms-period").selectOption("2024");
  await list.getByTestId("new-term").first().waitFor();
  assert.match(page.url(), /tnew=2024/);
  const terms = await newTerms(page);
  assert.ok(terms.includes("新质生产力") && terms.includes("低空经济"), terms.join("|"));
  for (const fragment of ["质生产力", "新质生产", "空经济", "数字经济", "乡村振兴"]) {
    assert.ok(!terms.includes(fragment), `${fragment} in ${terms.join("|")}`);
  }
  // Both in three provinces; 新质生产力 in ten reports, 低空经济 in four.
  assert.ok(terms.indexOf("新质生产力") < terms.indexOf("低空经济"));
  const stock = list.locator("[data-testid=new-term][data-boilerplate=true]");
  assert.ok((await stock.count()) > 0, "全会精神 is in 12 of 15 reports");
  assert.match(await stock.first().textContent(), /全会精神.*stock phrase/);
  await screenshot(page, "72-new-terms");

  // The switch hides them and goes into the link; Back shows them again.
  await page.getByTestId("hide-boilerplate").check();
  await page.waitForFunction(() => !document.querySelector("[data-testid=new-term][data-boilerplate=true]"));
  assert.match(page.url(), /stock=hide/);
  await page.reload();
  await page.getByTestId("new-term").first().waitFor();
  assert.equal(await page.getByTestId("hide-boilerplate").isChecked(), true);
  assert.equal(await stock.count(), 0);
  await page.goBack();
  await page.waitForFunction(() => document.querySelector("[data-testid=new-term][data-boilerplate=true]"));
  assert.equal(await page.getByTestId("hide-boilerplate").isChecked(), false);

  // A click starts a trend for the term: nothing in 2023, every 2024 report.
  await list.getByRole("button", { name: "Follow 新质生产力 over time", exact: true }).click();
  assert.equal(await page.getByTestId("search").inputValue(), "新质生产力");
  await page.getByTestId("trends-table").waitFor();
  const rows = page.getByTestId("trends-row").filter({ hasText: /^All reports/ });
  const cells = await Promise.all((await rows.all()).map((r) => r.locator("td").allTextContents()));
  assert.deepEqual(cells.map((c) => [c[0], c[1], c[6]]), [["2023", "3", "0"], ["2024", "12", "10"]]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the level and months are in the link, survive a reload and go back", async () => {
  const { page, errors } = await openPage(ctx.browser, `${ctx.server.url}made.html`);
  await typeKeyByKey(page, page.getByTestId("search"), "低空经济");
  await page.getByTestId("tab-trends").click();
  await page.getByTestId("trends-table").waitFor();
  await page.getByTestId("trends-level").selectOption("county");
  await page.waitForURL(/tlevel=county/);
  await page.getByTestId("trends-period").selectOption("month");
  await page.waitForURL(/tperiod=month/);
  await page.waitForFunction(() => /^\d{4}-\d{2}$/.test(document.querySelector("[data-testid=trends-row] td")?.textContent));
  // Fifteen months, one report each: months are dense enough.
  const months = await page
    .getByTestId("trends-row")
    .filter({ hasText: /^All reports/ })
    .evaluateAll((rows) => rows.map((r) => r.querySelector("td").textContent));
  assert.equal(months.length, 15);
  assert.equal(months[0], "2023-10");
  assert.equal(months.at(-1), "2024-12");
  assert.equal(await page.getByTestId("trends-chart").locator("circle").count(), 15);
  assert.equal(await page.getByTestId("trends-months-sparse").count(), 0);
  await screenshot(page, "73-trends-months");
  // The new terms follow the months.
  await page.getByTestId("new-terms-period").selectOption("2024-03");
  await page.waitForURL(/tnew=2024-03/);
  assert.ok((await newTerms(page)).includes("低空经济"));

  await page.reload();
  await page.getByTestId("trends-table").waitFor();
  assert.equal(await page.getByTestId("trends-level").inputValue(), "county");
  assert.equal(await page.getByTestId("trends-period").inputValue(), "month");
  await page.getByTestId("trends-show-regions").click();
  assert.equal(await page.getByTestId("trends-show-regions").getAttribute("aria-expanded"), "true");
  assert.ok((await page.getByTestId("trends-row").filter({ hasText: /^奎文区/ }).count()) > 0);

  await page.goBack();
  await page.waitForFunction(() => !/tnew=/.test(location.hash));
  await page.goBack();
  await page.waitForFunction(() => document.querySelector("[data-testid=trends-period]")?.value === "year");
  assert.equal(await page.getByTestId("trends-level").inputValue(), "county");
  await page.goBack();
  await page.waitForFunction(() => document.querySelector("[data-testid=trends-level]")?.value === "province");
  assert.deepEqual(errors, []);
  await page.close();
});

test("on the seeds months give way to years, and the reason is said", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  await typeKeyByKey(page, page.getByTestId("search"), "高质量发展");
  await page.getByTestId("tab-trends").click();
  await page.getByTestId("trends-table").waitFor();
  assert.equal(await page.getByTestId("trends-period").locator("option[value=month]").isDisabled(), true);
  assert.match(await page.getByTestId("trends-months-sparse").textContent(), /Months need at least 12 reports/);
  // A link asking for months draws years and keeps the wish.
  await page.goto(`${ctx.server.url}#q=%E9%AB%98%E8%B4%A8%E9%87%8F%E5%8F%91%E5%B1%95&view=trends&tperiod=month`);
  await page.getByTestId("trends-table").waitFor();
  assert.equal(await page.getByTestId("trends-period").inputValue(), "year");
  const first = await page.getByTestId("trends-row").first().locator("td").first().textContent();
  assert.match(first, /^\d{4}$/);
  assert.deepEqual(errors, []);
  await page.close();
});
