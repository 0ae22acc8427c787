// Cuts the views the first screen does not show out of the page's wasm
// (src/components/later_views.rs marks them with `wasm_split`), so the first
// download carries only what the first screen runs; each view's chunk is
// fetched the first time it is opened. Called by post-build.mjs in Trunk's
// staging directory, before the service worker's file list is written.
//
// Trunk builds, binds and names the page's wasm; this takes cargo's wasm
// from before binding (linked with `--emit-relocs`, build.rs) and
// does what cargo-leptos's `--split` does:
//   1. wasm-split-cli (wasm_split_cli_support, pinned in versions.env) cuts
//      it into the main module, one chunk per split and chunks they share,
//      and writes the JS that fetches and links them;
//   2. wasm-bindgen binds the main module, keeping the exports the chunks
//      link against (`--keep-lld-exports`);
//   3. wasm-opt -Oz each module, as Trunk would;
// then puts the main module and its glue in place of Trunk's (same names,
// the integrity hashes in index.html updated) and names the chunks and the
// linking JS after the build's hash, so no cache can mix two builds.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sri } from "./dist-files.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// The name the glue imports the linking JS by, and the names of chunks.
const splitNames = (glue) => {
  const stem = glue.replace(/\.js$/, "");
  return { stem, link: `${stem}_split.js`, chunk: (name) => `${stem}_${name}` };
};

const run = (command, args) => execFileSync(command, args, { stdio: ["ignore", "inherit", "inherit"] });

// cargo's output for the profile Trunk built.
const cargoWasm = () => {
  const profile = process.env.TRUNK_PROFILE === "debug" ? "debug" : "release";
  const target = process.env.CARGO_TARGET_DIR ?? process.env.CARGO_BUILD_TARGET_DIR ?? join(root, "target");
  const path = join(target, "wasm32-unknown-unknown", profile, "report-explorer.wasm");
  if (!existsSync(path)) throw new Error(`split-page: no ${path} (cargo's wasm for the ${profile} build)`);
  return { path, profile };
};

export const splitPage = (dir, names) => {
  const glueName = names.glue();
  const wasmName = names.wasm();
  const { stem, link, chunk } = splitNames(glueName);
  const { path: input, profile } = cargoWasm();
  const work = mkdtempSync(join(tmpdir(), "split-page-"));
  try {
    const cut = join(work, "cut");
    const bound = join(work, "bound");
    run("wasm-split-cli", [input, cut, "--target", "web", "--out-name", stem]);
    run("wasm-bindgen", [
      "--target=web",
      "--no-typescript",
      "--keep-lld-exports",
      "--no-demangle",
      ...(profile === "debug" ? ["--keep-debug", "--debug"] : []),
      `--out-dir=${bound}`,
      `--out-name=${stem}`,
      join(cut, `${stem}.wasm`),
    ]);
    const optimise = (from, to) => {
      if (profile === "debug") writeFileSync(to, readFileSync(from));
      else {
        // The chunks keep a names subsection binaryen does not know and warns
        // of on every read; -Oz drops it. Other output is shown.
        const done = spawnSync("wasm-opt", ["-Oz", from, "--output", to], { encoding: "utf8" });
        const noise = /^warning: unknown name subsection with id \d+ at \d+$/;
        const said = `${done.stdout}${done.stderr}`.split("\n").filter((l) => l && !noise.test(l));
        if (said.length) console.log(said.join("\n"));
        if (done.status !== 0) throw new Error(`split-page: wasm-opt failed on ${from} (${done.error ?? done.status})`);
      }
    };
    // The linking JS names the chunks "./<module>.wasm" and the main glue
    // "./<stem>.js"; the glue imports it as "./__wasm_split.js".
    let linker = readFileSync(join(cut, "__wasm_split.js"), "utf8");
    const chunks = readdirSync(cut).filter((f) => f.endsWith(".wasm") && f !== `${stem}.wasm`);
    if (chunks.length === 0) throw new Error("split-page: wasm-split-cli cut no chunk (are the split markers gone?)");
    for (const file of chunks) {
      const quoted = `"./${file}"`;
      if (!linker.includes(quoted)) throw new Error(`split-page: the linking JS does not name ${file}`);
      linker = linker.replaceAll(quoted, `"./${chunk(file)}"`);
      optimise(join(cut, file), join(dir, chunk(file)));
    }
    writeFileSync(join(dir, link), linker);
    let glue = readFileSync(join(bound, `${stem}.js`), "utf8");
    const linkImport = /from ['"]\.\/__wasm_split\.js['"]/g;
    if (!linkImport.test(glue)) throw new Error("split-page: the bound glue does not import ./__wasm_split.js");
    glue = glue.replace(linkImport, `from './${link}'`);
    writeFileSync(join(dir, glueName), glue);
    optimise(join(bound, `${stem}_bg.wasm`), join(dir, wasmName));

    // Trunk's preload links carry the hashes of the files it wrote; the
    // linking JS is preloaded beside the glue that imports it.
    const indexPath = join(dir, "index.html");
    let index = readFileSync(indexPath, "utf8");
    for (const file of [glueName, wasmName]) {
      const tag = new RegExp(`(<link[^>]*href="\\./${file.replaceAll(".", "\\.")}"[^>]*integrity=")[^"]*(")`);
      if (!tag.test(index)) throw new Error(`split-page: index.html has no preload of ${file} with its integrity`);
      index = index.replace(tag, `$1${sri(readFileSync(join(dir, file)))}$2`);
    }
    const preload = `<link rel="modulepreload" href="./${link}" crossorigin="anonymous" integrity="${sri(Buffer.from(linker))}">`;
    index = index.replace(new RegExp(`(<link rel="modulepreload" href="\\./${glueName.replaceAll(".", "\\.")}"[^>]*>)`), `$1\n${preload}`);
    if (!index.includes(preload)) throw new Error("split-page: no modulepreload of the glue in index.html to put the linking JS's beside");
    writeFileSync(indexPath, index);
    return { link, chunks: chunks.map(chunk) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};
