// The npm package as a host gets it: the renderer loads only when a PDF is asked for; the
// CommonJS and ES module entries are one engine; and the tarball `npm pack` makes installs into
// an empty project and works there from Node in a few lines.
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import bureau from "../js/node.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = path.join(here, "..");
const repo = path.join(pkg, "..");
const villa = readFileSync(path.join(repo, "examples", "villa-barvikha.json"), "utf8");

test("the renderer is instantiated on the first PDF, not before", () => {
  assert.equal(bureau.rendererLoaded(), false);
  bureau.segment(villa);
  const model = bureau.documentModel(villa, { kind: "proforma", segment: "PRJ-2026-0142/f-verdi", buyer: "s-interior-plus" });
  assert.equal(model.document.kind, "proforma");
  assert.equal(bureau.rendererLoaded(), false, "a document model needed the renderer");
  const pdf = bureau.document(villa, { kind: "specification" });
  assert.equal(Buffer.from(pdf.subarray(0, 5)).toString("latin1"), "%PDF-");
  assert.equal(bureau.rendererLoaded(), true);
});

test("each module stays within what a page may download (gzip: core 1 MB, renderer 10 MB)", () => {
  const gzip = (f) => gzipSync(readFileSync(path.join(pkg, "pkg", f)), { level: 9 }).length;
  const core = gzip("core_bg.wasm");
  const renderer = gzip("renderer_bg.wasm");
  assert.ok(core <= 1_000_000, `the core module is ${core} bytes gzipped`);
  assert.ok(renderer <= 10_000_000, `the renderer module is ${renderer} bytes gzipped`);
});

test("require() and import give one engine", () => {
  const cjs = createRequire(import.meta.url)("../js/index.js");
  assert.equal(cjs, bureau);
  assert.equal(JSON.stringify(cjs.segment(villa)), JSON.stringify(bureau.segment(villa)));
});

test("npm pack makes a tarball that an empty project installs and uses", () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "bureau-pack-"));
  try {
    const out = execFileSync("npm", ["pack", "--json", "--pack-destination", scratch], { cwd: pkg, encoding: "utf8" });
    const [{ filename, files }] = JSON.parse(out);
    const packed = files.map((f) => f.path);
    for (const want of ["js/browser.mjs", "js/worker.mjs", "js/index.d.ts", "pkg/core_bg.wasm", "pkg/renderer_bg.wasm"]) {
      assert.ok(packed.includes(want), `${want} is not in the tarball`);
    }
    assert.ok(!packed.some((f) => f.startsWith("tests/") || f.startsWith("node_modules/")), "tests or node_modules packed");
    const app = path.join(scratch, "app");
    execFileSync("mkdir", ["-p", app]);
    writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "app", private: true }));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", path.join(scratch, filename)], { cwd: app });
    writeFileSync(path.join(app, "villa.json"), villa);
    // What a host writes: ten lines, CommonJS and ES module.
    writeFileSync(path.join(app, "use.cjs"), [
      'const bureau = require("@bureau/engine");',
      'const fs = require("node:fs");',
      'const project = fs.readFileSync("villa.json", "utf8");',
      "const { segments } = bureau.segment(project);",
      'const pdf = bureau.document(project, { kind: "specification" });',
      'try { bureau.validate("{") } catch (e) { console.log(e.code) }',
      'console.log(segments.map((s) => s.id).join(" "), pdf.length > 1000);',
    ].join("\n"));
    writeFileSync(path.join(app, "use.mjs"), [
      'import { segment, document } from "@bureau/engine";',
      'import { readFileSync } from "node:fs";',
      'const project = readFileSync("villa.json", "utf8");',
      'console.log(segment(project).segments.length, document(project, { kind: "specification" }).length > 1000);',
    ].join("\n"));
    const cjs = execFileSync("node", ["use.cjs"], { cwd: app, encoding: "utf8" });
    assert.equal(cjs, "json.syntax\nPRJ-2026-0142/f-verdi PRJ-2026-0142/f-luce PRJ-2026-0142/s-interior-plus true\n");
    assert.equal(execFileSync("node", ["use.mjs"], { cwd: app, encoding: "utf8" }), "3 true\n");
    const resolved = execFileSync("node", ["-p", 'require.resolve("@bureau/engine/core.wasm")'], { cwd: app, encoding: "utf8" });
    assert.ok(resolved.trim().endsWith(path.join("pkg", "core_bg.wasm")));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
