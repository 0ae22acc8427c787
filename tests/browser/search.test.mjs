// Search in the release build: folding, per-term colours, hit navigation,
// counts per district, the concordance with sorting and CSV export, saved
// term sets across reloads, odd queries, and report text that is markup.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { serveStatic, openPage, screenshot, hostPage, buildCorpus, synthCorpus, waitForResults, useBrowser, typeKeyByKey, typeThroughIme } from "./harness.mjs";

const ctx = useBrowser(async () => {
  const hostile = buildCorpus("tests/fixtures/hostile");
  return serveStatic(undefined, "/", {
    "hostile.json": { body: hostile, type: "application/json" },
    "hostile.html": { body: await hostPage('data-corpus-url="hostile.json"'), type: "text/html; charset=utf-8" },
    "missing.html": { body: await hostPage('data-corpus-url="no-such-corpus.json"'), type: "text/html; charset=utf-8" },
    // Thirty made-up reports: a common word has thousands of hits.
    "synth.json": { body: synthCorpus(30), type: "application/json" },
    "synth.html": { body: await hostPage('data-corpus-url="synth.json"'), type: "text/html; charset=utf-8" },
    // Made-up reports of 1959 and 2006 writing their dates in numerals (the
    // zero two ways) and in figures.
    "dates.json": { body: buildCorpus("tests/fixtures/spellings"), type: "application/json" },
    "dates.html": { body: await hostPage('data-corpus-url="dates.json"'), type: "text/html; charset=utf-8" },
    // An embed keeps its view in the fragment only: the query string is the host's.
    "embedded.html": { body: await hostPage('data-url-state="on"'), type: "text/html; charset=utf-8" },
  });
});

/** Types the search as a person does: the box cleared, then key by key. */
async function search(page, text) {
  const box = page.getByTestId("search");
  await box.fill("");
  await typeKeyByKey(page, box, text, { delay: 10 });
}

async function openReport(page, titleText) {
  await page.locator("[data-testid=result]", { hasText: titleText }).locator("button.re-result-open").click();
  await page.getByTestId("reader").waitFor();
}

test("traditional characters and full-width forms find simplified text", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  await search(page, "營商環境");
  await waitForResults(page, 3);
  const marks = await page.locator("[data-testid=result-list] mark.re-hit-0").allTextContents();
  assert.ok(marks.length > 0 && marks.every((m) => m === "营商环境"), marks.join("|"));
  await search(page, "ＰＭ２．５");
  await waitForResults(page, 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a homophone picked in the input method is offered the reports' own word, which one click searches", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  const box = page.getByTestId("search");
  // 营商 then 环竟 (jing: 竟 where 境 was meant).
  await typeThroughIme(page, box, [
    { pinyin: "yingshang", word: "营商" },
    { pinyin: "huanjing", word: "环竟" },
  ]);
  await page.getByTestId("no-results").waitFor();
  const offered = page.getByTestId("near-miss");
  await offered.first().waitFor();
  assert.match(await page.getByTestId("near-misses").innerText(), /“营商环竟”/);
  assert.match(await offered.first().innerText(), /^营商环境\s?[（(]\d+/);
  await screenshot(page, "search-near-miss", { fullPage: false });
  await offered.first().click();
  await waitForResults(page, 3);
  assert.equal(await box.inputValue(), "营商环境");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "search", "typing goes on in the box");
  assert.equal(await page.getByTestId("near-misses").count(), 0);
  // A dropped character, typed key by key among other terms: only the
  // term that is nowhere is replaced.
  await search(page, "乡振兴 营商环");
  await page.getByTestId("near-miss").first().waitFor();
  assert.equal(await page.getByTestId("near-misses").count(), 1, "营商环 is in the reports: nothing to offer for it");
  assert.match(await page.getByTestId("near-miss").first().innerText(), /^乡村振兴\s?[（(]\d+/);
  await page.getByTestId("near-miss").first().click();
  assert.equal(await box.inputValue(), "乡村振兴 营商环");
  await waitForResults(page, 2);
  // A word of two characters is offered what sounds as typed, not the
  // more frequent words one character away (企业, 工业, 农业).
  await box.fill("");
  await typeThroughIme(page, box, [{ pinyin: "jiuye", word: "旧业" }]);
  await page.getByTestId("no-results").waitFor();
  await page.getByTestId("near-misses").filter({ hasText: "“旧业”" }).waitFor();
  const texts = await offered.locator("span[lang]").allTextContents();
  assert.deepEqual(texts, ["就业"], texts.join());
  await screenshot(page, "search-near-miss-two-characters", { fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});

test("a date typed in figures is offered as older reports write it, in numerals, a figure typed whole as reports group it, and one click searches both", async () => {
  const { page, errors } = await openPage(ctx.browser, `${ctx.server.url}dates.html`);
  await waitForResults(page, 3);
  const box = page.getByTestId("search");
  const offer = page.getByTestId("other-spellings");
  await search(page, "1958年");
  await waitForResults(page, 1);
  await offer.waitFor();
  assert.equal(await offer.count(), 1);
  assert.match(await offer.innerText(), /“1958年” is also written 一九五八年 \(reports: 1; hits: 1\)/);
  await screenshot(page, "search-date-spellings", { fullPage: false });
  await offer.getByTestId("search-both-spellings").click();
  assert.equal(await box.inputValue(), "1958年 | 一九五八年");
  await waitForResults(page, 2);
  assert.equal(await offer.count(), 0, "both spellings are searched: nothing left to offer");
  // A year and month typed key by key among other words: the month goes
  // into numerals with the year.
  await search(page, "粮食 1958年");
  await page.waitForTimeout(200);
  assert.equal(await offer.count(), 1, "the term with a date is offered, 粮食 not");
  // A date typed with dots, as people write one: offered as the report
  // writes it, in numerals.
  await search(page, "1959.1");
  await offer.waitFor();
  assert.match(await offer.innerText(), /“1959\.1” is also written 一九五九年一月 \(reports: 1; hits: 1\)/);
  // Typed in numerals through the input method: figures, and the same
  // year with its zeros written the other way, each in another report.
  await box.fill("");
  await typeThroughIme(page, box, [{ pinyin: "erlinglingwunian", word: "二〇〇五年" }]);
  await waitForResults(page, 1);
  await offer.waitFor();
  assert.match(await offer.innerText(), /“二〇〇五年” is also written (2005年, 二○○五年|二○○五年, 2005年) \(reports: 2; hits: 2\)/);
  await offer.getByTestId("search-both-spellings").click();
  await waitForResults(page, 2);
  assert.match(await box.inputValue(), /^二〇〇五年 \| /);
  // A figure copied with its thousands grouped is one term, not two.
  await search(page, "1,234.5万元");
  await waitForResults(page, 1);
  assert.deepEqual(await page.locator("[data-testid=term-totals] .re-term > span[lang]").allTextContents(), ["1,234.5万元"]);
  // Typed whole, key by key, it finds nothing as written; the report's
  // grouped spelling is offered, and one click searches both.
  await search(page, "1234.5万元");
  await offer.waitFor();
  assert.match(await offer.innerText(), /“1234.5万元” is also written 1,234.5万元 \(reports: 1; hits: 1\)/);
  await page.getByTestId("no-results").waitFor();
  await page.waitForTimeout(200);
  assert.equal(await page.getByTestId("near-miss").count(), 0, "234.5万元, a figure less one digit, is another figure: no slip to offer");
  await offer.getByTestId("search-both-spellings").click();
  assert.equal(await box.inputValue(), "1234.5万元 | 1,234.5万元");
  await waitForResults(page, 1);
  assert.equal(await offer.count(), 0);
  // Numbers that are no year, and words, are offered nothing.
  await search(page, "一百二十亿元");
  await waitForResults(page, 1);
  await page.waitForTimeout(200);
  assert.equal(await offer.count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("terms each in reports but never together are counted alone under the empty list, and one click searches for any", async () => {
  const { page, errors } = await openPage(ctx.browser, `${ctx.server.url}dates.html`);
  await waitForResults(page, 3);
  const box = page.getByTestId("search");
  const apart = page.getByTestId("terms-apart");
  await search(page, "公共食堂 老厂房");
  await page.getByTestId("no-results").waitFor();
  await apart.waitFor();
  assert.equal(
    await apart.locator("span").innerText(),
    "No report holds them all; alone: “公共食堂” (reports: 1), “老厂房” (reports: 1).",
  );
  await screenshot(page, "search-terms-apart", { fullPage: false });
  await apart.getByTestId("search-any-term").click();
  assert.equal(await box.inputValue(), "公共食堂 | 老厂房");
  await waitForResults(page, 2);
  // Terms that are together, or one that is nowhere, are not said apart.
  await search(page, "公共食堂 民办学校");
  await waitForResults(page, 1);
  await search(page, "公共食堂 无此词语");
  await page.getByTestId("no-results").waitFor();
  await page.waitForTimeout(200);
  assert.equal(await apart.count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("pinyin typed with the input method off, whole or by initials, is read as the reports' words, from a chunk fetched only when a search finds nothing", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  const fetched = [];
  page.on("request", (request) => request.url().includes("_slips") && fetched.push(request.url()));
  const box = page.getByTestId("search");
  // Searches that find, key by key: no slip to offer, no chunk.
  await search(page, "营商环境");
  await waitForResults(page, 3);
  assert.deepEqual(fetched, [], "the slips' chunk is not fetched while searches find");
  // A word that finds nothing: the chunk comes, once.
  await search(page, "营商环竟");
  await page.getByTestId("near-miss").first().waitFor();
  assert.equal(fetched.length, 1, fetched.join());
  // The same word with the input method off, key by key.
  await search(page, "yingshanghuanjing");
  await page.getByTestId("no-results").waitFor();
  const offered = page.getByTestId("near-miss");
  await offered.first().waitFor();
  assert.match(await page.getByTestId("near-misses").innerText(), /“yingshanghuanjing” occurs in no report\. Typed in pinyin, it reads as:/);
  assert.match(await offered.first().innerText(), /^营商环境\s?[（(]\d+/);
  assert.equal(fetched.length, 1, fetched.join());
  await screenshot(page, "search-typed-in-pinyin", { fullPage: false });
  // Apostrophes part syllables as an input method writes them; one
  // term of letters among others is replaced alone.
  await search(page, "xiang'cun'zhen'xing 营商环境");
  await offered.filter({ hasText: "乡村振兴" }).click();
  assert.equal(await box.inputValue(), "乡村振兴 营商环境");
  await waitForResults(page, 2);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "search", "typing goes on in the box");
  // Syllables typed apart, as some people space them, are read as one
  // word, and the whole run is replaced.
  await search(page, "ying shang huan jing");
  await page.getByTestId("no-results").waitFor();
  await offered.first().waitFor();
  assert.match(await page.getByTestId("near-misses").innerText(), /“ying shang huan jing” occurs in no report\. Typed in pinyin, it reads as:/);
  await offered.filter({ hasText: "营商环境" }).click();
  assert.equal(await box.inputValue(), "营商环境");
  await waitForResults(page, 3);
  // Letters an input method committed as typed, after the characters it
  // wrote (Enter pressed mid-word), are read with those characters.
  await search(page, "营商huanjing");
  await page.getByTestId("no-results").waitFor();
  await offered.filter({ hasText: "营商环境" }).click();
  assert.equal(await box.inputValue(), "营商环境");
  await waitForResults(page, 3);
  // A word typed by its initials, as input methods let people type it.
  await search(page, "xczx");
  await page.getByTestId("no-results").waitFor();
  await offered.first().waitFor();
  assert.match(await page.getByTestId("near-misses").innerText(), /“xczx” occurs in no report\. Typed in pinyin, it reads as:/);
  assert.match(await offered.first().innerText(), /^乡村振兴\s?[（(]\d+/);
  await screenshot(page, "search-typed-initials", { fullPage: false });
  await offered.first().click();
  assert.equal(await box.inputValue(), "乡村振兴");
  await waitForResults(page, 3);
  // An English word reads as neither pinyin nor initials: nothing offered.
  await search(page, "tesla");
  await page.getByTestId("no-results").waitFor();
  await page.waitForTimeout(200);
  assert.equal(await page.getByTestId("near-miss").count(), 0, "tesla reads as nothing");
  // Letters that are no syllables and that no string's initials fit.
  await search(page, "qqxz");
  await page.getByTestId("no-results").waitFor();
  await page.waitForTimeout(200);
  assert.equal(await page.getByTestId("near-miss").count(), 0, "qqxz reads as nothing");
  // Initials typed apart are one word's.
  await search(page, "xc zx");
  await offered.filter({ hasText: "乡村振兴" }).first().waitFor();
  assert.match(await page.getByTestId("near-misses").innerText(), /“xc zx” occurs in no report/);
  // Pinyin with its tones numbered or marked, as textbooks write it.
  for (const typed of ["jiu4ye4", "jiùyè"]) {
    await search(page, typed);
    await page.getByTestId("near-misses").filter({ hasText: `“${typed}”` }).waitFor();
    await offered.filter({ hasText: "就业" }).first().waitFor();
    assert.match(await offered.first().innerText(), /^就业\s?[（(]\d+/, typed);
  }
  await offered.first().click();
  assert.equal(await box.inputValue(), "就业");
  await waitForResults(page, 3);
  assert.deepEqual(errors, []);
  await page.close();
});

test("each term has its own colour, in headings too", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await search(page, "营商环境 双招双引");
  await openReport(page, "乘风破浪行");
  const heading = page.getByTestId("reader-heading").filter({ hasText: "激活经济新动能" });
  assert.equal(await heading.locator("mark.re-hit-1").textContent(), "双招双引");
  const other = page.getByTestId("reader-heading").filter({ hasText: "营商环境持续优化" });
  assert.equal(await other.locator("mark.re-hit-0").textContent(), "营商环境");
  await page.close();
});

test("the reader steps through hits with buttons and keys, scrolling each into view", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await search(page, "营商环境");
  await openReport(page, "乘风破浪行");
  const total = await page.locator("[data-testid=reader] mark[data-hit-start]").count();
  assert.ok(total >= 3, `hits: ${total}`);
  const position = page.getByTestId("hit-position");
  // The position names the hit's term in words, not only by its colour.
  assert.equal(await position.textContent(), `Hit 1 of ${total}: 营商环境`);
  await page.getByTestId("hit-next").click();
  assert.equal(await position.textContent(), `Hit 2 of ${total}: 营商环境`);
  // The current mark moves a frame after the position line: wait for it.
  await page.waitForFunction(() => [...document.querySelectorAll("[data-testid=reader] mark[data-hit-start]")].findIndex((m) => m.classList.contains("re-current")) === 1);
  assert.equal(await page.locator("[data-testid=reader] mark.re-current").count(), 1);
  // The current hit is scrolled into the reader's view; the page itself
  // (which may be someone else's site) does not scroll.
  await page.waitForFunction(() => {
    const m = document.querySelector("[data-testid=reader] mark.re-current");
    const pane = m.closest(".re-reader-pane").getBoundingClientRect();
    const r = m.getBoundingClientRect();
    return r.top >= pane.top && r.bottom <= pane.bottom && r.bottom <= window.innerHeight;
  });
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  // Enter in the search box goes on; Shift+Enter goes back; p goes back.
  await page.getByTestId("search").press("Enter");
  assert.equal(await position.textContent(), `Hit 3 of ${total}: 营商环境`);
  await page.getByTestId("search").press("Shift+Enter");
  assert.equal(await position.textContent(), `Hit 2 of ${total}: 营商环境`);
  await page.getByTestId("reader-title").click();
  await page.keyboard.press("p");
  assert.equal(await position.textContent(), `Hit 1 of ${total}: 营商环境`);
  // Previous from the first wraps to the last.
  await page.getByTestId("hit-prev").click();
  assert.equal(await position.textContent(), `Hit ${total} of ${total}: 营商环境`);
  await screenshot(page, "10-hit-navigation", { fullPage: false });
  await page.close();
});

test("the hit position names each hit's term, so colour is not the only way to tell terms apart", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await search(page, "营商环境 就业");
  await openReport(page, "乘风破浪行");
  const marks = page.locator("[data-testid=reader] mark[data-hit-start]");
  const total = await marks.count();
  const seen = new Set();
  for (let i = 0; i < total; i++) {
    // The position line and the current mark are redrawn apart: wait until
    // both are on hit i before comparing them (reading the mark first raced
    // with its class moving and failed CI once).
    await page.waitForFunction(
      ({ i, total }) => {
        const marks = [...document.querySelectorAll("[data-testid=reader] mark[data-hit-start]")];
        const position = document.querySelector("[data-testid=hit-position]")?.textContent ?? "";
        return marks.findIndex((m) => m.classList.contains("re-current")) === i && position.startsWith(`Hit ${i + 1} of ${total}:`);
      },
      { i, total },
    );
    const current = page.locator("[data-testid=reader] mark.re-current");
    const term = ["营商环境", "就业"][Number(await current.getAttribute("data-term"))];
    assert.equal(await page.getByTestId("hit-position").textContent(), `Hit ${i + 1} of ${total}: ${term}`);
    seen.add(term);
    await page.getByTestId("hit-next").click();
  }
  assert.deepEqual([...seen].sort(), ["就业", "营商环境"].sort(), "both terms were stepped through");
  await page.close();
});

test("hits are counted per report and per district", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await search(page, "乡村振兴 | 城市更新");
  await page.getByTestId("district-hits").waitFor();
  const rows = await page.getByTestId("district-hits-row").allTextContents();
  assert.ok(rows.some((r) => r.startsWith("奎文区")), rows.join("|"));
  // The district table adds up to the term totals under the search box.
  const sums = await page.evaluate(() => {
    const rows = [...document.querySelectorAll("[data-testid=district-hits-row]")];
    return [0, 1].map((t) => rows.reduce((s, r) => s + Number(r.querySelectorAll("td")[1 + t].textContent), 0));
  });
  const totals = await page.locator("[data-testid=term-totals] .re-count").allTextContents();
  assert.deepEqual(sums, totals.map((t) => Number(t.trim())));
  const chips = await page.getByTestId("result-hits").first().textContent();
  assert.match(chips, /乡村振兴 \d+/);
  await screenshot(page, "11-district-hits", { fullPage: false });
  await page.close();
});

test("the concordance lists every hit, sorts, exports CSV and opens the reader at a hit", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await search(page, "营商环境");
  const total = Number((await page.locator("[data-testid=term-totals] .re-count").textContent()).trim());
  await page.getByTestId("tab-concordance").click();
  await page.getByTestId("kwic").waitFor();
  const lines = page.getByTestId("kwic-line");
  assert.equal(await lines.count(), total);
  assert.equal(await page.getByTestId("kwic-count").textContent(), `${total} lines`);
  // Inferred dates say so here too.
  assert.ok((await page.locator(".re-kwic-source").allTextContents()).some((t) => t.includes("2023-07-06 (inferred)")));
  // Seen whole: district and date wrap, nothing is cut off.
  assert.deepEqual(await page.locator(".re-kwic-source").evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent)), []);

  await page.getByTestId("kwic-sort-left").click();
  const lefts = await page.getByTestId("kwic-left").allTextContents();
  const reversed = lefts.map((l) => [...l].reverse().join(""));
  assert.deepEqual(reversed, [...reversed].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  await page.getByTestId("kwic-sort-right").click();
  const rights = await page.getByTestId("kwic-right").allTextContents();
  assert.deepEqual(rights, [...rights].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  await screenshot(page, "12-concordance", { fullPage: false });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("kwic-export").click()]);
  assert.match(download.suggestedFilename(), /^concordance-营商环境-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  const rows = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
  assert.equal(rows[0], "report_title,date,date_inferred,province,city,district,source,term,left,keyword,right");
  assert.equal(rows.length, total + 1);
  assert.ok(rows.some((r) => r.includes("乘风破浪行 坊子奋力开创高质量发展新局面,2021-02-19,no,山东省,潍坊市,坊子区,中国网特产中国,营商环境")));

  // A line opens the reader at its own hit.
  const third = lines.nth(2);
  const mark = Number(await third.getAttribute("data-mark"));
  await third.getByTestId("kwic-keyword").click();
  await page.getByTestId("reader").waitFor();
  assert.equal(await page.getByTestId("hit-position").textContent(), `Hit ${mark + 1} of ${await page.locator("[data-testid=reader] mark[data-hit-start]").count()}: 营商环境`);
  await page.close();
});

test("a common word's concordance draws a page of lines at a time; more on request, and a new order starts again", async () => {
  const { page, errors } = await openPage(ctx.browser, `${ctx.server.url}synth.html`);
  await page.getByTestId("tab-concordance").click();
  await search(page, "的");
  await page.getByTestId("kwic-line").first().waitFor();
  const total = Number((await page.locator("[data-testid=term-totals] .re-count").textContent()).trim());
  assert.ok(total > 500, `的 has ${total} hits`);
  const lines = page.getByTestId("kwic-line");
  assert.equal(await lines.count(), 250);
  assert.equal(await page.getByTestId("kwic-count").textContent(), `${total} lines (first 250 shown; the export has all)`);
  const more = page.getByTestId("kwic-more");
  assert.equal((await more.textContent()).trim(), `Show 250 more lines of ${total - 250}`);
  // By keyboard: the next page joins the first.
  await more.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=kwic-line]").length === 500);
  // The focus is on the first new line, where reading goes on.
  await page.waitForFunction(() => document.activeElement === document.querySelectorAll("[data-testid=kwic-keyword]")[250]);
  // Another order is another list: its first page only.
  await page.getByTestId("kwic-sort-right").click();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=kwic-line]").length === 250);
  assert.deepEqual(errors, []);
  await page.close();
});

test("saved term sets highlight a whole set and survive a reload", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await page.getByTestId("term-set-name").fill("重点工作");
  await page.getByTestId("term-set-terms").fill("乡村振兴、双招双引、营商环境");
  await page.getByTestId("term-set-save").click();
  await page.getByTestId("term-set").filter({ hasText: "重点工作 (3)" }).waitFor();
  await page.reload();
  await page.waitForSelector("[data-testid=result-list]");
  const set = page.getByTestId("term-set").filter({ hasText: "重点工作 (3)" });
  await set.waitFor();
  await set.locator(".re-set-use").click();
  assert.equal(await page.getByTestId("search").inputValue(), "乡村振兴 | 双招双引 | 营商环境");
  // Any term of the set matches: four of the five seeds use at least one.
  await waitForResults(page, 4);
  for (const i of [0, 1, 2]) {
    assert.ok((await page.locator(`[data-testid=result-list] mark.re-hit-${i}`).count()) > 0, `term ${i} highlighted`);
  }
  await set.locator(".re-set-remove").click();
  await page.reload();
  await page.waitForSelector("[data-testid=result-list]");
  assert.equal(await page.getByTestId("term-set").count(), 0);
  await page.close();
});

test("a reload right after typing keeps the query", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  await search(page, "营商环境");
  // At once, before typing has paused long enough for the URL to be written.
  await page.reload();
  await page.waitForSelector("[data-testid=result-list]");
  assert.equal(await page.getByTestId("search").inputValue(), "营商环境");
  await waitForResults(page, 3);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the app's own page opens a search a site's form sends as ?q=; an embed leaves the host's query string alone", async () => {
  // Opened on the concordance, which has no result list to wait for.
  const page = await ctx.browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${ctx.server.url}?q=${encodeURIComponent("营商环境")}+${encodeURIComponent("双招双引")}&view=concordance`);
  await page.getByTestId("kwic").waitFor();
  const box = page.getByTestId("search");
  assert.equal(await box.inputValue(), "营商环境 双招双引");
  assert.equal(await page.getByTestId("link-notice").count(), 0);
  // The address now reads as the app's own links do, so clearing the search
  // and reloading does not bring the query string's back.
  const address = new URL(page.url());
  assert.equal(address.search, "");
  assert.equal(decodeURIComponent(address.hash), "#q=营商环境 双招双引&view=concordance");
  await page.getByTestId("tab-reports").click();
  await box.fill("");
  await page.waitForFunction(() => !location.hash.includes("q="));
  await page.reload();
  await page.waitForSelector("[data-testid=result-list]");
  assert.equal(await box.inputValue(), "");

  // A parameter not the view's (a campaign's tag) is neither reported nor dropped.
  await page.goto(`${ctx.server.url}?utm_source=mail&q=${encodeURIComponent("营商环境")}`);
  await page.waitForSelector("[data-testid=result-list]");
  assert.equal(await box.inputValue(), "营商环境");
  await waitForResults(page, 3);
  assert.equal(await page.getByTestId("link-notice").count(), 0);
  assert.match(page.url(), /utm_source=mail/);

  // Embedded, the host page's ?q= is its own.
  await page.goto(`${ctx.server.url}embedded.html?q=${encodeURIComponent("营商环境")}`);
  await page.waitForSelector("[data-testid=result-list]");
  assert.equal(await box.inputValue(), "");
  await waitForResults(page, 5);
  assert.deepEqual(errors, []);
  await page.close();
});

test("odd queries never break the page", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  await search(page, "，。！");
  await waitForResults(page, 5);
  assert.match(await page.getByTestId("query-note").textContent(), /Ignored \(punctuation only\)/);
  await search(page, '"新旧动能');
  await waitForResults(page, 3);
  await search(page, "营商环境 -双招双引");
  await waitForResults(page, 0);
  await search(page, "不存在的词语");
  await waitForResults(page, 0);
  assert.equal(await page.getByTestId("result-count").textContent(), "0 of 5 reports match");
  // Pasted, not typed: ten thousand characters at once.
  await page.getByTestId("search").fill("很".repeat(10000));
  await page.getByTestId("query-note").filter({ hasText: "first 200 characters" }).waitFor();
  await search(page, "");
  await waitForResults(page, 5);
  assert.deepEqual(errors, []);
  await page.close();
});

test("report text that contains markup is shown as text and never run", async () => {
  const { page, errors } = await openPage(ctx.browser, `${ctx.server.url}hostile.html`);
  await waitForResults(page, 3);
  await search(page, "营商环境");
  await openReport(page, "营商环境推进会");
  const reader = page.getByTestId("reader");
  assert.match(await page.getByTestId("reader-title").textContent(), /<i>奎文区<\/i>营商环境推进会<script>1<\/script>/);
  const text = await reader.textContent();
  assert.ok(text.includes('<img src=x onerror="window.__pwned=2">'), "the img tag shows as text");
  assert.ok(text.includes("<script>alert(1)</script>"));
  assert.equal(await reader.locator("img, script, b, i").count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await screenshot(page, "13-markup-as-text", { fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});

test("a result's snippet begins where a clause begins and ends on the mark that closes one", async () => {
  const { page, errors } = await openPage(ctx.browser, `${ctx.server.url}hostile.html`);
  await waitForResults(page, 3);
  await search(page, "低空经济");
  await waitForResults(page, 1);
  const snippet = page.getByTestId("snippet").first();
  // Thirty characters each side would cut 支柱产业 and 战略性新兴产业.
  await snippet.waitFor();
  assert.equal(
    await snippet.textContent(),
    "…支持新材料、新能源、集成电路、航空航天、低空经济、生物医药、视觉健康等新兴产业集群发展，…",
  );
  assert.equal(await snippet.locator("mark").textContent(), "低空经济");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a corpus URL that fails says so and falls back to the bundled corpus", async () => {
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.server.url}missing.html`);
  await page.getByTestId("corpus-notice").waitFor();
  assert.match(await page.getByTestId("corpus-notice").textContent(), /no-such-corpus\.json could not be used \(the server answered HTTP 404\)/);
  await waitForResults(page, 5);
  await page.close();
});

test("a corpus URL whose reader's code cannot be fetched says so and falls back to the bundled corpus", async () => {
  // No service worker: it would fetch the chunk ahead, past the route.
  const context = await ctx.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.route(/_split_corpus_file\.wasm$/, (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.goto(`${ctx.server.url}synth.html`);
  await page.getByTestId("corpus-notice").waitFor();
  assert.match(await page.getByTestId("corpus-notice").textContent(), /synth\.json could not be used \(the code that reads a corpus file did not arrive/);
  await waitForResults(page, 5);
  await context.close();
});
