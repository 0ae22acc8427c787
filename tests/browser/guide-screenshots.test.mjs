// The README's pictures of each view, taken from the release build so they
// always show the product as it is: written to docs/screenshots/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { useBrowser, repoRoot } from "./harness.mjs";

const ctx = useBrowser();
const folder = join(repoRoot, "docs", "screenshots");

async function shoot(page, name) {
  await mkdir(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`) });
}

test("each view, as the README shows it", async () => {
  const context = await ctx.browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(ctx.server.url);
  await page.getByTestId("search").fill("营商环境 乡村振兴");
  await page.getByTestId("result").first().locator(".re-result-open").click();
  await page.getByTestId("reader").waitFor();
  assert.ok((await page.locator("[data-testid=reader] mark").count()) > 0);
  await shoot(page, "reports");

  await page.getByTestId("tab-concordance").click();
  await page.getByTestId("kwic-line").first().waitFor();
  await shoot(page, "concordance");

  await page.getByTestId("tab-figures").click();
  await page.getByTestId("figure-row").first().waitFor();
  await shoot(page, "figures");

  await page.getByTestId("tab-compare").click();
  await page.getByTestId("compare-pick").nth(0).locator("input").check();
  await page.getByTestId("compare-pick").nth(1).locator("input").check();
  await page.getByTestId("comparison-main").waitFor();
  await shoot(page, "compare");

  await page.getByTestId("import-toggle").click();
  await page.getByTestId("import-panel").waitFor();
  await page.locator(".re-paste summary").click();
  await page.getByTestId("paste-text").fill("潍坊市坊子区2023年政府工作报告\n坊子区地区生产总值增长6.5%，优化营商环境。");
  await page.getByTestId("paste-import").click();
  await page.getByTestId("import-result").first().waitFor();
  await shoot(page, "import");
  await context.close();

  const phone = await ctx.browser.newContext({ locale: "en-US", viewport: { width: 360, height: 740 }, colorScheme: "dark" });
  const small = await phone.newPage();
  await small.goto(ctx.server.url);
  await small.getByTestId("search").fill("营商环境");
  await small.getByTestId("result").first().waitFor();
  await shoot(small, "phone-dark");
  await phone.close();
});
