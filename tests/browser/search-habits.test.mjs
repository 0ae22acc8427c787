// Search as people bring it from other tools and from reports, in the
// release build: a measure's Latin abbreviation offered the names reports
// write, a phrase typed without the quotes reports put in it (and copied
// with them), AND, OR, NOT and a star as other search tools take them, and
// the same in Chinese words, groups in brackets, `!` and single quotes, a
// name typed short that reports write out, and a place typed to mean its
// reports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveStatic, openPage, screenshot, hostPage, buildCorpus, waitForResults, useBrowser, typeKeyByKey, typeThroughIme } from "./harness.mjs";

/** Made-up reports of two provinces and a district of one, each naming the first province and 2023. */
async function regionsCorpus() {
  const folder = await mkdtemp(join(tmpdir(), "regions-"));
  const reports = {
    "zhejiang.txt": "浙江省人民政府工作报告\n发布时间：2024-01-20\n\n2023年，浙江省持续推进乡村振兴，建设共同富裕示范区。",
    "jiangsu.txt": "江苏省人民政府工作报告\n发布时间：2023-01-15\n\n2023年，江苏省学习浙江经验，推进乡村振兴。",
    "xihu.txt": "杭州市西湖区人民政府工作报告\n发布时间：2024-02-01\n\n2023年，西湖区推进乡村振兴，学习浙江经验。",
  };
  for (const [name, text] of Object.entries(reports)) await writeFile(join(folder, name), text);
  return buildCorpus(folder);
}

const ctx = useBrowser(async () =>
  serveStatic(undefined, "/", {
    // Made-up reports of 1959 and 2006: one writes 国内生产总值, one 地区生产总值;
    // one 三农工作, one “三农”工作.
    "dates.json": { body: buildCorpus("tests/fixtures/spellings"), type: "application/json" },
    "dates.html": { body: await hostPage('data-corpus-url="dates.json"'), type: "text/html; charset=utf-8" },
    "regions.json": { body: await regionsCorpus(), type: "application/json" },
    "regions.html": { body: await hostPage('data-corpus-url="regions.json"'), type: "text/html; charset=utf-8" },
  }),
);

/** Types the search as a person does: the box cleared, then key by key. */
async function search(page, text) {
  const box = page.getByTestId("search");
  await box.fill("");
  await typeKeyByKey(page, box, text, { delay: 10 });
}

test("a measure typed by its Latin abbreviation is offered the names reports write for it, and one click searches them all", async () => {
  const { page, errors } = await openPage(ctx.browser, `${ctx.server.url}dates.html`);
  await waitForResults(page, 3);
  const box = page.getByTestId("search");
  const offer = page.getByTestId("other-spellings");
  // No report writes GDP; one writes 国内生产总值, another 地区生产总值.
  await search(page, "GDP");
  await page.getByTestId("no-results").waitFor();
  await offer.waitFor();
  assert.match(await offer.innerText(), /“GDP” is also written 国内生产总值, 地区生产总值 \(reports: 2; hits: 2\)/);
  await screenshot(page, "search-abbreviation", { fullPage: false });
  await offer.getByTestId("search-both-spellings").click();
  assert.equal(await box.inputValue(), "GDP | 国内生产总值 | 地区生产总值");
  await waitForResults(page, 2);
  assert.equal(await offer.count(), 0, "every name is searched: nothing left to offer");
  // Inside a longer term, in lower case, as typed on a phone.
  await search(page, "gdp增长");
  await offer.waitFor();
  assert.match(await offer.innerText(), /“gdp增长” is also written 地区生产总值增长 \(reports: 1; hits: 1\)/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a phrase typed without the quotes reports put in it is offered as they write it, and one click finds it", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  const box = page.getByTestId("search");
  const offer = page.getByTestId("other-spellings");
  // Two seed reports write “项目为王”理念; typed through the input method, bare.
  await typeThroughIme(page, box, [
    { pinyin: "xiangmuweiwang", word: "项目为王" },
    { pinyin: "linian", word: "理念" },
  ]);
  await page.getByTestId("no-results").waitFor();
  await offer.waitFor();
  assert.match(await offer.innerText(), /“项目为王理念” is also written 项目为王”理念 \(reports: 2; hits: 2\)/);
  await screenshot(page, "search-quoted-phrase", { fullPage: false });
  await offer.getByTestId("search-both-spellings").click();
  assert.equal(await box.inputValue(), "项目为王理念 | 项目为王”理念");
  await waitForResults(page, 2);
  const marks = await page.locator("[data-testid=result-list] mark").allTextContents();
  assert.ok(marks.includes("项目为王”理念"), marks.join("|"));
  assert.equal(await offer.count(), 0);
  // Copied from a report with its quotes, the phrase is one term, found
  // as written, not 项目为王 and 理念 apart.
  await search(page, "“项目为王”理念");
  await waitForResults(page, 2);
  assert.deepEqual(await page.locator("[data-testid=term-totals] .re-term > span[lang]").allTextContents(), ["“项目为王”理念"]);
  const copied = await page.locator("[data-testid=result-list] mark").allTextContents();
  assert.ok(copied.includes("“项目为王”理念"), copied.join("|"));
  assert.deepEqual(errors, []);
  await page.close();
});

test("a phrase found as typed is offered as the reports that quote it write it, which the search missed", async () => {
  const { page, errors } = await openPage(ctx.browser, `${ctx.server.url}dates.html`);
  await waitForResults(page, 3);
  const box = page.getByTestId("search");
  const offer = page.getByTestId("other-spellings");
  // The 2006 city's report writes 三农工作, the district's “三农”工作.
  await search(page, "三农工作");
  await waitForResults(page, 1);
  await offer.waitFor();
  assert.match(await offer.innerText(), /“三农工作” is also written 三农”工作 \(reports: 1; hits: 1\)/);
  await offer.getByTestId("search-both-spellings").click();
  assert.equal(await box.inputValue(), "三农工作 | 三农”工作");
  await waitForResults(page, 2);
  assert.equal(await offer.count(), 0, "both are searched: nothing left to offer");
  // A phrase every report writes bare is offered nothing.
  await search(page, "生产总值");
  await waitForResults(page, 2);
  await page.waitForTimeout(200);
  assert.equal(await offer.count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("AND, OR, NOT and a star typed as other search tools take them", async () => {
  const { page, errors } = await openPage(ctx.browser, `${ctx.server.url}dates.html`);
  await waitForResults(page, 3);
  const shownTerms = () => page.locator("[data-testid=term-totals] .re-term > span[lang]").allTextContents();
  // 粮食 is in the 1959 report, 道路 in the 2006 city's.
  await search(page, "粮食 or 道路");
  await waitForResults(page, 2);
  assert.deepEqual(await shownTerms(), ["粮食", "道路"]);
  await search(page, "生产总值 NOT 道路");
  await waitForResults(page, 1);
  assert.match(await page.getByTestId("result").first().innerText(), /某某区/);
  await search(page, "粮食 AND 水库");
  await waitForResults(page, 1);
  assert.deepEqual(await shownTerms(), ["粮食", "水库"]);
  await search(page, "粮食*道路");
  await page.getByTestId("no-results").waitFor();
  assert.deepEqual(await shownTerms(), ["粮食", "道路"]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a search written in Chinese words, a group in brackets, ! before a word and single quotes are read as people mean them", async () => {
  const { page, errors } = await openPage(ctx.browser, `${ctx.server.url}dates.html`);
  await waitForResults(page, 3);
  const box = page.getByTestId("search");
  const shownTerms = () => page.locator("[data-testid=term-totals] .re-term > span[lang]").allTextContents();
  // 粮食 或者 道路 through the input method, a space typed between words.
  await box.fill("");
  for (const [i, [pinyin, word]] of [["liangshi", "粮食"], ["huozhe", "或者"], ["daolu", "道路"]].entries()) {
    if (i > 0) await page.keyboard.press("Space");
    await typeThroughIme(page, box, [{ pinyin, word }]);
  }
  assert.equal(await box.inputValue(), "粮食 或者 道路");
  await waitForResults(page, 2);
  assert.deepEqual(await shownTerms(), ["粮食", "道路"]);
  // 和 between words asks for both; 不含 leaves a word out.
  await search(page, "粮食 和 水库");
  await waitForResults(page, 1);
  assert.deepEqual(await shownTerms(), ["粮食", "水库"]);
  await search(page, "生产总值 不含 道路");
  await waitForResults(page, 1);
  assert.match(await page.getByTestId("result").first().innerText(), /某某区/);
  // A group in brackets: 生产总值, and either of the two.
  await search(page, "生产总值 (粮食 OR 道路)");
  await waitForResults(page, 1);
  assert.deepEqual(await shownTerms(), ["生产总值", "粮食", "道路"]);
  await screenshot(page, "search-group-in-brackets", { fullPage: false });
  // An excluded group: neither of its words.
  await search(page, "生产总值 NOT (粮食 OR 道路)");
  await waitForResults(page, 1);
  assert.deepEqual(await shownTerms(), ["生产总值"]);
  assert.match(await page.getByTestId("result").first().innerText(), /某某区/);
  // Both words of a group, or another word: the 1959 report holds 粮食
  // and 水库, the city's 道路 (read as 粮食 and either of the others, it
  // would be the first alone).
  // Typed key by key, a shorter query on the way may list as many: the
  // count is read once the last key has settled.
  const settledCount = async () => {
    await page.waitForTimeout(300);
    return page.getByTestId("result").count();
  };
  await search(page, "(粮食 AND 水库) OR 道路");
  assert.equal(await settledCount(), 2);
  assert.deepEqual(await shownTerms(), ["粮食", "水库", "道路"]);
  await search(page, "(粮食 AND 道路) OR 水库");
  assert.equal(await settledCount(), 1);
  assert.match(await page.getByTestId("result").first().innerText(), /某某县/);
  // A count of one says so in English.
  assert.equal(await page.getByTestId("result-count").textContent(), "1 of 3 reports matches");
  assert.deepEqual(
    await page.locator("[data-testid=term-totals] .re-term").evaluateAll((terms) => terms.map((t) => t.getAttribute("aria-label"))),
    ["粮食: 1 hit", "道路: 0 hits", "水库: 1 hit"],
  );
  await search(page, "道路 或者 （粮食 水库）");
  assert.equal(await settledCount(), 2);
  // Alternatives of groups past what can be asked pairing by pairing: any
  // of their words, and the page says so (pasted, as such a query is).
  await box.fill("(粮食 水库) OR (道路 城市) OR (甲乙 丙丁) OR (戊己 庚辛) OR (壬癸 子丑) OR (寅卯 辰巳) OR (午未 申酉)");
  await page.getByTestId("query-note").filter({ hasText: "too many combinations to ask for each" }).waitFor();
  assert.equal(await settledCount(), 2);
  // ! before a word, as Lucene has it, excludes it.
  await search(page, "生产总值 !道路");
  await waitForResults(page, 1);
  assert.match(await page.getByTestId("result").first().innerText(), /某某区/);
  // Single quotes around a word are a phrase's.
  await search(page, "‘生产总值’");
  await waitForResults(page, 2);
  assert.deepEqual(await shownTerms(), ["生产总值"]);
  // Characters spaced apart, as a letter-spaced heading copies, spell one
  // word; a slip among them is offered the word, which replaces the run.
  await search(page, "生 产 总 值 或 道 路");
  assert.equal(await settledCount(), 2);
  assert.deepEqual(await shownTerms(), ["生产总值", "道路"]);
  await search(page, "生 产 总 直 -道路");
  await page.getByTestId("no-results").waitFor();
  await page.getByTestId("near-miss").filter({ hasText: "生产总值" }).click();
  assert.equal(await box.inputValue(), "生产总值 -道路");
  await waitForResults(page, 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a name typed short, as people say it, is offered as the reports write it out", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  const box = page.getByTestId("search");
  // The seed reports write 规模以上工业; people say 规上工业.
  await typeThroughIme(page, box, [
    { pinyin: "guishang", word: "规上" },
    { pinyin: "gongye", word: "工业" },
  ]);
  await page.getByTestId("no-results").waitFor();
  const offered = page.getByTestId("near-miss");
  await offered.filter({ hasText: "规模以上工业" }).waitFor();
  await screenshot(page, "search-written-in-full", { fullPage: false });
  // Not the name cut short (以上工业), which only it holds.
  const texts = await offered.locator("span[lang]").allTextContents();
  assert.deepEqual(texts, ["规模以上工业"], texts.join());
  await offered.filter({ hasText: "规模以上工业" }).click();
  assert.equal(await box.inputValue(), "规模以上工业");
  await page.getByTestId("result").first().waitFor();
  const marks = await page.locator("[data-testid=result-list] mark").allTextContents();
  assert.ok(marks.includes("规模以上工业"), marks.join("|"));
  assert.deepEqual(errors, []);
  await page.close();
});

test("a place or a year typed into the search is offered as its facet's choice, which one click makes in place of the word", async () => {
  const { page, errors } = await openPage(ctx.browser, `${ctx.server.url}regions.html`);
  await waitForResults(page, 3);
  const box = page.getByTestId("search");
  await box.fill("");
  await typeThroughIme(page, box, [{ pinyin: "zhejiang", word: "浙江" }]);
  await page.keyboard.press("Space");
  await typeThroughIme(page, box, [{ pinyin: "xiangcunzhenxing", word: "乡村振兴" }]);
  // Every report mentions 浙江; two are the province's own.
  await waitForResults(page, 3);
  const offer = page.getByTestId("choice-named");
  await offer.waitFor();
  assert.equal(await offer.count(), 1);
  assert.match(await offer.innerText(), /“浙江” is also the name of a region: 2 of these reports are 浙江省's own\./);
  await screenshot(page, "search-region-named", { fullPage: false });
  await page.getByTestId("filter-by-region").click();
  await waitForResults(page, 2);
  assert.equal(await box.inputValue(), "乡村振兴");
  assert.equal(await offer.count(), 0, "a region chosen: nothing more to offer");
  assert.equal(await page.getByTestId("result-count").textContent(), "2 of 3 reports match");
  // Back: the word in the search again, no region chosen, the offer again.
  await page.goBack();
  await page.waitForFunction(() => document.querySelector("[data-testid=search]").value === "浙江 乡村振兴");
  await offer.waitFor();
  assert.deepEqual(errors, []);
  await page.close();
  // A word naming the region of every result is offered nothing.
  const fresh = await openPage(ctx.browser, `${ctx.server.url}regions.html`);
  await waitForResults(fresh.page, 3);
  await typeKeyByKey(fresh.page, fresh.page.getByTestId("search"), "西湖区", { delay: 10 });
  await waitForResults(fresh.page, 1);
  await fresh.page.waitForTimeout(300);
  assert.equal(await fresh.page.getByTestId("choice-named").count(), 0);
  // A year typed, key by key: every report writes 2023年, one is of 2023.
  await fresh.page.getByTestId("search").fill("");
  await typeKeyByKey(fresh.page, fresh.page.getByTestId("search"), "2023 乡村振兴", { delay: 10 });
  const yearOffer = fresh.page.getByTestId("choice-named");
  await yearOffer.waitFor();
  assert.match(await yearOffer.innerText(), /“2023” is also a year the reports are dated in: 1 of these reports is of 2023\./);
  await fresh.page.getByTestId("filter-by-year").click();
  await waitForResults(fresh.page, 1);
  assert.equal(await fresh.page.getByTestId("search").inputValue(), "乡村振兴");
  assert.match(await fresh.page.getByTestId("result").first().innerText(), /江苏省/);
  assert.deepEqual(fresh.errors, []);
  await fresh.page.close();
});
