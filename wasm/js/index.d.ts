// Bureau for JavaScript. Inputs: JSON text, its UTF-8 bytes, or a plain object.
// Results are plain objects whose JSON is byte-for-byte what every other surface returns.
import type { Project } from "./types/studio-project";
import type { PartnerDirectory } from "./types/partner-directory";
import type { Proforma } from "./types/proforma";
import type { Validation } from "./types/validation";
import type { Segmentation } from "./types/segmentation";
import type { ErrorBody } from "./types/error";
import type { Catalogue } from "./types/codes";
import type { WordsRequest } from "./types/words-request";
import type { Words } from "./types/words";
import type { DocumentRequest } from "./types/document-request";
import type { DocumentView } from "./types/document-view";
import type { DocumentResult } from "./types/document-result";
import type { ReconcileSettings } from "./types/reconcile-settings";
import type { ReconcileResult } from "./types/reconcile-result";
import type { InvoiceRequest } from "./types/invoice-request";
import type { InvoiceResult } from "./types/invoice-result";
import type { DirectoryLoaded } from "./types/directory-loaded";
import type { DirectoryUpdated } from "./types/directory-updated";
import type { RecommendOptions } from "./types/recommend-options";
import type { RecommendResult } from "./types/recommend-result";
import type { LetterRequest } from "./types/letter-request";
import type { LetterResult } from "./types/letter-result";
import type { Deal as DealState } from "./types/deal";
import type { DealAction } from "./types/deal-action";
import type { DealApplied } from "./types/deal-applied";
import type { DealView } from "./types/deal-view";
import type { DealDocumentRequest } from "./types/deal-document-request";
import type { DealReport } from "./types/deal-report";

export type { Project, PartnerDirectory, Proforma, Validation, Segmentation, ErrorBody, Catalogue, WordsRequest, Words, DocumentRequest, DocumentResult, DocumentView, ReconcileSettings, ReconcileResult, InvoiceRequest, InvoiceResult, DirectoryLoaded, DirectoryUpdated, RecommendOptions, RecommendResult, LetterRequest, LetterResult, DealState, DealAction, DealApplied, DealView, DealDocumentRequest, DealReport };

/** One problem of a rejected input. */
export type Problem = ErrorBody["errors"][number];

/** What Bureau throws: an Error with the first problem's `code`, every problem, and the exact body. */
export interface BureauError extends Error {
  name: "BureauError";
  code: string;
  errors: Problem[];
  raw: string;
}

/** Input as JSON text, UTF-8 bytes, or a plain object. */
export type Input<T> = string | Uint8Array | T;

export const ABI_VERSION: number;
/** Instantiates the renderer now (in Node it is otherwise instantiated on the first PDF or PNG). */
export function loadRenderer(): void;
/** Engine options for every later call: `{}` (the defaults) or `{ limits: { lines: 500 } }` to lower limits. */
export function configure(options: { limits?: Record<string, number> }): void;
/** Whether the renderer module is instantiated. */
export function rendererLoaded(): boolean;
export function abiVersion(): number;
export function version(): string;
/** Checks a project, partner directory or proforma; throws a BureauError listing every problem. */
export function validate(document: Input<Project | PartnerDirectory | Proforma>): Validation;
/** Splits a project into segments; with `previous`, adds the diff. */
export function segment(project: Input<Project>, previous?: Input<Project>): Segmentation;
/**
 * One document: `request` is `{ kind, segment?, format?, ...settings }`. Returns the PDF
 * (default), a PNG preview (`format: "png"`), a spreadsheet or CSV (`"xlsx"`, `"csv"`: the
 * specification and the packing list), or for `format: "json"` the bytes of
 * `{ document, warnings }`: the same bytes as every other surface.
 */
export function document(project: Input<Project>, request: Input<DocumentRequest>): Uint8Array;
/** The document model and its warnings (the request's `format` is set to `json`). */
export function documentModel(project: Input<Project>, request: Input<DocumentRequest>): DocumentResult;
/**
 * The Back Office's reconciliation of a source's proforma against its segment. Returns the bytes
 * of the report (`format` `"json"`, the default), or of its one-page PDF, a PNG preview, a
 * spreadsheet (`"xlsx"`) or CSV (`"csv"`).
 */
export function reconcile(project: Input<Project>, proforma: Input<Proforma>, settings?: Input<ReconcileSettings>): Uint8Array;
/**
 * The reconciliation report: each line `accepted`, `changed`, `missing` or `added`, with its
 * money effect; the proforma's arithmetic; the total effect and the new lead time.
 */
export function reconcileReport(project: Input<Project>, proforma: Input<Proforma>, settings?: Input<ReconcileSettings>): ReconcileResult;
/**
 * The Front Office's client invoice. Returns the bytes of `{ invoice, warnings }` (`format`
 * `"json"`, the default), the PDF (`"pdf"`), a PNG preview (`"png"`), a spreadsheet (`"xlsx"`),
 * CSV (`"csv"`), or EN 16931 data: UBL 2.1 / Peppol BIS 3 (`"ubl"`), CII (`"cii"`) or the
 * Factur-X PDF/A-3 with the CII attached (`"facturx"`).
 */
export function invoice(project: Input<Project>, request: Input<InvoiceRequest>): Uint8Array;
/** The client invoice's model and its warnings (the request's `format` is set to `json`). */
export function invoiceModel(project: Input<Project>, request: Input<InvoiceRequest>): InvoiceResult;
/** An amount in words, as Russian and English documents print totals. */
export function words(request: Input<WordsRequest>): Words;
/** The catalogue of error and warning codes. */
export function codes(): Catalogue;
export function isBureauError(e: unknown): e is BureauError;

/**
 * A partner directory loaded once: query it many times, update it in place, free it when done.
 * Throws a BureauError listing every problem of a bad directory.
 */
export class Directory {
  constructor(directory: Input<PartnerDirectory>);
  /** What was loaded: companies, partnerships, warnings. */
  summary(): DirectoryLoaded;
  /** Adds or replaces companies and partnerships (`expired` ends one); a rejected update changes nothing. */
  update(update: Input<PartnerDirectory>): DirectoryUpdated;
  /** The directory as it stands, updates applied: `partner-directory/1` bytes to save and load next time. */
  save(): Uint8Array;
  /** Who to invite for the project's manufacturers: `needs`, `ranking`, `cover`, `uncovered`, `proposals`. */
  recommend(project: Input<Project>, options?: Input<RecommendOptions>): RecommendResult;
  /** A partnership proposal letter: the PDF (default), a PNG preview, or the bytes of `{ letter, warnings }`. */
  letter(project: Input<Project>, request: Input<LetterRequest>): Uint8Array;
  /** The letter's model and its warnings (the request's `format` is set to `json`). */
  letterModel(project: Input<Project>, request: Input<LetterRequest>): LetterResult;
  /** Frees the directory's memory. */
  free(): void;
}

/**
 * A deal: one project in Office, changed by actions for their actors (`invite_supplier`,
 * `accept_invitation`, `request_documents`, `record_proforma`, `issue_document`, ...). Save
 * `json()`, load it back with `Deal.load`; free it when done.
 */
export class Deal {
  /** Opens a deal on a project; with a Directory, segments needing a supplier list recommended ones. */
  constructor(project: Input<Project>, directory?: Directory);
  /** A saved deal, rebuilt by replaying its event log; a cut, edited or newer file throws a BureauError. */
  static load(saved: Input<DealState>): Deal;
  /** The deal's `deal/1` bytes as it was opened (empty for a loaded deal). */
  opened(): Uint8Array;
  /**
   * Applies an action for its actor. A refusal throws a BureauError (`forbidden.*`, `conflict.*`;
   * with a directory, `forbidden.supplier_required` carries `recommended` suppliers) and leaves
   * the deal as it was.
   */
  apply(action: Input<DealAction>, directory?: Directory): DealApplied;
  /** The deal as `deal/1` bytes, for the host to save. */
  json(): Uint8Array;
  /** The deal, parsed. */
  toObject(): DealState;
  /** What `audience` (a company id of the deal, or `"client"`) may see. */
  view(audience: string): DealView;
  /**
   * A document of the deal for one party: `request` names the `audience`, an issued document's
   * `number` (or the `report` with its `as_of`) and the `format` (`json` by default, `pdf`,
   * `png`, `xlsx`, `csv`): its bytes. What the audience may not see throws a BureauError.
   */
  document(request: Input<DealDocumentRequest>): Uint8Array;
  /** Frees the deal's memory. */
  free(): void;
}

/** As in the browser entry: the engine, ready (in Node it is ready as soon as it is imported). */
export function load(): Promise<typeof import("./index")>;
