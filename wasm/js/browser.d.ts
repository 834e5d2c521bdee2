// Bureau for pages and bundlers: `await load()` instantiates the core module; the renderer is
// fetched on the first PDF or preview. Core calls are synchronous; calls that give files return
// Promises. `createWorker()` runs the same engine off the main thread.
import type * as Node from "./index";
import type {
  Project, PartnerDirectory, Proforma, Validation, Segmentation, Catalogue, WordsRequest, Words, DocumentRequest,
  DocumentResult, ReconcileSettings, ReconcileResult, InvoiceRequest, InvoiceResult, DirectoryLoaded, DirectoryUpdated,
  RecommendOptions, RecommendResult, LetterRequest, LetterResult, DealState, DealAction, DealApplied, DealView,
  DealDocumentRequest, BureauError, Input,
} from "./index";

export type * from "./index";
export const ABI_VERSION: number;
export function isBureauError(e: unknown): e is BureauError;

/** Where a `.wasm` file comes from: a URL, a fetch Response, bytes, or a compiled module. */
export type WasmSource = string | URL | Response | BufferSource | WebAssembly.Module;

export interface LoadOptions {
  /** The core module (default: `../pkg/core_bg.wasm` beside this file, as bundlers resolve it). */
  core?: WasmSource;
  /** The renderer module, fetched on the first PDF or preview (default: `../pkg/renderer_bg.wasm`). */
  renderer?: WasmSource;
}

/** A partner directory in the page: as in Node, but `letter` returns a Promise (it may fetch the renderer). */
export interface BrowserDirectory extends Omit<Node.Directory, "letter"> {
  letter(project: Input<Project>, request: Input<LetterRequest>): Promise<Uint8Array>;
}

/**
 * The engine in a page: Node's operations, with the ones that give files returning Promises.
 * The models (`documentModel`, `invoiceModel`, `reconcileReport`) are synchronous, but for a
 * request whose settings add `fonts`: the renderer reads fonts, so that result is a Promise
 * (await it, or use the worker, where every call is one).
 */
export interface Engine extends Omit<typeof Node, "document" | "reconcile" | "invoice" | "Directory" | "loadRenderer" | "load"> {
  document(project: Input<Project>, request: Input<DocumentRequest>): Promise<Uint8Array>;
  reconcile(project: Input<Project>, proforma: Input<Proforma>, settings?: Input<ReconcileSettings>): Promise<Uint8Array>;
  invoice(project: Input<Project>, request: Input<InvoiceRequest>): Promise<Uint8Array>;
  Directory: new (directory: Input<PartnerDirectory>) => BrowserDirectory;
  /** Fetches and instantiates the renderer now. */
  loadRenderer(): Promise<void>;
}

/** Loads the engine once (later calls give the same Promise). */
export function load(options?: LoadOptions): Promise<Engine>;

export interface WorkerOptions extends LoadOptions {
  /** The URL of the package's `worker.mjs` (default: beside this file). */
  worker?: string | URL;
}

export interface DocumentsProgress { done: number; total: number; kind: string; segment?: string }
/** One document of a `documents` job: its bytes, or the error that stopped it. */
export type DocumentOutcome = { bytes: Uint8Array; error?: undefined } | { bytes?: undefined; error: BureauError };

export interface WorkerDirectory {
  summary(): Promise<DirectoryLoaded>;
  update(update: Input<PartnerDirectory>): Promise<DirectoryUpdated>;
  save(): Promise<Uint8Array>;
  recommend(project: Input<Project>, options?: Input<RecommendOptions>): Promise<RecommendResult>;
  letter(project: Input<Project>, request: Input<LetterRequest>): Promise<Uint8Array>;
  letterModel(project: Input<Project>, request: Input<LetterRequest>): Promise<LetterResult>;
  free(): Promise<void>;
}

export interface WorkerDeal {
  opened(): Promise<Uint8Array>;
  apply(action: Input<DealAction>, directory?: WorkerDirectory): Promise<DealApplied>;
  json(): Promise<Uint8Array>;
  toObject(): Promise<DealState>;
  view(audience: string): Promise<DealView>;
  document(request: Input<DealDocumentRequest>): Promise<Uint8Array>;
  free(): Promise<void>;
}

/** The engine in a Web Worker: every operation a Promise; errors keep `code`, `errors`, `raw`. */
export interface BureauWorker {
  /** Resolves with the engine's version once the worker has the core. */
  ready: Promise<string>;
  version(): Promise<string>;
  validate(document: Input<Project | PartnerDirectory | Proforma>): Promise<Validation>;
  segment(project: Input<Project>, previous?: Input<Project>): Promise<Segmentation>;
  words(request: Input<WordsRequest>): Promise<Words>;
  codes(): Promise<Catalogue>;
  document(project: Input<Project>, request: Input<DocumentRequest>): Promise<Uint8Array>;
  documentModel(project: Input<Project>, request: Input<DocumentRequest>): Promise<DocumentResult>;
  reconcile(project: Input<Project>, proforma: Input<Proforma>, settings?: Input<ReconcileSettings>): Promise<Uint8Array>;
  reconcileReport(project: Input<Project>, proforma: Input<Proforma>, settings?: Input<ReconcileSettings>): Promise<ReconcileResult>;
  invoice(project: Input<Project>, request: Input<InvoiceRequest>): Promise<Uint8Array>;
  invoiceModel(project: Input<Project>, request: Input<InvoiceRequest>): Promise<InvoiceResult>;
  loadRenderer(): Promise<void>;
  /**
   * Many documents of one project, in order, with progress after each; `signal` cancels (the
   * Promise rejects with an AbortError at once; the worker stops after its current document).
   */
  documents(
    project: Input<Project>,
    requests: Input<DocumentRequest>[],
    options?: { onProgress?: (p: DocumentsProgress) => void; signal?: AbortSignal },
  ): Promise<DocumentOutcome[]>;
  openDirectory(directory: Input<PartnerDirectory>): Promise<WorkerDirectory>;
  openDeal(project: Input<Project>, directory?: WorkerDirectory): Promise<WorkerDeal>;
  loadDeal(saved: Input<DealState>): Promise<WorkerDeal>;
  /** Stops the worker; pending calls reject. */
  terminate(): void;
}

export function createWorker(options?: WorkerOptions): BureauWorker;
