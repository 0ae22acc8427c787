// What the browser benchmarks share: the corpora named on the command line
// (`label=path`), served each with a page that loads it (`bench-<label>.html`),
// and the order statistics they print.
import { readFile } from "node:fs/promises";
import { serveStatic, hostPage } from "../browser/harness.mjs";

/** The `label=path` arguments, in order. */
export function corpusArgs() {
  return process.argv.slice(2).map((arg) => {
    const [label, path] = arg.split("=");
    return { label, path };
  });
}

/** Serves dist/ with each corpus and its page. */
export async function serveCorpora(sizes) {
  const extra = {};
  for (const { label, path } of sizes) {
    extra[`corpus-${label}.json`] = { body: await readFile(path), type: "application/json" };
    extra[`bench-${label}.html`] = { body: await hostPage(`data-corpus-url="corpus-${label}.json"`), type: "text/html; charset=utf-8" };
  }
  return serveStatic(undefined, "/", extra);
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
export const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
export const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
