// The interface in Chinese and English: picked from the browser's language,
// switchable, remembered; every view's own words translated, report text
// never.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, screenshot, waitForResults, openInContext, serveStatic, hostPage, typeKeyByKey } from "./harness.mjs";

const ctx = useBrowser();

/** A page in a fresh browser context (fresh storage) with `locale`. */
function openIn(locale) {
  return openInContext(ctx.browser, ctx.server.url, { locale });
}

/**
 * The app's own words on screen: text nodes, and the labels, titles and
 * placeholders people meet, outside report text (marked lang="zh-CN").
 */
function interfaceWords(page) {
  return page.evaluate(() => {
    const root = document.querySelector(".report-explorer");
    const words = [];
    const isReportText = (el) => el.closest("[lang]") !== root && el.closest("[lang]")?.getAttribute("lang") === "zh-CN";
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      // The language choice names each language in itself.
      if (!el || isReportText(el) || el.closest("option")) continue;
      if (node.textContent.trim()) words.push(node.textContent.trim());
    }
    for (const el of root.querySelectorAll("[aria-label], [title], [placeholder]")) {
      if (isReportText(el)) continue;
      for (const name of ["aria-label", "title", "placeholder"]) {
        const value = el.getAttribute(name);
        if (value) words.push(value);
      }
    }
    return words;
  });
}

/** Interface words with English in them (names and formats aside). */
async function englishIn(page) {
  const allowed = /Report Explorer|JSON Lines|Word|PDF|\.docx|\.doc|\.mhtml|\.mht|\.pdf|\.jsonl|CSV|JSON|KWIC|HTML|UTF-8|UTF-16|GBK|GB18030|Big5|MB|\.txt|\.html|\.csv|\.json|text|schema_version|English|Shift|Enter|Esc/g;
  return (await interfaceWords(page)).filter((w) => /[A-Za-z]{3,}/.test(w.replace(allowed, "")));
}

async function visitEveryView(page, check) {
  await page.getByTestId("search").fill("营商环境");
  await page.getByTestId("result").first().locator(".re-result-open").click();
  await page.waitForSelector("[data-testid=reader]");
  await check("reports");
  await page.getByTestId("tab-concordance").click();
  await page.waitForSelector("[data-testid=kwic-line]");
  await check("concordance");
  await page.getByTestId("tab-figures").click();
  await page.waitForSelector("[data-testid=figure-row]");
  await check("figures");
  await page.getByTestId("tab-compare").click();
  const picks = page.getByTestId("compare-pick");
  await picks.nth(0).locator("input").check();
  await picks.nth(1).locator("input").check();
  await page.waitForSelector("[data-testid=comparison-main]");
  await check("compare");
  await page.getByTestId("import-toggle").click();
  await page.waitForSelector("[data-testid=import-panel]");
  await check("import");
}

test("an English browser gets English; switching to Chinese translates every view and is remembered", async () => {
  const { context, page, errors } = await openIn("en-US");
  assert.equal(await page.getByTestId("tab-reports").textContent(), "Reports");
  assert.equal(await page.locator(".report-explorer").getAttribute("lang"), "en");
  const titlesBefore = await page.getByTestId("result-title").allTextContents();

  await page.getByTestId("language").selectOption("zh-CN");
  assert.equal(await page.getByTestId("tab-reports").textContent(), "报告");
  assert.equal(await page.locator(".report-explorer").getAttribute("lang"), "zh-CN");
  assert.match(await page.getByTestId("result-count").textContent(), /^共 5 篇报告，列出 5 篇$/);
  // Report text is never translated.
  assert.deepEqual(await page.getByTestId("result-title").allTextContents(), titlesBefore);

  await visitEveryView(page, async (view) => {
    assert.deepEqual(await englishIn(page), [], `English left in the Chinese ${view} view`);
    await screenshot(page, `90-zh-${view}`, { fullPage: false });
  });

  // The link still holds the comparison, so the page reopens on it.
  await page.reload();
  await page.waitForSelector("[data-testid=tab-reports]");
  assert.equal(await page.getByTestId("tab-reports").textContent(), "报告", "the choice is remembered");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a Chinese browser gets Chinese at once, and can switch to English", async () => {
  const { context, page, errors } = await openIn("zh-CN");
  assert.equal(await page.getByTestId("tab-reports").textContent(), "报告");
  assert.equal(await page.getByTestId("language").inputValue(), "zh-CN");
  await screenshot(page, "91-zh-first-visit", { fullPage: false });
  await page.getByTestId("language").selectOption("en");
  assert.equal(await page.getByTestId("tab-reports").textContent(), "Reports");
  assert.match(await page.getByTestId("result-count").textContent(), /^5 of 5 reports$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a host page can set an instance's language with data-lang", async () => {
  const context = await ctx.browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto(ctx.server.url);
  await page.waitForSelector("[data-testid=result-list]");
  await page.evaluate(() => {
    const el = document.createElement("div");
    el.setAttribute("data-report-explorer", "");
    el.setAttribute("data-lang", "zh");
    el.setAttribute("data-url-state", "off");
    el.id = "second";
    document.body.append(el);
    window.wasmBindings.mount(el);
  });
  await page.waitForSelector("#second [data-testid=result-list]");
  assert.equal(await page.locator("#second [data-testid=tab-reports]").textContent(), "报告");
  assert.equal(await page.locator("[data-report-explorer]:not(#second) [data-testid=tab-reports]").textContent(), "Reports");
  await context.close();
});

test("a switch changes only the words: the search and the open report stay, and an earlier notice is said anew", async () => {
  // Kept out of the URL (as when embedded), so nothing could restore the
  // view if the switch lost it; a corpus URL that fails, for a notice.
  const site = await serveStatic(undefined, "/", {
    "off.html": { type: "text/html; charset=utf-8", body: await hostPage('data-url-state="off" data-corpus-url="missing.json"') },
  });
  try {
    const { context, page, errors } = await openInContext(ctx.browser, `${site.url}off.html`, { locale: "en-US" });
    const notice = page.getByTestId("corpus-notice");
    assert.match(await notice.textContent(), /^The corpus at missing\.json could not be used \(the server answered HTTP 404\)/);
    await page.getByTestId("search").fill("就业");
    await page.getByTestId("result").first().locator(".re-result-open").click();
    await page.getByTestId("reader").locator("mark.re-hit").first().waitFor();
    await page.keyboard.press("n");
    const reading = async () => ({
      query: await page.getByTestId("search").inputValue(),
      title: await page.getByTestId("reader-title").textContent(),
      current: await page.locator("[data-testid=reader] mark.re-current").count(),
      hit: await page.getByTestId("hit-position").textContent().catch(() => ""),
    });
    const before = await reading();

    await page.getByTestId("language").selectOption("zh-CN");
    await page.locator("[data-testid=tab-reports]", { hasText: "报告" }).waitFor();
    assert.match(await notice.textContent(), /^无法使用 missing\.json 的语料（服务器返回 HTTP 404），现显示内置语料。$/);
    const after = await reading();
    assert.equal(after.query, before.query);
    assert.equal(after.title, before.title);
    assert.equal(after.current, 1);
    assert.notEqual(after.hit, before.hit, "the hit position is said in Chinese");
    assert.equal(after.hit.replace(/\D+/g, " ").trim(), before.hit.replace(/\D+/g, " ").trim(), "at the same hit");
    assert.equal(await page.getByTestId("fatal").count(), 0);
    await screenshot(page, "92-zh-after-switch", { fullPage: false });
    // The browser logs the missing corpus's 404 itself.
    assert.deepEqual(errors.filter((e) => !e.includes("404 (Not Found)")), []);
    await context.close();
  } finally {
    await site.close();
  }
});

test("after a switch and back, the empty list says what is typed next, key by key", async () => {
  const { context, page, errors } = await openIn("en-US");
  const box = page.getByTestId("search");
  await typeKeyByKey(page, box, "潍坊 营商环境");
  await waitForResults(page, 3);
  await page.getByTestId("language").selectOption("zh-CN");
  await page.getByTestId("language").selectOption("en");
  await box.fill("");
  await waitForResults(page, 5);
  // Every key from "2" on leaves the list empty; the sentence follows each.
  await typeKeyByKey(page, box, "2021 营商环境");
  const noResults = page.getByTestId("no-results").locator("p").first();
  await page.waitForFunction((el) => el.textContent.includes("2021, 营商环境"), await noResults.elementHandle(), { timeout: 5000 });
  assert.equal(await noResults.textContent(), "No report contains 2021, 营商环境.");
  await page.getByTestId("language").selectOption("zh-CN");
  await page.waitForFunction((el) => /没有报告包含/.test(el.textContent), await noResults.elementHandle(), { timeout: 5000 });
  assert.match(await noResults.textContent(), /2021.*营商环境/);
  assert.deepEqual(errors, []);
  await context.close();
});
