// Shared browser-test harness: a static file server for dist/ on loopback,
// Debian's Chromium driven by playwright-core, console-error capture and
// screenshots in tests/browser/artifacts/.
import { createServer } from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import { extname, join, normalize, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, "../..");
export const distDir = join(repoRoot, "dist");
export const artifactsDir = join(here, "artifacts");

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
};

/**
 * A static site on 127.0.0.1: each mount serves a folder under a path
 * prefix; `pages` are extra paths served as given ({ body, type }); every
 * response carries `headers`. Returns the URL of `base`.
 */
export async function serveSite({ mounts = [{ prefix: "/", dir: distDir }], pages = {}, headers = {}, base = "/" } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const send = (status, type, body) => res.writeHead(status, { ...headers, ...(type ? { "content-type": type } : {}) }).end(body);
    if (pages[path]) {
      send(200, pages[path].type, pages[path].body);
      return;
    }
    const mount = mounts.find((m) => path.startsWith(m.prefix));
    if (!mount) {
      send(404, "text/plain", "not found");
      return;
    }
    let rel = path.slice(mount.prefix.length) || "index.html";
    if (rel.endsWith("/")) rel += "index.html";
    const file = normalize(join(mount.dir, rel));
    if (!file.startsWith(mount.dir)) {
      send(403, "text/plain", "");
      return;
    }
    try {
      send(200, MIME[extname(file)] ?? "application/octet-stream", await readFile(file));
    } catch {
      send(404, "text/plain", "not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  // A test that fails before closing its server must not keep the test file's
  // process alive (the run would wait for it forever).
  server.unref();
  const { port } = server.address();
  // Closing also drops the browser's kept-alive connections, which would
  // otherwise hold the server open.
  const close = () =>
    new Promise((ok) => {
      server.close(ok);
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${port}${base}`, close };
}

/**
 * Serves `root` under `prefix` (e.g. "/" or "/tools/explorer/"). `extra` maps
 * paths below the prefix to { body, type }, for test pages and corpora.
 */
export async function serveStatic(root = distDir, prefix = "/", extra = {}) {
  const pages = Object.fromEntries(Object.entries(extra).map(([path, page]) => [prefix + path, page]));
  return serveSite({ mounts: [{ prefix, dir: root }], pages, base: prefix });
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Registers hooks that start a site (the release build by default) and
 * Chromium before a test file's tests and stop them after. Returns an object
 * whose `server` and `browser` are set once the hooks have run.
 */
export function useBrowser(startServer = () => serveStatic()) {
  const ctx = {};
  before(async () => {
    ctx.server = await startServer();
    ctx.browser = await launchBrowser();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/**
 * A page in a browser context of its own (its own storage, locale, colour
 * scheme…: `options` are playwright's context options) at `url`, once the
 * result list shows; records console errors and uncaught exceptions.
 */
export async function openInContext(browser, url, { init, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  // `init`: a script to run in every page before its own (addInitScript).
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  await page.getByTestId("result-list").waitFor();
  return { context, page, errors };
}

/** A new page that records console errors and uncaught exceptions. */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 } } = {}) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector(".report-explorer [data-testid=result-list]");
  return { page, errors };
}

/** Saves a screenshot; `clip` ({ x, y, width, height }, page coordinates with fullPage) crops it. */
export async function screenshot(page, name, { fullPage = true, clip } = {}) {
  await mkdir(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage, ...(clip ? { clip } : {}) });
  return path;
}

/** dist/index.html with the mount element given extra attributes. */
export async function hostPage(attributes) {
  const html = await readFile(join(distDir, "index.html"), "utf8");
  const page = html.replace("<div data-report-explorer", `<div data-report-explorer ${attributes}`);
  if (page === html) throw new Error("hostPage: no mount element in dist/index.html");
  return page;
}

/** Builds a corpus JSON from a folder of reports with the project's CLI. */
export function buildCorpus(folder) {
  return execFileSync("cargo", ["run", "-q", "-p", "report-cli", "--", "build", folder], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "ignore"],
  }).toString();
}

/** A deterministic synthetic corpus of `n` reports, made by the project's CLI. */
export function synthCorpus(n) {
  return execFileSync("cargo", ["run", "-q", "-p", "report-cli", "--", "synth", "data/corpus.json", String(n)], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "ignore"],
    maxBuffer: 1 << 30,
  }).toString();
}

/** Splits corpus JSON `corpus` into a catalogue and parts of `perPart` reports in `folder`, with the project's CLI. */
export function splitCorpus(corpus, folder, perPart) {
  execFileSync("cargo", ["run", "-q", "-p", "report-cli", "--", "split", corpus, folder, "--per-part", String(perPart)], {
    cwd: repoRoot,
    stdio: ["ignore", "ignore", "pipe"],
  });
}

/**
 * Lays corpus JSON `corpus` out for a static host in `folder` (a catalogue,
 * index shards, text parts) with the project's CLI; `options` are
 * `split --shards`'s (`["--shard-count", "64"]`).
 */
export function shardCorpus(corpus, folder, options = []) {
  execFileSync("cargo", ["run", "-q", "-p", "report-cli", "--", "split", corpus, folder, "--shards", ...options], {
    cwd: repoRoot,
    stdio: ["ignore", "ignore", "pipe"],
  });
}

/**
 * How many imported reports the browser's store holds now: what a reload
 * would read back.
 */
export async function storedImports(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        // Listeners, not `onsuccess`: `slowStoreOpens` slows the app's
        // opens, never this count's.
        const open = indexedDB.open("report-explorer");
        open.addEventListener("error", () => reject(open.error));
        open.addEventListener("success", () => {
          const db = open.result;
          const count = db.transaction("imported-reports", "readonly").objectStore("imported-reports").count();
          count.addEventListener("success", () => {
            db.close();
            resolve(count.result);
          });
          count.addEventListener("error", () => reject(count.error));
        });
      }),
  );
}

/**
 * Makes the app's opening of its store take `ms` longer (until the page is
 * reloaded), as a busy disk would: a write the app has not finished is
 * then still unwritten when the test looks.
 */
export async function slowStoreOpens(page, ms) {
  await page.evaluate((ms) => {
    const plain = Object.getOwnPropertyDescriptor(IDBRequest.prototype, "onsuccess");
    Object.defineProperty(IDBOpenDBRequest.prototype, "onsuccess", {
      configurable: true,
      get: plain.get,
      set(handler) {
        plain.set.call(this, handler && ((event) => setTimeout(() => handler.call(this, event), ms)));
      },
    });
  }, ms);
}

/** Waits until the result list shows `n` reports. */
export async function waitForResults(page, n) {
  await page.waitForFunction((n) => document.querySelectorAll("[data-testid=result]").length === n, n);
}

/**
 * Types `text` into `locator` one character at a time, as a person does,
 * calling `afterEach(typedSoFar)` after every keystroke.
 */
export async function typeKeyByKey(page, locator, text, { delay = 40, afterEach = async () => {} } = {}) {
  await locator.focus();
  let typed = await locator.inputValue();
  for (const ch of text) {
    await page.keyboard.type(ch, { delay });
    typed += ch;
    await afterEach(typed);
  }
}

/** Presses Backspace `times` times, calling `afterEach(valueNow)` after each. */
export async function deleteKeyByKey(page, locator, times, { delay = 40, afterEach = async () => {} } = {}) {
  await locator.focus();
  for (let i = 0; i < times; i++) {
    await page.keyboard.press("Backspace", { delay });
    await afterEach(await locator.inputValue());
  }
}

/**
 * Types through a Chinese input method, via the DevTools protocol: each
 * word's pinyin is composed letter by letter (`Input.imeSetComposition`,
 * what an IME does while the user picks), then the word is committed
 * (`Input.insertText`). `duringComposition(pinyinSoFar)` runs after every
 * letter, `afterCommit(word)` after each word.
 */
export async function typeThroughIme(page, locator, words, { duringComposition = async () => {}, afterCommit = async () => {} } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await locator.focus();
  for (const { pinyin, word } of words) {
    for (let i = 1; i <= pinyin.length; i++) {
      const text = pinyin.slice(0, i);
      await cdp.send("Input.imeSetComposition", { text, selectionStart: i, selectionEnd: i });
      await page.waitForTimeout(20);
      await duringComposition(text);
    }
    await cdp.send("Input.insertText", { text: word });
    await afterCommit(word);
  }
  await cdp.detach();
}

/**
 * What the page shows of the search, everywhere it shows it: the header's
 * term chips, and in every result row its hit chips and snippet marks.
 */
export function shownSearch(page) {
  return page.evaluate(() => {
    const texts = (root, sel) => [...root.querySelectorAll(sel)].map((e) => e.textContent.trim());
    const header = texts(document, "[data-testid=term-totals] .re-term > span[lang]");
    const headerCounts = texts(document, "[data-testid=term-totals] .re-term .re-count").map(Number);
    const rows = [...document.querySelectorAll("[data-testid=result]")].map((row) => ({
      chips: texts(row, "[data-testid=result-hits] .re-count-chip").map((c) => c.replace(/\s+\d+$/, "")),
      counts: texts(row, "[data-testid=result-hits] .re-count-chip").map((c) => Number(c.match(/(\d+)$/)?.[1])),
      marks: [...row.querySelectorAll("[data-testid=snippet] mark")].map((m) => ({ term: Number(m.dataset.term), text: m.textContent })),
    }));
    const more = document.querySelector("[data-testid=show-more]") !== null;
    return { header, headerCounts, rows, more, count: document.querySelector("[data-testid=result-count]")?.textContent ?? "" };
  });
}

/**
 * Waits until everything shown of the search agrees with `terms` (the box's
 * terms, in order): header chips, each row's chips, each snippet mark's
 * term and text. Throws with what disagreed.
 */
export async function expectShownSearch(page, terms, { timeout = 2000 } = {}) {
  const deadline = Date.now() + timeout;
  let shown;
  for (;;) {
    shown = await shownSearch(page);
    const problems = [];
    if (JSON.stringify(shown.header) !== JSON.stringify(terms)) problems.push(`header ${JSON.stringify(shown.header)}`);
    shown.rows.forEach((row, i) => {
      if (row.chips.some((c, t) => c !== terms[t]) || row.chips.length !== terms.length) problems.push(`row ${i} chips ${JSON.stringify(row.chips)}`);
      for (const m of row.marks) if (m.text !== terms[m.term]) problems.push(`row ${i} mark ${m.text} as term ${m.term}`);
    });
    // With every row on screen, the header's totals are the rows' sums.
    if (!shown.more) {
      terms.forEach((_, t) => {
        const sum = shown.rows.reduce((n, row) => n + (row.counts[t] ?? 0), 0);
        if (shown.headerCounts[t] !== sum) problems.push(`term ${t}: header ${shown.headerCounts[t]}, rows ${sum}`);
      });
    }
    if (problems.length === 0) return shown;
    if (Date.now() > deadline) throw new Error(`shown ≠ typed ${JSON.stringify(terms)}: ${problems.join("; ")}`);
    await page.waitForTimeout(50);
  }
}

/**
 * Opens a file from disk (the one-file build) in a new offline context, as
 * someone double-clicking it would, once the result list shows; records
 * console errors and uncaught exceptions.
 */
export async function openFromDisk(browser, path) {
  const { pathToFileURL } = await import("node:url");
  const context = await browser.newContext({ offline: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(pathToFileURL(path).href);
  await page.waitForSelector("[data-testid=result-list]");
  return { context, page, errors };
}
