// Every action reachable without a mouse: the skip link, `/` and Escape,
// arrows through lists and tabs, hits with n / p.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openPage, screenshot, waitForResults } from "./harness.mjs";

const ctx = useBrowser();
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { testid: el?.dataset.testid ?? null, text: el?.textContent?.trim() ?? "", id: el?.id ?? "" };
});

test("the skip link is the first Tab stop and lands on the results", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  await page.keyboard.press("Tab");
  assert.equal((await focused(page)).testid, "skip-link");
  assert.ok(await page.getByTestId("skip-link").isVisible(), "visible once focused");
  await screenshot(page, "97-skip-link", { fullPage: false });
  await page.keyboard.press("Enter");
  // Past the header, the tools and every filter: the next Tab is the first result.
  assert.ok(await page.locator(".re-results").evaluate((el) => el === document.activeElement), "the result list has focus");
  await page.keyboard.press("Tab");
  assert.ok(await page.getByTestId("result").nth(0).locator(".re-result-open").evaluate((el) => el === document.activeElement), "then the first result");
  assert.equal(new URL(page.url()).hash, "", "the page's URL is not touched");
  assert.deepEqual(errors, []);
});

test("/ focuses the search, Escape clears it, arrows walk the results and tabs, n / p step hits", async () => {
  const { page, errors } = await openPage(ctx.browser, ctx.server.url);
  // Keys belong to the instance they are pressed in (a host page may hold
  // several): "/" works from anywhere inside it.
  await page.getByTestId("tab-reports").focus();
  await page.keyboard.press("/");
  assert.equal((await focused(page)).testid, "search");
  await page.keyboard.type("营商环境");
  await page.waitForFunction(() => /match/.test(document.querySelector("[data-testid=result-count]").textContent));
  await page.keyboard.press("Escape");
  assert.equal(await page.getByTestId("search").inputValue(), "");
  await waitForResults(page, 5);

  await page.getByTestId("search").fill("营商环境");
  await page.waitForFunction(() => /match/.test(document.querySelector("[data-testid=result-count]").textContent));
  const first = page.getByTestId("result").nth(0).locator(".re-result-open");
  await first.focus();
  await page.keyboard.press("ArrowDown");
  const second = await page.getByTestId("result").nth(1).locator(".re-result-open").evaluate((el) => el === document.activeElement);
  assert.ok(second, "ArrowDown moves to the next result");
  await page.keyboard.press("ArrowUp");
  assert.ok(await first.evaluate((el) => el === document.activeElement), "ArrowUp moves back");
  await page.keyboard.press("Enter");
  await page.getByTestId("reader").waitFor();
  const position = () => page.getByTestId("hit-position").textContent();
  const start = await position();
  await page.keyboard.press("n");
  assert.notEqual(await position(), start, "n steps to the next hit");
  await page.keyboard.press("p");
  assert.equal(await position(), start, "p steps back");

  // Escape away from the search box clears the search too.
  await page.keyboard.press("Escape");
  assert.equal(await page.getByTestId("search").inputValue(), "");

  await page.getByTestId("tab-reports").focus();
  await page.keyboard.press("ArrowRight");
  assert.equal((await focused(page)).testid, "tab-concordance");
  await page.keyboard.press("Enter");
  await page.getByTestId("kwic-empty").waitFor();
  await page.keyboard.press("End");
  assert.equal((await focused(page)).testid, "tab-trends");

  // Filters: arrows go from one checkbox to the next, Space ticks it.
  await page.getByTestId("tab-reports").click();
  const boxes = page.locator("[data-testid=facet-year] input[type=checkbox]");
  await boxes.nth(0).focus();
  await page.keyboard.press("ArrowDown");
  assert.ok(await boxes.nth(1).evaluate((el) => el === document.activeElement));
  await page.keyboard.press("Space");
  assert.ok(await boxes.nth(1).isChecked());
  assert.deepEqual(errors, []);
});

test("focus is visible on every control", async () => {
  const { page } = await openPage(ctx.browser, ctx.server.url);
  await page.getByTestId("search").focus();
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  assert.notEqual(outline.style, "none");
  assert.ok(outline.width >= 2, `outline ${outline.width}px`);
});
