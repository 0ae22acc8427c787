// Bringing one's own reports into the release build: every format and
// encoding, each kind of bad input, duplicates, paste and drop, corrections,
// persistence in IndexedDB, removal, the workspace export round trip, and
// storage that is unavailable or full. Fixtures: tests/fixtures/import.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPage, openInContext, screenshot, useBrowser, waitForResults, storedImports, slowStoreOpens, repoRoot, typeKeyByKey } from "./harness.mjs";

const ctx = useBrowser();
const fixtures = join(repoRoot, "tests/fixtures/import");
const fixture = (name) => join(fixtures, name);
const BUNDLED = 5;

/** A page in a context of its own (its own IndexedDB), import panel open. */
async function freshPage({ init } = {}) {
  const { context, page, errors } = await openInContext(ctx.browser, ctx.server.url, { acceptDownloads: true, init });
  await openImport(page);
  return { context, page, errors };
}

/** Drops a file on the result list, as a file dragged from the desktop. */
async function dropOnList(page, name, bytes) {
  await page.evaluate(
    ([name, bytes]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: "text/html" }));
      const target = document.querySelector("[data-testid=result-list]");
      for (const type of ["dragenter", "dragover", "drop"]) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    [name, [...bytes]],
  );
}

async function openImport(page) {
  if ((await page.getByTestId("import-panel").count()) === 0) await page.getByTestId("import-toggle").click();
  await page.getByTestId("import-panel").waitFor();
}

/** Chooses files in the picker and waits for all their results. */
async function importFiles(page, paths) {
  const before = await page.getByTestId("import-result").count();
  await page.getByTestId("import-files").setInputFiles(paths);
  await waitForImport(page, before + paths.length);
}

async function waitForImport(page, results) {
  await page.waitForFunction(
    (n) => document.querySelectorAll("[data-testid=import-result]").length >= n && !document.querySelector("[data-testid=import-progress]"),
    results,
    { timeout: 30_000 },
  );
}

/** File name → { status, summary, notes } of the import results shown. */
async function results(page) {
  return page.getByTestId("import-result").evaluateAll((items) =>
    Object.fromEntries(
      items.map((li) => [
        li.querySelector(".re-import-file").textContent,
        {
          status: li.dataset.status,
          summary: li.querySelector("[data-testid=import-summary]").textContent,
          notes: [...li.querySelectorAll("[data-testid=import-note]")].map((n) => n.textContent),
        },
      ]),
    ),
  );
}

test("every format and encoding imports, with a result per file, and behaves like the bundled reports", async () => {
  const { context, page, errors } = await freshPage();
  await importFiles(page, ["qingzhou-gbk.txt", "shouguang-utf16.txt", "zhucheng.html", "weifang-reports.csv"].map(fixture));
  const shown = await results(page);
  assert.equal(shown["qingzhou-gbk.txt"].status, "imported");
  assert.match(shown["qingzhou-gbk.txt"].summary, /1 report imported \(text, gb18030\)/);
  assert.match(shown["shouguang-utf16.txt"].summary, /1 report imported \(text, UTF-16LE\)/);
  assert.ok(shown["shouguang-utf16.txt"].notes.some((n) => n.includes("date inferred as 2022, not stated")), shown["shouguang-utf16.txt"].notes.join("|"));
  assert.match(shown["zhucheng.html"].summary, /1 report imported \(web page, UTF-8\)/);
  assert.match(shown["weifang-reports.csv"].summary, /2 reports imported \(CSV, UTF-8\)/);
  assert.ok(shown["weifang-reports.csv"].notes.some((n) => n.includes("row 4: the text cell is empty")), shown["weifang-reports.csv"].notes.join("|"));
  // The saved page's scripts and handlers never ran; its text did come in.
  assert.equal(await page.evaluate(() => window.__importScriptRan), undefined);
  await page.getByTestId("import-panel").screenshot({ path: join(repoRoot, "tests/browser/artifacts/60-import-results.png") });

  // Imported reports are in the list, marked, searchable and highlighted.
  await waitForResults(page, BUNDLED + 5);
  assert.equal(await page.getByTestId("imported-badge").count(), 5);
  assert.match(await page.getByTestId("import-toggle").textContent(), /Your reports \(5\)/);
  await page.getByTestId("search").fill("农业总产值");
  await page.waitForFunction(() => [...document.querySelectorAll("[data-testid=result]")].some((r) => r.textContent.includes("青州市扎实推进乡村振兴")));
  const qingzhou = page.getByTestId("result").filter({ hasText: "青州市扎实推进乡村振兴" });
  assert.equal(await qingzhou.getByTestId("imported-badge").count(), 1);
  assert.ok((await qingzhou.locator("mark.re-hit-0").count()) > 0);
  await page.getByTestId("search").fill("");
  // In the filters and the comparison, as any district.
  await page.getByTestId("facet-region").getByLabel(/青州市 \(1\)/).check();
  await waitForResults(page, 1);
  await page.getByTestId("clear-all").click();
  await page.getByTestId("tab-compare").click();
  await page.getByTestId("compare-pick").filter({ hasText: "青州市" }).locator("input").check();
  await page.getByTestId("compare-pick").filter({ hasText: "坊子区" }).locator("input").check();
  await page.getByTestId("comparison-main").getByTestId("chart-themes").waitFor();
  assert.ok((await page.getByTestId("compare-unit").allTextContents()).some((t) => t.startsWith("青州市")));
  await screenshot(page, "61-imported-compared");
  assert.deepEqual(errors, []);
  await context.close();
});

test("bad files are refused with their reason, and lose nothing imported before", async () => {
  const { context, page, errors } = await freshPage();
  await importFiles(page, [fixture("qingzhou-gbk.txt")]);
  const dir = await mkdtemp(join(tmpdir(), "re-import-"));
  const huge = join(dir, "huge.txt");
  await writeFile(huge, Buffer.alloc(50 * 1024 * 1024, "年"));
  // Downloads cut off: JSON Lines mid-record, UTF-16 mid-character.
  const source = async (name) => readFile(join(fixtures, "src", name), "utf8");
  const anqiu = await source("anqiu.txt");
  const record = (text) => JSON.stringify({ title: text.split("\n")[0], content: text });
  const cutJsonLines = join(dir, "cut.jsonl");
  await writeFile(cutJsonLines, `${record(anqiu)}\n${record(await source("zhucheng.txt")).slice(0, 80)}`);
  const cutUtf16 = join(dir, "cut-utf16.txt");
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(await source("gaomi.txt"), "utf16le")]);
  await writeFile(cutUtf16, utf16.subarray(0, utf16.length - 1));
  await importFiles(page, [
    fixture("empty.txt"),
    fixture("image.png"),
    fixture("reports.zip"),
    fixture("latin1.txt"),
    fixture("no-text-column.csv"),
    fixture("newer-schema.json"),
    fixture("damaged-utf8.txt"),
    huge,
    cutJsonLines,
    cutUtf16,
  ]);
  await rm(dir, { recursive: true });
  const shown = await results(page);
  const refused = {
    "empty.txt": "the file is empty",
    "image.png": "PNG image, not text",
    "reports.zip": "ZIP archive",
    "latin1.txt": "UTF-8, UTF-16, GBK/GB18030, Big5",
    "newer-schema.json": "schema version 99",
    "huge.txt": "files up to 20 MB can be imported",
  };
  for (const [name, reason] of Object.entries(refused)) {
    assert.equal(shown[name]?.status, "rejected", name);
    assert.ok(shown[name].summary.includes(reason), `${name}: ${shown[name].summary}`);
  }
  // A spreadsheet whose text column is not clear is not refused: it asks.
  assert.equal(shown["no-text-column.csv"]?.status, "choose");
  // Damaged UTF-8 comes in, with a warning.
  assert.equal(shown["damaged-utf8.txt"].status, "imported");
  assert.ok(shown["damaged-utf8.txt"].notes.some((n) => n.includes("damaged byte sequence")));
  // A cut-off file keeps what it holds whole, and says what it lost.
  assert.equal(shown["cut.jsonl"].status, "imported");
  assert.match(shown["cut.jsonl"].summary, /1 report imported \(JSON records, UTF-8\)/);
  assert.ok(shown["cut.jsonl"].notes.some((n) => n.includes("line 2: not a whole JSON record")), shown["cut.jsonl"].notes.join("|"));
  assert.equal(shown["cut-utf16.txt"].status, "imported");
  assert.ok(shown["cut-utf16.txt"].notes.some((n) => n.includes("1 damaged byte sequence")), shown["cut-utf16.txt"].notes.join("|"));
  // What was there before is still there.
  assert.equal(await page.getByTestId("imported-report").count(), 4);
  await waitForResults(page, BUNDLED + 4);
  await screenshot(page, "62-import-refused");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a page saved before its text loaded comes in with the reason, and the reader shows all it held", async () => {
  const { context, page, errors } = await freshPage();
  const dir = await mkdtemp(join(tmpdir(), "re-import-"));
  const saved = join(dir, "saved-too-early.html");
  // Only the site's furniture: the article is what a script would have loaded.
  await writeFile(
    saved,
    `<html><head><title>某某县人民政府</title></head><body><nav>首页 | 政务公开 | 政策文件 | 互动交流</nav>
     <p>您当前的位置：首页 > 政务公开 > 政府工作报告</p>
     <footer>主办单位：某某县人民政府办公室 联系电话：0000-1234567 版权所有</footer></body></html>`,
  );
  await importFiles(page, [saved]);
  await rm(dir, { recursive: true });
  const shown = (await results(page))["saved-too-early.html"];
  assert.equal(shown?.status, "imported");
  // First among its notes (each note names the report it is about).
  assert.match(shown.notes[0], /”: no report text: every line of it was read as its site's navigation/);
  const row = page.getByTestId("imported-report").filter({ hasText: "saved-too-early" });
  await row.getByTestId("imported-open").click();
  await page.getByTestId("reader-no-body").waitFor();
  // Not "made from its first sentence": there is none.
  assert.doesNotMatch(await page.getByTestId("reader").textContent(), /made from its first sentence/);
  // Nothing hidden: the furniture it held is open below the note.
  assert.equal(await page.getByTestId("reader-noise").evaluate((d) => d.open), true);
  assert.match(await page.getByTestId("reader-noise").textContent(), /政务公开/);
  await screenshot(page, "64-import-no-body");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a long import folds the files imported with nothing to note under one line; a refused file stays in sight", async () => {
  const { context, page, errors } = await freshPage();
  const dir = await mkdtemp(join(tmpdir(), "re-quiet-"));
  const cities = ["安丘市", "高密市", "昌邑市", "临朐县", "昌乐县"];
  const paths = [];
  for (const [i, city] of cities.entries()) {
    const path = join(dir, `${city}.txt`);
    const paragraphs = [`${city}2023年政府工作报告`, `——2023年1月${i + 5}日在${city}第十八届人民代表大会第二次会议上`, "各位代表：", `现在，我代表${city}人民政府，向大会报告政府工作，请予审议，并请政协委员提出意见。`];
    for (let p = 0; p < 6; p++) paragraphs.push(`${city}第${p + 1}项工作：全年新增就业${1000 + 37 * i + p}人，建成${city}${["产业园", "物流园", "科创园", "农业园", "文旅园", "数字园"][p]}，服务企业${20 + i * 3 + p}家。`);
    await writeFile(path, paragraphs.join("\n"));
    paths.push(path);
  }
  await importFiles(page, [...paths, fixture("empty.txt")]);
  await rm(dir, { recursive: true });
  // The refused file is in sight; the five quiet ones are folded under a line counting them.
  const refused = page.getByTestId("import-results").getByTestId("import-result");
  assert.equal(await refused.count(), 1);
  assert.equal(await refused.getAttribute("data-status"), "rejected");
  assert.ok(await refused.isVisible());
  const quiet = page.getByTestId("import-quiet");
  assert.equal((await quiet.locator("summary").textContent()).trim(), "5 files imported with nothing to note");
  const folded = quiet.getByTestId("import-result");
  assert.equal(await folded.count(), 5);
  assert.equal(await folded.first().isVisible(), false);
  await quiet.locator("summary").click();
  assert.ok(await folded.first().isVisible());
  assert.deepEqual((await folded.locator(".re-import-file").allTextContents()).sort(), cities.map((c) => `${c}.txt`).sort());
  // Every report came in all the same.
  assert.equal(await page.getByTestId("imported-report").count(), 5);
  await page.getByTestId("import-panel").screenshot({ path: join(repoRoot, "tests/browser/artifacts/63-import-folded.png") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a file of many reports: its notes and the list of imported reports fold, and open again by click or key", async () => {
  const { context, page, errors } = await freshPage();
  const dir = await mkdtemp(join(tmpdir(), "re-many-"));
  const counties = ["临朐县", "昌乐县", "安丘市", "高密市", "昌邑市", "寿光市", "诸城市", "青州市", "寒亭区", "坊子区", "奎文区", "潍城区", "临淄区", "博山区"];
  // No year anywhere: every report comes in with a note that no date was found.
  const lines = counties.map((county, i) => JSON.stringify({
    title: `${county}人民政府工作报告`,
    text: `各位代表：\n现在，我代表${county}人民政府向大会报告工作。\n过去一年，${county}新建学校${i + 2}所，新增就业${1200 + i * 17}人，改造老旧小区${30 + i}个。`,
  }));
  const path = join(dir, "many.jsonl");
  await writeFile(path, lines.join("\n"));
  await importFiles(page, [path]);
  await rm(dir, { recursive: true });
  const result = page.getByTestId("import-result");
  assert.equal(await result.getAttribute("data-status"), "imported");
  // Five notes in sight, the other nine folded under a line that counts them.
  const notes = result.locator(":scope > .re-import-notes > li");
  assert.equal(await notes.count(), 5);
  const more = result.getByTestId("import-more-notes");
  assert.equal((await more.locator("summary").textContent()).trim(), "9 more notes");
  const folded = more.getByTestId("import-note");
  assert.equal(await folded.count(), 9);
  assert.equal(await folded.first().isVisible(), false);
  await more.locator("summary").click();
  assert.ok(await folded.last().isVisible());
  // The list of imported reports shows ten and a button for all fourteen.
  const listed = page.getByTestId("imported-report");
  assert.equal(await listed.count(), 10);
  const toggle = page.getByTestId("imported-show-all");
  assert.equal((await toggle.textContent()).trim(), "Show all 14 reports");
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  await toggle.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=imported-report]").length === 14);
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  assert.equal((await toggle.textContent()).trim(), "Show the first 10 only");
  // A report past the first ten opens in the reader.
  await listed.nth(12).getByTestId("imported-open").click();
  await page.getByTestId("reader-title").waitFor();
  assert.equal((await page.getByTestId("reader-title").textContent()).trim(), `${counties[12]}人民政府工作报告`);
  await toggle.click();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=imported-report]").length === 10);
  // Every report is in the corpus all the same.
  await waitForResults(page, BUNDLED + 14);
  await page.getByTestId("import-panel").screenshot({ path: join(repoRoot, "tests/browser/artifacts/64-import-many.png") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("the same report imported twice is recognised, not duplicated", async () => {
  const { context, page } = await freshPage();
  await importFiles(page, [fixture("qingzhou-gbk.txt")]);
  await importFiles(page, [fixture("qingzhou-gbk.txt")]);
  const latest = page.getByTestId("import-result").first();
  assert.equal(await latest.getAttribute("data-status"), "nothing");
  assert.match(await latest.textContent(), /already in the corpus as “青州市扎实推进乡村振兴/);
  assert.equal(await page.getByTestId("imported-report").count(), 1);
  await waitForResults(page, BUNDLED + 1);
  await context.close();
});

test("pasted text and dropped files import too", async () => {
  const { context, page } = await freshPage();
  await page.locator(".re-paste summary").click();
  const text = await readFile(join(fixtures, "src/gaomi.txt"), "utf8");
  await page.getByTestId("paste-text").fill(text);
  await page.getByTestId("paste-import").click();
  await waitForImport(page, 1);
  assert.equal((await results(page))["pasted text 1"].status, "imported");
  assert.equal(await page.getByTestId("paste-text").inputValue(), "");
  // Plain text had nothing removed from it: the reader shows no such section.
  await page.getByTestId("imported-report").first().getByTestId("imported-open").click();
  await page.getByTestId("reader-paragraph").first().waitFor();
  assert.equal(await page.getByTestId("reader-noise").count(), 0);

  await dropOnList(page, "dropped.html", await readFile(fixture("zhucheng.html")));
  await waitForImport(page, 2);
  assert.equal((await results(page))["dropped.html"].status, "imported");
  assert.equal(await page.getByTestId("imported-report").count(), 2);
  assert.equal(await page.evaluate(() => window.__importScriptRan), undefined);
  // A web page had its frame removed: the reader keeps it aside, counted.
  await page.getByTestId("imported-report").filter({ hasText: "dropped.html" }).getByTestId("imported-open").click();
  await page.getByTestId("reader-noise").locator("summary").waitFor();
  assert.match(await page.getByTestId("reader-noise").locator("summary").textContent(), /Removed from the source \([1-9]\d*\)/);
  await context.close();
});

test("files dropped on a fresh page, before the import panel's code is in, open the panel and are imported", async () => {
  const { context, page, errors } = await openInContext(ctx.browser, ctx.server.url, { serviceWorkers: "block" });
  await page.getByTestId("result").first().waitFor();
  assert.equal(await page.getByTestId("import-panel").count(), 0);
  await dropOnList(page, "dropped.html", await readFile(fixture("zhucheng.html")));
  await waitForImport(page, 1);
  assert.equal((await results(page))["dropped.html"].status, "imported");
  assert.equal(await page.getByTestId("imported-report").count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a report being read stays where the reader left it while an import comes in", async () => {
  const { context, page, errors } = await freshPage();
  await typeKeyByKey(page, page.getByTestId("search"), "营商环境");
  await page.getByTestId("result").first().locator("button.re-result-open").click();
  await page.getByTestId("reader").locator("mark.re-current").waitFor();
  const pane = page.locator(".re-reader-pane");
  const left = await pane.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
    return el.scrollTop;
  });
  assert.ok(left > 0, "the reader scrolls");
  await page.locator(".re-paste summary").click();
  await page.getByTestId("paste-text").fill(await readFile(join(fixtures, "src/gaomi.txt"), "utf8"));
  await page.getByTestId("paste-import").click();
  await waitForImport(page, 1);
  await page.waitForTimeout(300);
  assert.equal(await pane.evaluate((el) => el.scrollTop), left);
  assert.equal(await page.getByTestId("reader").locator("mark.re-current").count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a report's details can be corrected by hand, with each mistake explained", async () => {
  const { context, page, errors } = await freshPage();
  await importFiles(page, [fixture("shouguang-utf16.txt")]);
  const item = page.getByTestId("imported-report").first();
  const inferred = "date inferred as 2022, not stated";
  assert.ok((await item.getByTestId("imported-warning").allTextContents()).includes(inferred));
  await item.getByTestId("imported-edit").click();
  const form = item.getByTestId("correction-form");
  await form.getByTestId("correct-date").fill("2023-13-45");
  await form.getByTestId("correct-region").fill("火星市");
  await form.getByTestId("correct-save").click();
  // The import worker checks the values (it has the gazetteer): wait for its answer.
  await form.getByTestId("correct-region-error").filter({ hasText: /火星市/ }).waitFor();
  assert.match(await form.getByTestId("correct-date-error").textContent(), /2023-07-06/);
  assert.equal(await form.getByTestId("correct-date").getAttribute("aria-invalid"), "true");
  await screenshot(page, "63-correction-errors");
  // Nothing was half-saved.
  assert.ok((await item.getByTestId("imported-warning").allTextContents()).includes(inferred));

  await form.getByTestId("correct-title").fill("寿光市蔬菜产业报告（校订）");
  await form.getByTestId("correct-date").fill("2023-07-06");
  await form.getByTestId("correct-region").fill("寿光市");
  await form.getByTestId("correct-save").click();
  await form.waitFor({ state: "detached" });
  const corrected = page.getByTestId("imported-report").first();
  assert.match(await corrected.textContent(), /寿光市蔬菜产业报告（校订）/);
  assert.match(await corrected.textContent(), /corrected by hand: title, date(?!,)/);
  assert.deepEqual(await corrected.getByTestId("imported-warning").allTextContents(), []);
  // The list and the filters use the corrected details.
  await page.getByTestId("facet-year").getByLabel(/2023 \(/).check();
  await page.getByTestId("result").filter({ hasText: "寿光市蔬菜产业报告（校订）" }).waitFor();
  // And they survive a reload.
  await page.reload();
  await page.getByTestId("result-list").waitFor();
  await openImport(page);
  assert.match(await page.getByTestId("imported-report").first().textContent(), /寿光市蔬菜产业报告（校订）.*corrected by hand/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("imports persist across reloads, can be removed one by one or all, and the workspace exports and imports again with nothing lost", async () => {
  const { context, page } = await freshPage();
  await importFiles(page, [fixture("qingzhou-gbk.txt"), fixture("weifang-reports.csv")]);
  await page.reload();
  await page.getByTestId("result-list").waitFor();
  await waitForResults(page, BUNDLED + 3);
  await openImport(page);
  assert.equal(await page.getByTestId("imported-report").count(), 3);

  // Export, then import the file in a browser that has never seen them.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-workspace").click()]);
  assert.equal(download.suggestedFilename(), "report-explorer-workspace.json");
  const dir = await mkdtemp(join(tmpdir(), "re-export-"));
  const exported = join(dir, download.suggestedFilename());
  await download.saveAs(exported);
  const original = await page.getByTestId("imported-report").evaluateAll((items) => items.map((li) => li.textContent));
  const elsewhere = await freshPage();
  await importFiles(elsewhere.page, [exported]);
  assert.match((await results(elsewhere.page))["report-explorer-workspace.json"].summary, /3 reports imported \(corpus JSON/);
  const again = await elsewhere.page.getByTestId("imported-report").evaluateAll((items) => items.map((li) => li.textContent));
  assert.deepEqual(again, original, "titles, source files, encodings and warnings all come back");
  const exportedAgain = await Promise.all([elsewhere.page.waitForEvent("download"), elsewhere.page.getByTestId("export-workspace").click()]);
  assert.equal(await readFile(await exportedAgain[0].path(), "utf8"), await readFile(exported, "utf8"), "a second export is byte for byte the first");
  await elsewhere.context.close();
  await rm(dir, { recursive: true });

  // Remove one: gone now and after a reload. The removal is stored by the
  // time the list shows it, so a reload at once cannot bring it back, even
  // where storing is slow.
  await slowStoreOpens(page, 400);
  await page.getByTestId("imported-report").filter({ hasText: "青州市" }).getByTestId("imported-remove").click();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=imported-report]").length === 2);
  assert.equal(await storedImports(page), 2, "stored before the list changed");
  await page.reload();
  await waitForResults(page, BUNDLED + 2);
  // Remove all, after confirming.
  await openImport(page);
  await slowStoreOpens(page, 400);
  await page.getByTestId("remove-all").click();
  await page.getByTestId("remove-all-confirm").click();
  await waitForResults(page, BUNDLED);
  assert.equal(await page.getByTestId("imported-report").count(), 0);
  assert.equal(await storedImports(page), 0, "stored before the list changed");
  await page.reload();
  await waitForResults(page, BUNDLED);
  assert.match(await page.getByTestId("import-toggle").textContent(), /Import reports/);
  await context.close();
});

test("without IndexedDB (private mode) the user is told and imports still work in memory", async () => {
  const { context, page, errors } = await freshPage({
    init: () => {
      IDBFactory.prototype.open = () => {
        throw new DOMException("The user denied permission to access the database.", "SecurityError");
      };
    },
  });
  await importFiles(page, [fixture("qingzhou-gbk.txt")]);
  await page.getByTestId("storage-notice").waitFor();
  assert.match(await page.getByTestId("storage-notice").textContent(), /does not let Report Explorer store reports.*export the workspace/);
  await waitForResults(page, BUNDLED + 1);
  await page.getByTestId("search").fill("农业总产值");
  await page.getByTestId("result").filter({ hasText: "青州市扎实推进乡村振兴" }).waitFor();
  await screenshot(page, "64-storage-unavailable");
  assert.deepEqual(errors.filter((e) => !e.includes("denied permission")), []);
  await context.close();
});

test("when storage is full the user is told, and reports stored earlier are not lost", async () => {
  const { context, page } = await freshPage();
  await importFiles(page, [fixture("qingzhou-gbk.txt")]);
  await context.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.reload();
  await waitForResults(page, BUNDLED + 1);
  await openImport(page);
  await importFiles(page, [fixture("zhucheng.html")]);
  await page.getByTestId("storage-notice").waitFor();
  assert.match(await page.getByTestId("storage-notice").textContent(), /storage for this site is full/);
  // The new one is there for now; the earlier one is still stored.
  await waitForResults(page, BUNDLED + 2);
  await page.reload();
  await waitForResults(page, BUNDLED + 1);
  await openImport(page);
  assert.match(await page.getByTestId("imported-report").textContent(), /青州市扎实推进乡村振兴/);
  await context.close();
});

test("when the importer cannot start, an import and a correction say so, nothing is lost, and the next try starts it afresh", async () => {
  // No service worker, so the routes below see every request.
  const { context, page, errors } = await openInContext(ctx.browser, ctx.server.url, { serviceWorkers: "block" });
  await openImport(page);
  await importFiles(page, [fixture("qingzhou-gbk.txt")]);
  // A new page has no importer running; its wasm now fails to arrive.
  await page.reload();
  await waitForResults(page, BUNDLED + 1);
  const workerWasm = /import-worker(-[0-9a-f]+)?_bg\.wasm$/;
  await context.route(workerWasm, (route) => route.fulfill({ status: 404, body: "" }));
  await openImport(page);

  const item = page.getByTestId("imported-report").first();
  const title = await item.getByTestId("imported-open").textContent();
  await item.getByTestId("imported-edit").click();
  const form = item.getByTestId("correction-form");
  await form.getByTestId("correct-title").fill("青州市报告（校订）");
  await form.getByTestId("correct-save").click();
  const unchecked = form.getByTestId("correct-unchecked");
  await unchecked.waitFor({ timeout: 15_000 });
  assert.match(await unchecked.textContent(), /the correction could not be checked .*the importer could not start/);
  assert.equal(await item.getByTestId("imported-open").textContent(), title, "nothing half-saved");
  // The message's long detail wraps inside the form; the page does not widen.
  const fit = await page.evaluate(() => {
    const form = document.querySelector("[data-testid=correction-form]").getBoundingClientRect();
    const alert = document.querySelector("[data-testid=correct-unchecked]").getBoundingClientRect();
    return { inside: alert.left >= form.left && alert.right <= form.right, page: document.documentElement.scrollWidth <= document.documentElement.clientWidth };
  });
  assert.deepEqual(fit, { inside: true, page: true });

  await importFiles(page, [fixture("shouguang-utf16.txt")]);
  const failed = (await results(page))["shouguang-utf16.txt"];
  assert.equal(failed.status, "rejected");
  assert.match(failed.summary, /the importer could not start/);
  await waitForResults(page, BUNDLED + 1);
  await screenshot(page, "65-importer-failed");

  // Back again: the same correction and the same file now go through.
  await context.unroute(workerWasm);
  await form.getByTestId("correct-save").click();
  await form.waitFor({ state: "detached" });
  assert.match(await page.getByTestId("imported-report").first().textContent(), /青州市报告（校订）/);
  await importFiles(page, [fixture("shouguang-utf16.txt")]);
  await waitForResults(page, BUNDLED + 2);
  // The browser logs the 404s itself; nothing else may fail.
  assert.deepEqual(errors.filter((e) => !e.includes("404")), []);
  await context.close();
});
