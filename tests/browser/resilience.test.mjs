// When things go wrong the page says so and offers a way back: a panic in
// the running app, a wasm that fails to load, and a view whose wasm chunk
// cannot be fetched. Never a blank or frozen page. Each is forced in the
// real release build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveStatic, screenshot, hostPage, useBrowser, openInContext, waitForResults, typeKeyByKey } from "./harness.mjs";

const ctx = useBrowser(async () =>
  serveStatic(undefined, "/", {
    "panic.html": { body: await hostPage('data-fault="panic"'), type: "text/html; charset=utf-8" },
  }),
);

test("a panic replaces the app with a message, its details and a reload link", async () => {
  const context = await ctx.browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${ctx.server.url}panic.html#q=%E8%90%A5%E5%95%86`);
  const fatal = page.getByTestId("fatal");
  await fatal.waitFor();
  assert.equal(await fatal.getAttribute("role"), "alert");
  assert.match(await fatal.textContent(), /stopped because of an internal error/);
  assert.match(await fatal.locator("pre").textContent(), /a panic forced by data-fault/);
  // The link reloads the page without the view that led to the failure.
  const reload = page.getByTestId("fatal-reload");
  assert.equal(await reload.getAttribute("href"), `${ctx.server.url}panic.html`);
  assert.equal(await page.locator("[data-testid=result-list]").count(), 0, "the broken app is gone");
  assert.ok(errors.some((e) => /unreachable|RuntimeError/.test(e)), `the abort surfaces as a wasm trap: ${errors}`);
  await screenshot(page, "95-panic-message");

  // The way back works: following the link loads the app anew.
  await page.goto(`${ctx.server.url}`);
  await page.waitForSelector("[data-testid=result-list]");
  await context.close();
});

test("a panic message is in the reader's language", async () => {
  const context = await ctx.browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(`${ctx.server.url}panic.html`);
  const fatal = page.getByTestId("fatal");
  await fatal.waitFor();
  assert.match(await fatal.textContent(), /因内部错误而停止/);
  assert.equal(await page.getByTestId("fatal-reload").textContent(), "重新加载");
  await context.close();
});

test("a wasm that fails to load leaves a message and a reload link, not the skeleton forever", async () => {
  const context = await ctx.browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.goto(ctx.server.url);
  const failed = page.getByTestId("load-failed");
  await failed.waitFor();
  assert.equal(await failed.getAttribute("role"), "alert");
  assert.match(await failed.textContent(), /could not start/);
  assert.match(await failed.textContent(), /无法启动/);
  assert.ok(await page.getByTestId("load-failed-reload").isVisible());
  await screenshot(page, "96-load-failed");
  await context.close();
});

// The chunks split-page.mjs cuts out of the page's wasm.
const chunk = /_(split|chunk)_\w+\.wasm$/;

test("the first screen fetches none of the later views' wasm; each view fetches its own when its tab is pointed at or opened, the reader's article when the list is", async () => {
  // No service worker: it fetches every file of the build ahead, for offline use.
  const { context, page, errors } = await openInContext(ctx.browser, ctx.server.url, { locale: "en-US", serviceWorkers: "block" });
  const fetched = [];
  page.on("request", (r) => chunk.test(r.url()) && fetched.push(r.url().split("/").pop()));
  await waitForResults(page, 5);
  // A word of two characters: no other spelling to look for either.
  await typeKeyByKey(page, page.getByTestId("search"), "营商");
  await waitForResults(page, 3);
  assert.deepEqual(fetched, [], "the list and a search fetched a later view's chunk");
  // A pointer on the list starts fetching the reader's article (held back
  // here); a click opens the report: the reader says it is opening it, and
  // once the article is in, its current hit is marked, a step made while
  // it came kept.
  let arrive;
  const held = new Promise((ok) => (arrive = ok));
  await page.route(/_split_article\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  const articleFetching = page.waitForRequest((r) => r.url().endsWith("_split_article.wasm"));
  await page.getByTestId("result-list").hover();
  await articleFetching;
  await page.getByTestId("result").first().locator("button.re-result-open").click();
  const opening = page.locator(".re-reader-pane").getByTestId("view-loading");
  await opening.waitFor();
  assert.equal(await opening.textContent(), "Opening the report…");
  await page.getByTestId("hit-next").click();
  arrive();
  await page.getByTestId("reader").locator("mark.re-current").waitFor();
  assert.equal(await opening.count(), 0);
  assert.match(await page.getByTestId("hit-position").textContent(), /^Hit 2 of/);
  assert.equal(await page.getByTestId("reader").locator("mark[data-hit-start]").nth(1).getAttribute("aria-current"), "true");
  const views = [
    ["tab-concordance", "kwic", "concordance"],
    ["tab-figures", "figure-indicator", "figures"],
    ["tab-trends", "trends", "trends"],
    ["tab-compare", "compare-pick", "compare"],
  ];
  for (const [tab, shown, name] of views) {
    // A pointer on a tab starts fetching its view's chunk before the click.
    const fetching = page.waitForRequest((r) => r.url().endsWith(`_split_${name}.wasm`));
    await page.getByTestId(tab).hover();
    await fetching;
    assert.equal(await page.getByTestId(shown).count(), 0, `hovering ${name}'s tab opened it`);
    await page.getByTestId(tab).click();
    await page.getByTestId(shown).first().waitFor();
    assert.ok(fetched.some((f) => f.endsWith(`_split_${name}.wasm`)), `opening ${name} fetched its chunk (${fetched})`);
  }
  // The search typed before is the one the views show.
  await page.getByTestId("tab-concordance").click();
  assert.match(await page.getByTestId("kwic-count").textContent(), /\d/);
  // So does the focus on the import button, as the keyboard brings it.
  const importFetching = page.waitForRequest((r) => r.url().endsWith("_split_import_panel.wasm"));
  await page.getByTestId("import-toggle").focus();
  await importFetching;
  await page.getByTestId("import-toggle").press("Enter");
  await page.getByTestId("import-files").waitFor();
  assert.ok(fetched.some((f) => f.endsWith("_split_import_panel.wasm")));
  // Once in, a view opens again without fetching anything.
  const before = fetched.length;
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("tab-trends").click();
  await page.getByTestId("trends").waitFor();
  assert.equal(fetched.length, before);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a view whose chunk is on its way or cannot be fetched says so in the reader's language, keeps what was typed, and tries again", async () => {
  // No service worker: it would fetch every chunk ahead, past the routes.
  const { context, page } = await openInContext(ctx.browser, ctx.server.url, { locale: "zh-CN", serviceWorkers: "block" });
  let failing = true;
  await page.route(chunk, (route) => (failing ? route.fulfill({ status: 404, body: "gone" }) : route.continue()));
  await typeKeyByKey(page, page.getByTestId("search"), "营商环境");
  await waitForResults(page, 3);
  await page.getByTestId("tab-concordance").click();
  const missing = page.getByTestId("view-missing");
  await missing.waitFor();
  assert.equal(await missing.getAttribute("role"), "alert");
  assert.match(await missing.textContent(), /无法加载此视图/);
  assert.equal(await page.getByTestId("search").inputValue(), "营商环境");
  await screenshot(page, "97-view-missing");
  // The list still works, and a failed fetch is not remembered: opening the
  // view again, or the button, fetches anew.
  await page.getByTestId("tab-reports").click();
  await waitForResults(page, 3);
  // A report opened while its article cannot come: the reader says so, its
  // hits still counted, and the list stays.
  await page.getByTestId("result").first().locator("button.re-result-open").click();
  const articleMissing = page.locator(".re-reader-pane").getByTestId("view-missing");
  await articleMissing.waitFor();
  assert.match(await articleMissing.textContent(), /无法显示这篇报告/);
  assert.match(await page.getByTestId("hit-position").textContent(), /共 \d+ 处/);
  await waitForResults(page, 3);
  await page.getByTestId("tab-concordance").click();
  await missing.waitFor();
  failing = false;
  await missing.getByRole("button", { name: "重试" }).click();
  await page.getByTestId("kwic").waitFor();
  assert.equal(await missing.count(), 0);
  assert.ok((await page.getByTestId("kwic-line").count()) > 0);
  // Back in the list, the report still open, its article is fetched anew.
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("reader").locator("mark.re-current").waitFor();
  assert.equal(await articleMissing.count(), 0);
  // A chunk on its way: the view's place says so until it is in.
  let arrive;
  const held = new Promise((ok) => (arrive = ok));
  await page.route(/_split_trends\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByTestId("tab-trends").click();
  const loading = page.getByTestId("view-loading");
  await loading.waitFor();
  assert.equal(await loading.getAttribute("role"), "status");
  assert.match(await loading.textContent(), /正在加载此视图/);
  arrive();
  await page.getByTestId("trends").waitFor();
  assert.equal(await loading.count(), 0);
  await context.close();
});
