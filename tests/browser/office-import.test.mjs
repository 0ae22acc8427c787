// Word and PDF reports through the import panel of the release build, served
// and as the one-file build opened from disk: text, numbered headings and
// properties come in (Word 97–2003 .doc too); a copy of a PDF is recognised;
// scans, passwords, a .doc header of no readable document, damaged and renamed files are refused each with its reason,
// losing nothing imported before; a long PDF says which page it is on.
// Fixtures: tests/fixtures/office (make-fixtures.py writes them).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { launchBrowser, openInContext, openFromDisk, serveStatic, waitForResults, repoRoot } from "./harness.mjs";

const fixture = (name) => join(repoRoot, "tests/fixtures/office", name);
const singleFile = join(repoRoot, "target/single/report-explorer-office.html");
const BUNDLED = 5;
let browser;
let server;

before(async () => {
  execFileSync("node", ["scripts/single-file.mjs", "dist", singleFile], { cwd: repoRoot, stdio: "inherit" });
  server = await serveStatic();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// Every text the progress line shows, kept as it changes.
const recordProgress = () => {
  window.__progress = [];
  new MutationObserver(() => {
    const shown = document.querySelector("[data-testid=import-progress]")?.textContent;
    if (shown && window.__progress.at(-1) !== shown) window.__progress.push(shown);
  }).observe(document, { subtree: true, childList: true, characterData: true });
};

async function importFiles(page, names) {
  if ((await page.getByTestId("import-panel").count()) === 0) await page.getByTestId("import-toggle").click();
  const before = await page.getByTestId("import-result").count();
  await page.getByTestId("import-files").setInputFiles(names.map(fixture));
  await page.waitForFunction(
    (n) => document.querySelectorAll("[data-testid=import-result]").length >= n && !document.querySelector("[data-testid=import-progress]"),
    before + names.length,
    { timeout: 60_000 },
  );
  return page.getByTestId("import-result").evaluateAll((items) =>
    Object.fromEntries(
      items.map((li) => [
        li.querySelector(".re-import-file").textContent,
        {
          status: li.dataset.status,
          text: li.textContent,
          notes: [...li.querySelectorAll("[data-testid=import-note]")].map((n) => n.textContent),
        },
      ]),
    ),
  );
}

/** Word and PDF in, the bad ones refused, what came in kept and readable. */
async function exercise(page) {
  const good = await importFiles(page, ["report.docx", "report.pdf", "copy-protected.pdf", "county-report.doc"]);
  assert.equal(good["report.docx"].status, "imported", good["report.docx"].text);
  assert.match(good["report.docx"].text, /1 report imported \(Word document, UTF-8\)/);
  assert.match(good["report.pdf"].text, /1 report imported \(PDF, UTF-8\)/);
  for (const name of ["report.docx", "report.pdf"]) {
    assert.ok(good[name].notes.some((n) => n.includes("date “2024-03-08” taken from the document's properties")), good[name].notes.join("|"));
  }
  // Word 97–2003 is read too, not refused as it was.
  assert.equal(good["county-report.doc"].status, "imported", good["county-report.doc"].text);
  assert.match(good["county-report.doc"].text, /1 report imported \(Word document/);
  // The same text as report.pdf, only protected against copying.
  assert.equal(good["copy-protected.pdf"].status, "nothing", good["copy-protected.pdf"].text);
  assert.match(good["copy-protected.pdf"].text, /already in the corpus/);

  const bad = await importFiles(page, ["encrypted.pdf", "scanned.pdf", "no-unicode-map.pdf", "old.doc", "image.docx", "truncated.docx"]);
  const reasons = {
    "encrypted.pdf": "protected by a password",
    "scanned.pdf": "no text layer",
    "no-unicode-map.pdf": "fonts that do not say which characters they are",
    "old.doc": "save it as .docx",
    "image.docx": "named .docx but is really a PNG image",
    "truncated.docx": "not a readable ZIP archive",
  };
  for (const [name, reason] of Object.entries(reasons)) {
    assert.equal(bad[name]?.status, "rejected", name);
    assert.ok(bad[name].text.includes(reason), `${name}: ${bad[name].text}`);
  }
  assert.equal(await page.getByTestId("imported-report").count(), 3);
  await waitForResults(page, BUNDLED + 3);

  // Searchable like any report; the Word numbering is in the headings.
  await page.getByTestId("search").fill("高新技术产业产值2739.1亿元");
  await waitForResults(page, 2);
  await page.getByTestId("result").first().locator("button.re-result-open").click();
  await page.getByTestId("reader").filter({ hasText: "（一）工业" }).waitFor();

  // The .doc's text: its hyperlink's shown words, not the field's code.
  await page.getByTestId("search").fill("详见统计公报");
  await waitForResults(page, 1);
  await page.getByTestId("result").first().locator("button.re-result-open").click();
  const reader = page.getByTestId("reader").filter({ hasText: "一、2014年工作回顾" });
  await reader.waitFor();
  assert.doesNotMatch(await reader.textContent(), /HYPERLINK/);
}

test("Word and PDF reports import through the panel; bad ones are refused with their reason", async () => {
  const { context, page, errors } = await openInContext(browser, server.url, { init: recordProgress });
  await exercise(page);
  // A long PDF says which page it is on while its text is taken out.
  await importFiles(page, ["long.pdf"]);
  const progress = await page.evaluate(() => window.__progress);
  assert.ok(progress.some((p) => /long\.pdf: page \d+ of 27/.test(p)), progress.join("|"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("the one-file build opened from disk reads Word and PDF too", async () => {
  const { context, page, errors } = await openFromDisk(browser, singleFile);
  await exercise(page);
  assert.deepEqual(errors, []);
  await context.close();
});
