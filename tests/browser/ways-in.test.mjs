// Every way in, in the release build: a provincial report as the CSV a
// spreadsheet exports (snake_case English headers), the State Council's
// reports as JSON Lines, each shown with its title, date and region at its
// level in the list and the region facet; and a CSV whose columns say
// nothing, which asks for the text column and imports after the choice.
// The fixtures are of our own making, written to a temporary folder.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { artifactsDir, openInContext, screenshot, useBrowser } from "./harness.mjs";

const ctx = useBrowser();

const PROVINCIAL_BODY = [
  "下载 打印 全屏 收藏",
  "2026年吉林省政府工作报告",
  "——2026年1月27日在吉林省第十四届人民代表大会第五次会议上",
  "省长 胡某某",
  "各位代表：",
  "现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。",
  "一、2025年工作回顾",
  "过去一年，全省坚持示范县创建，提高县域经济水平，推动城市和县域协调发展，长春市、吉林市经济稳中向好。",
].join("\n");

const NATIONAL_BODY = [
  "政府工作报告",
  "——2024年3月5日在第十四届全国人民代表大会第二次会议上",
  "国务院总理 李强",
  "各位代表：",
  "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。",
  "一、2023年工作回顾",
  "过去一年，全国各族人民顶住外部压力、克服内部困难，支持西藏、新疆发展，推进海南自由贸易港建设。",
].join("\n");

const csvCell = (text) => `"${text.replaceAll('"', '""')}"`;

async function fixtures() {
  const dir = await mkdtemp(join(tmpdir(), "ways-in-"));
  const provincial = join(dir, "2026_吉林省_政府工作报告.csv");
  await writeFile(
    provincial,
    "\u{feff}province,year,title,source_url,publish_date,full_text\n" +
      ["吉林省", "2026", "2026年吉林省政府工作报告", "https://example.org/jl", "2026-02-01", csvCell(PROVINCIAL_BODY)].join(",") +
      "\n",
  );
  const national = join(dir, "government_work_reports.jsonl");
  await writeFile(
    national,
    [
      { title: "2024年中华人民共和国国务院政府工作报告", url: "https://example.org/2024", content: NATIONAL_BODY, year: 2024 },
      {
        title: "第十四届全国人民代表大会第二次会议关于政府工作报告的决议",
        url: "https://example.org/r",
        content: "第十四届全国人民代表大会第二次会议听取和审议了国务院总理李强所作的政府工作报告，决定批准这个报告。",
        year: null,
      },
    ]
      .map((o) => JSON.stringify(o))
      .join("\n") + "\n",
  );
  const unknown = join(dir, "exported.csv");
  await writeFile(
    unknown,
    "甲,乙,丙\n" +
      "潍坊市坊子区推进乡村振兴,坊子区持续推进乡村振兴，发展现代农业，农民收入持续增长。,1\n" +
      "济南市济阳区加快产业发展,济阳区加快产业转型，聚焦百亿级产业集群，推动高质量发展。,2\n",
  );
  return { dir, provincial, national, unknown };
}

async function importFiles(page, paths) {
  if ((await page.getByTestId("import-panel").count()) === 0) await page.getByTestId("import-toggle").click();
  const before = await page.getByTestId("import-result").count();
  await page.getByTestId("import-files").setInputFiles(paths);
  await page.waitForFunction(
    (n) => document.querySelectorAll("[data-testid=import-result]").length >= n && !document.querySelector("[data-testid=import-progress]"),
    before + paths.length,
    { timeout: 30_000 },
  );
}

/** Title → { region, level, date } of the result rows. */
async function rows(page) {
  return page.getByTestId("result").evaluateAll((items) =>
    Object.fromEntries(
      items.map((row) => {
        const level = row.querySelector("[data-testid=result-region-level]");
        const title = row.querySelector("[data-testid=result-title]");
        return [
          title.textContent.trim(),
          {
            region: row.querySelector("[data-testid=result-district]").textContent,
            level: level?.dataset.level ?? null,
            date: row.querySelector("[data-testid=result-date]").textContent,
          },
        ];
      }),
    ),
  );
}

/** The region facet's top-level values: code → { name, level }. */
async function facetRoots(page) {
  return page
    .getByTestId("facet-region")
    .locator("li.re-facet-value[data-depth='0']")
    .evaluateAll((items) => Object.fromEntries(items.map((li) => [li.dataset.code, { text: li.querySelector("label").textContent, level: li.dataset.level }])));
}

test("a provincial CSV and a JSON Lines file come in with title, date and region level in the list and the facet", async () => {
  const f = await fixtures();
  const { context, page, errors } = await openInContext(ctx.browser, ctx.server.url);
  try {
    await importFiles(page, [f.provincial, f.national]);
    const results = await page.getByTestId("import-result").evaluateAll((items) =>
      Object.fromEntries(items.map((li) => [li.querySelector(".re-import-file").textContent, li.dataset.status])),
    );
    assert.equal(results["2026_吉林省_政府工作报告.csv"], "imported");
    assert.equal(results["government_work_reports.jsonl"], "imported");

    const shown = await rows(page);
    const jilin = shown["2026年吉林省政府工作报告"];
    assert.ok(jilin, Object.keys(shown).join(" | "));
    assert.equal(jilin.level, "province");
    assert.match(jilin.region, /^吉林省 · province$/);
    assert.equal(jilin.date, "2026-02-01");
    const national = shown["2024年中华人民共和国国务院政府工作报告"];
    assert.ok(national, Object.keys(shown).join(" | "));
    assert.equal(national.level, "national");
    assert.match(national.region, /中华人民共和国/);
    assert.equal(national.date, "2024-03-05", "the delivery line's day within the given year");
    const resolution = shown["第十四届全国人民代表大会第二次会议关于政府工作报告的决议"];
    assert.equal(resolution?.level, "national");

    const roots = await facetRoots(page);
    assert.equal(roots["22"]?.level, "province");
    assert.match(roots["22"].text, /吉林省 \(1\)/);
    // No county or city was made up under the province (示范县 is no 范县).
    assert.equal(await page.getByTestId("facet-region").locator("li[data-code^='22'][data-depth='1']").count(), 0);
    assert.equal(await page.getByTestId("facet-region").locator("li[data-code^='41']").count(), 0, "no 河南省 from 示范县");
    assert.equal(roots["00"]?.level, "national");
    assert.match(roots["00"].text, /中华人民共和国 \(2\)/);

    // The facet places each report at its level: the country's two.
    await page.getByTestId("facet-region").locator("li[data-code='00'] > label input").check();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=result]").length === 2);
    assert.deepEqual(
      Object.values(await rows(page)).map((r) => r.level),
      ["national", "national"],
    );
    await screenshot(page, "ways-in-national-facet");

    // The reader names the level too, in the interface's language.
    await page.getByTestId("result-title").first().click();
    await page.getByTestId("meta-region-level").waitFor();
    assert.match(await page.getByTestId("meta-region-level").textContent(), /national/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await rm(f.dir, { recursive: true, force: true });
  }
});

test("a CSV with unknown column names asks for the text column and imports after the choice", async () => {
  const f = await fixtures();
  const { context, page, errors } = await openInContext(ctx.browser, ctx.server.url);
  try {
    await importFiles(page, [f.unknown]);
    const result = page.getByTestId("import-result").filter({ hasText: "exported.csv" });
    assert.equal(await result.getAttribute("data-status"), "choose");
    const choice = result.getByTestId("column-choice");
    await choice.waitFor();
    const options = await choice.locator("li").allTextContents();
    assert.equal(options.length, 3);
    assert.match(options[0], /甲\s+潍坊市坊子区推进乡村振兴/);
    assert.match(options[1], /乙\s+坊子区持续推进乡村振兴/);
    assert.equal(await choice.getByTestId("column-import").isDisabled(), true, "nothing chosen yet");
    await page.getByTestId("import-panel").screenshot({ path: join(artifactsDir, "ways-in-column-choice.png") });

    // The same question in Chinese: every word of it is the interface's.
    await page.getByTestId("language").selectOption("zh-CN");
    await choice.locator("legend", { hasText: "哪一列是报告正文" }).waitFor();
    assert.equal(await choice.getByTestId("column-import").textContent(), "按所选列导入");
    await page.getByTestId("import-panel").screenshot({ path: join(artifactsDir, "ways-in-column-choice-zh.png") });
    await page.getByTestId("language").selectOption("en");

    await choice.locator("input[value='乙']").check();
    await choice.getByTestId("column-import").click();
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll("[data-testid=import-result]")].some((li) => li.dataset.status === "imported") &&
        !document.querySelector("[data-testid=import-progress]"),
    );
    const after = page.getByTestId("import-result");
    assert.equal(await after.count(), 1, "the question leaves once answered");
    assert.match(await after.getByTestId("import-summary").textContent(), /2 reports imported \(CSV, UTF-8\)/);
    assert.equal(await page.getByTestId("imported-report").count(), 2);
    const titles = await page.getByTestId("imported-open").allTextContents();
    assert.ok(titles.some((t) => t.startsWith("坊子区持续推进乡村振兴")), titles.join(" | "));
    await page.getByTestId("import-panel").screenshot({ path: join(artifactsDir, "ways-in-column-chosen.png") });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await rm(f.dir, { recursive: true, force: true });
  }
});

// A county's report page as browsers save it in one file: Chrome's
// `.mhtml` (the HTML quoted-printable, its charset undeclared, a picture
// after it) and Internet Explorer's `.mht` (base64, charset declared).
const COUNTY_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>2019年仙居县政府工作报告_仙居县人民政府</title></head>
<body><div class="nav"><a href="/">网站首页</a> &gt; <a href="/zwgk">政务公开</a></div>
<div class="article"><h1>2019年仙居县政府工作报告</h1>
<p>——2019年1月10日在仙居县第十六届人民代表大会第四次会议上</p>
<p>各位代表：现在，我代表县人民政府，向大会报告工作，请予审议。</p>
<p>一、2018年工作回顾</p><p>过去一年，全县生产总值增长7.5%，乡村振兴扎实推进。</p></div>
<div class="foot">主办：仙居县人民政府办公室</div></body></html>`;

function quotedPrintable(text) {
  let out = "";
  let width = 0;
  for (const byte of Buffer.from(text, "utf8")) {
    if (byte === 0x0a) {
      out += "\r\n";
      width = 0;
      continue;
    }
    const piece = (byte >= 0x21 && byte <= 0x7e && byte !== 0x3d) || byte === 0x20 ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    if (width + piece.length > 75) {
      out += "=\r\n";
      width = 0;
    }
    width += piece.length;
    out += piece;
  }
  return out;
}

function webArchive({ saver, encoding, charset, address }) {
  const page = encoding === "quoted-printable" ? quotedPrintable(COUNTY_PAGE) : Buffer.from(COUNTY_PAGE, "utf8").toString("base64").replace(/.{76}/g, "$&\r\n");
  return [
    `From: <Saved by ${saver}>`,
    `Snapshot-Content-Location: ${address}`,
    "MIME-Version: 1.0",
    'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----Boundary--xyz"',
    "",
    "------Boundary--xyz",
    `Content-Type: text/html${charset ? `; charset="${charset}"` : ""}`,
    `Content-Transfer-Encoding: ${encoding}`,
    `Content-Location: ${address}`,
    "",
    page,
    "------Boundary--xyz",
    "Content-Type: image/png",
    "Content-Transfer-Encoding: base64",
    "",
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "------Boundary--xyz--",
    "",
  ].join("\r\n");
}

test("a page saved as one file (.mhtml, .mht) comes in as the page it holds; an archive without a page is refused with its reason", async () => {
  const dir = await mkdtemp(join(tmpdir(), "web-archive-"));
  const chrome = join(dir, "仙居县政府工作报告.mhtml");
  const explorer = join(dir, "仙居县政府工作报告（旧版）.mht");
  const picturesOnly = join(dir, "图片.mhtml");
  await writeFile(chrome, webArchive({ saver: "Blink", encoding: "quoted-printable", address: "https://www.zjxj.gov.cn/art/2019/1/25/art_1229_1.html" }));
  await writeFile(
    explorer,
    webArchive({ saver: "Windows Internet Explorer 8", encoding: "base64", charset: "utf-8", address: "http://www.zjxj.gov.cn/old/report.htm" }).replace("<h1>", '<h1 class="old">'),
  );
  await writeFile(
    picturesOnly,
    'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n',
  );
  const { context, page, errors } = await openInContext(ctx.browser, ctx.server.url);
  try {
    await page.getByTestId("language").selectOption("zh-CN");
    await importFiles(page, [chrome, explorer, picturesOnly]);
    const results = await page.getByTestId("import-result").evaluateAll((items) =>
      Object.fromEntries(
        items.map((li) => [
          li.querySelector(".re-import-file").textContent,
          { status: li.dataset.status, summary: li.querySelector("[data-testid=import-summary]").textContent, text: li.textContent },
        ]),
      ),
    );
    assert.equal(results["仙居县政府工作报告.mhtml"]?.status, "imported", JSON.stringify(results));
    // The same text in either archive is one report: the second is known.
    assert.match(results["仙居县政府工作报告（旧版）.mht"]?.text ?? "", /语料中已有此报告（《2019年仙居县政府工作报告》）/, JSON.stringify(results));
    assert.equal(results["图片.mhtml"]?.status, "rejected");
    assert.match(results["图片.mhtml"].summary, /网页存档（\.mht\/\.mhtml）中没有网页/);

    const shown = await rows(page);
    const report = shown["2019年仙居县政府工作报告"];
    assert.ok(report, Object.keys(shown).join(" | "));
    assert.equal(report.level, "county");
    assert.match(report.region, /仙居县/);
    assert.equal(report.date, "2019-01-10", "the delivery line's day");
    await page.getByTestId("result-title").filter({ hasText: "2019年仙居县政府工作报告" }).first().click();
    const reader = page.getByTestId("reader");
    await reader.waitFor();
    const body = (await reader.locator("[data-testid=reader-heading], [data-testid=reader-paragraph]").allTextContents()).join("\n");
    assert.match(body, /过去一年，全县生产总值增长7\.5%/);
    assert.doesNotMatch(body, /=E[0-9A-F]|Content-Type|网站首页|主办/, "no MIME or page chrome in the body");
    // The page's chrome is listed as removed, as for any web page.
    assert.match(await reader.getByTestId("reader-noise").textContent(), /网站首页/);
    await page.getByTestId("import-panel").screenshot({ path: join(artifactsDir, "ways-in-web-archive.png") });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
});
