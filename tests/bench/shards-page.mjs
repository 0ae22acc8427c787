// Shared by the sharded corpus benchmarks: the release page and a sharded
// corpus served on loopback, and one query put in the search box and timed.
import { serveSite, hostPage, distDir } from "../browser/harness.mjs";

/** The benchmark queries: common words of the seeds, long and short, and two terms at once. */
export const QUERIES = ["营商环境", "乡村振兴", "高质量发展", "双招双引", "新旧动能转换", "固定资产投资", "城市更新", "招商引资", "科技创新", "民生", "高质量发展 城市更新"];

/** The page at `sharded.html`, reading the catalogue in `folder` (written by report-cli split --shards). */
export async function serveShards(folder) {
  return serveSite({
    mounts: [
      { prefix: "/sharded/", dir: folder },
      { prefix: "/", dir: distDir },
    ],
    pages: { "/sharded.html": { body: await hostPage('data-corpus-url="sharded/corpus.json"'), type: "text/html; charset=utf-8" } },
  });
}

/** Milliseconds from putting `query` in the box to its answer drawn (the count's data-pending false, two frames). */
export function search(page, query) {
  return page.evaluate(async (query) => {
    const box = document.querySelector("[data-testid=search]");
    const count = document.querySelector("[data-testid=result-count]");
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const start = performance.now();
    box.value = query;
    box.dispatchEvent(new InputEvent("input", { bubbles: true, data: query, inputType: "insertText" }));
    while (!(count.dataset.pending === "false" && count.dataset.query === query)) {
      if (performance.now() - start > 60000) throw new Error(`no answer to ${query} in 60 s: ${JSON.stringify({ ...count.dataset, text: count.textContent, failed: document.querySelector("[data-testid=shards-failed]")?.textContent })}`);
      await new Promise((r) => setTimeout(r, 1));
    }
    await frame();
    await frame();
    return { ms: performance.now() - start, count: count.textContent };
  }, query);
}
