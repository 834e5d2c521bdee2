"use strict";
// Bureau for JavaScript: a thin wrapper over the wasm-bindgen module in ../pkg.
// It checks the ABI version at load and, should the instance ever trap (a WebAssembly
// RuntimeError: a bug in Bureau), loads a fresh instance for the next call.

const path = require("node:path");

/** The ABI this wrapper is written for; the module's abiVersion() must equal it. */
const ABI_VERSION = 1;
const GLUE = path.join(__dirname, "..", "pkg", "bureau_wasm.js");

let wasm = load();
let reloads = 0;

function load() {
  delete require.cache[require.resolve(GLUE)];
  const m = require(GLUE);
  if (m.abiVersion() !== ABI_VERSION) {
    throw new Error(`bureau: the WASM module has ABI ${m.abiVersion()}, this wrapper needs ${ABI_VERSION}`);
  }
  return m;
}

function call(name, args) {
  try {
    return wasm[name](...args);
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) {
      wasm = load();
      reloads += 1;
    }
    throw e;
  }
}

/**
 * A partner directory loaded once into the module. Should the module be replaced after a trap,
 * the directory is loaded again from its source and updates on the next call.
 */
class Directory {
  constructor(directory) {
    this._source = directory;
    this._updates = [];
    this._open();
  }

  _open() {
    try {
      const inner = new wasm.Directory(this._source);
      for (const u of this._updates) inner.update(u);
      this._inner = inner;
      this._module = wasm;
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) {
        wasm = load();
        reloads += 1;
      }
      throw e;
    }
  }

  _live() {
    if (this._inner === null) throw new Error("bureau: this Directory is freed");
    if (this._module !== wasm) this._open();
    return this._inner;
  }

  _call(name, args) {
    const inner = this._live();
    try {
      return inner[name](...args);
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) {
        wasm = load();
        reloads += 1;
      }
      throw e;
    }
  }

  /** What was loaded: `{ companies, partnerships, warnings }`. */
  summary() { return this._call("summary", []); }
  /** Applies an update; a rejected one changes nothing and throws. */
  update(update) {
    const result = this._call("update", [update]);
    this._updates.push(update);
    return result;
  }
  /** Supplier recommendations for a project. */
  recommend(project, options) { return this._call("recommend", [project, options]); }
  /** A proposal letter: PDF (default) or PNG bytes, or the bytes of `{ letter, warnings }`. */
  letter(project, request) { return this._call("letter", [project, request]); }
  /** The letter's model and its warnings (the request's `format` is set to `json`). */
  letterModel(project, request) {
    const req = typeof request === "string" || request instanceof Uint8Array
      ? JSON.parse(typeof request === "string" ? request : new TextDecoder().decode(request))
      : { ...request };
    req.format = "json";
    return JSON.parse(new TextDecoder().decode(this.letter(project, req)));
  }
  /** Frees the directory's memory in the module. */
  free() {
    if (this._inner !== null && this._module === wasm) this._inner.free();
    this._inner = null;
  }
}

/**
 * A deal: one project in Office. Should the module be replaced after a trap, the deal is
 * loaded again from its last saved state (kept after every change) on the next call.
 */
class Deal {
  /** Opens a deal on a project; with a Directory, segments needing a supplier list recommended ones. */
  constructor(project, directory) {
    if (project === LOADING) return;
    this._inner = guarded(() => (directory ? wasm.Deal.openWith(project, directory._live()) : new wasm.Deal(project)));
    this._module = wasm;
    this._saved = this._inner.json();
  }

  /** A saved deal, rebuilt by replaying its log; a cut, edited or newer file throws. */
  static load(saved) {
    const deal = new Deal(LOADING);
    deal._inner = guarded(() => wasm.Deal.load(saved));
    deal._module = wasm;
    deal._saved = deal._inner.json();
    return deal;
  }

  _live() {
    if (this._inner === null) throw new Error("bureau: this Deal is freed");
    if (this._module !== wasm) {
      this._inner = guarded(() => wasm.Deal.load(this._saved));
      this._module = wasm;
    }
    return this._inner;
  }

  /** The deal's `deal/1` bytes as it was opened (empty for a loaded deal). */
  opened() { return guarded(() => this._live().opened()); }
  /**
   * Applies an action: `{ version, repeated, events, warnings }`. A refusal throws a BureauError
   * (with `recommended` suppliers on `forbidden.supplier_required` when a directory is given)
   * and leaves the deal as it was.
   */
  apply(action, directory) {
    const inner = this._live();
    const result = guarded(() => (directory ? inner.applyWith(action, directory._live()) : inner.apply(action)));
    if (!result.repeated) this._saved = inner.json();
    return result;
  }
  /** The deal as `deal/1` bytes, for the host to save. */
  json() { return guarded(() => this._live().json()); }
  /** The deal, parsed. */
  toObject() { return JSON.parse(new TextDecoder().decode(this.json())); }
  /** What `audience` (a company id of the deal, or `"client"`) may see. */
  view(audience) { return guarded(() => this._live().view(audience)); }
  /** Frees the deal's memory in the module. */
  free() {
    if (this._inner !== null && this._module === wasm) this._inner.free();
    this._inner = null;
  }
}

const LOADING = Symbol("loading");

/** Runs `f`; after a trap, replaces the module for the next call and rethrows. */
function guarded(f) {
  try {
    return f();
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) {
      wasm = load();
      reloads += 1;
    }
    throw e;
  }
}

/** Whether `e` is an error thrown by Bureau (it has `code`, `errors` and `raw`). */
function isBureauError(e) {
  return e instanceof Error && e.name === "BureauError" && typeof e.code === "string";
}

module.exports = {
  ABI_VERSION,
  abiVersion: () => call("abiVersion", []),
  version: () => call("version", []),
  validate: (document) => call("validate", [document]),
  segment: (project, previous) => call("segment", [project, previous]),
  words: (request) => call("words", [request]),
  reconcile: (project, proforma, settings) => call("reconcile", [project, proforma, settings]),
  reconcileReport: (project, proforma, settings) => {
    const s = settings === undefined || settings === null
      ? {}
      : typeof settings === "string" || settings instanceof Uint8Array
        ? JSON.parse(typeof settings === "string" ? settings : new TextDecoder().decode(settings))
        : { ...settings };
    s.format = "json";
    return JSON.parse(new TextDecoder().decode(call("reconcile", [project, proforma, s])));
  },
  document: (project, request) => call("document", [project, request]),
  documentModel: (project, request) => {
    const req = typeof request === "string" || request instanceof Uint8Array
      ? JSON.parse(typeof request === "string" ? request : new TextDecoder().decode(request))
      : { ...request };
    req.format = "json";
    return JSON.parse(new TextDecoder().decode(call("document", [project, req])));
  },
  invoice: (project, request) => call("invoice", [project, request]),
  invoiceModel: (project, request) => {
    const req = typeof request === "string" || request instanceof Uint8Array
      ? JSON.parse(typeof request === "string" ? request : new TextDecoder().decode(request))
      : { ...request };
    req.format = "json";
    return JSON.parse(new TextDecoder().decode(call("invoice", [project, req])));
  },
  codes: () => call("codes", []),
  Directory,
  Deal,
  isBureauError,
  /** @internal for tests: the loaded module and how often it was replaced. */
  _internals: { get wasm() { return wasm; }, set wasm(m) { wasm = m; }, get reloads() { return reloads; } },
};
