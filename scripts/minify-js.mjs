// The release build's scripts minified: the page's glue (wasm-bindgen's
// JS), the service worker and index.html's inline scripts. They are written
// readable and commented; minified they are about 4 KB gzip less of the
// first download
// (docs/benchmarks.md). Terser keeps an ES module's imports and exports by
// name, which is all the chunks' linking and embed.js rely on; the glue's
// `initSync` and `__wbg_init` keep their names too, for the single file,
// which inlines the glue and the linking JS (left as written) into one
// module that calls them. index.html's integrity value for the glue is
// written anew. A debug build keeps them readable.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";
import { sri } from "./dist-files.mjs";

// Names the single file's module calls the glue's functions by.
const kept = ["initSync", "__wbg_init"];

const shrink = async (path, module) => {
  const before = readFileSync(path, "utf8");
  const { code } = await minify(before, { module, compress: true, mangle: { reserved: kept }, format: { comments: false } });
  if (!code) throw new Error(`minify-js: terser gave nothing for ${path}`);
  writeFileSync(path, code);
  return { before: Buffer.byteLength(before), after: Buffer.byteLength(code) };
};

// Minifies the ES modules `files` (the glue) and sets their integrity in
// index.html anew. Returns bytes before and after.
export const minifyModules = async (dir, files) => {
  if (process.env.TRUNK_PROFILE === "debug") return null;
  const indexPath = join(dir, "index.html");
  let index = readFileSync(indexPath, "utf8");
  let before = 0;
  let after = 0;
  for (const file of files) {
    const sizes = await shrink(join(dir, file), true);
    before += sizes.before;
    after += sizes.after;
    const tag = new RegExp(`(<link[^>]*href="\\./${file.replaceAll(".", "\\.")}"[^>]*integrity=")[^"]*(")`);
    if (!tag.test(index)) throw new Error(`minify-js: index.html has no preload of ${file} with its integrity`);
    index = index.replace(tag, `$1${sri(readFileSync(join(dir, file)))}$2`);
  }
  writeFileSync(indexPath, index);
  return { before, after };
};

// Minifies a classic script (the service worker), in a release build.
export const minifyScript = async (path) => (process.env.TRUNK_PROFILE === "debug" ? null : shrink(path, false));

// Minifies the classic scripts Trunk inlined into index.html (web/*.js: the
// load failure's message, the first screen's search, the corpus's early
// fetch); their top-level names, globals the others may use, are kept.
// Trunk's loader, a module, is left as post-build.mjs finds it.
export const minifyInlineScripts = async (dir) => {
  if (process.env.TRUNK_PROFILE === "debug") return null;
  const indexPath = join(dir, "index.html");
  const index = readFileSync(indexPath, "utf8");
  let before = 0;
  let after = 0;
  let out = "";
  let from = 0;
  for (const match of index.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
    const { code } = await minify(match[1], { compress: true, mangle: true, format: { comments: false } });
    if (code === undefined) throw new Error("minify-js: terser gave nothing for an inline script of index.html");
    before += Buffer.byteLength(match[1]);
    after += Buffer.byteLength(code);
    // A minified script could hold "</script" only inside a string, as the
    // source did; terser keeps strings as they are.
    out += `${index.slice(from, match.index)}<script>${code}</script>`;
    from = match.index + match[0].length;
  }
  writeFileSync(indexPath, out + index.slice(from));
  return { before, after };
};
