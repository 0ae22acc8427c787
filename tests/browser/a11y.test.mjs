// Every user, every screen: axe-core (WCAG A/AA, contrast included) on every
// view of the release build, in the light and the dark theme, at 1280 px and
// on a 360 px phone; no sideways scrolling of the page on the phone; print
// shows the content without the controls; the first screen is shown, and
// announced, until the wasm arrives. Screenshots 80-… to 89-… to look at.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join, dirname } from "node:path";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { execFileSync } from "node:child_process";
import { screenshot, useBrowser, repoRoot, serveSite, distDir, artifactsDir, openInContext } from "./harness.mjs";

const ctx = useBrowser();
const axePath = join(repoRoot, "node_modules/axe-core/axe.min.js");
const fixture = (name) => join(repoRoot, "tests/fixtures/import", name);

const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };
const CONFIGS = [
  { name: "light", viewport: WIDE, colorScheme: "light" },
  { name: "dark", viewport: WIDE, colorScheme: "dark" },
  { name: "360-light", viewport: PHONE, colorScheme: "light" },
  { name: "360-dark", viewport: PHONE, colorScheme: "dark" },
];

/** Each view, brought on screen from a freshly loaded page. */
const VIEWS = {
  async reports(page) {
    await page.getByTestId("search").fill("就业");
    await page.waitForFunction(() => document.querySelector("[data-testid=result-count]").textContent.match(/\d/) && document.querySelector("[data-testid=result-list] mark.re-hit"));
    await page.getByTestId("result").first().locator("button.re-result-open").click();
    await page.getByTestId("reader").locator("mark.re-hit").first().waitFor();
  },
  async concordance(page) {
    await page.getByTestId("search").fill("营商环境 就业 双招双引");
    await page.getByTestId("tab-concordance").click();
    await page.getByTestId("kwic-line").first().waitFor();
  },
  async figures(page) {
    await page.getByTestId("tab-figures").click();
    await page.getByTestId("figure-row").first().waitFor();
  },
  async compare(page) {
    await page.getByTestId("search").fill("城市更新 乡村振兴");
    await page.getByTestId("tab-compare").click();
    await page.getByTestId("compare-empty").waitFor();
    await page.getByTestId("compare-pick").filter({ hasText: "坊子区" }).locator("input").check();
    await page.getByTestId("compare-pick").filter({ hasText: "奎文区" }).locator("input").check();
    await page.getByTestId("comparison-main").getByTestId("aligned-figures").waitFor();
  },
  async trends(page) {
    await page.getByTestId("search").fill("高质量发展 乡村振兴");
    await page.getByTestId("tab-trends").click();
    await page.getByTestId("trends-chart").waitFor();
    await page.getByTestId("trends-show-regions").click();
    const latest = await page.getByTestId("new-terms-period").locator("option").nth(1).getAttribute("value");
    await page.getByTestId("new-terms-period").selectOption(latest);
    await page.getByTestId("new-terms").locator("[data-testid=new-term], [data-testid=new-terms-none]").first().waitFor();
  },
  async import(page) {
    await page.getByTestId("import-toggle").click();
    await page.getByTestId("import-panel").waitFor();
    // One file imported (with warnings), one refused, and the correction form open.
    await page.getByTestId("import-files").setInputFiles([fixture("shouguang-utf16.txt"), fixture("image.png")]);
    await page.waitForFunction(
      () => document.querySelectorAll("[data-testid=import-result]").length >= 2 && !document.querySelector("[data-testid=import-progress]"),
      null,
      { timeout: 30_000 },
    );
    await page.getByTestId("imported-report").first().getByTestId("imported-edit").click();
    await page.getByTestId("correction-form").waitFor();
  },
};

/** A page in a context of its own (its own IndexedDB), in `colorScheme`. */
async function viewPage(view, { viewport, colorScheme }) {
  const { context, page, errors } = await openInContext(ctx.browser, ctx.server.url, { viewport, colorScheme });
  await VIEWS[view](page);
  // Let transitions and the reader's scroll to the current hit settle.
  await page.waitForTimeout(300);
  return { context, page, errors };
}

/**
 * axe-core's violations on the whole page. Text scrolled out of sight in the
 * list and reader panes (or under the sticky hit bar) is text axe cannot
 * check for contrast, so contrast is checked a second time with the panes
 * unrolled; text whose contrast axe still cannot decide is a failure too.
 */
async function axeViolations(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const summary = (v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(" "),
        summary: [...n.any, ...n.all, ...n.none].map((c) => c.message).join(" / "),
      })),
    });
    // Every rule axe runs by default, and target-size (WCAG 2.2 AA, 2.5.8:
    // targets of 24 px or spaced as if) too.
    const all = await window.axe.run(document, { resultTypes: ["violations", "incomplete"], rules: { "target-size": { enabled: true } } });
    // axe files a failure of duplicate-id-aria (an id that aria-labelledby
    // and the like point at, used twice) under "needs review": it is one.
    const duplicateIds = all.incomplete.filter((v) => v.id === "duplicate-id-aria");
    const flat = document.createElement("style");
    flat.textContent = `.report-explorer :is(.re-list-pane, .re-reader-pane, .re-facets, .re-results) { max-height: none !important; overflow: visible !important; }
      .report-explorer .re-hit-nav { position: static !important; }`;
    document.head.append(flat);
    const contrast = await window.axe.run(document, { runOnly: ["color-contrast"], resultTypes: ["violations", "incomplete"], elementRef: true });
    flat.remove();
    // Cells scrolled sideways out of a wide table's scrolling box (on a
    // phone) are checked at 1280 px, where they are in sight.
    const scrolledAway = (el) => {
      const r = el.getBoundingClientRect();
      for (let a = el.parentElement; a; a = a.parentElement) {
        if (!["auto", "scroll"].includes(getComputedStyle(a).overflowX)) continue;
        const box = a.getBoundingClientRect();
        if (r.left < box.left - 1 || r.right > box.right + 1) return true;
      }
      return false;
    };
    const undecided = contrast.incomplete
      // Icons (▸) and the labels drawn inside a chart (role=img, its numbers
      // also in a table) are not text axe can measure; a host page's own
      // text (the embedding example's overlapping headings) is not ours.
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => n.element.closest(".report-explorer") && !n.element.closest("svg") && !scrolledAway(n.element) && !n.any.some((c) => ["nonBmp", "imgNode"].includes(c.data?.messageKey ?? c.data))) }))
      .filter((v) => v.nodes.length)
      .map((v) => ({ ...summary(v), id: "color-contrast (undecided)", help: "axe could not decide this text's contrast" }));
    return [
      ...all.violations.map(summary),
      ...duplicateIds.map(summary),
      ...contrast.violations.map((v) => ({ ...summary(v), id: "color-contrast (panes unrolled)" })),
      ...undecided,
    ];
  });
}

function describeViolations(where, violations) {
  return violations
    .map(
      (v) =>
        `[${where}] ${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .slice(0, 8)
          .map((n) => `    ${n.target}${n.summary ? `\n      ${n.summary}` : ""}`)
          .join("\n") +
        (v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : ""),
    )
    .join("\n");
}

/** Elements sticking out to the right of the viewport, outside any scrolling box. */
async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const x = getComputedStyle(a).overflowX;
        if (x === "auto" || x === "scroll" || x === "hidden" || x === "clip") return true;
      }
      return false;
    };
    const culprits = [];
    for (const el of document.querySelectorAll(".report-explorer *")) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 1 && !clipped(el)) {
        culprits.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""} right=${Math.round(r.right)}`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits: culprits.slice(0, 12) };
  });
}

const SHOT = { reports: "80", concordance: "81", figures: "82", compare: "83", import: "84", trends: "88" };

for (const view of Object.keys(VIEWS)) {
  test(`${view}: no axe violations in light and dark, at 1280 px and 360 px, and no sideways scrolling on a phone`, async () => {
    const problems = [];
    for (const config of CONFIGS) {
      const { context, page, errors } = await viewPage(view, config);
      // On the phone, the view itself (below the header, term sets and tabs;
      // the import panel from its top), 2000 px of it.
      const clip =
        config.viewport === PHONE
          ? await page.evaluate((selector) => {
              const top = Math.max(0, document.querySelector(selector).getBoundingClientRect().top + scrollY - 40);
              return { x: 0, y: top, width: 360, height: Math.min(2000, document.documentElement.scrollHeight - top) };
            }, view === "import" ? "[data-testid=import-panel]" : ".re-main")
          : undefined;
      await screenshot(page, `${SHOT[view]}-${view}-${config.name}`, { clip });
      const violations = await axeViolations(page);
      if (violations.length) problems.push(describeViolations(`${view} ${config.name}`, violations));
      if (config.viewport === PHONE && view === "reports") {
        // Previous and Next share a row; the position wraps between them.
        const rows = await page.evaluate(() => ["hit-prev", "hit-next"].map((id) => Math.round(document.querySelector(`[data-testid=${id}]`).getBoundingClientRect().top)));
        if (rows[0] !== rows[1]) problems.push(`[${view} ${config.name}] Previous and Next are on different rows: ${rows}`);
      }
      if (view === "trends") {
        // Each choice sits beside its label, as wide as its options.
        const rows = await page.evaluate(() =>
          ["trends-level", "trends-period"].map((id) => {
            const select = document.querySelector(`[data-testid=${id}]`);
            const label = document.querySelector(`label[for="${select.id}"]`).getBoundingClientRect();
            const box = select.getBoundingClientRect();
            return { id, beside: box.left > label.right - 1 && box.top < label.bottom && box.bottom > label.top, width: box.width };
          }),
        );
        for (const r of rows) if (!r.beside || r.width > 16 * 12) problems.push(`[${view} ${config.name}] ${r.id} is not beside its label or is ${r.width} px wide`);
      }
      if (config.viewport === PHONE && view === "concordance") {
        // The source takes a line of its own, as wide as the line, over
        // the keyword in its context.
        const narrow = await page.evaluate(() =>
          [...document.querySelectorAll(".re-kwic-line")].slice(0, 5).map((line) => {
            const source = line.querySelector(".re-kwic-source").getBoundingClientRect().width;
            return source / line.getBoundingClientRect().width;
          }).filter((share) => share < 0.9),
        );
        if (narrow.length) problems.push(`[${view} ${config.name}] the source takes only ${narrow.map((s) => s.toFixed(2))} of its line`);
      }
      if (config.viewport === PHONE && view === "trends") {
        // The chart keeps lettering one can read (it scrolls sideways
        // rather than shrink, opened at its right end), and the table's
        // headings sit on its rows.
        const shape = await page.evaluate(() => {
          const chart = document.querySelector("[data-testid=trends-chart] .re-trends-chart-plot").getBoundingClientRect();
          const table = document.querySelector("[data-testid=trends-table]");
          const head = table.querySelector("thead").getBoundingClientRect();
          const ruler = document.createElement("span");
          ruler.style.cssText = "position:absolute;width:1em";
          table.append(ruler);
          const em = ruler.getBoundingClientRect().width;
          ruler.remove();
          const scroller = document.querySelector("[data-testid=trends-chart] .re-trends-chart-scroll");
          return {
            chartWidth: chart.width,
            headHeight: head.height,
            em,
            scrolls: scroller.scrollWidth > scroller.clientWidth,
            hiddenRight: scroller.scrollWidth - scroller.clientWidth - scroller.scrollLeft,
            // Every value on the axis is in sight, left of the scrolled plot.
            valuesInSight: [...document.querySelectorAll("[data-testid=trends-chart] .re-chart-value")].map((v) => {
              const r = v.getBoundingClientRect();
              return r.width > 0 && r.left >= 0 && r.right <= scroller.getBoundingClientRect().left + 1;
            }),
          };
        });
        // Wider than the phone, it opens on its latest periods.
        if (!shape.scrolls) problems.push(`[${view} ${config.name}] the chart fits the phone, so its scrolling is not tested`);
        if (shape.hiddenRight > 1) problems.push(`[${view} ${config.name}] the chart opens with its latest ${shape.hiddenRight} px out of sight`);
        if (!shape.valuesInSight.length || shape.valuesInSight.includes(false)) problems.push(`[${view} ${config.name}] the chart's values are out of sight: ${shape.valuesInSight}`);
        if (shape.chartWidth < 26 * 16 - 1) problems.push(`[${view} ${config.name}] the chart is shrunk to ${shape.chartWidth} px`);
        if (shape.headHeight > 2 * 1.7 * shape.em) problems.push(`[${view} ${config.name}] the table's headings are ${shape.headHeight} px tall`);
      }
      if (config.viewport === PHONE) {
        const o = await overflow(page);
        if (o.scrollWidth > o.width) problems.push(`[${view} ${config.name}] page is ${o.scrollWidth} px wide on a ${o.width} px screen: ${o.culprits.join(", ")}`);
      }
      assert.deepEqual(errors, [], `${view} ${config.name}: console errors`);
      await context.close();
    }
    assert.equal(problems.length, 0, `\n${problems.join("\n")}`);
  });
}

test("embedded twice in a host page: each instance and its landmarks are named apart, and axe finds nothing", async () => {
  const host = await readFile(join(repoRoot, "examples/embed/index.html"), "utf8");
  const site = await serveSite({
    mounts: [
      { prefix: "/app/", dir: distDir },
      { prefix: "/", dir: join(repoRoot, "examples/embed") },
    ],
    // The same host, with the host's own names for its instances.
    pages: { "/labelled.html": { type: "text/html; charset=utf-8", body: host.replace('id="second"', 'id="second" data-label="济南语料"') } },
  });
  const landmarks = (page) =>
    page.evaluate(() =>
      ["#first", "#second"].map((id) => {
        const root = document.querySelector(`${id} .report-explorer`);
        return [root.getAttribute("aria-label"), root.querySelector("[data-testid=facets]").getAttribute("aria-label"), root.querySelector("[role=search]").getAttribute("aria-label")];
      }),
    );
  try {
    for (const colorScheme of ["light", "dark"]) {
      const context = await ctx.browser.newContext({ viewport: WIDE, colorScheme });
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(site.url);
      const [first, second] = [page.locator("#first"), page.locator("#second")];
      await first.getByTestId("result-list").waitFor();
      await second.getByTestId("result-list").waitFor();
      // The first reads a report at its hits; the second compares districts.
      await first.getByTestId("result").first().locator("button.re-result-open").click();
      await first.getByTestId("reader").locator("mark.re-hit").first().waitFor();
      await second.getByTestId("tab-compare").click();
      await second.getByTestId("compare-pick").filter({ hasText: "坊子区" }).locator("input").check();
      await second.getByTestId("compare-pick").filter({ hasText: "奎文区" }).locator("input").check();
      await second.getByTestId("comparison-main").getByTestId("aligned-figures").waitFor();
      await page.waitForTimeout(300);
      assert.deepEqual(await landmarks(page), [
        ["Report Explorer", "Filters", "Search"],
        ["Report Explorer 2", "Filters (Report Explorer 2)", "Search (Report Explorer 2)"],
      ]);
      // One banner on the page: the host's.
      assert.equal(await page.locator("header, [role=banner]").count(), 1);
      const violations = await axeViolations(page);
      await screenshot(page, `93-embedded-two-${colorScheme}`);
      assert.equal(violations.length, 0, `\n${describeViolations(`embedded ${colorScheme}`, violations)}`);
      assert.deepEqual(errors, []);
      await context.close();
    }
    // A host that names its instances: the names go into the labels, in
    // the interface's language.
    const context = await ctx.browser.newContext({ viewport: WIDE, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(new URL("labelled.html", site.url).href);
    await page.locator("#second [data-testid=result-list]").waitFor();
    await page.locator("#first [data-testid=result-list]").waitFor();
    assert.deepEqual(await landmarks(page), [
      ["Report Explorer", "筛选", "搜索"],
      ["济南语料", "筛选（济南语料）", "搜索（济南语料）"],
    ]);
    // An element added later, mounted from JavaScript with the same options.
    await page.evaluate(() => {
      const element = document.createElement("div");
      element.id = "third";
      document.querySelector("main").append(element);
      window.ReportExplorer.mount(element, { label: "后来的", query: "就业", lang: "en", urlState: false });
    });
    const third = page.locator("#third .report-explorer");
    await third.getByTestId("result-list").waitFor();
    assert.equal(await third.getAttribute("aria-label"), "后来的");
    assert.equal(await third.getByTestId("facets").getAttribute("aria-label"), "Filters (后来的)");
    assert.equal(await third.getByTestId("search").inputValue(), "就业");
    assert.equal(await page.locator("#third").getAttribute("data-url-state"), "off");
    await context.close();
  } finally {
    await site.close();
  }
});

/**
 * Controls that are rendered (not display:none, not in a closed details).
 * Buttons that open a report or a figure from its text are content.
 */
async function visibleControls(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll(".report-explorer :is(button:not(.re-link-button, .re-hit), input, select, textarea, summary, .re-tabs, .re-hit-nav, .re-facets, .re-header)")]
      .filter((el) => el.getClientRects().length > 0 && !el.closest("details:not([open])"))
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}[${el.dataset.testid ?? ""}]`),
  );
}

test("print: the open report alone, without controls, dark ink on white, its hits still told apart", async () => {
  // A dark system theme: paper is printed in the light palette all the same.
  const { context, page } = await viewPage("reports", { viewport: WIDE, colorScheme: "dark" });
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  assert.deepEqual(await visibleControls(page), []);
  const shown = await page.evaluate(() => {
    const visible = (sel) => [...document.querySelectorAll(sel)].some((el) => el.getClientRects().length > 0);
    const app = getComputedStyle(document.querySelector(".report-explorer"));
    const mark = getComputedStyle(document.querySelector("[data-testid=reader] mark.re-hit"));
    return {
      title: visible("[data-testid=reader-title]"),
      meta: visible("[data-testid=reader] .re-meta"),
      list: visible("[data-testid=result-list]"),
      ink: `${app.color} on ${app.backgroundColor}`,
      underline: mark.textDecorationLine,
    };
  });
  assert.deepEqual(shown, { title: true, meta: true, list: false, ink: "rgb(29, 35, 43) on rgb(255, 255, 255)", underline: "underline" });
  await screenshot(page, "85-print-reader");
  await page.pdf({ path: join(artifactsDir, "85-print-reader.pdf"), format: "A4" });
  await context.close();
});

test("print: the comparison's tables and charts, without controls", async () => {
  const { context, page } = await viewPage("compare", { viewport: WIDE, colorScheme: "light" });
  await page.emulateMedia({ media: "print" });
  assert.deepEqual(await visibleControls(page), []);
  const shown = await page.evaluate(() => ({
    charts: [...document.querySelectorAll(".re-chart svg")].filter((el) => el.getClientRects().length > 0).length,
    tables: [...document.querySelectorAll("[data-testid=comparison-main] table")].filter((el) => el.getClientRects().length > 0).length,
  }));
  assert.ok(shown.charts >= 2 && shown.tables >= 3, JSON.stringify(shown));
  await screenshot(page, "86-print-compare");
  await page.pdf({ path: join(artifactsDir, "86-print-compare.pdf"), format: "A4" });
  await context.close();
});

test("hits differ by more than colour: each term has its own underline, in both themes", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { context, page } = await viewPage("concordance", { viewport: WIDE, colorScheme });
    const styles = await page.evaluate(() => {
      const out = {};
      for (const mark of document.querySelectorAll("[data-testid=kwic] .re-hit")) {
        const n = [...mark.classList].find((c) => /^re-hit-\d$/.test(c));
        if (out[n]) continue;
        const s = getComputedStyle(mark);
        out[n] = `${s.textDecorationLine} ${s.textDecorationStyle} ${s.textDecorationThickness} ${s.backgroundImage !== "none"}`;
      }
      return out;
    });
    assert.equal(Object.keys(styles).length, 3, JSON.stringify(styles));
    assert.equal(new Set(Object.values(styles)).size, 3, JSON.stringify(styles));
    await context.close();
  }
});

test("on a phone the list has the screen until a report is opened, then the reader shows it", async () => {
  const { context, page, errors } = await openInContext(ctx.browser, ctx.server.url, { viewport: PHONE });
  await page.getByTestId("search").fill("就业");
  await page.waitForFunction(() => document.querySelector("[data-testid=result-list] mark.re-hit"));
  const pane = () =>
    page.evaluate(() => {
      const list = document.querySelector(".re-list-pane");
      const reader = document.querySelector(".re-reader-pane");
      return { listScrolls: list.scrollHeight > list.clientHeight + 1, readerShown: reader.getBoundingClientRect().height > 0 };
    });
  // No inner scroll box holding the results, and no empty reader under them.
  assert.deepEqual(await pane(), { listScrolls: false, readerShown: false });
  await screenshot(page, "89-phone-list", { fullPage: false });
  // The second result, as one reads down the list; the page comes to the
  // reader, its current hit in sight.
  await page.getByTestId("result").nth(1).locator("button.re-result-open").click();
  await page.getByTestId("reader").locator("mark.re-current").waitFor();
  assert.equal((await pane()).readerShown, true);
  await page.waitForFunction(() => {
    const hit = document.querySelector("[data-testid=reader] mark.re-current").getBoundingClientRect();
    const nav = document.querySelector("[data-testid=hit-nav]").getBoundingClientRect();
    return hit.top >= 0 && hit.bottom <= innerHeight && nav.top >= 0 && nav.bottom <= innerHeight;
  }, null, { timeout: 3000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test("every control shows where the keyboard focus is", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { context, page } = await viewPage("reports", { viewport: WIDE, colorScheme });
    // Tab through the first controls of the page; each must draw an outline.
    const missing = [];
    await page.locator("body").focus();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      const seen = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return null;
        // A file input hidden in its label: the label shows the focus.
        const el = active.closest(".re-file-label") ?? active;
        const s = getComputedStyle(el);
        const outlined = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
        return { el: `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`, outlined };
      });
      if (seen && !seen.outlined) missing.push(seen.el);
    }
    if (colorScheme === "dark") await screenshot(page, "87-focus-dark", { fullPage: false });
    assert.deepEqual(missing, [], `${colorScheme}: no visible focus on ${missing.join(", ")}`);
    await context.close();
  }
});

test("the skip link is hidden until it has the focus, then shows at the top left", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { context, page } = await viewPage("reports", { viewport: PHONE, colorScheme });
    // The app puts it first inside .report-explorer; until it does, the test does.
    await page.evaluate(() => {
      const app = document.querySelector(".report-explorer");
      if (app.querySelector(".re-skip-link")) return;
      const link = document.createElement("a");
      link.className = "re-skip-link";
      link.href = "#re-results";
      link.textContent = "跳到结果 Skip to the results";
      app.prepend(link);
    });
    const box = () =>
      page.evaluate(() => {
        const link = document.querySelector(".re-skip-link").getBoundingClientRect();
        const app = document.querySelector(".report-explorer").getBoundingClientRect();
        const s = getComputedStyle(document.querySelector(".re-skip-link"));
        return { left: link.left - app.left, top: link.top - app.top, width: link.width, height: link.height, outline: s.outlineStyle };
      });
    await page.evaluate(() => window.scrollTo(0, 0));
    const hidden = await box();
    assert.ok(hidden.width <= 1 && hidden.height <= 1, JSON.stringify(hidden));
    // Tab from the very top of the page (a click in the body's margin).
    await page.mouse.click(2, 2);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.className), "re-skip-link");
    const shown = await box();
    assert.ok(shown.width > 40 && shown.height > 20 && shown.left < 20 && shown.top < 20 && shown.outline === "solid", JSON.stringify(shown));
    await screenshot(page, `87-skip-link-${colorScheme}`, { fullPage: false });
    await context.close();
  }
});

test("a wide screen keeps the reader's lines readable", async () => {
  const { context, page } = await viewPage("reports", { viewport: { width: 1920, height: 1000 }, colorScheme: "light" });
  const chars = await page.evaluate(() => {
    const p = document.querySelector("[data-testid=reader-paragraph]");
    return p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize);
  });
  assert.ok(chars <= 46, `reader lines are ${chars.toFixed(1)} characters wide`);
  await screenshot(page, "88-wide-1920", { fullPage: false });
  await context.close();
});

test("until the wasm arrives, a skeleton is shown and announced", async () => {
  let release;
  const held = new Promise((ok) => (release = ok));
  const site = await serveSite({ mounts: [{ prefix: "/", dir: distDir }] });
  try {
    for (const colorScheme of ["light", "dark"]) {
      const context = await ctx.browser.newContext({ viewport: PHONE, colorScheme });
      const page = await context.newPage();
      // The app's wasm is held back: the page shows what index.html has.
      await page.route(/report-explorer-[0-9a-f]+_bg\.wasm$|report-explorer_bg\.wasm$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(site.url, { waitUntil: "domcontentloaded" });
      const status = page.locator("[data-report-explorer] [role=status]");
      await status.waitFor();
      assert.ok(await status.isVisible());
      assert.match(await status.textContent(), /Loading Report Explorer/);
      assert.match(await status.textContent(), /正在加载/);
      // The first screen: the bundled reports' list (first-screen.test.mjs).
      assert.ok((await page.locator("[data-report-explorer] [data-first-screen-list] li").count()) >= 3);
      await page.waitForTimeout(200);
      await screenshot(page, `89-skeleton-${colorScheme}`, { fullPage: false });
      if (colorScheme === "dark") {
        release();
        await page.getByTestId("result-list").waitFor();
        assert.equal(await page.locator("[data-report-explorer] .re-skeleton").count(), 0);
      }
      await context.close();
    }
  } finally {
    release();
    await site.close();
  }
  // The one-file build carries the same skeleton.
  const single = join(await mkdtemp(join(tmpdir(), "re-single-")), "single.html");
  execFileSync("node", ["scripts/single-file.mjs", "dist", single], { cwd: repoRoot, stdio: "ignore" });
  const html = await readFile(single, "utf8");
  // The app's own page, with its attributes (the fragment and query string read).
  assert.match(html, /<div data-report-explorer data-url-state="page">\s*<!--[^>]*-->\s*<div class="re-skeleton" data-first-screen>/);
  assert.match(html, /<li><a href="#open=[0-9a-f]+" lang="zh-CN">/);
  assert.match(html, /role="status"><span lang="zh-CN">正在加载 Report Explorer…<\/span>/);
  await rm(dirname(single), { recursive: true });
});
