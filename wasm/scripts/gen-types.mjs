// Generates js/types/*.d.ts from the JSON Schemas in ../schemas (themselves generated from the
// Rust types). `--check` fails when the committed files differ from what would be generated.
import { readFile, writeFile, readdir, mkdir } from "node:fs/promises";
import { compile } from "json-schema-to-typescript";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const schemas = path.join(here, "..", "..", "schemas");
const out = path.join(here, "..", "js", "types");
const ROOT_NAMES = {
  "studio-project": "Project",
  "partner-directory": "PartnerDirectory",
  proforma: "Proforma",
  validation: "Validation",
  segmentation: "Segmentation",
  error: "ErrorBody",
  codes: "Catalogue",
  "words-request": "WordsRequest",
  words: "Words",
  "document-settings": "DocumentSettings",
  "document-request": "DocumentRequest",
  "document-result": "DocumentResult",
  "document-view": "DocumentView",
  "reconcile-settings": "ReconcileSettings",
  "reconcile-result": "ReconcileResult",
  "invoice-request": "InvoiceRequest",
  "invoice-result": "InvoiceResult",
  "directory-loaded": "DirectoryLoaded",
  "directory-updated": "DirectoryUpdated",
  "recommend-options": "RecommendOptions",
  "recommend-result": "RecommendResult",
  "letter-request": "LetterRequest",
  "letter-result": "LetterResult",
  deal: "Deal",
  "deal-action": "DealAction",
  "deal-applied": "DealApplied",
  "deal-view": "DealView",
  "deal-document-request": "DealDocumentRequest",
  "deal-report": "DealReport",
};
const check = process.argv.includes("--check");
const stale = [];

await mkdir(out, { recursive: true });
for (const file of (await readdir(schemas)).filter((f) => f.endsWith(".schema.json")).sort()) {
  const base = file.replace(".schema.json", "");
  const name = ROOT_NAMES[base];
  if (!name) throw new Error(`no TypeScript name for ${file}: add it to ROOT_NAMES`);
  const schema = JSON.parse(await readFile(path.join(schemas, file), "utf8"));
  delete schema.title;
  const ts = await compile(schema, name, {
    bannerComment: `/* Generated from schemas/${file} by wasm/scripts/gen-types.mjs; do not edit. */`,
    additionalProperties: false,
    strictIndexSignatures: true,
    format: true,
  });
  const target = path.join(out, `${base}.d.ts`);
  if (check) {
    const committed = await readFile(target, "utf8").catch(() => "");
    if (committed !== ts) stale.push(target);
  } else {
    await writeFile(target, ts);
  }
}
if (stale.length) {
  console.error(`TypeScript types out of date: ${stale.join(", ")}\nRun: (cd wasm && npm run types)`);
  process.exit(1);
}
console.log(check ? "TypeScript types are up to date" : `wrote ${out}`);
