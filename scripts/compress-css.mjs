// The release build's stylesheet compressed. Trunk's Sass pipeline writes it
// expanded, comments and all; its compressed style comes only with Trunk's
// `minify`, which would also rewrite index.html's inline scripts and the
// loader post-build.mjs finds by its text. Sass (already the build's
// compiler) reads the CSS again with the compressed style; index.html's
// integrity value for it is written anew. A debug build keeps it readable.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as sass from "sass";
import { sri } from "./dist-files.mjs";

export const compressStylesheet = (dir, file) => {
  if (process.env.TRUNK_PROFILE === "debug") return null;
  const path = join(dir, file);
  const before = readFileSync(path);
  // Sass would open a compressed sheet with a byte-order mark where it
  // holds non-ASCII text, which embed.js and the single file would carry
  // into a <style> element's text: an @charset rule says it instead.
  const compressed = sass.compileString(before.toString("utf8"), { syntax: "css", style: "compressed", charset: false }).css;
  const css = /[^\x00-\x7f]/.test(compressed) ? `@charset "UTF-8";${compressed}` : compressed;
  writeFileSync(path, css);
  const indexPath = join(dir, "index.html");
  const index = readFileSync(indexPath, "utf8");
  const tag = new RegExp(`(<link rel="stylesheet" href="\\./${file.replaceAll(".", "\\.")}" integrity=")[^"]*(")`);
  if (!tag.test(index)) throw new Error(`compress-css: index.html has no link to ${file} with its integrity`);
  writeFileSync(indexPath, index.replace(tag, `$1${sri(Buffer.from(css))}$2`));
  return { before: before.length, after: Buffer.byteLength(css) };
};
