// The JS surface: inputs in every form, typed errors with every problem, ABI, trap recovery.
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const bureau = require("../js/index.js");
const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const villaText = readFileSync(path.join(repo, "tests/vectors/villa/input.json"), "utf8");

test("ABI of module, wrapper and C header agree", () => {
  const header = readFileSync(path.join(repo, "include/bureau.h"), "utf8");
  const abi = Number(/#define BUREAU_ABI_VERSION (\d+)/.exec(header)[1]);
  assert.equal(bureau.abiVersion(), abi);
  assert.equal(bureau.ABI_VERSION, abi);
});

test("the villa splits into three segments and one unsourced group", () => {
  const r = bureau.segment(JSON.parse(villaText));
  assert.deepEqual(r.segments.map((s) => s.id), ["PRJ-2026-0142/f-verdi", "PRJ-2026-0142/f-luce", "PRJ-2026-0142/s-interior-plus"]);
  assert.equal(r.segments[0].totals.EUR.net, "20696.00");
  assert.equal(r.unsourced[0].manufacturer, "f-tessitura");
});

test("an object, its text and its bytes give the same result", () => {
  const a = JSON.stringify(bureau.segment(JSON.parse(villaText)));
  assert.equal(JSON.stringify(bureau.segment(villaText)), a);
  assert.equal(JSON.stringify(bureau.segment(new TextEncoder().encode(villaText))), a);
});

test("bad input throws a BureauError listing every problem with its path", () => {
  const p = JSON.parse(villaText);
  p.items[0].unit_price = 12450; // a JS number: rejected, never rounded
  p.items[1].source = "nobody";
  p.items[2].quantity = "-1";
  assert.throws(() => bureau.segment(p), (e) => {
    assert.ok(e instanceof Error && bureau.isBureauError(e));
    assert.equal(e.code, "decimal.not_a_string");
    const found = e.errors.map((x) => `${x.code} ${x.path}`);
    for (const want of ["decimal.not_a_string /items/0/unit_price", "ref.unknown_company /items/1/source", "decimal.not_positive /items/2/quantity"]) {
      assert.ok(found.includes(want), `${want} not in ${found}`);
    }
    assert.deepEqual(JSON.parse(e.raw).errors, e.errors);
    return true;
  });
});

test("malformed input never crashes the module", () => {
  const cases = [
    ["{", "json.syntax"],
    ["[]", "field.type"],
    [`{"items": [${"[".repeat(100000)}${"]".repeat(100000)}]}`, "field.type"],
    [`{"format":"studio-project/1","project":{"id":"p","name":"${"x".repeat(50 * 1024 * 1024)}"}}`, "field.missing"],
  ];
  for (const [input, code] of cases) {
    assert.throws(() => bureau.segment(input), (e) => bureau.isBureauError(e) && e.code === code || e.errors.some((x) => x.code === "string.too_long"));
  }
  assert.throws(() => bureau.segment(42), (e) => bureau.isBureauError(e) && e.code === "argument.invalid");
  assert.throws(() => bureau.segment(null), (e) => bureau.isBureauError(e) && e.code === "argument.null");
  assert.throws(() => bureau.validate(), (e) => bureau.isBureauError(e) && e.code === "argument.null");
  // Still usable afterwards.
  assert.equal(bureau.validate(villaText).ok, true);
});

test("errors of two inputs name their input", () => {
  assert.throws(() => bureau.segment("{", "[]"), (e) => {
    assert.deepEqual([...new Set(e.errors.map((x) => x.input))].sort(), ["previous", "project"]);
    return true;
  });
});

test("the catalogue lists every code with its severity", () => {
  const codes = Object.fromEntries(bureau.codes().map((c) => [c.code, c.severity]));
  assert.equal(codes["decimal.not_a_string"], "error");
  assert.equal(codes["field.unknown"], "warning");
});

test("after a real trap the wrapper loads a fresh instance, and handles survive it", () => {
  const directory = new bureau.Directory(readFileSync(path.join(repo, "examples", "partner-directory.json"), "utf8"));
  const ranked = directory.recommend(villaText).ranking.map((r) => r.supplier);
  const before = bureau._internals.stats.coreResets;
  // The module's own test hook panics, which aborts in WebAssembly: a RuntimeError, as a bug would.
  assert.throws(() => bureau._internals.trap(), WebAssembly.RuntimeError);
  assert.equal(bureau._internals.stats.coreResets, before + 1);
  assert.equal(bureau.segment(villaText).segments.length, 3);
  assert.deepEqual(directory.recommend(villaText).ranking.map((r) => r.supplier), ranked);
});

test("documents come back as Uint8Array; models as objects; errors name the request", () => {
  const villa = readFileSync(path.join(repo, "examples", "villa-barvikha.json"), "utf8");
  const settings = JSON.parse(readFileSync(path.join(repo, "examples", "villa-documents.json"), "utf8"));
  const request = { ...settings, kind: "proforma", segment: "PRJ-2026-0142/f-verdi" };
  const pdf = bureau.document(villa, request);
  assert.ok(pdf instanceof Uint8Array);
  assert.equal(Buffer.from(pdf.subarray(0, 5)).toString("latin1"), "%PDF-");
  const model = bureau.documentModel(villa, request);
  assert.equal(model.document.totals.total, "20696.00");
  assert.deepEqual(model.warnings, []);
  assert.throws(
    () => bureau.document(villa, { kind: "proforma_request", segment: "PRJ-2026-0142/f-verdi" }),
    (e) => bureau.isBureauError(e) && e.code === "forbidden.supplier_required" && e.errors[0].input === "request",
  );
});

test("the offices: a proforma reconciled, then the client invoice priced from it", () => {
  const villa = readFileSync(path.join(repo, "examples", "villa-barvikha.json"), "utf8");
  const proforma = readFileSync(path.join(repo, "examples", "villa-proforma-verdi.json"), "utf8");
  const report = bureau.reconcileReport(villa, proforma);
  assert.deepEqual(report.lines.map((l) => l.status), ["changed", "accepted", "missing", "added"]);
  assert.equal(report.effect, "-4719.00");
  const pdf = bureau.reconcile(villa, proforma, { format: "pdf" });
  assert.equal(Buffer.from(pdf.subarray(0, 5)).toString("latin1"), "%PDF-");
  const request = JSON.parse(readFileSync(path.join(repo, "examples", "villa-invoice.json"), "utf8"));
  const result = bureau.invoiceModel(villa, request);
  assert.equal(result.invoice.totals.total, "2749371.17");
  assert.deepEqual(result.invoice.lines[0].allocated, { logistics: "104089.65" });
  assert.throws(
    () => bureau.invoice(villa, { ...request, seller: "s-nobody" }),
    (e) => bureau.isBureauError(e) && e.code === "ref.unknown_company" && e.errors[0].path === "/seller",
  );
});

test("partners: a directory loaded once, recommendations, an update, a letter", () => {
  const villa = readFileSync(path.join(repo, "examples", "villa-barvikha.json"), "utf8");
  const directory = new bureau.Directory(readFileSync(path.join(repo, "examples", "partner-directory.json")));
  try {
    assert.equal(directory.summary().partnerships, 7);
    const r = directory.recommend(villa, { language: "en" });
    assert.deepEqual(r.needs, ["f-verdi", "f-luce", "f-tessitura"]);
    assert.deepEqual(r.cover.suppliers, ["s-casa-italia"]);
    assert.equal(r.cover.exact, true);
    assert.deepEqual(r.uncovered, ["f-tessitura"]);
    assert.throws(
      () => directory.update({ format: "partner-directory/1", companies: [], partnerships: [{ supplier: "s-ghost", manufacturer: "f-luce", status: "active" }] }),
      (e) => bureau.isBureauError(e) && e.code === "ref.unknown_company",
    );
    directory.update({ format: "partner-directory/1", companies: [], partnerships: [{ supplier: "s-nord-design", manufacturer: "f-tessitura", status: "active" }] });
    assert.deepEqual(directory.recommend(villa).uncovered, []);
    const model = directory.letterModel(villa, { manufacturer: "f-luce", date: "2026-11-27" });
    assert.fail(`a covered manufacturer got a letter: ${model.letter.head}`);
  } catch (e) {
    assert.ok(bureau.isBureauError(e) && e.code === "proposal.unknown", `${e}`);
  } finally {
    directory.free();
  }
  assert.throws(() => directory.recommend(villa), /freed/);
});

test("deals: the villa's story, a refusal with recommendations, saved and loaded, views", () => {
  const villa = readFileSync(path.join(repo, "examples", "villa-barvikha.json"), "utf8");
  const directory = new bureau.Directory(readFileSync(path.join(repo, "examples", "partner-directory.json")));
  const deal = new bureau.Deal(villa, directory);
  const verdi = "PRJ-2026-0142/f-verdi";
  try {
    const before = Buffer.from(deal.json());
    assert.throws(
      () => deal.apply({ actor: "d-kovaleva", at: "2026-11-21T10:00:00Z", action: "request_documents", segment: verdi, kind: "proforma" }, directory),
      (e) => bureau.isBureauError(e) && e.code === "forbidden.supplier_required"
        && e.errors[0].recommended.map((r) => r.supplier).join() === "s-arredo,s-casa-italia",
    );
    assert.ok(Buffer.from(deal.json()).equals(before), "a refusal changed the deal");
    deal.apply({ actor: "d-kovaleva", at: "2026-11-21T10:05:00Z", action: "invite_supplier", segments: [verdi], supplier: "s-casa-italia" }, directory);
    const applied = deal.apply({ actor: "s-casa-italia", at: "2026-11-21T12:00:00Z", action: "accept_invitation", segments: [verdi] });
    assert.equal(applied.version, 3);
    assert.equal(deal.toObject().segments[0].manager, "s-casa-italia");
    assert.deepEqual(deal.view("client").proformas, []);
    // After the module is replaced (as after a trap) the deal comes back from its last saved
    // state and the directory from its source.
    const saved = Buffer.from(deal.json());
    bureau._internals.backend.resetCore();
    assert.ok(Buffer.from(deal.json()).equals(saved));
    assert.deepEqual(directory.recommend(villa).cover.suppliers, ["s-casa-italia"]);
    const again = bureau.Deal.load(saved);
    assert.ok(Buffer.from(again.json()).equals(saved));
    again.free();
    const cut = saved.subarray(0, saved.length >> 1);
    assert.throws(() => bureau.Deal.load(cut), (e) => bureau.isBureauError(e) && e.code === "json.syntax");
  } finally {
    deal.free();
    directory.free();
  }
  assert.throws(() => deal.json(), /freed/);
});

test("engine options lower a limit for every later call, and bad ones are refused", () => {
  const request = { kind: "specification", format: "json" };
  try {
    bureau.configure({ limits: { lines: 2 } });
    assert.throws(() => bureau.documentModel(villaText, request), (e) => e.code === "limit.lines");
    assert.throws(() => bureau.configure({ limits: { lines: 10_000_000 } }), (e) => e.code === "options.invalid");
  } finally {
    bureau.configure({});
  }
  assert.ok(bureau.documentModel(villaText, request).document);
});
