// The shared conformance vectors through Node: the package as a host uses it (core, and the
// renderer for every file), and the core module alone (every vector it can answer: the rest
// must be refused with render.unavailable, never answered differently).
import test from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir, access } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import bureau from "../js/node.mjs";
import { createEngine } from "../js/engine.mjs";
import { runVectors } from "./vectors-runner.mjs";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "tests", "vectors");

const files = {
  async cases() {
    const names = [];
    for (const d of (await readdir(root)).sort()) {
      if (await access(path.join(root, d, "input.json")).then(() => true, () => false)) names.push(d);
    }
    return names;
  },
  list: (name) => readdir(path.join(root, name)),
  text: (name, file) => readFile(path.join(root, name, file), "utf8").catch(() => null),
  bytes: (name, file) => readFile(path.join(root, name, file)).then((b) => new Uint8Array(b), () => null),
};

test("every vector through the package (core and renderer)", async () => {
  const r = await runVectors(bureau, files);
  assert.ok(r.cases >= 40, `only ${r.cases} vectors`);
  assert.deepEqual(r.failures, []);
  assert.deepEqual(r.skipped, []);
});

test("every vector the core module alone can answer, answered the same", async () => {
  const backend = bureau._internals.backend;
  const coreOnly = createEngine({ ...backend, renderer: () => backend.core(), rendererLoaded: () => false });
  const r = await runVectors(coreOnly, files, { coreOnly: true });
  assert.deepEqual(r.failures, []);
  // Only the vectors that render a PDF (Factur-X is one) or PNG, or add host fonts (which only
  // the renderer parses), need the renderer; spreadsheets, UBL and CII are the core's.
  assert.ok(r.skipped.length > 0 && r.skipped.length <= 10, `skipped: ${r.skipped.join(", ")}`);
  assert.ok(r.skipped.every((n) => /pdf|png|font|facturx/.test(n)), `skipped: ${r.skipped.join(", ")}`);
});
