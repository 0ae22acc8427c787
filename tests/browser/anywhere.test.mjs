// The three ways users open the app, each in a real browser: static hosting
// from a sub-path (and offline after the first visit), one HTML file opened
// from disk, and embedded in another site under a strict CSP with hostile CSS.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { serveSite, serveStatic, launchBrowser, openPage, openFromDisk, screenshot, waitForResults, distDir, repoRoot } from "./harness.mjs";

let browser;
const singleFile = join(repoRoot, "target/single/report-explorer.html");

before(async () => {
  execFileSync("node", ["scripts/single-file.mjs", "dist", singleFile], { cwd: repoRoot, stdio: "inherit" });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Imports a GBK text file through the import panel of `root`. */
async function importGbk(root) {
  await root.getByTestId("import-toggle").click();
  await root.getByTestId("import-files").setInputFiles(join(repoRoot, "tests/fixtures/import/qingzhou-gbk.txt"));
  await root.locator("[data-testid=import-result][data-status=imported]").waitFor({ timeout: 30_000 });
  assert.match(await root.getByTestId("import-summary").textContent(), /1 report imported \(text, gb18030\)/);
  // It joins the corpus: it opens in the reader like a bundled report.
  await root.getByTestId("imported-report").getByTestId("imported-open").click();
  await root.getByTestId("reader").filter({ hasText: "青州市扎实推进乡村振兴" }).waitFor();
}

async function exercise(page) {
  await waitForResults(page, 5);
  await page.getByTestId("search").fill("营商环境");
  await waitForResults(page, 3);
  assert.ok((await page.locator("[data-testid=result-list] mark.re-hit-0").count()) > 0);
  await page.getByTestId("facet-region").getByLabel(/奎文区 \(/).check();
  await waitForResults(page, 1);
  await page.getByTestId("result").first().locator("button.re-result-open").click();
  await page.getByTestId("reader").waitFor();
  await page.getByTestId("tab-compare").click();
  await page.getByTestId("compare-pick").filter({ hasText: "坊子区" }).locator("input").check();
  await page.getByTestId("compare-pick").filter({ hasText: "奎文区" }).locator("input").check();
  await page.getByTestId("comparison-main").getByTestId("chart-themes").waitFor();
  // Each later view's wasm chunk comes from wherever the page came from.
  await page.getByTestId("tab-concordance").click();
  await page.getByTestId("kwic-line").first().waitFor();
  await page.getByTestId("tab-figures").click();
  await page.getByTestId("figure-indicator").waitFor();
  await page.getByTestId("tab-trends").click();
  await page.getByTestId("trends").waitFor();
  assert.equal(await page.getByTestId("view-missing").count(), 0);
  // So does the pinyin readings' chunk, fetched when letters find nothing.
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("search").fill("yingshanghuanjing");
  await page.getByTestId("near-miss").filter({ hasText: "营商环境" }).waitFor();
}

test("dist/ works from a sub-path", async () => {
  const server = await serveStatic(distDir, "/tools/explorer/");
  const { page, errors } = await openPage(browser, server.url);
  assert.match(page.url(), /\/tools\/explorer\/$/);
  await exercise(page);
  assert.deepEqual(errors, []);
  await page.close();
  await server.close();
});

test("after the first visit it works offline", async () => {
  const server = await serveStatic(distDir, "/offline/");
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector("[data-testid=result-list]");
  const cache = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((ok) => navigator.serviceWorker.addEventListener("controllerchange", ok, { once: true }));
    return (await caches.keys()).filter((k) => k.startsWith("report-explorer-"));
  });
  const sw = await readFile(join(distDir, "sw.js"), "utf8");
  assert.deepEqual(cache, [/\bCACHE\s*=\s*"([^"]+)"/.exec(sw)[1]], "one cache, named for this build");
  await context.setOffline(true);
  await server.close();
  await page.reload();
  await exercise(page);
  await context.close();
});

test("a new version replaces the old one cleanly, when no page uses the old", async () => {
  // Serve dist/ but let the test swap sw.js for the next version's.
  const pages = { "/outside.html": { type: "text/html", body: "<!doctype html><title>outside the app's scope</title>" } };
  const server = await serveSite({ mounts: [{ prefix: "/v/", dir: distDir }], pages, base: "/v/" });
  const context = await browser.newContext();
  const first = await context.newPage();
  await first.goto(server.url);
  await first.waitForSelector("[data-testid=result-list]");
  const controlled = () =>
    navigator.serviceWorker.ready.then(() =>
      navigator.serviceWorker.controller ? true : new Promise((ok) => navigator.serviceWorker.addEventListener("controllerchange", () => ok(true), { once: true })),
    );
  await first.evaluate(controlled);
  const sw = await readFile(join(distDir, "sw.js"), "utf8");
  const oldCache = /\bCACHE\s*=\s*"([^"]+)"/.exec(sw)[1];
  pages["/v/sw.js"] = { type: "text/javascript", body: sw.replace(oldCache, "report-explorer-next-version") };
  // The open page finds the update; the new worker waits while it is open.
  const waiting = await first.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg.update();
    const worker = reg.installing ?? reg.waiting;
    if (worker && worker.state !== "installed") await new Promise((ok) => worker.addEventListener("statechange", () => worker.state === "installed" && ok()));
    return { waiting: !!reg.waiting, keys: (await caches.keys()).sort() };
  });
  assert.equal(waiting.waiting, true);
  assert.deepEqual(waiting.keys, [oldCache, "report-explorer-next-version"].sort());
  await first.close();
  // With no page of the old version open, the new one takes over alone: a
  // page outside the worker's scope, which no worker controls, watches the
  // waiting worker become the active one before the app is visited again
  // (a visit racing that hand-over once hung the navigation in CI).
  const outside = await context.newPage();
  await outside.goto(new URL("/outside.html", server.url).href);
  await outside.waitForFunction(
    async () => {
      const reg = await navigator.serviceWorker.getRegistration("/v/");
      return !!reg && !reg.waiting && !reg.installing && reg.active?.state === "activated";
    },
    null,
    { timeout: 60_000, polling: 100 },
  );
  await outside.close();
  const second = await context.newPage();
  await second.goto(server.url);
  await second.waitForSelector("[data-testid=result-list]");
  await second.waitForFunction(async () => (await caches.keys()).filter((k) => k.startsWith("report-explorer-")).join() === "report-explorer-next-version");
  await waitForResults(second, 5);
  await context.close();
  await server.close();
});

test("one HTML file works from disk with no network", async () => {
  const { context, page, errors } = await openFromDisk(browser, singleFile);
  await exercise(page);
  await screenshot(page, "50-single-file", { fullPage: false });
  // Its import worker comes from inside the file too.
  await importGbk(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test("embedded in a hostile host page under a strict CSP: two independent instances, styles kept apart", async () => {
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
  const server = await serveSite({
    mounts: [
      { prefix: "/app/", dir: distDir },
      { prefix: "/", dir: join(repoRoot, "examples/embed") },
    ],
    headers: { "content-security-policy": csp },
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(server.url);
  const first = page.locator("#first");
  const second = page.locator("#second");
  await first.getByTestId("result-list").waitFor();
  await second.getByTestId("result-list").waitFor();
  const historyBefore = await page.evaluate(() => history.length);

  // Options on the element: the first starts with a search, the second not.
  assert.equal(await first.getByTestId("search").inputValue(), "营商环境");
  assert.equal(await first.getByTestId("result").count(), 3);
  assert.equal(await second.getByTestId("result").count(), 5);
  // Independent: searching in the second leaves the first alone.
  await second.getByTestId("search").fill("乡村振兴");
  await second.locator("[data-testid=result-count]", { hasText: "3 of 5" }).waitFor();
  assert.equal(await first.getByTestId("result").count(), 3);
  await second.getByTestId("tab-compare").click();
  await second.getByTestId("compare-pick").filter({ hasText: "坊子区" }).locator("input").check();
  await second.getByTestId("compare-pick").filter({ hasText: "济阳区" }).locator("input").check();
  await second.getByTestId("comparison-main").getByTestId("chart-themes").waitFor();

  // The host keeps its own look...
  const host = await page.evaluate(() => {
    const cs = (sel) => getComputedStyle(document.querySelector(sel));
    return { text: cs("#host-text").fontSize, color: cs("#host-text").color, font: cs("#host-text").fontFamily, button: cs("#host-button").borderStyle };
  });
  assert.deepEqual(host, { text: "30px", color: "rgb(122, 0, 0)", font: "Georgia, serif", button: "dashed" });
  // ...and the app keeps its own.
  const app = await page.evaluate(() => {
    const cs = (el) => getComputedStyle(el);
    const root = document.querySelector("#first");
    return {
      input: cs(root.querySelector("[data-testid=search]")).fontSize,
      inputBorder: cs(root.querySelector("[data-testid=search]")).borderStyle,
      title: cs(root.querySelector(".re-result-open")).color,
      mark: cs(root.querySelector("mark.re-hit-0")).backgroundColor,
      paragraphFont: cs(root.querySelector(".re-result-meta")).fontFamily.includes("Georgia"),
      chart: cs(document.querySelector("#second [data-testid=chart-themes] svg")).display,
    };
  });
  assert.deepEqual(app, { input: "16px", inputBorder: "solid", title: "rgb(11, 92, 173)", mark: "rgb(255, 226, 122)", paragraphFont: false, chart: "inline-block" });
  // No takeover of the host: title, URL and history untouched.
  assert.equal(await page.title(), "A host site with hostile CSS");
  assert.equal(new URL(page.url()).hash, "");
  assert.equal(await page.evaluate(() => history.length), historyBefore);
  await screenshot(page, "51-embedded", { fullPage: false });
  // The import worker starts under the host's CSP.
  await importGbk(first);
  assert.deepEqual(errors, [], "no CSP violation or other error");
  await page.close();
  await server.close();
});
