// Bureau in the browser beside native, in one run: the two modules' sizes, the core's
// instantiation and the villa's segmentation on a page, the renderer's instantiation, and the
// villa's proforma and a 100-line proforma rendered in a Web Worker (Debian's Chromium, headless),
// each against the same bytes through the native library (`benches/browser_native.rs`).
// Run after `bash scripts/build-wasm`: node benches/browser.mjs. Writes target/bench/browser/.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../wasm/scripts/serve.mjs";
import { longProject } from "../wasm/tests/browser/long-project.mjs";
import { launchChromium } from "../wasm/tests/browser/chromium.mjs";

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(repo, "target", "bench", "browser");
mkdirSync(out, { recursive: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Sizes: what a page downloads (gzip, as a server sends it) and what it compiles.
const size = (f) => {
  const bytes = readFileSync(path.join(repo, "wasm", "pkg", f));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const sizes = { core: size("core_bg.wasm"), renderer: size("renderer_bg.wasm") };

// The same inputs for both sides. Every run renders the next of 16 variants (each name prefixed
// with its number), so that no document is served whole from typst's caches.
const VARIANTS = 16;
const variant = (text, v) => text.replaceAll('"name":"', `"name":"${v} `);
const villaText = JSON.stringify(JSON.parse(readFileSync(path.join(repo, "examples", "villa-barvikha.json"), "utf8")));
const settings = JSON.parse(readFileSync(path.join(repo, "examples", "villa-documents.json"), "utf8"));
const villaRequest = { ...settings, kind: "proforma", segment: "PRJ-2026-0142/f-luce" };
const longText = JSON.stringify(longProject(JSON.parse(villaText), 100));
const longRequest = { ...settings, kind: "proforma", segment: "PRJ-2026-0142/f-verdi" };
writeFileSync(path.join(out, "villa.json"), villaText);
writeFileSync(path.join(out, "proforma-100.json"), longText);
writeFileSync(path.join(out, "villa-request.json"), JSON.stringify(villaRequest));
writeFileSync(path.join(out, "long-request.json"), JSON.stringify(longRequest));

execFileSync("cargo", ["bench", "--bench", "browser_native", "--", out], { cwd: repo, stdio: ["ignore", "ignore", "inherit"] });
const native = JSON.parse(readFileSync(path.join(out, "native.json"), "utf8"));

const server = await serve();
const browser = await launchChromium();
async function fresh(fn, arg) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/wasm/tests/browser/page.html`);
  await page.waitForSelector("body[data-ready]");
  const r = await page.evaluate(fn, arg);
  await context.close();
  return r;
}
const web = {};
try {
  const coreLoads = [];
  const rendererLoads = [];
  for (let i = 0; i < 5; i++) {
    coreLoads.push(await fresh(async () => { const t = performance.now(); await window.entry.load(); return performance.now() - t; }));
  }
  for (let i = 0; i < 3; i++) {
    rendererLoads.push(await fresh(async () => {
      const bureau = await window.entry.load();
      const t = performance.now();
      await bureau.loadRenderer();
      return performance.now() - t;
    }));
  }
  web.core_init_ms = median(coreLoads);
  web.renderer_init_ms = median(rendererLoads);
  Object.assign(web, await fresh(async ({ villaText, longText, villaRequest, longRequest, VARIANTS }) => {
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const variant = (text, v) => text.replaceAll('"name":"', `"name":"${v} `);
    const bureau = await window.entry.load();
    const times = async (n, base, f) => {
      const inputs = Array.from({ length: VARIANTS }, (_, v) => variant(base, v));
      await f(inputs[0]);
      const xs = [];
      for (let i = 0; i < n; i++) {
        const input = inputs[(i + 1) % VARIANTS];
        const t = performance.now();
        await f(input);
        xs.push(performance.now() - t);
      }
      return median(xs);
    };
    const segment = await times(200, villaText, (p) => bureau.segment(p));
    const worker = window.entry.createWorker();
    await worker.loadRenderer();
    const villaPdf = await times(32, villaText, (p) => worker.document(p, villaRequest));
    const longPdf = await times(32, longText, (p) => worker.document(p, longRequest));
    worker.terminate();
    return { segment_villa_ms: segment, proforma_villa_ms: villaPdf, proforma_100_ms: longPdf };
  }, { villaText, longText, villaRequest, longRequest, VARIANTS }));
} finally {
  await browser.close();
  await server.close();
}

const report = { sizes, native, chromium: web };
writeFileSync(path.join(out, "report.json"), JSON.stringify(report, null, 2));
const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
const row = (what, w, n, target) => console.log(`| ${what} | ${w.toFixed(2)} ms | ${n === null ? "—" : `${n.toFixed(2)} ms`} | ${n === null ? "—" : `${(w / n).toFixed(2)} ×`} | ${target} |`);
console.log("| module | raw | gzip | target |\n|---|---|---|---|");
console.log(`| core | ${kb(sizes.core.raw)} | ${kb(sizes.core.gzip)} | ≤ 1 MB gzip |`);
console.log(`| renderer | ${mb(sizes.renderer.raw)} | ${mb(sizes.renderer.gzip)} | ≤ 10 MB gzip |`);
console.log("\n| measure | Chromium | native | ratio | target |\n|---|---|---|---|---|");
row("core instantiation (fetch, compile, instantiate)", web.core_init_ms, null, "—");
row("villa segmentation, main thread", web.segment_villa_ms, native.segment_villa_ms, "—");
row("renderer instantiation (fetch, compile, instantiate)", web.renderer_init_ms, null, "—");
row("villa proforma PDF, in the worker", web.proforma_villa_ms, native.proforma_villa_ms, "≤ 3 ×");
row("100-line proforma PDF, in the worker", web.proforma_100_ms, native.proforma_100_ms, "≤ 3 ×");
