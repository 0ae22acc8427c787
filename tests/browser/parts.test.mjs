// A corpus too large to load at once comes in parts (report-cli split): the
// first part is on screen at once, the others join as they arrive, and a
// part that fails is named while the others stay.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveSite, screenshot, waitForResults, hostPage, splitCorpus, useBrowser, distDir } from "./harness.mjs";

const parts = mkdtempSync(join(tmpdir(), "report-explorer-parts-"));
splitCorpus("data/corpus.json", parts, 2);

const ctx = useBrowser(async () =>
  serveSite({
    mounts: [
      { prefix: "/parts/", dir: parts },
      { prefix: "/", dir: distDir },
    ],
    pages: { "/in-parts.html": { body: await hostPage('data-corpus-url="parts/corpus.json"'), type: "text/html; charset=utf-8" } },
  }),
);

const count = (page) => page.getByTestId("result-count").textContent();

/** A page whose requests `page.route` sees: no service worker to fetch for it. */
const newPage = async () => (await ctx.browser.newContext({ serviceWorkers: "block" })).newPage();

/** Holds back requests for `file` until the returned function is called. */
async function holdBack(page, file) {
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(`**/parts/${file}`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test("the first parts are usable while the last is on its way, and then it joins", async () => {
  const page = await newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  // The last part holds the fifth report.
  const release = await holdBack(page, "part-002.json");
  await page.goto(`${ctx.server.url}in-parts.html`);
  await waitForResults(page, 4);
  const loading = page.getByTestId("parts-loading");
  assert.match(await loading.textContent(), /Loading the corpus: 4 of 5 reports so far/);
  // Usable meanwhile: search and open a report.
  await page.getByTestId("search").fill("营商环境");
  await waitForResults(page, 2);
  await page.getByTestId("result").first().locator("button.re-result-open").click();
  await page.getByTestId("reader").waitFor();
  await screenshot(page, "70-parts-loading", { fullPage: false });

  release();
  await waitForResults(page, 3);
  await loading.waitFor({ state: "detached" });
  assert.equal(await count(page), "3 of 5 reports match");
  await page.getByTestId("search").fill("");
  await waitForResults(page, 5);
  assert.equal(await page.getByTestId("parts-failed").count(), 0);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("a part that cannot be loaded is named, and the other parts are all there", async () => {
  const page = await newPage();
  await page.route("**/parts/part-001.json", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.goto(`${ctx.server.url}in-parts.html`);
  await waitForResults(page, 3);
  const failed = page.getByTestId("parts-failed");
  await failed.waitFor();
  assert.match(await failed.textContent(), /1 of the corpus's parts could not be loaded, so 2 of its 5 reports are missing: .*part-001\.json: the server answered HTTP 404/);
  assert.equal(await page.getByTestId("parts-loading").count(), 0);
  assert.equal(await count(page), "3 of 3 reports");
  await page.context().close();
});
