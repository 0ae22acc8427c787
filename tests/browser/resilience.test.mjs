// When things go wrong the page says so and offers a way back: a panic in
// the running app, and a wasm that fails to load. Never a blank or frozen
// page. Both are forced in the real release build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveStatic, screenshot, hostPage, useBrowser } from "./harness.mjs";

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
