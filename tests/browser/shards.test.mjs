// A corpus laid out for a static host (report-cli split --shards): the
// catalogue is listed at once, a query fetches only the index shards its
// grams need and counts exactly as the bundled corpus does, a report's
// text comes when it is opened, and a missing shard is said, not a blank.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveSite, waitForResults, hostPage, shardCorpus, synthCorpus, typeKeyByKey, expectShownSearch, useBrowser, distDir, screenshot } from "./harness.mjs";

const SHARDS = 64;
const folder = mkdtempSync(join(tmpdir(), "report-explorer-shards-"));
shardCorpus("data/corpus.json", folder, ["--shard-count", String(SHARDS), "--per-text", "2"]);
// Longer than a page of the result list (20 rows), whole and sharded.
const LONG = 45;
const long = mkdtempSync(join(tmpdir(), "report-explorer-shards-long-"));
writeFileSync(join(long, "whole.json"), synthCorpus(LONG));
shardCorpus(join(long, "whole.json"), join(long, "sharded"), ["--shard-count", "16", "--per-text", "4"]);

const ctx = useBrowser(async () =>
  serveSite({
    mounts: [
      { prefix: "/sharded/", dir: folder },
      { prefix: "/long/", dir: long },
      { prefix: "/", dir: distDir },
    ],
    pages: {
      "/sharded.html": { body: await hostPage('data-corpus-url="sharded/corpus.json"'), type: "text/html; charset=utf-8" },
      "/long-whole.html": { body: await hostPage('data-corpus-url="long/whole.json"'), type: "text/html; charset=utf-8" },
      "/long-sharded.html": { body: await hostPage('data-corpus-url="long/sharded/corpus.json"'), type: "text/html; charset=utf-8" },
    },
  }),
);

/** A page whose requests `page.route` sees: no service worker to fetch for it. */
const newPage = async () => (await ctx.browser.newContext({ serviceWorkers: "block" })).newPage();

/** What the list says of a search: the count, each row's title and hits, the hits per district. */
const shown = (page) =>
  page.evaluate(() => {
    const texts = (id) => [...document.querySelectorAll(`[data-testid=${id}]`)].map((e) => e.textContent);
    return { count: texts("result-count")[0], titles: texts("result-title"), hits: texts("result-hits"), districts: texts("district-hits-row") };
  });

const QUERY = "营商环境";

test("a sharded corpus counts as the bundled one, key by key, and reads a report when opened", async () => {
  // The bundled corpus's answers, prefix by prefix.
  const bundled = await newPage();
  await bundled.goto(ctx.server.url);
  await waitForResults(bundled, 5);
  const expected = {};
  await typeKeyByKey(bundled, bundled.getByTestId("search"), QUERY, {
    afterEach: async (typed) => {
      await bundled.waitForFunction((q) => location.hash.includes(encodeURIComponent(q)), typed);
      expected[typed] = await shown(bundled);
    },
  });
  await bundled.getByTestId("result").first().locator("button.re-result-open").click();
  // The article is a chunk of its own: read once it is drawn.
  await bundled.getByTestId("reader-paragraph").first().waitFor();
  const bundledBody = await bundled.getByTestId("reader-paragraph").allTextContents();
  await bundled.context().close();

  const page = await newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const shardsFetched = new Set();
  const textsFetched = new Set();
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith("/sharded/index/")) shardsFetched.add(path);
    if (path.startsWith("/sharded/texts/")) textsFetched.add(path);
  });
  await page.goto(`${ctx.server.url}sharded.html`);
  // The catalogue: every report listed, no shard fetched yet.
  await waitForResults(page, 5);
  assert.equal(await page.getByTestId("result-count").textContent(), "5 of 5 reports");
  assert.equal(shardsFetched.size, 0);

  await typeKeyByKey(page, page.getByTestId("search"), QUERY, {
    afterEach: async (typed) => {
      const want = expected[typed];
      await page.waitForFunction((want) => {
        const texts = (id) => [...document.querySelectorAll(`[data-testid=${id}]`)].map((e) => e.textContent);
        return texts("result-count")[0] === want.count && JSON.stringify(texts("result-hits")) === JSON.stringify(want.hits);
      }, want);
      assert.deepEqual(await shown(page), want, `after typing ${typed}`);
    },
  });
  // Only the shards of the query's grams (营, 营商, 商环, 环境 and the like), not the index.
  assert.ok(shardsFetched.size > 0 && shardsFetched.size <= 6, `${shardsFetched.size} shards fetched`);
  // The rows shown brought their texts, and with them their snippets.
  await page.getByTestId("snippet").first().waitFor();

  await page.getByTestId("result").first().locator("button.re-result-open").click();
  await page.getByTestId("reader-paragraph").first().waitFor();
  assert.deepEqual(await page.getByTestId("reader-paragraph").allTextContents(), bundledBody);
  assert.ok(textsFetched.size > 0);
  await screenshot(page, "72-sharded-reader", { fullPage: false });
  await page.goBack();
  await page.getByTestId("reader-empty").waitFor();
  assert.equal(await page.getByTestId("result-count").textContent(), expected[QUERY].count);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("a missing index shard is said in the interface's language, and the catalogue stays", async () => {
  const page = await newPage();
  await page.route("**/sharded/index/**", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.goto(`${ctx.server.url}sharded.html`);
  await waitForResults(page, 5);
  await page.getByTestId("language").selectOption("zh-CN");
  await page.getByTestId("search").fill(QUERY);
  const failed = page.getByTestId("shards-failed");
  await failed.waitFor();
  assert.match(await failed.textContent(), /无法完成搜索：索引文件 .*sharded\/index\/shard-\d{4}\.bin 无法使用（服务器返回 HTTP 404）/);
  await page.getByTestId("search").fill("");
  await waitForResults(page, 5);
  await page.context().close();
});

test("what was read once is there offline: the catalogue, the query's shards, the report's text", async () => {
  // The app's own page names the sharded corpus, so the service worker
  // (scoped to the app's folder) serves both.
  const page0 = { body: await hostPage('data-corpus-url="corpus/corpus.json"'), type: "text/html; charset=utf-8" };
  const server = await serveSite({
    mounts: [
      { prefix: "/app/corpus/", dir: folder },
      { prefix: "/app/", dir: distDir },
    ],
    pages: { "/app/": page0, "/app/index.html": page0 },
    base: "/app/",
  });
  const context = await ctx.browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForResults(page, 5);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((ok) => navigator.serviceWorker.addEventListener("controllerchange", ok, { once: true }));
  });
  // Controlled now: this visit's fetches go through the worker.
  await page.reload();
  await waitForResults(page, 5);
  await page.getByTestId("search").fill(QUERY);
  await page.waitForFunction(() => document.querySelector("[data-testid=result-count]").dataset.pending === "false");
  const online = await shown(page);
  await page.getByTestId("result").first().locator("button.re-result-open").click();
  await page.getByTestId("reader-paragraph").first().waitFor();
  const body = await page.getByTestId("reader-paragraph").allTextContents();

  await context.setOffline(true);
  await server.close();
  await page.goto(server.url);
  await waitForResults(page, 5);
  await page.getByTestId("search").fill(QUERY);
  await page.waitForFunction(() => document.querySelector("[data-testid=result-count]").dataset.pending === "false");
  assert.deepEqual(await shown(page), online);
  assert.equal(await page.getByTestId("shards-failed").count(), 0);
  await page.getByTestId("result").first().locator("button.re-result-open").click();
  await page.getByTestId("reader-paragraph").first().waitFor();
  assert.deepEqual(await page.getByTestId("reader-paragraph").allTextContents(), body);
  await context.close();
});

test("a list longer than a page shows its first rows, shows more on demand with focus on the first new row, and counts stay exact", async () => {
  const rowsOf = (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll("[data-testid=result]")].map((r) => ({
        id: r.dataset.reportId,
        hits: r.querySelector("[data-testid=result-hits]").textContent,
      })),
    );
  const answered = (page, query) =>
    page.waitForFunction((q) => {
      const count = document.querySelector("[data-testid=result-count]");
      return count.dataset.pending === "false" && count.dataset.query === q;
    }, query);
  // The whole corpus, every row shown, is what the sharded one must show.
  const whole = await newPage();
  await whole.goto(`${ctx.server.url}long-whole.html`);
  await waitForResults(whole, 20);
  await whole.getByTestId("search").fill("营商");
  await answered(whole, "营商");
  while ((await whole.getByTestId("show-more").count()) > 0) await whole.getByTestId("show-more").click();
  const everyRow = await rowsOf(whole);
  const count = await whole.getByTestId("result-count").textContent();
  await whole.context().close();
  assert.ok(everyRow.length > 20, `${everyRow.length} reports match: more than a page`);

  const page = await newPage();
  await page.goto(`${ctx.server.url}long-sharded.html`);
  await waitForResults(page, 20);
  assert.equal(await page.getByTestId("result-count").textContent(), `${LONG} of ${LONG} reports`);
  // A row kept from one query to the next is the same element, its hits
  // and chips read anew (营 again: its shards are held, so it is answered
  // at once, without a list emptied while it waits).
  await page.getByTestId("search").fill("营");
  await answered(page, "营");
  await page.getByTestId("search").fill("营商");
  await answered(page, "营商");
  await page.waitForFunction(() => !document.querySelector("[data-testid=texts-loading]"));
  const marked = await page.evaluate(() =>
    [...document.querySelectorAll("[data-testid=result]")].map((row) => ((row.keptFor = row.dataset.reportId), row.dataset.reportId)),
  );
  await page.getByTestId("search").fill("营");
  await answered(page, "营");
  await expectShownSearch(page, ["营"]);
  const kept = await page.evaluate(() => [...document.querySelectorAll("[data-testid=result]")].map((row) => [row.dataset.reportId, row.keptFor]));
  const again = kept.filter(([id]) => marked.includes(id));
  assert.ok(again.length > 0, "rows of both queries");
  assert.deepEqual(again.map(([, keptFor]) => keptFor), again.map(([id]) => id), "the rows of both queries were not drawn again");
  await page.getByTestId("search").fill("营商");
  await answered(page, "营商");
  await expectShownSearch(page, ["营商"]);
  assert.equal(await page.getByTestId("result-count").textContent(), count);
  const first = await rowsOf(page);
  assert.deepEqual(first, everyRow.slice(0, 20), "the first page: the first rows, exact hits");
  const more = page.getByTestId("show-more");
  assert.match(await more.textContent(), new RegExp(`${Math.min(20, everyRow.length - 20)}.*${everyRow.length - 20}`));

  // A click shows the next page and puts focus on its first row.
  await more.click();
  await waitForResults(page, Math.min(40, everyRow.length));
  await page.waitForFunction(() => document.activeElement?.closest("[data-testid=result]") !== null);
  const focused = await page.evaluate(() => document.activeElement.closest("[data-testid=result]").dataset.reportId);
  assert.equal(focused, everyRow[20].id, "focus on the first new row");
  // From the keyboard, to the end: then every row is there and the
  // header's totals are the rows' sums.
  while ((await more.count()) > 0) {
    await more.focus();
    await page.keyboard.press("Enter");
    await page.waitForTimeout(50);
  }
  await waitForResults(page, everyRow.length);
  assert.deepEqual(await rowsOf(page), everyRow);
  await expectShownSearch(page, ["营商"]);
  // A new query starts at the first page again.
  await page.getByTestId("search").fill("营商环境");
  await answered(page, "营商环境");
  assert.ok((await page.getByTestId("result").count()) <= 20);
  await page.context().close();
});
