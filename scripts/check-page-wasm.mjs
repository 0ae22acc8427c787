// Fails when the page's wasm carries what only the import worker needs:
// the gazetteer (region recognition, include_str!ed JSON), encoding_rs's
// decoding tables, the HTML parser (scraper's html5ever), or the Word and PDF
// readers (crates/report-office). The crate graph keeps them out (the page's
// crate depends on neither report-clean nor report-office); this checks the
// build as a second guard. Each marker must be found in the
// worker's wasm, so a marker that no longer matches anything fails too.
// Fails too when the page's first module carries the texts only its later
// views say (below).
// Usage: node scripts/check-page-wasm.mjs <dist dir>
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { distFiles } from "./dist-files.mjs";

const [dist] = process.argv.slice(2);
if (!dist) throw new Error("usage: node scripts/check-page-wasm.mjs <dist dir>");
const names = distFiles(readdirSync(dist), dist, "check-page-wasm");
// The page's wasm and the chunks its views fetch later.
const page = Buffer.concat([names.wasm(), ...names.chunks()].map((f) => readFileSync(join(dist, f))));
const worker = readFileSync(join(dist, names.workerWasm()));

// The first entries of a table of u16s, as the bytes wasm stores them.
const u16le = (values) => Buffer.from(new Uint16Array(values).buffer);
const markers = {
  // crates/report-clean/data/pca-code.json, a district entry.
  gazetteer: Buffer.from('{"code":"110101","name":"东城区"}', "utf8"),
  // encoding_rs's GB2312_HANZI (GB18030 decoding): 啊阿埃挨哎唉哀皑.
  "GB18030 tables": u16le([0x554a, 0x963f, 0x57c3, 0x6328, 0x54ce, 0x5509, 0x54c0, 0x7691]),
  // encoding_rs's BIG5_LOW_BITS (Big5 decoding).
  "Big5 tables": u16le([0x43f0, 0x4c32, 0x4603, 0x45a6, 0x4578, 0x7267, 0x4d77, 0x45b3]),
  // html5ever's named character references (web pages are parsed on import).
  "HTML parser": Buffer.from("CounterClockwiseContourIntegral", "utf8"),
  // lopdf's message for an unreadable ToUnicode map (PDF text decoding).
  "PDF reader": Buffer.from("failed parsing ToUnicode CMap", "utf8"),
  // The zip crate's message for an archive without its end record.
  "ZIP reader": Buffer.from("Could not find EOCD", "utf8"),
  // report-office's reading of Word's numbering formats.
  "Word numbering": Buffer.from("chineseCountingThousand", "utf8"),
};
let failed = false;
for (const [what, bytes] of Object.entries(markers)) {
  if (!worker.includes(bytes)) {
    console.error(`check-page-wasm: the import worker's wasm has no ${what} marker: update the marker`);
    failed = true;
  }
  if (page.includes(bytes)) {
    console.error(`check-page-wasm: the page's wasm carries the ${what}: import-only code reached the page`);
    failed = true;
  }
}
// The texts only the later views say (report-core's `LaterKey` table) come
// with the chunks whose code says them, not in the first download: a call
// of that table from the page's own module would bring it back.
const firstDownload = readFileSync(join(dist, names.wasm()));
const chunks = Buffer.concat(names.chunks().map((f) => readFileSync(join(dist, f))));
const laterTexts = {
  "the later views' English": Buffer.from("No term is new in this period.", "utf8"),
  "the later views' Chinese": Buffer.from("本时期没有新出现的词语。", "utf8"),
};
for (const [what, bytes] of Object.entries(laterTexts)) {
  if (!chunks.includes(bytes)) {
    console.error(`check-page-wasm: no chunk carries ${what} marker: update the marker`);
    failed = true;
  }
  if (firstDownload.includes(bytes)) {
    console.error(`check-page-wasm: the page's first wasm carries ${what}: the page's own module reads the later texts`);
    failed = true;
  }
}
if (failed) process.exit(1);
console.log(`check-page-wasm: the page's wasm carries none of: ${Object.keys(markers).join(", ")}; its first module none of ${Object.keys(laterTexts).join(", ")}`);
