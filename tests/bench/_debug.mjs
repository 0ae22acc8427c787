import { serveSite, launchBrowser, hostPage, distDir } from "../browser/harness.mjs";
const server = await serveSite({ mounts: [{ prefix: "/sharded/", dir: "target/bench/shards-10000" }, { prefix: "/", dir: distDir }],
  pages: { "/sharded.html": { body: await hostPage('data-corpus-url="sharded/corpus.json"'), type: "text/html; charset=utf-8" } } });
const browser = await launchBrowser();
const context = await browser.newContext({ serviceWorkers: "block" });
const page = await context.newPage();
page.on("pageerror", (e) => console.log("pageerror", String(e).slice(0, 300))); page.on("console", (m) => m.type() === "error" && console.log("console", m.text().slice(0, 600)));
await page.goto(`${server.url}sharded.html`);
await page.getByTestId("result").first().waitFor({ timeout: 60000 });
const Q = ["营商环境", "乡村振兴", "高质量发展", "双招双引", "新旧动能转换", "固定资产投资", "城市更新", "招商引资", "科技创新", "民生", "高质量发展 城市更新"];
for (const q of [...Q, ...Q]) {
  const r = await page.evaluate(async (query) => {
    const box = document.querySelector("[data-testid=search]");
    const count = document.querySelector("[data-testid=result-count]");
    const start = performance.now();
    box.value = query;
    box.dispatchEvent(new InputEvent("input", { bubbles: true, data: query, inputType: "insertText" }));
    while (!(count.dataset.pending === "false" && count.dataset.query === query)) {
      if (performance.now() - start > 5000) return { stuck: { ...count.dataset }, searching: !!document.querySelector("[data-testid=shards-searching]") };
      await new Promise((r) => setTimeout(r, 1));
    }
    return { ms: performance.now() - start };
  }, q);
  console.log(q, JSON.stringify(r));
}
await browser.close(); await server.close();
