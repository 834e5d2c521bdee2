// Compiled (not run) by `tsc`: the published types describe what the module returns.
import { segment, validate, codes, isBureauError, type Segmentation, type Project } from "../js/index";

declare const project: Project;
const split: Segmentation = segment(project);
const net: string | undefined = split.segments[0].totals["EUR"]?.net;
const boxes: number = split.segments[0].packages;
const unsourced: string = split.unsourced[0].manufacturer;
const ok: boolean = validate("{}").ok;
const code: string = codes()[0].code;
try {
  segment("{}");
} catch (e) {
  if (isBureauError(e)) {
    const path: string = e.errors[0].path;
    void path;
  }
}
void [net, boxes, unsourced, ok, code];

import { reconcileReport, invoiceModel, type ReconcileResult, type InvoiceResult } from "../js/index";
const report: ReconcileResult = reconcileReport(project, "{}");
const effect: string = report.effect;
const result: InvoiceResult = invoiceModel(project, { segments: ["P/f"], seller: "s" });
const total: string = result.invoice.totals.total;
void [effect, total];

import { Directory, type RecommendResult, type LetterResult } from "../js/index";
const directory = new Directory("{}");
const recommended: RecommendResult = directory.recommend(project, { language: "en" });
const firstSupplier: string = recommended.cover.suppliers[0];
const exact: boolean = recommended.cover.exact;
const letter: LetterResult = directory.letterModel(project, { manufacturer: "f" });
const greeting: string = letter.letter.text.greeting;
directory.free();
void [firstSupplier, exact, greeting];

import { Deal, type DealApplied, type DealView } from "../js/index";
const deal = new Deal(project, directory);
const applied: DealApplied = deal.apply({ actor: "d", at: "2026-11-21T10:00:00Z", action: "invite_supplier", segments: ["P/f"], supplier: "s" });
const version: number = applied.version;
const seen: DealView = deal.view("client");
const saved: Uint8Array = Deal.load(deal.json()).json();
void [version, seen, saved];
