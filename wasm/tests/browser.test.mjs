// Bureau in a real browser: Debian's Chromium, headless, driven by playwright-core (no browser
// download). The demo page against the vectors; a refusal with the supplier to invite; previews
// and a PDF equal to the native bytes; the page responsive while the worker renders a 1,000-line
// packing list, and cancelling; every shared vector inside Chromium. Screenshots: target/browser/.
import test, { before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync, mkdirSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../scripts/serve.mjs";
import { launchChromium } from "./browser/chromium.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.join(here, "..", "..");
const shots = path.join(repo, "target", "browser");
const vectors = path.join(repo, "tests", "vectors");

let server;
let browser;
before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serve();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function page(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const p = await context.newPage();
  const problems = [];
  p.on("pageerror", (e) => problems.push(String(e)));
  p.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  await p.goto(`${server.url}${url}`);
  await p.waitForSelector("body[data-ready]", { timeout: 120_000 });
  assert.equal(await p.getAttribute("body", "data-ready"), "true", problems.join("\n"));
  return { p, problems, close: () => context.close() };
}

test("the demo: segments as the vector has them, a refusal naming the supplier, the invitation accepted", { timeout: 300_000 }, async () => {
  const { p, problems, close } = await page("/wasm/demo/");
  try {
    const want = JSON.parse(readFileSync(path.join(vectors, "villa", "segment.json"), "utf8"));
    const shown = await p.$$eval("[data-segment-id]", (cards) => cards.map((c) => ({
      id: c.dataset.segmentId,
      nets: [...c.querySelectorAll("[data-net]")].map((m) => `${m.dataset.currency} ${m.dataset.net}`),
    })));
    const expected = [...want.segments, ...want.unsourced].map((s) => ({
      id: s.id, nets: Object.entries(s.totals).map(([cur, x]) => `${cur} ${x.net}`),
    }));
    assert.deepEqual(shown, expected);
    await p.screenshot({ path: path.join(shots, "demo-ru.png"), fullPage: true });

    // The designer asks Fabbrica Verdi for a proforma: refused, with the suppliers to invite.
    await p.click('[data-action="request"][data-segment="PRJ-2026-0142/f-verdi"]');
    await p.waitForSelector("#refusal:not([hidden])");
    assert.equal((await p.textContent("#refusal .code")).trim(), "forbidden.supplier_required");
    assert.ok(await p.$('#refusal [data-recommended="s-casa-italia"]'), "Casa Italia is not named");
    await p.locator("#deal-card").screenshot({ path: path.join(shots, "demo-refusal.png") });

    // Invited, then accepted by Casa Italia, who may now ask.
    await p.click('[data-action="invite"]');
    await p.waitForSelector('[data-actor="s-casa-italia"]');
    await p.click('[data-actor="s-casa-italia"]');
    await p.click('[data-action="accept"]');
    await p.waitForSelector('[data-action="accept"]', { state: "detached" });
    await p.click('[data-action="request"][data-segment="PRJ-2026-0142/f-verdi"]');
    await p.waitForFunction(() => document.querySelectorAll("#events li").length === 4);
    assert.equal(await p.isHidden("#refusal"), true);
    const events = await p.$$eval("#events li", (li) => li.map((x) => x.textContent));
    assert.match(events[3], /s-casa-italia/);
    await p.locator("#deal-card").screenshot({ path: path.join(shots, "demo-accepted.png") });
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("the demo: previews are images, the PDF equals the native bytes, English too", { timeout: 300_000 }, async () => {
  const { p, problems, close } = await page("/wasm/demo/");
  try {
    const key = "proforma:PRJ-2026-0142/f-luce";
    await p.click(`[data-doc="${key}"] button`);
    const img = await p.waitForSelector(`[data-doc="${key}"] img`, { timeout: 240_000 });
    assert.ok(await img.evaluate((i) => i.complete && i.naturalWidth > 300 && i.naturalHeight > 400), "the preview is not an image");
    const [download] = await Promise.all([p.waitForEvent("download"), p.click(`[data-pdf="${key}"]`)]);
    const pdf = readFileSync(await download.path());
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
    assert.ok(pdf.equals(readFileSync(path.join(vectors, "document-proforma-pdf", "document.pdf"))), "the browser's PDF differs from the native one");

    await p.click("#render-all");
    await p.waitForFunction(() => document.querySelectorAll(".doc .thumb img, .doc.failed").length === 10, null, { timeout: 240_000 });
    await p.locator("#documents-card").screenshot({ path: path.join(shots, "demo-documents.png") });
    // The villa's settings name Casa Italia as the buyer: every document is its to have.
    assert.equal(await p.$$eval("#documents .doc.failed", (d) => d.length), 0);

    await p.click("#lang-en");
    await p.waitForFunction(() => document.documentElement.lang === "en" && document.querySelector("[data-t=segments]").textContent === "Segments");
    await p.click("#invoice-card .thumb button");
    await p.waitForSelector("#invoice-thumb img", { timeout: 120_000 });
    assert.equal(await p.getAttribute("[data-total]", "data-total"), "2749371.17");
    await p.screenshot({ path: path.join(shots, "demo-en.png"), fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("the page stays responsive while the worker renders a 1,000-line packing list; cancelling works", { timeout: 300_000 }, async () => {
  const { p, close } = await page("/wasm/tests/browser/page.html");
  try {
    const r = await p.evaluate(async () => {
      const villa = await (await fetch("/examples/villa-barvikha.json")).json();
      const settings = await (await fetch("/examples/villa-documents.json")).json();
      const project = JSON.stringify(window.longProject(villa, 1000));
      const worker = window.entry.createWorker();
      await worker.loadRenderer();
      const request = { ...settings, kind: "packing_list", segment: "PRJ-2026-0142/f-verdi" };
      // A timer on the main thread, every 10 ms, while the worker renders.
      const ticks = [];
      const timer = setInterval(() => ticks.push(performance.now()), 10);
      const start = performance.now();
      const progress = [];
      const [result] = await worker.documents(project, [request], { onProgress: (x) => progress.push(x) });
      const took = performance.now() - start;
      clearInterval(timer);
      let maxGap = 0;
      for (let i = 1; i < ticks.length; i++) maxGap = Math.max(maxGap, ticks[i] - ticks[i - 1]);
      const head = new TextDecoder().decode(result.bytes.subarray(0, 5));

      // Cancelled after the first of four documents: the promise rejects, the worker goes on.
      const job = new AbortController();
      const seen = [];
      let error = null;
      try {
        await worker.documents(project, [request, request, request, request], {
          signal: job.signal,
          onProgress: (x) => { seen.push(x.done); if (x.done === 1) job.abort(); },
        });
      } catch (e) {
        error = e.name;
      }
      const after = await worker.segment(await (await fetch("/examples/villa-barvikha.json")).text());
      await new Promise((resolve) => setTimeout(resolve, 200));
      worker.terminate();
      return { took, ticks: ticks.length, maxGap, head, progress, error, seen, segments: after.segments.length };
    });
    assert.equal(r.head, "%PDF-");
    assert.deepEqual(r.progress.map((x) => [x.done, x.total, x.kind]), [[1, 1, "packing_list"]]);
    // The main thread kept ticking through the render: no pause longer than a quarter of it.
    assert.ok(r.ticks >= 10, `the timer ticked ${r.ticks} times in ${r.took} ms`);
    assert.ok(r.maxGap < r.took / 4, `the main thread paused ${r.maxGap} ms of ${r.took} ms`);
    assert.equal(r.error, "AbortError");
    assert.deepEqual(r.seen, [1], "the worker went on after the cancel");
    assert.equal(r.segments, 3);
  } finally {
    await close();
  }
});

test("every shared vector inside Chromium, through the browser entry", { timeout: 600_000 }, async () => {
  const { p, close } = await page("/wasm/tests/browser/page.html");
  try {
    const index = readdirSync(vectors).filter((d) => existsSync(path.join(vectors, d, "input.json"))).sort()
      .map((name) => ({ name, files: readdirSync(path.join(vectors, name)).sort() }));
    const r = await p.evaluate(async (index) => {
      const bureau = await window.entry.load();
      const byName = new Map(index.map((v) => [v.name, v.files]));
      const get = async (name, file) => {
        if (!byName.get(name).includes(file)) return null;
        return new Uint8Array(await (await fetch(`/tests/vectors/${name}/${file}`)).arrayBuffer());
      };
      const files = {
        cases: async () => index.map((v) => v.name),
        list: async (name) => byName.get(name),
        bytes: get,
        text: async (name, file) => { const b = await get(name, file); return b === null ? null : new TextDecoder().decode(b); },
      };
      return window.runVectors(bureau, files);
    }, index);
    assert.equal(r.cases, index.length);
    assert.deepEqual(r.failures, []);
    assert.deepEqual(r.skipped, []);
  } finally {
    await close();
  }
});

test("a scratch page uses the packed tarball: an import map, the core, a worker, a PDF", { timeout: 300_000 }, async () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "bureau-page-"));
  const site = await (async () => {
    const out = execFileSync("npm", ["pack", "--json", "--pack-destination", scratch], { cwd: path.join(here, ".."), encoding: "utf8" });
    const [{ filename }] = JSON.parse(out);
    writeFileSync(path.join(scratch, "package.json"), JSON.stringify({ name: "page", private: true }));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", path.join(scratch, filename)], { cwd: scratch });
    writeFileSync(path.join(scratch, "villa.json"), readFileSync(path.join(repo, "examples", "villa-barvikha.json")));
    // What a page without a bundler writes: an import map, then the package by name.
    writeFileSync(path.join(scratch, "index.html"), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="importmap">{ "imports": { "@bureau/engine": "./node_modules/@bureau/engine/js/browser.mjs" } }</script>
<script type="module">
  import { load, createWorker } from "@bureau/engine";
  const project = await (await fetch("villa.json")).text();
  const bureau = await load();
  const segments = bureau.segment(project).segments.map((s) => s.id);
  const worker = createWorker();
  const pdf = await worker.document(project, { kind: "specification" });
  window.result = { segments, pdf: new TextDecoder().decode(pdf.subarray(0, 5)), renderer: bureau.rendererLoaded() };
  document.body.dataset.ready = "true";
</script>`);
    return serve({ root: scratch });
  })();
  const context = await browser.newContext();
  try {
    const p = await context.newPage();
    const problems = [];
    p.on("pageerror", (e) => problems.push(String(e)));
    await p.goto(`${site.url}/`);
    await p.waitForSelector("body[data-ready]", { state: "attached", timeout: 240_000 });
    const r = await p.evaluate(() => window.result);
    assert.deepEqual(r, {
      segments: ["PRJ-2026-0142/f-verdi", "PRJ-2026-0142/f-luce", "PRJ-2026-0142/s-interior-plus"],
      pdf: "%PDF-",
      renderer: false, // the page's own engine never needed it: the worker rendered
    });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await site.close();
    rmSync(scratch, { recursive: true, force: true });
  }
});
