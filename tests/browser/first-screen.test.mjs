// The first screen (data/first-screen.html inlined into index.html): before
// the wasm has started, the bundled reports are listed and the search box
// takes typing, in the language the app will start in; what was typed (key
// by key, or through an input method still composing) becomes the app's
// search when it arrives, and a report clicked before then is opened.
// Without script, the list is still there. Screenshots 90-… to look at.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { useBrowser, repoRoot, serveSite, distDir, screenshot, typeKeyByKey } from "./harness.mjs";

const ctx = useBrowser();
const corpus = JSON.parse(await readFile(join(repoRoot, "data/corpus.json"), "utf8"));
const WASM = /report-explorer-[0-9a-f]+_bg\.wasm$|report-explorer_bg\.wasm$/;

/** A page whose app wasm is held back until `release()`. */
async function heldPage(site, options = {}, hash = "") {
  let release;
  const held = new Promise((ok) => (release = ok));
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.route(WASM, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(site.url + hash, { waitUntil: "domcontentloaded" });
  return { page, context, release, errors };
}

const firstScreen = (page) => page.locator("[data-first-screen]");
const firstSearch = (page) => page.locator("[data-first-screen-search]");
const firstRows = (page) => page.locator("[data-first-screen-list] li");

async function withSite(run) {
  const site = await serveSite({ mounts: [{ prefix: "/", dir: distDir }] });
  try {
    await run(site);
  } finally {
    await site.close();
  }
}

test("before the wasm, the reports are listed; what is typed key by key becomes the search", async () => {
  await withSite(async (site) => {
    const { page, context, release, errors } = await heldPage(site, { locale: "zh-CN" });
    try {
      await firstRows(page).first().waitFor();
      const titles = await firstRows(page).locator("a").allTextContents();
      assert.deepEqual(titles, corpus.reports.map((r) => r.title));
      assert.match(await page.locator(".re-first-count").innerText(), /共 5 篇报告/);
      assert.equal(await firstSearch(page).getAttribute("placeholder"), "搜索词语，例如：营商环境");
      // The app is not there yet: the box is the first screen's.
      assert.equal(await page.getByTestId("search").count(), 0);
      await typeKeyByKey(page, firstSearch(page), "营商环境");
      await screenshot(page, "90-first-screen-typed", { fullPage: false });
      release();
      const search = page.getByTestId("search");
      await search.waitFor();
      await page.waitForFunction(() => document.querySelector("[data-testid=result-count]")?.dataset.query === "营商环境");
      assert.equal(await search.inputValue(), "营商环境");
      assert.equal(await firstScreen(page).count(), 0);
      // The focus and caret moved with the text, so typing goes on.
      await page.waitForFunction(() => document.activeElement?.dataset.testid === "search");
      await page.keyboard.press("Backspace");
      await page.keyboard.press("Backspace");
      await page.waitForFunction(() => document.querySelector("[data-testid=result-count]")?.dataset.query === "营商");
      const hits = await page.locator("[data-testid=result-list] mark.re-hit").count();
      assert.ok(hits > 0, "the carried search highlights its hits");
      assert.deepEqual(errors, []);
    } finally {
      release();
      await context.close();
    }
  });
});

test("an input method still composing when the app arrives keeps its word", async () => {
  await withSite(async (site) => {
    const { page, context, release, errors } = await heldPage(site, { locale: "zh-CN" });
    try {
      await firstRows(page).first().waitFor();
      const cdp = await context.newCDPSession(page);
      await firstSearch(page).focus();
      await cdp.send("Input.imeSetComposition", { text: "jiuy", selectionStart: 4, selectionEnd: 4 });
      release();
      // The app has started and drawn, but waits for the commit.
      await page.waitForFunction(() => document.querySelector("[data-report-explorer-mounted] [data-testid=result-list]"));
      await page.waitForTimeout(300);
      assert.equal(await firstScreen(page).count(), 1, "the first screen stays while the word is being composed");
      assert.equal(await firstSearch(page).inputValue(), "jiuy");
      await cdp.send("Input.insertText", { text: "就业" });
      await cdp.detach();
      const search = page.getByTestId("search");
      await search.waitFor();
      await page.waitForFunction(() => document.querySelector("[data-testid=result-count]")?.dataset.query === "就业");
      assert.equal(await search.inputValue(), "就业");
      assert.equal(await firstScreen(page).count(), 0);
      await page.waitForFunction(() => document.activeElement?.dataset.testid === "search");
      assert.deepEqual(errors, []);
    } finally {
      release();
      await context.close();
    }
  });
});

test("a report clicked before the wasm is open when the app arrives; back returns to the list", async () => {
  await withSite(async (site) => {
    const { page, context, release, errors } = await heldPage(site, { locale: "zh-CN" });
    try {
      await firstRows(page).nth(2).locator("a").click();
      assert.equal(new URL(page.url()).hash, `#open=${corpus.reports[2].id}`);
      release();
      await page.getByTestId("reader-title").waitFor();
      assert.equal((await page.getByTestId("reader-title").textContent()).trim(), corpus.reports[2].title);
      await page.goBack();
      await page.waitForFunction(() => !document.querySelector("[data-testid=reader-title]"));
      assert.equal(await page.getByTestId("result").count(), corpus.reports.length);
      assert.deepEqual(errors, []);
    } finally {
      release();
      await context.close();
    }
  });
});

test("the first screen speaks the language the app will start in", async () => {
  await withSite(async (site) => {
    for (const [locale, count, placeholder, appLang] of [
      ["en-US", "5 of 5 reports", "Search for words, such as 营商环境", "en"],
      ["zh-CN", "共 5 篇报告，列出 5 篇", "搜索词语，例如：营商环境", "zh-CN"],
    ]) {
      const { page, context, release } = await heldPage(site, { locale });
      try {
        await firstRows(page).first().waitFor();
        assert.equal(await page.locator(".re-first-count").innerText(), count);
        assert.equal(await firstSearch(page).getAttribute("placeholder"), placeholder);
        const meta = await firstRows(page).nth(1).locator("p").innerText();
        assert.match(meta, locale === "en-US" ? /county · 2021 \(inferred\) · source not named/ : /县级 · 2021（推断） · 未注明来源/);
        await screenshot(page, `90-first-screen-${locale}`, { fullPage: false });
        release();
        await page.getByTestId("result-list").waitFor();
        assert.equal(await page.locator(".report-explorer").getAttribute("lang"), appLang);
      } finally {
        release();
        await context.close();
      }
    }
    // A language chosen on an earlier visit wins over the browser's.
    const { page, context, release } = await heldPage(site, { locale: "zh-CN" });
    try {
      await page.evaluate(() => localStorage.setItem("report-explorer:lang:v1", "en"));
      await page.reload({ waitUntil: "domcontentloaded" });
      await firstRows(page).first().waitFor();
      assert.equal(await page.locator(".re-first-count").innerText(), "5 of 5 reports");
    } finally {
      release();
      await context.close();
    }
  });
});

test("a link to a view shows the shapes of rows, not the plain list", async () => {
  await withSite(async (site) => {
    const { page, context, release } = await heldPage(site, { locale: "zh-CN" }, "#q=%E5%B0%B1%E4%B8%9A&view=concordance");
    try {
      await page.locator("[data-first-screen] .re-skeleton-rows").waitFor();
      assert.equal(await page.locator("[data-first-screen-list]").isVisible(), false);
      release();
      await page.getByTestId("kwic-line").first().waitFor();
      assert.equal(await firstScreen(page).count(), 0);
    } finally {
      release();
      await context.close();
    }
  });
});

test("without script the reports are still listed", async () => {
  await withSite(async (site) => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false, locale: "zh-CN" });
    const page = await context.newPage();
    try {
      await page.goto(site.url);
      assert.equal(await firstRows(page).count(), corpus.reports.length);
      assert.ok(await firstRows(page).first().isVisible());
      assert.equal(await firstRows(page).first().locator("a").getAttribute("href"), `#open=${corpus.reports[0].id}`);
    } finally {
      await context.close();
    }
  });
});
