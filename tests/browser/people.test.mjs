// The product used the way people use it: typing key by key and through a
// Chinese input method, keys before any click, a skip link, dates as people
// write them, and every control that cannot do what was asked saying why.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  useBrowser,
  openPage,
  openInContext,
  screenshot,
  waitForResults,
  typeKeyByKey,
  deleteKeyByKey,
  typeThroughIme,
  expectShownSearch,
} from "./harness.mjs";

const ctx = useBrowser();

/** The search box's terms as the app reads them (space-separated here). */
const termsOf = (text) => text.split(/\s+/).filter(Boolean);

test("typed key by key, every row shows the query in the box, forwards and deleting back", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  const box = page.getByTestId("search");
  const check = async (typed) => {
    await expectShownSearch(page, termsOf(typed));
  };
  // 营商 and 营商环境 match the same reports with the same counts per row:
  // a row keyed only by its report and hits would keep the old term.
  await typeKeyByKey(page, box, "营商环境", { afterEach: check });
  const shown = await expectShownSearch(page, ["营商环境"]);
  assert.ok(shown.rows.length > 0 && shown.rows.some((r) => r.marks.length > 0), "rows with marks");
  await deleteKeyByKey(page, box, 2, { afterEach: check });
  await expectShownSearch(page, ["营商"]);
  await deleteKeyByKey(page, box, 2, { afterEach: check });
  await typeKeyByKey(page, box, "高质量发展 营商", { afterEach: check });
  await screenshot(page, "people-typed-key-by-key", { fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});

test("pinyin being composed is not searched; the committed word is", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  const box = page.getByTestId("search");
  const before = await page.getByTestId("result-count").textContent();
  await typeThroughIme(page, box, [{ pinyin: "yingshanghuanjing", word: "营商环境" }], {
    duringComposition: async (pinyin) => {
      assert.equal(await box.inputValue(), pinyin, "the box shows the composition");
      assert.equal(await page.getByTestId("result-count").textContent(), before, `searched for ${pinyin}`);
      assert.equal(await page.getByTestId("result").count(), 5);
      assert.doesNotMatch(decodeURIComponent(new URL(page.url()).hash), /ying/, "pinyin written to the URL");
    },
  });
  await page.waitForFunction(() => /match/.test(document.querySelector("[data-testid=result-count]").textContent));
  await expectShownSearch(page, ["营商环境"]);
  assert.match(decodeURIComponent(new URL(page.url()).hash), /q=营商环境/);
  // A second word, after a space typed on the keyboard.
  await page.keyboard.type(" ");
  await typeThroughIme(page, box, [{ pinyin: "shuangzhao", word: "双招双引" }], {
    duringComposition: async () => {
      assert.doesNotMatch(decodeURIComponent(new URL(page.url()).hash), /shuang/);
    },
  });
  await expectShownSearch(page, ["营商环境", "双招双引"]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("Back returns to the previous search, not to the previous keystroke", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  const box = page.getByTestId("search");
  const entries = () => page.evaluate(() => history.length);
  const start = await entries();
  // Typing on is one search: no entry per key.
  await typeKeyByKey(page, box, "营商环境");
  await expectShownSearch(page, ["营商环境"]);
  assert.equal(await entries(), start, "an entry per keystroke");
  // Typed over through the IME: another search, another entry.
  await box.press("Control+a");
  await typeThroughIme(page, box, [{ pinyin: "xiangcunzhenxing", word: "乡村振兴" }]);
  await expectShownSearch(page, ["乡村振兴"]);
  assert.equal(await entries(), start + 1);
  // Deleted to nothing, then another: the entry left keeps 乡村振兴.
  await deleteKeyByKey(page, box, 4);
  await typeKeyByKey(page, box, "高质量发展");
  await expectShownSearch(page, ["高质量发展"]);
  assert.equal(await entries(), start + 2);
  await page.goBack();
  await page.waitForFunction(() => document.querySelector("[data-testid=search]").value === "乡村振兴");
  await expectShownSearch(page, ["乡村振兴"]);
  await page.goBack();
  await page.waitForFunction(() => document.querySelector("[data-testid=search]").value === "营商环境");
  await expectShownSearch(page, ["营商环境"]);
  await page.goForward();
  await page.waitForFunction(() => document.querySelector("[data-testid=search]").value === "乡村振兴");
  await expectShownSearch(page, ["乡村振兴"]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("words separated with the IME's comma or 、 are two words, 或 between them means either, and a full stop after a word or brackets around it are not searched", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  const box = page.getByTestId("search");
  // A Chinese IME commits the full-width comma as it does a word.
  await typeThroughIme(page, box, [
    { pinyin: "yingshanghuanjing", word: "营商环境" },
    { pinyin: ",", word: "，" },
    { pinyin: "shuangzhao", word: "双招双引" },
  ]);
  await expectShownSearch(page, ["营商环境", "双招双引"]);
  const both = await page.getByTestId("result").count();
  assert.ok(both > 0, "the two words are found apart, not as one string with a comma");
  const retype = async (text) => {
    await box.press("Control+a");
    await box.press("Backspace");
    await typeKeyByKey(page, box, text);
  };
  await retype("营商环境、双招双引");
  await expectShownSearch(page, ["营商环境", "双招双引"]);
  assert.equal(await page.getByTestId("result").count(), both);
  await retype("营商环境 或 双招双引");
  await expectShownSearch(page, ["营商环境", "双招双引"]);
  assert.ok((await page.getByTestId("result").count()) >= both, "either word, at least as many reports as both");
  // The IME's full stop committed after the word (or a phrase copied with
  // it) is not searched for: the word is.
  await box.press("Control+a");
  await box.press("Backspace");
  await typeThroughIme(page, box, [
    { pinyin: "gaozhiliangfazhan", word: "高质量发展" },
    { pinyin: ".", word: "。" },
  ]);
  await expectShownSearch(page, ["高质量发展"]);
  assert.equal(await page.getByTestId("result").count(), 5);
  // A term in the brackets it was copied with is searched bare.
  await box.press("Control+a");
  await box.press("Backspace");
  await typeThroughIme(page, box, [
    { pinyin: "(", word: "（" },
    { pinyin: "yingshanghuanjing", word: "营商环境" },
    { pinyin: ")", word: "）" },
  ]);
  await expectShownSearch(page, ["营商环境"]);
  assert.equal(await page.getByTestId("result").count(), 3);
  assert.deepEqual(errors, []);
  await page.close();
});

test("shortcuts work before any click: on a fresh load and when a link opens a report", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  await page.keyboard.press("/");
  assert.ok(await page.getByTestId("search").evaluate((el) => el === document.activeElement), "/ focuses the search");
  await page.keyboard.type("营商环境");
  await waitForResults(page, 3);
  const id = await page.getByTestId("result").nth(0).getAttribute("data-report-id");
  const link = `${ctx.server.url}#q=${encodeURIComponent("营商环境")}&open=${id}`;

  const other = await ctx.browser.newPage();
  await other.goto(link);
  await other.getByTestId("reader").waitFor();
  const position = other.getByTestId("hit-position");
  assert.match(await position.textContent(), /^Hit 1 of/);
  await other.keyboard.press("n");
  assert.match(await position.textContent(), /^Hit 2 of/, "n steps with nothing clicked");
  await other.keyboard.press("p");
  assert.match(await position.textContent(), /^Hit 1 of/);
  await other.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test("dates are read as people type them; a wrong or reversed range says so", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  const from = page.getByTestId("date-from");
  const to = page.getByTestId("date-to");
  await from.fill("2021/3/1");
  await from.press("Enter");
  await page.waitForFunction(() => /date-from|from=2021-03-01/.test(location.hash) || document.querySelector("[data-testid=date-from]").value === "2021-03-01");
  assert.equal(await from.inputValue(), "2021-03-01");
  assert.match(new URL(page.url()).hash, /from=2021-03-01/);
  await to.fill("2020年");
  await to.press("Enter");
  // Reversed: swapped and said, never a blank list.
  const note = page.getByTestId("date-note");
  await note.waitFor();
  assert.match(await note.textContent(), /2021-03-01.*2020.*swapped/);
  assert.equal(await from.inputValue(), "2020");
  assert.equal(await to.inputValue(), "2021-03-01");
  assert.ok((await page.getByTestId("result").count()) > 0);
  await screenshot(page, "people-date-swapped", { fullPage: false });
  await to.fill("last spring");
  await to.press("Enter");
  assert.match(await note.textContent(), /“last spring” is not a date/);
  assert.equal(new URL(page.url()).hash.includes("to=2021-03-01"), true, "the bound is kept");
  // The month in English, as the English interface's readers write it.
  await to.fill("March 2023");
  await to.press("Enter");
  await page.waitForFunction(() => document.querySelector("[data-testid=date-to]").value === "2023-03");
  assert.match(new URL(page.url()).hash, /to=2023-03/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("an empty result list says why and offers the way out", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await page.getByTestId("search").fill("不存在的词语");
  const why = page.getByTestId("no-results");
  await why.waitFor();
  assert.equal(await why.locator("p").textContent(), "No report contains 不存在的词语.");
  await screenshot(page, "people-no-results", { fullPage: false });
  await page.getByTestId("no-results-clear-search").click();
  await waitForResults(page, 5);
  assert.equal(await page.getByTestId("search").inputValue(), "");
  assert.equal(await why.count(), 0);
  await page.close();
});

test("Copy link confirms itself, and where the browser refuses, offers the link to copy", async () => {
  const { context, page } = await openInContext(ctx.browser, ctx.server.url, { permissions: ["clipboard-read", "clipboard-write"] });
  await page.getByTestId("search").fill("营商环境");
  await waitForResults(page, 3);
  await page.getByTestId("copy-link").click();
  const status = page.getByTestId("share-status");
  await page.waitForFunction(() => document.querySelector("[data-testid=share-status]").textContent.includes("Link copied"));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  assert.equal(await page.getByTestId("link").count(), 0, "no field when the copy worked");
  await screenshot(page, "people-link-copied", { fullPage: false });
  // It goes away by itself.
  await page.waitForFunction(() => document.querySelector("[data-testid=share-status]").textContent === "", null, { timeout: 6000 });
  assert.equal(await status.textContent(), "");
  await context.close();

  const refused = await openInContext(ctx.browser, ctx.server.url, {
    init: () => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
    },
  });
  await refused.page.getByTestId("copy-link").click();
  await refused.page.getByTestId("link").waitFor();
  assert.match(await refused.page.locator(".re-share-manual [role=alert]").textContent(), /did not allow copying/);
  assert.equal(await refused.page.getByTestId("link").inputValue(), refused.page.url());
  await screenshot(refused.page, "people-link-refused", { fullPage: false });
  await refused.context.close();
});

test("importing nothing pasted says so", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await page.getByTestId("import-toggle").click();
  await page.locator(".re-paste summary").click();
  await page.getByTestId("paste-import").click();
  assert.match(await page.getByTestId("paste-note").textContent(), /Nothing to import/);
  // The paste box stays inside its panel.
  const fits = await page.evaluate(() => {
    const box = document.querySelector("[data-testid=paste-text]").getBoundingClientRect();
    const panel = document.querySelector("[data-testid=import-panel]").getBoundingClientRect();
    return box.right <= panel.right + 0.5;
  });
  assert.ok(fits, "the paste box overflows its panel");
  await screenshot(page, "people-paste-nothing", { fullPage: false });
  await page.getByTestId("paste-text").fill("x");
  assert.equal(await page.getByTestId("paste-note").textContent(), "", "typing clears the note");
  await page.close();
});

test("a term set joins the search, shows it is on, and leaves again on a second click", async () => {
  const { context, page } = await openInContext(ctx.browser, ctx.server.url);
  await page.getByTestId("term-set-name").fill("重点");
  await page.getByTestId("term-set-terms").fill("乡村振兴、双招双引");
  await page.getByTestId("term-set-save").click();
  const use = page.getByTestId("term-set-use");
  await use.waitFor();
  await page.getByTestId("search").fill("营商环境");
  await use.click();
  assert.equal(await page.getByTestId("search").inputValue(), "营商环境 乡村振兴 | 双招双引", "the user's term stays");
  assert.equal(await use.getAttribute("aria-pressed"), "true");
  await expectShownSearch(page, ["营商环境", "乡村振兴", "双招双引"]);
  await screenshot(page, "people-term-set-on", { fullPage: false });
  await use.click();
  assert.equal(await page.getByTestId("search").inputValue(), "营商环境");
  assert.equal(await use.getAttribute("aria-pressed"), "false");
  await context.close();
});

test("on a phone, the results come first; filters and tools open behind buttons", async () => {
  const { context, page } = await openInContext(ctx.browser, ctx.server.url, { viewport: { width: 360, height: 740 }, locale: "zh-CN" });
  const top = (sel) => page.locator(sel).first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  assert.equal(await page.getByTestId("facets").isVisible(), false, "filters folded");
  assert.equal(await page.getByTestId("term-set-save").isVisible(), false, "term sets folded");
  assert.equal(await page.getByTestId("export-csv").isVisible(), false, "exports folded");
  assert.ok((await top("[data-testid=result]")) < 740, "the first result is on the first screen");
  await screenshot(page, "people-phone-results-first");
  const filters = page.getByTestId("filters-toggle");
  await filters.click();
  assert.equal(await filters.getAttribute("aria-expanded"), "true");
  assert.ok(await page.getByTestId("facets").isVisible());
  // Open in full: no inner scroll.
  assert.ok(await page.getByTestId("facets").evaluate((el) => el.scrollHeight <= el.clientHeight + 1), "no inner scroll");
  await page.getByTestId("facet-year").getByRole("checkbox").first().check();
  assert.match(await filters.textContent(), /筛选（1）/);
  await page.getByTestId("tools-toggle").click();
  assert.ok(await page.getByTestId("export-csv").isVisible());
  await screenshot(page, "people-phone-opened");
  await context.close();
});

test("the Chinese interface says a damaged link's parts in Chinese", async () => {
  const { context, page } = await openInContext(ctx.browser, `${ctx.server.url}#open=0123456789abcdef&region=999999&cmp=不存在区`, { locale: "zh-CN" });
  const notice = page.getByTestId("link-notice");
  await notice.waitFor();
  const text = await notice.textContent();
  assert.match(text, /open=0123456789abcdef（没有这篇报告）/);
  assert.match(text, /本语料中没有/);
  assert.doesNotMatch(text, /no such report|not in this corpus/);
  await context.close();
});

test("a link written by hand is read as meant: a ? before its parts, a date range the wrong way round", async () => {
  const { context, page, errors } = await openInContext(ctx.browser, `${ctx.server.url}#?q=${encodeURIComponent("营商环境")}&from=2023&to=2020`);
  assert.equal(await page.getByTestId("search").inputValue(), "营商环境");
  assert.equal(await page.getByTestId("link-notice").count(), 0);
  // 2020 to 2023, not nothing: the reports with the term are listed.
  await page.waitForFunction(() => /^3 of 5 reports match/.test(document.querySelector("[data-testid=result-count]").textContent));
  assert.deepEqual(errors, []);
  await context.close();
});

test("+ compare shows where the comparison is: a count on its tab", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  const tab = page.getByTestId("tab-compare");
  assert.equal((await tab.textContent()).trim(), "Compare");
  await page.getByTestId("result").nth(0).getByTestId("compare-toggle").click();
  assert.equal((await tab.textContent()).trim(), "Compare (1)");
  await page.close();
});

test("the comparison shows no slogan table without rows, and the concordance shows each line's title", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  await page.getByTestId("tab-compare").click();
  assert.match(await page.locator(".re-compare").textContent(), /Districts \(2 to 4\)/);
  await page.getByTestId("compare-pick").filter({ hasText: "坊子区" }).locator("input").check();
  await page.getByTestId("compare-pick").filter({ hasText: "奎文区" }).locator("input").check();
  await page.getByTestId("comparison-main").waitFor();
  // 奎文区 has reports of two years: it is also compared year against year.
  await page.getByTestId("over-time").first().waitFor();
  const emptyTables = await page.locator("table.re-slogans").evaluateAll((tables) => tables.filter((t) => t.querySelectorAll("tbody tr").length === 0).length);
  assert.equal(emptyTables, 0, "a slogan table with a header and no rows");
  const tablesOrNote = await page.getByTestId("over-time").evaluateAll((sections) => sections.map((s) => s.querySelectorAll("table.re-slogans").length + s.querySelectorAll("[data-testid=no-slogans]").length));
  assert.ok(tablesOrNote.every((n) => n > 0), "each comparison says something about slogans");

  await page.getByTestId("search").fill("营商环境");
  await page.getByTestId("tab-concordance").click();
  await page.getByTestId("kwic").waitFor();
  const titles = await page.getByTestId("kwic-title").allTextContents();
  assert.ok(titles.length > 0 && titles.every((t) => t.trim().length > 0), "every line names its report");
  assert.ok(titles.some((t) => t.includes("乘风破浪行")));
  assert.deepEqual(errors, []);
  await page.close();
});
