// The warm recommendation in WASM beside native: loads the directory that
// `cargo bench --bench partners_memory` wrote (100,000 companies, 2,000,000 partnerships) into
// the Node package, then times `recommend` for the 60-manufacturer project. The file (212 MiB)
// is past the module's input limit (64 MiB, which a host may lower, not raise), so it is loaded
// as a host with such a directory would: its companies and first partnerships, then the other
// partnerships as updates, each under the limit. Writes the median
// to target/bench/wasm_partners.json; `python3 benches/report.py` sets it beside criterion's
// native median from the same run. Run: node benches/wasm_partners.mjs (after scripts/build-wasm).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const bureau = require(path.join(repo, "wasm", "js", "index.js"));
const dir = path.join(os.tmpdir(), "bureau-bench");
const directoryText = readFileSync(path.join(dir, "directory-100k.json"));
const project = readFileSync(path.join(dir, "project-60.json"), "utf8");

const whole = JSON.parse(directoryText.toString("utf8"));
const LIMIT = 60 * 2 ** 20;
const perPartnership = directoryText.length / whole.partnerships.length;
const chunk = Math.floor(LIMIT / perPartnership / 2);
const parts = [];
for (let at = 0; at < whole.partnerships.length; at += chunk) {
  parts.push(whole.partnerships.slice(at, at + chunk));
}
let t = process.hrtime.bigint();
const directory = new bureau.Directory(JSON.stringify({ ...whole, partnerships: parts[0] }));
for (const more of parts.slice(1)) {
  directory.update(JSON.stringify({ format: whole.format, companies: [], partnerships: more }));
}
const loadSeconds = Number(process.hrtime.bigint() - t) / 1e9;
const answer = directory.recommend(project);
for (let i = 0; i < 50; i++) directory.recommend(project);
const samples = [];
for (let s = 0; s < 30; s++) {
  const n = 20;
  t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) directory.recommend(project);
  samples.push(Number(process.hrtime.bigint() - t) / 1e6 / n);
}
samples.sort((a, b) => a - b);
const median = samples[Math.floor(samples.length / 2)];
mkdirSync(path.join(repo, "target", "bench"), { recursive: true });
writeFileSync(path.join(repo, "target", "bench", "wasm_partners.json"),
  JSON.stringify({ recommend_ms: median, load_s: loadSeconds, cover: answer.cover.suppliers.length }));
console.log(`wasm: load ${loadSeconds.toFixed(2)} s in ${parts.length} parts, recommend median ${median.toFixed(3)} ms (cover ${answer.cover.suppliers.length}, ${answer.candidates} candidates)`);
directory.free();
